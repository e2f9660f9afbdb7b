"""Build throughput: govgraph's extraction against bare ``nlp.pipe`` of the same model.

Both process the same texts (corpus/ and ../shared/eval/dev/ repeated to about ``--words``
words, or the documents of ``--corpus``, e.g. a generated corpus) in one process, batch by
batch: each batch goes through both back to back, in turn first, and the ratio is taken per
batch. This machine's speed drifts by 10-20 % within a minute, which whole runs one after
the other cannot tell from a difference between the two; ``--control`` measures the same
ratio between two copies of the bare model, to show how far the method itself strays from 1.
The govgraph figure covers everything a streamed build does per document: the model, the
govgraph components, memory zones, doc_to_records, the N-Quads and the TriG/Turtle
streams (nquads.DatasetStream, into a temporary folder).

    .venv/bin/python bench/build_throughput.py [--words 30000] [--batch-size 16] [--repeats 5]
        [--corpus DIR]            # the documents of DIR instead (e.g. bench/corpus_generator.py's)
        [--control]               # also: bare against a copy of itself
        [--batch-sizes 4 16 64]   # also: govgraph words/s at each batch size
        [--workers 2]             # also: N worker processes (--workers), and spaCy's n_process=N, vs one
        [--profile FILE]          # also: cProfile of the govgraph run, top functions
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import tempfile
import time
from pathlib import Path

from govgraph.build import BATCH_SIZE, extract_records, iter_records
from govgraph.corpus import find_documents, read_document
from govgraph.nlp import build_nlp, doc_to_records, load_model
from govgraph.nquads import DatasetStream, records_to_nquads

ROOT = Path(__file__).resolve().parent.parent


def sample_documents(words: int, corpus: Path | None = None):
    """About ``words`` words of documents: those of ``corpus`` in order (a generated corpus:
    all different), else corpus/ and the dev texts, repeated."""
    folders = [corpus] if corpus else [ROOT / "corpus", ROOT.parent / "shared" / "eval" / "dev"]
    documents = [read_document(path, doc_id) for folder in folders if folder.is_dir() for path, doc_id in find_documents([folder])]
    sample, total = [], 0
    while total < words:
        for document in documents:
            sample.append(document)
            total += len(document.body.split())
            if total >= words:
                break
    return sample, total


def words_per_second(run, words: int) -> float:
    start = time.perf_counter()
    run()
    return words / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument("--repeats", type=int, default=5, help="passes over the sample, batch by batch through both")
    parser.add_argument("--control", action="store_true", help="also measure bare against a second copy of itself")
    parser.add_argument("--corpus", type=Path, help="a folder of texts to use instead of corpus/ and the dev texts")
    parser.add_argument("--batch-sizes", type=int, nargs="*", default=[])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    documents, words = sample_documents(args.words, args.corpus)
    bare = load_model()
    full = build_nlp()
    texts = [d.body for d in documents]
    list(bare.pipe(texts[:2]))
    list(full.pipe(texts[:2]))  # warm up both

    def run_bare(batch: list, stream: DatasetStream, batch_size: int = args.batch_size) -> None:
        for _ in bare.pipe([d.body for d in batch], batch_size=batch_size):
            pass

    def run_govgraph(batch: list, stream: DatasetStream, batch_size: int = args.batch_size) -> None:
        for records in extract_records(batch, full, batch_size):
            stream.add(records_to_nquads(records))

    def whole(run, batch_size: int = args.batch_size) -> None:
        """The whole sample through one of them, as a build runs it."""
        with tempfile.TemporaryDirectory() as out:
            stream = DatasetStream(out)
            run(documents, stream, batch_size)
            stream.close()

    def paired_rounds(first, second) -> list[tuple[float, float]]:
        """Seconds of (first, second) per batch, each batch through both back to back (in turn
        first), over ``--repeats`` passes of the sample. Batch by batch, a change in the
        machine's speed (this machine's varies by 10-20 % within a minute) falls on both alike."""
        pairs = []
        with tempfile.TemporaryDirectory() as out:
            stream = DatasetStream(out)
            for repeat in range(args.repeats):
                for n, start in enumerate(range(0, len(documents), args.batch_size)):
                    batch = documents[start : start + args.batch_size]
                    seconds = {}
                    for run in (first, second) if (n + repeat) % 2 == 0 else (second, first):
                        began = time.perf_counter()
                        run(batch, stream)
                        seconds[run] = time.perf_counter() - began
                    pairs.append((seconds[first], seconds[second]))
            stream.close()
        return pairs

    def report(label: str, pairs: list[tuple[float, float]]) -> None:
        ratios = [first / second for first, second in pairs]  # = words/s of second / words/s of first
        low, median, high = statistics.quantiles(ratios, n=4)
        total = sum(first for first, _ in pairs) / sum(second for _, second in pairs)
        print(f"{label}: median {median:.3f} (quartiles {low:.3f}-{high:.3f}, {len(pairs)} batches); of the totals {total:.3f}")

    print(f"documents: {len(documents)}, words: {words}, batch size {args.batch_size}, {args.repeats} passes")
    pairs = paired_rounds(run_bare, run_govgraph)
    bare_wps = words * args.repeats / sum(bare for bare, _ in pairs)
    govgraph_wps = words * args.repeats / sum(govgraph for _, govgraph in pairs)
    print(f"bare nlp.pipe:   {bare_wps:9.0f} words/s")
    print(f"govgraph build:  {govgraph_wps:9.0f} words/s")
    report("ratio govgraph / bare, per batch", pairs)
    if args.control:
        # The same measure between two copies of the bare model: how far the method strays from 1.
        copy = load_model()
        list(copy.pipe(texts[:2]))

        def run_copy(batch: list, stream: DatasetStream, batch_size: int = args.batch_size) -> None:
            for _ in copy.pipe([d.body for d in batch], batch_size=batch_size):
                pass

        report("control: bare copy / bare", paired_rounds(run_bare, run_copy))
    for size in args.batch_sizes:
        bare_at = words_per_second(lambda: whole(run_bare, size), words)
        at = words_per_second(lambda: whole(run_govgraph, size), words)
        print(f"batch size {size:>4}: bare {bare_at:7.0f} words/s, govgraph {at:7.0f} words/s, ratio {at / bare_at:5.2f}")
    if args.workers > 1:
        with tempfile.TemporaryDirectory() as folder:
            # Worker processes read files: write the sample out as a corpus.
            for index, document in enumerate(documents):
                (Path(folder) / f"{index:05d}.txt").write_text(document.text, encoding="utf-8")
            pairs = find_documents([folder])

            def run_workers(workers: int) -> None:
                with tempfile.TemporaryDirectory() as out:
                    stream = DatasetStream(out)
                    for records in iter_records(pairs, full, batch_size=args.batch_size, workers=workers):
                        stream.add(records_to_nquads(records))
                    stream.close()

            def run_n_process() -> None:
                # spaCy's own multiprocessing: Docs (with govgraph's annotations) come back
                # pickled to this process, which converts them.
                with tempfile.TemporaryDirectory() as out:
                    stream = DatasetStream(out)
                    pipe = full.pipe(((d.body, d) for d in documents), as_tuples=True, batch_size=args.batch_size, n_process=args.workers)
                    for doc, document in pipe:
                        stream.add(records_to_nquads(doc_to_records(doc, document)))
                    stream.close()

            one = words_per_second(lambda: run_workers(1), words)
            many = words_per_second(lambda: run_workers(args.workers), words)
            spacy_many = words_per_second(run_n_process, words)
            print(f"workers 1: {one:7.0f} words/s; workers {args.workers}: {many:7.0f} words/s; speed-up {many / one:5.2f}")
            print(f"spaCy n_process={args.workers}: {spacy_many:7.0f} words/s; speed-up {spacy_many / one:5.2f}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(whole, run_govgraph)
        profiler.dump_stats(str(args.profile))
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text).sort_stats("cumulative")
        stats.print_stats(r"govgraph|spacy/language|thinc", 40)
        print(text.getvalue())


if __name__ == "__main__":
    main()
