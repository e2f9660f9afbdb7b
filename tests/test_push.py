"""`govgraph push`: the Graph Store Protocol against a real Oxigraph server and a stub server."""

from __future__ import annotations

import base64
import http.server
import json
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import local_http_server
from click.testing import CliRunner
from rdflib import Dataset

from govgraph.cli import cli
from govgraph.errors import StoreError
from govgraph.push import PASSWORD_ENV_VAR, TOKEN_ENV_VAR, USER_ENV_VAR, auth_headers, graph_url, push_graphs
from govgraph.store import DATASET_NQUADS, ONTOLOGY_GRAPH

pytestmark = pytest.mark.issue(5)


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (USER_ENV_VAR, PASSWORD_ENV_VAR, TOKEN_ENV_VAR):
        monkeypatch.delenv(name, raising=False)


def _select(base: str, query: str) -> list[dict[str, str]]:
    request = urllib.request.Request(
        f"{base}/query",
        data=urllib.parse.urlencode({"query": query}).encode("ascii"),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        rows = json.load(response)["results"]["bindings"]
    return [{name: cell["value"] for name, cell in row.items()} for row in rows]


def _counts(base: str) -> dict[str, int]:
    rows = _select(base, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {row["g"]: int(row["n"]) for row in rows}


def _expected(folder: Path) -> dict[str, int]:
    dataset = Dataset()
    dataset.parse(folder / DATASET_NQUADS, format="nquads")
    return {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}


def test_push_twice_leaves_no_duplicates(seed_build, oxigraph: str) -> None:
    _, folder = seed_build
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(cli, ["push", "--endpoint", f"{oxigraph}/store", "--graph", str(folder)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    expected = _expected(folder)
    assert _counts(oxigraph) == expected
    assert str(ONTOLOGY_GRAPH) in expected
    assert result.stdout == ""
    assert result.stderr == f"pushed 2 graph(s), {sum(expected.values())} triple(s) to {oxigraph}/store\n"
    # Nothing went to the default graph: the named graphs are the whole store.
    assert _select(oxigraph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"] == str(sum(expected.values()))


def test_a_repush_replaces_the_graph(seed_build, oxigraph: str, tmp_path: Path) -> None:
    result, folder = seed_build
    document = next(iri for iri in _expected(folder) if iri != str(ONTOLOGY_GRAPH))
    push_graphs(folder, f"{oxigraph}/store")
    smaller = tmp_path / "smaller.nq"
    lines = [line for line in (folder / DATASET_NQUADS).read_text(encoding="utf-8").splitlines() if line.endswith(f"<{document}> .")]
    smaller.write_text("\n".join(lines[:10]) + "\n", encoding="utf-8")
    report = push_graphs(smaller, f"{oxigraph}/store")
    assert report.graphs == {document: 10}
    assert _counts(oxigraph)[document] == 10


def test_store_endpoint_apart_from_the_query_endpoint_is_checked(seed_build, oxigraph: str) -> None:
    _, folder = seed_build
    report = push_graphs(folder, f"{oxigraph}/query", store_endpoint=f"{oxigraph}/store")
    assert report.verified and report.store_url == f"{oxigraph}/store"
    assert _counts(oxigraph) == report.graphs


def test_pushing_to_the_query_url_says_what_to_do(seed_build, oxigraph: str) -> None:
    _, folder = seed_build
    result = CliRunner().invoke(cli, ["push", "--endpoint", f"{oxigraph}/query", "--graph", str(folder)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {oxigraph}/query: PUT graph <")
    assert "HTTP 404" in result.stderr and "--store-endpoint" in result.stderr
    assert result.stderr.count("\n") == 1


def test_connection_refused_is_one_line(seed_build) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    _, folder = seed_build
    result = CliRunner().invoke(cli, ["push", "--endpoint", f"http://127.0.0.1:{port}/store", "--graph", str(folder)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: http://127.0.0.1:{port}/store: connection refused; start the SPARQL server or check the URL\n"


@pytest.mark.parametrize(
    "args, message",
    [
        (["--endpoint", "file:///etc/passwd"], "Error: file:///etc/passwd: not an http(s) URL; give --endpoint as http://host:port/path\n"),
        (["--endpoint", "http://127.0.0.1:9/store", "--graph", "nowhere"], "Error: nowhere: no such graph file or folder; "),
    ],
)
def test_bad_arguments(args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["push", *args])
    assert result.exit_code == 1
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1


def test_turtle_has_no_named_graphs(seed_build) -> None:
    _, folder = seed_build
    with pytest.raises(StoreError, match=r"govgraph\.ttl: turtle has no named graphs; name the build folder"):
        push_graphs(folder / "govgraph.ttl", "http://127.0.0.1:9/store")


def test_graph_url_encodes_the_iri() -> None:
    iri = "https://w3id.org/govgraph/id/document/a-txt"
    assert graph_url("http://h/store", iri) == "http://h/store?graph=https%3A%2F%2Fw3id.org%2Fgovgraph%2Fid%2Fdocument%2Fa-txt"
    assert graph_url("http://h/ds?x=1", iri).startswith("http://h/ds?x=1&graph=https%3A")


def test_credentials_from_the_environment() -> None:
    assert auth_headers({}) == {}
    basic = auth_headers({USER_ENV_VAR: "ana", PASSWORD_ENV_VAR: "s3cret:x"})
    assert basic == {"Authorization": "Basic " + base64.b64encode(b"ana:s3cret:x").decode()}
    assert auth_headers({TOKEN_ENV_VAR: "tok", USER_ENV_VAR: "ana"}) == {"Authorization": "Bearer tok"}
    with pytest.raises(StoreError, match=f"{PASSWORD_ENV_VAR} is set but {USER_ENV_VAR} is not"):
        auth_headers({PASSWORD_ENV_VAR: "x"})


# A stub Graph Store: authentication and server errors -------------------------------------------


class _Stub(http.server.BaseHTTPRequestHandler):
    """Accepts PUTs with 'Basic ana:pw' or 'Bearer tok'; answers 500 for graphs whose IRI has 'fail'."""

    seen: list[tuple[str, str | None, str | None]] = []

    def do_PUT(self) -> None:  # noqa: N802 (http.server's naming)
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        auth = self.headers.get("Authorization")
        type(self).seen.append((self.path, auth, self.headers.get("Content-Type")))
        if auth not in ("Basic " + base64.b64encode(b"ana:pw").decode(), "Bearer tok"):
            self._answer(401, b"Unauthorized\nsecond line\n")
        elif "fail" in urllib.parse.unquote(self.path):
            self._answer(500, b"Disk quota exceeded while storing the graph\nat line 2\n")
        else:
            self._answer(204, b"")

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def stub() -> Iterator[str]:
    _Stub.seen = []
    with local_http_server(_Stub) as url:
        yield f"{url}/store"


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.nq"
    path.write_text(
        "<https://w3id.org/govgraph/id/person/x> <http://www.w3.org/2000/01/rdf-schema#label> \"X\"@en <https://w3id.org/govgraph/id/document/a-txt> .\n",
        encoding="utf-8",
    )
    return path


def test_401_without_credentials(stub: str, tiny: Path) -> None:
    result = CliRunner().invoke(cli, ["push", "--endpoint", stub, "--graph", str(tiny)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {stub}: PUT graph <https://w3id.org/govgraph/id/document/a-txt> answered HTTP 401 Unauthorized (Unauthorized); "
        f"no credentials were sent; set {TOKEN_ENV_VAR}, or {USER_ENV_VAR} and {PASSWORD_ENV_VAR}, to credentials the server accepts\n"
    )


def test_401_with_wrong_credentials(stub: str, tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(USER_ENV_VAR, "ana")
    monkeypatch.setenv(PASSWORD_ENV_VAR, "wrong")
    result = CliRunner().invoke(cli, ["push", "--endpoint", stub, "--graph", str(tiny)])
    assert result.exit_code == 1 and "credentials were refused" in result.stderr
    assert "wrong" not in result.stderr


@pytest.mark.parametrize("env", [{USER_ENV_VAR: "ana", PASSWORD_ENV_VAR: "pw"}, {TOKEN_ENV_VAR: "tok"}], ids=["basic", "bearer"])
def test_credentials_are_sent(stub: str, tiny: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(cli, ["push", "--endpoint", stub, "--graph", str(tiny)])
    assert result.exit_code == 0, result.output
    ((path, auth, content_type),) = _Stub.seen
    assert path == "/store?graph=https%3A%2F%2Fw3id.org%2Fgovgraph%2Fid%2Fdocument%2Fa-txt"
    assert auth is not None and content_type == "text/turtle; charset=utf-8"


def test_server_error_gives_its_first_line(stub: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV_VAR, "tok")
    path = tmp_path / "fail.nq"
    path.write_text("<https://w3id.org/x> <https://w3id.org/p> <https://w3id.org/o> <https://w3id.org/fail> .\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["push", "--endpoint", stub, "--graph", str(path)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {stub}: PUT graph <https://w3id.org/fail> answered HTTP 500 Internal Server Error "
        "(Disk quota exceeded while storing the graph); the server failed; see its log\n"
    )
