"""Benchmark: how long a big govgraph view takes to become stable and interactive in Chromium.

Makes a random but seeded graph of N actors following docs/model.md, converts it
with graph_to_network, renders it with render_view, opens the page from a
file:// URL in Debian's headless Chromium and measures the seconds until the
page sets window.__govgraphReady (layout stabilised, physics off: the page is
interactive). Target: < 10 s for 5,000 actors. Chromium runs with the network cut off,
as in the tests. After the layout it also times a class filter and a search.

Python stages are reported as wall and CPU seconds: on a shared machine the wall time
of the same work varies by a factor of two, the CPU time much less.

    .venv/bin/python bench/view_layout.py [--actors 5000] [--seed 7] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from rdflib import Graph, Literal, URIRef

from govgraph.namespace import DCTERMS, GG, ID, NIF, ORG, RDF, RDFS, SKOS, XSD
from govgraph.namespace import VOCAB as GGV
from govgraph.network import graph_to_network
from govgraph.view import MAX_NODES, render_view

# As tests/test_view.py: headless, and every http(s) request goes to a closed port.
CHROME_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", "--window-size=1400,900",
               "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-default-apps", "--disable-extensions", "--no-pings"]
# After the layout: hide and show a class, then search, each followed by a redraw.
INTERACTION_JS = """
var box = document.getElementById('filter-class-Person'), t0 = performance.now();
box.click(); network.redraw();
var t1 = performance.now();
box.click(); network.redraw();
var t2 = performance.now();
govgraph.search('person 2'); network.redraw();
var t3 = performance.now();
return {filter_ms: Math.round(t1 - t0), unfilter_ms: Math.round(t2 - t1), search_ms: Math.round(t3 - t2),
        requests: performance.getEntriesByType('resource').length};
"""
T = TypeVar("T")
MODALITIES = ["commit", "pledge", "intend", "call-for"]
TITLES = ["minister", "ambassador", "president", "spokesperson", "director", "secretary general"]


def make_graph(n_actors: int, seed: int) -> Graph:
    """A seeded random graph with n_actors actors and about as many facts, per docs/model.md.

    n_actors (int): number of actors (half people, 4% countries, the rest organisations).
    seed (int): the random seed.
    RETURNS (Graph): the graph.
    """
    rng = random.Random(seed)
    g = Graph()
    n_docs = max(1, n_actors // 50)
    docs = [ID[f"document/doc-{i:04d}-txt"] for i in range(n_docs)]
    for i, d in enumerate(docs):
        g.add((d, RDF.type, GG.Document))
        g.add((d, DCTERMS.identifier, Literal(f"doc-{i:04d}.txt")))
        g.add((d, DCTERMS.title, Literal(f"Report {i} on cooperation")))
    for m in MODALITIES:
        g.add((GGV[f"modality/{m}"], SKOS.prefLabel, Literal(m, lang="en")))
    n_countries = max(1, n_actors * 4 // 100)
    n_people = n_actors // 2
    actors: list[URIRef] = []
    for i in range(n_actors):
        kind, cls = (("country", GG.Country) if i < n_countries else
                     ("person", GG.Person) if i < n_countries + n_people else
                     ("organization", GG.Organization))
        a = ID[f"{kind}/{kind}-{i:05d}"]
        actors.append(a)
        g.add((a, RDF.type, cls))
        g.add((a, RDFS.label, Literal(f"{kind.title()} {i}", lang="en")))
        for d in rng.sample(docs, k=min(len(docs), rng.randint(1, 3))):
            g.add((a, GG.mentionedIn, d))
    countries = actors[:n_countries]
    people = actors[n_countries:n_countries + n_people]
    orgs = actors[n_countries + n_people:]
    # Skewed choice, so that some actors are hubs, as in real news.
    weights = [1.0 / (1 + i) ** 0.6 for i in range(n_actors)]

    def evidence(subject: URIRef, doc_index: int, start: int) -> None:
        doc = docs[doc_index]
        ev = ID[f"evidence/doc-{doc_index:04d}-txt/{start}-{start + 80}"]
        g.add((subject, GG.evidence, ev))
        g.add((subject, GG.sourceDocument, doc))
        g.add((ev, RDF.type, GG.Evidence))
        g.add((ev, NIF.anchorOf, Literal(f"Sentence {start} of document {doc_index}.", lang="en")))
        g.add((ev, NIF.beginIndex, Literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((ev, NIF.endIndex, Literal(start + 80, datatype=XSD.nonNegativeInteger)))
        g.add((ev, GG.sourceDocument, doc))

    for i, person in enumerate(people):
        org = rng.choice(orgs + countries)
        pos = ID[f"position/p{i}"]
        g.add((pos, RDF.type, GG.Position))
        g.add((pos, ORG.member, person))
        g.add((pos, ORG.organization, org))
        g.add((pos, GG.title, Literal(rng.choice(TITLES), lang="en")))
        evidence(pos, rng.randrange(n_docs), 100 * i)
    for i, org in enumerate(orgs):
        if rng.random() < 0.2:
            g.add((org, ORG.subOrganizationOf, rng.choice(orgs)))
    for i in range(int(n_actors * 0.6)):
        doc_index = rng.randrange(n_docs)
        c = ID[f"commitment/doc-{doc_index:04d}-txt/{i * 100}-{i * 100 + 80}"]
        g.add((c, RDF.type, GG.Commitment))
        for party in set(rng.choices(actors, weights=weights, k=rng.randint(2, 4))):
            g.add((c, GG.party, party))
        g.add((c, GG.modality, GGV[f"modality/{rng.choice(MODALITIES)}"]))
        g.add((c, GG.action, Literal(f"action number {i}", lang="en")))
        evidence(c, doc_index, i * 100)
    for i in range(int(n_actors * 0.4)):
        doc_index = rng.randrange(n_docs)
        s = ID[f"statement/doc-{doc_index:04d}-txt/{i * 100 + 50}-{i * 100 + 130}"]
        g.add((s, RDF.type, GG.Statement))
        g.add((s, GG.speaker, rng.choices(people, weights=weights[:len(people)])[0]))
        g.add((s, GG.content, Literal(f"statement number {i}", lang="en")))
        evidence(s, doc_index, i * 100 + 50)
    return g


def time_page(path: Path, timeout: float) -> tuple[float, dict[str, int]]:
    """Open the page in headless Chromium; return seconds until ready and what was drawn."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="govgraph-bench-")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in [*CHROME_ARGS, f"--user-data-dir={profile}"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.page_load_strategy = "none"  # start the clock at navigation, not at onload
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.get("about:blank")
        start = time.monotonic()
        driver.get(path.as_uri())
        while True:
            try:
                if driver.execute_script("return window.__govgraphReady === true"):
                    break
            except Exception:  # the page may not exist yet right after navigation
                pass
            if time.monotonic() - start > timeout:
                raise SystemExit(f"page not ready after {timeout} s")
            time.sleep(0.05)
        seconds = time.monotonic() - start
        drawn = driver.execute_script(
            "return {nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length,"
            " physics: network.physics.options.enabled}")
        # milliseconds since navigation: script start, network built, layout stable, ready
        drawn["page_ms"] = driver.execute_script(
            "var t = window.__govgraphTimings, r = {};"
            "for (var k in t) { r[k] = Math.round(t[k]); } return r;")
        drawn["interaction"] = driver.execute_script(INTERACTION_JS)
        severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        if severe:
            raise SystemExit(f"console errors: {severe}")
        return seconds, drawn
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--max-nodes", type=int, default=MAX_NODES)
    parser.add_argument("--runs", type=int, default=3, help="browser loads to time")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--keep", type=Path, help="also save the page here")
    args = parser.parse_args(argv)

    g, t_rdf = timed(lambda: make_graph(args.actors, args.seed))
    network, t_net = timed(lambda: graph_to_network(g))
    page, t_view = timed(lambda: render_view(network, f"Benchmark: {args.actors} actors",
                                              max_nodes=args.max_nodes))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "view.html"
        path.write_text(page, encoding="utf-8")
        if args.keep:
            shutil.copy(path, args.keep)
        loads = [time_page(path, args.timeout) for _ in range(args.runs)]
    seconds = sorted(s for s, _ in loads)
    median = seconds[len(seconds) // 2]
    report = {
        "actors": args.actors, "triples": len(g),
        "network": {"nodes": network.number_of_nodes(), "edges": network.number_of_edges(),
                    "betweenness": network.graph["betweenness"]},
        "drawn": loads[0][1], "page_mb": round(len(page.encode()) / 1e6, 2),
        "seconds": {"make_rdf": t_rdf, "graph_to_network": t_net, "render_view": t_view,
                    "browser_ready_runs": [round(s, 2) for s in seconds],
                    "browser_ready_median": round(median, 2)},
        "stable_interactive_layout_s": round(median, 2),
        "target_s": 10.0,
    }
    print(json.dumps(report, indent=2))
    return 0 if median < 10.0 else 1


def timed(work: Callable[[], T]) -> tuple[T, dict[str, float]]:
    """Run work; return its result and its wall and CPU seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, {"wall": round(time.perf_counter() - wall, 2), "cpu": round(time.process_time() - cpu, 2)}


if __name__ == "__main__":
    sys.exit(main())
