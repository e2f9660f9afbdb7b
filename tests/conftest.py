"""Shared fixtures: the real spaCy pipeline, the seed text and a scratch graphs folder."""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden files")


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The shipped copy of the seed article."""
    return ROOT / "corpus" / "china_france_ai_governance.txt"


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    """The seed article's text, header included."""
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture
def graphs_dir(tmp_path: Path) -> Path:
    """An empty folder to build graphs into."""
    path = tmp_path / "graphs"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def nlp():
    """The real govgraph pipeline on the real English model, loaded once."""
    from govgraph.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def seed_build(nlp, tmp_path_factory: pytest.TempPathFactory):
    """The seed corpus built once into a scratch folder: (BuildResult, folder)."""
    from govgraph.build import build_graphs, write_build

    out = tmp_path_factory.mktemp("seed-graphs")
    result = build_graphs([ROOT / "corpus"], nlp=nlp)
    write_build(result, out)
    return result, out


# A real Oxigraph SPARQL server (issue 5) ------------------------------------------------------


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _sparql_update(base: str, update: str) -> None:
    import urllib.parse
    import urllib.request

    body = urllib.parse.urlencode({"update": update}).encode("ascii")
    request = urllib.request.Request(f"{base}/update", data=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=30):
        pass


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory):
    """An `oxigraph serve` on 127.0.0.1 and a free port, union default graph; yields its base URL.

    The contract queries read the union of the named graphs, which is what
    --union-default-graph gives (the default graph of Oxigraph is otherwise separate).
    The server is always terminated, then killed if it does not stop.
    """
    import os
    import shutil
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request

    binary = Path(sys.executable).parent / "oxigraph"
    found = str(binary) if binary.exists() else shutil.which("oxigraph")
    if found is None:
        reason = "the oxigraph server is not installed; pip install -e '.[test]'"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    location = tmp_path_factory.mktemp("oxigraph")
    log_path = location.parent / f"{location.name}.log"
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    patch = pytest.MonkeyPatch()
    patch.setenv("NO_PROXY", "127.0.0.1,localhost")
    patch.setenv("no_proxy", "127.0.0.1,localhost")
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [found, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                pytest.fail(f"oxigraph serve exited with {process.returncode}: {log_path.read_text(errors='replace')[-500:]}")
            try:
                with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve did not answer on {base} within 30 s")
                time.sleep(0.05)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        patch.undo()


@pytest.fixture
def oxigraph(oxigraph_server: str) -> str:
    """The session's Oxigraph server, emptied (CLEAR ALL) for this test; its base URL."""
    _sparql_update(oxigraph_server, "CLEAR ALL")
    return oxigraph_server


NORDIC_NOTE = """title: Nordic note
source: Example Wire
date: 2024-05
language: en-GB
---
Norway and Chile agreed to share fisheries data. Ines Berg, a professor at Oslo University, said it mattered.
"""


@pytest.fixture(scope="session")
def two_document_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article plus a short note in a subfolder (date 2024-05, language en-GB)."""
    folder = tmp_path_factory.mktemp("two-documents")
    (folder / "china_france_ai_governance.txt").write_bytes((ROOT / "corpus" / "china_france_ai_governance.txt").read_bytes())
    (folder / "news").mkdir()
    (folder / "news" / "nordic.txt").write_text(NORDIC_NOTE, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def two_document_build(nlp, two_document_corpus: Path, tmp_path_factory: pytest.TempPathFactory):
    """The two-document corpus built once: (BuildResult, folder)."""
    from govgraph.build import build_graphs, write_build

    out = tmp_path_factory.mktemp("two-document-graphs")
    result = build_graphs([two_document_corpus], nlp=nlp)
    write_build(result, out)
    return result, out


@contextlib.contextmanager
def local_http_server(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve a request handler on a free loopback port; yields the base URL, always shuts down."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
