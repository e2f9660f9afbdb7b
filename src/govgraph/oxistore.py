"""Oxigraph stores: bulk loading govgraph's N-Quads and other RDF files, and SPARQL on them.

A large build streams each document's N-Quads to a file (govgraph.nquads) and bulk-loads
it into an on-disk Oxigraph store (``load_nquads``); ``govgraph load`` adds any RDF file
(``load_files``); ``govgraph query --store`` and ``--engine oxigraph`` run queries on
a store and return the rows rdflib returns (``run_store_query``).

The graph files are never written from a store: Oxigraph keeps derived XSD datatypes as
their primitive type (``xsd:nonNegativeInteger`` comes back as ``xsd:integer``), which
the shapes reject for nif:beginIndex and nif:endIndex. Query rows are unaffected (the
text of a number is the same); a JSON result shows such a value as an ``xsd:integer``.

Every govgraph store keeps two things: the named graphs as loaded (one per document) and,
in the default graph, their RDF merge. The contract queries read the merge. Oxigraph's
own union default graph (``use_default_graph_as_union``) does not drop triples found in
several graphs in pyoxigraph 0.5.13, so a fact repeated in two documents would give two
rows where rdflib gives one; the merged default graph gives exactly rdflib's rows. A
store made by another tool (empty default graph) is queried through the union.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .errors import QueryError, StoreError
from .query import QueryResult, check_local, sort_result, split_final_order
from .store import graph_files

#: pyoxigraph formats by file suffix; the quad formats keep their named graphs.
RDF_FORMATS = {
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".ttl": ox.RdfFormat.TURTLE,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}
#: The names messages give the formats, as store.load_graph's messages do.
_FORMAT_NAMES = {".nq": "nquads", ".trig": "trig", ".nt": "nt", ".ttl": "turtle", ".jsonld": "json-ld", ".rdf": "xml", ".owl": "xml"}
QUAD_FORMATS = (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD)
#: Quads per bulk-load call. Oxigraph's bulk loader buffers a whole call (up to a million
#: quads per thread), so loading in chunks keeps memory flat: about 80 MB whatever the size.
LOAD_CHUNK = 25_000
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


# Opening and loading stores -------------------------------------------------------------


def open_store(path: Path | str, create: bool = True, read_only: bool = False) -> ox.Store:
    """Open an on-disk Oxigraph store.

    path (Path | str): the store's folder.
    create (bool): create the store if the folder does not hold one yet.
    read_only (bool): open it for reading only, which works while another process (such
        as ``oxigraph serve``) has it open for writing.
    RETURNS (Store): the store.
    RAISES (StoreError): no store there (create False or read_only), or it cannot be opened.
    """
    path = Path(path)
    if (read_only or not create) and not (path / "CURRENT").is_file():
        raise StoreError(f"{path}: no Oxigraph store in this folder", "load one first with 'govgraph load FILE... --store DIR' or 'govgraph build ... --store DIR'")
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: not a folder", "name a folder for the store")
    if path.is_dir() and not (path / "CURRENT").is_file() and any(path.iterdir()):
        raise StoreError(f"{path}: not an Oxigraph store, and the folder holds other files", "name a new or empty folder for the store")
    try:
        if read_only:
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as error:
        raise StoreError(f"{path}: cannot open the store ({_first_line(error)})", "check the folder is writable and no other process (such as an Oxigraph server) holds the store")


def _format_of(path: Path) -> ox.RdfFormat:
    rdf_format = RDF_FORMATS.get(path.suffix)
    if rdf_format is None:
        raise StoreError(f"{path}: unknown graph file type {path.suffix!r}", f"use one of {', '.join(sorted(RDF_FORMATS))}")
    return rdf_format


def _file_graph(path: Path) -> ox.NamedNode:
    """The graph that holds a triples file's (or a quads file's default graph's) triples."""
    return ox.NamedNode(path.resolve().as_uri())


def _bulk_extend(store: ox.Store, quads: Iterable[ox.Quad]) -> None:
    """Bulk-load quads LOAD_CHUNK at a time."""
    iterator = iter(quads)
    while chunk := list(itertools.islice(iterator, LOAD_CHUNK)):
        store.bulk_extend(chunk)


def _with_merge(quads: Iterable[ox.Quad], default_graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """Each quad in its named graph (default-graph ones in the file's graph), then in the merge."""
    merged = ox.DefaultGraph()
    for quad in quads:
        graph = quad.graph_name if not isinstance(quad.graph_name, ox.DefaultGraph) else default_graph
        yield ox.Quad(quad.subject, quad.predicate, quad.object, graph)
        yield ox.Quad(quad.subject, quad.predicate, quad.object, merged)


def load_files(store: ox.Store, locations: Iterable[Path | str]) -> int:
    """Bulk-load RDF files into a store: each named graph as it is, plus the merge.

    Triples of a triples file (Turtle, N-Triples, RDF/XML), or of a quads file's default
    graph, go to a named graph called after the file (its file: IRI). Loading adds: quads
    already in the store stay.

    store (Store): the store.
    locations (Iterable[Path | str]): files, or folders (see store.graph_files).
    RETURNS (int): the number of files loaded.
    RAISES (StoreError): a file is missing, of unknown type or not valid RDF.
    """
    count = 0
    for location in locations:
        for path in graph_files(location):
            rdf_format = _format_of(path)
            try:
                _bulk_extend(store, _with_merge(ox.parse(path=str(path), format=rdf_format), _file_graph(path)))
            except (SyntaxError, ValueError, OSError) as error:
                raise StoreError(f"{path}: not valid {_FORMAT_NAMES[path.suffix]} ({_first_line(error)[:160]})", "rebuild it with 'govgraph build' or fix the file")
            count += 1
    store.flush()
    return count


def load_nquads(store: ox.Store, path: Path | str, replace: Iterable[str] = ()) -> None:
    """Bulk-load a govgraph N-Quads file (one named graph per document) and merge it.

    store (Store): the store.
    path (Path | str): the N-Quads file, as written by records_to_nquads.
    replace (Iterable[str]): IRIs of graphs the file replaces; they are removed first and,
        if any was in the store, the merged default graph is recomputed.
    """
    stale = [ox.NamedNode(iri) for iri in replace]
    stale = [graph for graph in stale if store.contains_named_graph(graph)]
    for graph in stale:
        store.remove_graph(graph)
    with open(path, "rb") as stream:
        while lines := list(itertools.islice(stream, LOAD_CHUNK)):
            data = b"".join(lines)
            store.bulk_load(data, ox.RdfFormat.N_QUADS)
            if not stale:
                # Only the new quads join the merge: the store is never read back whole.
                store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(data, ox.RdfFormat.N_QUADS))
    if stale:
        store.clear_graph(ox.DefaultGraph())
        _merge_named_graphs(store, Path(path).parent)
    store.flush()


def _merge_named_graphs(store: ox.Store, scratch: Path) -> None:
    """Recompute the merged default graph from every named graph, through a temporary file."""
    handle, temporary = tempfile.mkstemp(prefix=".govgraph-merge.", suffix=".nt", dir=scratch)
    os.close(handle)
    try:
        triples = (ox.Triple(q.subject, q.predicate, q.object) for g in store.named_graphs() for q in store.quads_for_pattern(None, None, None, g))
        ox.serialize(triples, temporary, ox.RdfFormat.N_TRIPLES)
        _bulk_extend(store, (ox.Quad(t.subject, t.predicate, t.object) for t in ox.parse(path=temporary, format=ox.RdfFormat.N_TRIPLES)))
    finally:
        Path(temporary).unlink(missing_ok=True)


def memory_store(locations: Iterable[Path | str] | Path | str) -> ox.Store:
    """Read graph files into an in-memory store's default graph, as store.load_graph does for rdflib.

    locations: files or folders (see store.graph_files).
    RETURNS (Store): the store; named graphs are merged into the default graph.
    RAISES (StoreError): a file is missing, of unknown type or not valid RDF.
    """
    if isinstance(locations, (str, Path)):
        locations = [locations]
    store = ox.Store()
    for location in locations:
        for path in graph_files(location):
            rdf_format = _format_of(path)
            try:
                if rdf_format in QUAD_FORMATS:
                    store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=rdf_format))
                else:
                    store.bulk_load(path=str(path), format=rdf_format)
            except (SyntaxError, ValueError, OSError) as error:
                raise StoreError(f"{path}: not valid {_FORMAT_NAMES[path.suffix]} ({_first_line(error)[:160]})", "rebuild it with 'govgraph build' or fix the file")
    return store


# Queries ------------------------------------------------------------------------------------


def run_store_query(store: ox.Store, text: str, source: str = "query", allow_remote: bool = False) -> QueryResult:
    """Run a SPARQL SELECT (or ASK) query on an Oxigraph store; the same rows as query.run_query.

    The query reads the merged default graph, or the union of the named graphs when the
    store has no merge (a store loaded by another tool). A final ORDER BY of variables is
    done here, not by Oxigraph (see query.split_final_order): the rows come in rdflib's order.

    store (Store): the data.
    text (str): the query.
    source (str): its name for error messages.
    allow_remote (bool): allow SERVICE, LOAD and remote FROM.
    RETURNS (QueryResult): variables and rows as text, terms as rdflib terms.
    RAISES (QueryError): the query does not parse or fails.
    """
    if not allow_remote:
        check_local(text, source)
    union = not any(True for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    unordered, keys = split_final_order(text)
    result = _evaluate(store, unordered, union, source)
    if keys and not all(key.variable in result.variables for key in keys):
        return _evaluate(store, text, union, source)  # it orders by a variable it does not return
    return sort_result(result, keys) if keys else result


def _evaluate(store: ox.Store, text: str, union: bool, source: str) -> QueryResult:
    try:
        result = store.query(text, use_default_graph_as_union=union)
    except SyntaxError as error:
        raise QueryError(f"{source}: not valid SPARQL ({_first_line(error)})", "fix the query; see https://www.w3.org/TR/sparql11-query/")
    except (OSError, ValueError, RuntimeError) as error:
        raise QueryError(f"{source}: failed ({_first_line(error)})", "check the query against the data model in docs/model.md")
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(("ask",), ({"ask": "true" if bool(result) else "false"},))
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(f"{source}: only SELECT and ASK queries are supported", "rewrite it as a SELECT query")
    variables = tuple(variable.value for variable in result.variables)
    converted: dict[Any, Node | None] = {}  # a term repeats across rows (a document's id, an actor)

    def rdflib_term(term: Any) -> Node | None:
        if term not in converted:
            converted[term] = _rdflib_term(term)
        return converted[term]

    try:
        terms = tuple(tuple(rdflib_term(solution[variable]) for variable in variables) for solution in result)
    except (OSError, ValueError, RuntimeError) as error:
        raise QueryError(f"{source}: failed ({_first_line(error)})", "check the query against the data model in docs/model.md")
    rows = tuple({var: "" if term is None else str(term) for var, term in zip(variables, row)} for row in terms)
    return QueryResult(variables, rows, terms)


def _rdflib_term(term: Any) -> Node | None:
    """An Oxigraph term as the rdflib term rdflib's engine would return."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype), normalize=False)
    return Literal(str(term))  # an RDF-star triple term: its N-Triples text


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return (text.splitlines()[0] if text else type(error).__name__)[:200]
