"""From an annotated Doc to records: the one place where spaCy objects become plain data."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from ..corpus import Document
from ..dates import parse_iso, resolve_date
from ..lexicon import Lexicons, load_lexicons
from ..records import Actor, ActorRef, Commitment, DocumentRecords, Evidence, Role, Statement
from .mentions import STATE_OF, info_key, mentions

#: Title classes that belong to a state when the text names no organisation.
STATE_TITLE_CLASSES = ("head", "minister", "diplomatic")


def doc_to_records(doc: Doc, document: Document, lexicons: Lexicons | None = None) -> DocumentRecords:
    """Turn a Doc annotated by the govgraph pipeline into records with evidence.

    doc (Doc): the processed body of ``document``.
    document (Document): the source document; offsets are shifted by its header.
    lexicons (Lexicons | None): for facts about actors that have no mention (default: the package's).
    RETURNS (DocumentRecords): actors, roles, statements and commitments.
    """
    lexicons = lexicons or load_lexicons()
    offset = document.body_start
    doc_id = document.info.doc_id

    def evidence(first: int, last: int) -> Evidence:
        while last - 1 > first and doc[last - 1].is_space:
            last -= 1  # a sentence's trailing blank line is not evidence
        while first < last - 1 and doc[first].is_space:
            first += 1
        start = doc[first].idx
        end = doc[last - 1].idx + len(doc[last - 1])
        return Evidence(doc_id, document.text[offset + start : offset + end], offset + start, offset + end)

    def ref(pair) -> ActorRef:
        return ActorRef(pair[0], pair[1])

    def text(span) -> str | None:
        return document.text[offset + span[0] : offset + span[1]] if span else None

    published = parse_iso(document.info.date)
    dates = [ent for ent in doc.ents if ent.label_ == "DATE"]
    roles = _roles(doc, document, lexicons, evidence, ref)
    statements = tuple(
        Statement(
            speaker=ref(s["speaker"]),
            content=document.text[offset + s["start"] : offset + s["end"]],
            mode=s["mode"],
            evidence=evidence(*s["sentence"]),
            start=offset + s["start"],
            end=offset + s["end"],
            outlet=ref(s["outlet"]) if s["outlet"] else None,
            date=_when(doc, s["sentence"], s["anchor"], published, dates),
        )
        for s in doc._.govgraph_statements
    )
    served = _served_states(roles)
    resolved = [(c, _commitment_parties(c["parties"], served)) for c in doc._.govgraph_commitments]
    commitments = tuple(
        Commitment(
            parties=parties,
            modality=c["modality"],
            action=document.text[offset + c["start"] : offset + c["end"]],
            evidence=evidence(*c["sentence"]),
            start=offset + c["start"],
            end=offset + c["end"],
            negated=c["negated"],
            condition=text(c["condition"]),
            deadline=text(c["deadline"]),
            date=_when(doc, c["sentence"], c["anchor"], published, dates),
        )
        for c, parties in resolved
        if parties
    )
    referenced = [r.person for r in roles] + [r.organization for r in roles]
    referenced += [s.speaker for s in statements] + [s.outlet for s in statements if s.outlet]
    referenced += [p for c in commitments for p in c.parties]
    actors = _actors(doc, doc_id, lexicons, referenced)
    return DocumentRecords(document=document.info, actors=actors, roles=roles, statements=statements, commitments=commitments)


def _served_states(roles: tuple[Role, ...]) -> dict[str, ActorRef]:
    """The state (else the body) each person's first office belongs to, by the person's name."""
    served: dict[str, ActorRef] = {}
    for role in sorted(roles, key=lambda r: r.organization.category != "Country"):
        if role.person.category == "Person" and role.status != "former":
            served.setdefault(role.person.name, role.organization)
    return served


def _commitment_parties(parties, served: dict[str, ActorRef]) -> tuple[ActorRef, ...]:
    """A commitment's parties with each STATE_OF party replaced by the state its person serves
    (an office the text names no state for takes the document's: see _roles). Empty when
    one of them serves none, so that the commitment is left out."""
    found: list[ActorRef] = []
    for category, name in parties:
        party = served.get(name) if category == STATE_OF else ActorRef(category, name)  # type: ignore[arg-type]
        if party is None:
            return ()
        if party not in found:
            found.append(party)
    return tuple(found)


def _actors(doc: Doc, doc_id: str, lexicons: Lexicons, referenced: list[ActorRef]) -> tuple[Actor, ...]:
    surfaces: dict[ActorRef, set[str]] = {}
    for span in mentions(doc):
        key = ActorRef(span.label_, span.kb_id_)  # type: ignore[arg-type]
        surface = _clean_surface(span.text)
        surfaces.setdefault(key, set())
        if surface and surface != key.name:
            surfaces[key].add(surface)
    for key in referenced:
        surfaces.setdefault(key, set())
    info = doc._.govgraph_actor_info
    actors = []
    for key in sorted(surfaces):
        facts = dict(info.get(info_key((key.category, key.name)), {}))
        if not facts and key.category == "Country":
            country = lexicons.country(key.name)
            if country is not None:
                facts = {"country_code": country.alpha2, "wikidata": country.wikidata}
        parent = facts.get("parent")
        actors.append(
            Actor(
                ref=key,
                doc_id=doc_id,
                kind=facts.get("kind"),
                aliases=tuple(sorted(surfaces[key])),
                country_code=facts.get("country_code"),
                wikidata=facts.get("wikidata"),
                parent=ActorRef(*parent) if parent else None,
            )
        )
    return tuple(actors)


def _roles(doc: Doc, document: Document, lexicons: Lexicons, evidence, ref) -> tuple[Role, ...]:
    # msgpack (n_process > 1) turns tuples into lists: make the actor keys tuples again
    found = [{**r, "person": tuple(r["person"]), "organization": tuple(r["organization"]) if r["organization"] else None} for r in doc._.govgraph_roles]
    placed = {r["person"] for r in found if r["organization"] and r["organization"][0] == "Country"}
    home = _home_country(document, lexicons)
    roles = []
    seen = set()
    for r in found:
        organization = r["organization"]
        if organization is None:
            if r["person"] in placed or home is None:
                continue  # the text names the state this person serves; do not guess another
            entry = lexicons.title(r["title_key"])
            if entry is None or entry.cls not in STATE_TITLE_CLASSES:
                continue
            organization = ("Country", home)
        key = (r["person"], organization, r["title_key"])
        if key in seen:
            continue
        seen.add(key)
        roles.append(Role(person=ref(r["person"]), title=r["title"], organization=ref(organization), evidence=evidence(*r["sentence"]), status=r["status"]))
    return tuple(roles)


def _when(doc: Doc, sentence, anchor: int, published, all_dates: list) -> str | None:
    """The date a statement or commitment was made: a date attached to its verb ("said on
    Tuesday"), else the sentence's first date, resolved against the document's date."""
    first, last = sentence
    starts = [ent.start for ent in all_dates]
    dates = [ent for ent in all_dates[bisect.bisect_left(starts, first) : bisect.bisect_left(starts, last)] if ent.end <= last]
    verb = doc[anchor]
    attached = [ent for ent in dates if ent.root.head == verb or ent.root.head.head == verb]
    for ent in attached + [ent for ent in dates if ent not in attached]:
        resolved = resolve_date(ent.text, published)
        if resolved is not None:
            return resolved.isoformat()
    return None


def _home_country(document: Document, lexicons: Lexicons) -> str | None:
    """The country a document's source speaks for ("Ministry of Foreign Affairs of the People's
    Republic of China", or a seat of its government: "The White House")."""
    source = document.info.source or ""
    words = re.findall(r"[^\W\d_][\w'’.-]*", source)  # any script's letters: "Türkiye", "Côte d'Ivoire"
    for width in range(6, 0, -1):
        for i in range(len(words) - width + 1):
            phrase = " ".join(words[i : i + width])
            if width == 1 and not phrase[:1].isupper():
                continue
            country = lexicons.country(phrase) or lexicons.country_of_seat(phrase)
            if country is not None:
                return country.name
    return None


def _clean_surface(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:\"“”‘’'")
    text = re.sub(r"^(the|The)\s+", "", text)
    return re.sub(r"[’']s$", "", text).strip()
