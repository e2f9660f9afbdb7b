"""Render a govgraph network as one self-contained, interactive HTML page.

pyvis builds the vis-network node, edge and option data. The page itself is
our own: pyvis 0.3.2's template links CDN stylesheets and scripts even with
``cdn_resources="in_line"`` (pyvis #228/#229), so we inline the vis-network
files that pyvis ships and emit no ``<script src>`` or ``<link href>`` at all.
The page works offline from a file:// URL.

All text that comes from documents (names, titles, quotes, sentences) travels
as JSON inside ``<script type="application/json">`` with ``<``, ``>`` and ``&``
escaped, and the page builds its DOM with ``textContent`` only.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from pyvis.network import Network

from govgraph.errors import InputError

#: Above this many nodes the view keeps the top nodes by degree, then betweenness.
MAX_NODES = 1000
#: Layout work budget in node-iterations: stabilisation stops after about
#: LAYOUT_BUDGET / nodes iterations (within 50..1000), which keeps a 1,000-node
#: page at about 3 s of layout on a 2-core machine (~40 ms an iteration).
LAYOUT_BUDGET = 60_000
#: Up to this many nodes vis-network places nodes itself (improvedLayout); above it,
#: nodes start from a seeded layout grouped by community, so fewer iterations suffice.
SEEDED_LAYOUT_ABOVE = 150
#: Commitment and statement labels are cut to this many characters on the canvas.
CANVAS_LABEL_MAX = 32
#: At most this many evidence sentences per node or edge are put in the page.
EVIDENCE_LIMIT = 50

#: Colour, vis-network shape and legend symbol of each node class.
CLASS_STYLE: dict[str, dict[str, str]] = {
    "Person": {"color": "#4e79a7", "shape": "dot", "symbol": "\u25cf"},
    "Country": {"color": "#59a14f", "shape": "square", "symbol": "\u25a0"},
    "Organization": {"color": "#f28e2b", "shape": "triangle", "symbol": "\u25b2"},
    "Commitment": {"color": "#e15759", "shape": "diamond", "symbol": "\u25c6"},
    "Statement": {"color": "#b07aa1", "shape": "star", "symbol": "\u2605"},
    "Document": {"color": "#9c755f", "shape": "hexagon", "symbol": "\u2b22"},
}
_OTHER_STYLE = {"color": "#bab0ac", "shape": "dot", "symbol": "\u25cf"}

#: Colour of each edge kind.
EDGE_STYLE: dict[str, str] = {
    "role": "#4e79a7",
    "party": "#e15759",
    "speaker": "#b07aa1",
    "mentioned_in": "#c9c9c9",
    "sub_organization": "#f28e2b",
    "co_commitment": "#8c1c13",
}

_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_SOURCE_MAP = re.compile(r"^\s*//[#@]\s*sourceMappingURL=.*$", re.MULTILINE)
# A resource the browser would load from the network.
_REMOTE = re.compile(
    r"""(?:\b(?:src|href|srcset|poster|action)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:url\(\s*["']?\s*(?:https?:)?//)|(?:@import\b)|(?:<script\b[^>]*\bsrc\s*=)|(?:<link\b)""",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"%([A-Z_]+)%")
_DATA_BLOCK = re.compile(
    r'<script type="application/json" id="govgraph-data">(.*?)</script>', re.DOTALL)


def render_view(
    network: nx.MultiDiGraph,
    title: str,
    focus: str | None = None,
    depth: int = 1,
    *,
    max_nodes: int = MAX_NODES,
) -> str:
    """Render a network from graph_to_network as a self-contained HTML page.

    The page shows nodes coloured and shaped by class (with a legend), sized by
    degree, with labelled edges; a side panel with the label, class, roles,
    evidence sentences (with document ids) and IRI of the clicked node or edge;
    filters by class, document and modality; and a search box that focuses a
    node by name. Physics lays the graph out, then is switched off; the page
    sets ``window.__govgraphReady = true`` once stable, and exposes the vis
    Network as ``window.network`` and its handlers as ``window.govgraph``.

    network (nx.MultiDiGraph): the network, from graph_to_network.
    title (str): the page heading.
    focus (str | None): an IRI or a label (case-insensitive) of the node whose
        neighbourhood to show; None shows the whole network.
    depth (int): how many hops around ``focus`` to keep.
    max_nodes (int): above this many nodes, keep the top ones by degree then
        betweenness, and say on the page what was left out.
    RETURNS (str): the HTML page; it loads nothing from the network.
    """
    focus_id = None
    shown = network
    if focus is not None:
        focus_id = _find_node(network, focus)
        if depth < 0:
            raise InputError(f"depth {depth} is negative", "give a depth of 0 or more")
        reach = nx.single_source_shortest_path_length(
            network.to_undirected(as_view=True), focus_id, cutoff=depth)
        shown = network.subgraph(reach)
    kept, omitted = _top_nodes(shown, max_nodes, focus_id)
    shown = shown.subgraph(kept)

    net, details = _build_pyvis(network, shown)
    nodes, edges, _, _, _, options_json = net.get_network_data()
    options = _options(json.loads(options_json), len(nodes))

    classes = Counter(shown.nodes[n].get("cls", "") for n in shown.nodes)
    payload = {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "options": options,
        "details": details,
        "classes": [{"name": c, "count": classes.get(c, 0), **CLASS_STYLE[c]}
                    for c in CLASS_STYLE],
        "edgeKinds": [{"name": k, "color": c} for k, c in EDGE_STYLE.items()],
        "documents": sorted({d for n in shown.nodes for d in shown.nodes[n].get("docs", [])}),
        "modalities": sorted({str(shown.nodes[n]["modality"]) for n in shown.nodes
                              if shown.nodes[n].get("modality")}),
        "focus": focus_id,
    }
    values = {
        "TITLE": html.escape(title),
        "SUBTITLE": html.escape(_subtitle(network, shown, focus_id, depth)),
        "OMITTED": html.escape(omitted),
        "OMITTED_HIDDEN": "" if omitted else " hidden",
        "VIS_CSS": _asset("vis-network.css"),
        "PAGE_CSS": _CSS,
        "DATA": _json_for_script(payload),
        "VIS_JS": _asset("vis-network.min.js"),
        "PAGE_JS": _JS,
    }
    # One pass, so that text inside a value is never taken for a placeholder.
    page = _PLACEHOLDER.sub(lambda m: values[m.group(1)], _PAGE)
    _check_self_contained(page)
    return page


def _find_node(network: nx.MultiDiGraph, focus: str) -> str:
    """Return the node whose IRI, or else label (actors first), matches focus."""
    if focus in network:
        return focus
    wanted = focus.strip().casefold()
    matches = sorted(
        (network.nodes[n].get("cls") not in ("Person", "Country", "Organization"), n)
        for n in network.nodes
        if str(network.nodes[n].get("label", "")).strip().casefold() == wanted)
    if not matches:
        raise InputError(f"no node named or with IRI {focus!r} in the graph",
                         "give an actor's exact name or IRI")
    return matches[0][1]


def _top_nodes(network: nx.MultiDiGraph, max_nodes: int, focus: str | None) -> tuple[list[str], str]:
    """Keep at most max_nodes nodes, by degree then betweenness; describe the rest."""
    ranked = sorted(network.nodes, key=lambda n: (
        n != focus,
        -network.nodes[n].get("degree", network.degree(n)),
        -network.nodes[n].get("betweenness", 0.0),
        n))
    kept, left = ranked[:max_nodes], ranked[max_nodes:]
    if not left:
        return kept, ""
    kept_set = set(kept)
    left_edges = sum(1 for u, v in network.edges() if u not in kept_set or v not in kept_set)
    by_class = Counter(network.nodes[n].get("cls", "other") for n in left)
    parts = ", ".join(f"{by_class[c]:,} {c}" for c in sorted(by_class, key=lambda c: (-by_class[c], c)))
    return kept, (
        f"Showing the {len(kept):,} nodes with the highest degree, then betweenness, of "
        f"{network.number_of_nodes():,}. Left out: {len(left):,} nodes ({parts}) and "
        f"{left_edges:,} edges. Use focus and depth to see a neighbourhood in full.")


def _subtitle(full: nx.MultiDiGraph, shown: nx.MultiDiGraph, focus: str | None, depth: int) -> str:
    text = f"{shown.number_of_nodes():,} nodes, {shown.number_of_edges():,} edges"
    if focus is not None:
        label = full.nodes[focus].get("label", focus)
        text += f" within {depth} hop{'s' if depth != 1 else ''} of {label}"
    return text


def _build_pyvis(full: nx.MultiDiGraph, shown: nx.MultiDiGraph) -> tuple[Network, dict[str, Any]]:
    """Fill a pyvis Network with the shown nodes and edges; return it and the panel details."""
    net = Network(directed=True, cdn_resources="in_line")
    node_details: dict[str, Any] = {}
    positions = _initial_positions(shown) if len(shown) > SEEDED_LAYOUT_ABOVE else {}
    degrees = {n: int(shown.nodes[n].get("degree", full.degree(n))) for n in shown.nodes}
    top = max(degrees.values(), default=1) or 1
    for n in sorted(shown.nodes):
        a = shown.nodes[n]
        cls = str(a.get("cls", ""))
        style = CLASS_STYLE.get(cls, _OTHER_STYLE)
        # area grows with degree, relative to the best-connected node shown
        size = round(8 + 24 * math.sqrt(degrees[n] / top), 2)
        label = str(a.get("label") or n)
        if cls in ("Commitment", "Statement"):
            label = _shorten(label, CANVAS_LABEL_MAX)  # sentences would cover the canvas
        net.add_node(n, label=label, shape=style["shape"], color=style["color"],
                     size=size, **positions.get(n, {}))
        node_details[n] = _node_details(full, n)
    edge_details: dict[str, Any] = {}
    for i, (u, v, k, a) in enumerate(sorted(shown.edges(keys=True, data=True),
                                            key=lambda e: (e[0], e[1], str(e[2])))):
        kind = str(a.get("kind", ""))
        eid = f"e{i}"
        extra: dict[str, Any] = {}
        if kind == "co_commitment":
            extra = {"arrows": {"to": {"enabled": False}}, "dashes": True,
                     "width": min(1 + int(a.get("weight", 1)), 8)}
        # "mentioned in" is the most common and least telling edge: its colour says it.
        canvas_label = "" if kind == "mentioned_in" else str(a.get("label", kind))
        net.add_edge(u, v, id=eid, label=canvas_label, color=EDGE_STYLE.get(kind, "#999999"), **extra)
        edge_details[eid] = {
            "kind": kind, "label": str(a.get("label", kind)),
            "from": str(full.nodes[u].get("label", u)), "to": str(full.nodes[v].get("label", v)),
            "fromIri": u, "toIri": v, "status": a.get("status"), "weight": a.get("weight", 1),
            **_evidence(a)}
    return net, {"nodes": node_details, "edges": edge_details}


def _initial_positions(network: nx.MultiDiGraph, spacing: float = 45.0) -> dict[str, dict[str, float]]:
    """Place nodes deterministically: communities on a sunflower spiral, each a small spiral.

    A good start lets physics settle in a bounded number of iterations; a random start
    needs several times more, and 1,000 nodes cost ~40 ms per iteration in headless Chromium.
    """
    golden = math.pi * (3 - math.sqrt(5))
    groups: dict[int, list[str]] = {}
    for n in network.nodes:
        groups.setdefault(int(network.nodes[n].get("community", -1)), []).append(n)
    order = sorted(groups.values(), key=lambda members: (-len(members), min(members)))
    positions: dict[str, dict[str, float]] = {}
    placed = 0
    for k, members in enumerate(order):
        # the community's centre sits where its area is added to the disc already filled
        radius = spacing * 1.6 * math.sqrt(placed + len(members) / 2)
        cx, cy = radius * math.cos(k * golden), radius * math.sin(k * golden)
        placed += len(members)
        members = sorted(members, key=lambda n: (-network.nodes[n].get("degree", 0), n))
        for j, n in enumerate(members):
            r = spacing * math.sqrt(j)
            positions[n] = {"x": round(cx + r * math.cos(j * golden), 1),
                            "y": round(cy + r * math.sin(j * golden), 1)}
    return positions


def _node_details(full: nx.MultiDiGraph, n: str) -> dict[str, Any]:
    a = full.nodes[n]

    def label(iri: str | None) -> str | None:
        return None if iri is None else str(full.nodes[iri].get("label", iri)) if iri in full else iri

    fields = [(name, a.get(key)) for name, key in (
        ("modality", "modality"), ("action", "action"), ("negated", "negated"),
        ("condition", "condition"), ("deadline", "deadline"), ("content", "content"),
        ("speech mode", "speech_mode"), ("title", "title"), ("document id", "doc_id"),
        ("source", "source"), ("date", "date"))]
    return {
        "label": str(a.get("label") or n), "cls": str(a.get("cls", "")), "iri": str(a.get("iri", n)),
        "modality": a.get("modality"), "docs": list(a.get("docs", [])),
        "degree": a.get("degree"), "betweenness": a.get("betweenness"),
        "community": a.get("community"),
        "fields": [[k, str(v)] for k, v in fields if v is not None and v != ""],
        "roles": [{"title": r.get("title"), "status": r.get("status"),
                   "holder": label(r.get("holder")), "organization": label(r.get("organization"))}
                  for r in a.get("roles", [])],
        **_evidence(a),
    }


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _evidence(attrs: dict[str, Any]) -> dict[str, Any]:
    evidence = list(attrs.get("evidence", []))
    return {"evidence": [{"doc": str(e.get("doc", "")), "sentence": str(e.get("sentence", "")),
                          "start": e.get("start"), "end": e.get("end")}
                         for e in evidence[:EVIDENCE_LIMIT]],
            "evidenceCount": int(attrs.get("evidence_count", len(evidence)))}


def _options(options: dict[str, Any], n_nodes: int) -> dict[str, Any]:
    """Adapt pyvis's default options: bounded, seeded stabilisation; lighter drawing when big."""
    big = n_nodes > 300
    physics = options.setdefault("physics", {})
    physics.update({
        "enabled": True,
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -6000, "centralGravity": 0.3,
                      "springLength": 120, "springConstant": 0.04, "damping": 0.3,
                      "avoidOverlap": 0.1},
        "minVelocity": 1.0,
        "stabilization": {"enabled": True,
                          "iterations": max(50, min(1000, LAYOUT_BUDGET // max(n_nodes, 1))),
                          "updateInterval": 25, "fit": True},
    })
    options["layout"] = {"randomSeed": 42, "improvedLayout": n_nodes <= 150}
    edges = options.setdefault("edges", {})
    edges["color"] = {"inherit": False}
    edges["smooth"] = False if big else {"enabled": True, "type": "continuous"}
    edges["font"] = {"size": 10, "align": "horizontal", "color": "#555555", "strokeWidth": 3}
    edges["arrows"] = {"to": {"enabled": True, "scaleFactor": 0.5}}
    options["nodes"] = {"font": {"size": 13}, "borderWidth": 1}
    options["interaction"] = {"hover": True, "hideEdgesOnDrag": big, "tooltipDelay": 200,
                              "multiselect": False}
    options["configure"] = {"enabled": False}
    return options


def _json_for_script(data: Any) -> str:
    """Serialise data for a <script type="application/json"> block that no text can close."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _asset(name: str) -> str:
    """Read a vis-network file shipped in the pyvis package, without its source-map link."""
    text = (_VIS_DIR / name).read_text(encoding="utf-8")
    text = _SOURCE_MAP.sub("", text)
    if re.search(r"</(?:script|style)|<!--", text, re.IGNORECASE):
        raise RuntimeError(f"{_VIS_DIR / name}: cannot be inlined safely (it contains a closing tag)")
    return text


def _check_self_contained(page: str) -> None:
    """Raise if the page would load anything from the network (pyvis #228/#229)."""
    match = _DATA_BLOCK.search(page)
    if match is None or "<" in match.group(1):
        raise RuntimeError("the view's data block is missing or not escaped")
    outside = page[: match.start()] + page[match.end():]
    remote = _REMOTE.search(outside)
    if remote:
        raise RuntimeError(f"the view would load a remote resource: {remote.group(0)!r}")


_CSS = """
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { padding: 6px 12px; border-bottom: 1px solid #ddd; }
header h1 { font-size: 18px; margin: 0; display: inline; }
header .sub { color: #666; margin-left: 12px; }
#omitted { margin: 4px 0 0; padding: 4px 8px; background: #fff4d6; border: 1px solid #e8c96b; }
main { flex: 1; display: flex; min-height: 0; }
#controls { width: 230px; padding: 8px; overflow-y: auto; border-right: 1px solid #ddd; }
#controls h3, #panel h3 { font-size: 13px; margin: 12px 0 4px; text-transform: uppercase; color: #555; }
#controls label { display: block; cursor: pointer; }
#controls select, #controls input[type=search] { width: 100%; }
.symbol { display: inline-block; width: 1.2em; text-align: center; }
.edgekind { display: flex; align-items: center; gap: 6px; font-size: 12px; }
.edgekind .line { display: inline-block; width: 22px; height: 3px; }
#search-status { color: #a33; font-size: 12px; min-height: 1em; }
#network-wrap { flex: 1; position: relative; min-width: 0; }
#network { position: absolute; inset: 0; }
#status { position: absolute; top: 8px; left: 8px; color: #555; background: rgba(255,255,255,.8); }
#panel { width: 340px; padding: 8px 12px; overflow-y: auto; border-left: 1px solid #ddd; }
#panel h2 { font-size: 16px; margin: 4px 0; overflow-wrap: anywhere; }
#panel dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; }
#panel dt { color: #666; }
#panel dd { margin: 0; overflow-wrap: anywhere; }
#panel code { font-size: 12px; overflow-wrap: anywhere; }
.evidence { margin: 6px 0; }
.evidence .doc { font-size: 12px; color: #666; }
.evidence blockquote { margin: 2px 0 0; padding-left: 8px; border-left: 3px solid #ccc; }
.hint { color: #888; }
"""

_JS = r"""
(function () {
  "use strict";
  var timings = window.__govgraphTimings = {start: performance.now()};
  var data = JSON.parse(document.getElementById("govgraph-data").textContent);
  var details = data.details;
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var statusBox = document.getElementById("status");
  var panel = document.getElementById("panel");
  window.__govgraphReady = false;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function fmt(x) { return typeof x === "number" ? String(Math.round(x * 10000) / 10000) : String(x); }

  var network = new vis.Network(document.getElementById("network"),
                                {nodes: nodes, edges: edges}, data.options);
  window.network = network;
  timings.network = performance.now();

  function ready() {
    timings.stabilized = performance.now();
    network.setOptions({physics: {enabled: false}});
    statusBox.textContent = "";
    window.__govgraphReady = true;
    timings.ready = performance.now();
  }
  network.on("stabilizationProgress", function (p) {
    statusBox.textContent = "Laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", ready);
  if (data.nodes.length === 0) { ready(); statusBox.textContent = "Nothing to show."; }

  // Side panel -------------------------------------------------------------
  function row(dl, name, value) {
    if (value === undefined || value === null || value === "") { return; }
    dl.appendChild(el("dt", name));
    var dd = el("dd");
    if (name === "IRI") { dd.appendChild(el("code", value)); } else { dd.textContent = String(value); }
    dl.appendChild(dd);
  }
  function evidenceList(item) {
    var box = el("section", null, "evidence-list");
    box.appendChild(el("h3", "Evidence (" + item.evidenceCount + ")"));
    if (!item.evidence.length) { box.appendChild(el("p", "No evidence sentence.", "hint")); }
    item.evidence.forEach(function (ev) {
      var div = el("div", null, "evidence");
      div.appendChild(el("div", ev.doc + " [" + ev.start + "\u2013" + ev.end + "]", "doc"));
      div.appendChild(el("blockquote", ev.sentence));
      box.appendChild(div);
    });
    if (item.evidenceCount > item.evidence.length) {
      box.appendChild(el("p", "\u2026 and " + (item.evidenceCount - item.evidence.length) +
                              " more not included in this page.", "hint"));
    }
    return box;
  }
  function showNode(id) {
    var d = details.nodes[id];
    if (!d) { return false; }
    clear(panel);
    panel.dataset.kind = "node";
    panel.dataset.id = id;
    panel.appendChild(el("h2", d.label));
    var dl = el("dl");
    row(dl, "class", d.cls);
    d.fields.forEach(function (f) { row(dl, f[0], f[1]); });
    if (d.docs.length) { row(dl, "documents", d.docs.join(", ")); }
    row(dl, "degree", d.degree);
    row(dl, "betweenness", d.betweenness === null ? null : fmt(d.betweenness));
    row(dl, "community", d.community);
    row(dl, "IRI", d.iri);
    panel.appendChild(dl);
    if (d.roles.length) {
      panel.appendChild(el("h3", "Roles"));
      var ul = el("ul", null, "roles");
      d.roles.forEach(function (r) {
        var text = r.title + " \u2014 " + r.holder + (r.organization ? " @ " + r.organization : "");
        if (r.status) { text += " (" + r.status + ")"; }
        ul.appendChild(el("li", text));
      });
      panel.appendChild(ul);
    }
    panel.appendChild(evidenceList(d));
    return true;
  }
  function showEdge(id) {
    var d = details.edges[id];
    if (!d) { return false; }
    clear(panel);
    panel.dataset.kind = "edge";
    panel.dataset.id = id;
    panel.appendChild(el("h2", d.label));
    var dl = el("dl");
    row(dl, "kind", d.kind);
    row(dl, "from", d.from);
    row(dl, "to", d.to);
    row(dl, "status", d.status);
    if (d.kind === "co_commitment") { row(dl, "shared commitments", d.weight); }
    row(dl, "from IRI", d.fromIri);
    row(dl, "to IRI", d.toIri);
    panel.appendChild(dl);
    panel.appendChild(evidenceList(d));
    return true;
  }
  function clearPanel() {
    clear(panel);
    delete panel.dataset.kind;
    delete panel.dataset.id;
    panel.appendChild(el("p", "Click a node or an edge to see its evidence.", "hint"));
  }
  network.on("click", function (params) {
    if (params.nodes && params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges && params.edges.length) { showEdge(params.edges[0]); }
    else { clearPanel(); }
  });

  // Filters ----------------------------------------------------------------
  var classOn = {};
  var classBox = document.getElementById("filter-classes");
  data.classes.forEach(function (c) {
    classOn[c.name] = true;
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.id = "filter-class-" + c.name;
    box.dataset.cls = c.name;
    box.addEventListener("change", function () { classOn[c.name] = box.checked; applyFilters(); });
    var sym = el("span", c.symbol, "symbol");
    sym.style.color = c.color;
    label.appendChild(box);
    label.appendChild(sym);
    label.appendChild(document.createTextNode(c.name + " (" + c.count + ")"));
    classBox.appendChild(label);
  });
  var kindBox = document.getElementById("edge-kinds");
  data.edgeKinds.forEach(function (k) {
    var div = el("div", null, "edgekind");
    var line = el("span", null, "line");
    line.style.background = k.color;
    div.appendChild(line);
    div.appendChild(document.createTextNode(k.name.replace(/_/g, " ")));
    kindBox.appendChild(div);
  });
  function fillSelect(select, values, allText) {
    select.appendChild(new Option(allText, ""));
    values.forEach(function (v) { select.appendChild(new Option(v, v)); });
  }
  var docSelect = document.getElementById("filter-doc");
  var modalitySelect = document.getElementById("filter-modality");
  fillSelect(docSelect, data.documents, "All documents");
  fillSelect(modalitySelect, data.modalities, "All modalities");
  docSelect.addEventListener("change", applyFilters);
  modalitySelect.addEventListener("change", applyFilters);

  function isShown(id) {
    var d = details.nodes[id];
    var doc = docSelect.value, modality = modalitySelect.value;
    return classOn[d.cls] !== false &&
      (!doc || d.docs.indexOf(doc) >= 0) &&
      (!modality || d.cls !== "Commitment" || d.modality === modality);
  }
  function applyFilters() {
    var updates = [];
    data.nodes.forEach(function (n) {
      var hidden = !isShown(n.id);
      if (Boolean(nodes.get(n.id).hidden) !== hidden) { updates.push({id: n.id, hidden: hidden}); }
    });
    if (updates.length) { nodes.update(updates); }
    var visible = nodes.get({filter: function (n) { return !n.hidden; }}).length;
    document.getElementById("visible-count").textContent =
      visible + " of " + data.nodes.length + " nodes shown";
    return visible;
  }

  // Search -----------------------------------------------------------------
  var names = document.getElementById("search-names");
  var seen = {};
  data.nodes.forEach(function (n) {
    var label = details.nodes[n.id].label;
    if (!seen[label]) { seen[label] = true; var o = document.createElement("option"); o.value = label; names.appendChild(o); }
  });
  var searchInput = document.getElementById("search");
  var searchStatus = document.getElementById("search-status");
  function searchNode(query) {
    var q = String(query || "").trim().toLowerCase();
    searchStatus.textContent = "";
    if (!q) { return null; }
    var best = null, bestKey = null;
    data.nodes.forEach(function (n) {
      var d = details.nodes[n.id], label = d.label.toLowerCase(), rank;
      if (label === q || d.iri.toLowerCase() === q) { rank = 0; }
      else if (label.indexOf(q) === 0) { rank = 1; }
      else if (label.indexOf(q) > 0) { rank = 2; }
      else { return; }
      var key = [isShown(n.id) ? 0 : 1, rank, -(d.degree || 0), label];
      if (bestKey === null || lessThan(key, bestKey)) { best = n.id; bestKey = key; }
    });
    if (best === null) { searchStatus.textContent = "No node matches \u201c" + query + "\u201d."; return null; }
    if (!isShown(best)) { searchStatus.textContent = "Found, but hidden by the filters."; }
    network.selectNodes([best]);
    network.focus(best, {scale: 1.2, animation: {duration: 400, easingFunction: "easeInOutQuad"}});
    showNode(best);
    return best;
  }
  // Compare rank keys element by element (JS's < on arrays compares strings).
  function lessThan(a, b) {
    for (var i = 0; i < a.length; i++) { if (a[i] < b[i]) { return true; } if (a[i] > b[i]) { return false; } }
    return false;
  }
  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    searchNode(searchInput.value);
  });

  clearPanel();
  applyFilters();
  if (data.focus) {
    network.selectNodes([data.focus]);
    showNode(data.focus);
  }
  window.govgraph = {showNode: showNode, showEdge: showEdge, search: searchNode,
                     applyFilters: applyFilters, clearPanel: clearPanel};
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%TITLE%</title>
<style>%VIS_CSS%</style>
<style>%PAGE_CSS%</style>
</head>
<body>
<header>
<h1 id="title">%TITLE%</h1><span class="sub" id="subtitle">%SUBTITLE%</span>
<p id="omitted"%OMITTED_HIDDEN%>%OMITTED%</p>
</header>
<main>
<nav id="controls">
<form id="search-form" role="search">
<h3><label for="search">Find a node</label></h3>
<input type="search" id="search" list="search-names" placeholder="Name\u2026" autocomplete="off">
<datalist id="search-names"></datalist>
<button type="submit" id="search-go">Find</button>
<div id="search-status" aria-live="polite"></div>
</form>
<h3>Classes</h3>
<div id="filter-classes"></div>
<div id="visible-count" class="hint"></div>
<h3><label for="filter-doc">Document</label></h3>
<select id="filter-doc"></select>
<h3><label for="filter-modality">Modality</label></h3>
<select id="filter-modality"></select>
<h3>Edges</h3>
<div id="edge-kinds"></div>
</nav>
<div id="network-wrap"><div id="network"></div><div id="status"></div></div>
<aside id="panel" aria-live="polite"></aside>
</main>
<script type="application/json" id="govgraph-data">%DATA%</script>
<script>%VIS_JS%</script>
<script>%PAGE_JS%</script>
</body>
</html>
"""
