"""Queries: every shipped query runs on the seed graph; contract columns; formats; safety."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from govgraph.errors import QueryError
from rdflib import Graph

from govgraph.query import (
    CONTRACT_QUERIES,
    QueryResult,
    check_local,
    find_queries_dir,
    format_result,
    read_query,
    restrict_to_documents,
    run_query,
    sort_result,
    split_final_order,
)

pytestmark = pytest.mark.issue(2)

CONTRACT_COLUMNS = {
    "actors": ("actor", "name", "category", "doc"),
    "roles": ("person", "personName", "title", "organization", "organizationName", "doc"),
    "commitments": ("commitment", "party", "partyName", "modality", "action", "doc", "evidence"),
    "statements": ("statement", "speaker", "speakerName", "content", "doc"),
}


@pytest.mark.parametrize("path", sorted(find_queries_dir().glob("*.rq")), ids=lambda p: p.stem)
def test_every_query_runs_on_the_seed_graph(seed_build, path: Path) -> None:
    result, _ = seed_build
    source, text = read_query(path)
    rows = run_query(result.merged, text, source=source).rows
    assert rows or path.stem not in CONTRACT_QUERIES


@pytest.mark.parametrize("name", CONTRACT_QUERIES)
def test_contract_columns(seed_build, name: str) -> None:
    result, _ = seed_build
    source, text = read_query(name)
    assert run_query(result.merged, text, source=source).variables == CONTRACT_COLUMNS[name]


def test_actor_categories_and_docs(seed_build) -> None:
    result, _ = seed_build
    rows = run_query(result.merged, read_query("actors")[1]).rows
    assert {row["category"] for row in rows} == {"Person", "Country", "Organization"}
    assert {row["doc"] for row in rows} == {"china_france_ai_governance.txt"}
    keys = [(row["actor"], row["doc"]) for row in rows]
    assert len(keys) == len(set(keys)), "one row per actor per document"


def test_commitment_rows_are_one_per_party(seed_build) -> None:
    result, _ = seed_build
    rows = run_query(result.merged, read_query("commitments")[1]).rows
    by_commitment: dict[str, set[str]] = {}
    for row in rows:
        by_commitment.setdefault(row["commitment"], set()).add(row["partyName"])
        assert row["modality"] and row["evidence"] and row["action"]
    assert {"China", "France"} in by_commitment.values()


def test_csv_has_a_header_of_variable_names(seed_build) -> None:
    result, _ = seed_build
    text = format_result(run_query(result.merged, read_query("roles")[1]), "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == CONTRACT_COLUMNS["roles"]
    assert len(rows) > 1


def test_json_is_sparql_results_json(seed_build) -> None:
    result, _ = seed_build
    data = json.loads(format_result(run_query(result.merged, read_query("statements")[1]), "json"))
    assert data["head"]["vars"] == list(CONTRACT_COLUMNS["statements"])
    first = data["results"]["bindings"][0]
    assert first["statement"]["type"] == "uri" and first["content"]["xml:lang"] == "en"


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }",
        "SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }",
        "select * from named <https://example.org/g> where { graph ?g { ?s ?p ?o } }",
        "LOAD <http://example.org/data.ttl>",
    ],
)
def test_remote_access_is_refused(query: str) -> None:
    with pytest.raises(QueryError, match="refuses to reach the network"):
        check_local(query)


def test_words_inside_strings_and_comments_are_not_remote() -> None:
    check_local('# a SERVICE comment\nSELECT * WHERE { ?s ?p "LOAD <http://x>" }')


def test_broken_query_is_a_query_error(seed_build) -> None:
    result, _ = seed_build
    with pytest.raises(QueryError, match=r"^bad\.rq: not valid SPARQL"):
        run_query(result.merged, "SELECT ?x WHERE { ?x ", source="bad.rq")


def test_unknown_query_name_lists_the_shipped_ones() -> None:
    with pytest.raises(QueryError, match="no such query file; name a .rq file or one of: actors"):
        read_query("nonsense")


def test_every_fact_points_to_its_sentence_by_offsets(seed_build, seed_text: str) -> None:
    result, _ = seed_build
    rows = run_query(result.merged, read_query("evidence")[1]).rows
    assert rows
    for row in rows:
        assert seed_text[int(row["begin"]) : int(row["end"])] == row["sentence"]


@pytest.mark.parametrize(
    ("query", "keys"),
    [
        ("SELECT * { ?s ?p ?o } ORDER BY ?s DESC(?o)\n# a last comment\n", (("s", False), ("o", True))),
        ("SELECT * { ?s <http://example.org/p#q> ?o } order by asc( $o ) ?s  # why", (("o", False), ("s", False))),
        ("SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s ORDER BY DESC(?n)", (("n", True),)),
    ],
)
def test_a_final_order_by_of_variables_is_split_off(query: str, keys: tuple) -> None:
    unordered, found = split_final_order(query)
    assert tuple((key.variable, key.descending) for key in found) == keys
    assert "ORDER" not in unordered.upper() and unordered.rstrip().endswith(("}", "?s"))


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 3",  # the order chooses the rows
        "SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 1",
        "SELECT * { ?s ?p ?o } ORDER BY STR(?s)",  # an expression
        "SELECT * { { SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 1 } ?s ?q ?r }",  # a subquery's
        'SELECT * { ?s ?p "ORDER BY ?s" }',  # inside a string
        "SELECT * { ?s ?p ?o } # ORDER BY ?s",  # in a comment
        "SELECT * { ?s ?p ?o } ORDER BY ?s VALUES ?s { <http://example.org/a> }",
    ],
)
def test_other_orders_stay_in_the_query(query: str) -> None:
    assert split_final_order(query) == (query, ())


def test_sorted_rows_follow_rdflib_order() -> None:
    """Unbound, blank nodes, IRIs, literals; numbers by value; language strings; DESC."""
    graph = Graph()
    graph.parse(
        data="""@prefix ex: <http://example.org/> .
        ex:a ex:v 10 ; ex:w "b" .   ex:b ex:v 9 ; ex:w "a"@en .   ex:c ex:v 9.5 ; ex:w "a" .
        ex:d ex:v "x" .   ex:e ex:v ex:z .   _:n ex:v _:m .   ex:f ex:w "a" .""",
        format="turtle",
    )
    for order in ("?v ?s", "DESC(?v) ?s", "?w DESC(?s)"):
        text = f"SELECT ?s ?v ?w WHERE {{ ?s ?p [] OPTIONAL {{ ?s <http://example.org/v> ?v }} OPTIONAL {{ ?s <http://example.org/w> ?w }} }} ORDER BY {order}"
        expected = run_query(graph, text)
        unordered, keys = split_final_order(text)
        shuffled = run_query(graph, unordered)
        reversed_rows = QueryResult(shuffled.variables, shuffled.rows[::-1], shuffled.terms[::-1])
        for start in (shuffled, reversed_rows):
            assert sort_result(start, keys).rows == expected.rows, order


@pytest.mark.issue(6)
@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
@pytest.mark.parametrize("name", CONTRACT_QUERIES)
def test_doc_gives_that_documents_rows(two_document_build, engine: str, name: str) -> None:
    from click.testing import CliRunner

    from govgraph.cli import cli

    _, folder = two_document_build
    runner = CliRunner()

    def rows(*args: str) -> list[dict[str, str]]:
        result = runner.invoke(cli, ["query", name, "--graph", str(folder), "--engine", engine, "--format", "csv", *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return list(csv.DictReader(io.StringIO(result.output)))

    every = rows()
    docs = sorted({row["doc"] for row in every})
    assert len(docs) == 2
    for doc in docs:
        assert rows("--doc", doc) == [row for row in every if row["doc"] == doc]
    assert rows("--doc", docs[0], "--doc", docs[1]) == every
    assert rows("--doc", 'no such" } ?s ?p ?o {') == []  # an identifier is a string, never query text


def test_doc_needs_a_doc_column() -> None:
    with pytest.raises(QueryError, match="labels.rq: has no \\?doc variable"):
        restrict_to_documents("SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }", ["x"], "labels.rq")
