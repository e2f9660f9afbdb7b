"""Shared fixtures: the real spaCy pipeline, the seed text and a scratch graphs folder."""

from __future__ import annotations

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
