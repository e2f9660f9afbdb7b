"""The extractor measured on the gold annotations: the figures the issues ask for."""

from __future__ import annotations

from pathlib import Path

import pytest

from govgraph.build import build_graphs
from govgraph.evaluate import load_gold, score
from govgraph.query import CONTRACT_QUERIES, read_query, run_query

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
needs_shared = pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="../shared/eval is not beside the repository")


def evaluate(nlp, texts: list[Path], golds: list[Path]):
    result = build_graphs(texts, nlp=nlp)
    rows = {name: list(run_query(result.merged, read_query(name)[1]).rows) for name in CONTRACT_QUERIES}
    return score([load_gold(g) for g in golds], rows)


@needs_shared
@pytest.mark.issue(2)
def test_seed_macro_f1(nlp, root: Path) -> None:
    report = evaluate(nlp, [root / "corpus" / "china_france_ai_governance.txt"], [SHARED_EVAL / "china_france_ai_governance.gold.json"])
    assert report.macro_f1 >= 0.95, report.to_dict()


@needs_shared
@pytest.mark.issue(3)
def test_dev_macro_f1(nlp) -> None:
    golds = sorted((SHARED_EVAL / "dev").glob("*.gold.json"))
    report = evaluate(nlp, sorted((SHARED_EVAL / "dev").glob("*.txt")), golds)
    assert report.macro_f1 >= 0.85, report.to_dict()
    assert all(report[kind].f1 >= 0.75 for kind in CONTRACT_QUERIES), report.to_dict()


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    "folder, floor",
    [
        ("heldout", 0.90),
        # written later by team members who had not seen the code; each was measured blind
        # first, then its misses pointed at general fixes (their READMEs say which)
        ("heldout2", 0.82),
        ("heldout3", 0.82),
        ("heldout4", 0.78),
        # never looked into (see its README): its floor only keeps a change from making it worse
        ("heldout5", 0.72),
    ],
)
def test_held_out_texts_do_not_regress(nlp, root: Path, folder: str, floor: float) -> None:
    texts = root / "tests" / "data" / folder
    report = evaluate(nlp, sorted(texts.glob("*.txt")), sorted(texts.glob("*.gold.json")))
    assert report.macro_f1 >= floor, report.to_dict()
