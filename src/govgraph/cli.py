"""The ``govgraph`` command: a thin layer over the library.

Library errors (GovgraphError) become one line, "Error: ...", and exit code 1; a failed
validation exits 3; usage errors exit 2 (click). See the README for the codes.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .corpus import DEFAULT_MAX_BYTES
from .errors import GovgraphError

DEFAULT_GRAPHS = "graphs"


def _library_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into one-line messages instead of tracebacks."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except GovgraphError as error:
            raise click.ClickException(str(error)) from None
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; files already written are complete, none is half-written") from None
        except MemoryError:
            raise click.ClickException("out of memory; build fewer documents at a time") from None

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govgraph")
def cli() -> None:
    """Turn political and diplomatic text into a knowledge graph of actors, roles,
    statements and commitments, every fact traced to its sentence."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default=DEFAULT_GRAPHS, show_default=True, type=click.Path(path_type=Path), help="Folder for the graph files.")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, type=click.IntRange(min=1), help="Size limit of one document.")
@click.option("--keep-going", is_flag=True, help="Skip documents that cannot be read and list them at the end.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1), help="Extraction processes on this machine.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), help="Also load the graphs into this Oxigraph store folder (files then only with --out).")
@click.option("--dask", "dask_address", metavar="ADDRESS", help="Extract on a Dask cluster (scheduler address); workers write OUT/nquads/*.nq.")
@click.option("--update", is_flag=True, help="Add these documents to the build in --out, replacing the ones built before; keep the rest.")
@_library_errors
def build(
    paths: tuple[Path, ...], out_dir: Path, max_bytes: int, keep_going: bool, workers: int, store_dir: Path | None, dask_address: str | None, update: bool
) -> None:
    """Build the graphs from text files and folders (every *.txt below a folder).

    Writes govgraph.ttl and govgraph.jsonld (merged), govgraph.trig and govgraph.nq
    (one named graph per document, plus the ontology's), govgraph.graphml (network) and
    govgraph.html (interactive view). Above 500 documents, or with --store or --dask, the
    build streams: it writes govgraph.ttl, .trig and .nq only, and never holds the corpus.
    """
    from .build import build_corpus

    if store_dir is not None and click.get_current_context().get_parameter_source("out_dir") == click.core.ParameterSource.DEFAULT:
        out_dir = None  # type: ignore[assignment]  # --store alone: the store is the output
    result = build_corpus(paths, out_dir, store_dir, max_bytes=max_bytes, keep_going=keep_going, workers=workers, dask=dask_address, update=update)
    counts = ", ".join(f"{n} {kind}" for kind, n in result.counts.items())
    click.echo(f"{result.documents} document(s): {counts}", err=True)
    for path in result.files:
        click.echo(f"wrote {path}", err=True)
    if result.store is not None:
        click.echo(f"loaded into the Oxigraph store {result.store}", err=True)
    if result.failures:
        for _, message in result.failures:
            click.echo(f"skipped {message}", err=True)
        raise click.ClickException(f"{len(result.failures)} document(s) could not be read (listed above); the others were built")


@cli.command()
@click.argument("query_file")
@click.option("--graph", "graph_path", default=DEFAULT_GRAPHS, show_default=True, help="Graph file or folder to query.")
@click.option("--format", "output", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--allow-remote", is_flag=True, help="Allow SERVICE, LOAD and remote FROM (off: queries stay on this machine).")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), help="Query this Oxigraph store folder instead of graph files.")
@click.option("--engine", type=click.Choice(["rdflib", "oxigraph"]), help="SPARQL engine for graph files  [default: oxigraph when installed]")
@click.option("--doc", "doc_ids", multiple=True, metavar="ID", help="Only the rows of this document (its doc column); repeat for several.")
@_library_errors
def query(query_file: str, graph_path: str, output: str, allow_remote: bool, store_dir: Path | None, engine: str | None, doc_ids: tuple[str, ...]) -> None:
    """Run a SPARQL query (a .rq file, or the name of a shipped one such as roles)."""
    import importlib.util

    from .query import format_result, read_query, restrict_to_documents, run_query

    source, text = read_query(query_file)
    if doc_ids:
        text = restrict_to_documents(text, doc_ids, source)
    if engine is None:
        engine = "oxigraph" if store_dir is not None or importlib.util.find_spec("pyoxigraph") else "rdflib"
    if store_dir is not None or engine == "oxigraph":
        from .oxistore import memory_store, open_store, run_store_query

        store = open_store(store_dir, read_only=True) if store_dir is not None else memory_store(graph_path)
        result = run_store_query(store, text, source=source, allow_remote=allow_remote)
    else:
        from .store import load_graph

        result = run_query(load_graph(graph_path), text, source=source, allow_remote=allow_remote)
    click.echo(format_result(result, output), nl=False)


@cli.command()
@click.option("--graph", "graph_path", default=DEFAULT_GRAPHS, show_default=True, help="Graph file or folder to validate.")
@_library_errors
def validate(graph_path: str) -> None:
    """Check the graph against the SHACL shapes and the ontology (OWL consistency with HermiT)."""
    from .store import load_graph
    from .validate import validate_graph

    report = validate_graph(load_graph(graph_path))
    click.echo(report.shacl_text.rstrip())
    click.echo(report.owl_text.rstrip())
    if not report.conforms:
        click.echo("Error: the graph is not valid (see above)", err=True)
        sys.exit(3)
    click.echo("valid: conforms to the shapes and is consistent with the ontology")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--gold", "gold_dir", required=True, type=click.Path(path_type=Path), help="Folder of *.gold.json files.")
@click.option("--json", "json_out", type=click.Path(path_type=Path), help="Also write the scores as JSON to this file.")
@click.option("--explain", is_flag=True, help="List every miss and false positive.")
@_library_errors
def evaluate(paths: tuple[Path, ...], gold_dir: Path, json_out: Path | None, explain: bool) -> None:
    """Score the extraction against gold annotations (P/R/F1 per kind, macro F1).

    Builds PATHS (default: the texts named by the gold files), runs the contract
    queries on the result and matches them to the gold as GOLD_FORMAT.md says.
    """
    from .build import build_graphs
    from .errors import InputError
    from .evaluate import format_report, load_gold, score
    from .query import CONTRACT_QUERIES, read_query, run_query
    from .store import write_text

    gold_files = sorted(Path(gold_dir).glob("*.gold.json")) if Path(gold_dir).is_dir() else []
    if not gold_files:
        raise InputError(f"{gold_dir}: no *.gold.json files", "name the folder that holds the gold annotations")
    golds = [load_gold(path) for path in gold_files]
    if not paths:
        texts = []
        for path, gold in zip(gold_files, golds):
            text = path.parent / gold.document
            if not text.is_file():
                raise InputError(f"{path}: its text {text} is missing", "put the text beside the gold file or name the texts")
            texts.append(text)
        paths = tuple(texts)
    result = build_graphs(paths)
    rows = {}
    for name in CONTRACT_QUERIES:
        source, query_text = read_query(name)
        rows[name] = [dict(row) for row in run_query(result.merged, query_text, source=source).rows]
    report = score(golds, rows)
    click.echo(format_report(report, explain=explain), nl=False)
    if json_out is not None:
        write_text(json_out, json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")


@cli.command()
@click.option("--endpoint", required=True, help="The server's Graph Store URL (e.g. Oxigraph http://host:7878/store), or its SPARQL query endpoint when --store-endpoint is given.")
@click.option("--store-endpoint", default=None, help="The Graph Store URL when it differs from --endpoint; each graph's triple count is then checked on --endpoint.")
@click.option("--graph", "graph_path", default=DEFAULT_GRAPHS, show_default=True, help="Build folder (its govgraph.nq), or a .nq or .trig file.")
@_library_errors
def push(endpoint: str, store_endpoint: str | None, graph_path: str) -> None:
    """Upload each named graph (every document, and the ontology) to a SPARQL 1.1 server.

    Each graph is sent with the Graph Store Protocol, HTTP PUT to ENDPOINT?graph=<IRI>,
    which replaces it on the server: pushing again adds no duplicates. Credentials come
    from GOVGRAPH_ENDPOINT_TOKEN (Bearer) or GOVGRAPH_ENDPOINT_USER and
    GOVGRAPH_ENDPOINT_PASSWORD (Basic).
    """
    from .push import push_graphs

    report = push_graphs(graph_path, endpoint, store_endpoint=store_endpoint)
    checked = "; triple counts checked on the query endpoint" if report.verified else ""
    click.echo(f"pushed {len(report.graphs)} graph(s), {report.triples} triple(s) to {report.store_url}{checked}", err=True)


@cli.command()
@click.option("--graph", "graph_path", default=DEFAULT_GRAPHS, show_default=True, help="Graph file or folder to export.")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json", "csv"]), default="graphml", show_default=True,
              help="graphml (Cytoscape, yEd), gexf (Gephi), json (networkx node-link) or csv (edge list).")
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The file to write.")
@_library_errors
def export(graph_path: str, fmt: str, out_file: Path) -> None:
    """Export the network of actors, commitments, statements and documents for other tools."""
    from .export import export_network
    from .network import graph_to_network
    from .store import load_graph, write_text

    network = graph_to_network(load_graph(graph_path))
    write_text(out_file, export_network(network, fmt))
    click.echo(f"{network.number_of_nodes()} nodes, {network.number_of_edges()} edges", err=True)
    click.echo(f"wrote {out_file}", err=True)


@cli.command()
@click.option("--graph", "graph_path", default=DEFAULT_GRAPHS, show_default=True, help="Graph file or folder to show.")
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The HTML file to write.")
@click.option("--focus", default=None, help="Show only the neighbourhood of this node (an actor's name or an IRI).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(min=0), help="Hops around --focus to show.")
@click.option("--title", default="govgraph", show_default=True, help="The page's heading.")
@_library_errors
def view(graph_path: str, out_file: Path, focus: str | None, depth: int, title: str) -> None:
    """Write the interactive network view: one HTML file that works offline.

    Open it in a browser: filter by class, document and modality, find a node by name,
    click a node or an edge to read its evidence sentences.
    """
    from .network import graph_to_network
    from .store import load_graph, write_text
    from .view import render_view

    network = graph_to_network(load_graph(graph_path))
    write_text(out_file, render_view(network, title=title, focus=focus, depth=depth))
    click.echo(f"wrote {out_file}", err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--store", "store_dir", required=True, type=click.Path(path_type=Path), help="The Oxigraph store folder (created if missing).")
@_library_errors
def load(files: tuple[Path, ...], store_dir: Path) -> None:
    """Bulk-load RDF files (.nq, .trig, .ttl, .nt, .jsonld, .rdf) into an on-disk Oxigraph store.

    Named graphs are kept; triples outside one go to a graph named after their file. The
    store also keeps the merge of all graphs, which 'govgraph query --store' reads.
    """
    from .oxistore import load_files, open_store

    count = load_files(open_store(store_dir), files)
    click.echo(f"loaded {count} file(s) into the Oxigraph store {store_dir}", err=True)


def main() -> None:
    """Entry point of the ``govgraph`` console script."""
    cli(prog_name="govgraph")
