"""Running SPARQL queries on govgraph graphs, and formatting their results.

Queries are files (``queries/*.rq``); a bare name such as ``roles`` means the shipped
query of that name. Queries that would reach the network (SERVICE, LOAD, FROM a remote
IRI) are refused unless the caller allows it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.sparql import prepareQuery

from .errors import QueryError

QUERIES_ENV_VAR = "GOVGRAPH_QUERIES_DIR"
#: The queries whose columns are a public contract.
CONTRACT_QUERIES = ("actors", "roles", "commitments", "statements")
FORMATS = ("table", "csv", "json")

_REMOTE = re.compile(r"\b(SERVICE|LOAD)\b|\bFROM\s+(NAMED\s+)?<\s*(https?|ftp|file):", re.IGNORECASE)
_COMMENT_OR_STRING = re.compile(r"#[^\n]*|\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|<[^>\s]*>")
_ORDER_CONDITION = r"(?:(?:ASC|DESC)\s*\(\s*[?$]\w+\s*\)|[?$]\w+)"
#: A query's last clause, when it is an ORDER BY of plain variables (comments and strings masked).
_FINAL_ORDER_BY = re.compile(rf"\bORDER\s+BY\s+({_ORDER_CONDITION}(?:\s*{_ORDER_CONDITION})*)\s*$", re.IGNORECASE)
_XSD_STRING = str(XSD.string)
_NUMERIC_TYPES = frozenset(XSD[name] for name in ("integer", "decimal", "float", "double", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte"))


@dataclass(frozen=True)
class QueryResult:
    """The variables and rows of a SELECT query; each row maps a variable to text ('' if unbound)."""

    variables: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    terms: tuple[tuple[object, ...], ...] = ()


def find_queries_dir() -> Path:
    """The folder of shipped queries: $GOVGRAPH_QUERIES_DIR, else the repository's queries/."""
    override = os.environ.get(QUERIES_ENV_VAR)
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent.parent / "queries"


def read_query(name_or_path: str | Path) -> tuple[str, str]:
    """The text of a query file, or of a shipped query given by name.

    name_or_path (str | Path): a path to a .rq file, or a name such as "roles".
    RETURNS (tuple[str, str]): (where it came from, query text).
    RAISES (QueryError): no such query, or it cannot be read.
    """
    path = Path(name_or_path)
    if not path.is_file():
        shipped = find_queries_dir() / f"{Path(str(name_or_path)).stem}.rq"
        if shipped.is_file() and path.suffix in ("", ".rq") and len(path.parts) == 1:
            path = shipped
        else:
            available = ", ".join(sorted(p.stem for p in find_queries_dir().glob("*.rq")))
            raise QueryError(f"{name_or_path}: no such query file", f"name a .rq file or one of: {available}")
    try:
        return str(path), path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"{path}: cannot be read ({error})", "check that it is a readable UTF-8 text file")


def check_local(text: str, source: str = "query") -> None:
    """Refuse a query that would reach the network: SERVICE, LOAD, or FROM a remote IRI.

    text (str): the query.
    source (str): its name for the message.
    RAISES (QueryError): the query names a remote service or graph.
    """
    match = _REMOTE.search(_masked(text))
    if match:
        raise QueryError(
            f"{source}: refuses to reach the network ({match.group(0).strip()})",
            "remove it, or pass --allow-remote if you mean to query a remote service",
        )


def restrict_to_documents(text: str, doc_ids: Iterable[str], source: str = "query") -> str:
    """The query restricted to the rows of some documents: ``VALUES ?doc {...}`` first in its WHERE.

    Put first, the document's identifier is where every engine starts, so a query over one
    document of a large graph reads that document's facts only (milliseconds on Oxigraph),
    where a filter on the full result would read them all.

    text (str): a query that names each row's document identifier ?doc, as the shipped queries do.
    doc_ids (Iterable[str]): the identifiers (dcterms:identifier, the doc column).
    source (str): the query's name for messages.
    RETURNS (str): the restricted query.
    RAISES (QueryError): the query has no ?doc variable or no group to put VALUES in.
    """
    masked = _masked(text)
    brace = masked.find("{")
    if not re.search(r"[?$]doc\b", masked) or brace < 0:
        raise QueryError(f"{source}: has no ?doc variable to restrict to documents", "use a query with a ?doc column (the document identifier), as the shipped queries have")
    values = " ".join(json.dumps(doc_id, ensure_ascii=False) for doc_id in doc_ids)
    return f"{text[: brace + 1]}\n  VALUES ?doc {{ {values} }}{text[brace + 1 :]}"


def _masked(text: str) -> str:
    """The query with comments and strings blanked (same length, so offsets stay), IRIs kept."""
    return _COMMENT_OR_STRING.sub(lambda m: m.group(0) if m.group(0).startswith("<") else " " * len(m.group(0)), text)


@dataclass(frozen=True)
class OrderKey:
    """One condition of an ORDER BY clause: a variable, ascending or descending."""

    variable: str
    descending: bool = False


def split_final_order(text: str) -> tuple[str, tuple[OrderKey, ...]]:
    """Split a query's final ORDER BY of plain variables off its text.

    An engine may then run the query unordered and the caller sort the rows with
    sort_result: Oxigraph compares strings by fetching them from its store at every
    comparison, so sorting 100k rows there takes tens of seconds, and well under one in
    Python. Only an ORDER BY that ends the query is taken (nothing follows it, no LIMIT,
    OFFSET or VALUES), so the rows are the same either way.

    text (str): the query.
    RETURNS (tuple[str, tuple[OrderKey, ...]]): the query without that clause and its keys;
        the text unchanged and no keys when the query does not end with one.
    """
    match = _FINAL_ORDER_BY.search(_masked(text))
    if not match:
        return text, ()
    keys = tuple(
        OrderKey(re.search(r"[?$](\w+)", condition).group(1), condition.upper().startswith("DESC"))  # type: ignore[union-attr]
        for condition in re.findall(_ORDER_CONDITION, match.group(1), re.IGNORECASE)
    )
    return text[: match.start()], keys


def sort_result(result: QueryResult, keys: tuple[OrderKey, ...]) -> QueryResult:
    """The result's rows in the order of an ORDER BY on its variables (SPARQL 1.1, 15.1).

    Unbound comes first, then blank nodes, IRIs and literals; numbers compare by value and
    other literals by datatype, language and text, as rdflib orders them. The sort is
    stable, key by key from the last one, as rdflib's is.

    result (QueryResult): with terms (rdflib terms per row).
    keys (tuple[OrderKey, ...]): from split_final_order; all must be variables of the result.
    RETURNS (QueryResult): the same rows, sorted.
    """
    values: dict[int, tuple] = {}  # by identity: rows share term objects (a document's id, an actor)

    def order_value(term: object) -> tuple:
        value = values.get(id(term))
        if value is None:
            value = values[id(term)] = _order_value(term)
        return value

    order = list(range(len(result.rows)))
    for key in reversed(keys):
        column = result.variables.index(key.variable)
        column_values = [order_value(row[column]) for row in result.terms]
        order.sort(key=column_values.__getitem__, reverse=key.descending)
    return QueryResult(result.variables, tuple(result.rows[i] for i in order), tuple(result.terms[i] for i in order))


def _order_value(term: object) -> tuple:
    if term is None:
        return (0,)
    if isinstance(term, BNode):
        return (1, str(term))
    if isinstance(term, URIRef):
        return (2, str(term))
    if isinstance(term, Literal):
        if term.datatype in _NUMERIC_TYPES and term.value is not None:
            return (3, "", 0, "", float(term.value), "")
        return (3, str(term.datatype or _XSD_STRING), 1 if term.language else 0, term.language or "", 0.0, str(term))
    return (4, str(term))


def run_query(graph: Graph, text: str, source: str = "query", allow_remote: bool = False) -> QueryResult:
    """Run a SPARQL SELECT (or ASK) query on a graph.

    graph (Graph): the data.
    text (str): the query.
    source (str): its name for error messages.
    allow_remote (bool): allow SERVICE, LOAD and remote FROM.
    RETURNS (QueryResult): variables and rows as text.
    RAISES (QueryError): the query does not parse or fails.
    """
    if not allow_remote:
        check_local(text, source)
    try:
        prepared = prepareQuery(text)
    except Exception as error:  # pyparsing reports syntax errors with several types
        raise QueryError(f"{source}: not valid SPARQL ({_first_line(error)})", "fix the query; see https://www.w3.org/TR/sparql11-query/")
    try:
        result = graph.query(prepared)
    except Exception as error:
        raise QueryError(f"{source}: failed ({_first_line(error)})", "check the query against the data model in docs/model.md")
    if result.type == "ASK":
        return QueryResult(("ask",), ({"ask": "true" if result.askAnswer else "false"},))
    if result.type != "SELECT":
        raise QueryError(f"{source}: only SELECT and ASK queries are supported", "rewrite it as a SELECT query")
    variables = tuple(str(v) for v in result.vars or ())
    terms = tuple(tuple(row) for row in result)  # type: ignore[arg-type]  # SELECT rows are ResultRows
    rows = tuple({var: _text(term) for var, term in zip(variables, row)} for row in terms)
    return QueryResult(variables, rows, terms)


def _text(term: object) -> str:
    if term is None:
        return ""
    return str(term)


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return (text.splitlines()[0] if text else type(error).__name__)[:200]


def format_result(result: QueryResult, output: str = "table") -> str:
    """Render a result as an aligned table, CSV (header of variable names) or SPARQL JSON.

    result (QueryResult): from run_query.
    output (str): "table", "csv" or "json".
    RETURNS (str): the text, ending with a newline.
    """
    if output == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([row[v] for v in result.variables])
        return buffer.getvalue()
    if output == "json":
        return json.dumps(_sparql_json(result), ensure_ascii=False, indent=2) + "\n"
    if output == "table":
        return _table(result)
    raise QueryError(f"unknown output format {output!r}", f"use one of {', '.join(FORMATS)}")


def _sparql_json(result: QueryResult) -> dict:
    """The SPARQL 1.1 Query Results JSON Format."""
    bindings = []
    for row in result.terms or ():
        binding = {}
        for var, term in zip(result.variables, row):
            if term is None:
                continue
            if isinstance(term, URIRef):
                binding[var] = {"type": "uri", "value": str(term)}
            elif isinstance(term, BNode):
                binding[var] = {"type": "bnode", "value": str(term)}
            elif isinstance(term, Literal):
                value: dict[str, str] = {"type": "literal", "value": str(term)}
                if term.language:
                    value["xml:lang"] = term.language
                elif term.datatype:
                    value["datatype"] = str(term.datatype)
                binding[var] = value
        bindings.append(binding)
    if not result.terms and result.variables == ("ask",):
        return {"head": {}, "boolean": result.rows[0]["ask"] == "true"}
    return {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}


def _table(result: QueryResult, max_width: int = 60) -> str:
    def cell(value: str) -> str:
        value = " ".join(value.split())
        return value if len(value) <= max_width else value[: max_width - 1] + "…"

    rows = [[cell(row[v]) for v in result.variables] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
