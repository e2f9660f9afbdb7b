"""Finding statements: what an actor said, reported or quoted, and interview answers.

Constructions read:
- a reporting verb with a named subject and its content: "X said (that) ...",
  "X told the Daily Courier that ...", "X pointed out that ...";
- the inverted order: "..., X said." (also without the comma);
- "according to X, ...";
- pronoun speakers ("he noted"), tied to the last person who spoke or was named;
- interview transcripts: a paragraph opening with "Name:" is an answer of that person,
  running on until the next labelled paragraph; turns that only ask questions are skipped.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import numpy
from spacy.attrs import LEMMA, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .mentions import COLLECTIVE, labelled_turns, mention_index, mention_ref, mentions_in
from .tokens import doc_tokens

if not Doc.has_extension("govgraph_statements"):
    Doc.set_extension("govgraph_statements", default=[])

_OPEN_QUOTES = "\"“‘'"
_CLOSE_QUOTES = "\"”’'"
_TRIM = " \t\n,;:.\"“”‘’'"
#: The parts of speech and tags of a verb that can report (as StatementFinder._is_reporting reads them).
_VERB_POS = (POS_IDS["VERB"], POS_IDS["AUX"])
_VERB_TAG_NAMES = ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB")
_VERB_TAGS = tuple(get_string_id(tag) for tag in _VERB_TAG_NAMES)


class StatementFinder:
    """Annotate ``doc._.govgraph_statements``: dicts with speaker, content span, mode and outlet."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        reporting_verbs: Iterable[str],
        phrasal_reporting_verbs: Iterable[str],
        person_pronouns: Iterable[str],
        delegate_nouns: Iterable[str],
    ) -> None:
        self.name = name
        self.reporting_verbs = set(reporting_verbs)
        self.phrasal = {tuple(p.split()) for p in phrasal_reporting_verbs}
        self._reporting_lemmas = {v.lower() for v in self.reporting_verbs} | {p[0] for p in self.phrasal}
        self.person_pronouns = {p.lower() for p in person_pronouns}
        self.delegate_nouns = {w.lower() for w in delegate_nouns}

    def __call__(self, doc: Doc) -> Doc:
        index = mention_index(doc)
        found: list[dict] = []
        answers = self._interview_answers(doc)
        verbs = self._reporting_verbs(doc)
        last_speaker = None
        for sent in doc.sents:
            answerer = next((a["speaker"] for a in answers if a["start"] <= sent.start_char and sent.end_char <= a["end"]), None)
            in_sentence = verbs[bisect.bisect_left(verbs, sent.start) : bisect.bisect_left(verbs, sent.end)]
            for statement in self._reported(doc, sent, in_sentence, index, last_speaker):
                if answerer is not None and statement["speaker"] == answerer:
                    continue  # the answer itself is the statement
                found.append(statement)
                last_speaker = statement["speaker"]
            if not found or found[-1]["sentence"] != (sent.start, sent.end):
                last_speaker = _salient_person(sent, index) or last_speaker
        doc._.govgraph_statements = sorted(found + answers, key=lambda s: s["start"])
        return doc

    def _reporting_verbs(self, doc: Doc) -> list[int]:
        """The tokens that report speech, in order. Read from the Doc's arrays first, so that a
        Token is made only for a verb whose lemma may report."""
        columns = doc.to_array([POS, TAG, LEMMA])
        verbish = numpy.zeros(len(doc), dtype=bool)
        for pos in _VERB_POS:
            verbish |= columns[:, 0] == pos
        for tag in _VERB_TAGS:
            verbish |= columns[:, 1] == tag
        strings = doc.vocab.strings
        return [
            i
            for i in numpy.flatnonzero(verbish).tolist()
            if strings[int(columns[i, 2])].lower() in self._reporting_lemmas and self._is_reporting(doc[i])
        ]

    def _is_reporting(self, token: Token) -> bool:
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in _VERB_TAG_NAMES:
            return False
        if token.lemma_.lower() in self.reporting_verbs:
            return True
        particles = tuple(c.lower_ for c in token.children if c.dep_ == "prt")
        return any((token.lemma_.lower(),) + particles == p for p in self.phrasal)

    def _speaker(self, doc: Doc, verb: Token, index: dict[int, Span], last_speaker) -> tuple | None:
        """The actor who speaks: the subject, its apposition ("her counterpart, X, said"), the
        antecedent of "who", the subject of the clause a participle hangs on ("..., saying"),
        or the last person for "he"/"she"."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ in ("conj", "advcl", "xcomp") and verb.tag_ in ("VBG", "VBD", "VBZ", "VB", "VBP"):
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        for subject in subjects:
            if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
                subject = verb.head
            for candidate in [subject] + [c for c in subject.children if c.dep_ == "appos"]:
                if candidate.i in index and index[candidate.i].label_ in ("Person",) + COLLECTIVE:
                    return mention_ref(index[candidate.i]), index[candidate.i]
            if subject.lower_ in self.person_pronouns and last_speaker is not None:
                return last_speaker, doc[subject.i : subject.i + 1]
            # "Former acting president of Sudan X, now an adviser to Y, said": the one person named
            phrase = noun_phrase(subject)
            people = [m for m in mentions_in(doc, phrase, ("Person",))]
            if len(people) == 1:
                return mention_ref(people[0]), people[0]
            # "The representative of France said", "China's delegate said": the state speaks
            bodies = mentions_in(doc, phrase, COLLECTIVE)
            if not people and len(bodies) == 1 and subject.lemma_.lower() in self.delegate_nouns:
                return mention_ref(bodies[0]), doc[subject.left_edge.i : subject.i + 1]
        return None

    def _reported(self, doc: Doc, sent: Span, verbs: list[int], index: dict[int, Span], last_speaker) -> list[dict]:
        """Statements of the sentence's reporting verbs (token indices)."""
        found = []
        for i in verbs:
            if i in index:
                continue  # "said" inside a name ("Omar Said") reports nothing
            token = doc[i]
            speaker = self._speaker(doc, token, index, last_speaker)
            if speaker is None:
                continue
            ref, subject_span = speaker
            content = self._content(doc, sent, token, subject_span)
            if content is None:
                continue
            start, end = content
            first_sentence = sent.start
            opening = _quote_opened_before(doc, start, end)
            if opening is not None:
                # “First sentence. Second one,” said X: the quote began sentences earlier
                start = opening + 1
                first_sentence = doc[opening].sent.start
            found.append(
                {
                    "speaker": ref,
                    "start": doc[start].idx,
                    "end": doc[end - 1].idx + len(doc[end - 1]),
                    "mode": "direct" if opening is not None or _quoted(doc, start, end) else "reported",
                    "outlet": self._outlet(token, index),
                    "sentence": (first_sentence, sent.end),
                    "anchor": token.i,
                }
            )
            last_speaker = ref
        lowers = doc_tokens(doc).lowers
        for i in range(sent.start, sent.end - 1):
            if lowers[i] == "according" and lowers[i + 1] == "to":
                target = index.get(i + 2)
                if target is None or target.label_ not in ("Person",) + COLLECTIVE:
                    continue
                # "according to Kenya's climate envoy, Ruth Kamau, ...": the person of the phrase
                owner_end = target.end
                if target.label_ != "Person" and target.end < sent.end and doc[target.end].text in ("'s", "’s"):
                    comma = next((t.i for t in doc[target.end : min(sent.end, target.end + 8)] if t.text == ","), None)
                    person = index.get(comma + 1) if comma is not None else None
                    if person is not None and person.label_ == "Person":
                        target, owner_end = person, person.end
                if i == sent.start:
                    span = (owner_end, sent.end)
                else:
                    span = (sent.start, i)
                trimmed = _trim(doc, *span)
                if trimmed:
                    found.append(
                        {
                            "speaker": mention_ref(target),
                            "start": doc[trimmed[0]].idx,
                            "end": doc[trimmed[1] - 1].idx + len(doc[trimmed[1] - 1]),
                            "mode": "reported",
                            "outlet": None,
                            "sentence": (sent.start, sent.end),
                            "anchor": i,
                        }
                    )
        return found

    def _content(self, doc: Doc, sent: Span, verb: Token, subject: Span | None) -> tuple[int, int] | None:
        """The said text: the clause after the verb, or what precedes "X said" at the end."""
        complements = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i]
        if complements:
            start = min(t.i for t in complements[0].subtree)
            while start < sent.end and doc[start].dep_ == "mark" and doc[start].lower_ in ("that", "whether"):
                start += 1
            return _trim(doc, start, sent.end)
        # "..., X said." / "“...,” said X." : the said text comes first
        front = min(subject.start if subject is not None else verb.i, verb.i)
        back = max(subject.end if subject is not None else verb.i + 1, verb.i + 1)
        tail = [t for t in doc[back : sent.end] if not t.is_punct and not t.is_space]
        ends_sentence = all(t.dep_ in ("dobj", "prep", "pobj", "npadvmod", "det", "compound", "advmod", "dative", "amod", "appos") for t in tail)
        before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < front]
        if front > sent.start + 2 and (ends_sentence or before):
            return _trim(doc, sent.start, front)
        return None

    def _outlet(self, verb: Token, index: dict[int, Span]):
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and child.i in index and index[child.i].label_ == "Organization":
                return mention_ref(index[child.i])
        return None

    def _interview_answers(self, doc: Doc) -> list[dict]:
        """Paragraphs opening with a person's "Name:" label, up to the next label."""
        # (label start token, content start token, speaker)
        turns = [(start, colon + 1, speaker) for start, colon, speaker in labelled_turns(doc)]
        answers = []
        for n, (label_start, content_start, speaker) in enumerate(turns):
            end = turns[n + 1][0] if n + 1 < len(turns) else len(doc)
            if speaker is None or speaker.label_ != "Person":
                continue
            trimmed = _trim(doc, content_start, end, min_tokens=1)
            if trimmed is None:
                continue
            start, stop = trimmed
            text = doc[start:stop].text
            if text.rstrip().endswith("?") and text.count(".") == 0:
                continue  # a question, not a statement
            answers.append(
                {
                    "speaker": mention_ref(speaker),
                    "start": doc[start].idx,
                    "end": doc[stop - 1].idx + len(doc[stop - 1]),
                    "mode": "interview",
                    "outlet": None,
                    "sentence": (label_start, stop),
                    "anchor": label_start,
                }
            )
        return answers


def noun_phrase(head: Token) -> list[Token]:
    """A subject's words without its relative and appositive clauses' verbs' objects."""
    return [t for t in head.subtree if not any(a.dep_ in ("relcl", "acl", "advcl") for a in t.ancestors if a in head.subtree and a is not head)]


def _salient_person(sent: Span, index: dict[int, Span]):
    """The person a following "he"/"she" most likely means: the sentence's subject if it is a
    person, else the last person named in it."""
    people = [i for i in range(sent.start, sent.end) if i in index and index[i].label_ == "Person"]
    subjects = [index[i] for i in people if sent.doc[i].dep_ in ("nsubj", "nsubjpass")]
    chosen = subjects[0] if subjects else (index[people[-1]] if people else None)
    return mention_ref(chosen) if chosen is not None else None


def _trim(doc: Doc, start: int, end: int, min_tokens: int = 2) -> tuple[int, int] | None:
    while start < end and (doc[start].is_space or doc[start].text in _TRIM.strip() or doc[start].text in (",", ";", ":")):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text not in ")"):
        end -= 1
    return (start, end) if end - start >= min_tokens else None


def _quote_opened_before(doc: Doc, start: int, end: int, reach: int = 200) -> int | None:
    """The opening quote mark of a quotation that ends right after ``end`` but began before
    ``start`` (in an earlier sentence of the same paragraph), if there is one."""
    closes = end < len(doc) and (doc[end].text in ("”", '"') or doc[end].text in (",", ".") and end + 1 < len(doc) and doc[end + 1].text in ("”", '"'))
    if not closes or (start > 0 and doc[start - 1].text in ("“", '"')):
        return None
    for i in range(start - 1, max(-1, start - reach), -1):
        text = doc[i].text
        if text in ("”",) or (doc[i].is_space and "\n" in doc[i].text):
            return None
        if text == "“" or (text == '"' and (i == 0 or doc[i - 1].whitespace_ or doc[i - 1].is_space)):
            return i
    return None


def _quoted(doc: Doc, start: int, end: int) -> bool:
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    return before in _OPEN_QUOTES and before != "" and after in _CLOSE_QUOTES + ",." and after != ""

