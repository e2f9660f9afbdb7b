"""Tests of govgraph.network.graph_to_network on hand-made graphs that follow docs/model.md."""

from __future__ import annotations

import networkx as nx
import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib import namespace as ns
from rdflib.namespace import DCTERMS, ORG, RDF, RDFS, SKOS

from govgraph.network import EDGE_KINDS, NODE_CLASSES, graph_to_network

GG = Namespace("https://w3id.org/govgraph/ontology#")
GGV = Namespace("https://w3id.org/govgraph/vocab/")
ID = Namespace("https://w3id.org/govgraph/id/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

DOC = ID["document/x-txt"]
XI, MACRON, BORNE = ID["person/xi-jinping"], ID["person/emmanuel-macron"], ID["person/elisabeth-borne"]
CHINA, FRANCE, UN = ID["country/china"], ID["country/france"], ID["organization/united-nations"]
UNESCO = ID["organization/unesco"]
C1, C2, C3 = ID["commitment/x-txt/5-90"], ID["commitment/x-txt/100-160"], ID["commitment/x-txt/170-220"]
S1 = ID["statement/x-txt/300-380"]
P1 = ID["position/elisabeth-borne/france/former-prime-minister/former"]

SENTENCES = {
    (5, 90): "China and France agreed to strengthen AI governance.",
    (100, 160): "Both countries will cooperate on AI safety at the UN.",
    (170, 220): "China and France pledged a joint summit.",
    (300, 380): "Xi said that AI must serve humanity.",
    (10, 80): "Former prime minister Elisabeth Borne attended.",
}


def evidence(g: Graph, subject: URIRef, start: int, end: int) -> None:
    """Attach the evidence sentence at start-end of x.txt to subject."""
    ev = ID[f"evidence/x-txt/{start}-{end}"]
    g.add((subject, GG.evidence, ev))
    g.add((subject, GG.sourceDocument, DOC))
    g.add((ev, RDF.type, GG.Evidence))
    g.add((ev, NIF.anchorOf, Literal(SENTENCES[(start, end)], lang="en")))
    g.add((ev, NIF.beginIndex, Literal(start, datatype=ns.XSD.nonNegativeInteger)))
    g.add((ev, NIF.endIndex, Literal(end, datatype=ns.XSD.nonNegativeInteger)))
    g.add((ev, GG.sourceDocument, DOC))


def commitment(g: Graph, c: URIRef, parties: list[URIRef], action: str, modality: str,
               span: tuple[int, int]) -> None:
    g.add((c, RDF.type, GG.Commitment))
    for party in parties:
        g.add((c, GG.party, party))
    g.add((c, GG.modality, GGV[f"modality/{modality}"]))
    g.add((c, GG.action, Literal(action, lang="en")))
    g.add((c, GG.negated, Literal(False)))
    evidence(g, c, *span)


def make_graph() -> Graph:
    """A small graph: 3 people, 2 countries, 2 organisations, 3 commitments, 1 statement, 1 document."""
    g = Graph()
    g.add((DOC, RDF.type, GG.Document))
    g.add((DOC, DCTERMS.identifier, Literal("x.txt")))
    g.add((DOC, DCTERMS.title, Literal("China and France on AI")))
    for iri, cls, name in [(XI, GG.Person, "Xi Jinping"), (MACRON, GG.Person, "Emmanuel Macron"),
                           (BORNE, GG.Person, "Élisabeth Borne"), (CHINA, GG.Country, "China"),
                           (FRANCE, GG.Country, "France"), (UN, GG.Organization, "United Nations"),
                           (UNESCO, GG.Organization, "UNESCO")]:
        g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, Literal(name, lang="en")))
        g.add((iri, GG.mentionedIn, DOC))
    g.add((UN, RDF.type, GG.InternationalOrganization))
    g.add((UNESCO, ORG.subOrganizationOf, UN))
    g.add((GGV["modality/commit"], SKOS.prefLabel, Literal("commit", lang="en")))
    g.add((GGV["modality/pledge"], SKOS.prefLabel, Literal("pledge", lang="en")))
    g.add((GGV["status/former"], SKOS.prefLabel, Literal("former", lang="en")))
    # role
    g.add((P1, RDF.type, GG.Position))
    g.add((P1, ORG.member, BORNE))
    g.add((P1, ORG.organization, FRANCE))
    g.add((P1, GG.title, Literal("former prime minister", lang="en")))
    g.add((P1, ORG.role, ID["role/prime-minister"]))
    g.add((P1, GG.positionStatus, GGV["status/former"]))
    evidence(g, P1, 10, 80)
    # commitments: China and France share two, France and the UN one
    commitment(g, C1, [CHINA, FRANCE], "strengthen AI governance", "commit", (5, 90))
    commitment(g, C2, [CHINA, FRANCE, UN], "cooperate on AI safety", "commit", (100, 160))
    commitment(g, C3, [CHINA, FRANCE], "hold a joint summit", "pledge", (170, 220))
    # statement
    g.add((S1, RDF.type, GG.Statement))
    g.add((S1, GG.speaker, XI))
    g.add((S1, GG.content, Literal("AI must serve humanity", lang="en")))
    g.add((S1, GG.speechMode, GGV["speech/reported"]))
    evidence(g, S1, 300, 380)
    return g


@pytest.fixture
def network() -> nx.MultiDiGraph:
    return graph_to_network(make_graph())


def edges_of(net: nx.MultiDiGraph, kind: str) -> list[tuple[str, str, dict]]:
    return [(u, v, d) for u, v, d in net.edges(data=True) if d["kind"] == kind]


def test_nodes_have_classes_and_attributes(network: nx.MultiDiGraph) -> None:
    classes = {n: d["cls"] for n, d in network.nodes(data=True)}
    assert classes == {
        str(XI): "Person", str(MACRON): "Person", str(BORNE): "Person",
        str(CHINA): "Country", str(FRANCE): "Country",
        str(UN): "Organization", str(UNESCO): "Organization",
        str(C1): "Commitment", str(C2): "Commitment", str(C3): "Commitment",
        str(S1): "Statement", str(DOC): "Document",
    }
    assert set(classes.values()) == set(NODE_CLASSES)
    for n, d in network.nodes(data=True):
        assert d["iri"] == n
        assert isinstance(d["label"], str) and d["label"]
        assert d["evidence_count"] == len(d["evidence"])
        for ev in d["evidence"]:
            assert set(ev) == {"doc", "sentence", "start", "end"}
            assert isinstance(ev["start"], int) and isinstance(ev["end"], int)
    assert network.nodes[str(BORNE)]["label"] == "Élisabeth Borne"
    assert network.nodes[str(C1)]["modality"] == "commit"
    assert network.nodes[str(C3)]["modality"] == "pledge"
    assert network.nodes[str(C1)]["action"] == "strengthen AI governance"
    assert network.nodes[str(S1)]["content"] == "AI must serve humanity"
    assert network.nodes[str(DOC)]["title"] == "China and France on AI"
    assert network.nodes[str(C1)]["evidence"] == [
        {"doc": "x.txt", "sentence": SENTENCES[(5, 90)], "start": 5, "end": 90}]


def test_actor_evidence_gathers_the_facts_it_takes_part_in(network: nx.MultiDiGraph) -> None:
    france = network.nodes[str(FRANCE)]
    assert [(e["start"], e["end"]) for e in france["evidence"]] == [
        (5, 90), (10, 80), (100, 160), (170, 220)]
    assert france["docs"] == ["x.txt"]
    assert network.nodes[str(XI)]["evidence"][0]["sentence"] == SENTENCES[(300, 380)]
    assert network.nodes[str(MACRON)]["evidence"] == []
    roles = network.nodes[str(BORNE)]["roles"]
    assert roles == [{"title": "former prime minister", "status": "former", "holder": str(BORNE),
                      "organization": str(FRANCE), "position": str(P1)}]
    assert network.nodes[str(FRANCE)]["roles"] == roles


def test_edge_kinds(network: nx.MultiDiGraph) -> None:
    kinds = {d["kind"] for _, _, d in network.edges(data=True)}
    assert kinds == set(EDGE_KINDS)
    (role,) = edges_of(network, "role")
    assert role[:2] == (str(BORNE), str(FRANCE))
    assert role[2]["label"] == "former prime minister"
    assert role[2]["status"] == "former"
    assert role[2]["evidence"][0]["sentence"] == SENTENCES[(10, 80)]
    assert sorted((u, v) for u, v, _ in edges_of(network, "party")) == sorted(
        [(str(CHINA), str(c)) for c in (C1, C2, C3)] + [(str(FRANCE), str(c)) for c in (C1, C2, C3)]
        + [(str(UN), str(C2))])
    assert [(u, v) for u, v, _ in edges_of(network, "speaker")] == [(str(XI), str(S1))]
    assert [(u, v) for u, v, _ in edges_of(network, "sub_organization")] == [(str(UNESCO), str(UN))]
    mentioned = edges_of(network, "mentioned_in")
    assert len(mentioned) == 7 and all(v == str(DOC) for _, v, _ in mentioned)
    for _, _, d in network.edges(data=True):
        assert d["label"] and d["evidence_count"] == len(d["evidence"])


def test_co_commitment_weights(network: nx.MultiDiGraph) -> None:
    weights = {(u, v): d["weight"] for u, v, d in edges_of(network, "co_commitment")}
    # one edge per pair, from the smaller IRI to the larger
    assert weights == {(str(CHINA), str(FRANCE)): 3, (str(CHINA), str(UN)): 1,
                       (str(FRANCE), str(UN)): 1}
    data = network.get_edge_data(str(CHINA), str(FRANCE), key="co_commitment")
    assert data["commitments"] == sorted([str(C1), str(C2), str(C3)])
    assert data["evidence_count"] == 3


def test_metrics_present(network: nx.MultiDiGraph) -> None:
    for _, d in network.nodes(data=True):
        assert isinstance(d["degree"], int)
        assert 0.0 <= d["betweenness"] <= 1.0
        assert isinstance(d["community"], int) and d["community"] >= 0
    # France: China, UN, Borne, 3 commitments, the document
    assert network.nodes[str(FRANCE)]["degree"] == 7
    assert network.nodes[str(DOC)]["betweenness"] > network.nodes[str(C1)]["betweenness"]
    assert network.graph["betweenness"] == {"method": "exact"}


def test_sampled_betweenness_above_the_limit() -> None:
    net = graph_to_network(make_graph(), betweenness_exact_limit=5, betweenness_samples=4)
    assert net.graph["betweenness"]["method"] == "sampled"
    again = graph_to_network(make_graph(), betweenness_exact_limit=5, betweenness_samples=4)
    assert [d["betweenness"] for _, d in net.nodes(data=True)] == [
        d["betweenness"] for _, d in again.nodes(data=True)]


def test_deterministic() -> None:
    """The same triples, added in another order, give the same network, node and edge order included."""
    g = make_graph()
    shuffled = Graph()
    for triple in sorted(g, key=lambda t: tuple(str(x) for x in t), reverse=True):
        shuffled.add(triple)
    a, b = graph_to_network(g), graph_to_network(shuffled)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
    assert list(a.nodes) == sorted(a.nodes)
    assert [(u, v, str(k)) for u, v, k in a.edges(keys=True)] == sorted(
        (u, v, str(k)) for u, v, k in a.edges(keys=True))


def test_dataset_is_read_as_the_union_of_its_graphs() -> None:
    ds = Dataset()
    named = ds.graph(DOC)
    for triple in make_graph():
        named.add(triple)
    net = graph_to_network(ds)
    assert net.number_of_nodes() == 12
    assert list(net.nodes(data=True)) == list(graph_to_network(make_graph()).nodes(data=True))


def test_untyped_party_is_classified_by_its_iri() -> None:
    g = make_graph()
    g.remove((UN, RDF.type, GG.Organization))
    net = graph_to_network(g)
    assert net.nodes[str(UN)]["cls"] == "Organization"


def test_empty_graph() -> None:
    net = graph_to_network(Graph())
    assert net.number_of_nodes() == 0 and net.number_of_edges() == 0
