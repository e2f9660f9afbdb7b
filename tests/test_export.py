"""Tests of govgraph.export: each format, validity against the official GraphML and GEXF
schemas (tests/schemas/, see its README), and the ``govgraph export`` command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from lxml import etree
from rdflib import Graph, Literal
from rdflib.namespace import RDFS
from test_network import DOC, FRANCE, XI, make_graph

from govgraph.cli import cli
from govgraph.errors import InputError
from govgraph.export import CSV_COLUMNS, FORMATS, export_network, network_to_csv, network_to_gexf, network_to_graphml, network_to_json
from govgraph.network import graph_to_network

pytestmark = pytest.mark.issue(4)

SCHEMAS = Path(__file__).parent / "schemas"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://www.gexf.net/1.2}"
# A label with characters XML 1.0 cannot hold, and markup.
AWKWARD = "Vertical\x0btab & <b>bold</b> \u201cquotes\u201d"


class _LocalSchemas(etree.Resolver):
    """Serve the schemas' imports from tests/schemas/ instead of the network."""

    def resolve(self, url: str | None, pubid: str | None, context: Any) -> Any:
        if url and url.startswith("http://graphml.graphdrawing.org/xmlns/1.0/"):
            return self.resolve_filename(str(SCHEMAS / "graphml-1.0" / url.rsplit("/", 1)[-1]), context)
        return None


def load_schema(path: Path) -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_LocalSchemas())
    return etree.XMLSchema(etree.parse(str(path), parser))


@pytest.fixture(scope="module")
def graphml_schema() -> etree.XMLSchema:
    return load_schema(SCHEMAS / "graphml-1.0" / "graphml.xsd")


@pytest.fixture(scope="module")
def gexf_schema() -> etree.XMLSchema:
    return load_schema(SCHEMAS / "gexf-1.2" / "gexf.xsd")


def assert_valid(schema: etree.XMLSchema, text: str) -> etree._Element:
    document = etree.fromstring(text.encode("utf-8"))
    assert schema.validate(document), "\n".join(str(e) for e in schema.error_log)
    return document


@pytest.fixture(scope="module")
def network() -> nx.MultiDiGraph:
    g: Graph = make_graph()
    g.set((FRANCE, RDFS.label, Literal(AWKWARD, lang="en")))
    return graph_to_network(g)


@pytest.fixture(scope="module")
def seed_network(seed_build: Any) -> nx.MultiDiGraph:
    result, _ = seed_build
    return graph_to_network(result.merged)


# GraphML ------------------------------------------------------------------------------------


def test_graphml_is_valid_and_keeps_every_node_and_edge(network: nx.MultiDiGraph,
                                                         graphml_schema: etree.XMLSchema) -> None:
    text = network_to_graphml(network)
    document = assert_valid(graphml_schema, text)
    nodes = document.findall(f"{GRAPHML}graph/{GRAPHML}node")
    assert [n.get("id") for n in nodes] == [f"n{i}" for i in range(network.number_of_nodes())]
    back = nx.read_graphml(io.BytesIO(text.encode("utf-8")), force_multigraph=True)
    assert back.number_of_nodes() == network.number_of_nodes()
    assert back.number_of_edges() == network.number_of_edges()
    by_iri = {data["iri"]: data for _, data in back.nodes(data=True)}
    assert set(by_iri) == set(network.nodes)
    # lists become JSON strings; labels also become Cytoscape's "name"
    france = by_iri[str(FRANCE)]
    assert json.loads(france["evidence"]) == network.nodes[str(FRANCE)]["evidence"]
    assert france["label"] == france["name"] == AWKWARD.replace("\x0b", "")
    assert france["degree"] == network.nodes[str(FRANCE)]["degree"]
    keys = sorted(data["key"] for _, _, data in back.edges(data=True))
    assert keys == sorted(str(k) for _, _, k in network.edges(keys=True))


def test_seed_graphml_is_valid(seed_network: nx.MultiDiGraph, seed_build: Any,
                               graphml_schema: etree.XMLSchema) -> None:
    assert_valid(graphml_schema, network_to_graphml(seed_network))
    _, folder = seed_build
    # the build's govgraph.graphml is the same converter's output
    assert (folder / "govgraph.graphml").read_text(encoding="utf-8") == network_to_graphml(seed_network)


# GEXF ---------------------------------------------------------------------------------------


def test_gexf_is_valid_with_iris_labels_and_typed_columns(network: nx.MultiDiGraph,
                                                           gexf_schema: etree.XMLSchema) -> None:
    document = assert_valid(gexf_schema, network_to_gexf(network))
    assert document.get("version") == "1.2"
    nodes = document.findall(f"{GEXF}graph/{GEXF}nodes/{GEXF}node")
    assert [n.get("id") for n in nodes] == list(network.nodes)
    labels = {n.get("id"): n.get("label") for n in nodes}
    assert labels[str(XI)] == "Xi Jinping" and labels[str(FRANCE)] == AWKWARD.replace("\x0b", "")
    edges = document.findall(f"{GEXF}graph/{GEXF}edges/{GEXF}edge")
    assert len(edges) == network.number_of_edges()
    assert {e.get("weight") for e in edges} == {"1", "3"}  # China and France share 3 commitments
    columns = {(a.getparent().get("class"), a.get("title")): a.get("type")
               for a in document.iter(f"{GEXF}attribute")}
    assert columns[("node", "degree")] == "integer"
    assert columns[("node", "betweenness")] == "double"
    assert columns[("node", "negated")] == "boolean"
    assert columns[("node", "evidence")] == "string"
    assert columns[("edge", "kind")] == "string"
    assert ("node", "label") not in columns and ("edge", "weight") not in columns


def test_seed_gexf_is_valid(seed_network: nx.MultiDiGraph, gexf_schema: etree.XMLSchema) -> None:
    document = assert_valid(gexf_schema, network_to_gexf(seed_network))
    assert len(document.findall(f"{GEXF}graph/{GEXF}nodes/{GEXF}node")) == seed_network.number_of_nodes()


# JSON and CSV -------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["hand-made", "seed"])
def test_json_node_link_round_trip(which: str, network: nx.MultiDiGraph,
                                   request: pytest.FixtureRequest) -> None:
    net = network if which == "hand-made" else request.getfixturevalue("seed_network")
    back = nx.node_link_graph(json.loads(network_to_json(net)), edges="edges")
    assert back.is_directed() and back.is_multigraph()
    assert list(back.nodes(data=True)) == list(net.nodes(data=True))
    assert list(back.edges(keys=True, data=True)) == list(net.edges(keys=True, data=True))
    assert back.graph == net.graph


def test_csv_has_a_header_and_one_row_per_edge(network: nx.MultiDiGraph) -> None:
    text = network_to_csv(network)
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == network.number_of_edges()
    role = next(r for r in rows if r["kind"] == "role")
    assert role["source_label"] == "Élisabeth Borne" and role["target_class"] == "Country"
    assert role["status"] == "former" and role["docs"] == "x.txt" and role["evidence_count"] == "1"
    mention = next(r for r in rows if r["kind"] == "mentioned_in")
    assert mention["target"] == str(DOC) and mention["status"] == ""


def test_exports_are_deterministic() -> None:
    first, second = graph_to_network(make_graph()), graph_to_network(make_graph())
    for fmt in FORMATS:
        assert export_network(first, fmt) == export_network(second, fmt)


def test_empty_network_exports(graphml_schema: etree.XMLSchema, gexf_schema: etree.XMLSchema) -> None:
    empty = graph_to_network(Graph())
    assert_valid(graphml_schema, network_to_graphml(empty))
    assert_valid(gexf_schema, network_to_gexf(empty))
    assert network_to_csv(empty) == ",".join(CSV_COLUMNS) + "\n"


def test_unknown_format_raises(network: nx.MultiDiGraph) -> None:
    with pytest.raises(InputError, match="unknown export format 'dot'; use one of graphml, gexf, json, csv"):
        export_network(network, "dot")


# The command --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_command_writes_each_format(fmt: str, seed_build: Any, seed_network: nx.MultiDiGraph,
                                           tmp_path: Path) -> None:
    _, folder = seed_build
    out = tmp_path / f"network.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--graph", str(folder), "--format", fmt, "--out", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.endswith(f"wrote {out}\n")
    assert out.read_text(encoding="utf-8") == export_network(seed_network, fmt)


def test_export_command_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = tmp_path / "missing"
    result = runner.invoke(cli, ["export", "--graph", str(missing), "--out", str(tmp_path / "x.csv")])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {missing}: no such graph file or folder; "
                             "build the graphs first with 'govgraph build' or name another path\n")
    assert runner.invoke(cli, ["export", "--format", "dot", "--out", "x"]).exit_code == 2
    assert runner.invoke(cli, ["export", "--graph", str(tmp_path)]).exit_code == 2  # --out is required
