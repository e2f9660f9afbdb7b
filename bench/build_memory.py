"""Peak memory of a streamed build at several corpus sizes.

Each size runs ``govgraph build CORPUS --out DIR`` (streamed above 500 documents) in a
fresh subprocess on a corpus from bench/corpus_generator.py. Two figures per run: the
peak RSS the kernel reports for the build process and the processes it waited for
(os.wait4, i.e. getrusage of that child), and the peak of the summed RSS of the whole
process tree, sampled from /proc every 0.1 s (what the machine must hold with --workers).
The growth is that of the largest size against the smallest, measured in the same run.

    .venv/bin/python bench/build_memory.py --documents 1000 2000 [--workers 1] [--store] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_generator import generate_corpus  # noqa: E402


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as stream:
            return [int(child) for child in stream.read().split()]
    except OSError:
        return []


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as stream:
            for line in stream:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kb(pid: int) -> int:
    """Summed RSS of a process and all its descendants, in KiB."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += _rss_kb(current)
        todo.extend(_children(current))
    return total


def measure(corpus: Path, out: Path, workers: int, store: bool) -> dict[str, float]:
    """Run one build; return its peak RSS figures (MiB) and its wall time (s)."""
    command = [sys.executable, "-m", "govgraph", "build", str(corpus), "--out", str(out), "--workers", str(workers)]
    if store:
        command += ["--store", str(out / "store")]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_kb(process.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"build failed ({process.returncode}): {stderr[-2000:]}")
    return {"maxrss": usage.ru_maxrss / 1024, "tree": peak[0] / 1024, "seconds": time.perf_counter() - start, "summary": stderr.splitlines()[0] if stderr else ""}  # type: ignore[dict-item]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[1000, 2000])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--store", action="store_true", help="also load an Oxigraph store")
    parser.add_argument("--keep", type=Path, help="keep the outputs of each size in KEEP/N (the graphs for bench/query_engines.py)")
    parser.add_argument("--corpora", type=Path, default=Path(tempfile.gettempdir()) / "govgraph-bench", help="where generated corpora are kept")
    args = parser.parse_args()
    results = {}
    for count in sorted(args.documents):
        corpus = args.corpora / f"corpus-{count}"
        if not (corpus / f"{(count - 1) // 1000:03d}" / f"doc-{count - 1:06d}.txt").is_file():
            generate_corpus(corpus, count)
        if args.keep:
            shutil.rmtree(args.keep / str(count), ignore_errors=True)
            results[count] = measure(corpus, args.keep / str(count), args.workers, args.store)
        else:
            with tempfile.TemporaryDirectory() as out:
                results[count] = measure(corpus, Path(out), args.workers, args.store)
        r = results[count]
        print(f"{count:>6} docs: peak RSS {r['maxrss']:7.0f} MiB (build process), {r['tree']:7.0f} MiB (process tree), {r['seconds']:6.0f} s, {count / r['seconds']:5.1f} docs/s  [{r['summary']}]", flush=True)
    low, high = min(results), max(results)
    if high != low:
        growth = results[high]["maxrss"] / results[low]["maxrss"] - 1
        tree = results[high]["tree"] / results[low]["tree"] - 1
        print(f"growth {low} -> {high} documents: {100 * growth:+.1f} % (build process), {100 * tree:+.1f} % (process tree)")


if __name__ == "__main__":
    main()
