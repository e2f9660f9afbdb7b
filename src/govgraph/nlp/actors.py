"""Finding actors: people, countries and organisations, with one canonical name each.

Mentions come from three sources, checked against the general lexicons: the model's
named entities, phrase matches of every country and international organisation, and
capitalised noun phrases headed by an organisation word ("... Secretariat"). Inside a
document, short forms are tied to full names: surnames to the person's full name,
acronyms defined in parentheses to what they abbreviate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, SpanGroup

from ..lexicon import Lexicons
from .mentions import SPAN_KEY

_QUOTES = "\"'“”‘’"
#: Entity types that never continue an organisation's name ("Global Times on Tuesday").
_NOT_NAMES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
#: "Republic of X", "Kingdom of X": a state's formal name around a country name.
_STATE_FORM = re.compile(r"^(?:the\s+)?(?:(?:Federal|Democratic|Socialist|Islamic|Arab|United|People's|People’s|Cooperative)\s+)*(?:Republic|Kingdom|State|Federation|Commonwealth|Principality|Grand Duchy|Sultanate|Emirate)\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)
_POSSESSIVE = ("'s", "’s", "'", "’")


@dataclass
class _Candidate:
    start: int
    end: int
    category: str
    name: str
    source: str  # "lexicon", "ner", "phrase", "label", "alias"
    kind: str | None = None
    country_code: str | None = None
    wikidata: str | None = None
    parent: tuple[str, str] | None = None


class ActorFinder:
    """Annotate actor mentions on ``doc.spans["govgraph_actors"]``.

    Each span's label is the category and its kb_id the canonical name; facts about the
    actors (finer kind, ISO code, Wikidata id, parent organisation) go to
    ``doc._.govgraph_actor_info``.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        lexicons: Lexicons,
        *,
        name_particles: Iterable[str],
        caption_words: Iterable[str],
        org_connectors: Iterable[str],
        collective_nouns: Iterable[str],
    ) -> None:
        self.name = name
        self.lexicons = lexicons
        self.name_particles = {w.lower() for w in name_particles}
        self.caption_words = set(caption_words)
        self.org_connectors = {w.lower() for w in org_connectors}
        self.collective_nouns = {w.lower() for w in collective_nouns}
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._add_patterns(nlp)

    def _add_patterns(self, nlp: Language) -> None:
        exact: list[str] = []
        folded: list[str] = []
        forms = list(self.lexicons.country_surface_forms()) + list(self.lexicons.organization_surface_forms())
        for form in forms:
            # Acronyms and short forms only match with their own casing ("US" but not "us").
            (exact if form.case_sensitive else folded).append(form.text)
        self._exact.add("form", list(nlp.tokenizer.pipe(sorted(set(exact)))))
        self._folded.add("form", list(nlp.tokenizer.pipe(sorted(set(folded)))))

    def __call__(self, doc: Doc) -> Doc:
        candidates = self._lexicon_candidates(doc)
        candidates += self._entity_candidates(doc)
        candidates += self._phrase_candidates(doc)
        candidates += self._side_candidates(doc)
        chosen = _select(candidates)
        chosen += self._acronym_candidates(doc, chosen)
        chosen += self._label_candidates(doc, chosen)
        chosen = _select(chosen, keep_nested=True)
        chosen = self._resolve_people(doc, chosen)
        self._set_annotations(doc, chosen)
        return doc

    # -- sources -------------------------------------------------------------------------

    def _lexicon_candidates(self, doc: Doc) -> list[_Candidate]:
        found = []
        for _, start, end in list(self._exact(doc)) + list(self._folded(doc)):
            candidate = self._lookup(doc[start:end].text, start, end, "lexicon")
            if candidate:
                found.append(candidate)
        return found

    def _lookup(self, text: str, start: int, end: int, source: str) -> _Candidate | None:
        country = self.lexicons.country(text)
        state_form = _STATE_FORM.match(text)
        if country is None and state_form:
            country = self.lexicons.country(state_form.group(1))
        if country is not None:
            return _Candidate(start, end, "Country", country.name, source, None, country.alpha2, country.wikidata)
        org = self.lexicons.organization(text)
        if org is not None:
            parent = ("Organization", org.parent) if org.parent else None
            return _Candidate(start, end, "Organization", org.name, source, org.kind, None, org.wikidata, parent)
        return None

    def _entity_candidates(self, doc: Doc) -> list[_Candidate]:
        found: list[_Candidate] = []
        for ent in doc.ents:
            span = _trim(ent, self.caption_words)
            if span is None:
                continue
            if ent.label_ == "PERSON":
                person = self._person_span(span)
                if person is not None:
                    found.append(_Candidate(person.start, person.end, "Person", _person_name(person), "ner"))
            elif ent.label_ in ("ORG", "GPE", "NORP"):
                known = self._lookup(span.text, span.start, span.end, "ner")
                if known is not None:
                    found.append(known)
                elif ent.label_ == "ORG":
                    found.extend(self._organization(span))
        return found

    def _person_span(self, span: Span) -> Span | None:
        """Strip titles before a name; reject spans that are not a person's name."""
        start = span.start
        doc = span.doc
        while start < span.end and (self.lexicons.title(doc[start].text) is not None or doc[start].lower_ in ("former", "late")):
            start += 1
        span = doc[start : span.end]
        if not len(span):
            return None
        words = [t for t in span if not t.is_punct]
        if not words or any(not (w.text[:1].isupper() or w.lower_ in self.name_particles) for w in words):
            return None
        if not words[0].text[:1].isupper() and words[0].lower_ not in self.name_particles:
            return None
        if self.lexicons.country(span.text) or self.lexicons.organization(span.text):
            return None
        return span

    def _organization(self, span: Span, source: str = "ner") -> list[_Candidate]:
        """An organisation name from the model, split at "X of Y" when both are organisations."""
        doc = span.doc
        words = [t for t in span if not t.is_punct]
        if not words:
            return []
        if all(t.is_upper and len(t) <= 4 for t in words) and len(words) == 1:
            return []  # an unexplained acronym ("AI"): kept only if the text defines it
        if not any(t.text[:1].isupper() for t in words):
            return []
        head = self._org_head_index(span)
        if head is None and self._looks_like_title_and_name(span):
            person = self._person_span(span)
            if person is not None:
                return [_Candidate(person.start, person.end, "Person", _person_name(person), "ner")]
            return []
        for i in range(span.start + 1, span.end - 1):
            if doc[i].lower_ != "of":
                continue
            left = doc[span.start : i]
            right_start = i + 2 if doc[i + 1].lower_ == "the" else i + 1
            right = doc[right_start : span.end]
            if len(left) and len(right) and self._org_head_index(left) is not None and self._org_head_index(right) is not None:
                parent = self._lookup(right.text, right.start, right.end, source) or _Candidate(
                    right.start, right.end, "Organization", _org_name(right), source, kind=self._org_kind(right)
                )
                child = _Candidate(left.start, left.end, "Organization", _org_name(left), source, kind=self._org_kind(left))
                child.parent = (parent.category, parent.name)
                return [child, parent]
        return [_Candidate(span.start, span.end, "Organization", _org_name(span), source, kind=self._org_kind(span))]

    def _looks_like_title_and_name(self, span: Span) -> bool:
        return len(span) >= 2 and self.lexicons.title(span[0].text) is not None

    def _org_head_index(self, span: Span) -> int | None:
        for token in reversed(span):
            if token.text[:1].isupper() and self.lexicons.is_org_head(token.text):
                return token.i
        return None

    def _org_kind(self, span: Span) -> str | None:
        """The kind the name's heads imply, the last telling head first ("News Agency": media)."""
        for token in reversed(span):
            if token.text[:1].isupper() and self.lexicons.is_org_head(token.text):
                kind = self.lexicons.org_head_kind(token.text)
                if kind:
                    return kind
        return None

    def _phrase_candidates(self, doc: Doc) -> list[_Candidate]:
        """Capitalised noun phrases headed by an organisation word the model missed."""
        found = []
        i = 0
        while i < len(doc):
            token = doc[i]
            if not _is_capitalised(token) or doc[i].is_sent_start and self.lexicons.title(token.text):
                i += 1
                continue
            j = i
            last_head = None
            while j < len(doc):
                t = doc[j]
                if _is_capitalised(t) or t.text in ("’s", "'s", "-", "&") and j > i:
                    if self.lexicons.is_org_head(t.text):
                        last_head = j
                    j += 1
                elif t.lower_ in self.org_connectors and j + 1 < len(doc) and last_head is not None:
                    k = j + 1
                    if k < len(doc) and doc[k].lower_ == "the":
                        k += 1
                    if k < len(doc) and _is_capitalised(doc[k]) and doc[k].ent_type_ not in _NOT_NAMES:
                        j = k
                    else:
                        break
                else:
                    break
            if last_head is not None:
                end = j
                while end > i and doc[end - 1].text in ("’s", "'s", "-", "&"):
                    end -= 1
                span = doc[i:end]
                if len(span) >= 2 and not self.lexicons.country(span.text):
                    known = self._lookup(span.text, i, end, "phrase")
                    found.extend([known] if known else self._organization(span, "phrase"))
            i = max(j, i + 1)
        return found

    def _side_candidates(self, doc: Doc) -> list[_Candidate]:
        """"the Chinese side", "the French government": a country acting through a demonym."""
        found = []
        for token in doc:
            if token.lower_ in self.collective_nouns and token.i > 0:
                country = self.lexicons.country_for_demonym(doc[token.i - 1].text)
                if country is not None and doc[token.i - 1].text[:1].isupper():
                    start = token.i - 1
                    if start > 0 and doc[start - 1].lower_ == "the":
                        start -= 1
                    found.append(_Candidate(start, token.i + 1, "Country", country.name, "lexicon", None, country.alpha2, country.wikidata))
        return found

    def _acronym_candidates(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """"Full Name (ACR)" defines ACR for the rest of the document."""
        defined: dict[str, _Candidate] = {}
        for c in chosen:
            if c.category == "Person":
                continue
            end = c.end
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                acronym = doc[end + 1].text
                if acronym.isupper() and len(acronym) >= 2 and _initials(doc[c.start : c.end]).startswith(acronym[:2]):
                    defined[acronym] = c
            # An acronym in parentheses after a list of names ("Global Times reporters A and B (GT)").
        for start in range(len(doc) - 2):
            if doc[start].text == "(" and doc[start + 2].text == ")" and doc[start + 1].text.isupper():
                acronym = doc[start + 1].text
                if acronym in defined or len(acronym) < 2:
                    continue
                for c in sorted(chosen, key=lambda c: -c.end):
                    if c.end <= start and c.category != "Person" and start - c.end < 12 and _initials(doc[c.start : c.end]) == acronym:
                        defined[acronym] = c
                        break
        found = []
        for token in doc:
            target = defined.get(token.text)
            if target is not None:
                found.append(_Candidate(token.i, token.i + 1, target.category, target.name, "alias", target.kind, target.country_code, target.wikidata, target.parent))
        return found

    def _label_candidates(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """Interview labels ("Name:" at a paragraph start) that name a person of the text."""
        people = {c.name for c in chosen if c.category == "Person" and " " in c.name}
        found = []
        for token in doc:
            if not _starts_paragraph(token):
                continue
            end = token.i
            while end < len(doc) and end - token.i < 4 and doc[end].text != ":" and _is_capitalised(doc[end]):
                end += 1
            if end < len(doc) and end > token.i and doc[end].text == ":":
                label = doc[token.i : end].text
                match = _person_for_short_name(label, people)
                if match:
                    found.append(_Candidate(token.i, end, "Person", match, "label"))
        # Lone surnames anywhere ("Courtesy of Raffarin") once the full name is known.
        for token in doc:
            if token.is_title and token.pos_ == "PROPN" and not any(c.start <= token.i < c.end for c in chosen + found):
                match = _person_for_short_name(token.text, people)
                if match and len(match.split()) > 1:
                    found.append(_Candidate(token.i, token.i + 1, "Person", match, "label"))
        return found

    def _resolve_people(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """Tie short forms of a name to the full name used nearest before them (else after)."""
        full = [c for c in chosen if c.category == "Person" and len(c.name.split()) > 1]
        resolved = []
        for c in chosen:
            if c.category != "Person":
                resolved.append(c)
                continue
            before = [f for f in full if f.start < c.start and _is_short_form(c.name, f.name)]
            after = [f for f in full if f.start > c.start and _is_short_form(c.name, f.name)]
            target = before[-1] if before else (after[0] if after else None)
            if target is not None and target.name != c.name:
                c.name = target.name
            elif len(c.name.split()) == 1 and not self._has_title_before(doc, c.start):
                continue  # a lone word tagged as a name, with nothing to tie it to
            resolved.append(c)
        # Prefer the longest full name when one is a short form of another ("Xi Jinping" < "Xi Jinping Li").
        return resolved

    def _has_title_before(self, doc: Doc, start: int) -> bool:
        return start > 0 and self.lexicons.title(doc[start - 1].text) is not None

    def _set_annotations(self, doc: Doc, chosen: list[_Candidate]) -> None:
        group = SpanGroup(doc, name=SPAN_KEY)
        info: dict[tuple[str, str], dict] = {}
        for c in sorted(chosen, key=lambda c: (c.start, -c.end)):
            group.append(Span(doc, c.start, c.end, label=c.category, kb_id=c.name))
            entry = info.setdefault((c.category, c.name), {"kind": None, "country_code": None, "wikidata": None, "parent": None})
            for key in ("kind", "country_code", "wikidata", "parent"):
                if entry[key] is None and getattr(c, key) is not None:
                    entry[key] = getattr(c, key)
        doc.spans[SPAN_KEY] = group
        doc._.govgraph_actor_info = info


def _select(candidates: list[_Candidate], keep_nested: bool = False) -> list[_Candidate]:
    """Resolve overlaps: longer mentions win; lexicon mentions nested in an organisation stay."""
    rank = {"lexicon": 0, "alias": 0, "label": 1, "ner": 2, "phrase": 3}
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), rank[c.source], c.start))
    kept: list[_Candidate] = []
    for c in ordered:
        clash = [k for k in kept if k.start < c.end and c.start < k.end]
        if not clash:
            kept.append(c)
            continue
        if any((k.start, k.end) == (c.start, c.end) for k in clash):
            continue
        inside_orgs = all(k.start <= c.start and c.end <= k.end and k.category == "Organization" for k in clash)
        if inside_orgs and c.category in ("Country", "Organization") and c.source in ("lexicon", "alias"):
            kept.append(c)
    return sorted(kept, key=lambda c: (c.start, -c.end))


def _trim(span: Span, caption_words: set[str]) -> Span | None:
    """Drop a leading article, possessive endings, quotes and caption words ("Photo")."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].text in _QUOTES or doc[start].text in _POSSESSIVE):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].text in _QUOTES or doc[end - 1].text in caption_words or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _is_capitalised(token) -> bool:
    return bool(token.text[:1].isupper()) and not token.is_punct


def _person_name(span: Span) -> str:
    """A clean person name: no possessive, surnames in capitals set to title case."""
    words = []
    for token in span:
        if token.text in _POSSESSIVE:
            continue
        text = token.text
        if text.isupper() and len(text) > 1 and text.isalpha():
            text = text.capitalize()
        words.append(text + token.whitespace_)
    return "".join(words).strip()


def _org_name(span: Span) -> str:
    text = span.text.strip()
    return re.sub(r"\s+", " ", text)


def _initials(span: Span) -> str:
    return "".join(t.text[0] for t in span if t.text[:1].isupper() or t.text.isupper()).upper()


def _starts_paragraph(token) -> bool:
    if token.i == 0:
        return True
    previous = token.doc[token.i - 1]
    return "\n" in previous.text or "\n" in previous.whitespace_


def _is_short_form(short: str, full: str) -> bool:
    """True when ``short`` names the same person as ``full`` ("Xi" / "Xi Jinping", "de Gaulle")."""
    s, f = short.lower().split(), full.lower().split()
    if len(s) >= len(f):
        return False
    return f[: len(s)] == s or f[-len(s) :] == s


def _person_for_short_name(short: str, people: set[str]) -> str | None:
    matches = sorted(p for p in people if _is_short_form(short, p) or p.lower() == short.lower())
    return matches[0] if len(matches) == 1 else None
