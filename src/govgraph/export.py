"""Convert a govgraph network into the files other tools read: GraphML, GEXF, JSON, CSV.

Every converter is pure, as rdflib's serialisers are: it takes the network from
network.graph_to_network and returns text; store.write_text writes it. The same network
always gives the same text (no dates, sorted attributes).

- GraphML 1.0 for Cytoscape, yEd and networkx. GraphML identifiers must be XML name
  tokens, which IRIs are not, so nodes are ``n0, n1, ...`` and edges ``e0, e1, ...`` in
  network order; the IRI is the ``iri`` attribute and the label also ``name`` (the column
  Cytoscape shows).
- GEXF 1.2 for Gephi. Node ids are the IRIs; the label is the GEXF label, the edge
  weight the GEXF weight.
- Node-link JSON (``networkx.node_link_data``, edges under "edges"), which
  ``networkx.node_link_graph(data, edges="edges")`` reads back unchanged.
- CSV: one row per edge under a header row.

GraphML and GEXF attributes are scalars: list and dict values (evidence, roles, docs)
become JSON strings, and None values are left out.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from typing import Any

import networkx as nx

from govgraph.errors import InputError

#: The formats of ``govgraph export``, by name.
FORMATS: tuple[str, ...] = ("graphml", "gexf", "json", "csv")
#: The columns of the CSV edge list.
CSV_COLUMNS: tuple[str, ...] = (
    "source", "target", "kind", "label", "weight", "source_label", "target_label",
    "source_class", "target_class", "status", "evidence_count", "docs",
)
#: The GEXF namespace and version written (the schema Gephi 0.8 and later read).
GEXF_NAMESPACE = "http://www.gexf.net/1.2"
GEXF_VERSION = "1.2"

# Characters XML 1.0 cannot hold at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def export_network(network: nx.MultiDiGraph, fmt: str) -> str:
    """Convert a network into one of FORMATS.

    network (nx.MultiDiGraph): a network from graph_to_network.
    fmt (str): "graphml", "gexf", "json" or "csv".
    RETURNS (str): the file's text.
    RAISES (InputError): the format is unknown.
    """
    converters: dict[str, Callable[[nx.MultiDiGraph], str]] = {
        "graphml": network_to_graphml, "gexf": network_to_gexf,
        "json": network_to_json, "csv": network_to_csv}
    if fmt not in converters:
        raise InputError(f"unknown export format {fmt!r}", f"use one of {', '.join(FORMATS)}")
    return converters[fmt](network)


def network_to_graphml(network: nx.MultiDiGraph) -> str:
    """GraphML text of a network, valid against the GraphML 1.0 schema.

    network (nx.MultiDiGraph): a network from graph_to_network.
    RETURNS (str): the GraphML document.
    """
    ids = {node: f"n{i}" for i, node in enumerate(network.nodes)}
    flat = nx.MultiDiGraph()
    flat.graph.update(_scalars(network.graph))
    for node, data in network.nodes(data=True):
        attrs = {"iri": str(node), **data}
        if "label" in attrs:
            attrs["name"] = attrs["label"]
        flat.add_node(ids[node], **_scalars(attrs))
    # the edge key (kind, or position IRI) stays as the "key" attribute
    flat.add_edges_from((ids[source], ids[target], f"e{i}", _scalars({"key": key, **data}))
                        for i, (source, target, key, data)
                        in enumerate(network.edges(keys=True, data=True)))
    return "\n".join(nx.generate_graphml(flat, prettyprint=True)) + "\n"


def network_to_gexf(network: nx.MultiDiGraph) -> str:
    """GEXF 1.2 text of a network, valid against the GEXF 1.2 schema.

    network (nx.MultiDiGraph): a network from graph_to_network.
    RETURNS (str): the GEXF document.
    """
    root = ET.Element("gexf", {"xmlns": GEXF_NAMESPACE, "version": GEXF_VERSION})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "govgraph"
    description = ", ".join(f"{k}: {v}" for k, v in _scalars(network.graph).items())
    if description:
        ET.SubElement(meta, "description").text = _xml_text(description)
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static",
                                          "idtype": "string"})
    node_rows = [(node, _scalars(data)) for node, data in network.nodes(data=True)]
    edge_rows = [(u, v, _scalars({"key": k, **data}))
                 for u, v, k, data in network.edges(keys=True, data=True)]
    node_columns = _gexf_columns(graph, "node", (attrs for _, attrs in node_rows), {"label"})
    edge_columns = _gexf_columns(graph, "edge", (attrs for _, _, attrs in edge_rows),
                                 {"label", "weight"})
    nodes = ET.SubElement(graph, "nodes", {"count": str(len(node_rows))})
    for node, attrs in node_rows:
        element = ET.SubElement(nodes, "node", {"id": _xml_text(str(node)),
                                                "label": _xml_text(str(attrs.get("label", node)))})
        _gexf_values(element, attrs, node_columns)
    edges = ET.SubElement(graph, "edges", {"count": str(len(edge_rows))})
    for i, (u, v, attrs) in enumerate(edge_rows):
        fields = {"id": str(i), "source": _xml_text(str(u)), "target": _xml_text(str(v))}
        if "label" in attrs:
            fields["label"] = _xml_text(str(attrs["label"]))
        if isinstance(attrs.get("weight"), (int, float)) and not isinstance(attrs["weight"], bool):
            fields["weight"] = _number(attrs["weight"])
        element = ET.SubElement(edges, "edge", fields)
        _gexf_values(element, attrs, edge_columns)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def network_to_json(network: nx.MultiDiGraph) -> str:
    """Node-link JSON of a network (networkx's format, edges under "edges").

    network (nx.MultiDiGraph): a network from graph_to_network.
    RETURNS (str): the JSON document; ``nx.node_link_graph(json.loads(text),
        edges="edges")`` gives the network back.
    """
    data = nx.node_link_data(network, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n"


def network_to_csv(network: nx.MultiDiGraph) -> str:
    """CSV edge list of a network: a header row (CSV_COLUMNS), then one row per edge.

    ``docs`` holds the ids of the documents of the edge's evidence, joined by "; ".

    network (nx.MultiDiGraph): a network from graph_to_network.
    RETURNS (str): the CSV text.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for u, v, data in network.edges(data=True):
        docs = sorted({str(e.get("doc", "")) for e in data.get("evidence", []) if e.get("doc")})
        row = {
            "source": u, "target": v, "kind": data.get("kind"), "label": data.get("label"),
            "weight": data.get("weight", 1),
            "source_label": network.nodes[u].get("label"), "target_label": network.nodes[v].get("label"),
            "source_class": network.nodes[u].get("cls"), "target_class": network.nodes[v].get("cls"),
            "status": data.get("status"), "evidence_count": data.get("evidence_count", 0),
            "docs": "; ".join(docs),
        }
        writer.writerow(["" if row[c] is None else row[c] for c in CSV_COLUMNS])
    return buffer.getvalue()


def _scalars(data: dict[str, Any]) -> dict[str, Any]:
    """Attributes as XML-safe scalars, sorted by name: lists and dicts as JSON, no None."""
    out: dict[str, Any] = {}
    for key, value in sorted(data.items()):
        if value is None:
            continue
        if isinstance(value, (list, tuple, dict, set)):
            value = json.dumps(sorted(value) if isinstance(value, set) else value,
                               ensure_ascii=False, sort_keys=True, default=str)
        if isinstance(value, str):
            value = _xml_text(value)
        elif not isinstance(value, (bool, int, float)):
            value = _xml_text(str(value))
        out[str(key)] = value
    return out


def _xml_text(text: str) -> str:
    """Drop the characters XML 1.0 cannot carry (control characters, lone surrogates)."""
    return _NOT_XML.sub("", text)


def _number(value: int | float) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return "0"
    return repr(value) if isinstance(value, float) else str(value)


def _gexf_type(values: list[Any]) -> str:
    """The GEXF type of a column: boolean, integer, double or string."""
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "integer" if all(-2**31 <= v < 2**31 for v in values) else "long"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def _gexf_columns(graph: ET.Element, cls: str, rows: Iterable[dict[str, Any]],
                  skip: set[str]) -> dict[str, tuple[str, str]]:
    """Declare the attribute columns of nodes or edges; return name -> (id, type)."""
    values: dict[str, list[Any]] = {}
    for attrs in rows:
        for name, value in attrs.items():
            if name not in skip:
                values.setdefault(name, []).append(value)
    columns = {name: (str(i), _gexf_type(values[name])) for i, name in enumerate(sorted(values))}
    if columns:
        element = ET.SubElement(graph, "attributes", {"class": cls, "mode": "static"})
        for name, (column, kind) in columns.items():
            ET.SubElement(element, "attribute", {"id": column, "title": name, "type": kind})
    return columns


def _gexf_values(element: ET.Element, attrs: dict[str, Any], columns: dict[str, tuple[str, str]]) -> None:
    present = [(columns[name], value) for name, value in attrs.items() if name in columns]
    if not present:
        return
    values = ET.SubElement(element, "attvalues")
    for (column, kind), value in present:
        if kind == "boolean":
            text = "true" if value else "false"
        elif kind in ("integer", "long", "double"):
            text = _number(value)
        else:
            text = str(value).lower() if isinstance(value, bool) else str(value)
        ET.SubElement(values, "attvalue", {"for": column, "value": text})
