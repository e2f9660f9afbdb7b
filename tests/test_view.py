"""Tests of govgraph.view.render_view: static checks of the HTML, then the page in headless Chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from govgraph.cli import cli
from govgraph.errors import InputError
from govgraph.network import graph_to_network
from govgraph.view import render_view

GG = Namespace("https://w3id.org/govgraph/ontology#")
ID = Namespace("https://w3id.org/govgraph/id/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# The network is cut off: every http(s) request, loopback included, goes to a closed port
# (127.0.0.1:9), and Chromium's own background traffic is off. The page must work anyway.
OFFLINE_ARGS = ["--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability",
                "--disable-client-side-phishing-detection", "--no-pings", "--dns-prefetch-disable"]
CHROME_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", "--window-size=1400,900", *OFFLINE_ARGS]

XSS_CONTENT = '<img src=x onerror="window.__xss=1">'
XSS_TITLE = "<script>window.__xss=2</script>"
# A corpus document that carries both through the whole build: header, extraction, page.
XSS_DOCUMENT = f"""title: {XSS_TITLE} Paris talks
source: Test Wire
date: 2024-05-07
---
PARIS, May 7 -- French President Emmanuel Macron met Chinese President Xi Jinping in Paris on Tuesday.

"{XSS_CONTENT} is not a policy," Macron said.

China and France agreed to strengthen cooperation on artificial intelligence governance.
"""

DOC = ID["document/x-txt"]
XI, MACRON, BORNE = ID["person/xi-jinping"], ID["person/emmanuel-macron"], ID["person/elisabeth-borne"]
CHINA, FRANCE, UN = ID["country/china"], ID["country/france"], ID["organization/united-nations"]
C1, C2 = ID["commitment/x-txt/5-90"], ID["commitment/x-txt/100-160"]
S1 = ID["statement/x-txt/300-380"]
P1 = ID["position/elisabeth-borne/france/prime-minister"]
MODALITY = Namespace("https://w3id.org/govgraph/vocab/modality/")


def _evidence(g: Graph, subject: URIRef, start: int, end: int, sentence: str) -> None:
    ev = ID[f"evidence/x-txt/{start}-{end}"]
    g.add((subject, GG.evidence, ev))
    g.add((ev, NIF.anchorOf, Literal(sentence, lang="en")))
    g.add((ev, NIF.beginIndex, Literal(start)))
    g.add((ev, NIF.endIndex, Literal(end)))
    g.add((ev, GG.sourceDocument, DOC))


def make_graph(content: str = "AI must serve humanity", doc_title: str = "China and France on AI") -> Graph:
    """A small model.md graph: 3 people, 2 countries, 1 organisation, 2 commitments, 1 statement, 1 document."""
    g = Graph()
    g.add((DOC, RDF.type, GG.Document))
    g.add((DOC, DCTERMS.identifier, Literal("x.txt")))
    g.add((DOC, DCTERMS.title, Literal(doc_title)))
    for iri, cls, name in [(XI, GG.Person, "Xi Jinping"), (MACRON, GG.Person, "Emmanuel Macron"),
                           (BORNE, GG.Person, "Élisabeth Borne"), (CHINA, GG.Country, "China"),
                           (FRANCE, GG.Country, "France"), (UN, GG.Organization, "United Nations")]:
        g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, Literal(name, lang="en")))
        g.add((iri, GG.mentionedIn, DOC))
    g.add((P1, RDF.type, GG.Position))
    g.add((P1, URIRef("http://www.w3.org/ns/org#member"), BORNE))
    g.add((P1, URIRef("http://www.w3.org/ns/org#organization"), FRANCE))
    g.add((P1, GG.title, Literal("prime minister", lang="en")))
    _evidence(g, P1, 10, 80, "Prime minister Élisabeth Borne attended.")
    for c, parties, action, modality, span, sentence in [
        (C1, [CHINA, FRANCE], "strengthen AI governance", "commit", (5, 90),
         "China and France agreed to strengthen AI governance."),
        (C2, [CHINA, FRANCE, UN], "hold a summit", "pledge", (100, 160),
         "China, France and the UN pledged to hold a summit."),
    ]:
        g.add((c, RDF.type, GG.Commitment))
        for p in parties:
            g.add((c, GG.party, p))
        g.add((c, GG.modality, MODALITY[modality]))
        g.add((c, GG.action, Literal(action, lang="en")))
        _evidence(g, c, *span, sentence)
    g.add((S1, RDF.type, GG.Statement))
    g.add((S1, GG.speaker, XI))
    g.add((S1, GG.content, Literal(content, lang="en")))
    _evidence(g, S1, 300, 380, f"Xi said: {content}")
    return g


# nodes: 3 people, 2 countries, 1 organisation, 2 commitments, 1 statement, 1 document
N_NODES = 10
# edges: 1 role, 5 party, 1 speaker, 6 mentioned_in, 3 co_commitment
N_EDGES = 16


@pytest.fixture(scope="module")
def network() -> nx.MultiDiGraph:
    return graph_to_network(make_graph())


@pytest.fixture(scope="module")
def page(network: nx.MultiDiGraph) -> str:
    return render_view(network, "China & France <AI>")


@pytest.fixture(scope="module")
def xss_page() -> str:
    return render_view(graph_to_network(make_graph(XSS_CONTENT, XSS_TITLE)), XSS_TITLE)


def page_data(html: str) -> dict[str, Any]:
    """The JSON payload of a rendered page."""
    match = re.search(r'<script type="application/json" id="govgraph-data">(.*?)</script>', html, re.S)
    assert match is not None
    data: dict[str, Any] = json.loads(match.group(1))
    return data


# Static checks ------------------------------------------------------------------------------


def test_counts_match_the_network(network: nx.MultiDiGraph, page: str) -> None:
    assert network.number_of_nodes() == N_NODES and network.number_of_edges() == N_EDGES
    data = page_data(page)
    assert len(data["nodes"]) == N_NODES and len(data["edges"]) == N_EDGES
    assert {n["id"] for n in data["nodes"]} == set(network.nodes)


@pytest.mark.issue(228)
def test_no_remote_resources(page: str) -> None:
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?\s*https?://""", page, re.I)
    assert not re.search(r"<script\b[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert "cdnjs" not in page and "jsdelivr" not in page
    # vis-network itself is inline
    assert "vis.Network" in page and page.count("</script>") == 3  # data, vis-network, page


def test_text_is_escaped(page: str, xss_page: str) -> None:
    assert "<title>China &amp; France &lt;AI&gt;</title>" in page
    for html in (page, xss_page):
        block = re.search(r'id="govgraph-data">(.*?)</script>', html, re.S)
        assert block is not None and "<" not in block.group(1) and ">" not in block.group(1)
    assert XSS_CONTENT not in xss_page
    assert XSS_TITLE not in xss_page
    assert "\\u003cimg src=x onerror" in xss_page
    assert "&lt;script&gt;window.__xss=2&lt;/script&gt;" in xss_page
    labels = {n["label"] for n in page_data(xss_page)["nodes"]}
    assert XSS_TITLE in labels  # the document node, as data


def test_focus_and_depth(network: nx.MultiDiGraph) -> None:
    data = page_data(render_view(network, "t", focus="élisabeth borne", depth=1))
    assert {n["id"] for n in data["nodes"]} == {str(BORNE), str(FRANCE), str(DOC)}
    assert data["focus"] == str(BORNE)
    data = page_data(render_view(network, "t", focus=str(BORNE), depth=2))
    assert str(CHINA) in {n["id"] for n in data["nodes"]}
    data = page_data(render_view(network, "t", focus=str(BORNE), depth=0))
    assert [n["id"] for n in data["nodes"]] == [str(BORNE)]


def test_unknown_focus_raises(network: nx.MultiDiGraph) -> None:
    with pytest.raises(InputError, match="Nobody"):
        render_view(network, "t", focus="Nobody")


def test_large_networks_keep_the_top_nodes(network: nx.MultiDiGraph, page: str) -> None:
    html = render_view(network, "t", max_nodes=4)
    ids = {n["id"] for n in page_data(html)["nodes"]}
    top = sorted(network.nodes, key=lambda n: (-network.nodes[n]["degree"],
                                               -network.nodes[n]["betweenness"], n))[:4]
    assert ids == set(top)
    assert "Left out: 6 nodes" in html
    assert '<p id="omitted" hidden></p>' in page


def make_chain(n_people: int) -> Graph:
    """People 0..n-1, where each neighbouring pair shares one commitment."""
    g = Graph()
    for i in range(n_people):
        g.add((ID[f"person/p{i}"], RDF.type, GG.Person))
        g.add((ID[f"person/p{i}"], RDFS.label, Literal(f"Person {i}")))
    for i in range(n_people - 1):
        c = ID[f"commitment/x-txt/{i}-{i + 1}"]
        g.add((c, RDF.type, GG.Commitment))
        g.add((c, GG.party, ID[f"person/p{i}"]))
        g.add((c, GG.party, ID[f"person/p{i + 1}"]))
        g.add((c, GG.action, Literal(f"action {i}")))
    return g


@pytest.fixture(scope="module")
def chain_page() -> str:
    # 120 people + 119 commitments = 239 nodes, of which 200 are shown
    return render_view(graph_to_network(make_chain(120)), "chain", max_nodes=200)


def test_big_pages_start_from_a_seeded_layout(chain_page: str) -> None:
    data = page_data(chain_page)
    assert len(data["nodes"]) == 200
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert data["options"]["physics"]["stabilization"]["iterations"] == 60_000 // 200
    assert "Left out: 39 nodes" in chain_page


def test_render_is_deterministic(network: nx.MultiDiGraph, page: str) -> None:
    assert render_view(network, "China & France <AI>") == page


# Browser checks -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A headless Debian Chromium driven by Selenium, shared by the session."""
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not os.path.exists(p)]
    if missing:
        reason = f"{', '.join(missing)} not found; run scripts/install-system.sh as root"
        if os.environ.get("CI"):
            pytest.fail(f"CI needs headless Chromium: {reason}")
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="govgraph-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in CHROME_ARGS:
        options.add_argument(arg)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def load(browser: Any, html: str, path: Path, timeout: float = 30.0) -> list[dict[str, Any]]:
    """Write the page, open it from a file:// URL, wait until it is stable; return its SEVERE console logs."""
    path.write_text(html, encoding="utf-8")
    return open_page(browser, path, timeout)


def open_page(browser: Any, path: Path, timeout: float = 30.0) -> list[dict[str, Any]]:
    """Open a page file, wait until it is stable; return its SEVERE console logs."""
    browser.get_log("browser")  # drop what earlier pages logged
    browser.get(path.as_uri())
    wait_for(browser, "return window.__govgraphReady === true", timeout)
    return [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def requests_made(browser: Any) -> list[str]:
    """The URLs the page fetched after its own file: none, for a self-contained page."""
    urls: list[str] = browser.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
    return urls


def wait_for(browser: Any, script: str, timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = browser.execute_script(script)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for: {script}")
        time.sleep(0.05)


def drawn(browser: Any) -> list[int]:
    counts: list[int] = browser.execute_script(
        "return [network.body.nodeIndices.length, network.body.edgeIndices.length]")
    return counts


@pytest.mark.browser
def test_page_draws_the_network(browser: Any, page: str, tmp_path: Path) -> None:
    assert load(browser, page, tmp_path / "view.html") == []
    assert requests_made(browser) == []
    assert drawn(browser) == [N_NODES, N_EDGES]
    assert browser.execute_script(
        "return [network.body.data.nodes.length, network.body.data.edges.length]") == [N_NODES, N_EDGES]
    assert browser.execute_script("return network.physics.options.enabled") is False
    assert browser.execute_script("return document.title") == "China & France <AI>"
    assert browser.find_element("id", "title").text == "China & France <AI>"


@pytest.mark.browser
def test_filters_hide_nodes(browser: Any, page: str, tmp_path: Path) -> None:
    load(browser, page, tmp_path / "view.html")
    browser.find_element("id", "filter-class-Commitment").click()
    # the two commitments go, and with them their 5 party edges
    assert drawn(browser) == [N_NODES - 2, N_EDGES - 5]
    assert browser.execute_script(f"return network.body.nodes['{C1}'].options.hidden") is True
    browser.find_element("id", "filter-class-Commitment").click()
    assert drawn(browser) == [N_NODES, N_EDGES]
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element("id", "filter-modality")).select_by_value("pledge")
    assert drawn(browser)[0] == N_NODES - 1
    assert browser.execute_script(f"return network.body.nodes['{C2}'].options.hidden") is False
    Select(browser.find_element("id", "filter-modality")).select_by_value("")
    Select(browser.find_element("id", "filter-doc")).select_by_value("x.txt")
    assert drawn(browser)[0] == N_NODES


@pytest.mark.browser
def test_search_focuses_a_node(browser: Any, page: str, tmp_path: Path) -> None:
    load(browser, page, tmp_path / "view.html")
    box = browser.find_element("id", "search")
    box.send_keys("macron\n")
    assert browser.execute_script("return network.getSelectedNodes()") == [str(MACRON)]
    assert browser.find_element("css selector", "#panel h2").text == "Emmanuel Macron"
    # the camera ends on the node, zoomed in (vis's eased animation stops a hair short)
    wait_for(browser, f"""
        var p = network.getPositions(['{MACRON}'])['{MACRON}'], v = network.getViewPosition();
        return Math.abs(p.x - v.x) < 5 && Math.abs(p.y - v.y) < 5 && Math.abs(network.getScale() - 1.2) < 0.01;
    """, timeout=5)
    box.clear()
    box.send_keys("nobody at all\n")
    assert "No node matches" in browser.find_element("id", "search-status").text


@pytest.mark.browser
def test_clicking_a_node_shows_its_evidence(browser: Any, page: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    load(browser, page, tmp_path / "view.html")
    canvas = browser.find_element("css selector", "#network canvas")
    x, y, w, h = browser.execute_script(f"""
        var p = network.canvasToDOM(network.getPositions(['{C1}'])['{C1}']);
        var c = document.querySelector('#network canvas');
        return [p.x, p.y, c.clientWidth, c.clientHeight];""")
    # a real click on the node (Selenium offsets count from the element's centre)
    ActionChains(browser).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).click().perform()
    wait_for(browser, "return document.getElementById('panel').dataset.id")
    panel = browser.find_element("id", "panel").text
    assert browser.execute_script("return network.getSelectedNodes()") == [str(C1)]
    assert "China and France agreed to strengthen AI governance." in panel
    assert "x.txt [5–90]" in panel
    assert "Commitment" in panel and "commit" in panel and str(C1) in panel
    # roles, through the page's own handler
    assert browser.execute_script(f"return govgraph.showNode('{BORNE}')") is True
    panel = browser.find_element("id", "panel").text
    assert "prime minister — Élisabeth Borne @ France" in panel
    assert "Prime minister Élisabeth Borne attended." in panel
    # an edge
    edge = browser.execute_script(
        "return network.body.data.edges.get({filter: function (e) { return e.label === 'prime minister'; }})[0].id")
    assert browser.execute_script(f"return govgraph.showEdge('{edge}')") is True
    panel = browser.find_element("id", "panel").text
    assert "role" in panel and "Élisabeth Borne" in panel and "x.txt [10–80]" in panel


@pytest.mark.browser
def test_document_text_is_never_run(browser: Any, xss_page: str, tmp_path: Path) -> None:
    assert load(browser, xss_page, tmp_path / "xss.html") == []
    assert browser.execute_script("return typeof window.__xss") == "undefined"
    assert browser.find_element("id", "title").text == XSS_TITLE
    browser.execute_script(f"govgraph.showNode('{S1}')")
    panel = browser.find_element("id", "panel").text
    assert XSS_CONTENT in panel and f"Xi said: {XSS_CONTENT}" in panel
    browser.execute_script(f"govgraph.showNode('{DOC}')")
    assert XSS_TITLE in browser.find_element("css selector", "#panel h2").text
    browser.find_element("id", "search").send_keys("<img\n")
    assert browser.execute_script("return network.getSelectedNodes()") == [str(S1)]
    assert browser.execute_script("return document.querySelectorAll('#panel img, #panel script').length") == 0
    time.sleep(0.2)  # give a stray onerror handler time to run
    assert browser.execute_script("return typeof window.__xss") == "undefined"


@pytest.mark.browser
def test_big_page_is_ready_and_says_what_was_left_out(browser: Any, chain_page: str,
                                                      tmp_path: Path) -> None:
    assert load(browser, chain_page, tmp_path / "chain.html") == []
    nodes, edges = drawn(browser)
    assert nodes == 200 and edges == len(page_data(chain_page)["edges"])
    notice = browser.find_element("id", "omitted")
    assert notice.is_displayed() and "Left out: 39 nodes" in notice.text


@pytest.mark.browser
def test_empty_network_page_is_ready(browser: Any, tmp_path: Path) -> None:
    assert load(browser, render_view(nx.MultiDiGraph(), "empty"), tmp_path / "empty.html") == []
    assert drawn(browser) == [0, 0]
    assert browser.find_element("id", "status").text == "Nothing to show."


# The seed corpus and a hostile document, built as `govgraph build` builds them ---------------


@pytest.fixture(scope="module")
def seed_network(seed_build: Any) -> nx.MultiDiGraph:
    result, _ = seed_build
    return graph_to_network(result.merged)


@pytest.fixture(scope="module")
def xss_build(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, Path]:
    from govgraph.build import build_graphs, write_build

    corpus = tmp_path_factory.mktemp("xss-corpus")
    (corpus / "xss.txt").write_text(XSS_DOCUMENT, encoding="utf-8")
    out = tmp_path_factory.mktemp("xss-graphs")
    result = build_graphs([corpus], nlp=nlp)
    write_build(result, out)
    return graph_to_network(result.merged), out


def hidden_edges(network: nx.MultiDiGraph, hidden: set[str]) -> int:
    return sum(1 for u, v in network.edges() if u in hidden or v in hidden)


@pytest.mark.browser
@pytest.mark.issue(4)
def test_seed_view_loads_offline_and_draws_the_network(browser: Any, seed_build: Any,
                                                       seed_network: nx.MultiDiGraph) -> None:
    _, folder = seed_build
    assert open_page(browser, folder / "govgraph.html") == []
    assert requests_made(browser) == []
    assert drawn(browser) == [seed_network.number_of_nodes(), seed_network.number_of_edges()]
    assert sorted(browser.execute_script("return network.body.data.nodes.getIds()")) == sorted(seed_network.nodes)
    assert browser.execute_script("return network.physics.options.enabled") is False
    assert browser.execute_script("""
        var p = network.getPositions();
        return Object.keys(p).every(function (k) { return isFinite(p[k].x) && isFinite(p[k].y); });""")


@pytest.mark.browser
@pytest.mark.issue(4)
def test_seed_view_filters_and_search(browser: Any, seed_build: Any, seed_network: nx.MultiDiGraph) -> None:
    from selenium.webdriver.support.ui import Select

    _, folder = seed_build
    open_page(browser, folder / "govgraph.html")
    net = seed_network
    n, e = net.number_of_nodes(), net.number_of_edges()
    attrs = dict(net.nodes(data=True))
    # class
    people = {v for v, a in attrs.items() if a["cls"] == "Person"}
    assert people
    browser.find_element("id", "filter-class-Person").click()
    assert drawn(browser) == [n - len(people), e - hidden_edges(net, people)]
    assert browser.find_element("id", "visible-count").text == f"{n - len(people)} of {n} nodes shown"
    browser.find_element("id", "filter-class-Person").click()
    assert drawn(browser) == [n, e]
    # modality: commitments of other modalities go
    modalities = sorted({a["modality"] for a in attrs.values() if a["cls"] == "Commitment"})
    assert modalities
    Select(browser.find_element("id", "filter-modality")).select_by_value(modalities[0])
    other = {v for v, a in attrs.items() if a["cls"] == "Commitment" and a["modality"] != modalities[0]}
    assert drawn(browser) == [n - len(other), e - hidden_edges(net, other)]
    Select(browser.find_element("id", "filter-modality")).select_by_value("")
    # document: nodes from other documents go (the seed has one document)
    doc = sorted({d for a in attrs.values() for d in a.get("docs", [])})[0]
    elsewhere = {v for v, a in attrs.items() if doc not in a.get("docs", [])}
    Select(browser.find_element("id", "filter-doc")).select_by_value(doc)
    assert drawn(browser) == [n - len(elsewhere), e - hidden_edges(net, elsewhere)]
    Select(browser.find_element("id", "filter-doc")).select_by_value("")
    assert drawn(browser) == [n, e]
    # search: the best-connected person, by name in capitals
    person = max(sorted(people), key=lambda v: attrs[v]["degree"])
    box = browser.find_element("id", "search")
    box.send_keys(attrs[person]["label"].upper() + "\n")
    assert browser.execute_script("return network.getSelectedNodes()") == [person]
    assert browser.find_element("css selector", "#panel h2").text == attrs[person]["label"]
    # click for evidence: a commitment shows its sentence and document
    commitment = sorted(v for v, a in attrs.items() if a["cls"] == "Commitment")[0]
    assert browser.execute_script(f"return govgraph.showNode({json.dumps(commitment)})") is True
    panel = browser.find_element("id", "panel").text
    evidence = attrs[commitment]["evidence"][0]
    assert " ".join(evidence["sentence"].split()) in " ".join(panel.split())
    assert f"{evidence['doc']} [{evidence['start']}–{evidence['end']}]" in panel


@pytest.mark.browser
@pytest.mark.issue(4)
def test_xss_document_runs_nothing(browser: Any, xss_build: tuple[nx.MultiDiGraph, Path]) -> None:
    network, out = xss_build
    kinds = {a["cls"]: v for v, a in network.nodes(data=True)}
    statement, document = kinds["Statement"], kinds["Document"]
    assert XSS_CONTENT in network.nodes[statement]["content"]
    assert network.nodes[document]["title"].startswith(XSS_TITLE)
    assert open_page(browser, out / "govgraph.html") == []
    assert browser.execute_script("return typeof window.__xss") == "undefined"
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    assert browser.execute_script("return document.scripts.length") == 3
    browser.execute_script(f"govgraph.showNode({json.dumps(statement)})")
    assert XSS_CONTENT in browser.find_element("id", "panel").text
    browser.execute_script(f"govgraph.showNode({json.dumps(document)})")
    assert browser.find_element("css selector", "#panel h2").text.startswith(XSS_TITLE)
    browser.find_element("id", "search").send_keys("<img\n")
    assert browser.execute_script("return network.getSelectedNodes()") == [statement]
    assert browser.execute_script("return document.querySelectorAll('img, #panel script').length") == 0
    time.sleep(0.2)  # give a stray onerror handler time to run
    assert browser.execute_script("return typeof window.__xss") == "undefined"


# The command --------------------------------------------------------------------------------


@pytest.mark.issue(4)
def test_view_command_writes_the_page(seed_build: Any, seed_network: nx.MultiDiGraph, tmp_path: Path) -> None:
    _, folder = seed_build
    out = tmp_path / "view.html"
    result = CliRunner().invoke(cli, ["view", "--graph", str(folder), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and result.stderr == f"wrote {out}\n"
    # the same page as the build's
    assert out.read_text(encoding="utf-8") == (folder / "govgraph.html").read_text(encoding="utf-8")
    actor = max(sorted(v for v, a in seed_network.nodes(data=True) if a["cls"] == "Country"),
                key=lambda v: seed_network.nodes[v]["degree"])
    label = seed_network.nodes[actor]["label"]
    result = CliRunner().invoke(cli, ["view", "--graph", str(folder), "--out", str(out),
                                      "--focus", label.lower(), "--depth", "1", "--title", "Focus"])
    assert result.exit_code == 0, result.output
    data = page_data(out.read_text(encoding="utf-8"))
    neighbourhood = set(nx.single_source_shortest_path_length(seed_network.to_undirected(), actor, cutoff=1))
    assert data["focus"] == actor and {n["id"] for n in data["nodes"]} == neighbourhood
    assert data["title"] == "Focus"


@pytest.mark.issue(4)
def test_view_command_errors(seed_build: Any, tmp_path: Path) -> None:
    _, folder = seed_build
    runner = CliRunner()
    out = str(tmp_path / "view.html")
    result = runner.invoke(cli, ["view", "--graph", str(folder), "--out", out, "--focus", "Nobody"])
    assert result.exit_code == 1
    assert result.stderr == "Error: no node named or with IRI 'Nobody' in the graph; give an actor's exact name or IRI\n"
    assert not Path(out).exists()
    assert runner.invoke(cli, ["view", "--graph", str(folder), "--out", out, "--depth", "-1"]).exit_code == 2
    assert runner.invoke(cli, ["view", "--graph", str(folder)]).exit_code == 2  # --out is required
