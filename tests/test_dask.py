"""Extraction on a Dask cluster: two worker processes, per-document N-Quads, the same graphs.

Deselect with ``-m "not dask"``: it starts a LocalCluster of two processes, each of which
loads the spaCy pipeline (about 20-40 s on two cores).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from govgraph.build import build_graphs, stream_build
from govgraph.mapping import slug
from govgraph.nquads import records_to_nquads
from govgraph.oxistore import open_store, run_store_query
from govgraph.query import read_query

pytestmark = [pytest.mark.issue(6), pytest.mark.dask]


@pytest.fixture(scope="module")
def client():
    """A Dask client on a LocalCluster of two single-threaded worker processes."""
    if os.environ.get("CI"):
        import distributed  # noqa: F401  (CI installs it: fail there rather than skip)
    distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            yield client


def test_workers_write_one_nquads_file_per_document(client, nlp, root: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted((root / "tests" / "data" / "heldout").glob("*.txt"))[:3]:
        shutil.copy(path, corpus / path.name)
    out, store = tmp_path / "graphs", tmp_path / "store"
    result = stream_build([corpus], out, store, dask=client, batch_size=1)
    local = build_graphs([corpus], nlp=nlp)
    assert result.documents == 3 and result.counts == local.counts
    for records in local.records:
        written = out / "nquads" / f"{slug(records.document.doc_id)}.nq"
        assert written.read_text(encoding="utf-8") == records_to_nquads(records)
    assert (out / "govgraph.nq").read_text(encoding="utf-8").startswith("".join(records_to_nquads(r) for r in local.records))
    _, text = read_query("actors")
    rows = run_store_query(open_store(store, create=False), text).rows
    assert len(rows) == local.counts["actors"] > 0
