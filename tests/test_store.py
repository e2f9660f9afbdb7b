"""Graph files: what a build writes (Turtle, TriG, N-Quads, JSON-LD), how, and how they are read."""

from __future__ import annotations

import http.server
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import local_http_server
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic
from rdflib.namespace import DCTERMS, RDF

from govgraph.errors import StoreError
from govgraph.mapping import document_iri
from govgraph.namespace import ONTOLOGY_PATH, PREFIXES, new_dataset, new_graph
from govgraph.store import (
    DATASET_NQUADS,
    DATASET_TRIG,
    MERGED_JSONLD,
    MERGED_TURTLE,
    ONTOLOGY_GRAPH,
    dataset_to_trig,
    graph_to_jsonld,
    load_dataset,
    load_graph,
    read_ontology_graph,
    render_graph_files,
    write_texts,
)

pytestmark = pytest.mark.issue(5)

# RFC 3987 in short: a scheme, then no space, no control character and none of <>"{}|\^`
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`\x00-\x1f\x7f]+$")
# BCP 47, normalised to lower case
LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{1,8})*$")
# rdflib's XSD namespace object stays out of module scope: pytest probes module attributes and XSD warns.
_XSD = "http://www.w3.org/2001/XMLSchema#"
DATE_TYPES = {URIRef(_XSD + "date"): r"\d{4}-\d{2}-\d{2}", URIRef(_XSD + "gYearMonth"): r"\d{4}-\d{2}", URIRef(_XSD + "gYear"): r"\d{4}"}


def _dataset(path: Path) -> Dataset:
    dataset = Dataset()
    dataset.parse(path, format="trig" if path.suffix == ".trig" else "nquads")
    return dataset


def _named(dataset: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


def _print_diff(expected: Graph, actual: Graph) -> None:
    _, only_expected, only_actual = graph_diff(expected, actual)
    print("only expected:", only_expected.serialize(format="nt")[:2000])
    print("only actual:", only_actual.serialize(format="nt")[:2000])


def test_build_writes_the_four_rdf_files(two_document_build) -> None:
    _, folder = two_document_build
    for name in (MERGED_TURTLE, DATASET_TRIG, DATASET_NQUADS, MERGED_JSONLD):
        assert (folder / name).stat().st_size > 0
    assert not list(folder.glob(".*.tmp")), "no temporary file is left behind"


@pytest.mark.parametrize("name", [DATASET_TRIG, DATASET_NQUADS])
def test_one_named_graph_per_document_and_one_for_the_ontology(two_document_build, name: str) -> None:
    result, folder = two_document_build
    graphs = _named(_dataset(folder / name))
    documents = {str(document_iri(r.document.doc_id)) for r in result.records}
    assert documents == {str(document_iri("china_france_ai_governance.txt")), str(document_iri("news/nordic.txt"))}
    assert set(graphs) == documents | {str(ONTOLOGY_GRAPH)}
    for iri in documents:
        assert (URIRef(iri), RDF.type, URIRef("https://w3id.org/govgraph/ontology#Document")) in graphs[iri]
        assert isomorphic(graphs[iri], result.dataset.graph(URIRef(iri)))
    ontology = Graph().parse(ONTOLOGY_PATH / "govgraph.ttl")
    assert isomorphic(graphs[str(ONTOLOGY_GRAPH)], ontology)


def test_merged_turtle_is_the_union_of_the_document_graphs(two_document_build) -> None:
    result, folder = two_document_build
    merged = Graph().parse(folder / MERGED_TURTLE)
    union = Graph()
    for iri, graph in _named(_dataset(folder / DATASET_NQUADS)).items():
        if iri != str(ONTOLOGY_GRAPH):
            union += graph
    assert isomorphic(merged, union)
    assert len(merged) == len(result.merged)


def test_jsonld_is_the_merged_graph_with_an_inline_context(two_document_build) -> None:
    _, folder = two_document_build
    document = json.loads((folder / MERGED_JSONLD).read_text(encoding="utf-8"))
    assert document["@context"] == {prefix: str(iri) for prefix, iri in PREFIXES.items()}
    nodes = document["@graph"]
    assert [n["@id"] for n in nodes] == sorted(n["@id"] for n in nodes)
    assert all(n["@id"].startswith("ggid:") for n in nodes), "subjects are compacted with the prefixes"
    merged = Graph().parse(folder / MERGED_TURTLE)
    parsed = Graph().parse(folder / MERGED_JSONLD, format="json-ld")
    if not isomorphic(merged, parsed):
        _print_diff(merged, parsed)
        pytest.fail("govgraph.jsonld and govgraph.ttl differ")


def test_facts_have_absolute_iris_typed_literals_and_lowercase_language_tags(two_document_build) -> None:
    _, folder = two_document_build
    languages = set()
    dates = 0
    for iri, graph in _named(_dataset(folder / DATASET_NQUADS)).items():
        assert ABSOLUTE_IRI.match(iri)
        for triple in graph:
            for term in triple:
                if isinstance(term, URIRef):
                    assert ABSOLUTE_IRI.match(str(term)), term
                elif isinstance(term, Literal) and term.language:
                    languages.add(term.language)
            if iri == str(ONTOLOGY_GRAPH):
                continue  # the ontology's OWL axioms (lists, restrictions) are blank nodes; facts never are
            assert not any(isinstance(term, BNode) for term in triple), triple
            subject, predicate, obj = triple
            if predicate == DCTERMS.date:
                assert isinstance(obj, Literal) and obj.datatype in DATE_TYPES
                assert re.fullmatch(DATE_TYPES[obj.datatype], str(obj)), obj
                dates += subject == URIRef(iri)
    assert dates == 2  # the documents' 2024-05-07 (xsd:date) and 2024-05 (xsd:gYearMonth)
    assert "en-gb" in languages
    assert all(LANGUAGE_TAG.match(tag) for tag in languages), languages


def test_trig_orders_graphs_by_iri_whatever_the_insertion_order() -> None:
    def dataset(order: list[str]) -> Dataset:
        data = new_dataset()
        for name in order:
            data.graph(URIRef(f"https://w3id.org/govgraph/id/document/{name}")).add(
                (URIRef(f"https://w3id.org/govgraph/id/person/{name}"), RDF.type, URIRef("https://w3id.org/govgraph/ontology#Person"))
            )
        return data

    names = [f"doc-{i}" for i in range(12)]
    ontology = read_ontology_graph()
    first = dataset_to_trig(dataset(names), [ontology])
    assert first == dataset_to_trig(dataset(list(reversed(names))), [ontology])
    starts = [line.split()[0].strip("<>") for line in first.splitlines() if line.endswith("{")]
    assert starts == sorted(starts) and len(starts) == 13


def test_render_is_deterministic(two_document_build) -> None:
    result, folder = two_document_build
    rendered = render_graph_files(result.dataset, result.merged)
    for name, text in rendered.items():
        assert (folder / name).read_text(encoding="utf-8") == text, name


def test_ontology_blank_nodes_get_canonical_labels() -> None:
    first, second = read_ontology_graph(), read_ontology_graph()
    labels = {str(t) for triple in first for t in triple if isinstance(t, BNode)}
    assert labels and labels == {str(t) for triple in second for t in triple if isinstance(t, BNode)}


def test_jsonld_writer_keeps_types_languages_and_never_makes_a_scheme() -> None:
    graph = new_graph()
    node = URIRef("https://w3id.org/govgraph/id/person/x")
    graph.add((node, RDF.type, URIRef("https://w3id.org/govgraph/ontology#Person")))
    graph.add((node, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("X", lang="en-gb")))
    graph.add((node, URIRef("http://purl.org/dc/terms/date"), Literal("2024", datatype=URIRef(_XSD + "gYear"))))
    graph.add((node, URIRef("http://purl.org/dc/terms/identifier"), Literal("plain")))
    graph.add((node, URIRef("http://www.w3.org/2004/02/skos/core#exactMatch"), URIRef("https://w3id.org/govgraph/id///odd")))
    text = graph_to_jsonld(graph)
    assert '"ggid:/' not in text.replace('"ggid:person', "")  # "ggid://odd" would read as a scheme
    parsed = Graph().parse(data=text, format="json-ld")
    assert isomorphic(parsed, graph)


# Writing all or nothing ---------------------------------------------------------------------


def test_write_texts_is_all_or_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.ttl").write_text("old a", encoding="utf-8")
    (tmp_path / "c.nq").mkdir()  # a folder in the way of the last file
    with pytest.raises(StoreError, match=r"c\.nq: cannot write"):
        write_texts({tmp_path / "a.ttl": "new a", tmp_path / "b.trig": "new b", tmp_path / "c.nq": "new c"})
    assert (tmp_path / "a.ttl").read_text(encoding="utf-8") == "old a"
    assert not (tmp_path / "b.trig").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ttl", "c.nq"]


def test_write_texts_replaces_every_file(tmp_path: Path) -> None:
    (tmp_path / "a.ttl").write_text("old a", encoding="utf-8")
    written = write_texts({tmp_path / "a.ttl": "new a", tmp_path / "sub" / "b.trig": "new b"})
    assert written == [tmp_path / "a.ttl", tmp_path / "sub" / "b.trig"]
    assert (tmp_path / "a.ttl").read_text(encoding="utf-8") == "new a"
    assert (tmp_path / "sub" / "b.trig").read_text(encoding="utf-8") == "new b"


# Reading ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [MERGED_TURTLE, DATASET_TRIG, DATASET_NQUADS, MERGED_JSONLD])
def test_load_graph_reads_every_output(two_document_build, name: str) -> None:
    result, folder = two_document_build
    graph = load_graph(folder / name)
    ontology_triples = 0 if name in (MERGED_TURTLE, MERGED_JSONLD) else len(read_ontology_graph())
    assert len(graph) == len(result.merged) + ontology_triples


def test_load_dataset_of_a_build_folder(two_document_build) -> None:
    result, folder = two_document_build
    dataset = load_dataset(folder)
    assert len(_named(dataset)) == len(result.records) + 1
    with pytest.raises(StoreError, match="turtle has no named graphs"):
        load_dataset(folder / MERGED_TURTLE)


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Serves a JSON-LD context and an XML entity, and records every request."""

    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        type(self).requests.append(self.path)
        body = b'{"@context": {"name": "http://xmlns.com/foaf/0.1/name"}}' if self.path.endswith(".jsonld") else b"fetched"
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[str]:
    """A local HTTP server that answers anything and remembers what was asked; yields its URL."""
    _Recorder.requests = []
    with local_http_server(_Recorder) as url:
        yield url


@pytest.mark.parametrize(
    "context",
    [
        "{url}/context.jsonld",
        ["{url}/context.jsonld", {"gg": "https://w3id.org/govgraph/ontology#"}],
        {"@import": "{url}/context.jsonld"},
        {"knows": {"@id": "http://xmlns.com/foaf/0.1/knows", "@context": "{url}/scoped.jsonld"}},
    ],
    ids=["string", "list", "import", "scoped"],
)
def test_jsonld_with_a_remote_context_is_refused_not_fetched(tmp_path: Path, recorder: str, context: object) -> None:
    text = json.dumps({"@context": context, "@id": "https://w3id.org/govgraph/id/person/x", "name": "X"}).replace("{url}", recorder)
    path = tmp_path / "remote.jsonld"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        load_graph(path)
    assert str(caught.value).startswith(f"{path}: JSON-LD @context '{recorder}/")
    assert "never fetches" in str(caught.value) and "inline" in str(caught.value)
    assert _Recorder.requests == []


def test_rdfxml_external_entities_are_not_fetched(tmp_path: Path, recorder: str) -> None:
    path = tmp_path / "entity.rdf"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY remote SYSTEM "{recorder}/entity.xml">]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">'
        '<rdf:Description rdf:about="https://w3id.org/govgraph/id/person/x"><rdfs:label>&remote;</rdfs:label></rdf:Description>'
        "</rdf:RDF>\n",
        encoding="utf-8",
    )
    try:
        graph = load_graph(path)
    except StoreError:
        graph = Graph()
    assert "fetched" not in {str(o) for o in graph.objects()}
    assert _Recorder.requests == []


def test_corrupt_jsonld_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonld"
    path.write_text('{"@context": {"gg": "https://w3id.org/govgraph/ontology#"}, "@graph": [', encoding="utf-8")
    with pytest.raises(StoreError, match=r"broken\.jsonld: not valid json-ld"):
        load_graph(path)


def test_language_tags_are_lower_case_even_from_hand_made_records() -> None:
    from govgraph.mapping import document_triples
    from govgraph.records import DocumentInfo

    triples = list(document_triples(DocumentInfo(doc_id="a.txt", title="A", source=None, date=None, language="en-GB")))
    assert {o.language for _, _, o in triples if isinstance(o, Literal) and o.language} == {"en-gb"}
