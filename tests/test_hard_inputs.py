"""Hard inputs through the command line: one line "Error: <file>: ...; <what to do>", a
documented exit code, no traceback, and the previous graphs left byte for byte as they were.

The README's table "Hard inputs" lists the same cases.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from govgraph.cli import cli

pytestmark = pytest.mark.issue(5)

OLD_FILES = ("govgraph.ttl", "govgraph.trig", "govgraph.nq", "govgraph.jsonld", "govgraph.graphml", "govgraph.html")


@pytest.fixture
def fast_nlp(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    """`govgraph build` uses the session's pipeline instead of loading its own."""
    import govgraph.build

    monkeypatch.setattr(govgraph.build, "build_nlp", lambda model=None: nlp)


@pytest.fixture
def previous(seed_build, tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A graphs folder holding a previous build, and its files' bytes."""
    _, folder = seed_build
    out = tmp_path / "graphs"
    out.mkdir()
    for name in OLD_FILES:
        (out / name).write_bytes((folder / name).read_bytes())
    return out, {name: (out / name).read_bytes() for name in OLD_FILES}


def _assert_one_line_error(result: Result, prefix: str, exit_code: int = 1) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == exit_code, result.output
    assert result.stdout == ""
    assert "Traceback" not in result.output
    assert result.stderr.startswith(f"Error: {prefix}"), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "; " in result.stderr, "the message says what to do"


def _unchanged(out: Path, before: dict[str, bytes]) -> None:
    assert {name: (out / name).read_bytes() for name in OLD_FILES} == before
    assert sorted(p.name for p in out.iterdir()) == sorted(OLD_FILES), "no temporary file is left behind"


# Corpus inputs: each is "x.txt" (or a folder) under tmp_path/corpus ---------------------------

CORPUS_CASES: dict[str, tuple[Callable[[Path], Path], str, list[str]]] = {
    "empty file": (lambda d: _write(d / "x.txt", b""), "x.txt: no text to read; the file is empty", []),
    "only a header": (lambda d: _write(d / "x.txt", b"title: T\n---\n\n"), "x.txt: no text to read", []),
    "binary": (lambda d: _write(d / "x.txt", b"PK\x03\x04\x00\x00binary"), "x.txt: binary file (NUL byte at 4); give a UTF-8 text file", []),
    "not UTF-8": (lambda d: _write(d / "x.txt", "Caf\u00e9 talks".encode("latin-1")), "x.txt: not UTF-8 (byte 0xe9 at 3); re-save the file as UTF-8", []),
    "oversize": (lambda d: _write(d / "x.txt", b"Peru and Chile met. " * 10), "x.txt: 200 bytes is over the limit of 100 bytes", ["--max-bytes", "100"]),
    "malformed header": (lambda d: _write(d / "x.txt", b"title: T\nthis is no header line\n---\nText.\n"), "x.txt: malformed header at line 2", []),
    "unclosed header": (lambda d: _write(d / "x.txt", b"title: T\nsource: S\n"), "x.txt: header is not closed by a '---' line", []),
    "bad date": (lambda d: _write(d / "x.txt", b"date: 7 May 2024\n---\nText.\n"), "x.txt: header date '7 May 2024' is not ISO 8601", []),
    "bad language": (lambda d: _write(d / "x.txt", b"language: English!\n---\nText.\n"), "x.txt: header language 'English!' is not a language tag", []),
    "missing folder": (lambda d: d / "nowhere", "nowhere: no such file or folder; check the path", []),
    "folder without texts": (lambda d: _write(d / "notes.md", b"# notes") and d, ": no .txt files in this folder", []),
    "folder named x.txt": (lambda d: _mkdir(d / "x.txt"), "x.txt: no .txt files in this folder", []),
}


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


@pytest.mark.parametrize("case", list(CORPUS_CASES))
def test_bad_corpus_input(case: str, fast_nlp: None, previous, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make, expected, options = CORPUS_CASES[case]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    target = make(corpus)
    out, before = previous
    monkeypatch.chdir(corpus)
    result = CliRunner().invoke(cli, ["build", str(target.relative_to(corpus)) if target != corpus else ".", "--out", str(out), *options])
    _assert_one_line_error(result, "")
    assert expected in result.stderr, result.stderr
    _unchanged(out, before)


def test_unreadable_file(fast_nlp: None, previous, tmp_path: Path) -> None:
    path = _write(tmp_path / "x.txt", b"Peru and Chile met.")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop root from reading (a folder named x.txt is tested instead)")
        out, before = previous
        result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out)])
        _assert_one_line_error(result, f"{path}: cannot be read (Permission denied); check that it exists and is readable")
        _unchanged(out, before)
    finally:
        path.chmod(0o644)


def test_keep_going_builds_the_rest_and_exits_1(fast_nlp: None, previous, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write(corpus / "good.txt", b"Peru and Chile agreed to reopen the border.")
    _write(corpus / "bad.txt", b"\xff\xfe broken")
    _write(corpus / "empty.txt", b"")
    out, before = previous
    result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "--keep-going"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "bad.txt: not UTF-8" in result.stderr and "empty.txt: no text to read" in result.stderr
    assert result.stderr.endswith("Error: 2 document(s) could not be read (listed above); the others were built\n")
    assert (out / "govgraph.ttl").read_bytes() != before["govgraph.ttl"]
    assert b"good-txt" in (out / "govgraph.nq").read_bytes()


def test_a_folder_in_the_way_of_an_output_leaves_the_old_files(fast_nlp: None, previous, tmp_path: Path) -> None:
    out, before = previous
    (out / "govgraph.trig").unlink()
    (out / "govgraph.trig").mkdir()
    del before["govgraph.trig"]
    text = _write(tmp_path / "note.txt", b"Peru and Chile agreed to reopen the border.")
    result = CliRunner().invoke(cli, ["build", str(text), "--out", str(out)])
    _assert_one_line_error(result, f"{out / 'govgraph.trig'}: cannot write (")
    for name, data in before.items():
        assert (out / name).read_bytes() == data, name
    assert not list(out.glob(".*.tmp"))


def test_out_is_a_file(fast_nlp: None, tmp_path: Path) -> None:
    out = _write(tmp_path / "graphs", b"not a folder")
    text = _write(tmp_path / "note.txt", b"Peru and Chile agreed to reopen the border.")
    result = CliRunner().invoke(cli, ["build", str(text), "--out", str(out)])
    _assert_one_line_error(result, f"{out / 'govgraph.ttl'}: cannot write (")
    assert out.read_bytes() == b"not a folder"


def test_max_bytes_zero_is_a_usage_error(root: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(root / "corpus"), "--max-bytes", "0"])
    assert result.exit_code == 2


# Queries ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SELECT ?s WHERE { ?s ?p }", "not valid SPARQL ("),
        ("PREFIX gg: <https://w3id.org/govgraph/ontology#>\nSELECT * WHERE { ?s a gg:Person ", "not valid SPARQL ("),
        ("", "not valid SPARQL ("),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "refuses to reach the network (SERVICE); remove it, or pass --allow-remote"),
    ],
    ids=["syntax", "truncated", "empty", "service"],
)
def test_broken_query(seed_build, tmp_path: Path, text: str, expected: str) -> None:
    _, folder = seed_build
    path = tmp_path / "broken.rq"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["query", str(path), "--graph", str(folder)])
    _assert_one_line_error(result, f"{path}: {expected}")


def test_query_that_is_not_utf8(seed_build, tmp_path: Path) -> None:
    _, folder = seed_build
    path = _write(tmp_path / "latin.rq", "SELECT * WHERE { ?s ?p \"Caf\u00e9\" }".encode("latin-1"))
    result = CliRunner().invoke(cli, ["query", str(path), "--graph", str(folder)])
    _assert_one_line_error(result, f"{path}: cannot be read (")


def test_missing_query(seed_build) -> None:
    _, folder = seed_build
    result = CliRunner().invoke(cli, ["query", "nonesuch.rq", "--graph", str(folder)])
    _assert_one_line_error(result, "nonesuch.rq: no such query file; name a .rq file or one of: actors,")


# Corrupt graph files ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, rdf_format",
    [("govgraph.ttl", "turtle"), ("govgraph.trig", "trig"), ("govgraph.nq", "nquads"), ("govgraph.jsonld", "json-ld")],
)
@pytest.mark.parametrize("command", [["query", "roles"], ["validate"], ["push", "--endpoint", "http://127.0.0.1:9/store"]], ids=["query", "validate", "push"])
def test_truncated_graph_file(seed_build, tmp_path: Path, name: str, rdf_format: str, command: list[str]) -> None:
    _, folder = seed_build
    data = (folder / name).read_bytes()
    path = _write(tmp_path / name, data[: len(data) // 2 + 7])
    result = CliRunner().invoke(cli, [*command, "--graph", str(path)])
    if command[0] == "push" and rdf_format not in ("trig", "nquads"):
        _assert_one_line_error(result, f"{path}: {rdf_format} has no named graphs; name the build folder")
    else:
        _assert_one_line_error(result, f"{path}: not valid {rdf_format} (")
        assert result.stderr.endswith("; rebuild it with 'govgraph build' or fix the file\n")


def test_graph_folder_that_is_empty(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "roles", "--graph", str(tmp_path)])
    _assert_one_line_error(result, f"{tmp_path}: no RDF files (.ttl, .trig, .nq, .nt, .jsonld) in this folder; build the graphs first")


def test_graph_file_of_unknown_type(tmp_path: Path) -> None:
    path = _write(tmp_path / "graph.csv", b"a,b\n")
    result = CliRunner().invoke(cli, ["query", "roles", "--graph", str(path)])
    _assert_one_line_error(result, f"{path}: unknown graph file type '.csv'; use one of")


# A graph that parses but breaks the model -----------------------------------------------------

BROKEN_GRAPH = """
@prefix gg: <https://w3id.org/govgraph/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ggid: <https://w3id.org/govgraph/id/> .

<https://w3id.org/govgraph/id/position/x-txt/nobody/france/president> a gg:Position ;
    org:organization <https://w3id.org/govgraph/id/country/france> ;
    gg:title "president"@en .
<https://w3id.org/govgraph/id/country/france> a gg:Country ; rdfs:label "France"@en .
<https://w3id.org/govgraph/id/person/ana-ruiz> a gg:Person , gg:Organization ; rdfs:label "Ana Ruiz"@en .
"""


def test_validate_reports_a_broken_graph_with_exit_3(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text(BROKEN_GRAPH, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", "--graph", str(path)])
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    assert result.stderr == "Error: the graph is not valid (see above)\n"
    report = result.stdout
    assert "ggid:position/x-txt/nobody/france/president" in report and "org:member" in report
    assert "ggid:person/ana-ruiz is a gg:Person and a gg:Organization, which are disjoint" in report
