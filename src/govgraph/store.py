"""Reading and writing graph files: the only module that touches them on disk.

Every file is written to a temporary name in its folder and then renamed over the old
one (os.replace); a build writes all its temporary files before it renames any, so a
build that fails or is killed leaves the previous files intact.

The outputs are deterministic (same graphs, same bytes), whatever Python's hash seed:
named graphs are written in IRI order, N-Quads lines sorted, JSON-LD keys and values
sorted, and the ontology's blank nodes get canonical labels (rdflib.compare).

No reader here fetches anything: JSON-LD files that name a remote (or any non-inline)
@context are refused before rdflib sees them, and RDF/XML external entities stay off
(xml.sax's default).
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import RDF, XSD
from rdflib.plugins.serializers.trig import TrigSerializer

from .errors import OntologyError, StoreError
from .namespace import ONTOLOGY_FILENAME, PREFIXES, find_ontology_dir, new_graph

#: The files ``govgraph build`` writes.
MERGED_TURTLE = "govgraph.ttl"
DATASET_TRIG = "govgraph.trig"
DATASET_NQUADS = "govgraph.nq"
MERGED_JSONLD = "govgraph.jsonld"
NETWORK_GRAPHML = "govgraph.graphml"
VIEW_HTML = "govgraph.html"

#: The named graph that holds ontology/govgraph.ttl in the TriG and N-Quads files.
ONTOLOGY_GRAPH = URIRef("https://w3id.org/govgraph/ontology")

_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld", ".rdf": "xml", ".owl": "xml"}
_DATASET_FORMATS = ("trig", "nquads")


def write_text(path: Path, text: str) -> None:
    """Write text to ``path`` atomically (temporary file in the same folder, then rename).

    path (Path): the target file.
    text (str): the content, written as UTF-8.
    RAISES (StoreError): the folder cannot be written.
    """
    write_texts({Path(path): text})


def write_texts(files: Mapping[Path, str]) -> list[Path]:
    """Write several files all or nothing: every temporary file first, then the renames.

    A failure while writing (disk full, no permission, a folder in the way) removes the
    temporary files and leaves every old file as it was.

    files (Mapping[Path, str]): target path -> content (UTF-8).
    RETURNS (list[Path]): the files written, in the given order.
    RAISES (StoreError): a folder cannot be written or a target is not a file.
    """
    staged: list[tuple[str, Path]] = []
    current = Path(".")
    try:
        for path, text in files.items():
            current = Path(path)
            if current.is_dir():
                raise IsADirectoryError(21, "a folder of that name is in the way")
            current.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{current.name}.", suffix=".tmp", dir=current.parent)
            staged.append((temporary, current))
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
            os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes files private; outputs are not
        for temporary, path in staged:
            current = path
            os.replace(temporary, path)
    except OSError as error:
        raise StoreError(f"{current}: cannot write ({error.strerror or error})", "check the folder exists and is writable") from None
    finally:
        for temporary, _ in staged:
            Path(temporary).unlink(missing_ok=True)
    return [Path(path) for path in files]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class _SortedTrigSerializer(TrigSerializer):
    """rdflib's TriG serializer with the named graphs in IRI order (rdflib uses hash order)."""

    def __init__(self, store: Dataset, extra: Iterable[Graph] = ()) -> None:
        super().__init__(store)
        graphs = [graph for graph in self.contexts if len(graph)] + [graph for graph in extra if len(graph)]
        self.contexts = sorted(graphs, key=lambda graph: str(graph.identifier))


def serialize_graph(graph: Graph, rdf_format: str) -> str:
    """Serialise a graph or dataset to text in an rdflib format (turtle, trig, nquads, ...).

    Dataset formats come out in a stable order: TriG graphs by IRI, N-Quads lines sorted.
    """
    if rdf_format == "trig" and isinstance(graph, Dataset):
        return dataset_to_trig(graph)
    text = graph.serialize(format=rdf_format)
    if rdf_format in ("nquads", "nt"):
        # rdflib emits statements in hash order: sort them so that rebuilds are byte-identical.
        text = "".join(sorted(line + "\n" for line in text.splitlines() if line.strip()))
    return text


def dataset_to_trig(dataset: Dataset, extra: Iterable[Graph] = ()) -> str:
    """TriG of a dataset (plus extra named graphs), the graphs in IRI order.

    dataset (Dataset): the named graphs.
    extra (Iterable[Graph]): more named graphs with their own prefixes, e.g. the ontology.
    RETURNS (str): the TriG text.
    """
    buffer = io.BytesIO()
    _SortedTrigSerializer(dataset, extra).serialize(buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def dataset_to_nquads(dataset: Dataset, extra: Iterable[Graph] = ()) -> str:
    """N-Quads of a dataset (plus extra named graphs), lines sorted.

    dataset (Dataset): the named graphs.
    extra (Iterable[Graph]): more named graphs, e.g. the ontology.
    RETURNS (str): the N-Quads text.
    """
    lines = serialize_graph(dataset, "nquads").splitlines(keepends=True)
    for graph in extra:
        holder = Dataset()
        named = holder.graph(graph.identifier)
        for triple in graph:
            named.add(triple)
        lines += serialize_graph(holder, "nquads").splitlines(keepends=True)
    return "".join(sorted(lines))


def graph_to_jsonld(graph: Graph, prefixes: Mapping[str, object] = PREFIXES) -> str:
    """JSON-LD of a graph, compacted with an inline context of ``prefixes``.

    One node object per subject, sorted by @id; keys and values sorted; a property with
    one value has it unwrapped. Plain strings are JSON strings, other literals keep
    @language or @type. The context is inline: nothing needs fetching to read the file.

    graph (Graph): the triples (no named graphs).
    prefixes (Mapping[str, object]): prefix -> namespace IRI, the @context.
    RETURNS (str): the JSON-LD text.
    """
    namespaces = sorted(((prefix, str(iri)) for prefix, iri in prefixes.items()), key=lambda pair: (-len(pair[1]), pair[0]))

    def compact(iri: str) -> str:
        for prefix, namespace in namespaces:
            local = iri[len(namespace) :]
            # "p://..." would read as an absolute IRI, not as prefix p (JSON-LD 1.1, 4.4.2)
            if iri.startswith(namespace) and local and not local.startswith("//"):
                return f"{prefix}:{local}"
        return iri

    def node_id(node: object) -> str:
        return f"_:{node}" if isinstance(node, BNode) else compact(str(node))

    def value(term: object) -> Any:
        if isinstance(term, Literal):
            if term.language:
                return {"@value": str(term), "@language": term.language}
            if term.datatype is None or term.datatype == XSD.string:
                return str(term)
            return {"@value": str(term), "@type": compact(str(term.datatype))}
        return {"@id": node_id(term)}

    nodes: dict[str, dict[str, list[Any]]] = {}
    for subject, predicate, obj in graph:
        node = nodes.setdefault(node_id(subject), {})
        if predicate == RDF.type and not isinstance(obj, Literal):
            node.setdefault("@type", []).append(node_id(obj))
        else:
            node.setdefault(compact(str(predicate)), []).append(value(obj))
    objects = []
    for identifier in sorted(nodes):
        entry: dict[str, Any] = {"@id": identifier}
        for key, values in nodes[identifier].items():
            values = sorted(values, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
            entry[key] = values[0] if len(values) == 1 else values
        objects.append(entry)
    context = {prefix: str(iri) for prefix, iri in sorted(prefixes.items())}
    return json.dumps({"@context": context, "@graph": objects}, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def read_ontology_graph(path: Path | str | None = None) -> Graph:
    """The ontology as the named graph ONTOLOGY_GRAPH, for the TriG and N-Quads outputs.

    Its blank nodes (OWL lists and axioms) get canonical labels, so the files it goes into
    stay byte-identical from one build to the next.

    path (Path | str | None): the ontology file; None uses find_ontology_dir()/govgraph.ttl.
    RETURNS (Graph): the ontology's triples, with govgraph's and the file's own prefixes.
    RAISES (OntologyError): the file is missing or is not valid Turtle.
    """
    path = Path(path) if path is not None else find_ontology_dir() / ONTOLOGY_FILENAME
    parsed = Graph(bind_namespaces="none")
    try:
        parsed.parse(path, format="turtle")
    except FileNotFoundError:
        raise OntologyError(f"{path}: ontology file not found", "set GOVGRAPH_ONTOLOGY_DIR to the folder holding govgraph.ttl") from None
    except Exception as error:  # rdflib's parsers raise many unrelated types
        raise OntologyError(f"{path}: not valid turtle ({_first_line(error)})", "fix the ontology file") from None
    graph = new_graph(ONTOLOGY_GRAPH)
    bound = dict(graph.namespaces())
    for prefix, namespace in sorted(parsed.namespaces()):
        if prefix and prefix not in bound and namespace not in bound.values():
            graph.bind(prefix, namespace)
    for triple in to_canonical_graph(parsed):
        graph.add(triple)
    return graph


def render_graph_files(dataset: Dataset, merged: Graph, ontology: Graph | None = None) -> dict[str, str]:
    """The text of each graph file of a build, by file name; nothing is written.

    dataset (Dataset): one named graph per document.
    merged (Graph): the union of the documents' graphs.
    ontology (Graph | None): the ontology graph added to the TriG and N-Quads
        (read_ontology_graph() when None).
    RETURNS (dict[str, str]): govgraph.ttl, govgraph.trig, govgraph.nq and govgraph.jsonld.
    """
    ontology = ontology if ontology is not None else read_ontology_graph()
    return {
        MERGED_TURTLE: serialize_graph(merged, "turtle"),
        DATASET_TRIG: dataset_to_trig(dataset, [ontology]),
        DATASET_NQUADS: dataset_to_nquads(dataset, [ontology]),
        MERGED_JSONLD: graph_to_jsonld(merged),
    }


def write_graph_files(out_dir: Path, dataset: Dataset, merged: Graph) -> list[Path]:
    """Write the merged Turtle and JSON-LD, and the TriG and N-Quads (documents + ontology).

    out_dir (Path): the output folder.
    dataset (Dataset): one named graph per document.
    merged (Graph): the union of the documents' graphs.
    RETURNS (list[Path]): the files written.
    """
    rendered = render_graph_files(dataset, merged)
    return write_texts({Path(out_dir) / name: text for name, text in rendered.items()})


def graph_files(location: Path | str) -> list[Path]:
    """The RDF files a --graph option names: a file, or the graph files in a folder.

    A folder holding a build's output contributes its merged Turtle only; any other
    folder contributes each RDF file in it.
    """
    path = Path(location)
    if path.is_file():
        return [path]
    if not path.exists():
        raise StoreError(f"{path}: no such graph file or folder", "build the graphs first with 'govgraph build' or name another path")
    if (path / MERGED_TURTLE).is_file():
        return [path / MERGED_TURTLE]
    if not path.is_dir():
        raise StoreError(f"{path}: not a graph file or folder", "name a .ttl, .trig, .nq, .nt or .jsonld file or a folder of them")
    files = sorted(p for p in path.iterdir() if p.suffix in _FORMATS and p.is_file())
    if not files:
        raise StoreError(f"{path}: no RDF files (.ttl, .trig, .nq, .nt, .jsonld) in this folder", "build the graphs first with 'govgraph build'")
    return files


def load_graph(locations: Iterable[Path | str] | Path | str) -> Graph:
    """Read graph files into one merged graph (named graphs are unioned).

    locations: files or folders (see graph_files).
    RETURNS (Graph): the merged graph.
    RAISES (StoreError): a file is missing, of unknown type, not valid RDF, or a JSON-LD
        file names a context that would have to be fetched.
    """
    if isinstance(locations, (str, Path)):
        locations = [locations]
    merged = new_graph()
    for location in locations:
        for path in graph_files(location):
            rdf_format = _format_of(path)
            if rdf_format in _DATASET_FORMATS:
                for subject, predicate, obj, _ in _parse_dataset(path, rdf_format).quads((None, None, None, None)):
                    merged.add((subject, predicate, obj))
            elif rdf_format == "json-ld":
                _parse_jsonld(path, merged)
            else:
                _parse(merged, path, rdf_format)
    return merged


def load_dataset(location: Path | str) -> Dataset:
    """Read the named graphs of a build: a .nq or .trig file, or a build folder (its govgraph.nq).

    location (Path | str): the file or folder.
    RETURNS (Dataset): the named graphs as written (documents and ontology).
    RAISES (StoreError): missing, not a dataset format, or not valid RDF.
    """
    path = Path(location)
    if path.is_dir():
        candidates = [path / DATASET_NQUADS, path / DATASET_TRIG]
        found = next((candidate for candidate in candidates if candidate.is_file()), None)
        if found is None:
            raise StoreError(f"{path}: no {DATASET_NQUADS} or {DATASET_TRIG} in this folder", "build the graphs first with 'govgraph build'")
        path = found
    elif not path.exists():
        raise StoreError(f"{path}: no such graph file or folder", "build the graphs first with 'govgraph build' or name another path")
    rdf_format = _format_of(path)
    if rdf_format not in _DATASET_FORMATS:
        raise StoreError(f"{path}: {rdf_format} has no named graphs", f"name the build folder or its {DATASET_NQUADS} or {DATASET_TRIG}")
    return _parse_dataset(path, rdf_format)


def _format_of(path: Path) -> str:
    rdf_format = _FORMATS.get(path.suffix)
    if rdf_format is None:
        raise StoreError(f"{path}: unknown graph file type {path.suffix!r}", f"use one of {', '.join(sorted(_FORMATS))}")
    return rdf_format


def _parse_dataset(path: Path, rdf_format: str) -> Dataset:
    dataset = Dataset()
    _parse(dataset, path, rdf_format)
    return dataset


def _parse(graph: Graph, path: Path, rdf_format: str, data: str | None = None) -> None:
    try:
        if data is None:
            graph.parse(path, format=rdf_format)
        else:
            graph.parse(data=data, format=rdf_format, publicID=path.resolve().as_uri())
    except (IsADirectoryError, PermissionError) as error:
        raise StoreError(f"{path}: cannot be read ({error.strerror or error})", "check that it is a readable file") from None
    except Exception as error:  # rdflib's parsers raise many unrelated types
        raise StoreError(f"{path}: not valid {rdf_format} ({_first_line(error)[:160]})", "rebuild it with 'govgraph build' or fix the file") from None


def _parse_jsonld(path: Path, graph: Graph) -> None:
    """Parse a JSON-LD file, refusing any @context that is not inline (it would be fetched)."""
    try:
        text = path.read_text(encoding="utf-8")
        document = json.loads(text)
    except OSError as error:
        raise StoreError(f"{path}: cannot be read ({error.strerror or error})", "check that it is a readable file") from None
    except ValueError as error:  # also UnicodeDecodeError
        raise StoreError(f"{path}: not valid json-ld ({_first_line(error)[:160]})", "rebuild it with 'govgraph build' or fix the file") from None
    remote = _external_context(document)
    if remote is not None:
        raise StoreError(
            f"{path}: JSON-LD @context {remote!r} would have to be fetched, and govgraph never fetches",
            "put the context inline in the file (as 'govgraph build' does)",
        )
    _parse(graph, path, "json-ld", data=text)


def _external_context(value: object) -> str | None:
    """The first @context (or @import) anywhere in a JSON-LD document that names another document."""
    if isinstance(value, list):
        for item in value:
            found = _external_context(item)
            if found is not None:
                return found
    elif isinstance(value, dict):
        for key, item in value.items():
            if key == "@context":
                for context in item if isinstance(item, list) else [item]:
                    if isinstance(context, str):
                        return context
                    if isinstance(context, dict) and isinstance(context.get("@import"), str):
                        return str(context["@import"])
            found = _external_context(item)
            if found is not None:
                return found
    return None


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
