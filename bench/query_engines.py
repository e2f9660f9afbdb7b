"""The contract queries on a large graph: rdflib against Oxigraph, on disk and in memory.

Takes output folders of streamed builds (govgraph.ttl and govgraph.nq, e.g. from
``bench/build_memory.py --documents 10000 --keep DIR``). rdflib queries the merged
Turtle, as ``govgraph query --engine rdflib`` does; Oxigraph queries an on-disk store made
from the N-Quads by ``govgraph load`` (as ``govgraph query --store``), and an in-memory
store of the merged Turtle (as ``govgraph query --engine oxigraph``). All run every
contract query in the same process; the rows must be equal as multisets. Times are per
query, after one warm-up run:

* in-engine: the engine evaluates the query and every solution is read
  (rdflib: ``graph.query(prepared)`` and its rows; Oxigraph: ``store.query`` and its
  solutions' terms);
* govgraph (with --govgraph-times): ``run_query`` / ``run_store_query``, i.e. with the
  rows turned into text.

    .venv/bin/python bench/query_engines.py GRAPHS_DIR... [--rdflib-runs 3] [--oxigraph-runs 20] [--govgraph-times]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from rdflib.plugins.sparql import prepareQuery

from govgraph.oxistore import load_files, memory_store, open_store, run_store_query
from govgraph.query import CONTRACT_QUERIES, QueryResult, read_query, run_query
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graphs", type=Path, nargs="+", help="builds' output folders (govgraph.ttl, govgraph.nq)")
    parser.add_argument("--rdflib-runs", type=int, default=3)
    parser.add_argument("--oxigraph-runs", type=int, default=20)
    parser.add_argument("--govgraph-times", action="store_true", help="also time run_query / run_store_query")
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
        for name in CONTRACT_QUERIES:
            source, text = read_query(name)
            prepared = prepareQuery(text)
            expected = rows(run_query(graph, text, source=source))
            for engine in (store, memory):
                assert rows(run_store_query(engine, text, source=source)) == expected, f"{name}: the engines disagree"
            engine_times = [
                timed(lambda: list(graph.query(prepared)), args.rdflib_runs),
                timed(lambda: [tuple(s) for s in store.query(text)], args.oxigraph_runs),
                timed(lambda: [tuple(s) for s in memory.query(text)], args.oxigraph_runs),
            ]
            measured = [("in-engine", engine_times)]
            if args.govgraph_times:
                govgraph_times = [
                    timed(lambda: run_query(graph, text, source=source), args.rdflib_runs),
                    timed(lambda: run_store_query(store, text, source=source), args.oxigraph_runs),
                    timed(lambda: run_store_query(memory, text, source=source), args.oxigraph_runs),
                ]
                measured.append(("govgraph", govgraph_times))
            for label, (a, b, c) in measured:
                cells = []
                for times in (a, b, c):
                    cells.append((statistics.median(times), percentile(times, 0.95)))
                (ra50, ra95), (rb50, rb95), (rc50, rc95) = cells
                print(
                    f"{name:<12} {sum(expected.values()):>7} {label:<9}  {ra50 * 1000:7.0f} /{ra95 * 1000:6.0f}  {rb50 * 1000:7.0f} /{rb95 * 1000:6.0f} "
                    f"{ra50 / rb50:4.0f}x ({ra95 / rb95:3.0f}x)  {rc50 * 1000:7.0f} /{rc95 * 1000:6.0f} {ra50 / rc50:4.0f}x ({ra95 / rc95:3.0f}x)",
                    flush=True,
                )
        del store


if __name__ == "__main__":
    main()
