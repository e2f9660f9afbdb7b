"""`govgraph build --update`: new documents join, changed ones are replaced, nothing else is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from govgraph.cli import cli
from govgraph.query import read_query, run_query
from govgraph.store import load_graph

pytestmark = pytest.mark.issue(5)


def rows(folder: Path, name: str) -> list[dict[str, str]]:
    return [dict(r) for r in run_query(load_graph(folder), read_query(name)[1]).rows]


def test_update_adds_replaces_and_keeps(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "graphs"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Chile and Peru agreed to reopen the border. Lars Holm, a professor at Aarhus University, said trade grew.", encoding="utf-8")
    (corpus / "b.txt").write_text("Kenya and Ghana agreed to share rainfall data.", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(corpus), "--out", str(out)]).exit_code == 0
    first_actors = {r["actor"] for r in rows(out, "actors")}

    # a.txt changes (its statement goes), c.txt is new, b.txt is not given again
    (corpus / "a.txt").write_text("Chile and Peru agreed to reopen the border.", encoding="utf-8")
    (corpus / "c.txt").write_text("Norway will double its climate funding.", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(corpus / "a.txt"), str(corpus / "c.txt"), "--out", str(out), "--update"])
    assert result.exit_code == 0, result.output

    statements = rows(out, "statements")
    assert not [r for r in statements if r["doc"] == "a.txt"], "a fact removed from a document disappears"
    parties = {(r["doc"], r["partyName"]) for r in rows(out, "commitments")}
    assert {("a.txt", "Chile"), ("b.txt", "Kenya"), ("c.txt", "Norway")} <= parties, "kept, replaced and added"
    actors = {r["actor"] for r in rows(out, "actors")}
    assert {a for a in first_actors if "chile" in a or "kenya" in a} <= actors, "actor IRIs stay stable"

    before = (out / "govgraph.nq").read_bytes()
    again = runner.invoke(cli, ["build", str(corpus / "a.txt"), str(corpus / "c.txt"), "--out", str(out), "--update"])
    assert again.exit_code == 0
    assert (out / "govgraph.nq").read_bytes() == before, "an update is repeatable"
    assert len(rows(out, "commitments")) == len({(r["commitment"], r["party"]) for r in rows(out, "commitments")}), "no duplicates"
