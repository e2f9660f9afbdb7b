"""The build: corpus -> nlp -> records -> RDF, one named graph per document.

Documents are read lazily and processed with ``nlp.pipe`` in batches; the outputs are
written only once every document has been processed, each file atomically.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph
from spacy.language import Language

from .corpus import DEFAULT_MAX_BYTES, Document, find_documents, read_document
from .errors import InputError
from .mapping import document_iri, records_to_graph
from .namespace import new_dataset, new_graph
from .network import graph_to_network
from .nlp import build_nlp, doc_to_records
from .records import DocumentRecords
from .store import NETWORK_GRAPHML, VIEW_HTML, network_to_graphml, render_graph_files, write_texts
from .view import render_view

BATCH_SIZE = 16


@dataclass
class BuildResult:
    """What a build produced: the records, the graphs, the files and the documents that failed."""

    records: list[DocumentRecords] = field(default_factory=list)
    dataset: Dataset = field(default_factory=new_dataset)
    merged: Graph = field(default_factory=new_graph)
    files: list[Path] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)


def extract_records(documents: Iterable[Document], nlp: Language, batch_size: int = BATCH_SIZE) -> Iterator[DocumentRecords]:
    """Run the pipeline over documents and yield each one's records.

    documents (Iterable[Document]): checked documents, read lazily.
    nlp (Language): the pipeline from build_nlp().
    batch_size (int): documents per nlp.pipe batch.
    YIELDS (DocumentRecords): in input order.
    """
    stream = ((document.body, document) for document in documents)
    for doc, document in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        yield doc_to_records(doc, document)


def _checked_documents(paths: Iterable[Path | str], max_bytes: int, keep_going: bool, failures: list[tuple[str, str]]) -> Iterator[Document]:
    for path, doc_id in find_documents(paths):
        try:
            yield read_document(path, doc_id, max_bytes)
        except InputError as error:
            if not keep_going:
                raise
            failures.append((str(path), str(error)))


def build_graphs(
    paths: Iterable[Path | str],
    nlp: Language | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    keep_going: bool = False,
) -> BuildResult:
    """Extract every document under ``paths`` into one named graph each, plus their union.

    paths (Iterable[Path | str]): corpus files and folders.
    nlp (Language | None): the pipeline (built when None).
    max_bytes (int): the size limit of one document.
    keep_going (bool): skip bad documents (listed in the result) instead of stopping.
    RETURNS (BuildResult): records and graphs; nothing is written.
    """
    nlp = nlp or build_nlp()
    result = BuildResult()
    for records in extract_records(_checked_documents(paths, max_bytes, keep_going, result.failures), nlp):
        result.records.append(records)
        graph = result.dataset.graph(document_iri(records.document.doc_id))
        records_to_graph(records, graph)
        records_to_graph(records, result.merged)
    if not result.records:
        raise InputError("no document could be read", "fix the files listed above or name other ones")
    return result


def write_build(result: BuildResult, out_dir: Path | str, title: str = "govgraph") -> list[Path]:
    """Write a build's Turtle, TriG, N-Quads, JSON-LD, GraphML and HTML view to ``out_dir``.

    Every file is rendered before any is written, and written all or nothing (see
    store.write_texts): a failure leaves the previous files of ``out_dir`` as they were.

    result (BuildResult): from build_graphs.
    out_dir (Path | str): the folder (created if missing).
    title (str): the view's title.
    RETURNS (list[Path]): the files written.
    """
    out = Path(out_dir)
    texts = render_graph_files(result.dataset, result.merged)
    network = graph_to_network(result.merged)
    texts[NETWORK_GRAPHML] = network_to_graphml(network)
    texts[VIEW_HTML] = render_view(network, title=title)
    result.files = write_texts({out / name: text for name, text in texts.items()})
    return result.files
