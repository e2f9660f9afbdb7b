"""Build throughput: govgraph's extraction against bare ``nlp.pipe`` of the same model.

All runs process the same texts (corpus/ and ../shared/eval/dev/, repeated to about
``--words`` words) in one process, alternating, so the ratios are measured under the same conditions.
The govgraph figure covers everything a streamed build does per document: the model, the
govgraph components, memory zones, doc_to_records, the N-Quads and the TriG/Turtle
streams (nquads.DatasetStream, into a temporary folder).

    .venv/bin/python bench/build_throughput.py [--words 30000] [--batch-size 16] [--repeats 3]
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


def sample_documents(words: int):
    """Corpus and dev documents, repeated until they hold about ``words`` words."""
    folders = [ROOT / "corpus", ROOT.parent / "shared" / "eval" / "dev"]
    documents = [read_document(path, doc_id) for folder in folders if folder.is_dir() for path, doc_id in find_documents([folder])]
    sample, total = [], 0
    while total < words:
        for document in documents:
            sample.append(document)
            total += len(document.body.split())
    return sample, total


def words_per_second(run, words: int) -> float:
    start = time.perf_counter()
    run()
    return words / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument("--repeats", type=int, default=3, help="alternating runs of each (the medians are compared)")
    parser.add_argument("--batch-sizes", type=int, nargs="*", default=[])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    documents, words = sample_documents(args.words)
    bare = load_model()
    full = build_nlp()
    texts = [d.body for d in documents]
    list(bare.pipe(texts[:2]))
    list(full.pipe(texts[:2]))  # warm up both

    def run_bare(batch_size: int = args.batch_size) -> None:
        for _ in bare.pipe(texts, batch_size=batch_size):
            pass

    def run_govgraph(batch_size: int = args.batch_size) -> None:
        with tempfile.TemporaryDirectory() as out:
            stream = DatasetStream(out)
            for records in extract_records(documents, full, batch_size):
                stream.add(records_to_nquads(records))
            stream.close()

    # Alternate the two, so that a change in the machine's load falls on both alike.
    rounds = [(words_per_second(run_bare, words), words_per_second(run_govgraph, words)) for _ in range(args.repeats)]
    bare_wps = statistics.median(bare for bare, _ in rounds)
    govgraph_wps = statistics.median(govgraph for _, govgraph in rounds)
    print(f"documents: {len(documents)}, words: {words}, batch size {args.batch_size}, {args.repeats} alternating runs each")
    print(f"bare nlp.pipe:   {bare_wps:9.0f} words/s (median; runs: {', '.join(f'{bare:.0f}' for bare, _ in rounds)})")
    print(f"govgraph build:  {govgraph_wps:9.0f} words/s (median; runs: {', '.join(f'{govgraph:.0f}' for _, govgraph in rounds)})")
    print(f"ratio:           {govgraph_wps / bare_wps:9.2f} (of the medians; per round: {', '.join(f'{g / b:.2f}' for b, g in rounds)})")
    for size in args.batch_sizes:
        bare_at = words_per_second(lambda: run_bare(size), words)
        at = words_per_second(lambda: run_govgraph(size), words)
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
        profiler.runcall(run_govgraph)
        profiler.dump_stats(str(args.profile))
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text).sort_stats("cumulative")
        stats.print_stats(r"govgraph|spacy/language|thinc", 40)
        print(text.getvalue())


if __name__ == "__main__":
    main()
