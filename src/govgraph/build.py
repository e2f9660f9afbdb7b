"""The build: corpus -> nlp -> records -> RDF, one named graph per document.

Documents are read lazily and processed with ``nlp.pipe`` in batches, each batch inside
``nlp.memory_zone()`` so that the vocabulary does not grow with the corpus.

A small corpus is built in memory (``build_graphs``) and written with ``write_build``:
Turtle, TriG, N-Quads, GraphML and the HTML view. A large one, or a build into an Oxigraph
store, is streamed (``stream_build``): each document's N-Quads are written out as soon as
it is done (nquads.DatasetStream) and bulk-loaded into the store, so the corpus is never
whole in memory. ``build_corpus`` chooses, as ``govgraph build`` does.

Extraction runs in this process, in ``workers`` processes of this machine (each with its
own pipeline), or on a Dask cluster (govgraph.cluster).
"""

from __future__ import annotations

import itertools
import multiprocessing
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph
from spacy.language import Language

from .corpus import DEFAULT_MAX_BYTES, Document, find_documents, read_document, split_document
from .errors import InputError
from .export import network_to_graphml
from .mapping import document_iri, records_to_graph
from .namespace import new_dataset, new_graph
from .network import graph_to_network
from .nlp import build_nlp, doc_to_records
from .nquads import DatasetStream, records_to_nquads
from .progress import Progress
from .records import DocumentRecords, merge_records
from .store import DATASET_NQUADS, DATASET_TRIG, NETWORK_GRAPHML, ONTOLOGY_GRAPH, VIEW_HTML, load_dataset, render_graph_files, write_texts
from .view import render_view

#: Documents per nlp.pipe batch and per memory zone (measured: bench/build_throughput.py).
BATCH_SIZE = 16
#: Above this many documents ``build_corpus`` streams, and writes no GraphML or HTML view.
STREAM_DOCUMENTS = 500
KINDS = ("actors", "roles", "statements", "commitments")

Pair = tuple[Path, str]


@dataclass
class BuildResult:
    """What a build produced: the records, the graphs, the files and the documents that failed.

    A streamed build keeps no records or graphs: ``documents`` and ``counts`` tell what
    it extracted, ``store`` where it was loaded.
    """

    records: list[DocumentRecords] = field(default_factory=list)
    dataset: Dataset = field(default_factory=new_dataset)
    merged: Graph = field(default_factory=new_graph)
    files: list[Path] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    documents: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    store: Path | None = None

    def count(self, records: DocumentRecords) -> None:
        """Add one document's records to ``documents`` and ``counts``."""
        self.documents += 1
        for kind in KINDS:
            self.counts[kind] += len(getattr(records, kind))


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def extract_records(documents: Iterable[Document], nlp: Language, batch_size: int = BATCH_SIZE) -> Iterator[DocumentRecords]:
    """Run the pipeline over documents and yield each one's records.

    Each batch runs inside ``nlp.memory_zone()``: the strings and lexemes its Docs added
    are freed after it, so memory stays flat however many documents pass. A document
    longer than corpus.PART_CHARS is processed in parts whose records are merged.

    documents (Iterable[Document]): checked documents, read lazily.
    nlp (Language): the pipeline from build_nlp().
    batch_size (int): documents per nlp.pipe batch and memory zone.
    YIELDS (DocumentRecords): in input order.
    """
    for batch in _batches(documents, batch_size):
        with nlp.memory_zone():
            # A long document goes through in parts (corpus.split_document), merged after.
            parts = ((part.body, (index, part)) for index, d in enumerate(batch) for part in split_document(d))
            done: list[DocumentRecords] = []
            current = -1
            for doc, (index, part) in nlp.pipe(parts, as_tuples=True, batch_size=batch_size):
                if index != current and done:
                    yield merge_records(done)  # plain strings: safe outside the zone
                    done = []
                current = index
                done.append(doc_to_records(doc, part))
            if done:
                yield merge_records(done)


def _checked_documents(pairs: Iterable[Pair], max_bytes: int, keep_going: bool, failures: list[tuple[str, str]]) -> Iterator[Document]:
    for path, doc_id in pairs:
        try:
            yield read_document(path, doc_id, max_bytes)
        except InputError as error:
            if not keep_going:
                raise
            failures.append((str(path), str(error)))


# Worker processes ----------------------------------------------------------------------------

_WORKER_NLP: Language | None = None


def _worker_init(model: str | None) -> None:
    global _WORKER_NLP
    if _WORKER_NLP is None:  # forked workers inherit the parent's pipeline
        _WORKER_NLP = build_nlp(model)


def _worker_records(batch: list[Pair], max_bytes: int, batch_size: int) -> tuple[list[DocumentRecords], list[tuple[Pair, InputError]]]:
    """In a worker: read and extract one batch; failures come back as data."""
    assert _WORKER_NLP is not None
    documents, failed = [], []
    for path, doc_id in batch:
        try:
            documents.append(read_document(path, doc_id, max_bytes))
        except InputError as error:
            failed.append(((path, doc_id), error))
    return list(extract_records(documents, _WORKER_NLP, batch_size)), failed


def iter_records(
    pairs: Iterable[Pair],
    nlp: Language | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    keep_going: bool = False,
    failures: list[tuple[str, str]] | None = None,
    batch_size: int = BATCH_SIZE,
    workers: int = 1,
    model: str | None = None,
) -> Iterator[DocumentRecords]:
    """Read and extract documents in this process or in ``workers`` processes, in input order.

    pairs (Iterable[Pair]): (file, doc_id) as from corpus.find_documents.
    nlp (Language | None): the pipeline for this process (built when None and workers == 1).
    max_bytes (int): the size limit of one document.
    keep_going (bool): record bad documents in ``failures`` instead of raising.
    failures (list | None): where (file, message) of skipped documents go.
    batch_size (int): documents per batch.
    workers (int): processes; above 1, they are forked from this one and share ``nlp``
        (where fork is not available, each builds its own with build_nlp(model)).
    model (str | None): the spaCy model the worker processes start from.
    YIELDS (DocumentRecords): each document's records.
    RAISES (InputError): a document cannot be read and keep_going is False.
    """
    failures = failures if failures is not None else []
    if workers <= 1:
        yield from extract_records(_checked_documents(pairs, max_bytes, keep_going, failures), nlp or build_nlp(model), batch_size)
        return
    # fork: no re-import of the caller's __main__ (spawn needs an ``if __name__`` guard
    # in every script) and the pipeline is shared copy-on-write instead of loaded again.
    global _WORKER_NLP
    fork = "fork" in multiprocessing.get_all_start_methods()
    _WORKER_NLP = nlp if fork else None
    try:
        context = multiprocessing.get_context("fork" if fork else "spawn")
        with context.Pool(workers, initializer=_worker_init, initargs=(model,)) as pool:
            tasks = ((batch, max_bytes, batch_size) for batch in _batches(pairs, batch_size))
            for records, failed in pool.imap(_star_worker_records, tasks):
                for (path, _), error in failed:
                    if not keep_going:
                        raise error
                    failures.append((str(path), str(error)))
                yield from records
    finally:
        _WORKER_NLP = None


def _star_worker_records(task: tuple[list[Pair], int, int]) -> tuple[list[DocumentRecords], list[tuple[Pair, InputError]]]:
    return _worker_records(*task)


# In memory -----------------------------------------------------------------------------------


def build_graphs(
    paths: Iterable[Path | str],
    nlp: Language | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    keep_going: bool = False,
    batch_size: int = BATCH_SIZE,
    workers: int = 1,
) -> BuildResult:
    """Extract every document under ``paths`` into one named graph each, plus their union.

    paths (Iterable[Path | str]): corpus files and folders.
    nlp (Language | None): the pipeline (built when None).
    max_bytes (int): the size limit of one document.
    keep_going (bool): skip bad documents (listed in the result) instead of stopping.
    batch_size (int): documents per nlp.pipe batch.
    workers (int): extraction processes (see iter_records).
    RETURNS (BuildResult): records and graphs; nothing is written.
    """
    result = BuildResult()
    for records in iter_records(find_documents(paths), nlp, max_bytes, keep_going, result.failures, batch_size, workers):
        result.records.append(records)
        result.count(records)
        graph = result.dataset.graph(document_iri(records.document.doc_id))
        records_to_graph(records, graph)
        records_to_graph(records, result.merged)
    if not result.records:
        raise InputError("no document could be read", "fix the files listed above or name other ones")
    return result


def update_graphs(previous: Dataset, result: BuildResult) -> BuildResult:
    """Fold a new build into an earlier one: its documents' graphs replace theirs, the earlier
    build's other documents stay as they were.

    A document built again gets exactly its new facts (one removed from its text disappears);
    actor IRIs are keyed by name, so they stay the same.
    previous (Dataset): the earlier build's named graphs (store.load_dataset).
    result (BuildResult): the new build, from build_graphs.
    RETURNS (BuildResult): ``result`` with the kept documents' graphs added to its dataset
        and merged graph.
    """
    rebuilt = {graph.identifier for graph in result.dataset.graphs() if len(graph)}
    for graph in previous.graphs():
        if graph.identifier in rebuilt or graph.identifier == ONTOLOGY_GRAPH or not len(graph):
            continue
        kept = result.dataset.graph(graph.identifier)
        for triple in graph:
            kept.add(triple)
            result.merged.add(triple)
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


# Streamed ------------------------------------------------------------------------------------


def stream_build(
    paths: Iterable[Path | str],
    out_dir: Path | str | None = None,
    store: Path | str | None = None,
    nlp: Language | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    keep_going: bool = False,
    batch_size: int = BATCH_SIZE,
    workers: int = 1,
    dask: str | Any | None = None,
    progress: bool | None = False,
) -> BuildResult:
    """Build a corpus of any size without holding it in memory.

    Each document's N-Quads are appended to govgraph.nq as soon as it is extracted, with
    its TriG block; the merged Turtle is made from sorted runs at the end. With ``store``,
    the N-Quads are then bulk-loaded into that on-disk Oxigraph store (a document built
    again replaces its graph). No GraphML or HTML view is written.

    paths (Iterable[Path | str]): corpus files and folders.
    out_dir (Path | str | None): where govgraph.ttl, .trig and .nq go (None: store only).
    store (Path | str | None): an Oxigraph store folder to load (created if missing).
    nlp (Language | None): the pipeline for in-process extraction.
    max_bytes (int): the size limit of one document.
    keep_going (bool): skip bad documents (listed in the result) instead of stopping.
    batch_size (int): documents per batch.
    workers (int): extraction processes on this machine.
    dask (str | Client | None): a Dask scheduler address (or Client) to extract on instead;
        its workers write per-document N-Quads under OUT/nquads (see govgraph.cluster).
    progress (bool | None): draw a progress bar on stderr (None: when it is a terminal).
    RETURNS (BuildResult): counts, files and failures; no records or graphs.
    RAISES (InputError): no document could be read, or one cannot and keep_going is False.
    """
    if out_dir is None and store is None:
        raise ValueError("stream_build needs out_dir, store or both")
    pairs = find_documents(paths)
    result = BuildResult(store=Path(store) if store is not None else None)
    scratch = Path(out_dir) if out_dir is not None else Path(store).parent / f".{Path(store).name}.build"  # type: ignore[arg-type]
    stream = DatasetStream(scratch, full=out_dir is not None)
    bar = Progress(len(pairs), enabled=progress)
    graphs: list[str] = []
    try:
        if dask is not None:
            from .cluster import dask_nquads

            documents = _checked_documents(pairs, max_bytes, keep_going, result.failures)
            outputs: Iterable[tuple[str, str, dict[str, int]]] = dask_nquads(dask, documents, scratch / "nquads", batch_size)
        else:
            records_iter = iter_records(pairs, nlp, max_bytes, keep_going, result.failures, batch_size, workers)
            outputs = ((r.document.doc_id, records_to_nquads(r), {k: len(getattr(r, k)) for k in KINDS}) for r in records_iter)
        for doc_id, nquads, counts in outputs:
            stream.add(nquads)
            graphs.append(str(document_iri(doc_id)))
            result.documents += 1
            for kind in KINDS:
                result.counts[kind] += counts[kind]
            bar.update()
        bar.close()
        if not result.documents:
            raise InputError("no document could be read", "fix the files listed above or name other ones")
        files = stream.close()
    except BaseException:
        stream.discard()
        raise
    if store is not None:
        from .oxistore import load_nquads, open_store

        try:
            load_nquads(open_store(store), stream.nquads_path, replace=graphs)
        finally:
            if out_dir is None:
                shutil.rmtree(scratch, ignore_errors=True)
                files = []
    result.files = files
    return result


def build_corpus(
    paths: Iterable[Path | str],
    out_dir: Path | str | None = None,
    store: Path | str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    keep_going: bool = False,
    workers: int = 1,
    dask: str | None = None,
    progress: bool | None = None,
    update: bool = False,
) -> BuildResult:
    """What ``govgraph build`` does: build in memory and write every file for a small corpus;
    stream (stream_build) for more than STREAM_DOCUMENTS documents, a store or a Dask cluster.
    With ``update``, the documents built join the build already in ``out_dir`` (update_graphs).

    RETURNS (BuildResult): with ``files`` set.
    """
    paths = list(paths)
    if update and (store is not None or dask is not None or out_dir is None):
        raise InputError("--update works on the files of --out", "leave out --store and --dask, or build again into the store")
    if store is None and dask is None and (update or len(find_documents(paths)) <= STREAM_DOCUMENTS):
        result = build_graphs(paths, max_bytes=max_bytes, keep_going=keep_going, workers=workers)
        if update and out_dir is not None and any((Path(out_dir) / name).is_file() for name in (DATASET_NQUADS, DATASET_TRIG)):
            update_graphs(load_dataset(out_dir), result)
        if out_dir is not None:
            write_build(result, out_dir)
        return result
    return stream_build(paths, out_dir, store, max_bytes=max_bytes, keep_going=keep_going, workers=workers, dask=dask, progress=progress)
