"""Convert a govgraph RDF graph into a networkx graph of actors and what links them.

The converter is pure, in the spirit of rdflib's ``rdflib_to_networkx_*``
helpers: it reads the triples described in docs/model.md and returns a
``networkx.MultiDiGraph``; it writes nothing and keeps no state.

Nodes are keyed by IRI string and edges carry a ``kind``. Node and edge
insertion order is sorted, and every metric uses a fixed seed, so the same
RDF graph always gives the same network.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx
from rdflib import ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.term import Node

from govgraph import metrics
from govgraph.namespace import DCTERMS, GG, ID, NIF, ORG, RDF, RDFS, SKOS

#: Actor categories, in the order used when one resource carries several of them.
ACTOR_CLASSES: tuple[str, ...] = ("Person", "Country", "Organization")
#: Every node class of the network.
NODE_CLASSES: tuple[str, ...] = (*ACTOR_CLASSES, "Commitment", "Statement", "Document")
#: Every edge kind of the network.
EDGE_KINDS: tuple[str, ...] = (
    "role",
    "party",
    "speaker",
    "mentioned_in",
    "sub_organization",
    "co_commitment",
)

#: Seed of the community detection (and of sampled betweenness), so results repeat.
SEED = 42
#: Up to this many nodes betweenness is exact; above it, it is estimated from samples.
BETWEENNESS_EXACT_LIMIT = 1000
#: Number of sample source nodes for estimated betweenness.
BETWEENNESS_SAMPLES = 64

_LABEL_MAX = 60
# Terms used for every node, looked up once: a DefinedNamespace attribute builds a new URIRef.
_EVIDENCE, _SOURCE_DOCUMENT = GG.evidence, GG.sourceDocument
_ANCHOR, _BEGIN, _END = NIF.anchorOf, NIF.beginIndex, NIF.endIndex
_LABELS = (RDFS.label, SKOS.prefLabel)

Evidence = dict[str, Any]


def graph_to_network(
    graph: Graph,
    *,
    betweenness_exact_limit: int = BETWEENNESS_EXACT_LIMIT,
    betweenness_samples: int = BETWEENNESS_SAMPLES,
) -> nx.MultiDiGraph:
    """Convert a govgraph RDF graph (docs/model.md) into a directed multigraph.

    Nodes are actors (Person, Country, Organization), commitments, statements and
    documents, keyed by IRI string. Each node has ``label``, ``cls``, ``iri``,
    ``evidence`` (a list of {"doc", "sentence", "start", "end"}), ``evidence_count``,
    ``docs`` (sorted ids of the documents the node comes from), ``roles`` (actors),
    ``modality``/``action`` (commitments), ``content`` (statements), ``title``
    (documents), and the metrics ``degree``, ``betweenness`` and ``community``.

    Edges have ``kind`` (one of EDGE_KINDS), ``label``, ``evidence``,
    ``evidence_count`` and ``weight``; the edge key is the kind, or the position
    IRI for role edges. ``co_commitment`` edges join each pair of actors that are
    parties to the same commitments once, from the smaller IRI to the larger,
    with ``weight`` = the number of shared commitments.

    Metrics are computed on the undirected simple projection: ``degree`` is the
    number of distinct neighbours, ``betweenness`` is networkx's normalised
    betweenness centrality (exact up to ``betweenness_exact_limit`` nodes,
    estimated from ``betweenness_samples`` seeded sources above it) and
    ``community`` is the index of the node's Louvain community (seeded; the
    largest community is 0). Both come from govgraph.metrics, which gives
    networkx's values several times faster. A Dataset or ConjunctiveGraph is
    read as the union of its named graphs.

    graph (Graph): the RDF graph, following docs/model.md.
    betweenness_exact_limit (int): the largest node count for exact betweenness.
    betweenness_samples (int): sample size for estimated betweenness.
    RETURNS (nx.MultiDiGraph): the network, with graph attributes ``betweenness``
        (how it was computed) and ``seed``.
    """
    g = _Triples(graph)
    docs = _documents(g)
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}

    for iri, doc in docs.items():
        nodes[iri] = _node(iri, "Document", doc["label"], [], docs=[doc["doc_id"]],
                           title=doc["title"], doc_id=doc["doc_id"],
                           source=doc["source"], date=doc["date"])

    actor_class: dict[str, str] = {}
    for cls in reversed(ACTOR_CLASSES):  # reversed: the first class in ACTOR_CLASSES wins
        for s in g.instances(GG[cls]):
            if isinstance(s, URIRef):
                actor_class[str(s)] = cls

    def actor(ref: Node) -> str | None:
        """Return the IRI of an actor, classifying an untyped one by its IRI path."""
        if not isinstance(ref, URIRef):
            return None
        key = str(ref)
        if key not in actor_class:
            cls = _class_from_iri(key)
            if cls is None:
                return None
            actor_class[key] = cls
        return key

    extra_evidence: dict[str, list[Evidence]] = defaultdict(list)
    roles: dict[str, list[dict[str, Any]]] = defaultdict(list)

    # Positions: person -> organisation or country.
    for pos in sorted(set(g.instances(GG.Position)), key=str):
        holder = _first(actor(o) for o in _sorted_objects(g, pos, ORG.member))
        org = _first(actor(o) for o in _sorted_objects(g, pos, ORG.organization))
        title = _text(g, pos, GG.title) or _label_of_objects(g, pos, ORG.role) or "position"
        status = _concept(g, pos, GG.positionStatus)
        evidence = _evidence_of(g, pos, docs)
        if holder is None:
            continue
        role = {"title": title, "status": status, "holder": holder, "organization": org,
                "position": str(pos)}
        roles[holder].append(role)
        extra_evidence[holder].extend(evidence)
        if org is not None:
            roles[org].append(role)
            extra_evidence[org].extend(evidence)
            edges[(holder, org, str(pos))] = _edge("role", title, evidence, status=status,
                                                   position=str(pos))

    # Commitments: actor -> commitment, and actor <-> actor when they share one.
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for c in sorted(set(g.instances(GG.Commitment)), key=str):
        key = str(c)
        evidence = _evidence_of(g, c, docs)
        action = _text(g, c, GG.action)
        modality = _concept(g, c, GG.modality)
        negated = _first(o.toPython() for o in _sorted_objects(g, c, GG.negated)
                         if isinstance(o, Literal))
        nodes[key] = _node(key, "Commitment", _shorten(action or "commitment"), evidence,
                           docs=_docs_of(g, c, docs, evidence), modality=modality,
                           action=action, negated=negated is True,
                           condition=_text(g, c, GG.condition),
                           deadline=_text(g, c, GG.deadline))
        parties = sorted({a for a in (actor(o) for o in g.objects(c, GG.party)) if a})
        for party in parties:
            edges[(party, key, "party")] = _edge("party", "party", evidence)
            extra_evidence[party].extend(evidence)
        for i, a in enumerate(parties):
            for b in parties[i + 1:]:
                shared[(a, b)].append(key)

    # Statements: speaker -> statement.
    for st in sorted(set(g.instances(GG.Statement)), key=str):
        key = str(st)
        evidence = _evidence_of(g, st, docs)
        content = _text(g, st, GG.content)
        nodes[key] = _node(key, "Statement", _shorten(content or "statement"), evidence,
                           docs=_docs_of(g, st, docs, evidence), content=content,
                           speech_mode=_concept(g, st, GG.speechMode))
        for speaker in sorted({a for a in (actor(o) for o in g.objects(st, GG.speaker)) if a}):
            edges[(speaker, key, "speaker")] = _edge("speaker", "speaker", evidence)
            extra_evidence[speaker].extend(evidence)

    # Mentions and sub-organisations, between resources already classified above.
    mentions: dict[str, set[str]] = defaultdict(set)
    for s, d in g.subject_objects(GG.mentionedIn):
        who = actor(s)
        if who is None or not isinstance(d, URIRef):
            continue
        if str(d) in nodes and str(d) not in docs:
            continue  # not a document: a malformed mention
        if str(d) not in docs:
            doc = _document(g, d)
            docs[str(d)] = doc
            nodes[str(d)] = _node(str(d), "Document", doc["label"], [], docs=[doc["doc_id"]],
                                  title=doc["title"], doc_id=doc["doc_id"],
                                  source=doc["source"], date=doc["date"])
        mentions[who].add(str(d))
    for s, o in g.subject_objects(ORG.subOrganizationOf):
        child, parent = actor(s), actor(o)
        if child is not None and parent is not None and child != parent:
            edges[(child, parent, "sub_organization")] = _edge("sub_organization", "part of", [])

    # Actor nodes: their own evidence plus that of every fact they take part in.
    for key, cls in actor_class.items():
        evidence = _dedupe([*_evidence_of(g, URIRef(key), docs), *extra_evidence[key]])
        doc_ids = {e["doc"] for e in evidence} | {docs[d]["doc_id"] for d in mentions[key]}
        nodes[key] = _node(key, cls, _label(g, URIRef(key)), evidence, docs=sorted(doc_ids),
                           roles=sorted(roles[key], key=_role_key))
    for key, doc_iris in mentions.items():
        for doc_iri in doc_iris:
            doc_id = docs[doc_iri]["doc_id"]
            evidence = [e for e in nodes[key]["evidence"] if e["doc"] == doc_id]
            edges[(key, doc_iri, "mentioned_in")] = _edge("mentioned_in", "mentioned in", evidence)

    for (a, b), commitments in shared.items():
        evidence = _dedupe(e for c in commitments for e in nodes[c]["evidence"])
        n = len(commitments)
        edges[(a, b, "co_commitment")] = _edge(
            "co_commitment", f"{n} shared commitment{'s' if n != 1 else ''}", evidence,
            weight=n, commitments=sorted(commitments))

    network = nx.MultiDiGraph()
    for key in sorted(nodes):
        network.add_node(key, **nodes[key])
    for u, v, k in sorted(edges):
        network.add_edge(u, v, key=k, **edges[(u, v, k)])
    network.graph["seed"] = SEED
    network.graph["betweenness"] = _add_metrics(network, betweenness_exact_limit,
                                                betweenness_samples)
    return network


def simple_projection(network: nx.MultiDiGraph) -> nx.Graph:
    """Collapse a network into an undirected simple graph, summing edge weights.

    network (nx.MultiDiGraph): a network from graph_to_network.
    RETURNS (nx.Graph): one edge per linked pair (self-loops dropped), with ``weight``.
    """
    nodes, weights = _projection(network)
    simple = nx.Graph()
    simple.add_nodes_from(nodes)
    simple.add_weighted_edges_from((nodes[a], nodes[b], w) for (a, b), w in weights.items())
    return simple


def _projection(network: nx.MultiDiGraph) -> tuple[list[str], dict[tuple[int, int], int]]:
    """The sorted nodes, and the summed weight of each linked pair in first-seen order."""
    nodes = sorted(network.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    weights: dict[tuple[int, int], int] = {}
    for u, v, w in sorted(network.edges(data="weight", default=1), key=lambda e: (e[0], e[1])):
        if u != v:
            a, b = index[u], index[v]
            pair = (a, b) if (b, a) not in weights else (b, a)
            weights[pair] = weights.get(pair, 0) + w
    return nodes, weights


def _add_metrics(network: nx.MultiDiGraph, exact_limit: int, samples: int) -> dict[str, Any]:
    """Set degree, betweenness and community on every node; return how betweenness was made.

    The metrics run on the simple projection, held as integer-indexed adjacency in the
    neighbour order an ``nx.Graph`` built by simple_projection would have, so that they
    equal networkx's on that graph.
    """
    nodes, weights = _projection(network)
    n = len(nodes)
    adjacency: metrics.Adjacency = [{} for _ in nodes]
    for (a, b), w in weights.items():
        adjacency[a][b] = w
        adjacency[b][a] = w
    if n <= exact_limit or samples >= n:
        betweenness = metrics.indexed_betweenness(adjacency)
        method: dict[str, Any] = {"method": "exact"}
    else:
        # Exact betweenness is O(nodes * edges): too slow past a few thousand nodes.
        betweenness = metrics.indexed_betweenness(adjacency, metrics.sample_indices(n, samples, SEED))
        method = {"method": "sampled", "k": samples, "seed": SEED}
    communities = metrics.indexed_louvain(adjacency, seed=SEED) if n else []
    ordered = sorted((sorted(nodes[i] for i in c) for c in communities), key=lambda c: (-len(c), c[0]))
    community = {node: i for i, members in enumerate(ordered) for node in members}
    for i, node in enumerate(nodes):
        attrs = network.nodes[node]
        attrs["degree"] = len(adjacency[i])
        attrs["betweenness"] = round(float(betweenness[i]), 9)
        attrs["community"] = community.get(node, -1)
    return method


class _Triples:
    """The triples of a graph, read once and indexed, with the few rdflib look-ups we use.

    An rdflib look-up costs microseconds and hashing an rdflib term runs Python code; a
    5,000-actor graph needs hundreds of thousands of look-ups. So subjects and predicates
    are keyed by their plain string (subjects are IRIs or blank nodes, never literals).
    A Dataset or ConjunctiveGraph is read as the union of its graphs.
    """

    def __init__(self, graph: Graph) -> None:
        self._spo: dict[str, dict[str, list[Node]]] = {}
        self._by_predicate: dict[str, list[tuple[Node, Node]]] = {}
        triples: Iterable[tuple[Node, Node, Node]] = graph.triples((None, None, None))
        if isinstance(graph, ConjunctiveGraph):
            # the same triple may sit in several named graphs: keep it once
            triples = dict.fromkeys((s, p, o) for s, p, o, _ in graph.quads((None, None, None, None)))
        spo, by_predicate = self._spo, self._by_predicate
        for s, p, o in triples:
            key, pred = str(s), str(p)
            objects = spo.setdefault(key, {})
            if pred in objects:
                objects[pred].append(o)
            else:
                objects[pred] = [o]
            if pred in by_predicate:
                by_predicate[pred].append((s, o))
            else:
                by_predicate[pred] = [(s, o)]
        rdf_type = str(RDF.type)
        self._typed: dict[str, list[Node]] = {}
        for s, o in by_predicate.get(rdf_type, ()):
            self._typed.setdefault(str(o), []).append(s)

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        return self._spo.get(str(subject), {}).get(str(predicate), [])

    def value(self, subject: Node, predicate: Node) -> Node | None:
        values = self.objects(subject, predicate)
        return values[0] if values else None

    def instances(self, cls: Node) -> list[Node]:
        """The subjects of ``rdf:type cls``."""
        return self._typed.get(str(cls), [])

    def subject_objects(self, predicate: Node) -> list[tuple[Node, Node]]:
        return self._by_predicate.get(str(predicate), [])


def _node(iri: str, cls: str, label: str, evidence: list[Evidence], **attrs: Any) -> dict[str, Any]:
    return {"label": label, "cls": cls, "iri": iri, "evidence": evidence,
            "evidence_count": len(evidence), **attrs}


def _edge(kind: str, label: str, evidence: list[Evidence], weight: int = 1,
          **attrs: Any) -> dict[str, Any]:
    evidence = _dedupe(evidence)
    return {"kind": kind, "label": label, "evidence": evidence,
            "evidence_count": len(evidence), "weight": weight, **attrs}


def _documents(g: _Triples) -> dict[str, dict[str, Any]]:
    return {str(d): _document(g, d) for d in set(g.instances(GG.Document))
            if isinstance(d, URIRef)}


def _document(g: _Triples, d: Node) -> dict[str, Any]:
    doc_id = _text(g, d, DCTERMS.identifier) or _tail(str(d))
    title = _text(g, d, DCTERMS.title)
    date = g.value(d, DCTERMS.date)
    return {"doc_id": doc_id, "title": title, "label": title or doc_id,
            "source": _text(g, d, DCTERMS.source),
            "date": str(date) if date is not None else None}


def _evidence_of(g: _Triples, subject: Node, docs: dict[str, dict[str, Any]]) -> list[Evidence]:
    found = []
    for ev in g.objects(subject, _EVIDENCE):
        sentence = _text(g, ev, _ANCHOR) or ""
        doc = _first(iter([*_sorted_objects(g, ev, _SOURCE_DOCUMENT),
                           *_sorted_objects(g, subject, _SOURCE_DOCUMENT)]))
        doc_id = ""
        if doc is not None:
            doc_id = docs[str(doc)]["doc_id"] if str(doc) in docs else _tail(str(doc))
        found.append({"doc": doc_id, "sentence": sentence,
                      "start": _int(g.value(ev, _BEGIN)),
                      "end": _int(g.value(ev, _END))})
    return _dedupe(found)


def _docs_of(g: _Triples, subject: Node, docs: dict[str, dict[str, Any]],
             evidence: list[Evidence]) -> list[str]:
    ids = {e["doc"] for e in evidence if e["doc"]}
    for d in g.objects(subject, _SOURCE_DOCUMENT):
        ids.add(docs[str(d)]["doc_id"] if str(d) in docs else _tail(str(d)))
    return sorted(ids)


def _dedupe(evidence: Iterable[Evidence]) -> list[Evidence]:
    items = evidence if isinstance(evidence, list) else list(evidence)
    if len(items) < 2:
        return [dict(e) for e in items]
    unique = {(e["doc"], e["start"], e["end"], e["sentence"]): e for e in items}
    return [dict(unique[k]) for k in sorted(unique)]


def _role_key(role: dict[str, Any]) -> tuple[str, ...]:
    return (role["holder"], role["organization"] or "", role["title"], role["status"] or "",
            role["position"])


def _text(g: _Triples, subject: Node, predicate: URIRef) -> str | None:
    """Return one literal value, preferring English or untagged ones, deterministically."""
    values = [o for o in g.objects(subject, predicate) if isinstance(o, Literal)]
    if not values:
        return None
    values.sort(key=lambda o: (o.language not in (None, "en"), o.language or "", str(o)))
    return str(values[0])


def _label(g: _Triples, subject: Node) -> str:
    for p in _LABELS:
        text = _text(g, subject, p)
        if text:
            return text
    return _tail(str(subject))


def _label_of_objects(g: _Triples, subject: Node, predicate: URIRef) -> str | None:
    labels = sorted(_label(g, o) for o in g.objects(subject, predicate))
    return labels[0] if labels else None


def _concept(g: _Triples, subject: Node, predicate: URIRef) -> str | None:
    """Return the prefLabel of a SKOS concept value (or its IRI's last segment)."""
    value = _first(iter(_sorted_objects(g, subject, predicate)))
    if value is None:
        return None
    if isinstance(value, Literal):
        return str(value)
    return _text(g, value, SKOS.prefLabel) or _tail(str(value))


def _class_from_iri(iri: str) -> str | None:
    if iri.startswith(str(ID)):
        kind = iri[len(str(ID)):].split("/", 1)[0]
        return {"person": "Person", "country": "Country",
                "organization": "Organization"}.get(kind)
    return None


def _sorted_objects(g: _Triples, subject: Node, predicate: URIRef) -> list[Node]:
    return sorted(g.objects(subject, predicate), key=str)


def _first(values: Iterator[Any]) -> Any:
    return next((v for v in values if v is not None), None)


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _int(value: Node | None) -> int:
    try:
        return int(value.toPython()) if isinstance(value, Literal) else -1
    except (TypeError, ValueError):
        return -1


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LABEL_MAX else text[: _LABEL_MAX - 1].rstrip() + "…"
