"""Oxigraph stores: loading, the merged default graph, and the same rows as rdflib."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from govgraph.cli import cli
from govgraph.errors import QueryError, StoreError
from govgraph.oxistore import load_files, load_nquads, memory_store, open_store, run_store_query
from govgraph.query import CONTRACT_QUERIES, QueryResult, find_queries_dir, format_result, read_query, run_query
from govgraph.store import load_graph

pytestmark = pytest.mark.issue(6)


def rows(result: QueryResult) -> Counter:
    """Rows as a multiset of string tuples."""
    return Counter(tuple(row[v] for v in result.variables) for row in result.rows)


@pytest.fixture(scope="module")
def stores(seed_build, tmp_path_factory: pytest.TempPathFactory):
    """The seed graphs in rdflib, in an in-memory store from the files, and in on-disk stores
    made by `govgraph load` (the N-Quads) and by `govgraph build --store`."""
    _, folder = seed_build
    base = tmp_path_factory.mktemp("stores")
    runner = CliRunner()
    loaded = runner.invoke(cli, ["load", str(folder / "govgraph.nq"), "--store", str(base / "loaded")], catch_exceptions=False)
    assert loaded.exit_code == 0, loaded.output
    built = runner.invoke(cli, ["build", str(Path(__file__).resolve().parent.parent / "corpus"), "--store", str(base / "built")], catch_exceptions=False)
    assert built.exit_code == 0, built.output
    assert "loaded into the Oxigraph store" in built.stderr and "wrote" not in built.stderr
    return {
        "rdflib": load_graph(folder),
        "files": memory_store(folder),
        "loaded": open_store(base / "loaded", create=False),
        "built": open_store(base / "built", create=False),
    }


@pytest.mark.parametrize("path", sorted(find_queries_dir().glob("*.rq")), ids=lambda p: p.stem)
def test_every_engine_gives_the_same_rows_in_the_same_order(stores, path: Path) -> None:
    source, text = read_query(path)
    expected = run_query(stores["rdflib"], text, source=source).rows
    assert expected or path.stem not in CONTRACT_QUERIES
    for engine in ("files", "loaded", "built"):
        assert run_store_query(stores[engine], text, source=source).rows == expected, engine


def test_an_order_by_a_variable_not_returned_is_left_to_the_engine(stores) -> None:
    text = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT DISTINCT ?name WHERE { ?actor rdfs:label ?name ; <https://w3id.org/govgraph/ontology#mentionedIn> [] } ORDER BY DESC(?actor)"""
    expected = run_query(stores["rdflib"], text).rows
    assert len(expected) > 10 and expected != tuple(sorted(expected, key=lambda row: row["name"], reverse=True))
    assert run_store_query(stores["loaded"], text).rows == expected


def test_json_and_csv_are_formatted_alike(stores) -> None:
    _, text = read_query("roles")
    rdflib_result = run_query(stores["rdflib"], text)
    oxigraph_result = run_store_query(stores["files"], text)
    assert format_result(oxigraph_result, "csv") == format_result(rdflib_result, "csv")  # ORDER BY: same order
    assert json.loads(format_result(oxigraph_result, "json")) == json.loads(format_result(rdflib_result, "json"))


def test_a_fact_in_two_documents_gives_one_row(tmp_path: Path) -> None:
    triple = '<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "A"'
    for name in ("one", "two"):
        (tmp_path / f"{name}.nq").write_text(f"{triple} <https://example.org/{name}> .\n", encoding="utf-8")
    store = open_store(tmp_path / "store")
    assert load_files(store, [tmp_path / "one.nq", tmp_path / "two.nq"]) == 2
    result = run_store_query(store, "SELECT ?label WHERE { ?s ?p ?label }")
    assert [row["label"] for row in result.rows] == ["A"]  # Oxigraph's union graph would give two
    named = run_store_query(store, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [row["g"] for row in named.rows] == ["https://example.org/one", "https://example.org/two"]


def test_building_a_document_again_replaces_its_graph(tmp_path: Path) -> None:
    graph = "<https://example.org/doc>"
    store = open_store(tmp_path / "store")
    for value in ("old", "new"):
        path = tmp_path / f"{value}.nq"
        path.write_text(f'<https://example.org/a> <https://example.org/p> "{value}" {graph} .\n', encoding="utf-8")
        load_nquads(store, path, replace=["https://example.org/doc"])
    assert [row["o"] for row in run_store_query(store, "SELECT ?o WHERE { ?s ?p ?o }").rows] == ["new"]
    union = run_store_query(store, "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert [row["o"] for row in union.rows] == ["new"]


def test_cli_query_on_a_store_and_with_each_engine(stores, seed_build, tmp_path: Path) -> None:
    _, folder = seed_build
    runner = CliRunner()
    store = tmp_path / "store"
    assert runner.invoke(cli, ["load", str(folder), "--store", str(store)], catch_exceptions=False).exit_code == 0
    outputs = []
    for options in (["--store", str(store)], ["--graph", str(folder), "--engine", "oxigraph"], ["--graph", str(folder), "--engine", "rdflib"], ["--graph", str(folder)]):
        result = runner.invoke(cli, ["query", "statements", "--format", "csv", *options], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    assert len(set(outputs)) == 1 and outputs[0].startswith("statement,speaker,speakerName,content,doc\n")


def test_remote_access_is_refused_as_with_rdflib(stores, tmp_path: Path) -> None:
    query = tmp_path / "remote.rq"
    query.write_text("SELECT * WHERE { SERVICE <https://example.org/sparql> { ?s ?p ?o } }", encoding="utf-8")
    with pytest.raises(QueryError, match="refuses to reach the network"):
        run_store_query(stores["built"], query.read_text())
    runner = CliRunner()
    messages = {runner.invoke(cli, ["query", str(query), *options]).output for options in (["--engine", "rdflib"], ["--engine", "oxigraph"])}
    assert len(messages) == 1 and messages.pop().startswith(f"Error: {query}: refuses to reach the network (SERVICE)")


def test_bad_input_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no Oxigraph store in this folder"):
        open_store(tmp_path / "nothing", create=False)
    (tmp_path / "graphs").mkdir()
    (tmp_path / "graphs" / "govgraph.ttl").write_text("", encoding="utf-8")
    with pytest.raises(StoreError, match="graphs: not an Oxigraph store, and the folder holds other files"):
        open_store(tmp_path / "graphs")
    (tmp_path / "bad.nq").write_text("not rdf\n", encoding="utf-8")
    with pytest.raises(StoreError, match="bad.nq: not valid nquads"):
        load_files(open_store(tmp_path / "store"), [tmp_path / "bad.nq"])
    with pytest.raises(QueryError, match="not valid SPARQL"):
        run_store_query(memory_store([]), "SELECT ?x WHERE { ?x ")
    result = CliRunner().invoke(cli, ["query", "roles", "--store", str(tmp_path / "nothing")])
    assert result.exit_code == 1 and result.output.startswith(f"Error: {tmp_path / 'nothing'}: no Oxigraph store in this folder;")
