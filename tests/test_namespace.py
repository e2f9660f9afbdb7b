"""govgraph.namespace: GG in sync with the ontology, prefixes, and finding the ontology."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from govgraph import namespace
from govgraph.namespace import GG, ID, VOCAB, find_ontology_dir, new_dataset, new_graph

TERM_LINE = re.compile(r"^    (\w+): URIRef  # (.*)$", re.MULTILINE)
PREFIXES = {
    "gg", "ggv", "ggid", "org", "foaf", "prov", "schema", "skos", "dcterms", "nif", "oa",
    "owl", "xsd", "rdfs", "rdf",
}  # fmt: skip


def test_gg_is_in_sync_with_the_ontology(tmp_path: Path) -> None:
    """Regenerate GG with rdflib's own tool, as the module docstring says, and compare."""
    ontology = find_ontology_dir() / "govgraph.ttl"
    subprocess.run(
        [sys.executable, "-m", "rdflib.tools.defined_namespace_creator", "-f",
         str(ontology), str(GG._NS), "GG"],
        cwd=tmp_path, check=True, capture_output=True,
    )  # fmt: skip
    generated = (tmp_path / "_GG.py").read_text(encoding="utf-8")
    ours = inspect.getsource(GG)
    assert TERM_LINE.findall(ours) == TERM_LINE.findall(generated), (
        "GG is out of date: regenerate it (see the docstring of govgraph/namespace.py)"
    )
    assert "_fail = True" in ours and "_fail = True" in generated
    assert set(GG.__annotations__) == {name for name, _ in TERM_LINE.findall(generated)}


def test_gg_terms_and_typos() -> None:
    assert GG.Person == URIRef("https://w3id.org/govgraph/ontology#Person")
    assert GG.title == URIRef("https://w3id.org/govgraph/ontology#title")
    assert GG["speaker"] == URIRef("https://w3id.org/govgraph/ontology#speaker")
    with pytest.raises(AttributeError):
        GG.typo  # noqa: B018
    with pytest.raises(AttributeError):
        GG.holdPost  # noqa: B018


def test_instance_and_vocab_namespaces() -> None:
    assert VOCAB["modality/commit"] == URIRef("https://w3id.org/govgraph/vocab/modality/commit")
    assert ID["person/xi-jinping"] == URIRef("https://w3id.org/govgraph/id/person/xi-jinping")


def test_new_graph_binds_exactly_the_govgraph_prefixes() -> None:
    graph = new_graph("https://w3id.org/govgraph/id/document/x-txt")
    assert graph.identifier == URIRef("https://w3id.org/govgraph/id/document/x-txt")
    bound = {prefix: str(ns) for prefix, ns in graph.namespaces()}
    assert set(bound) - {"xml"} == PREFIXES
    assert bound["schema"] == "https://schema.org/"
    assert bound["nif"] == "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    graph.add((ID["person/xi-jinping"], namespace.RDF.type, GG.Person))
    graph.add((ID["person/xi-jinping"], namespace.SDO.name, Literal("Xi Jinping")))
    turtle = graph.serialize(format="turtle")
    assert "@prefix gg: <https://w3id.org/govgraph/ontology#> ." in turtle
    assert "@prefix schema: <https://schema.org/> ." in turtle
    assert "gg:Person" in turtle


# rdflib's own TriG serializer still calls its deprecated Dataset.contexts.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_new_dataset_named_graphs_share_the_prefixes() -> None:
    dataset = new_dataset()
    assert {prefix for prefix, _ in dataset.namespaces()} - {"xml"} == PREFIXES
    named = dataset.graph(ID["document/x-txt"])
    named.add((ID["person/xi-jinping"], namespace.RDF.type, GG.Person))
    assert {prefix for prefix, _ in named.namespaces()} - {"xml"} == PREFIXES
    assert "gg:Person" in dataset.serialize(format="trig")


def test_ontology_folder_holds_both_files() -> None:
    folder = namespace.ONTOLOGY_PATH
    assert (folder / "govgraph.ttl").is_file()
    assert (folder / "shapes.ttl").is_file()


def test_environment_overrides_the_ontology_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVGRAPH_ONTOLOGY_DIR", str(tmp_path))
    assert find_ontology_dir() == tmp_path
    monkeypatch.delenv("GOVGRAPH_ONTOLOGY_DIR")
    assert find_ontology_dir() == Path(namespace.__file__).resolve().parents[2] / "ontology"
