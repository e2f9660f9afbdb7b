"""Namespaces of govgraph, prefix bindings, and where the ontology files are.

`GG` holds the terms of ontology/govgraph.ttl, and only those: with `_fail = True` a typo
such as `GG.holdPost` raises AttributeError instead of minting a new IRI. The class body is
generated; after changing the ontology, regenerate it and paste the term lines over the
ones below (tests/test_namespace.py fails until they match):

    python -m rdflib.tools.defined_namespace_creator -f ontology/govgraph.ttl \
        "https://w3id.org/govgraph/ontology#" GG     # writes ./_GG.py

Standard vocabularies are reused from rdflib (ORG, FOAF, PROV, SDO, SKOS, DCTERMS, ...);
only NIF and Web Annotation, which rdflib does not ship, are defined here.

Finding the ontology: the canonical files are `ontology/govgraph.ttl` and
`ontology/shapes.ttl` at the repository root. `find_ontology_dir()` returns, in order:
1. the folder named by the environment variable `GOVGRAPH_ONTOLOGY_DIR`, if set;
2. `src/govgraph/../../ontology`, i.e. the repository's `ontology/` folder, which is where a
   source checkout or an editable install (`pip install -e .`) finds it;
3. `govgraph/data/ontology` inside the installed package, if a build copied the files there.
If none of them holds govgraph.ttl, it returns the first candidate that was tried, so the
error raised on loading names a real path. A regular (non-editable) install therefore needs
GOVGRAPH_ONTOLOGY_DIR, or a build step that copies the files into the package.
`ONTOLOGY_PATH` is the folder found at import time; code that must honour a later change
of the environment variable calls `find_ontology_dir()`.
"""

from __future__ import annotations

import os
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    DefinedNamespace,
    Namespace,
    NamespaceManager,
)
from rdflib.term import URIRef

__all__ = [
    "GG",
    "VOCAB",
    "ID",
    "NIF",
    "OA",
    "DCTERMS",
    "FOAF",
    "ORG",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SKOS",
    "XSD",
    "PREFIXES",
    "ONTOLOGY_ENV_VAR",
    "ONTOLOGY_FILENAME",
    "SHAPES_FILENAME",
    "ONTOLOGY_PATH",
    "find_ontology_dir",
    "new_graph",
    "new_dataset",
]


class GG(DefinedNamespace):
    """
    The govgraph ontology: actors, positions, statements, commitments and their evidence.

    Generated from: ontology/govgraph.ttl (rdflib.tools.defined_namespace_creator)
    """

    _NS = Namespace("https://w3id.org/govgraph/ontology#")

    _fail = True

    AcademicInstitution: URIRef  # A university, college or academy that teaches and researches.
    Actor: URIRef  # A person, organisation or country that can speak, hold a position or commit itself to an action.
    Commitment: URIRef  # One or more actors binding themselves to a future action, or refusing to.
    Company: URIRef  # A business enterprise.
    Country: URIRef  # A sovereign state acting as a party in political and diplomatic affairs.
    Document: URIRef  # A text from which facts are extracted, such as a news article, a declaration or a speech.
    Event: URIRef  # Something that happens at a time and place, such as a summit, a state visit or a signing.
    Evidence: URIRef  # The sentence of a document that states a fact, with its character offsets in the document's text.
    GovernmentBody: URIRef  # An organisation that is part of a state's government, legislature or administration, such as a ministry, parliament or agency.
    InternationalOrganization: URIRef  # An organisation whose members are states or bodies from several states, such as the United Nations or the European Union.
    MediaOrganization: URIRef  # A news agency, newspaper, broadcaster or other outlet that publishes news.
    Organization: URIRef  # A body of people organised for a purpose, such as a ministry, an international organisation, a university, a news outlet, a company or a party.
    Person: URIRef  # A human being named in a document.
    PoliticalParty: URIRef  # An organisation that seeks to hold political power, typically by taking part in elections.
    Position: URIRef  # A person holding a title in an organisation or a country, as a document states it.
    ResearchInstitute: URIRef  # An organisation whose main purpose is research, such as a think tank or a research centre.
    Statement: URIRef  # Something an actor said, wrote or stated, quoted directly, reported or given in an interview.
    action: URIRef  # The text of what the parties of a commitment undertake to do.
    condition: URIRef  # The text of a condition a commitment depends on.
    content: URIRef  # What a statement says, without the framing verb.
    countryCode: URIRef  # The ISO 3166-1 alpha-2 code of a country.
    deadline: URIRef  # The text of the time by which a commitment is to be fulfilled, as the document states it.
    evidence: URIRef  # The sentence a position, statement or commitment was extracted from.
    mentionedIn: URIRef  # A document that names the actor.
    modality: URIRef  # The kind of undertaking a commitment expresses, such as commit, agree, pledge or will.
    negated: URIRef  # True when the parties refused or declined the action instead of committing to it.
    outlet: URIRef  # The organisation a statement was made to, such as the newspaper the speaker told it to.
    party: URIRef  # An actor that binds itself by a commitment.
    positionStatus: URIRef  # Whether the holder of a position holds it now, held it before or holds it in an acting capacity.
    sourceDocument: URIRef  # The document a fact or a piece of evidence was extracted from.
    speaker: URIRef  # The actor who made a statement.
    speechMode: URIRef  # How a statement is reported: quoted directly, reported as indirect speech or given as an interview answer.
    title: URIRef  # The title of a position as the document writes it, status words included.


#: SKOS concepts: VOCAB["modality/commit"], VOCAB["status/former"], VOCAB["speech/direct"].
VOCAB = Namespace("https://w3id.org/govgraph/vocab/")
#: Instances: ID["person/xi-jinping"], ID["document/x-txt"] (IRIs are minted in mapping.py).
ID = Namespace("https://w3id.org/govgraph/id/")
#: NLP Interchange Format core (nif:anchorOf, nif:beginIndex, nif:endIndex).
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
#: W3C Web Annotation vocabulary.
OA = Namespace("http://www.w3.org/ns/oa#")

#: Every prefix govgraph writes, in the order Turtle output lists them.
PREFIXES: dict[str, Namespace] = {
    "gg": Namespace(str(GG._NS)),
    "ggv": VOCAB,
    "ggid": ID,
    "org": Namespace(str(ORG._NS)),
    "foaf": Namespace(str(FOAF._NS)),
    "prov": Namespace(str(PROV._NS)),
    "schema": Namespace(str(SDO._NS)),
    "skos": Namespace(str(SKOS._NS)),
    "dcterms": Namespace(str(DCTERMS._NS)),
    "nif": NIF,
    "oa": OA,
    "owl": Namespace(str(OWL._NS)),
    "rdf": Namespace(str(RDF._NS)),
    "rdfs": Namespace(str(RDFS._NS)),
    "xsd": Namespace(str(XSD._NS)),
}

#: Environment variable naming a folder that holds govgraph.ttl and shapes.ttl.
ONTOLOGY_ENV_VAR = "GOVGRAPH_ONTOLOGY_DIR"
ONTOLOGY_FILENAME = "govgraph.ttl"
SHAPES_FILENAME = "shapes.ttl"

_PACKAGE_DIR = Path(__file__).resolve().parent


def find_ontology_dir() -> Path:
    """Find the folder holding govgraph.ttl and shapes.ttl (see the module docstring).

    RETURNS (Path): GOVGRAPH_ONTOLOGY_DIR if set, else the first of the repository's
        ontology/ folder and the package's data/ontology/ folder that holds govgraph.ttl,
        else the repository's ontology/ folder.
    """
    override = os.environ.get(ONTOLOGY_ENV_VAR)
    if override:
        # An explicit choice wins even if the folder is wrong: the loader then names it.
        return Path(override).expanduser()
    candidates = [_PACKAGE_DIR.parent.parent / "ontology", _PACKAGE_DIR / "data" / "ontology"]
    for candidate in candidates:
        if (candidate / ONTOLOGY_FILENAME).is_file():
            return candidate
    return candidates[0]


#: The ontology folder found at import time.
ONTOLOGY_PATH: Path = find_ontology_dir()


def _bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        # replace=True also drops rdflib's own default binding of a prefix or namespace
        # (e.g. "schema1"), so the written Turtle always uses these prefixes.
        graph.bind(prefix, namespace, override=True, replace=True)


def new_graph(identifier: str | URIRef | None = None) -> Graph:
    """Create an empty in-memory graph with every govgraph prefix bound.

    identifier (str | URIRef | None): the graph's name, e.g. a document IRI; None gives a
        blank node identifier, as rdflib does.
    RETURNS (Graph): an empty graph binding gg, ggv, ggid, org, foaf, prov, schema, skos,
        dcterms, nif, oa, owl, rdf, rdfs and xsd, and no other prefix but xml.
    """
    graph = Graph(
        identifier=URIRef(identifier) if isinstance(identifier, str) else identifier,
        bind_namespaces="none",
    )
    _bind_prefixes(graph)
    return graph


def new_dataset() -> Dataset:
    """Create an empty in-memory dataset with every govgraph prefix bound.

    Named graphs made with `dataset.graph(iri)` share the dataset's store and so its
    prefixes: one named graph per document, the graph IRI being the document IRI.

    RETURNS (Dataset): an empty dataset binding the same prefixes as new_graph().
    """
    dataset = Dataset()
    # Dataset takes no bind_namespaces argument; its namespace manager is created lazily,
    # so installing an empty one first keeps rdflib's ~30 default prefixes out of the store.
    dataset.namespace_manager = NamespaceManager(dataset, bind_namespaces="none")
    _bind_prefixes(dataset)
    return dataset
