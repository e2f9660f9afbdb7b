"""Records to triples: deterministic IRIs and provenance, tested with hand-built records."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic
from rdflib import BNode
from rdflib import namespace as rdfns
from rdflib.namespace import ORG, RDF, RDFS, SKOS

from govgraph.mapping import (
    actor_iri,
    actor_triples,
    commitment_triples,
    document_triples,
    mint_iri,
    records_to_graph,
    role_triples,
    slug,
    statement_triples,
)
from govgraph.namespace import GG, ID, NIF, VOCAB
from govgraph.records import Actor, ActorRef, Commitment, DocumentInfo, DocumentRecords, Evidence, Role, Statement

pytestmark = pytest.mark.issue(2)

ANA = ActorRef("Person", "Ana Ruiz")
FREEDONIA = ActorRef("Country", "Freedonia")
SYLVANIA = ActorRef("Country", "Sylvania")
EVIDENCE = Evidence("news/a.txt", "Freedonian Foreign Minister Ana Ruiz said both sides will talk.", 10, 72)


@pytest.mark.parametrize(
    "text, expected",
    [("Tamás Sulyok", "tamas-sulyok"), ("  U.S. ", "u-s"), ("news/a.txt", "news-a-txt"), ("Jean-Pierre Raffarin", "jean-pierre-raffarin")],
)
def test_slug_is_ascii_and_stable(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_names_without_latin_letters_get_distinct_hashes() -> None:
    assert slug("习近平") != slug("李强")
    assert slug("习近平") == slug("习近平")
    assert slug("习近平").isascii()


def test_iris_are_deterministic() -> None:
    assert mint_iri("person", "Ana Ruiz") == URIRef(ID + "person/ana-ruiz")
    assert actor_iri(FREEDONIA) == URIRef(ID + "country/freedonia")


def test_actor_triples_assert_category_kind_codes_and_mention() -> None:
    actor = Actor(ActorRef("Organization", "World Health Organization"), "a.txt", kind="InternationalOrganization", aliases=("WHO",), wikidata="Q7817")
    triples = set(actor_triples(actor))
    node = actor_iri(actor.ref)
    assert (node, RDF.type, GG.Organization) in triples
    assert (node, RDF.type, GG.InternationalOrganization) in triples
    assert (node, RDFS.label, Literal("World Health Organization", lang="en")) in triples
    assert (node, SKOS.altLabel, Literal("WHO", lang="en")) in triples
    assert (node, SKOS.exactMatch, URIRef("http://www.wikidata.org/entity/Q7817")) in triples
    assert (node, GG.mentionedIn, mint_iri("document", "a.txt")) in triples


def test_role_triples_carry_office_status_and_evidence() -> None:
    role = Role(ANA, "former foreign minister", FREEDONIA, EVIDENCE, status="former")
    triples = set(role_triples(role))
    positions = {s for s, p, o in triples if o == GG.Position}
    assert len(positions) == 1
    position = positions.pop()
    assert (position, ORG.member, actor_iri(ANA)) in triples
    assert (position, ORG.organization, actor_iri(FREEDONIA)) in triples
    assert (position, ORG.role, mint_iri("role", "foreign minister")) in triples
    assert (position, GG.positionStatus, VOCAB["status/former"]) in triples
    evidence = mint_iri("evidence", "news/a.txt", "10-72")
    assert (position, GG.evidence, evidence) in triples
    assert (evidence, NIF.beginIndex, Literal(10, datatype=rdfns.XSD.nonNegativeInteger)) in triples
    assert (evidence, NIF.anchorOf, Literal(EVIDENCE.sentence, lang="en")) in triples


def test_commitment_has_one_party_triple_per_party_and_polarity() -> None:
    commitment = Commitment((FREEDONIA, SYLVANIA), "will", "talk", EVIDENCE, 60, 64, negated=True, deadline="by June")
    triples = set(commitment_triples(commitment))
    node = mint_iri("commitment", "news/a.txt", "60-64")
    assert {o for s, p, o in triples if p == GG.party} == {actor_iri(FREEDONIA), actor_iri(SYLVANIA)}
    assert (node, GG.modality, VOCAB["modality/will"]) in triples
    assert (node, GG.negated, Literal(True)) in triples
    assert (node, GG.deadline, Literal("by June", lang="en")) in triples


def test_statement_triples() -> None:
    statement = Statement(ANA, "both sides will talk", "reported", EVIDENCE, 50, 70, outlet=ActorRef("Organization", "Daily Wire"))
    triples = set(statement_triples(statement))
    node = mint_iri("statement", "news/a.txt", "50-70")
    assert (node, GG.speaker, actor_iri(ANA)) in triples
    assert (node, GG.speechMode, VOCAB["speech/reported"]) in triples
    assert (node, GG.outlet, mint_iri("organization", "Daily Wire")) in triples


@pytest.mark.parametrize("date, datatype", [("2024-05-07", rdfns.XSD.date), ("2024-05", rdfns.XSD.gYearMonth), ("2024", rdfns.XSD.gYear)])
def test_document_dates_are_typed(date: str, datatype: URIRef) -> None:
    triples = set(document_triples(DocumentInfo("a.txt", date=date)))
    assert (mint_iri("document", "a.txt"), URIRef("http://purl.org/dc/terms/date"), Literal(date, datatype=datatype)) in triples


def test_same_records_same_graph() -> None:
    records = DocumentRecords(
        DocumentInfo("news/a.txt", title="T"),
        actors=(Actor(ANA, "news/a.txt"), Actor(FREEDONIA, "news/a.txt", country_code="FR")),
        roles=(Role(ANA, "foreign minister", FREEDONIA, EVIDENCE),),
    )
    assert isomorphic(records_to_graph(records), records_to_graph(records))
    assert not any(isinstance(node, BNode) for node in records_to_graph(records).all_nodes())
