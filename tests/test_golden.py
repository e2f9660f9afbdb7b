"""Golden files: the Turtle users see for small documents of each kind.

Run ``pytest tests/test_golden.py --update-golden`` to rewrite the expected files after an
intended change, and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from govgraph.build import build_graphs

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input.txt").is_file())


@pytest.mark.issue(2)
@pytest.mark.parametrize("case", CASES)
def test_golden(nlp, case: str, request: pytest.FixtureRequest) -> None:
    folder = GOLDEN / case
    produced = build_graphs([folder / "input.txt"], nlp=nlp).merged
    expected_path = folder / "expected.ttl"
    if request.config.getoption("--update-golden") or not expected_path.exists():
        expected_path.write_text(produced.serialize(format="turtle"), encoding="utf-8")
    expected = Graph().parse(expected_path, format="turtle")
    if not isomorphic(to_isomorphic(produced), to_isomorphic(expected)):
        _, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(produced))
        pytest.fail(
            "graph differs from " + str(expected_path)
            + "\nmissing:\n" + missing.serialize(format="nt") + "\nunexpected:\n" + extra.serialize(format="nt")
        )
