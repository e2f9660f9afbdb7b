"""Betweenness and Louvain communities of a simple undirected graph, fast enough for 10,000 nodes.

Both give the results networkx gives (``betweenness_centrality`` without weights and
``louvain_communities``), in a fraction of the time:

- betweenness runs Brandes' algorithm level by level on integer arrays with numpy (a
  spaCy dependency), from the same source nodes networkx samples for the same seed and
  with the same scaling; sums may differ from networkx in the last bits;
- Louvain follows networkx's implementation step for step (same node order, same
  random shuffles, same tie-breaking), on integer-indexed dictionaries instead of a
  networkx graph, and without recomputing modularity from scratch at every move.

Both are deterministic: the same graph, node and edge order included, and the same seed
give the same result.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Hashable, Iterator, Sequence

import networkx as nx
import numpy as np


#: An undirected graph as integer-indexed adjacency: ``adjacency[u][v]`` is the weight of
#: edge u-v, each dict in the order networkx would hold the neighbours.
Adjacency = list[dict[int, float]]


def to_adjacency(graph: nx.Graph, weight: str = "weight") -> tuple[list[Hashable], Adjacency]:
    """The nodes of a networkx graph in order, and its integer-indexed adjacency.

    graph (nx.Graph): an undirected simple graph.
    weight (str): the edge attribute holding the weight (default 1).
    RETURNS (tuple): the node list, and the adjacency (same neighbour order as the graph).
    """
    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    return nodes, [{index[v]: data.get(weight, 1) for v, data in graph[u].items()} for u in nodes]


def sample_sources(graph: nx.Graph, k: int, seed: int) -> list[Hashable]:
    """Pick k source nodes as ``nx.betweenness_centrality(graph, k=k, seed=seed)`` does.

    graph (nx.Graph): the graph.
    k (int): how many sources.
    seed (int): the random seed.
    RETURNS (list): the sources, in sampling order.
    """
    nodes = list(graph.nodes())
    return [nodes[i] for i in sample_indices(len(nodes), k, seed)]


def sample_indices(n: int, k: int, seed: int) -> list[int]:
    """sample_sources for the nodes 0..n-1 (random.sample picks by position)."""
    return random.Random(seed).sample(range(n), k)


def betweenness(graph: nx.Graph, sources: Sequence[Hashable] | None = None) -> dict[Hashable, float]:
    """Normalised betweenness centrality (endpoints excluded, edge weights ignored).

    With ``sources`` None every node is a source (exact); otherwise only the given ones
    are, and the result is scaled as networkx scales a sampled estimate.

    graph (nx.Graph): an undirected simple graph (self-loops are ignored).
    sources (Sequence | None): the source nodes, e.g. from sample_sources.
    RETURNS (dict): node -> betweenness, as ``nx.betweenness_centrality``.
    """
    nodes, adjacency = to_adjacency(graph)
    index = {node: i for i, node in enumerate(nodes)}
    starts = None if sources is None else [index[s] for s in sources]
    return dict(zip(nodes, indexed_betweenness(adjacency, starts)))


def indexed_betweenness(adjacency: Adjacency, sources: Sequence[int] | None = None) -> list[float]:
    """betweenness on an integer-indexed adjacency; RETURNS one value per node index."""
    n = len(adjacency)
    indptr = np.zeros(n + 1, dtype=np.int64)
    neighbours: list[int] = []
    for u, nbrs in enumerate(adjacency):
        neighbours.extend(v for v in nbrs if v != u)
        indptr[u + 1] = len(neighbours)
    indices = np.asarray(neighbours, dtype=np.int64)
    total = np.zeros(n)
    for s in (range(n) if sources is None else sources):
        total += _dependencies(indptr, indices, s, n)
    return _rescale(total.tolist(), sources)


def _dependencies(indptr: np.ndarray, indices: np.ndarray, source: int, n: int) -> np.ndarray:
    """Brandes' dependency of ``source`` on every node, by breadth-first levels."""
    dist = np.full(n, -1, dtype=np.int64)
    sigma = np.zeros(n)
    dist[source] = 0
    sigma[source] = 1.0
    frontier = np.array([source], dtype=np.int64)
    levels: list[tuple[np.ndarray, np.ndarray]] = []
    depth = 0
    while frontier.size:
        first = indptr[frontier]
        counts = indptr[frontier + 1] - first
        size = int(counts.sum())
        if size == 0:
            break
        # the neighbours of every frontier node, and the frontier node each came from
        ends = np.cumsum(counts)
        offsets = np.arange(size) - np.repeat(ends - counts, counts) + np.repeat(first, counts)
        targets = indices[offsets]
        origins = np.repeat(frontier, counts)
        new = np.unique(targets[dist[targets] < 0])
        dist[new] = depth + 1
        on_path = dist[targets] == depth + 1
        origins, targets = origins[on_path], targets[on_path]
        sigma += np.bincount(targets, weights=sigma[origins], minlength=n)
        levels.append((origins, targets))
        frontier = new
        depth += 1
    delta = np.zeros(n)
    for origins, targets in reversed(levels):
        coefficient = (1.0 + delta[targets]) / sigma[targets]
        delta += np.bincount(origins, weights=sigma[origins] * coefficient, minlength=n)
    delta[source] = 0.0  # a source is never on its own paths
    return delta


def _rescale(values: list[float], sources: Sequence[int] | None) -> list[float]:
    """Normalise raw counts as networkx's ``_rescale`` does (undirected, no endpoints)."""
    n = len(values)
    pairs = n - 1
    if pairs < 2:
        return values
    if sources is None or len(sources) == n:
        scale = 1 / (pairs * (pairs - 1))
        return [b * scale for b in values]
    k = len(sources)
    # A sampled source cannot lie on its own paths, so it has one source fewer.
    scale_source = 1 / ((k - 1) * (pairs - 1)) if k > 1 else float("nan")
    scale_other = 1 / (k * (pairs - 1))
    sampled = set(sources)
    return [b * (scale_source if v in sampled else scale_other) for v, b in enumerate(values)]


def louvain_communities(graph: nx.Graph, seed: int, weight: str = "weight",
                        threshold: float = 1e-7) -> list[set[Hashable]]:
    """Louvain communities, as ``nx.community.louvain_communities(graph, weight, seed=seed)``.

    graph (nx.Graph): an undirected simple graph.
    seed (int): the random seed of the node shuffles.
    weight (str): the edge attribute holding the weight (default 1).
    threshold (float): stop when a level gains less modularity than this.
    RETURNS (list[set]): the communities.
    """
    nodes, adjacency = to_adjacency(graph, weight)
    return [{nodes[i] for i in c} for c in indexed_louvain(adjacency, seed, threshold)]


def indexed_louvain(adjacency: Adjacency, seed: int, threshold: float = 1e-7) -> list[set[int]]:
    """louvain_communities on an integer-indexed adjacency; RETURNS sets of node indices."""
    n = len(adjacency)
    # networkx first copies the graph edge by edge; replay that to get its neighbour order
    copy: Adjacency = [{} for _ in range(n)]
    m = 0.0
    for u, v, w in _edges(adjacency):
        copy[u][v] = w
        copy[v][u] = w
        m += w
    if m == 0:
        return [{u} for u in range(n)]
    adjacency = copy
    members: list[set[int]] = [{i} for i in range(n)]
    rng = random.Random(seed)
    mod = _modularity(adjacency, members)
    partition, inner, improvement = _one_level(adjacency, members, m, [set(p) for p in members], rng)
    result = partition
    improvement = True
    while improvement:
        result = [set(p) for p in partition]
        new_mod = _modularity(adjacency, inner)
        if new_mod - mod <= threshold:
            break
        mod = new_mod
        adjacency, members = _aggregate(adjacency, members, inner)
        partition, inner, improvement = _one_level(adjacency, members, m, partition, rng)
    return result


def _edges(adjacency: Adjacency) -> Iterator[tuple[int, int, float]]:
    """Each edge once, in the order ``nx.Graph.edges`` gives them."""
    seen: set[int] = set()
    for u, nbrs in enumerate(adjacency):
        for v, w in nbrs.items():
            if v not in seen:
                yield u, v, w
        seen.add(u)


def _degrees(adjacency: Adjacency) -> list[float]:
    # networkx counts a self-loop twice in a node's degree
    return [sum(nbrs.values()) + (nbrs[u] if u in nbrs else 0) for u, nbrs in enumerate(adjacency)]


def _modularity(adjacency: Adjacency, communities: list[set[int]]) -> float:
    degrees = _degrees(adjacency)
    degree_sum = sum(degrees)
    m = degree_sum / 2
    norm = 1 / degree_sum**2
    total = 0.0
    for community in communities:
        inside = sum(w for u in community for v, w in adjacency[u].items() if v in community and v >= u)
        degree = sum(degrees[u] for u in community)
        total += inside / m - degree * degree * norm
    return total


def _one_level(adjacency: Adjacency, members: list[set[int]], m: float,
               partition: list[set[int]], rng: random.Random,
               ) -> tuple[list[set[int]], list[set[int]], bool]:
    """Move nodes to the neighbouring community that gains most, until none moves."""
    n = len(adjacency)
    node2com = list(range(n))
    inner = [{u} for u in range(n)]
    degrees = _degrees(adjacency)
    totals = list(degrees)
    nbrs = [{v: w for v, w in a.items() if v != u} for u, a in enumerate(adjacency)]
    order = list(range(n))
    rng.shuffle(order)
    denominator = 2 * m**2
    moves = 1
    improvement = False
    while moves > 0:
        moves = 0
        for u in order:
            best_gain = 0.0
            best = node2com[u]
            weights: defaultdict[int, float] = defaultdict(float)
            for v, w in nbrs[u].items():
                weights[node2com[v]] += w
            degree = degrees[u]
            totals[best] -= degree
            remove_cost = -weights[best] / m + (totals[best] * degree) / denominator
            for community, w in weights.items():
                gain = remove_cost + w / m - (totals[community] * degree) / denominator
                if gain > best_gain:
                    best_gain = gain
                    best = community
            totals[best] += degree
            if best != node2com[u]:
                partition[node2com[u]].difference_update(members[u])
                inner[node2com[u]].remove(u)
                partition[best].update(members[u])
                inner[best].add(u)
                improvement = True
                moves += 1
                node2com[u] = best
    return [p for p in partition if p], [p for p in inner if p], improvement


def _aggregate(adjacency: Adjacency, members: list[set[int]],
               inner: list[set[int]]) -> tuple[Adjacency, list[set[int]]]:
    """The graph of communities: one node per community, internal weight as a self-loop."""
    node2com: dict[int, int] = {}
    new_members: list[set[int]] = []
    for i, part in enumerate(inner):
        merged: set[int] = set()
        for node in part:
            node2com[node] = i
            merged.update(members[node])
        new_members.append(merged)
    new_adjacency: Adjacency = [{} for _ in inner]
    for u, v, w in _edges(adjacency):
        a, b = node2com[u], node2com[v]
        total = w + new_adjacency[a].get(b, 0)
        new_adjacency[a][b] = total
        new_adjacency[b][a] = total
    return new_adjacency, new_members
