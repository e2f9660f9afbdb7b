"""Reading and writing graph files: the only module that touches them on disk.

Every file is written to a temporary name in its folder and then renamed over the old
one (os.replace), so a build that fails or is killed leaves the previous files intact.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph

from .errors import StoreError
from .namespace import new_graph

#: The files ``govgraph build`` writes.
MERGED_TURTLE = "govgraph.ttl"
DATASET_TRIG = "govgraph.trig"
DATASET_NQUADS = "govgraph.nq"
NETWORK_GRAPHML = "govgraph.graphml"
VIEW_HTML = "govgraph.html"

_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld", ".rdf": "xml", ".owl": "xml"}


def write_text(path: Path, text: str) -> None:
    """Write text to ``path`` atomically (temporary file in the same folder, then rename).

    path (Path): the target file.
    text (str): the content, written as UTF-8.
    RAISES (StoreError): the folder cannot be written.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
            os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes files private; outputs are not
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise StoreError(f"{path}: cannot write ({error.strerror or error})", "check the folder exists and is writable")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def serialize_graph(graph: Graph, rdf_format: str) -> str:
    """Serialise a graph or dataset to text in an rdflib format (turtle, trig, nquads, ...)."""
    text = graph.serialize(format=rdf_format)
    if rdf_format == "nquads":
        # rdflib emits quads in hash order: sort them so that rebuilds are byte-identical.
        text = "".join(sorted(line + "\n" for line in text.splitlines() if line.strip()))
    return text


def write_graph_files(out_dir: Path, dataset: Dataset, merged: Graph) -> list[Path]:
    """Write the merged Turtle, the TriG and the N-Quads of a build.

    out_dir (Path): the output folder.
    dataset (Dataset): one named graph per document.
    merged (Graph): the union of the documents' graphs.
    RETURNS (list[Path]): the files written.
    """
    out_dir = Path(out_dir)
    outputs = [(MERGED_TURTLE, merged, "turtle"), (DATASET_TRIG, dataset, "trig"), (DATASET_NQUADS, dataset, "nquads")]
    rendered = [(out_dir / name, serialize_graph(graph, fmt)) for name, graph, fmt in outputs]
    for path, text in rendered:
        write_text(path, text)
    return [path for path, _ in rendered]


def network_to_graphml(network: nx.MultiDiGraph) -> str:
    """GraphML text of a network; list and dict attributes become JSON strings (GraphML has only scalars)."""
    flat = nx.MultiDiGraph()
    for node, data in network.nodes(data=True):
        flat.add_node(node, **_scalars(data))
    for source, target, key, data in network.edges(keys=True, data=True):
        flat.add_edge(source, target, key=key, **_scalars(data))
    return "\n".join(nx.generate_graphml(flat, prettyprint=True)) + "\n"


def _scalars(data: dict) -> dict:
    out = {}
    for key, value in sorted(data.items()):
        if value is None:
            continue
        if isinstance(value, (list, tuple, dict, set)):
            value = json.dumps(value if not isinstance(value, set) else sorted(value), ensure_ascii=False, sort_keys=True)
        out[key] = value
    return out


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
    files = sorted(p for p in path.iterdir() if p.suffix in _FORMATS and p.is_file())
    if not files:
        raise StoreError(f"{path}: no RDF files (.ttl, .trig, .nq, .nt, .jsonld) in this folder", "build the graphs first with 'govgraph build'")
    return files


def load_graph(locations: Iterable[Path | str] | Path | str) -> Graph:
    """Read graph files into one merged graph (named graphs are unioned).

    locations: files or folders (see graph_files).
    RETURNS (Graph): the merged graph.
    RAISES (StoreError): a file is missing, of unknown type or not valid RDF.
    """
    if isinstance(locations, (str, Path)):
        locations = [locations]
    merged = new_graph()
    for location in locations:
        for path in graph_files(location):
            rdf_format = _FORMATS.get(path.suffix)
            if rdf_format is None:
                raise StoreError(f"{path}: unknown graph file type {path.suffix!r}", f"use one of {', '.join(sorted(_FORMATS))}")
            try:
                if rdf_format in ("trig", "nquads"):
                    dataset = Dataset()
                    dataset.parse(path, format=rdf_format)
                    for subject, predicate, obj, _ in dataset.quads((None, None, None, None)):
                        merged.add((subject, predicate, obj))
                else:
                    merged.parse(path, format=rdf_format)
            except Exception as error:  # rdflib's parsers raise many unrelated types
                first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
                raise StoreError(f"{path}: not valid {rdf_format} ({first_line[:160]})", "rebuild it with 'govgraph build' or fix the file")
    return merged
