"""Check a govgraph graph against the SHACL shapes and, with HermiT, against the ontology.

Two checks, because they catch different faults:
- SHACL (pySHACL, ontology/shapes.ttl) checks the data is complete and well formed as
  docs/model.md describes it: a statement has exactly one speaker, evidence has offsets...
  It is closed-world: a missing triple is an error.
- OWL (owlready2 + HermiT, ontology/govgraph.ttl) checks the data does not contradict the
  ontology: one IRI typed both gg:Person and gg:Organization, two contents for one
  statement, a non-boolean gg:negated... It is open-world: a missing triple is never an error.

The library raises OntologyError when the ontology or the shapes cannot be loaded or the
reasoner cannot run, and otherwise returns a ValidationReport; it never prints.
"""

from __future__ import annotations

import io
import subprocess
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import owlready2
import pyshacl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from rdflib.term import Node

from .errors import OntologyError
from .namespace import (
    ONTOLOGY_ENV_VAR,
    ONTOLOGY_FILENAME,
    PREFIXES,
    SHAPES_FILENAME,
    find_ontology_dir,
)

__all__ = [
    "ValidationReport",
    "validate_graph",
    "load_ontology",
    "load_shapes",
    "check_shacl",
    "check_owl",
]

#: The ontology's IRI; the merged ontology + data is loaded into owlready2 under it.
ONTOLOGY_IRI = "https://w3id.org/govgraph/ontology"

# Datatypes HermiT accepts: the OWL 2 datatype map (OWL 2 Structural Specification, 4.1-4.7)
# plus rdf:langString, which RDF 1.1 gives every "..."@en literal and HermiT reads as
# rdf:PlainLiteral. A literal of any other datatype (xsd:date, xsd:gYear, ...) makes HermiT
# stop with UnsupportedDatatypeException, so such literals are left out of reasoning.
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_OWL2_DATATYPES = frozenset(
    {URIRef(_RDF + name) for name in ("PlainLiteral", "XMLLiteral", "langString")}
    | {RDFS.Literal, OWL.real, OWL.rational}
    | {
        XSD[name]
        for name in (
            "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger "
            "negativeInteger long int short byte unsignedLong unsignedInt unsignedShort "
            "unsignedByte double float string normalizedString token language Name NCName "
            "NMTOKEN boolean hexBinary base64Binary anyURI dateTime dateTimeStamp"
        ).split()
    }
)

# Annotation properties every OWL 2 document has without declaring them.
_BUILTIN_ANNOTATION_PROPERTIES = frozenset(
    {
        RDFS.label,
        RDFS.comment,
        RDFS.seeAlso,
        RDFS.isDefinedBy,
        OWL.versionInfo,
        OWL.deprecated,
        OWL.priorVersion,
        OWL.backwardCompatibleWith,
        OWL.incompatibleWith,
    }
)


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validate_graph().

    conforms (bool): True when both checks pass.
    shacl_conforms (bool): True when the data conforms to the SHACL shapes.
    owl_consistent (bool): True when HermiT finds ontology + data consistent and every
        named class satisfiable.
    shacl_text (str): a summary line, then one line per SHACL result: focus node, path,
        message and offending value.
    owl_text (str): a summary line of the HermiT run, then, when inconsistent, the likely
        causes (individuals and the disjoint classes or functional properties involved).
    """

    conforms: bool
    shacl_conforms: bool
    owl_consistent: bool
    shacl_text: str
    owl_text: str

    @property
    def text(self) -> str:
        """Both texts, SHACL first, for printing in one go."""
        return f"{self.shacl_text}\n{self.owl_text}"


def validate_graph(data: Graph, ontology_dir: str | Path | None = None) -> ValidationReport:
    """Validate data against the govgraph SHACL shapes and, with HermiT, the ontology.

    data (Graph): the data to check. For a Dataset or ConjunctiveGraph the union of all its
        graphs is checked. The graph is not modified.
    ontology_dir (str | Path | None): the folder holding govgraph.ttl and shapes.ttl; None
        uses find_ontology_dir() (GOVGRAPH_ONTOLOGY_DIR, else the repository's ontology/).
    RETURNS (ValidationReport): the outcome of both checks.
    RAISES (OntologyError): an ontology file is missing or does not parse, or HermiT
        cannot run (no Java).
    """
    folder = Path(ontology_dir) if ontology_dir is not None else find_ontology_dir()
    ontology = load_ontology(folder)
    shapes = load_shapes(folder)
    triples = _union(data)
    shacl_conforms, shacl_text = check_shacl(triples, ontology, shapes)
    owl_consistent, owl_text = check_owl(triples, ontology)
    return ValidationReport(
        conforms=shacl_conforms and owl_consistent,
        shacl_conforms=shacl_conforms,
        owl_consistent=owl_consistent,
        shacl_text=shacl_text,
        owl_text=owl_text,
    )


def load_ontology(ontology_dir: str | Path | None = None) -> Graph:
    """Parse ontology/govgraph.ttl.

    ontology_dir (str | Path | None): the folder holding govgraph.ttl; None uses
        find_ontology_dir().
    RETURNS (Graph): the ontology, with its concept schemes.
    RAISES (OntologyError): the file is missing or does not parse.
    """
    folder = Path(ontology_dir) if ontology_dir is not None else find_ontology_dir()
    return _parse_turtle(folder / ONTOLOGY_FILENAME, "ontology")


def load_shapes(ontology_dir: str | Path | None = None) -> Graph:
    """Parse ontology/shapes.ttl.

    ontology_dir (str | Path | None): the folder holding shapes.ttl; None uses
        find_ontology_dir().
    RETURNS (Graph): the SHACL shapes.
    RAISES (OntologyError): the file is missing or does not parse.
    """
    folder = Path(ontology_dir) if ontology_dir is not None else find_ontology_dir()
    return _parse_turtle(folder / SHAPES_FILENAME, "SHACL shapes")


def check_shacl(data: Graph, ontology: Graph, shapes: Graph) -> tuple[bool, str]:
    """Validate data against SHACL shapes with pySHACL.

    Inference is 'none', by choice: the data asserts every node's category class (the
    contract of docs/model.md), and the shapes check exactly what the mapping wrote. RDFS
    inference would type every subject of gg:speaker as gg:Statement through rdfs:domain,
    so a statement whose rdf:type was forgotten would pass, and it would add the foaf/prov/
    schema superclasses of every node for nothing. The ontology is still given as ont_graph:
    pySHACL copies its rdfs:subClassOf axioms into (a copy of) the data graph, so a value
    typed only gg:MediaOrganization still counts as a gg:Organization for sh:class.

    data (Graph): the data to check (a Dataset counts as the union of its graphs); not
        modified.
    ontology (Graph): the govgraph ontology (load_ontology()).
    shapes (Graph): the SHACL shapes (load_shapes()).
    RETURNS (tuple[bool, str]): whether the data conforms, and a readable report: a summary
        line, then one line per result, sorted:
        "- focus  path: message (value: v) [sh:constraint]".
    """
    conforms, results, _ = pyshacl.validate(
        _union(data) if isinstance(data, ConjunctiveGraph) else data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
        meta_shacl=False,
        advanced=False,
        js=False,
        debug=False,
    )
    assert isinstance(results, Graph)
    lines = sorted(_shacl_result_lines(results))
    if conforms:
        return True, "SHACL: the data conforms to the shapes."
    summary = f"SHACL: {_count(len(lines), 'result')} against the shapes:"
    return False, "\n".join([summary, *lines])


def check_owl(data: Graph, ontology: Graph) -> tuple[bool, str]:
    """Check with HermiT (through owlready2) that data and ontology are consistent.

    Before reasoning, two kinds of triples are left out (and counted in the text):
    annotation triples (rdfs:label, skos:altLabel, dcterms:date, ...), which carry no
    logical meaning, and literals whose datatype is outside the OWL 2 datatype map (such as
    xsd:date), which HermiT refuses to read. owl:imports triples are dropped too, so nothing
    is ever fetched. The reasoner runs in a fresh owlready2 World, so runs do not leak into
    each other or into owlready2's default world.

    data (Graph): the data to check (a Dataset counts as the union of its graphs); not
        modified.
    ontology (Graph): the govgraph ontology (load_ontology()).
    RETURNS (tuple[bool, str]): whether ontology + data are consistent with every named
        class satisfiable, and a readable report; when inconsistent, it names the
        individuals and the disjoint classes, functional properties or datatypes involved,
        as far as a quick check of the graph can find them.
    RAISES (OntologyError): Java or HermiT cannot run.
    """
    merged = Graph(bind_namespaces="none")
    for triple in ontology:
        merged.add(triple)
    for triple in _union(data) if isinstance(data, ConjunctiveGraph) else data:
        merged.add(triple)
    kept, n_annotations, dropped_datatypes = _reasoning_triples(merged)
    ntriples = kept.serialize(format="nt", encoding="utf-8")
    unsupported = (
        f" and {_count(sum(dropped_datatypes.values()), 'literal')} of datatypes HermiT does "
        f"not support ({', '.join(sorted(_short(d) for d in dropped_datatypes))})"
        if dropped_datatypes
        else ""
    )
    scope = (
        f"{_count(len(kept), 'triple')}; left out {_count(n_annotations, 'annotation triple')}"
        f"{unsupported}"
    )

    # owlready2 reads N-Triples but not Turtle. It is given the bytes directly (no temp file
    # of ours to clean up); it writes its own temporary N-Triples file for HermiT.
    world = owlready2.World()
    try:
        world.get_ontology(ONTOLOGY_IRI).load(fileobj=io.BytesIO(ntriples), format="ntriples")
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        # HermiT's classification makes an unsatisfiable class equivalent to owl:Nothing.
        unsatisfiable = sorted(
            _short(URIRef(cls.iri))
            for cls in world.inconsistent_classes()
            if getattr(cls, "iri", None)
        )
    except owlready2.OwlReadyInconsistentOntologyError:
        causes = _explain_inconsistency(kept)
        lines = [f"OWL (HermiT): ontology + data are INCONSISTENT ({scope})."]
        if causes:
            lines.append("Likely causes:")
            lines.extend(f"- {cause}" for cause in causes)
        else:
            lines.append(
                "The quick check found no clash of disjoint classes, functional properties "
                "or datatypes; load ontology/govgraph.ttl and the data together in Protégé "
                "and ask HermiT for an explanation."
            )
        return False, "\n".join(lines)
    except owlready2.OwlReadyJavaError as error:
        raise OntologyError(
            f"HermiT failed on the ontology and data: {_first_line(str(error))}",
            hint="check the data for literals or axioms outside OWL 2 DL",
        ) from error
    except (OSError, subprocess.SubprocessError) as error:
        raise OntologyError(
            f"cannot run the HermiT reasoner with Java ({owlready2.JAVA_EXE}): {error}",
            hint="install a Java runtime (11 or later) and put java on PATH",
        ) from error
    finally:
        world.close()

    if unsatisfiable:
        return False, (
            f"OWL (HermiT): consistent, but these classes are unsatisfiable ({scope}): "
            + ", ".join(unsatisfiable)
        )
    return True, f"OWL (HermiT): ontology + data are consistent ({scope})."


# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------


def _parse_turtle(path: Path, what: str) -> Graph:
    if not path.is_file():
        raise OntologyError(
            f"{path}: {what} file not found",
            hint=(
                f"run from a govgraph source checkout, or set {ONTOLOGY_ENV_VAR} to the "
                f"folder holding {ONTOLOGY_FILENAME} and {SHAPES_FILENAME}"
            ),
        )
    graph = Graph(bind_namespaces="none")
    try:
        graph.parse(path, format="turtle")
    except Exception as error:  # rdflib's parsers raise many unrelated exception types
        raise OntologyError(
            f"{path}: {what} file does not parse as Turtle ({_first_line(str(error))})",
            hint="fix the syntax, or restore the file from the govgraph repository",
        ) from error
    return graph


def _union(data: Graph) -> Graph:
    """All triples of data in a plain Graph (the union of named graphs for a Dataset)."""
    union = Graph(bind_namespaces="none")
    for prefix, namespace in data.namespaces():
        union.bind(prefix, namespace)
    if isinstance(data, ConjunctiveGraph):  # Dataset subclasses ConjunctiveGraph
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in data:
            union.add(triple)
    return union


def _reasoning_triples(graph: Graph) -> tuple[Graph, int, dict[URIRef, int]]:
    """The triples HermiT can reason over, the number of annotation triples left out, and
    the number of literals left out per unsupported datatype."""
    annotation_properties = set(_BUILTIN_ANNOTATION_PROPERTIES)
    annotation_properties.update(
        p for p in graph.subjects(RDF.type, OWL.AnnotationProperty) if isinstance(p, URIRef)
    )
    kept = Graph(bind_namespaces="none")
    n_annotations = 0
    dropped: dict[URIRef, int] = defaultdict(int)
    for s, p, o in graph:
        if p == OWL.imports:
            continue
        if p in annotation_properties:
            n_annotations += 1
            continue
        if isinstance(o, Literal) and o.datatype is not None and o.datatype not in _OWL2_DATATYPES:
            dropped[o.datatype] += 1
            continue
        kept.add((s, p, o))
    return kept, n_annotations, dict(dropped)


def _shacl_result_lines(results: Graph) -> Iterator[str]:
    """One line per sh:ValidationResult: focus node, path, message, value, constraint."""
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus_node = results.value(result, SH.focusNode)
        focus = _short(focus_node)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        component = results.value(result, SH.sourceConstraintComponent)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        line = f"- {focus}  {_short(path)}:" if path is not None else f"- {focus}:"
        line += f" {message if message is not None else 'fails a constraint'}"
        if value is not None and value != focus_node:
            line += f" (value: {_short(value)})"
        if isinstance(component, URIRef):
            # sh:MaxCountConstraintComponent -> sh:maxCount, the keyword in the shape.
            name = component.removeprefix(str(SH)).removesuffix("ConstraintComponent")
            line += f" [sh:{name[:1].lower()}{name[1:]}]"
        if severity is not None and severity != SH.Violation:
            line += f" [{_short(severity)}]"
        yield line


def _explain_inconsistency(graph: Graph) -> list[str]:
    """Find the usual causes of an inconsistency by looking at the graph (no reasoner).

    Types of each individual are its asserted classes, the domains and ranges of the
    properties it is used with (named classes only), and all their named superclasses.
    Reported: an individual in two disjoint classes, a functional data property with two
    values, and a literal outside the range of its data property.
    """
    superclasses = _superclass_closure(graph)
    types: dict[Node, set[Node]] = defaultdict(set)
    object_properties = set(graph.subjects(RDF.type, OWL.ObjectProperty))
    for s, p, o in graph:
        if p == RDF.type and isinstance(o, URIRef) and (o, RDF.type, OWL.Class) in graph:
            types[s].add(o)
        elif p in object_properties or (p, RDF.type, OWL.DatatypeProperty) in graph:
            for domain in graph.objects(p, RDFS.domain):
                if isinstance(domain, URIRef):
                    types[s].add(domain)
            if p in object_properties:
                for range_ in graph.objects(p, RDFS.range):
                    if isinstance(range_, URIRef):
                        types[o].add(range_)
    causes: list[str] = []
    disjoint = _disjoint_pairs(graph)
    for individual in sorted(types, key=str):
        if isinstance(individual, Literal):
            continue
        closed = set().union(*(superclasses.get(t, {t}) for t in types[individual]))
        for a, b in sorted(disjoint, key=lambda pair: (str(pair[0]), str(pair[1]))):
            if a in closed and b in closed:
                causes.append(
                    f"{_short(individual)} is a {_short(a)} and a {_short(b)}, which are "
                    f"disjoint (asserted or implied types: "
                    f"{', '.join(sorted(_short(t) for t in types[individual]))})"
                )
    for prop in sorted(graph.subjects(RDF.type, OWL.FunctionalProperty), key=str):
        if (prop, RDF.type, OWL.DatatypeProperty) not in graph:
            continue  # two values of a functional object property only merge individuals
        for subject in sorted(set(graph.subjects(prop, None)), key=str):
            values = set(graph.objects(subject, prop))
            if len(values) > 1:
                causes.append(
                    f"{_short(subject)} has {len(values)} values of the functional property "
                    f"{_short(prop)}: {', '.join(sorted(_short(v) for v in values))}"
                )
    for prop in sorted(graph.subjects(RDF.type, OWL.DatatypeProperty), key=str):
        for range_ in graph.objects(prop, RDFS.range):
            for subject, value in sorted(graph.subject_objects(prop), key=str):
                if isinstance(value, Literal) and not _fits_range(value, range_):
                    causes.append(
                        f"{_short(subject)} {_short(prop)} {_short(value)} is not in the "
                        f"range {_short(range_)}"
                    )
    return causes


def _superclass_closure(graph: Graph) -> dict[Node, set[Node]]:
    """For each named class, itself and all its named superclasses."""
    direct: dict[Node, set[Node]] = defaultdict(set)
    for sub, sup in graph.subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            direct[sub].add(sup)
    closure: dict[Node, set[Node]] = {}
    for cls in list(direct):
        seen: set[Node] = {cls}
        todo = [cls]
        while todo:
            for sup in direct.get(todo.pop(), ()):
                if sup not in seen:
                    seen.add(sup)
                    todo.append(sup)
        closure[cls] = seen
    return closure


def _disjoint_pairs(graph: Graph) -> set[tuple[Node, Node]]:
    """Pairs of named classes declared disjoint (owl:disjointWith, owl:AllDisjointClasses)."""
    pairs: set[tuple[Node, Node]] = set()
    for a, b in graph.subject_objects(OWL.disjointWith):
        pairs.add((a, b))
    for axiom in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        members_node = graph.value(axiom, OWL.members)
        if members_node is None:
            continue
        members = list(graph.items(members_node))
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs.add((a, b))
    return {(a, b) for a, b in pairs if isinstance(a, URIRef) and isinstance(b, URIRef)}


def _fits_range(value: Literal, range_: Node) -> bool:
    """Whether a literal obviously fits a datatype range (only the clear-cut cases)."""
    datatype = value.datatype or (RDF.langString if value.language else XSD.string)
    if range_ == XSD.boolean:
        return datatype == XSD.boolean
    if range_ == XSD.string:
        return datatype == XSD.string
    if range_ == RDF.PlainLiteral:
        return datatype in (XSD.string, RDF.langString, RDF.PlainLiteral)
    return True


def _short(node: Node | None) -> str:
    """A node as prefix:local (local parts may hold '/'), else <iri> or its N3 form."""
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        for prefix, namespace in PREFIXES.items():
            if node.startswith(namespace) and len(node) > len(namespace):
                return f"{prefix}:{node[len(namespace):]}"
        return f"<{node}>"
    if isinstance(node, Literal):
        text = str(node).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        if len(text) > 80:
            text = text[:77] + "..."
        if node.language:
            return f'"{text}"@{node.language}'
        if node.datatype is not None and node.datatype != XSD.string:
            return f'"{text}"^^{_short(node.datatype)}'
        return f'"{text}"'
    if isinstance(node, BNode):
        return "[]"
    return str(node)


def _count(n: int, noun: str) -> str:
    """'1 triple', '2 triples'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _first_line(text: str) -> str:
    """The first non-blank line of an error text."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return text.strip()
