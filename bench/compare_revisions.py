"""Build throughput before and after a change: the same measurement on two git revisions.

Each revision is checked out into a temporary git worktree and measured by its own
bench/build_throughput.py (this checkout's if it has none) with its package on PYTHONPATH,
one after the other on the same machine, so the words/s figures compare like with like.

    .venv/bin/python bench/compare_revisions.py BEFORE [AFTER] [--words 20000]

BEFORE and AFTER are any git revisions (AFTER defaults to the working tree).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "build_throughput.py"


def measure(source: Path, words: int) -> dict[str, float]:
    """Run the throughput bench against the package under ``source`` (a checkout's root)."""
    environment = dict(os.environ, PYTHONPATH=str(source / "src"), GOVGRAPH_QUERIES_DIR=str(source / "queries"))
    script = source / "bench" / "build_throughput.py"  # each revision measured by its own script
    completed = subprocess.run(
        [sys.executable, str(script if script.is_file() else BENCH), "--words", str(words)],
        cwd=source, env=environment, capture_output=True, text=True, check=True,
    )
    figures = {}
    for key, label in (("bare", "bare nlp.pipe"), ("govgraph", "govgraph build"), ("ratio", "ratio")):
        match = re.search(rf"^{re.escape(label)}:\s+([\d.]+)", completed.stdout, re.MULTILINE)
        if match:
            figures[key] = float(match.group(1))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after", nargs="?")
    parser.add_argument("--words", type=int, default=20_000)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        for label, revision in (("before", args.before), ("after", args.after)):
            if revision is None:
                results[f"{label} (working tree)"] = measure(ROOT, args.words)
                continue
            tree = Path(scratch) / label
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), revision], check=True)
            try:
                results[f"{label} ({revision})"] = measure(tree, args.words)
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    for label, figures in results.items():
        print(f"{label:<32} govgraph {figures.get('govgraph', 0):8.0f} words/s   bare spaCy {figures.get('bare', 0):8.0f} words/s   ratio {figures.get('ratio', 0):.2f}")


if __name__ == "__main__":
    main()
