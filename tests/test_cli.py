"""The command line through click's CliRunner: outputs, one-line errors, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govgraph.cli import cli

pytestmark = pytest.mark.issue(2)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_build_writes_every_output(runner: CliRunner, root: Path, graphs_dir: Path) -> None:
    result = runner.invoke(cli, ["build", str(root / "corpus"), "--out", str(graphs_dir)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for name in ("govgraph.ttl", "govgraph.trig", "govgraph.nq", "govgraph.graphml", "govgraph.html"):
        assert (graphs_dir / name).stat().st_size > 0
    assert "1 document(s)" in result.stderr


def test_query_csv_on_a_built_folder(runner: CliRunner, seed_build) -> None:
    _, folder = seed_build
    result = runner.invoke(cli, ["query", "roles", "--graph", str(folder), "--format", "csv"], catch_exceptions=False)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {"personName": "Jean-Pierre Raffarin", "organizationName": "France"}.items() <= next(
        r for r in rows if r["personName"] == "Jean-Pierre Raffarin"
    ).items()


def test_query_file_and_json(runner: CliRunner, seed_build, root: Path) -> None:
    _, folder = seed_build
    result = runner.invoke(cli, ["query", str(root / "queries" / "actors.rq"), "--graph", str(folder / "govgraph.trig"), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["head"]["vars"] == ["actor", "name", "category", "doc"]


def test_validate_passes_on_the_seed(runner: CliRunner, seed_build) -> None:
    _, folder = seed_build
    result = runner.invoke(cli, ["validate", "--graph", str(folder)])
    assert result.exit_code == 0, result.output
    assert "valid: conforms" in result.stdout


def test_validate_fails_with_exit_3(runner: CliRunner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        "@prefix gg: <https://w3id.org/govgraph/ontology#> .\n<https://w3id.org/govgraph/id/statement/x/1-2> a gg:Statement .\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["validate", "--graph", str(broken)])
    assert result.exit_code == 3
    assert "gg:speaker" in result.stdout


def test_evaluate_prints_scores_and_writes_json(runner: CliRunner, tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "note.txt").write_text("Norway and Chile agreed to share fisheries data. Ines Berg, a professor at Oslo University, said it mattered.", encoding="utf-8")
    gold = {
        "document": "note.txt",
        "actors": [{"name": "Norway", "category": "Country", "aliases": []}, {"name": "Chile", "category": "Country", "aliases": []},
                   {"name": "Ines Berg", "category": "Person", "aliases": []}, {"name": "Oslo University", "category": "Organization", "aliases": []}],
        "roles": [{"person": "Ines Berg", "title": "professor", "organization": "Oslo University"}],
        "commitments": [{"parties": ["Norway", "Chile"], "modality": "agree", "action": "share fisheries data"}],
        "statements": [{"speaker": "Ines Berg", "content": "it mattered"}],
    }
    (gold_dir / "note.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(cli, ["evaluate", "--gold", str(gold_dir), "--json", str(tmp_path / "scores.json"), "--explain"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "macro F1: 1.000" in result.stdout
    assert json.loads((tmp_path / "scores.json").read_text())["macro_f1"] == 1.0


@pytest.mark.parametrize(
    "args, message",
    [
        (["build", "nowhere"], "Error: nowhere: no such file or folder; check the path\n"),
        (["query", "nonsense", "--graph", "."], None),
        (["validate", "--graph", "missing.ttl"], "Error: missing.ttl: no such graph file or folder; build the graphs first with 'govgraph build' or name another path\n"),
        (["evaluate", "--gold", "nowhere"], "Error: nowhere: no *.gold.json files; name the folder that holds the gold annotations\n"),
    ],
)
def test_errors_are_one_line_with_exit_1(runner: CliRunner, args: list[str], message: str | None, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    if message:
        assert result.stderr == message


def test_bad_documents_with_keep_going(runner: CliRunner, tmp_path: Path, graphs_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Peru and Chile agreed to reopen the border.", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\xff\xfe broken")
    stopped = runner.invoke(cli, ["build", str(corpus), "--out", str(graphs_dir)])
    assert stopped.exit_code == 1 and "bad.txt: not UTF-8 (byte 0xff at 0)" in stopped.stderr
    assert not (graphs_dir / "govgraph.ttl").exists()
    going = runner.invoke(cli, ["build", str(corpus), "--out", str(graphs_dir), "--keep-going"])
    assert going.exit_code == 1
    assert (graphs_dir / "govgraph.ttl").exists()
    assert "skipped" in going.stderr and "1 document(s) could not be read" in going.stderr


def test_usage_error_exits_2(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["frobnicate"]).exit_code == 2


def test_python_dash_m_works(root: Path) -> None:
    import subprocess
    import sys

    completed = subprocess.run([sys.executable, "-m", "govgraph", "--help"], capture_output=True, text=True, check=True)
    assert "build" in completed.stdout and "evaluate" in completed.stdout
