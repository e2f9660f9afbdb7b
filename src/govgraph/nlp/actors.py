"""Finding actors: people, countries and organisations, with one canonical name each.

Mentions come from three sources, checked against the general lexicons: the model's
named entities, phrase matches of every country and international organisation, and
capitalised noun phrases headed by an organisation word ("... Secretariat"). Inside a
document, short forms are tied to full names: surnames to the person's full name,
acronyms defined in parentheses to what they abbreviate.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from pathlib import Path
from dataclasses import dataclass

import numpy
import pycountry
from spacy.attrs import ENT_IOB, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, SpanGroup, Token

from ..lexicon import Lexicons, load_lexicons
from .demonyms import demonym_continued_at, demonym_ending_at, demonym_starting_at
from .layout import paragraph_labels
from .mentions import SPAN_KEY, info_key
from .titles import TitleLookup, comma_listed_end
from .tokens import doc_tokens

_QUOTES = "\"'“”‘’"
_POSSESSIVE_MARKS = ("'s", "’s")
#: Entity types that never continue an organisation's name ("Daily Courier on Tuesday").
_NOT_NAMES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
#: "Republic of X", "Kingdom of X": a state's formal name around a country name.
_STATE_FORM = re.compile(r"^(?:the\s+)?(?:(?:Federal|Democratic|Socialist|Islamic|Arab|United|People's|People’s|Cooperative)\s+)*(?:Republic|Kingdom|State|Federation|Commonwealth|Principality|Grand Duchy|Sultanate|Emirate|Government|Governments)\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)
_POSSESSIVE = ("'s", "’s", "'", "’")
#: Entity types of the model that name places: such a name holds no title.
_PLACES = ("GPE", "LOC", "FAC")
#: The model's entity labels that may name an actor (or a word of one).
_ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_ARTICLES = ("the", "a", "an")
#: Words that quantify a common noun: "Each Party" is no name.
_QUANTIFIERS = ("each", "either", "both", "neither", "every", "any")
#: Words between an apposition's comma and its title ("X, the former Foreign Minister").
_APPOSITION_LEADS = _ARTICLES + ("former", "then", "acting")
#: Words before a place's name ("talks in New York").
_PLACE_PREPOSITIONS = ("in", "at", "from", "to", "near", "outside")
#: Parts of speech that are no word of a portfolio in a minister's title named by its form:
#: anywhere before its last word, and (with prepositions and conjunctions) as its first.
_NO_PORTFOLIO = ("VERB", "AUX", "PRON", "DET")
_NO_PORTFOLIO_START = _NO_PORTFOLIO + ("ADP", "CCONJ", "SCONJ", "PART")
#: Verbs that open a question before its subject ("Will Kenya ratify ...?"): no first name.
_QUESTION_VERBS = ("will", "would", "can", "could", "should", "shall", "may", "might", "must", "does", "did", "is", "has")


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
        honorifics: Iterable[str],
        counterpart_nouns: Iterable[str],
    ) -> None:
        self.name = name
        self.counterpart_nouns = {w.lower() for w in counterpart_nouns}
        self.name_particles = {w.lower() for w in name_particles}
        self.caption_words = set(caption_words)
        self.org_connectors = {w.lower() for w in org_connectors}
        self.collective_nouns = {w.lower() for w in collective_nouns}
        self.honorifics = {w.rstrip(".") for w in honorifics if " " not in w}
        self.honorific_pairs = {tuple(w.split()) for w in honorifics if len(w.split()) == 2}
        self.nlp = nlp
        self._use(lexicons)

    def _use(self, lexicons: Lexicons) -> None:
        """Take these lexicons and build the phrase matchers from them."""
        self.lexicons = lexicons
        self._lookups: dict[str, tuple | None] = {}
        self._titles = TitleLookup(lexicons)
        self._exact = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(self.nlp.vocab, attr="NORM")
        self._add_patterns(self.nlp)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the lexicons with the pipeline, so it runs on the data it was built with."""
        self.lexicons.to_disk(Path(path) / "lexicons")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ActorFinder:
        """Load the lexicons saved by to_disk."""
        folder = Path(path) / "lexicons"
        if folder.is_dir():
            self._use(load_lexicons(folder))
        return self

    def _add_patterns(self, nlp: Language) -> None:
        exact: list[str] = []
        folded: list[str] = []
        forms = list(self.lexicons.country_surface_forms()) + list(self.lexicons.organization_surface_forms())
        for form in forms:
            # Acronyms and short forms only match with their own casing ("US" but not "us").
            (exact if form.case_sensitive else folded).append(form.text)
        self._exact.add("form", [nlp.make_doc(text) for text in sorted(set(exact))])
        self._folded.add("form", [nlp.make_doc(text) for text in sorted(set(folded))])

    def __call__(self, doc: Doc) -> Doc:
        self._text = doc_tokens(doc).text
        known = self._lexicon_candidates(doc)
        named = self._evidenced_name_candidates(doc, known)
        candidates = known + named + self._entity_candidates(doc, known, named)
        candidates += self._titled_name_candidates(doc, known)
        candidates += self._apposed_name_candidates(doc, known)
        candidates += self._phrase_candidates(doc, known)
        candidates += self._side_candidates(doc)
        chosen = _select(candidates)
        chosen += self._acronym_candidates(doc, chosen)
        chosen += self._label_candidates(doc, chosen)
        chosen = _select(chosen, keep_nested=True)
        chosen = _resolve_short_bodies(chosen, self.lexicons)
        _link_parents(doc, chosen, self.lexicons)
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
        found = self._lookup_text(text)
        if found is None:
            return None
        category, name, kind, code, wikidata, parent = found
        return _Candidate(start, end, category, name, source, kind, code, wikidata, parent)

    def _lookup_text(self, text: str) -> tuple | None:
        """The lexicon entry a text names, as candidate fields (cached per text)."""
        if text in self._lookups:
            return self._lookups[text]
        found = self._lookup_uncached(text, 0, 0, "lexicon")
        result = None if found is None else (found.category, found.name, found.kind, found.country_code, found.wikidata, found.parent)
        if len(self._lookups) < 100_000:
            self._lookups[text] = result
        return result

    def _lookup_uncached(self, text: str, start: int, end: int, source: str) -> _Candidate | None:
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

    def _entity_candidates(self, doc: Doc, known: list[_Candidate], named: list[_Candidate]) -> list[_Candidate]:
        found: list[_Candidate] = []
        # tokens of the names the document shows to be people's, whatever the model tagged them
        people = {i for c in named for i in range(c.start, c.end)}
        # words of the people's names, to catch a surname the model tagged as a place or body
        # ("German" of "Tom German"), not of a demonym before a name ("Papua New Guinean President ...")
        name_words = {
            t.text
            for ent in doc.ents
            if ent.label_ == "PERSON" and len(ent) > 1
            for t in doc[self._leading_demonym_end(ent) : ent.end]
            if t.text[:1].isupper()
        }
        for ent in doc.ents:
            if ent.label_ not in _ACTOR_LABELS:
                continue  # dates, amounts, laws: none is read below
            span = _trim(ent, self.caption_words)
            if span is None or _is_heading(span):
                continue
            if ent.label_ == "ORG" and all(i in people for i in range(span.start, span.end)):
                continue  # found by _evidenced_name_candidates
            if ent.label_ in ("ORG", "GPE", "NORP") and len(span) == 1 and span.text in name_words and not self._lookup(span.text, 0, 0, "ner"):
                found.append(_Candidate(span.start, span.end, "Person", span.text, "ner"))
            elif self._demonym_around(span) is not None and self._lookup(span.text, 0, 0, "ner") is None:
                continue  # "Papua New Guinean" tagged PERSON, "Sierra" of "Sierra Leonean" tagged ORG
            elif ent.label_ in ("PERSON", "ORG") and self._is_city(span, name_words):
                continue  # "Oslo would release ...", "BRAZZAVILLE, Oct 23 --": a place, not an actor
            elif ent.label_ == "PERSON":
                person = self._person_span(span)
                if person is not None:
                    found.append(_Candidate(person.start, person.end, "Person", _person_name(person), "ner"))
                elif self.lexicons.is_org_head(span[-1].text):
                    found.extend(self._organization(span, known))  # "Zuri Labs" tagged PERSON
            elif ent.label_ in ("ORG", "GPE", "NORP"):
                match = self._lookup(span.text, span.start, span.end, "ner")
                if match is not None:
                    found.append(match)
                elif ent.label_ == "ORG":
                    if span.text in _language_names():
                        continue  # "its Yoruba and Hausa models": a language, not a body
                    if self._in_title(span):
                        continue  # "Interior" of "Lebanese Interior Minister", "Kazakh Energy" of "Kazakh Energy Minister"
                    person = self._apposed_person(span)
                    if person is not None:
                        # the rest is the start of the person's title, not a body
                        found.append(_Candidate(person.start, person.end, "Person", _person_name(person), "ner"))
                    else:
                        found.extend(self._organization(span, known))
        return found

    def _is_city(self, span: Span, name_words: set[str]) -> bool:
        """Whether an entity is a capital or large city (lexicon places), and no known body or
        country and no word of a person's name in the document ("Lima" of "Tom Lima")."""
        return self.lexicons.is_place(span.text) and span.text not in name_words and self._lookup(span.text, 0, 0, "ner") is None

    def _evidenced_name_candidates(self, doc: Doc, known: list[_Candidate]) -> list[_Candidate]:
        """Names the model tags as a body, or as nothing, that the document shows to be a
        person's, and the lone surnames that refer back to them.

        The evidence is what people get and bodies do not: an honorific right before the name
        ("Mr Eero Tammsalu"), or the last word of the name used alone elsewhere as a person's
        ("Ms. Ilves", "Ilves said she would ..."). A body is not called by the last word of its
        name with an honorific or "she", so "Amnesty International" and "Reuters" stay bodies;
        a name with an organisation head ("Asian Development Bank") is never looked at.
        """
        taken = {i for c in known for i in range(c.start, c.end)}
        names = [span for span in self._bare_names(doc) if not taken.intersection(range(span.start, span.end)) and self._is_bare_name(span)]
        if not names:
            return []
        surnames = {span[-1].text for span in names}
        lone: dict[str, list[int]] = {}
        for i, text in enumerate(doc_tokens(doc).texts):
            if text in surnames and i not in taken and self._is_lone(doc, i):
                lone.setdefault(text, []).append(i)
        # a surname that ends another person's full name may refer to that person instead
        full_names = [ent for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1]
        found: dict[tuple[int, int], _Candidate] = {}
        for span in names:
            surname = span[-1].text
            references = [i for i in lone.get(surname, []) if not span.start <= i < span.end]
            shared = any(ent[-1].text == surname and ent.text != span.text for ent in full_names)
            if not self._after_honorific(doc, span.start) and (shared or not any(self._refers_to_person(doc, i) for i in references)):
                continue
            found[(span.start, span.end)] = _Candidate(span.start, span.end, "Person", _person_name(span), "ner")
            for i in references:
                found[(i, i + 1)] = _Candidate(i, i + 1, "Person", surname, "ner")
        return list(found.values())

    def _bare_names(self, doc: Doc) -> list[Span]:
        """Spans that may be a person's name the model missed: its ORG entities, and runs of
        two or more capitalised proper nouns it gives no entity."""
        spans = [span for span in (_trim(ent, self.caption_words) for ent in doc.ents if ent.label_ == "ORG") if span is not None]
        columns = doc.to_array([ENT_IOB, POS])
        # ENT_IOB 2 is "outside any entity"
        untagged = (columns[:, 0] == 2) & (columns[:, 1] == PROPN) & numpy.array(doc_tokens(doc).capitalised, dtype=bool)
        indices = numpy.flatnonzero(untagged)
        runs = numpy.split(indices, numpy.flatnonzero(numpy.diff(indices) != 1) + 1) if len(indices) else []
        spans += [doc[int(run[0]) : int(run[-1]) + 1] for run in runs]
        names = []
        for span in spans:
            start = span.start
            start = self._honorifics_end(doc, start, span.end)  # "Mr" of "Mr Eero Tammsalu", "Dame" of "Dame Ana Soto" tagged ORG
            if span.end - start >= 2:
                names.append(doc[start : span.end])
        return names

    def _is_bare_name(self, span: Span) -> bool:
        """Whether a span has the shape of a whole person's name: two to four capitalised
        proper nouns, none a title, an organisation head, a country, a known body or part of a
        demonym, the whole no known body either; no article before it (a body's name takes
        one: "the Muslim Brotherhood", a person's does not) and no capitalised word right
        before or after it but an honorific: "Haji Kamal" of "Haji Kamal Ahmad Zulkifli",
        whose rest the model tags PERSON, is part of a longer name."""
        doc = span.doc
        tokens = doc_tokens(doc)
        before = span.start - 1
        return (
            2 <= len(span) <= 4
            and (before < 0 or tokens.lowers[before] not in _ARTICLES and (not tokens.capitalised[before] or self._after_honorific(doc, span.start)))
            and (span.end == len(doc) or not tokens.capitalised[span.end])
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() and self._name_token(doc, t.i) and self._demonym_around(doc[t.i : t.i + 1]) is None for t in span)
            and self._lookup(span.text, span.start, span.end, "ner") is None
        )

    def _is_honorific(self, token: Token) -> bool:
        """Whether a token is an honorific ("Mr", "Dr."); "His" and "Her" as pronouns ("Her
        Majesty's Government") are none."""
        return token.text.rstrip(".") in self.honorifics and token.pos_ != "PRON"

    def _honorifics_end(self, doc: Doc, i: int, end: int) -> int:
        """The first token after the honorifics that a name at token i opens with, before
        token end: "Dato' Sri Haji", "H.E. Sheikh", "Dr.", and pairs only whole ("Tan Sri":
        "Tan" alone is a surname). "Haji" inside a name ("Ali bin Haji Omar") is not looked at."""
        tokens = doc_tokens(doc)
        k = i
        while k < end:
            if k + 1 < end and (tokens.texts[k], tokens.texts[k + 1]) in self.honorific_pairs:
                k += 2
            elif self._is_honorific(doc[k]) or k > i and tokens.texts[k] in (".", "'", "’"):
                k += 1  # "Dr .", "Dato'"
            else:
                break
        return k

    def _after_honorific(self, doc: Doc, i: int) -> bool:
        """Whether token i follows an honorific, with or without its own dot ("Mr . X")."""
        before = i - 2 if i > 1 and doc[i - 1].text == "." else i - 1
        return before >= 0 and self._is_honorific(doc[before])

    def _is_lone(self, doc: Doc, i: int) -> bool:
        """Whether token i is a capitalised word standing alone as a name, not part of a longer
        name: no capitalised word or hyphen joins it on either side (an honorific may precede
        it), and no article comes before it ("the Brotherhood" is a body's short name)."""
        tokens = doc_tokens(doc)
        if not tokens.is_title[i]:
            return False
        joined_before = i > 0 and (tokens.capitalised[i - 1] and not self._after_honorific(doc, i) or tokens.texts[i - 1] == "-" or tokens.lowers[i - 1] in _ARTICLES)
        joined_after = i + 1 < len(doc) and (tokens.capitalised[i + 1] or tokens.texts[i + 1] == "-")
        return not joined_before and not joined_after

    def _refers_to_person(self, doc: Doc, i: int) -> bool:
        """Whether a lone surname at token i is used as a person's: after an honorific, or as
        the subject of a verb whose complement's subject is "he" or "she" ("Ilves said she
        would ..."), with no other person named there whom the pronoun could be.

        The model's PERSON tag on the lone word is no evidence by itself: it tags a company's
        short name ("Telekom" of "Deutsche Telekom") as readily as a surname.
        """
        if self._after_honorific(doc, i):
            return True
        token = doc[i]
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return False
        clauses = [c for c in token.head.children if c.dep_ == "ccomp"]
        if not any(s.dep_ in ("nsubj", "nsubjpass") and _is_gendered_pronoun(s) for c in clauses for s in c.children):
            return False
        # "Kalju Saarma stepped down. Telekom said he would stay": he is the person named before
        sentence = token.sent
        since = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        return not any(ent.label_ == "PERSON" and since <= ent.start < sentence.end and not ent.start <= i < ent.end for ent in doc.ents)

    def _in_title(self, span: Span) -> bool:
        """Whether an entity, after a demonym it starts with, is the start of a title that runs
        on past it ("Energy" + "Minister"): a cut-off title, not a body."""
        start = self._leading_demonym_end(span)
        return start < span.end and self._title_end(span.doc, start) > span.end and self._is_title_at(span.doc, start)

    def _apposed_person(self, span: Span) -> Span | None:
        """The person's name an ORG entity starts with when a comma and a title follow the
        name, inside the entity or right after it: the model sometimes tags "Ana Soto,
        Peruvian Foreign" or "Ana Soto" of "Ana Soto, Peruvian Foreign Minister" as one
        body. Only a name of 2-4 capitalised proper nouns, none of them an organisation
        head, country or known body, so "Ministry of Foreign Affairs, Trade and
        Development" stays an organisation."""
        doc = span.doc
        comma = next((t.i for t in span if t.text == ","), None)
        if comma is None and span.end < len(doc) and doc[span.end].text == ",":
            comma = span.end
        if comma is None or not 2 <= comma - span.start <= 4:
            return None
        title_at = comma + 1
        while title_at < len(doc) and doc[title_at].lower_ in _APPOSITION_LEADS:
            title_at += 1
        demonym = demonym_starting_at(doc, title_at, self.lexicons)
        if demonym is not None:
            title_at = demonym[0].end  # "Ana Soto, Peruvian Foreign Minister"
        if title_at >= len(doc) or not self._is_title_at(doc, title_at):
            return None
        name = doc[span.start : comma]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and self._name_token(doc, t.i) for t in name):
            return None
        person = self._person_span(name)
        return person if person is not None and person.end == comma and len(person) >= 2 else None

    def _demonym_around(self, span: Span) -> Span | None:
        """The demonym a span is, or is part of ("Sri Lankan", "Sierra" of "Sierra Leonean")."""
        doc = span.doc
        around = (demonym_starting_at(doc, span.start, self.lexicons), demonym_continued_at(doc, span.start, self.lexicons))
        return next((found[0] for found in around if found is not None and found[0].end >= span.end), None)

    def _in_long_demonym(self, token: Token) -> bool:
        """Whether a token is a word of a demonym of several ("Saint" of "Saint Lucian"); a
        one-word demonym may still be a surname ("German" of "Tom German")."""
        demonym = self._demonym_around(token.doc[token.i : token.i + 1])
        return demonym is not None and len(demonym) > 1

    def _leading_demonym_end(self, span: Span) -> int:
        """The first token after a demonym that a span starts with (its start if none)."""
        found = demonym_starting_at(span.doc, span.start, self.lexicons, span.end)
        return found[0].end if found is not None else span.start

    def _person_span(self, span: Span) -> Span | None:
        """Strip titles before a name, complete a cut-off name; reject what is not a name."""
        doc = span.doc
        start, end = span.start, span.end
        if self._is_portfolio(doc, start, end):
            return None
        if end - start > 1 and doc[start].is_sent_start and doc[start].lower_ in _QUESTION_VERBS and self._lookup_text(doc[start + 1 : end].text):
            return None  # "Will Kenya ratify ...?": a question about a country or body, no "Will Kenya"
        while start < end:
            # a demonym first, whole: "Sri Lankan" is no honorific "Sri" before a name "Lankan"
            demonym = demonym_starting_at(doc, start, self.lexicons, end)
            if demonym is not None:
                start = demonym[0].end
            elif self._honorifics_end(doc, start, end) > start:
                start = self._honorifics_end(doc, start, end)
            elif (
                doc[start].text == "."
                or self._title(doc[start].text) is not None
                or doc[start].lower_ in ("former", "late")
                or self.lexicons.country(doc[start].text) is not None
            ):
                start += 1
            else:
                break
        if start == span.start and self._opens_name(doc, start - 1):
            start -= 1  # the model sometimes leaves out a sentence's first word: "Aoife" + "Brennan-Kiely"
        # The model sometimes stops early: "Ursula von der" + "Leyen", "Luhut Binsar" + "Pandjaitan".
        while end < len(doc) and end - start < 5 and self._continues_name(doc, end, after_particle=doc[end - 1].lower_ in self.name_particles):
            end += 1
        span = doc[start:end]
        if not len(span):
            return None
        words = [t for t in span if not t.is_punct]
        if not words or any(not (w.text[:1].isupper() or w.lower_ in self.name_particles) for w in words):
            return None
        if not words[0].text[:1].isupper() and words[0].lower_ not in self.name_particles:
            return None
        if self.lexicons.country(span.text) or self.lexicons.organization(span.text) or self._ends_in_head(span):
            return None
        return span

    def _ends_in_head(self, span: Span) -> bool:
        """Whether a phrase ends in the head noun of a body, a document or event, or a place
        named by its kind ("Zuri Labs", "Pelepas Port"): no person's name does."""
        last = span[-1].text
        return self.lexicons.is_org_head(last) or self.lexicons.is_non_actor_head(last)

    def _is_portfolio(self, doc: Doc, start: int, end: int) -> bool:
        """Whether tokens start..end are the portfolio of a capitalised title before them, not
        a name: the whole capitalised run after "<Title> for|of" ("Minister of State for
        Foreign Trade,", "Secretary of State for Defence said"). A run that goes on ("... for
        Trade Ana Soto") is left to the model: where the portfolio ends and the name starts
        is not known."""
        tokens = doc_tokens(doc)
        if start < 2 or tokens.lowers[start - 1] not in ("for", "of") or end < len(doc) and tokens.capitalised[end]:
            return False
        return any(tokens.capitalised[j] and self._title(tokens.phrase(j, start - 1)) is not None for j in range(max(0, start - 5), start - 1))

    def _opens_name(self, doc: Doc, i: int) -> bool:
        """Whether token i, a sentence's first word right before a name, is the name's first
        word: a proper noun the model gives no other entity, and no title, honorific, country,
        demonym or organisation head."""
        if i < 0 or not doc[i].is_sent_start or not doc[i].whitespace_:
            return False
        token = doc[i]
        return (
            token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and token.ent_type_ in ("", "PERSON")
            and not self._is_honorific(token)
            and self._title(token.text) is None
            and not self.lexicons.is_org_head(token.text)
            and self.lexicons.country(token.text) is None
            and demonym_starting_at(doc, i, self.lexicons) is None
        )

    def _continues_name(self, doc: Doc, i: int, after_particle: bool = False) -> bool:
        """Whether token i can continue a person's name that ends just before it."""
        token = doc[i]
        if doc[i - 1].whitespace_ == "" and not token.is_punct or token.text in self.caption_words:
            return False
        if after_particle:
            return token.text[:1].isupper()
        return (
            token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and token.ent_type_ in ("", "PERSON")
            and not token.is_sent_start
            and self._title(token.text) is None
            and not self.lexicons.is_org_head(token.text)
            and self.lexicons.country(token.text) is None
            and demonym_starting_at(doc, i, self.lexicons) is None
        )

    def _titled_name_candidates(self, doc: Doc, known: list[_Candidate]) -> list[_Candidate]:
        """Names right after a capitalised title and its body: "Premier of the State Council of
        Peru Ana Soto", "Prime Minister of Norway Erik Lund", "President Kim Min Jun"; and after
        a counterpart, who holds a title by reference: "his Tanzanian counterpart Ana Soto",
        "her counterpart from Ghana, Ana Soto"."""
        ends = {c.start: c for c in known}
        tokens = doc_tokens(doc)
        counterparts = [i for i, word in enumerate(tokens.lowers) if word in self.counterpart_nouns]
        found = []
        for i in sorted(set(self._titles.possible_starts(doc)).union(counterparts)):
            counterpart = tokens.lowers[i] in self.counterpart_nouns
            if not tokens.is_alpha[i] or not counterpart and not self._is_title_at(doc, i):
                continue
            token = doc[i]
            k = token.i + 1 if counterpart else self._title_end(doc, token.i)
            if counterpart and k + 1 < len(doc) and doc[k].lower_ == "from" and k + 1 in ends:
                k = ends[k + 1].end  # "counterpart from Ghana"
            # "of (the) <country or known body>", possibly nested ("of the State Council of X")
            while k + 1 < len(doc) and doc[k].lower_ == "of":
                j = k + 2 if doc[k + 1].lower_ == "the" else k + 1
                body = ends.get(j)
                if body is not None:
                    k = body.end
                    continue
                phrase_end = self._capitalised_run_end(doc, j)
                if phrase_end > j and self._org_head_index(doc[j:phrase_end]) is not None:
                    k = phrase_end
                    continue
                break
            if not counterpart:
                k = self._portfolio_after(doc, token.i, k)
            if k + 1 < len(doc) and doc[k].text == "," and (k > token.i + 1 or counterpart):
                k += 1  # "The Director-General of the WHO, Dr Amara Nwosu-Bello, ..."
            start = self._honorifics_end(doc, k, len(doc))
            end = start
            while end < len(doc) and end - start < 5 and (
                (doc[end].text[:1].isupper() or doc[end].lower_ in self.name_particles) and self._name_token(doc, end)
                or doc[end].text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
            ):
                end += 1
            # after a lowercase title ("president of Chad X Y") only proper nouns make a name
            proper = token.text[:1].isupper() or all(t.pos_ == "PROPN" for t in doc[start:end])
            if end - start >= 2 and doc[start].text[:1].isupper() and proper and not self._is_portfolio(doc, start, end) and not self._ends_in_head(doc[start:end]):
                found.append(_Candidate(start, end, "Person", _person_name(doc[start:end]), "titled"))
        return found

    def _portfolio_after(self, doc: Doc, title_start: int, k: int) -> int:
        """Where a capitalised portfolio after a title ending at token k ends, when a comma
        closes it: "Secretary of State for Defence, X", "Minister of ICT and Innovation, X",
        "Minister of Trade and Industry, X" (when the title read is "Minister of Trade"),
        "Minister of Energy, Mines and Water, X"; k when there is none."""
        tokens = doc_tokens(doc)
        connector = tokens.lowers[k] if k < len(doc) else ""
        first = k + 1 if connector in ("for", "of", "and", "&") else k
        end = first
        while end < len(doc) and (tokens.capitalised[end] or end > first and tokens.lowers[end] in ("and", "&") and end + 1 < len(doc) and tokens.capitalised[end + 1]):
            end += 1
        listed = comma_listed_end(tokens, first, len(doc))
        if listed > end and listed < len(doc) and tokens.texts[listed] == ",":
            end = listed  # the list first: its last comma, not its first, ends it
        if end == first or end == len(doc) or tokens.texts[end] != ",":
            return k
        if connector in ("and", "&"):
            # only a title with a portfolio of its own goes on: "the President and Ana Soto," is two people
            return end if any(word in ("of", "for") for word in tokens.lowers[title_start:k]) else k
        return end if self._is_portfolio(doc, first, end) else k

    def _title(self, text: str):
        """The office a phrase names, or None; cached, and quick for words no title starts with."""
        words = text.split()
        if not words or not self._titles.may_start(words[0], words[1:]):
            return None
        return self._titles(text)

    def _apposed_name_candidates(self, doc: Doc, known: list[_Candidate]) -> list[_Candidate]:
        """Names followed by a comma and a title: "Ana María Soto Ruiz, Secretary of Foreign
        Affairs of Mexico", "Dr Kofi Mensah, Director-General of ...", "X Y, Estonian Defence
        Minister"."""
        taken = {i for c in known for i in range(c.start, c.end)}
        owners = {c.start: c.end for c in known}
        tokens = doc_tokens(doc)
        found = []
        for comma in (i for i, text in enumerate(tokens.texts[:-1]) if text == ","):
            title_at = comma + 1
            while title_at < len(doc) and tokens.lowers[title_at] in _APPOSITION_LEADS:
                title_at += 1
            owner_end = owners.get(title_at, title_at)
            if owner_end < len(doc) and tokens.texts[owner_end] in _POSSESSIVE_MARKS:
                title_at = owner_end + 1  # "X Y, Kenya's Minister of Trade,"
            demonym = demonym_starting_at(doc, title_at, self.lexicons)  # "X, Estonian Defence Minister,"
            if demonym is not None:
                title_at = demonym[0].end
            if title_at >= len(doc) or not self._is_title_at(doc, title_at):
                continue
            start, words = comma, 0
            while start > 0 and words < 4 and start - 1 not in taken:
                if self._name_token(doc, start - 1) and tokens.texts[start - 1][:1].isupper():
                    start, words = start - 1, words + 1
                elif start > 1 and start < comma and tokens.texts[start - 1] == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
                    start -= 1  # "Dunleavy-Roche"
                else:
                    break
            start = self._honorifics_end(doc, start, comma)
            names = doc[start:comma]
            if any(t.ent_type_ in _PLACES for t in names) and (self.lexicons.is_place(names.text) or start > 0 and tokens.lowers[start - 1] in _PLACE_PREPOSITIONS):
                continue  # "talks in New York, Foreign Minister X said": a place, not the title's holder
            if len(names) >= 2 and names[0].text != "-" and all(t.pos_ == "PROPN" or t.text == "-" for t in names) and (start == 0 or not tokens.texts[start - 1][:1].isupper() or tokens.texts[start - 1].rstrip(".") in self.honorifics or tokens.is_punct[start - 1]):
                found.append(_Candidate(start, comma, "Person", _person_name(names), "titled"))
        return found

    def _is_title_at(self, doc: Doc, i: int) -> bool:
        if not self._titles.may_start_at(doc, i, len(doc)):
            return False
        return any(self._title_of_tokens(doc, i, j) is not None for j in range(i + 1, min(len(doc), i + 4) + 1))

    def _title_of_tokens(self, doc: Doc, i: int, j: int):
        """The office tokens i..j-1 name, or None. A minister named by form ("trade minister",
        "minister of X") takes any words, so one whose words are no portfolio is no office:
        "met Minister of Foreign" (before "Affairs X Y"), "The Minister of Foreign", "and
        Minister of Foreign"; else the name after it would start inside the title."""
        entry = self._title(doc_tokens(doc).phrase(i, j))
        if entry is not None and entry.generic and (doc[i].pos_ in _NO_PORTFOLIO_START or any(doc[t].pos_ in _NO_PORTFOLIO for t in range(i, j - 1))):
            return None
        return entry

    def _is_capitalised_title_at(self, doc: Doc, i: int) -> bool:
        return any(self._title(doc[i:j].text) is not None for j in range(i + 1, min(len(doc), i + 4) + 1) if doc[j - 1].text[:1].isupper())

    def _title_end(self, doc: Doc, i: int) -> int:
        """The end of the longest title (of up to four words) that starts at token i; a title
        never ends on a connector, which would make the portfolio's last word ("Industry" of
        "Minister of Trade and Industry") the start of a name."""
        tokens = doc_tokens(doc)
        for j in range(min(len(doc), i + 4), i, -1):
            if tokens.lowers[j - 1] not in self.org_connectors and self._title_of_tokens(doc, i, j) is not None:
                return j
        return i + 1

    def _capitalised_run_end(self, doc: Doc, j: int) -> int:
        """The end of a capitalised organisation name starting at j (with of/for/on/and inside)."""
        end = j
        while end < len(doc):
            if _is_capitalised(doc[end]) or doc[end].text in ("’s", "'s"):
                end += 1
            elif doc[end].lower_ in self.org_connectors and end + 1 < len(doc) and (_is_capitalised(doc[end + 1]) or doc[end + 1].lower_ == "the"):
                end += 2 if doc[end + 1].lower_ != "the" else 3
            else:
                break
        end = min(end, len(doc))
        # give back trailing name tokens: the organisation ends at its last head or known name
        while end > j and not self.lexicons.is_org_head(doc[end - 1].text) and self.lexicons.country(doc[end - 1].text) is None:
            end -= 1
        return end

    def _name_token(self, doc: Doc, i: int) -> bool:
        token = doc[i]
        if token.is_punct or token.like_num:
            return False
        if token.lower_ in self.name_particles:
            return True
        return (
            token.pos_ in ("PROPN", "NOUN", "ADJ") or token.is_upper
        ) and self._title(token.text) is None and not self.lexicons.is_org_head(token.text) and self.lexicons.country(token.text) is None and self.lexicons.organization(token.text) is None

    def _organization(self, span: Span, known: list[_Candidate] | None = None, source: str = "ner") -> list[_Candidate]:
        """An organisation name from the model, cleaned and split.

        Cut at an opening parenthesis, at "and <title>" and before a person's name that the
        model ran into the organisation ("European Council Ana Soto"); split "X of Y"
        when both are organisations; drop names of documents and events ("... Summit").
        """
        doc = span.doc
        cut = self._cut_organization(span, known or [])
        if cut is None:
            return []
        # what is left may be a known name: "the Government of X" before a signature's colon or
        # as one side of "the Government of X and the Government of Y"
        match = self._lookup(cut.text, cut.start, cut.end, source)
        if match is not None:
            return [match]
        span = cut
        words = [t for t in span if not t.is_punct]
        if not words:
            return []
        after_honorific = span.start > 0 and doc[span.start - 1].text.rstrip(".") in self.honorifics
        if (words[0].text.rstrip(".") in self.honorifics or after_honorific) and self._org_head_index(span) is None:
            person = self._person_span(span)  # "Dame Ana Soto"
            return [_Candidate(person.start, person.end, "Person", _person_name(person), source)] if person is not None else []
        owner_end = next((t.i for t in span if t.text in _POSSESSIVE_MARKS and t.i > span.start), None)
        person = None
        if owner_end is not None and self._org_head_index(doc[owner_end + 1 : span.end]) is None and span.end - owner_end > 2:
            person = self._person_span(doc[owner_end + 1 : span.end])
        if owner_end is not None and person is not None:
            # "the Harbour Herald's Ana Soto": a body and a person of it
            owner = self._organization(doc[span.start : owner_end], known, source)
            return owner + [_Candidate(person.start, person.end, "Person", _person_name(person), source)]
        for i in range(span.start + 1, span.end - 1):
            right_start = i + 2 if doc[i + 1].lower_ == "the" else i + 1
            if doc[i].lower_ == "and" and self._lists_bodies(doc[span.start : i], doc[right_start : span.end]):
                # "the Reef Council and the Delta Basin Council": two bodies
                return self._organization(doc[span.start : i], known, source) + self._organization(doc[right_start : span.end], known, source)
        if len(words) == 1 and words[0].is_upper and len(words[0]) <= 4:
            return []  # an unexplained acronym ("AI"): kept only if the text defines it
        if len(words) == 1 and words[0].is_upper and span.end < len(doc) and (doc[span.end].lower_ == "that" or doc[span.end].tag_ in ("DT", "PRP$")):
            return []  # a verb in capitals ("... and UNDERLINES that", "WELCOMES the"), as council conclusions write them
        if len(words) == 2 and words[0].lower_ in _QUANTIFIERS:
            return []  # "Each Party", "Both Sides": the signatories of a treaty, named by a common noun
        if not any(t.text[:1].isupper() for t in words) or _is_heading(span):
            return []
        connector = next((n for n, t in enumerate(words) if t.lower_ in ("of", "for", "on") and n > 0), None)
        if self.lexicons.is_non_actor_head(words[-1].text) or connector is not None and self.lexicons.is_non_actor_head(words[connector - 1].text):
            return []
        head = self._org_head_index(span)
        if head is None and span.start > 0 and doc[span.start - 1].lower_ in ("in", "at", "near", "around", "outside", "inside"):
            return []  # a place ("talks in El Fasher")
        if head is None and span.start > 1 and doc[span.start - 1].lower_ in ("of", "for") and self._title(doc[span.start - 2].text) is not None:
            return []  # a portfolio ("Minister of Trade and Industry", "Secretary of State")
        if head is None and self._title(words[0].text) is not None and not self._looks_like_title_and_name(span):
            return []  # "Heads of State and Government"
        if head is None:
            if self._looks_like_title_and_name(span):
                person = self._person_span(span)
                return [_Candidate(person.start, person.end, "Person", _person_name(person), "ner")] if person is not None else []
            if len(words) > 1 and (
                any(k.start >= span.start and k.end <= span.end for k in known or [])
                or (span.end < len(doc) and doc[span.end].text == "(")
                or _appears_lowercase(self._text, span)
            ):
                return []  # "G7 Digital", "Artificial Intelligence (AI)": not a named body
        for i in range(span.start + 1, span.end - 1):
            if doc[i].lower_ != "of":
                continue
            left = doc[span.start : i]
            right_start = i + 2 if doc[i + 1].lower_ == "the" else i + 1
            right = doc[right_start : span.end]
            if len(left) and len(right) and self._org_head_index(left) is not None:
                state = self._lookup(right.text, right.start, right.end, source)
                if state is not None and state.category == "Country":
                    # "State Council of the People's Republic of China": a state's body keeps its full name
                    whole = _Candidate(span.start, span.end, "Organization", _org_name(span), source, kind=self._org_kind(left))
                    whole.parent = ("Country", state.name)
                    return [whole]
            if len(left) and len(right) and self._org_head_index(left) is not None and self._opens_with_body(right) and not self._of_office_holders(left):
                parent = self._lookup(right.text, right.start, right.end, source) or _Candidate(
                    right.start, right.end, "Organization", _org_name(right), source, kind=self._org_kind(right)
                )
                child = _Candidate(left.start, left.end, "Organization", _org_name(left), source, kind=self._org_kind(left))
                child.parent = (parent.category, parent.name)
                return [child, parent]
        return [_Candidate(span.start, span.end, "Organization", _org_name(span), source, kind=self._org_kind(span))]

    def _cut_organization(self, span: Span, known: list[_Candidate]) -> Span | None:
        doc = span.doc
        start, end = span.start, span.end
        while start < end and (doc[start].pos_ in ("VERB", "AUX") or doc[start].tag_ == "VBG" or doc[start].lower_ == "the"):
            start += 1  # "Briefing the Council": the verb is not part of the name
        for i in range(start, end):
            # a colon or a line break ends a name: "For the Government of X: Name, Title" in a signature block
            # and so does a comma before an honorific: "the Ministry of Water, Eng. Name"
            if doc[i].text in ("(", ":") or doc[i].is_space and "\n" in doc[i].text or doc[i].text == "," and i + 1 < end and self._is_honorific(doc[i + 1]):
                end = i
                break
        # "President of the European Council ..." : a title and "of" in front is not the name; a
        # phrase headed by an organisation word is a body's, even if a title reads the same
        # ("Council of Ministers of the Union")
        for j in range(start + 1, min(end, start + 4)):
            if doc[j].lower_ == "of" and not self.lexicons.is_org_head(doc[start].text) and self._title(doc[start:j].text) is not None:
                start = j + 2 if j + 1 < end and doc[j + 1].lower_ == "the" else j + 1
                if not self._opens_with_body(doc[start:end]):
                    return None  # "Heads of State and Government": the title's complement, no body
                break
        for i in range(start + 1, end - 1):
            if doc[i].lower_ == "and" and self._is_capitalised_title_at(doc, i + 1):
                end = i
                break
        # a name run into the organisation after its last known part or head
        inner = [k for k in known if start <= k.start and k.end < end]
        last = max([k.end for k in inner] + [h + 1 for h in [self._org_head_index(doc[start:end])] if h is not None] or [start])
        if last > start and 2 <= end - last <= 4 and all(doc[t].pos_ == "PROPN" and doc[t].text[:1].isupper() for t in range(last, end)):
            end = last
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("and", "of", "the")):
            end -= 1
        return doc[start:end] if end > start else None

    def _lists_bodies(self, left: Span, right: Span) -> bool:
        """Whether "left and right" names two bodies rather than one whose name has "and" in it.

        Both parts need an organisation head. An "and" after a connector of the left part
        joins words of its complement ("Assembly of Heads of State and Government of the
        Union", "Ministry of Trade and Industry"), unless an article opens the right part ("the
        Council of Ministers and the Parliament") or the right part opens with the left's head
        word ("Bank of England and Bank of France"). With no connector the left part is a whole
        name ("Reef Council and Delta Basin Council").

        left (Span): the words before "and".
        right (Span): the words after "and" (and its article).
        RETURNS (bool): True for two bodies.
        """
        head = self._org_head_index(left)
        if head is None or self._org_head_index(right) is None:
            return False
        doc = left.doc
        if right.start - left.end > 1 or not any(t.lower_ in self.org_connectors for t in left):
            return True
        return right[0].text == doc[head].text

    def _opens_with_body(self, span: Span) -> bool:
        """Whether a span opens with a body's name: an organisation head before its first
        connector ("University of X", "CPC Central Committee"), not a body named only inside
        its complement ("Heads of State and Government of the Union")."""
        words = list(itertools.takewhile(lambda t: t.lower_ not in self.org_connectors, span))
        return self._org_head_index(span[: len(words)]) is not None

    def _of_office_holders(self, span: Span) -> bool:
        """Whether a body's name says it is made of office holders ("Assembly of Heads of State
        and Government", "Council of Ministers"): an "of Y" after such a name says whose office
        holders they are, and so belongs to the name."""
        connector = next((t.i for t in span if t.lower_ in ("of", "for")), None)
        return connector is not None and connector + 1 < span.end and self._title(span.doc[connector + 1].text) is not None

    def _looks_like_title_and_name(self, span: Span) -> bool:
        return len(span) >= 2 and self._title(span[0].text) is not None

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

    def _phrase_candidates(self, doc: Doc, known: list[_Candidate]) -> list[_Candidate]:
        """Capitalised noun phrases headed by an organisation word the model missed."""
        starts = {c.start for c in known}
        ends = {c.end for c in known}
        tokens = doc_tokens(doc)
        texts, lowers, capitalised = tokens.texts, tokens.lowers, tokens.capitalised
        found: list[_Candidate] = []
        i = 0
        while i < len(doc):
            if not capitalised[i] or lowers[i] in _ARTICLES or doc[i].is_sent_start and self._title(texts[i]):
                i += 1
                continue
            j = i
            last_head = None
            while j < len(doc):
                if capitalised[j] or texts[j] in ("’s", "'s", "-", "&") and j > i:
                    if self.lexicons.is_org_head(texts[j]):
                        last_head = j
                    j += 1
                elif lowers[j] in self.org_connectors and j + 1 < len(doc) and last_head is not None:
                    k = j + 1
                    if k < len(doc) and lowers[k] == "the":
                        k += 1
                    # "and" goes on to another name: one with an article ("the Senate and the House") or a known one
                    joins_known = lowers[j] == "and" and (k > j + 1 or k in starts or doc[k].ent_type_ in ("GPE", "PERSON"))
                    if k < len(doc) and capitalised[k] and doc[k].ent_type_ not in _NOT_NAMES and not joins_known:
                        j = k
                    else:
                        break
                else:
                    break
            if last_head is not None:
                end = j
                # a person's name run into the organisation's ("... of Peru Ana Soto") is not part of it
                for cut in sorted([e for e in ends if last_head < e < end] + [last_head + 1], reverse=True):
                    if 2 <= end - cut <= 4 and all(doc[t].pos_ == "PROPN" and doc[t].text[:1].isupper() for t in range(cut, end)):
                        end = cut
                        break
                while end > i and doc[end - 1].text in ("’s", "'s", "-", "&"):
                    end -= 1
                span = doc[i:end]
                if len(span) >= 2 and not self.lexicons.country(span.text):
                    match = self._lookup(span.text, i, end, "phrase")
                    found.extend([match] if match else self._organization(span, known, source="phrase"))
            i = max(j, i + 1)
        return found

    def _side_candidates(self, doc: Doc) -> list[_Candidate]:
        """"the Chinese side", "the French government": a country acting through a demonym."""
        found = []
        lowers = doc_tokens(doc).lowers
        for i in range(1, len(doc)):
            if lowers[i] in self.collective_nouns:
                demonym = demonym_ending_at(doc, i, self.lexicons)  # "the South African government"
                if demonym is not None:
                    span, country = demonym
                    start = span.start
                    if start > 0 and lowers[start - 1] == "the":
                        start -= 1
                    found.append(_Candidate(start, i + 1, "Country", country.name, "lexicon", None, country.alpha2, country.wikidata))
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
                if _is_acronym(acronym) and _initials(doc[c.start : c.end]).startswith(_acronym_letters(acronym)[:2]):
                    defined[acronym] = c
            # An acronym in parentheses after a list of names ("Daily Times reporters A and B (DT)").
        texts = doc_tokens(doc).texts
        for start in range(len(doc) - 2):
            if texts[start] == "(" and texts[start + 2] == ")" and _is_acronym(texts[start + 1]):
                acronym = texts[start + 1]
                if acronym in defined:
                    continue
                for c in sorted(chosen, key=lambda c: -c.end):
                    if c.end <= start and c.category != "Person" and start - c.end < 12 and _initials(doc[c.start : c.end]) == _acronym_letters(acronym):
                        defined[acronym] = c
                        break
        found = []
        for i, text in enumerate(texts if defined else ()):
            target = defined.get(text)
            if target is not None:
                found.append(_Candidate(i, i + 1, target.category, target.name, "alias", target.kind, target.country_code, target.wikidata, target.parent))
        return found

    def _label_candidates(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """Speakers of transcripts ("Name:", "Spokesperson, Dr. Full Name:") and lone surnames."""
        people = {c.name for c in chosen if c.category == "Person" and " " in c.name}
        found = []
        for start, colon in paragraph_labels(doc):
            if any(t.text == "(" for t in doc[start:colon]):
                continue  # "Question (Name, Outlet):" names the asker in passing; the model finds the name
            commas = [t.i for t in doc[start:colon] if t.text == ","]
            if commas and not any(self._title(doc[i : commas[-1]].text) for i in range(start, commas[-1])):
                continue  # "Office, Name:" only when what precedes the comma is a title
            first = commas[-1] + 1 if commas else start
            while first < colon and (doc[first].text.rstrip(".") in self.honorifics or self._title(doc[first].text) is not None or doc[first].text == "."):
                first += 1
            if first >= colon or any(c.start <= first < c.end and c.category != "Person" for c in chosen):
                continue
            label = _person_name(doc[first:colon])
            match = label if label in people else _person_for_short_name(label, people)
            if match:
                found.append(_Candidate(first, colon, "Person", match, "label"))
            elif first > start and 2 <= colon - first <= 4 and all(doc[t].text[:1].isupper() for t in range(first, colon)):
                # "Official Spokesperson, Shri Full Name:": a title or honorific says a person speaks
                if self._lookup(label, first, colon, "label") is None and not self.lexicons.is_org_head(doc[colon - 1].text):
                    found.append(_Candidate(first, colon, "Person", label, "label"))
        # Lone surnames anywhere ("Courtesy of Lund") once the full name is known.
        covered = {i for c in chosen + found for i in range(c.start, c.end)}
        tokens = doc_tokens(doc)
        outer_words = {words[n] for words in (p.lower().split() for p in people) for n in (0, -1)}  # what a short form can be
        for i, title_case in enumerate(tokens.is_title):
            if (
                title_case
                and tokens.lowers[i] in outer_words
                and i not in covered
                and doc[i].pos_ == "PROPN"
                and not self._in_long_demonym(doc[i])
                and self._honorifics_end(doc, i, len(doc)) == i  # "Tan" of "Tan Sri X" is no surname
            ):
                match = _person_for_short_name(tokens.texts[i], people)
                if match and len(match.split()) > 1:
                    found.append(_Candidate(i, i + 1, "Person", match, "label"))
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
        return start > 0 and (self._title(doc[start - 1].text) is not None or doc[start - 1].lower_ in self.counterpart_nouns)

    def _set_annotations(self, doc: Doc, chosen: list[_Candidate]) -> None:
        group = SpanGroup(doc, name=SPAN_KEY)
        info: dict[str, dict] = {}
        for c in sorted(chosen, key=lambda c: (c.start, -c.end)):
            group.append(Span(doc, c.start, c.end, label=c.category, kb_id=c.name))
            entry = info.setdefault(info_key((c.category, c.name)), {"kind": None, "country_code": None, "wikidata": None, "parent": None})
            for key in ("kind", "country_code", "wikidata", "parent"):
                if entry[key] is None and getattr(c, key) is not None:
                    entry[key] = getattr(c, key)
        doc.spans[SPAN_KEY] = group
        doc._.govgraph_actor_info = info


@functools.cache
def _language_names() -> frozenset[str]:
    """The names of the major languages (ISO 639-1, from pycountry): "Hausa", "Swahili"."""
    return frozenset(language.name.split(" (")[0] for language in pycountry.languages if hasattr(language, "alpha_2"))


def _select(candidates: list[_Candidate], keep_nested: bool = False) -> list[_Candidate]:
    """Resolve overlaps: longer mentions win; lexicon mentions nested in an organisation stay."""
    rank = {"lexicon": 0, "alias": 0, "label": 1, "titled": 2, "ner": 2, "phrase": 3}
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), rank[c.source], c.start))
    kept: list[_Candidate] = []
    occupants: dict[int, list[_Candidate]] = {}
    for c in ordered:
        clash = list({id(k): k for i in range(c.start, c.end) for k in occupants.get(i, [])}.values())
        if not clash:
            kept.append(c)
            for i in range(c.start, c.end):
                occupants.setdefault(i, []).append(c)
            continue
        if any((k.start, k.end) == (c.start, c.end) for k in clash):
            continue
        inside_orgs = all(k.start <= c.start and c.end <= k.end and k.category == "Organization" for k in clash)
        if inside_orgs and c.category in ("Country", "Organization") and c.source in ("lexicon", "alias"):
            kept.append(c)
            for i in range(c.start, c.end):
                occupants.setdefault(i, []).append(c)
    return sorted(kept, key=lambda c: (c.start, -c.end))


def _trim(span: Span, caption_words: set[str]) -> Span | None:
    """Drop a leading article, possessive endings, quotes and caption words ("Photo")."""
    doc = span.doc
    tokens = doc_tokens(doc)
    texts = tokens.texts
    start, end = span.start, span.end
    while start < end and (tokens.lowers[start] in _ARTICLES or texts[start] in _QUOTES or texts[start] in _POSSESSIVE):
        start += 1
    while end > start and (texts[end - 1] in _POSSESSIVE or texts[end - 1] in _QUOTES or texts[end - 1] in caption_words or tokens.is_punct[end - 1]):
        end -= 1
    return doc[start:end] if end > start else None


def _is_capitalised(token) -> bool:
    return bool(token.text[:1].isupper()) and not token.is_punct


def _is_gendered_pronoun(token: Token) -> bool:
    """Whether a token is "he" or "she" (a personal pronoun of masculine or feminine gender)."""
    return token.pos_ == "PRON" and "Prs" in token.morph.get("PronType", []) and bool({"Masc", "Fem"}.intersection(token.morph.get("Gender", [])))


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


def _is_acronym(text: str) -> bool:
    """Whether a word is an acronym: in capitals ("UN", "G20"), or mostly capitals, two or
    more ("AfCFTA", "AfDB"; not "Mr" or "McKinsey")."""
    capitals = len(_acronym_letters(text))
    return len(text) >= 2 and (text.isupper() or text[:1].isupper() and capitals >= 2 and 2 * capitals >= len(text))


def _acronym_letters(text: str) -> str:
    """What the initials of an acronym's full name read: "AfCFTA" -> "ACFTA", "UN" -> "UN"."""
    return text if text.isupper() else "".join(c for c in text if c.isupper())


def _initials(span: Span) -> str:
    return "".join(t.text[0] for t in span if t.text[:1].isupper() or t.text.isupper()).upper()


def _resolve_short_bodies(chosen: list[_Candidate], lexicons: Lexicons) -> list[_Candidate]:
    """"the Facility", "the Government": a one-word body that ends a longer name in the text is
    that body (the last one named before it, else the next); a bare head word with no such
    name names nothing."""
    longer = [c for c in chosen if c.category == "Organization" and c.end - c.start > 1]
    kept = []
    for c in chosen:
        if c.category == "Organization" and c.end - c.start == 1 and c.source in ("ner", "phrase") and not c.name.isupper():
            ends_with = [o for o in longer if o.name.split()[-1] == c.name]
            before = [o for o in ends_with if o.start < c.start]
            target = before[-1] if before else (ends_with[0] if ends_with else None)
            if target is None:
                if lexicons.is_org_head(c.name):
                    continue
                kept.append(c)
                continue
            c.name, c.kind, c.parent, c.wikidata = target.name, target.kind, target.parent, target.wikidata
        kept.append(c)
    return kept


def _link_parents(doc: Doc, chosen: list[_Candidate], lexicons: Lexicons) -> None:
    """"the Political Bureau of the CPC Central Committee": the first body belongs to the second."""
    by_start = {c.start: c for c in chosen if c.category in ("Organization", "Country")}
    for c in chosen:
        if c.category != "Organization" or c.parent is not None or c.end + 1 >= len(doc) or doc[c.end].lower_ != "of":
            continue
        if not any(lexicons.is_org_head(t.text) for t in doc[c.start : c.end]):
            continue
        j = c.end + 2 if doc[c.end + 1].lower_ == "the" else c.end + 1
        parent = by_start.get(j)
        if parent is not None and parent.name != c.name:
            c.parent = (parent.category, parent.name)


def _is_heading(span: Span) -> bool:
    """Whether a span is a whole line on its own ("I. Foreword"): a heading, not a mention."""
    doc = span.doc
    starts = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    ends = span.end == len(doc) or "\n" in doc[span.end - 1].whitespace_ or (doc[span.end].is_space and "\n" in doc[span.end].text)
    return starts and ends


def _appears_lowercase(text: str, span: Span) -> bool:
    """Whether the phrase also occurs in lowercase in the document (a common noun phrase)."""
    phrase = span.text.lower()
    return phrase != span.text and phrase in text


def _is_short_form(short: str, full: str) -> bool:
    """True when ``short`` names the same person as ``full`` ("Xi" / "Xi Jinping", "de Gaulle")."""
    s, f = short.lower().split(), full.lower().split()
    if len(s) >= len(f):
        return False
    return f[: len(s)] == s or f[-len(s) :] == s


def _person_for_short_name(short: str, people: set[str]) -> str | None:
    matches = sorted(p for p in people if _is_short_form(short, p) or p.lower() == short.lower())
    return matches[0] if len(matches) == 1 else None
