"""validate_graph on small hand-made graphs: SHACL with pySHACL, consistency with HermiT."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from govgraph.errors import OntologyError
from govgraph.namespace import ID, NIF, ONTOLOGY_PATH
from govgraph.validate import (
    ValidationReport,
    check_shacl,
    load_ontology,
    load_shapes,
    validate_graph,
)

PREFIXES = """
@prefix gg: <https://w3id.org/govgraph/ontology#> .
@prefix modality: <https://w3id.org/govgraph/vocab/modality/> .
@prefix status: <https://w3id.org/govgraph/vocab/status/> .
@prefix speech: <https://w3id.org/govgraph/vocab/speech/> .
@prefix document: <https://w3id.org/govgraph/id/document/> .
@prefix person: <https://w3id.org/govgraph/id/person/> .
@prefix country: <https://w3id.org/govgraph/id/country/> .
@prefix organization: <https://w3id.org/govgraph/id/organization/> .
@prefix position: <https://w3id.org/govgraph/id/position/> .
@prefix role: <https://w3id.org/govgraph/id/role/> .
@prefix statement: <https://w3id.org/govgraph/id/statement/> .
@prefix commitment: <https://w3id.org/govgraph/id/commitment/> .
@prefix evidence: <https://w3id.org/govgraph/id/evidence/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

# rdflib's XSD namespace object is not imported here: pytest probes every module attribute
# and XSD warns on unknown names.
NON_NEGATIVE_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")

ROLE_SENTENCE = "French President Emmanuel Macron welcomed Xi."
STATEMENT_SENTENCE = 'Zeng Yi told the Global Times that "the consensus reflects shared values".'
COMMITMENT_SENTENCE = "China and France are committed to taking effective measures."


def _evidence(sentence: str, begin: int) -> str:
    """Turtle for one gg:Evidence whose offsets select the sentence."""
    end = begin + len(sentence)
    quoted = sentence.replace('"', '\\"')
    return f"""
evidence:x-txt\\/{begin}-{end} a gg:Evidence ; nif:anchorOf "{quoted}"@en ;
    nif:beginIndex "{begin}"^^xsd:nonNegativeInteger ; nif:endIndex "{end}"^^xsd:nonNegativeInteger ;
    gg:sourceDocument document:x-txt .
"""


def _span(sentence: str, begin: int) -> str:
    return f"{begin}-{begin + len(sentence)}"


STATEMENT = f"""
statement:x-txt\\/{_span(STATEMENT_SENTENCE, 200)} a gg:Statement ;
    gg:speaker person:zeng-yi ;
    gg:content "the consensus reflects shared values"@en ;
    gg:speechMode speech:direct ;
    gg:outlet organization:global-times ;
    gg:sourceDocument document:x-txt ;
    gg:evidence evidence:x-txt\\/{_span(STATEMENT_SENTENCE, 200)} .
"""

VALID = (
    PREFIXES
    + f"""
document:x-txt a gg:Document ; dcterms:identifier "x.txt" ;
    dcterms:title "China, France release joint declaration on AI governance" ;
    dcterms:source "Global Times" ; dcterms:date "2024-05-07"^^xsd:date ; dcterms:language "en" .

person:emmanuel-macron a gg:Person ; rdfs:label "Emmanuel Macron"@en ; skos:altLabel "Macron"@en ;
    gg:mentionedIn document:x-txt .
person:zeng-yi a gg:Person ; rdfs:label "Zeng Yi"@en ; gg:mentionedIn document:x-txt .
country:china a gg:Country ; rdfs:label "China"@en ; gg:countryCode "CN" ;
    skos:exactMatch <http://www.wikidata.org/entity/Q148> ; gg:mentionedIn document:x-txt .
country:france a gg:Country ; rdfs:label "France"@en ; gg:countryCode "FR" ;
    gg:mentionedIn document:x-txt .
organization:global-times a gg:Organization , gg:MediaOrganization ; rdfs:label "Global Times"@en ;
    gg:mentionedIn document:x-txt .
organization:chinese-academy-of-sciences a gg:Organization , gg:ResearchInstitute ;
    rdfs:label "Chinese Academy of Sciences"@en ; org:subOrganizationOf country:china .

position:emmanuel-macron\\/france\\/president a gg:Position ;
    org:member person:emmanuel-macron ; org:organization country:france ;
    gg:title "President"@en ; org:role role:president ; gg:positionStatus status:incumbent ;
    gg:sourceDocument document:x-txt ; gg:evidence evidence:x-txt\\/{_span(ROLE_SENTENCE, 10)} .
role:president a org:Role ; rdfs:label "president"@en .

{STATEMENT}

commitment:x-txt\\/{_span(COMMITMENT_SENTENCE, 400)} a gg:Commitment ;
    gg:party country:china , country:france ;
    gg:modality modality:commit ; gg:action "taking effective measures"@en ; gg:negated false ;
    gg:sourceDocument document:x-txt ;
    gg:evidence evidence:x-txt\\/{_span(COMMITMENT_SENTENCE, 400)} .
"""
    + _evidence(ROLE_SENTENCE, 10)
    + _evidence(STATEMENT_SENTENCE, 200)
    + _evidence(COMMITMENT_SENTENCE, 400)
)


def _parse(turtle: str) -> Graph:
    return Graph().parse(data=turtle, format="turtle")


@pytest.fixture(scope="module")
def valid_graph() -> Graph:
    """A small graph that follows docs/model.md to the letter."""
    return _parse(VALID)


def test_valid_graph_passes_shacl_and_hermit(valid_graph: Graph) -> None:
    report = validate_graph(valid_graph)
    assert isinstance(report, ValidationReport)
    assert report.shacl_conforms, report.shacl_text
    assert report.owl_consistent, report.owl_text
    assert report.conforms
    # dcterms:date is an annotation, left out of reasoning rather than choking HermiT.
    assert "annotation triples" in report.owl_text
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.conforms = False  # type: ignore[misc]


def test_dataset_is_checked_as_the_union_of_its_graphs(valid_graph: Graph) -> None:
    dataset = Dataset()
    named = dataset.graph(ID["document/x-txt"])
    for triple in valid_graph:
        named.add(triple)
    report = validate_graph(dataset)
    assert report.conforms, report.text


def test_statement_without_speaker_fails_shacl_with_readable_message() -> None:
    without_speaker = VALID.replace("    gg:speaker person:zeng-yi ;\n", "")
    assert without_speaker != VALID
    report = validate_graph(_parse(without_speaker))
    assert not report.shacl_conforms
    assert not report.conforms
    statement = f"ggid:statement/x-txt/{_span(STATEMENT_SENTENCE, 200)}"
    lines = [line for line in report.shacl_text.splitlines() if statement in line]
    assert lines == [
        f"- {statement}  gg:speaker: a gg:Statement needs exactly one gg:speaker, "
        "a gg:Person, gg:Organization or gg:Country [sh:minCount]"
    ]
    assert report.shacl_text.startswith("SHACL: 1 result against the shapes:")
    # Open world: a missing speaker is no contradiction.
    assert report.owl_consistent, report.owl_text


def test_person_and_organization_at_once_is_inconsistent(valid_graph: Graph) -> None:
    data = Graph()
    for triple in valid_graph:
        data.add(triple)
    data.parse(
        data=PREFIXES + "person:zeng-yi a gg:Organization .",
        format="turtle",
    )
    report = validate_graph(data)
    assert not report.owl_consistent
    assert not report.conforms
    assert "INCONSISTENT" in report.owl_text
    assert (
        "ggid:person/zeng-yi is a gg:Person and a gg:Organization, which are disjoint"
        in report.owl_text
    )


def test_unsupported_datatype_is_left_out_of_reasoning(valid_graph: Graph) -> None:
    data = Graph()
    for triple in valid_graph:
        data.add(triple)
    commitment = f"commitment:x-txt\\/{_span(COMMITMENT_SENTENCE, 400)}"
    data.parse(
        data=PREFIXES + f'{commitment} gg:deadline "2030-01-01"^^xsd:date .', format="turtle"
    )
    report = validate_graph(data)
    assert report.owl_consistent, report.owl_text
    assert "1 literal of datatypes HermiT does not support (xsd:date)" in report.owl_text
    assert not report.shacl_conforms  # a deadline is text, as the document words it
    assert "gg:deadline" in report.shacl_text


def test_offsets_that_do_not_select_the_sentence_fail_shacl(valid_graph: Graph) -> None:
    data = Graph()
    for triple in valid_graph:
        data.add(triple)
    evidence = ID[f"evidence/x-txt/{_span(ROLE_SENTENCE, 10)}"]
    data.set((evidence, NIF.endIndex, Literal(12, datatype=NON_NEGATIVE_INTEGER)))
    conforms, text = check_shacl(data, load_ontology(), load_shapes())
    assert not conforms
    assert "the offsets do not select the sentence" in text


def test_missing_ontology_file_raises_ontology_error(tmp_path: Path) -> None:
    with pytest.raises(OntologyError) as raised:
        validate_graph(Graph(), ontology_dir=tmp_path)
    message = str(raised.value)
    assert str(tmp_path / "govgraph.ttl") in message
    assert "GOVGRAPH_ONTOLOGY_DIR" in message
    assert "\n" not in message


def test_unparsable_ontology_raises_ontology_error(tmp_path: Path) -> None:
    (tmp_path / "govgraph.ttl").write_text("@prefix gg: <x> .\ngg:A a ", encoding="utf-8")
    (tmp_path / "shapes.ttl").write_bytes((ONTOLOGY_PATH / "shapes.ttl").read_bytes())
    with pytest.raises(OntologyError, match="govgraph.ttl: ontology file does not parse"):
        validate_graph(Graph(), ontology_dir=tmp_path)


def test_unsatisfiable_class_is_reported(tmp_path: Path) -> None:
    ontology = (ONTOLOGY_PATH / "govgraph.ttl").read_text(encoding="utf-8")
    ontology += "\ngg:Centaur a owl:Class ; rdfs:subClassOf gg:Person , gg:Organization .\n"
    (tmp_path / "govgraph.ttl").write_text(ontology, encoding="utf-8")
    (tmp_path / "shapes.ttl").write_bytes((ONTOLOGY_PATH / "shapes.ttl").read_bytes())
    report = validate_graph(Graph(), ontology_dir=tmp_path)
    assert not report.owl_consistent
    assert "unsatisfiable" in report.owl_text
    assert "gg:Centaur" in report.owl_text
