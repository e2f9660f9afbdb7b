"""Uploading a build's named graphs to a SPARQL 1.1 server with the Graph Store Protocol.

Each named graph of the build (one per document, plus the ontology graph) is sent with
an HTTP PUT to ``{store URL}?graph=<graph IRI>``, which replaces that graph on the server:
pushing again never duplicates anything. The store URL is ``--endpoint``, unless the
server's Graph Store Protocol URL differs from its query endpoint (e.g. Oxigraph's
``/store`` beside ``/query``); then ``--store-endpoint`` names it, and the triple count of
every pushed graph is checked with a SPARQL query on ``--endpoint``.

Credentials come from the environment, never from the command line (shell history, ps):
GOVGRAPH_ENDPOINT_TOKEN (HTTP Bearer), or GOVGRAPH_ENDPOINT_USER and
GOVGRAPH_ENDPOINT_PASSWORD (HTTP Basic). Only the standard library (urllib) is used.
"""

from __future__ import annotations

import base64
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from .errors import StoreError
from .store import load_dataset

USER_ENV_VAR = "GOVGRAPH_ENDPOINT_USER"
PASSWORD_ENV_VAR = "GOVGRAPH_ENDPOINT_PASSWORD"
TOKEN_ENV_VAR = "GOVGRAPH_ENDPOINT_TOKEN"
#: Seconds to wait for the server on each request.
TIMEOUT = 60.0
#: Graphs per verification query.
_CHECK_BATCH = 100
_CREDENTIALS_HINT = f"set {TOKEN_ENV_VAR}, or {USER_ENV_VAR} and {PASSWORD_ENV_VAR}, to credentials the server accepts"


@dataclass
class PushReport:
    """What a push sent: the store URL and the triple count of each graph, in IRI order."""

    store_url: str
    graphs: dict[str, int] = field(default_factory=dict)
    verified: bool = False

    @property
    def triples(self) -> int:
        """The triples sent, over all graphs."""
        return sum(self.graphs.values())


def auth_headers(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The Authorization header the environment asks for, if any.

    environ (Mapping[str, str] | None): the variables (os.environ when None).
    RETURNS (dict[str, str]): {} or {"Authorization": "Bearer ..." | "Basic ..."}.
    RAISES (StoreError): a password without a user.
    """
    env = os.environ if environ is None else environ
    token = env.get(TOKEN_ENV_VAR)
    if token:
        return {"Authorization": f"Bearer {token}"}
    user = env.get(USER_ENV_VAR)
    password = env.get(PASSWORD_ENV_VAR)
    if user:
        pair = f"{user}:{password or ''}".encode("utf-8")
        return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}
    if password:
        raise StoreError(f"{PASSWORD_ENV_VAR} is set but {USER_ENV_VAR} is not", f"set {USER_ENV_VAR} too, or unset {PASSWORD_ENV_VAR}")
    return {}


def graph_url(store_url: str, graph_iri: str) -> str:
    """The Graph Store Protocol URL of one named graph: ``{store_url}?graph=<iri>`` (indirect identification)."""
    separator = "&" if urllib.parse.urlsplit(store_url).query else "?"
    return f"{store_url}{separator}graph={urllib.parse.quote(graph_iri, safe='')}"


def push_graphs(
    location: Path | str,
    endpoint: str,
    store_endpoint: str | None = None,
    environ: Mapping[str, str] | None = None,
    timeout: float = TIMEOUT,
) -> PushReport:
    """PUT every named graph of a build to a SPARQL 1.1 Graph Store, replacing each.

    location (Path | str): a build folder (its govgraph.nq), or a .nq or .trig file.
    endpoint (str): the Graph Store URL, or with store_endpoint the SPARQL query endpoint.
    store_endpoint (str | None): the Graph Store URL when it differs from endpoint; the
        graphs' triple counts are then checked on endpoint.
    environ (Mapping[str, str] | None): where credentials come from (os.environ when None).
    timeout (float): seconds to wait for each request.
    RETURNS (PushReport): the graphs sent and their triple counts.
    RAISES (StoreError): the files cannot be read, the server cannot be reached, refuses
        the credentials or answers with an error, or holds fewer triples than were sent.
    """
    store_url = _checked_url(store_endpoint or endpoint, "--store-endpoint" if store_endpoint else "--endpoint")
    query_url = _checked_url(endpoint, "--endpoint") if store_endpoint else None
    headers = auth_headers(environ)
    dataset = load_dataset(location)
    report = PushReport(store_url)
    for graph in sorted(_named_graphs(dataset), key=lambda g: str(g.identifier)):
        iri = str(graph.identifier)
        body = graph.serialize(format="nt", encoding="utf-8")
        # N-Triples is also Turtle, the one syntax every Graph Store implementation accepts.
        _request("PUT", graph_url(store_url, iri), body, {**headers, "Content-Type": "text/turtle; charset=utf-8"}, timeout, f"PUT graph <{iri}>")
        report.graphs[iri] = len(graph)
    if query_url is not None:
        _check_counts(query_url, report.graphs, headers, timeout)
        report.verified = True
    return report


def _named_graphs(dataset: Dataset) -> list[Graph]:
    return [graph for graph in dataset.graphs() if isinstance(graph.identifier, URIRef) and len(graph) and graph.identifier != dataset.default_graph.identifier]


def _checked_url(url: str, option: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"{url}: not an http(s) URL", f"give {option} as http://host:port/path")
    return url


def _check_counts(query_url: str, expected: Mapping[str, int], headers: Mapping[str, str], timeout: float) -> None:
    """Ask the query endpoint how many triples each pushed graph holds; fewer than sent is an error."""
    iris = list(expected)
    for start in range(0, len(iris), _CHECK_BATCH):
        batch = iris[start : start + _CHECK_BATCH]
        values = " ".join(f"<{iri}>" for iri in batch)
        query = f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
        body = urllib.parse.urlencode({"query": query}).encode("ascii")
        answer = _request(
            "POST",
            query_url,
            body,
            {**headers, "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"},
            timeout,
            "the count query",
        )
        try:
            bindings = json.loads(answer)["results"]["bindings"]
            found = {row["g"]["value"]: int(row["n"]["value"]) for row in bindings}
        except (ValueError, KeyError, TypeError):
            raise StoreError(f"{query_url}: the count query did not return SPARQL JSON results", "check --endpoint is the server's SPARQL query endpoint") from None
        for iri in batch:
            if found.get(iri, 0) < expected[iri]:
                raise StoreError(
                    f"{query_url}: graph <{iri}> holds {found.get(iri, 0)} triples after the push, {expected[iri]} were sent",
                    "check --store-endpoint is the Graph Store URL of the dataset --endpoint queries",
                )


def _request(method: str, url: str, body: bytes, headers: Mapping[str, str], timeout: float, what: str) -> bytes:
    """Send one request; turn every failure into a one-line StoreError."""
    request = urllib.request.Request(url, data=body, headers=dict(headers), method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return bytes(response.read())
    except urllib.error.HTTPError as error:
        first = _first_line(error.read())
        status = f"{what} answered HTTP {error.code} {error.reason}" + (f" ({first})" if first else "")
        where = url.split("?", 1)[0]
        if error.code in (401, 403):
            sent = "credentials were refused" if "Authorization" in headers else "no credentials were sent"
            raise StoreError(f"{where}: {status}; {sent}", _CREDENTIALS_HINT) from None
        if error.code in (404, 405, 415):
            hint = "check --endpoint is the server's Graph Store Protocol URL, or name it with --store-endpoint"
        elif error.code >= 500:
            hint = "the server failed; see its log"
        else:
            hint = "the server refused the request; see its message"
        raise StoreError(f"{where}: {status}", hint) from None
    except urllib.error.URLError as error:
        where = url.split("?", 1)[0]
        if isinstance(error.reason, ConnectionRefusedError):
            raise StoreError(f"{where}: connection refused", "start the SPARQL server or check the URL") from None
        raise StoreError(f"{where}: cannot connect ({error.reason})", "check the URL and the network") from None
    except (TimeoutError, OSError) as error:
        where = url.split("?", 1)[0]
        raise StoreError(f"{where}: no answer ({error})", "check the server is up, or try again") from None


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip()
    return text.splitlines()[0][:200] if text else ""
