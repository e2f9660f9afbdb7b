"""Streaming graph files: N-Quads per document, and the TriG and merged Turtle of a large build.

A large build never holds its graphs in memory. Each document's triples become N-Quads
lines in the document's named graph (``records_to_nquads``), and ``DatasetStream`` writes
them on as they come: appended to govgraph.nq, turned into a TriG block of govgraph.trig,
and spilled, as triples, into sorted runs that are merged (without duplicates) into
govgraph.ttl at the end. Memory stays bounded by one run, whatever the corpus size. The
ontology's named graph follows the documents in govgraph.nq and govgraph.trig, as in the
files write_build writes.

The files are written under temporary names and renamed into place on ``close``, so a
failed build leaves the previous files intact. They hold the same triples as
store.write_graph_files; the N-Quads lines are the same, grouped by graph instead of
sorted across graphs. No JSON-LD is streamed.
"""

from __future__ import annotations

import functools
import heapq
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Literal
from rdflib.term import Node

from .errors import StoreError
from .mapping import document_iri, records_triples
from .namespace import PREFIXES
from .records import DocumentRecords
from .store import DATASET_NQUADS, DATASET_TRIG, MERGED_TURTLE, ONTOLOGY_GRAPH, read_ontology_graph

#: Prefixes of the streamed Turtle and TriG: those whose local names need no escapes
#: (ggid: and ggv: IRIs hold slashes, written in full as rdflib does).
TURTLE_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items() if prefix not in ("ggid", "ggv")}
#: Distinct triples held in memory before they are spilled to a sorted run.
RUN_TRIPLES = 50_000  # about 15 MB: small next to the pipeline, so memory stays flat


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'


def term_nquads(term: Node) -> str:
    """A term as N-Quads writes it, exactly as rdflib's N-Quads serializer does.

    term (Node): an rdflib URIRef or Literal.
    RETURNS (str): its N-Quads text.
    """
    if isinstance(term, Literal):
        if term.language:
            return f"{_quote(term)}@{term.language}"
        if term.datatype:
            return f"{_quote(term)}^^<{term.datatype}>"
        return _quote(term)
    return _iri_nquads(term)


@functools.lru_cache(maxsize=16384)  # classes, properties and actors recur in every document; literals rarely do
def _iri_nquads(term: Node) -> str:
    return term.n3()


def records_to_nquads(records: DocumentRecords) -> str:
    """One document's triples as N-Quads in its own named graph, sorted, one per line.

    records (DocumentRecords): the document's records.
    RETURNS (str): the lines rdflib writes for the same graph, in govgraph.nq's order.
    """
    graph = document_iri(records.document.doc_id).n3()
    lines = {f"{term_nquads(s)} {term_nquads(p)} {term_nquads(o)} {graph} .\n" for s, p, o in records_triples(records)}
    return "".join(sorted(lines))


def ontology_nquads() -> str:
    """The ontology's named graph (store.ONTOLOGY_GRAPH) as sorted N-Quads lines, as govgraph.nq holds it."""
    graph = ONTOLOGY_GRAPH.n3()
    lines = {f"{term_nquads(s)} {term_nquads(p)} {term_nquads(o)} {graph} .\n" for s, p, o in read_ontology_graph()}
    return "".join(sorted(lines))


def nquads_triples(nquads: str) -> Iterator[str]:
    """The N-Triples lines of govgraph N-Quads lines (the graph name dropped)."""
    for line in nquads.splitlines():
        if line:
            # The graph name is the last IRI of the line, and IRIs hold no spaces.
            yield line[: line.rindex(" <")] + " .\n"


class DatasetStream:
    """Write govgraph.nq, govgraph.trig and govgraph.ttl one document at a time.

    out_dir (Path | str): the output folder; temporary files live there until ``close``.
    run_triples (int): distinct triples kept in memory before a sorted run is spilled.
    full (bool): write all three files; False writes govgraph.nq only (to load a store).
    """

    def __init__(self, out_dir: Path | str, run_triples: int = RUN_TRIPLES, full: bool = True) -> None:
        self.out_dir = Path(out_dir)
        self.run_triples = run_triples
        self.full = full
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            self._scratch = Path(tempfile.mkdtemp(prefix=".govgraph-build.", dir=self.out_dir))
        except OSError as error:
            raise StoreError(f"{self.out_dir}: cannot write ({error.strerror or error})", "check the folder exists and is writable")
        self.nquads_path = self._scratch / DATASET_NQUADS
        self._nquads: IO[bytes] = open(self.nquads_path, "wb")
        self._trig: IO[bytes] = open(self._scratch / DATASET_TRIG, "wb")
        self._triples: set[str] = set()
        self._runs: list[Path] = []
        self.documents = 0
        self._blocks = 0

    def add(self, nquads: str, merge: bool = True) -> None:
        """Add one document's N-Quads (as from records_to_nquads).

        nquads (str): the document's lines, all in its named graph.
        merge (bool): its triples join the merged Turtle (not so for the ontology).
        """
        data = nquads.encode("utf-8")
        self._nquads.write(data)
        if merge:
            self.documents += 1
        if not self.full:
            return
        block = ox.serialize(ox.parse(data, ox.RdfFormat.N_QUADS), None, ox.RdfFormat.TRIG, prefixes=TURTLE_PREFIXES) or b""
        if self._blocks:
            block = block[block.index(b"\n<") + 1 :] if not block.startswith(b"<") else block  # prefixes once, at the top
        self._trig.write(block)
        self._blocks += 1
        if not merge:
            return
        self._triples.update(nquads_triples(nquads))
        if len(self._triples) >= self.run_triples:
            self._spill()

    def _spill(self) -> None:
        run = self._scratch / f"run-{len(self._runs):05d}.nt"
        with open(run, "w", encoding="utf-8", newline="\n") as stream:
            stream.writelines(sorted(self._triples))
        self._runs.append(run)
        self._triples = set()

    def close(self) -> list[Path]:
        """Finish the files and move them into place.

        RETURNS (list[Path]): govgraph.ttl, govgraph.trig and govgraph.nq in ``out_dir``
            (govgraph.nq only when not ``full``).
        RAISES (StoreError): a file cannot be written.
        """
        try:
            self.add(ontology_nquads(), merge=False)  # after the documents: its IRI sorts after ggid:
            self._nquads.close()
            self._trig.close()
            if not self.full:
                os.replace(self.nquads_path, self.out_dir / DATASET_NQUADS)
                self.nquads_path = self.out_dir / DATASET_NQUADS
                return [self.nquads_path]
            self._spill()
            merged = self._scratch / "merged.nt"
            with open(merged, "w", encoding="utf-8", newline="\n") as out:
                streams = [open(run, encoding="utf-8", newline="\n") for run in self._runs]
                try:
                    previous = None
                    for line in heapq.merge(*streams):
                        if line != previous:
                            out.write(line)
                            previous = line
                finally:
                    for stream in streams:
                        stream.close()
            turtle = self._scratch / MERGED_TURTLE
            ox.serialize(ox.parse(path=str(merged), format=ox.RdfFormat.N_TRIPLES), str(turtle), ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES)
            mask = os.umask(0)
            os.umask(mask)
            files = []
            for name in (MERGED_TURTLE, DATASET_TRIG, DATASET_NQUADS):
                os.chmod(self._scratch / name, 0o666 & ~mask)
                os.replace(self._scratch / name, self.out_dir / name)
                files.append(self.out_dir / name)
            self.nquads_path = self.out_dir / DATASET_NQUADS
            return files
        except OSError as error:
            raise StoreError(f"{self.out_dir}: cannot write the graph files ({error.strerror or error})", "check the folder is writable and has free space")
        finally:
            self.discard()

    def discard(self) -> None:
        """Drop the temporary files (the published ones stay)."""
        for stream in (self._nquads, self._trig):
            if not stream.closed:
                stream.close()
        shutil.rmtree(self._scratch, ignore_errors=True)
