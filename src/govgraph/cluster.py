"""Extraction on a Dask distributed cluster: the workers write one N-Quads file per document.

The client reads and checks the documents (so the corpus need only be where the client
runs) and sends them in batches to the workers; a few batches are in flight at a time,
so neither side ever holds the corpus. Each worker process builds the pipeline once and
writes each document's named graph to ``NQUADS_DIR/{slug(doc_id)}.nq``. That folder must
be reachable at the same path by the workers and the client (a shared file system such
as NFS); the files bulk-load into Oxigraph (``govgraph load``) or into any SPARQL 1.1
store's loader, and the client merges them, in document order, into the build's files.

Requires ``dask[distributed]`` (see the README, "Scaling out").
"""

from __future__ import annotations

import os
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language

from .corpus import Document
from .errors import InputError
from .mapping import slug
from .nlp import build_nlp
from .nquads import records_to_nquads

KINDS = ("actors", "roles", "statements", "commitments")
Output = tuple[str, str, dict[str, int]]

_NLP: Language | None = None


def extract_to_nquads(documents: list[Document], nquads_dir: str, batch_size: int, model: str | None = None) -> list[tuple[str, str, dict[str, int]]]:
    """On a worker: extract documents and write each one's N-Quads file.

    documents (list[Document]): checked documents.
    nquads_dir (str): the folder for the files (created if missing).
    batch_size (int): documents per nlp.pipe batch.
    model (str | None): the spaCy model (see nlp.build_nlp); the pipeline is built once per process.
    RETURNS (list[tuple[str, str, dict]]): (doc_id, file, counts per kind) in input order.
    """
    from .build import extract_records  # build imports this module lazily, not at import time

    global _NLP
    if _NLP is None:
        _NLP = build_nlp(model)
    folder = Path(nquads_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for records in extract_records(documents, _NLP, batch_size):
        doc_id = records.document.doc_id
        path = folder / f"{slug(doc_id)}.nq"
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(records_to_nquads(records))
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
        written.append((doc_id, str(path), {kind: len(getattr(records, kind)) for kind in KINDS}))
    return written


def dask_nquads(
    scheduler: str | Any,
    documents: Iterable[Document],
    nquads_dir: Path | str,
    batch_size: int,
    model: str | None = None,
    in_flight: int | None = None,
) -> Iterator[Output]:
    """Extract documents on a Dask cluster; yield each one's N-Quads in input order.

    scheduler (str | Client): the scheduler address ("tcp://host:8786") or a Client.
    documents (Iterable[Document]): checked documents, read lazily.
    nquads_dir (Path | str): the folder the workers write to (shared with this machine).
    batch_size (int): documents per task.
    model (str | None): the spaCy model the workers load.
    in_flight (int | None): tasks submitted ahead (default: twice the workers' threads).
    YIELDS (tuple[str, str, dict]): (doc_id, N-Quads text, counts per kind).
    RAISES (InputError): dask is not installed or the scheduler cannot be reached.
    """
    try:
        from distributed import Client
    except ImportError:
        raise InputError("--dask needs Dask distributed, which is not installed", "pip install 'dask[distributed]'") from None
    own = not isinstance(scheduler, Client)
    client: Any
    try:
        client = Client(scheduler, timeout="30s") if own else scheduler
    except (OSError, TimeoutError, ValueError) as error:
        raise InputError(f"{scheduler}: cannot reach the Dask scheduler ({error})", "start one with 'dask scheduler' and workers with 'dask worker ADDRESS'") from None
    try:
        threads = sum(worker.get("nthreads", 1) for worker in client.scheduler_info().get("workers", {}).values())
        window = in_flight or max(2, 2 * threads)
        pending: deque[Any] = deque()
        folder = str(Path(nquads_dir).resolve())
        for batch in _batches(documents, batch_size):
            pending.append(client.submit(extract_to_nquads, batch, folder, batch_size, model, pure=False))
            while len(pending) >= window:
                yield from _read(pending.popleft().result())
        while pending:
            yield from _read(pending.popleft().result())
    finally:
        if own:
            client.close()


def _read(written: list[tuple[str, str, dict[str, int]]]) -> Iterator[Output]:
    for doc_id, path, counts in written:
        yield doc_id, Path(path).read_text(encoding="utf-8"), counts


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
