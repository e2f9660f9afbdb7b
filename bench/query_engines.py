"""The contract queries on a large graph: rdflib against Oxigraph, on disk and in memory.

Takes output folders of streamed builds (govgraph.ttl and govgraph.nq, e.g. from
``bench/build_memory.py --documents 10000 --keep DIR``). rdflib queries the merged
Turtle, as ``govgraph query --engine rdflib`` does; Oxigraph queries an on-disk store made
from the N-Quads by ``govgraph load`` (as ``govgraph query --store``), and an in-memory
store of the merged Turtle (as ``govgraph query --engine oxigraph``). All run in the same
process; the rows must be equal as multisets. Two workloads:

* whole graph: each contract query as shipped, every row of the graph. Times per query
  after one warm-up run:
  - in-engine: the engine evaluates the query as written and every solution is read
    (rdflib: ``graph.query(prepared)`` and its rows; Oxigraph: ``store.query`` and its
    solutions' terms);
  - govgraph (with --govgraph-times): ``run_query`` / ``run_store_query``, rows as text,
    in the same order (Oxigraph gets the query without its final ORDER BY, which
    govgraph does in Python: query.split_final_order).
* a SPARQL 1.1 server (with --endpoint URL, e.g. Virtuoso or ``oxigraph serve`` holding
  the merged graph): each contract query as shipped over HTTP, every row of the CSV
  results parsed; the rows must equal rdflib's. This is the time a client of the server
  sees, serialisation and transfer included.
* one document (with --documents N): each contract query restricted to one document as
  ``govgraph query NAME --doc ID`` does (query.restrict_to_documents), in-engine, for N
  documents drawn at random (seeded; rdflib on the first --rdflib-documents of them);
  p50/p95 over those documents.

    .venv/bin/python bench/query_engines.py GRAPHS_DIR... [--rdflib-runs 3] [--oxigraph-runs 20] [--govgraph-times]
        [--documents 50 [--rdflib-documents 5]] [--skip-whole-graph] [--endpoint URL [--endpoint-graph IRI]]
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics
import tempfile
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from rdflib.plugins.sparql import prepareQuery

from govgraph.oxistore import load_files, memory_store, open_store, run_store_query
from govgraph.query import CONTRACT_QUERIES, QueryResult, read_query, restrict_to_documents, run_query
from govgraph.store import load_graph


def timed(run: Callable[[], object], runs: int) -> list[float]:
    """Seconds of each of ``runs`` runs, after one warm-up run."""
    run()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def percentile(times: list[float], share: float) -> float:
    """The nearest-rank percentile (p95 of 3 runs is the slowest)."""
    ordered = sorted(times)
    return ordered[max(0, min(len(ordered) - 1, int(-(-share * len(ordered) // 1)) - 1))]


def rows(result: QueryResult) -> Counter:
    return Counter(tuple(row[v] for v in result.variables) for row in result.rows)


def print_times(name: str, rows: int, label: str, rdflib: list[float], disk: list[float], memory: list[float]) -> None:
    """One line: p50 / p95 of each engine, and rdflib's over Oxigraph's."""
    (ra50, ra95), (rb50, rb95), (rc50, rc95) = ((statistics.median(t), percentile(t, 0.95)) for t in (rdflib, disk, memory))
    print(
        f"{name:<12} {rows:>7} {label:<9}  {ra50 * 1000:7.0f} /{ra95 * 1000:6.0f}  {rb50 * 1000:7.1f} /{rb95 * 1000:6.1f} "
        f"{ra50 / rb50:4.0f}x ({ra95 / rb95:3.0f}x)  {rc50 * 1000:7.1f} /{rc95 * 1000:6.1f} {ra50 / rc50:4.0f}x ({ra95 / rc95:3.0f}x)",
        flush=True,
    )


def whole_graph(graph, store: ox.Store, memory: ox.Store, rdflib_runs: int, oxigraph_runs: int, govgraph_times: bool) -> None:
    """Each contract query over the whole graph."""
    for name in CONTRACT_QUERIES:
        source, text = read_query(name)
        prepared = prepareQuery(text)
        expected = rows(run_query(graph, text, source=source))
        for engine in (store, memory):
            assert rows(run_store_query(engine, text, source=source)) == expected, f"{name}: the engines disagree"
        measured = [
            (
                "in-engine",
                timed(lambda: list(graph.query(prepared)), rdflib_runs),
                timed(lambda: [tuple(s) for s in store.query(text)], oxigraph_runs),
                timed(lambda: [tuple(s) for s in memory.query(text)], oxigraph_runs),
            )
        ]
        if govgraph_times:
            measured.append(
                (
                    "govgraph",
                    timed(lambda: run_query(graph, text, source=source), rdflib_runs),
                    timed(lambda: run_store_query(store, text, source=source), oxigraph_runs),
                    timed(lambda: run_store_query(memory, text, source=source), oxigraph_runs),
                )
            )
        for label, *times in measured:
            print_times(name, sum(expected.values()), label, *times)


def endpoint_rows(url: str, text: str, graph_iri: str | None) -> Counter:
    """The rows of a SELECT query sent to a SPARQL 1.1 query endpoint, as text.

    CSV results: the values as plain text, IRIs and literals' lexical forms, as govgraph
    prints them (Virtuoso writes JSON results about 30 times as large and slow)."""
    form = {"query": text} | ({"default-graph-uri": graph_iri} if graph_iri else {})
    request = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode(), headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request) as response:
        lines = io.TextIOWrapper(response, encoding="utf-8", newline="")
        reader = csv.reader(lines)
        next(reader)  # the header: the variables
        return Counter(tuple(row) for row in reader)


def whole_graph_endpoint(graph, url: str, graph_iri: str | None, rdflib_runs: int, endpoint_runs: int) -> None:
    """Each contract query over the whole graph, from a SPARQL server, against rdflib."""
    print(f"{'query':<12} {'rows':>7}  {'rdflib':>15}  {'endpoint':>15} {'ratio':>11}")
    for name in CONTRACT_QUERIES:
        source, text = read_query(name)
        expected = rows(run_query(graph, text, source=source))
        assert endpoint_rows(url, text, graph_iri) == expected, f"{name}: the endpoint and rdflib disagree"
        prepared = prepareQuery(text)
        local = timed(lambda: list(graph.query(prepared)), rdflib_runs)
        remote = timed(lambda: endpoint_rows(url, text, graph_iri), endpoint_runs)
        (l50, l95), (r50, r95) = ((statistics.median(t), percentile(t, 0.95)) for t in (local, remote))
        print(f"{name:<12} {sum(expected.values()):>7}  {l50 * 1000:7.0f} /{l95 * 1000:6.0f}  {r50 * 1000:7.1f} /{r95 * 1000:6.1f} {l50 / r50:4.0f}x ({l95 / r95:3.0f}x)", flush=True)


def one_document(graph, store: ox.Store, memory: ox.Store, documents: int, rdflib_documents: int) -> None:
    """Each contract query restricted to one document, for a sample of documents.

    rdflib reads the whole graph whatever the restriction (tens of seconds per query on a
    large graph), so it runs on the first ``rdflib_documents`` of the sample only; the rows
    of every engine are compared on those, Oxigraph's two stores on all."""
    doc_ids = sorted(str(row[0]) for row in graph.query("SELECT ?doc WHERE { ?d <http://purl.org/dc/terms/identifier> ?doc }"))
    sample = random.Random(6).sample(doc_ids, documents + 1)
    for name in CONTRACT_QUERIES:
        source, text = read_query(name)
        times: list[list[float]] = [[], [], []]
        count = 0
        for i, doc_id in enumerate(sample):
            restricted = restrict_to_documents(text, [doc_id], source)
            expected = rows(run_store_query(store, restricted, source=source))
            assert rows(run_store_query(memory, restricted, source=source)) == expected, f"{name} {doc_id}: the Oxigraph stores disagree"
            runs = [(times[1], lambda: [tuple(s) for s in store.query(restricted)]), (times[2], lambda: [tuple(s) for s in memory.query(restricted)])]
            if i <= rdflib_documents:
                prepared = prepareQuery(restricted)
                runs.insert(0, (times[0], lambda: list(graph.query(prepared))))
            for engine_times, run in runs:
                start = time.perf_counter()
                result = run()
                if i:  # the first document warms up
                    engine_times.append(time.perf_counter() - start)
                if engine_times is times[0]:
                    found = Counter(tuple("" if term is None else str(term) for term in row) for row in result)
                    assert found == expected, f"{name} {doc_id}: rdflib and Oxigraph disagree"
            count += sum(expected.values()) if i else 0
        print_times(name, count, "1 doc", *times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graphs", type=Path, nargs="+", help="builds' output folders (govgraph.ttl, govgraph.nq)")
    parser.add_argument("--rdflib-runs", type=int, default=3)
    parser.add_argument("--oxigraph-runs", type=int, default=20)
    parser.add_argument("--govgraph-times", action="store_true", help="also time run_query / run_store_query")
    parser.add_argument("--documents", type=int, default=0, help="also time the queries restricted to one document, for this many documents")
    parser.add_argument("--rdflib-documents", type=int, default=5, help="of those, how many rdflib runs (it reads the whole graph each time)")
    parser.add_argument("--skip-whole-graph", action="store_true", help="only the one-document workload")
    parser.add_argument("--endpoint", help="also time a SPARQL 1.1 query endpoint holding the merged graph (e.g. http://localhost:8890/sparql)")
    parser.add_argument("--endpoint-graph", help="the endpoint's graph holding the merge (sent as default-graph-uri)")
    parser.add_argument("--endpoint-runs", type=int, default=10)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        start = time.perf_counter()
        store = open_store(Path(scratch) / "store")
        load_files(store, [folder / "govgraph.nq" for folder in args.graphs])
        load_seconds = time.perf_counter() - start
        merged = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        named = len(store) - merged
        print(f"Oxigraph on disk: govgraph load of govgraph.nq in {load_seconds:.0f} s: {named} quads in named graphs, {merged} triples merged (documents and ontology)")
        start = time.perf_counter()
        memory = memory_store(args.graphs)
        print(f"Oxigraph in memory: govgraph.ttl loaded in {time.perf_counter() - start:.0f} s: {len(memory)} triples")
        start = time.perf_counter()
        graph = load_graph(args.graphs)
        print(f"rdflib: govgraph.ttl parsed in {time.perf_counter() - start:.0f} s: {len(graph)} triples")
        print("times: p50 / p95 in ms; ratio: rdflib p50 / Oxigraph p50 (p95 / p95)")
        print(f"{'query':<12} {'rows':>7} {'':<9}  {'rdflib':>15}  {'Oxigraph disk':>15} {'ratio':>11}  {'Oxigraph memory':>15} {'ratio':>11}")
        if not args.skip_whole_graph:
            whole_graph(graph, store, memory, args.rdflib_runs, args.oxigraph_runs, args.govgraph_times)
        if args.documents:
            one_document(graph, store, memory, args.documents, args.rdflib_documents)
        if args.endpoint:
            print(f"SPARQL endpoint {args.endpoint}: whole graph, CSV results over HTTP")
            whole_graph_endpoint(graph, args.endpoint, args.endpoint_graph, args.rdflib_runs, args.endpoint_runs)
        del store


if __name__ == "__main__":
    main()
