"""The build: memory zones, worker processes, and the streamed build's files."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from govgraph import build as build_module
from govgraph.build import build_graphs, extract_records, stream_build
from govgraph.cli import cli
from govgraph.corpus import find_documents, read_document
from govgraph.errors import InputError
from govgraph.nlp import doc_to_records
from govgraph.nquads import DatasetStream, records_to_nquads
from govgraph.progress import Progress

pytestmark = pytest.mark.issue(6)


@pytest.fixture(scope="module")
def dev_corpus(tmp_path_factory: pytest.TempPathFactory, root: Path) -> Path:
    """Three short held-out texts shipped in tests/data plus the seed: a corpus of four."""
    folder = tmp_path_factory.mktemp("corpus")
    dev = sorted((root / "tests" / "data" / "heldout").glob("*.txt"))[:3]
    for path in [*dev, root / "corpus" / "china_france_ai_governance.txt"]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def memory(nlp, dev_corpus: Path):
    """The corpus built in memory, in this process."""
    return build_graphs([dev_corpus], nlp=nlp)


def test_memory_zones_change_no_record(nlp, dev_corpus: Path, memory) -> None:
    documents = [read_document(path, doc_id) for path, doc_id in find_documents([dev_corpus])]
    plain = [doc_to_records(doc, d) for doc, d in nlp.pipe(((d.body, d) for d in documents), as_tuples=True)]
    assert list(extract_records(documents, nlp, batch_size=2)) == plain == memory.records


def test_two_workers_give_the_same_records(nlp, dev_corpus: Path, memory) -> None:
    one = memory
    two = build_graphs([dev_corpus], nlp=nlp, workers=2, batch_size=1)
    assert two.records == one.records
    assert two.counts == one.counts and two.documents == 4


def test_streamed_files_hold_the_in_memory_graphs(nlp, dev_corpus: Path, memory, tmp_path: Path) -> None:
    result = stream_build([dev_corpus], tmp_path, nlp=nlp)
    assert [p.name for p in result.files] == ["govgraph.ttl", "govgraph.trig", "govgraph.nq"]
    assert result.records == [] and result.counts == memory.counts
    assert isomorphic(Graph().parse(tmp_path / "govgraph.ttl"), memory.merged)
    expected = "".join(records_to_nquads(r) for r in memory.records)
    nquads = (tmp_path / "govgraph.nq").read_text(encoding="utf-8")
    assert nquads.startswith(expected)  # documents in id order, then the ontology's graph
    trig = Dataset()
    trig.parse(tmp_path / "govgraph.trig", format="trig")
    assert len(list(trig.quads())) == len(nquads.splitlines())
    assert not list(tmp_path.glob(".govgraph-build.*"))  # no temporary file left


def test_small_runs_merge_into_the_same_turtle(memory, tmp_path: Path) -> None:
    records = memory.records
    outputs = []
    for run_triples in (10**9, 50):
        stream = DatasetStream(tmp_path / str(run_triples), run_triples=run_triples)
        for r in records:
            stream.add(records_to_nquads(r))
        stream.close()
        outputs.append((tmp_path / str(run_triples) / "govgraph.ttl").read_bytes())
    assert outputs[0] == outputs[1]


def test_a_bad_document_stops_or_is_skipped(nlp, dev_corpus: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(dev_corpus, corpus)
    (corpus / "broken.txt").write_bytes(b"\xff\xfe not text")
    with pytest.raises(InputError, match="broken.txt: not UTF-8"):
        stream_build([corpus], tmp_path / "out", nlp=nlp)
    assert not (tmp_path / "out" / "govgraph.ttl").exists()
    result = stream_build([corpus], tmp_path / "out", nlp=nlp, keep_going=True)
    assert result.documents == 4 and [Path(f).name for f, _ in result.failures] == ["broken.txt"]


def test_cli_streams_above_the_threshold(monkeypatch: pytest.MonkeyPatch, root: Path, tmp_path: Path) -> None:
    monkeypatch.setattr(build_module, "STREAM_DOCUMENTS", 0)
    result = CliRunner().invoke(cli, ["build", str(root / "corpus"), "--out", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["govgraph.nq", "govgraph.trig", "govgraph.ttl"]
    assert result.stderr.startswith("1 document(s): 33 actors,") or "1 document(s)" in result.stderr


def test_progress_draws_only_when_asked() -> None:
    quiet, drawn = io.StringIO(), io.StringIO()
    for stream, enabled in ((quiet, None), (drawn, True)):
        bar = Progress(2, stream=stream, enabled=enabled)
        bar.update()
        bar.update()
        bar.close()
    assert quiet.getvalue() == ""  # a StringIO is not a terminal
    assert "2/2 docs 100%" in drawn.getvalue() and "docs/s" in drawn.getvalue()


def test_a_long_document_goes_through_in_parts(nlp, monkeypatch: pytest.MonkeyPatch, seed_path: Path) -> None:
    from govgraph import corpus

    document = read_document(seed_path)
    whole = next(extract_records([document], nlp))
    monkeypatch.setattr(build_module, "split_document", lambda d: corpus.split_document(d, part_chars=3000))
    assert len(corpus.split_document(document, part_chars=3000)) > 2
    parts = list(extract_records([document, document], nlp))
    assert len(parts) == 2 and parts[0] == parts[1]  # one merged record set per document
    whole_refs, part_refs = {a.ref for a in whole.actors}, {a.ref for a in parts[0].actors}
    assert len(whole_refs & part_refs) >= 0.8 * len(whole_refs)  # cutting loses little context
    assert parts[0].document == whole.document and len(parts[0].actors) > 10
    offsets = [s.evidence.start for s in parts[0].statements]
    assert offsets == sorted(offsets) and all(document.text[s.evidence.start : s.evidence.end] == s.evidence.sentence for s in parts[0].statements)
