"""Build throughput: govgraph's extraction against bare ``nlp.pipe`` of the same model.

Both runs process the same texts (corpus/ and ../shared/eval/dev/, repeated to about
``--words`` words) in one process, so the ratio is measured under the same conditions.
The govgraph figure covers everything a build does per document before writing files:
the model, the govgraph components, doc_to_records and the RDF mapping.

    .venv/bin/python bench/build_throughput.py [--words 30000] [--batch-size 16]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from govgraph.build import BATCH_SIZE
from govgraph.corpus import find_documents, read_document
from govgraph.mapping import records_to_graph
from govgraph.nlp import build_nlp, doc_to_records, load_model

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
    args = parser.parse_args()
    documents, words = sample_documents(args.words)
    bare = load_model()
    full = build_nlp()
    texts = [d.body for d in documents]
    list(bare.pipe(texts[:2]))
    list(full.pipe(texts[:2]))  # warm up both

    def run_bare() -> None:
        for _ in bare.pipe(texts, batch_size=args.batch_size):
            pass

    def run_govgraph() -> None:
        for doc, document in full.pipe(((d.body, d) for d in documents), as_tuples=True, batch_size=args.batch_size):
            records_to_graph(doc_to_records(doc, document))

    bare_wps = words_per_second(run_bare, words)
    govgraph_wps = words_per_second(run_govgraph, words)
    print(f"documents: {len(documents)}, words: {words}")
    print(f"bare nlp.pipe:   {bare_wps:9.0f} words/s")
    print(f"govgraph build:  {govgraph_wps:9.0f} words/s")
    print(f"ratio:           {govgraph_wps / bare_wps:9.2f}")


if __name__ == "__main__":
    main()
