"""govgraph.metrics gives networkx's betweenness and Louvain communities, only faster."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from govgraph import metrics

pytestmark = pytest.mark.issue(4)


def random_graph(n: int, m: int, seed: int) -> nx.Graph:
    """A weighted random graph with string nodes, an isolated node and a separate pair."""
    g = nx.gnm_random_graph(n, m, seed=seed)
    g = nx.relabel_nodes(g, {i: f"node-{i:04d}" for i in g})
    rng = random.Random(seed)
    for u, v in g.edges:
        g[u][v]["weight"] = rng.randint(1, 4)
    g.add_node("isolated")
    g.add_edge("pair-a", "pair-b", weight=1)
    return g


@pytest.mark.parametrize("seed", range(4))
def test_betweenness_equals_networkx(seed: int) -> None:
    g = random_graph(150 + 40 * seed, 300 + 90 * seed, seed)
    exact = nx.betweenness_centrality(g)
    assert metrics.betweenness(g) == pytest.approx(exact, abs=1e-12)
    sources = metrics.sample_sources(g, 25, seed=42)
    sampled = nx.betweenness_centrality(g, k=25, seed=42)
    assert metrics.betweenness(g, sources) == pytest.approx(sampled, abs=1e-12)


@pytest.mark.parametrize("seed", range(4))
def test_louvain_equals_networkx(seed: int) -> None:
    g = random_graph(150 + 40 * seed, 300 + 90 * seed, seed)
    expected = nx.community.louvain_communities(g, weight="weight", seed=42)
    assert sorted(map(sorted, metrics.louvain_communities(g, seed=42))) == sorted(map(sorted, expected))


def test_small_and_empty_graphs() -> None:
    assert metrics.betweenness(nx.Graph()) == {}
    assert metrics.louvain_communities(nx.Graph(), seed=1) == []
    path = nx.path_graph(["a", "b", "c"])
    assert metrics.betweenness(path) == {"a": 0.0, "b": 1.0, "c": 0.0}
    assert metrics.louvain_communities(nx.empty_graph(["x", "y"]), seed=1) == [{"x"}, {"y"}]
