"""Records to RDF triples: pure functions, deterministic IRIs, provenance on every fact.

Each ``*_triples`` function takes one record and yields triples; nothing here touches a
file, a Graph or spaCy. ``records_to_graph`` only adds what they yield.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterator

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, SKOS

from .namespace import GG, ID, NIF, VOCAB, new_graph
from .records import Actor, ActorRef, Commitment, DocumentInfo, DocumentRecords, Evidence, Role, Statement

Triple = tuple[URIRef, URIRef, URIRef | Literal]

_CATEGORY_CLASS = {"Person": GG.Person, "Country": GG.Country, "Organization": GG.Organization}
_KIND_PATH = {"Person": "person", "Country": "country", "Organization": "organization"}
WIKIDATA = "http://www.wikidata.org/entity/"


@functools.lru_cache(maxsize=16384)  # names recur in every document of a corpus
def slug(text: str) -> str:
    """An ASCII slug of a name: accents dropped, lowercase, words joined by hyphens.

    Text with no Latin letters at all (e.g. a name in Chinese characters) gets a short
    hash, so different names never share an IRI.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if not value or len(value) < len(re.sub(r"\W+", "", text)) // 2:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        value = f"{value}-{digest}" if value else digest
    return value


def mint_iri(kind: str, *key_parts: str) -> URIRef:
    """The IRI of an instance: ``ggid:{kind}/{slug(part)}/...``. Same input, same IRI.

    kind (str): person, country, organization, document, position, statement, ...
    key_parts (str): the parts of the natural key, in order.
    RETURNS (URIRef): the IRI.
    """
    return URIRef(ID + "/".join([kind, *(slug(part) for part in key_parts)]))


def actor_iri(ref: ActorRef) -> URIRef:
    """The IRI of an actor, from its category and canonical name."""
    return mint_iri(_KIND_PATH[ref.category], ref.name)


def document_iri(doc_id: str) -> URIRef:
    """The IRI of a document, from its id; also the name of its graph."""
    return mint_iri("document", doc_id)


def _text(value: str, language: str) -> Literal:
    # BCP 47 tags are case-insensitive; lower case keeps "en-GB" and "en-gb" one tag in every store.
    return Literal(value, lang=language.lower())


def document_triples(info: DocumentInfo) -> Iterator[Triple]:
    """The document node with its header metadata."""
    node = document_iri(info.doc_id)
    yield node, RDF.type, GG.Document
    yield node, DCTERMS.identifier, Literal(info.doc_id)
    yield node, DCTERMS.language, Literal(info.language)
    if info.title:
        yield node, DCTERMS.title, _text(info.title, info.language)
    if info.source:
        yield node, DCTERMS.source, Literal(info.source)
    if info.date:
        datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(info.date), XSD.date)
        yield node, DCTERMS.date, Literal(info.date, datatype=datatype)


def evidence_triples(evidence: Evidence, language: str = "en") -> Iterator[Triple]:
    """The evidence node: the sentence with its offsets in the document's text."""
    node = mint_iri("evidence", evidence.doc_id, f"{evidence.start}-{evidence.end}")
    yield node, RDF.type, GG.Evidence
    yield node, NIF.anchorOf, _text(evidence.sentence, language)
    yield node, NIF.beginIndex, Literal(evidence.start, datatype=XSD.nonNegativeInteger)
    yield node, NIF.endIndex, Literal(evidence.end, datatype=XSD.nonNegativeInteger)
    yield node, GG.sourceDocument, document_iri(evidence.doc_id)


def _provenance(node: URIRef, evidence: Evidence, language: str) -> Iterator[Triple]:
    yield node, GG.sourceDocument, document_iri(evidence.doc_id)
    yield node, GG.evidence, mint_iri("evidence", evidence.doc_id, f"{evidence.start}-{evidence.end}")
    yield from evidence_triples(evidence, language)


def actor_triples(actor: Actor, language: str = "en") -> Iterator[Triple]:
    """An actor: its category class (and finer kind), label, aliases, codes and mention."""
    node = actor_iri(actor.ref)
    yield node, RDF.type, _CATEGORY_CLASS[actor.category]
    if actor.kind:
        yield node, RDF.type, GG[actor.kind]
    yield node, RDFS.label, _text(actor.name, language)
    for alias in actor.aliases:
        yield node, SKOS.altLabel, _text(alias, language)
    if actor.country_code:
        yield node, GG.countryCode, Literal(actor.country_code)
    if actor.wikidata:
        yield node, SKOS.exactMatch, URIRef(WIKIDATA + actor.wikidata)
    if actor.parent is not None:
        yield node, ORG.subOrganizationOf, actor_iri(actor.parent)
    yield node, GG.mentionedIn, document_iri(actor.doc_id)


def role_triples(role: Role, language: str = "en") -> Iterator[Triple]:
    """A position: holder, organisation, title, office, status and evidence."""
    parts = [role.evidence.doc_id, role.person.name, role.organization.name, _office(role.title, role.status)]
    if role.status:
        parts.append(role.status)
    node = mint_iri("position", *parts)
    office = mint_iri("role", _office(role.title, role.status))
    yield node, RDF.type, GG.Position
    yield node, ORG.member, actor_iri(role.person)
    yield node, ORG.organization, actor_iri(role.organization)
    yield node, GG.title, _text(role.title, language)
    yield node, ORG.role, office
    yield office, RDF.type, ORG.Role
    yield office, RDFS.label, _text(_office(role.title, role.status), language)
    if role.status:
        yield node, GG.positionStatus, VOCAB[f"status/{role.status}"]
    yield from _provenance(node, role.evidence, language)


def _office(title: str, status: str | None) -> str:
    """The office a title names, without its status word ("former prime minister" -> "prime minister")."""
    words = title.split()
    if status and len(words) > 1:
        words = words[1:]
    return " ".join(words).lower()


def statement_triples(statement: Statement, language: str = "en") -> Iterator[Triple]:
    """A statement: speaker, content, mode, outlet and evidence."""
    node = mint_iri("statement", statement.evidence.doc_id, f"{statement.start}-{statement.end}")
    yield node, RDF.type, GG.Statement
    yield node, GG.speaker, actor_iri(statement.speaker)
    yield node, GG.content, _text(statement.content, language)
    yield node, GG.speechMode, VOCAB[f"speech/{statement.mode}"]
    if statement.outlet is not None:
        yield node, GG.outlet, actor_iri(statement.outlet)
    if statement.date:
        yield node, DCTERMS.date, Literal(statement.date, datatype=XSD.date)
    yield from _provenance(node, statement.evidence, language)


def commitment_triples(commitment: Commitment, language: str = "en") -> Iterator[Triple]:
    """A commitment: one gg:party per party, modality, action, polarity and evidence."""
    node = mint_iri("commitment", commitment.evidence.doc_id, f"{commitment.start}-{commitment.end}")
    yield node, RDF.type, GG.Commitment
    for party in commitment.parties:
        yield node, GG.party, actor_iri(party)
    yield node, GG.modality, VOCAB[f"modality/{commitment.modality}"]
    yield node, GG.action, _text(commitment.action, language)
    yield node, GG.negated, Literal(commitment.negated)
    if commitment.condition:
        yield node, GG.condition, _text(commitment.condition, language)
    if commitment.deadline:
        yield node, GG.deadline, _text(commitment.deadline, language)
    if commitment.date:
        yield node, DCTERMS.date, Literal(commitment.date, datatype=XSD.date)
    yield from _provenance(node, commitment.evidence, language)


def records_triples(records: DocumentRecords) -> Iterator[Triple]:
    """Every triple of one document's records."""
    language = records.document.language
    yield from document_triples(records.document)
    for actor in records.actors:
        yield from actor_triples(actor, language)
    for role in records.roles:
        yield from role_triples(role, language)
    for statement in records.statements:
        yield from statement_triples(statement, language)
    for commitment in records.commitments:
        yield from commitment_triples(commitment, language)


def records_to_graph(records: DocumentRecords, graph: Graph | None = None) -> Graph:
    """Add one document's triples to a graph (a new one with govgraph's prefixes by default).

    records (DocumentRecords): the document's records.
    graph (Graph | None): the graph to add to.
    RETURNS (Graph): the graph.
    """
    graph = graph if graph is not None else new_graph()
    for triple in records_triples(records):
        graph.add(triple)
    return graph
