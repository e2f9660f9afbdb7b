"""Plain records of what a document says: the hand-over point between NLP and RDF.

Records are frozen dataclasses with no spaCy or rdflib objects inside, so the
mapping to RDF can be tested with hand-built values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Category = Literal["Person", "Country", "Organization"]

#: Finer organisation classes of the ontology (subclasses of gg:Organization).
ORGANIZATION_KINDS = (
    "GovernmentBody",
    "InternationalOrganization",
    "AcademicInstitution",
    "ResearchInstitute",
    "MediaOrganization",
    "Company",
    "PoliticalParty",
)


@dataclass(frozen=True)
class DocumentInfo:
    """A document's identity and header metadata.

    doc_id (str): the path relative to the build root (or the file name).
    title, source, date, language: header values; date is ISO 8601 (YYYY-MM-DD) or None.
    """

    doc_id: str
    title: str | None = None
    source: str | None = None
    date: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact comes from, with offsets into the document's file text."""

    doc_id: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, order=True)
class ActorRef:
    """A pointer to an actor: its category and canonical name (the IRI key)."""

    category: Category
    name: str


@dataclass(frozen=True)
class Actor:
    """An actor named in a document.

    kind (str | None): a finer class for organisations (one of ORGANIZATION_KINDS).
    aliases: other surface forms seen in the document.
    country_code: ISO 3166-1 alpha-2 for countries; wikidata: a Q-id where known.
    parent: the organisation this one is a sub-organisation of, if stated.
    """

    ref: ActorRef
    doc_id: str
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    country_code: str | None = None
    wikidata: str | None = None
    parent: ActorRef | None = None

    @property
    def name(self) -> str:
        """The canonical name."""
        return self.ref.name

    @property
    def category(self) -> Category:
        """Person, Country or Organization."""
        return self.ref.category


@dataclass(frozen=True)
class Role:
    """A person holding a title in an organisation or a country.

    status (str | None): "former", "acting" or None (incumbent as stated).
    """

    person: ActorRef
    title: str
    organization: ActorRef
    evidence: Evidence
    status: str | None = None


@dataclass(frozen=True)
class Statement:
    """Something an actor said, wrote or stated.

    mode (str): "direct" (quoted), "reported" (indirect speech) or "interview" (an answer).
    outlet: the organisation the speaker told it to ("told the Daily Courier"), if named.
    start, end: character offsets of the content in the document's file text.
    date: the ISO date it was said, when the text fixes it ("on Tuesday" in a dated report).
    """

    speaker: ActorRef
    content: str
    mode: str
    evidence: Evidence
    start: int
    end: int
    outlet: ActorRef | None = None
    date: str | None = None


@dataclass(frozen=True)
class Commitment:
    """Actors binding themselves to a future action.

    modality (str): the kind of undertaking ("commit", "agree", "will", ...).
    negated (bool): True when the actors refused or declined.
    start, end: character offsets of the commitment clause in the file text.
    condition, deadline: the text of a stated condition ("if the council authorises it") and
        deadline ("by 2030"); date: the ISO date it was made, when the text fixes it.
    """

    parties: tuple[ActorRef, ...]
    modality: str
    action: str
    evidence: Evidence
    start: int
    end: int
    negated: bool = False
    condition: str | None = None
    deadline: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class DocumentRecords:
    """Everything extracted from one document."""

    document: DocumentInfo
    actors: tuple[Actor, ...] = ()
    roles: tuple[Role, ...] = ()
    statements: tuple[Statement, ...] = ()
    commitments: tuple[Commitment, ...] = field(default_factory=tuple)


def merge_records(parts: list[DocumentRecords]) -> DocumentRecords:
    """Join the records of the parts of one long document into one set.

    parts (list[DocumentRecords]): in text order, all of the same document.
    RETURNS (DocumentRecords): actors joined by identity (aliases united, the first known
        facts kept), roles deduplicated by holder, body and title, the rest concatenated.
    """
    if len(parts) == 1:
        return parts[0]
    actors: dict[ActorRef, Actor] = {}
    for actor in (a for part in parts for a in part.actors):
        known = actors.get(actor.ref)
        if known is None:
            actors[actor.ref] = actor
            continue
        actors[actor.ref] = Actor(
            ref=actor.ref,
            doc_id=actor.doc_id,
            kind=known.kind or actor.kind,
            aliases=tuple(sorted(set(known.aliases) | set(actor.aliases))),
            country_code=known.country_code or actor.country_code,
            wikidata=known.wikidata or actor.wikidata,
            parent=known.parent or actor.parent,
        )
    roles: dict[tuple, Role] = {}
    for role in (r for part in parts for r in part.roles):
        roles.setdefault((role.person, role.organization, role.title.lower(), role.status), role)
    return DocumentRecords(
        document=parts[0].document,
        actors=tuple(sorted(actors.values(), key=lambda a: a.ref)),
        roles=tuple(roles.values()),
        statements=tuple(s for part in parts for s in part.statements),
        commitments=tuple(c for part in parts for c in part.commitments),
    )
