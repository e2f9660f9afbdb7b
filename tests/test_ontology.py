"""ontology/govgraph.ttl and ontology/shapes.ttl: parse, documentation, reuse, concept schemes."""

from __future__ import annotations

import re
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS

from govgraph.validate import check_owl, load_ontology, load_shapes

GG = "https://w3id.org/govgraph/ontology#"
VOCAB = "https://w3id.org/govgraph/vocab/"
ONTOLOGY_IRI = URIRef("https://w3id.org/govgraph/ontology")

CLASSES = [
    "Actor", "Person", "Organization", "GovernmentBody", "InternationalOrganization",
    "AcademicInstitution", "ResearchInstitute", "MediaOrganization", "Company",
    "PoliticalParty", "Country", "Position", "Statement", "Commitment", "Document", "Event",
    "Evidence",
]  # fmt: skip
ORGANIZATION_KINDS = CLASSES[3:10]
SCHEMES = {
    "modality": [
        "commit", "agree", "pledge", "vow", "promise", "undertake", "reaffirm", "resolve",
        "decide", "intend", "will", "shall", "aim", "seek", "endorse", "support", "oppose", "refuse",
    ],
    "status": ["former", "acting", "incumbent"],
    "speech": ["direct", "reported", "interview"],
}  # fmt: skip
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def _gg_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(GG)}


def test_header(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert onto.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef(f"{ONTOLOGY_IRI}/0.1.0")
    assert onto.value(ONTOLOGY_IRI, DCTERMS.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.created):
        assert onto.value(ONTOLOGY_IRI, prop) is not None, prop
    assert not list(onto.objects(None, OWL.imports)), "the ontology must reason offline"


def test_classes_and_their_categories(onto: Graph) -> None:
    for name in CLASSES:
        assert (URIRef(GG + name), RDF.type, OWL.Class) in onto, name
    for name in ORGANIZATION_KINDS:
        assert (URIRef(GG + name), RDFS.subClassOf, URIRef(GG + "Organization")) in onto
    position = URIRef(GG + "Position")
    assert (position, RDFS.subClassOf, URIRef("http://www.w3.org/ns/org#Membership")) in onto


def test_disjointness(onto: Graph) -> None:
    groups = []
    for axiom in onto.subjects(RDF.type, OWL.AllDisjointClasses):
        members = onto.value(axiom, OWL.members)
        assert members is not None
        groups.append({str(m).removeprefix(GG) for m in onto.items(members)})
    assert any({"Person", "Organization"} <= group for group in groups)
    facts = {"Statement", "Commitment", "Position", "Document", "Evidence"}
    assert any({"Actor"} | facts <= group for group in groups)


def test_every_gg_term_has_label_and_definition(onto: Graph) -> None:
    terms = _gg_terms(onto)
    assert len(terms) > len(CLASSES)
    for term in sorted(terms):
        labels = [o for o in onto.objects(term, RDFS.label) if isinstance(o, Literal)]
        definitions = [o for o in onto.objects(term, SKOS.definition) if isinstance(o, Literal)]
        assert [label.language for label in labels] == ["en"], term
        assert [d.language for d in definitions] == ["en"], term
        # One definition only: it becomes the comment of the generated namespace class.
        assert not list(onto.objects(term, RDFS.comment)), term


def test_model_properties_are_declared_with_domain_and_range(onto: Graph, root: Path) -> None:
    model = (root / "docs" / "model.md").read_text(encoding="utf-8")
    used = set(re.findall(r"\bgg:([A-Za-z]+)", model))
    declared = {str(t).removeprefix(GG) for t in _gg_terms(onto)}
    assert used <= declared, used - declared
    for name in used - set(CLASSES):
        prop = URIRef(GG + name)
        kinds = set(onto.objects(prop, RDF.type)) & {OWL.ObjectProperty, OWL.DatatypeProperty}
        assert len(kinds) == 1, name
        assert onto.value(prop, RDFS.domain) is not None, name
        assert onto.value(prop, RDFS.range) is not None, name
    for name in ("modality", "positionStatus", "speechMode"):
        assert onto.value(URIRef(GG + name), RDFS.range) == SKOS.Concept


def test_external_terms_are_only_declared_and_reused(onto: Graph) -> None:
    ours = (GG, VOCAB, str(ONTOLOGY_IRI))
    for s, p, o in onto:
        # str(): rdflib's Identifier.startswith does not take a tuple.
        if isinstance(s, URIRef) and not str(s).startswith(ours):
            # Never a label, a definition, a domain or a superclass of someone else's term.
            assert p == RDF.type and o in DECLARATION_TYPES, (s, p, o)
    reused = set(onto.objects(None, RDFS.subClassOf)) | set(onto.objects(None, RDFS.subPropertyOf))
    for term in reused:
        if isinstance(term, URIRef) and not term.startswith(GG):
            assert set(onto.objects(term, RDF.type)) & DECLARATION_TYPES, f"{term} undeclared"


def test_no_iri_has_two_property_types(onto: Graph) -> None:
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    for term in set(onto.subjects(RDF.type, None)):
        assert len(set(onto.objects(term, RDF.type)) & set(kinds)) <= 1, term


@pytest.mark.parametrize("scheme_name", sorted(SCHEMES))
def test_concept_schemes_are_complete(onto: Graph, scheme_name: str) -> None:
    scheme = URIRef(f"{VOCAB}{scheme_name}/")
    assert (scheme, RDF.type, SKOS.ConceptScheme) in onto
    assert onto.value(scheme, SKOS.definition) is not None
    expected = {URIRef(f"{scheme}{name}") for name in SCHEMES[scheme_name]}
    assert set(onto.subjects(SKOS.inScheme, scheme)) == expected
    assert set(onto.objects(scheme, SKOS.hasTopConcept)) == expected
    for concept in expected:
        assert (concept, RDF.type, SKOS.Concept) in onto
        assert [str(x) for x in onto.objects(concept, SKOS.prefLabel)] == [
            concept.removeprefix(str(scheme))
        ]
        assert onto.value(concept, SKOS.definition) is not None, concept
        assert (concept, SKOS.topConceptOf, scheme) in onto
    assert (SKOS.Concept, RDF.type, OWL.Class) in onto


@pytest.mark.parametrize(
    ("path", "scheme_name"),
    [("modality", "modality"), ("positionStatus", "status"), ("speechMode", "speech")],
)
def test_shapes_value_lists_match_the_concept_schemes(
    onto: Graph, shapes: Graph, path: str, scheme_name: str
) -> None:
    shape = shapes.value(predicate=SH.path, object=URIRef(GG + path))
    assert shape is not None
    values = shapes.value(shape, SH["in"])
    assert values is not None
    allowed = set(shapes.items(values))
    assert allowed == set(onto.subjects(SKOS.inScheme, URIRef(f"{VOCAB}{scheme_name}/")))


def test_shapes_target_the_asserted_classes(shapes: Graph) -> None:
    targets = {str(t).removeprefix(GG) for t in shapes.objects(None, SH.targetClass)}
    assert {"Person", "Organization", "Country", "Position", "Statement", "Commitment",
            "Evidence", "Document"} <= targets  # fmt: skip
    assert not list(shapes.objects(None, OWL.imports))


def test_shapes_are_valid_shacl(shapes: Graph) -> None:
    """pySHACL checks the shapes graph itself against the SHACL-SHACL shapes first."""
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


def test_ontology_alone_is_consistent_and_coherent(onto: Graph) -> None:
    consistent, text = check_owl(Graph(), onto)
    assert consistent, text
    assert "consistent" in text
