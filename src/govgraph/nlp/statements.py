"""Finding statements: what an actor said, reported or quoted, and interview answers.

Constructions read:
- a reporting verb with a named subject and its content: "X said (that) ...",
  "X told the Daily Courier that ...", "X pointed out that ...";
- the inverted order: "..., X said." (also without the comma);
- "according to X, ...";
- pronoun speakers ("he noted"), tied to the last person who spoke or was named;
- a quotation interrupted by its attribution ("“...,” she said. “...”") is one statement;
  a quotation opened after "X said:" runs on to its closing mark, over sentences; "As X
  said, ..." and "A, she said, B" report the clause around them;
- a definite title as speaker ("the minister told parliament that ..."): the person named
  nearest before with that title;
- interview and briefing transcripts: a paragraph opening with a label is a turn, running on
  until the next label. "Name:" is that person; "A:" / "Answer:" the interviewee, the person
  the introduction presents; a title ("Spokesperson:") the person the text gives that title;
  "Q:", "Question:", "Interviewer:" and an outlet's name ask, and turns that only ask
  questions are no one's statements. Remarks before the first question are one statement a
  paragraph;
- operative clauses of official texts: "THE COUNCIL: 1. STRESSES that ...; 2. RECALLS ..., and
  UNDERLINES that ..." -> the that-clause, said by the actors of the list's subject.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import NamedTuple

import numpy
from spacy.attrs import LEMMA, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicons
from .mentions import COLLECTIVE, Ref, labelled_turns, mention_index, mention_ref, mentions, mentions_in
from .operative import base_form, item_end, item_start, list_subject
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
#: First words of a transcript label that asks ("Q:", "Question (Name, Outlet):"): no one's statement.
_ASKING_LABELS = frozenset({"q", "question", "questions", "interviewer", "journalist", "reporter", "correspondent", "moderator", "host"})
#: Labels of the answers of an interview ("A:", "Answer:"): the interviewee's.
_ANSWER_LABELS = frozenset({"a", "answer", "answers", "response"})
#: The words of a turn that only thanks or greets ("Thank you, Samuel.", "Good morning."): no statement.
_COURTESY_WORDS = frozenset({"thank", "thanks", "you", "very", "much", "so", "good", "morning", "afternoon", "evening", "hello", "goodbye", "bye", "welcome", "pleasure", "my", "and", "for", "having", "me", "it", "was", "a"})
#: Titles of the press: the person an introduction gives one of them asks, never answers.
_PRESS_TITLES = frozenset({"reporter", "journalist", "correspondent", "editor", "interviewer", "writer", "columnist", "host", "anchor", "presenter"})
#: Verbs by which an introduction presents an interview ("X spoke to the Review", "Y interviewed X").
_INTERVIEW_VERBS = frozenset({"speak", "talk", "chat", "sit", "interview", "tell"})
#: Words that end the head of a title ("Minister of Finance", "Deputy Governor for Stability").
_TITLE_LINKS = frozenset({"of", "for", "at", "to", "on", "in"})

#: Words that put a person on the other side of the one they are named with ("his Iraqi counterpart X").
_OTHER_SIDE = frozenset({"counterpart", "counterparts"})
#: What makes a title a definite speaker: "the minister", "our minister".
_DEFINITE = (["the"], ["our"], ["his"], ["her"], ["their"], ["my"])

#: A person mention, the actor it names, the title words the text gives the person there and
#: the body of the person's first office the role finder read (None: no office, or no body named).
_Holder = tuple[Span, Ref, frozenset[str], Ref | None]


class _Context(NamedTuple):
    """What the reading of one sentence needs to know about its Doc."""

    mentions: dict[int, Span]  # mention_index
    holders: list[_Holder]  # title_holders
    in_labels: set[int]  # the tokens of transcript labels, up to their colons
    verbs: list[int]  # the reporting verbs, in order
    answerer: Ref | None  # who speaks in the transcript turn the sentence is in


class StatementFinder:
    """Annotate ``doc._.govgraph_statements``: dicts with speaker, content span, mode and outlet."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        lexicons: Lexicons,
        *,
        reporting_verbs: Iterable[str],
        phrasal_reporting_verbs: Iterable[str],
        person_pronouns: Iterable[str],
        delegate_nouns: Iterable[str],
        stance_verbs: Iterable[str],
    ) -> None:
        self.name = name
        self.lexicons = lexicons
        self.reporting_verbs = set(reporting_verbs)
        self.phrasal = {tuple(p.split()) for p in phrasal_reporting_verbs}
        self._reporting_lemmas = {v.lower() for v in self.reporting_verbs} | {p[0] for p in self.phrasal}
        self.person_pronouns = {p.lower() for p in person_pronouns}
        self.delegate_nouns = {w.lower() for w in delegate_nouns}
        # the verbs by which an operative clause states something: "STRESSES that ...", "Recognises that ..."
        self.operative_verbs = {v.lower() for v in self.reporting_verbs} | {v.lower() for v in stance_verbs}

    def __call__(self, doc: Doc) -> Doc:
        index = mention_index(doc)
        found: list[dict] = []
        holders = title_holders(doc)
        answers = _interview_answers(doc, holders)
        verbs = self._reporting_verbs(doc)
        in_labels = {i for start, colon, _ in labelled_turns(doc) for i in range(start, colon + 1)}
        last_speaker = None
        for sent in doc.sents:
            answerer = next((a["speaker"] for a in answers if a["start"] <= sent.start_char and sent.end_char <= a["end"]), None)
            context = _Context(index, holders, in_labels, verbs, answerer)
            for statement in self._reported(doc, sent, context, last_speaker):
                if answerer is not None and statement["speaker"] == answerer:
                    continue  # the answer itself is the statement
                found.append(statement)
                last_speaker = statement["speaker"]
            if not found or found[-1]["sentence"] != (sent.start, sent.end):
                last_speaker = salient_person(sent, index) or last_speaker
        anchors = {statement["anchor"] for statement in found}
        found += [s for s in self._operative(doc) if s["anchor"] not in anchors]
        doc._.govgraph_statements = sorted(found + answers, key=lambda s: s["start"])
        return doc

    def _operative(self, doc: Doc) -> list[dict]:
        """Statements of operative clauses: an item of a list whose subject introduced it ("THE
        COUNCIL: 1. STRESSES that ...", "2. RECALLS ..., and UNDERLINES that ...") says its
        that-clause, in the words of the list's subject. The item's verb is read from the words,
        as the model parses these capitalised verbs as names or nouns."""
        found = []
        lowers = doc_tokens(doc).lowers
        for i in range(len(doc) - 1):
            if lowers[i + 1] != "that" or base_form(lowers[i]) not in self.operative_verbs and doc[i].lemma_.lower() not in self.operative_verbs:
                continue
            item = _item_of(doc, i)
            subject = list_subject(doc, item) if item is not None else None
            if subject is None:
                continue
            speakers = _dedupe_refs([mention_ref(s) for s in mentions_in(doc, subject, ("Person",) + COLLECTIVE)])
            end = self._coordinated_verb(doc, i + 2, item_end(doc, i, doc[i].sent.end))
            content = _trim(doc, i + 2, end)
            if content is None:
                continue
            for speaker in speakers:
                found.append(
                    {
                        "speaker": speaker,
                        "start": doc[content[0]].idx,
                        "end": doc[content[1] - 1].idx + len(doc[content[1] - 1]),
                        "mode": "reported",
                        "outlet": None,
                        "sentence": (doc[i].sent.start, doc[i].sent.end),
                        "anchor": i,
                    }
                )
        return found

    def _coordinated_verb(self, doc: Doc, start: int, end: int) -> int:
        """Where the content of an operative clause ends: before the next verb coordinated in its
        item (", and RECOGNISES that ...", "and invites ..."), else at ``end``."""
        lowers = doc_tokens(doc).lowers
        for k in range(start, end - 1):
            word = doc[k + 1].text
            shouted = word.isupper() and word.isalpha() and len(word) > 4
            if lowers[k] == "and" and (shouted or base_form(lowers[k + 1]) in self.operative_verbs and lowers[k + 1].endswith("s")):
                return k
        return end

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

    def _speaker(self, doc: Doc, verb: Token, context: _Context, last_speaker) -> tuple | None:
        """The actor who speaks: the subject, its apposition ("her counterpart, X, said"), the
        antecedent of "who", the subject of the clause a participle hangs on ("..., saying"),
        the last person for "he"/"she", or the person named last with the title of "the
        minister" (for "our minister" in an answer, one serving the answerer's side)."""
        index = context.mentions
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # the parser may read a turn's label ("Question (Name, Outlet):") as the subject of the
        # turn's first verb, and the real subject as its apposition
        labelled = [c for c in subjects if c.i in context.in_labels]
        subjects = [c for c in subjects if c not in labelled] + [a for c in labelled for a in c.children if a.dep_ == "appos" and a.i not in context.in_labels]
        if not subjects and verb.dep_ in ("conj", "advcl", "xcomp") and verb.tag_ in ("VBG", "VBD", "VBZ", "VB", "VBP"):
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        for subject in subjects:
            if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
                subject = verb.head
            for candidate in [subject] + [c for c in subject.children if c.dep_ == "appos"]:
                if candidate.i in index and index[candidate.i].label_ in ("Person",) + COLLECTIVE:
                    return mention_ref(index[candidate.i]), index[candidate.i]
            capital = capital_state(self.lexicons, doc[subject.i : subject.i + 1])
            if capital is not None:
                # "Beijing says ...": a capital speaks for its state's government
                return capital, doc[subject.i : subject.i + 1]
            if subject.lower_ in self.person_pronouns and last_speaker is not None:
                return last_speaker, doc[subject.i : subject.i + 1]
            # "Former acting president of Sudan X, now an adviser to Y, said": the one person named,
            # unless the subject is a name itself, one the actor finder did not take
            phrase = noun_phrase(subject)
            people = [m for m in mentions_in(doc, phrase, ("Person",))] if subject.ent_type_ != "PERSON" else []
            if len(people) == 1:
                return mention_ref(people[0]), people[0]
            # "The representative of France said", "China's delegate said": the state speaks
            bodies = mentions_in(doc, phrase, COLLECTIVE)
            if not people and len(bodies) == 1 and subject.lemma_.lower() in self.delegate_nouns:
                return mention_ref(bodies[0]), doc[subject.left_edge.i : subject.i + 1]
            # "the minister told parliament that ...", "as our minister said", "the Finnish
            # commissioner said": the person last named with that title; a title said more fully
            # ("the health minister", "the Minister of Health") may be someone else's
            determiners = [c.lower_ for c in subject.children if c.dep_ in ("det", "poss")]
            # a capitalised title of several words is said whole ("The Prime Minister"): its holder's
            titled = [c for c in subject.children if c.dep_ == "compound" and c.is_title and subject.is_title]
            title = " ".join(t.lower_ for t in titled + [subject])
            bare = not any(c.dep_ in ("compound", "prep", "nmod", "nummod") and c not in titled or c.dep_ == "amod" and not c.is_title for c in subject.children)
            if not people and not bodies and bare and subject.tag_ in ("NN", "NNP") and determiners in _DEFINITE:
                colleague = context.answerer if determiners[0] in ("our", "my") else None
                holder = nearest_holder(context.holders, title, subject.i, colleague)
                if holder is not None:
                    return holder, doc[subject.left_edge.i : subject.i + 1]
        return None

    def _reported(self, doc: Doc, sent: Span, context: _Context, last_speaker) -> list[dict]:
        """Statements of the sentence's reporting verbs."""
        index, verbs = context.mentions, context.verbs
        found = []
        for i in verbs[bisect.bisect_left(verbs, sent.start) : bisect.bisect_left(verbs, sent.end)]:
            if i in index:
                continue  # "said" inside a name ("Omar Said") reports nothing
            token = doc[i]
            speaker = self._speaker(doc, token, context, last_speaker)
            if speaker is None:
                continue
            ref, subject_span = speaker
            content = self._content(doc, sent, token, subject_span)
            if content is None:
                continue
            start, end = content
            first_sentence, last_sentence = sent.start, sent.end
            opening = _quote_opened_before(doc, start, end)
            if opening is not None:
                # “First sentence. Second one,” said X: the quote began sentences earlier
                start = opening + 1
                first_sentence = doc[opening].sent.start
            whole = _whole_quotation(doc, start, end, *_attribution(token, subject_span), verbs)
            if whole is not None:
                # “A,” she said. “B.”: one quotation, its attribution inside
                start, end = whole
                first_sentence, last_sentence = min(first_sentence, doc[start].sent.start), max(last_sentence, doc[end - 1].sent.end)
            # "A and B said in a joint statement that ...": each of them said it
            for speaker_ref in [ref] + _co_speakers(subject_span, ref, index):
                found.append(
                    {
                        "speaker": speaker_ref,
                        "start": doc[start].idx,
                        "end": doc[end - 1].idx + len(doc[end - 1]),
                        "mode": "direct" if opening is not None or whole is not None or _quoted(doc, start, end) else "reported",
                        "outlet": self._outlet(token, index),
                        "sentence": (first_sentence, last_sentence),
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
        """The said text: the clause after the verb, what precedes "X said" at the end, the
        clause an "as X said" clause hangs on, or the one "X said" interrupts."""
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            # "As X said, “...”" / "..., as X said."
            first, last = verb.left_edge.i, verb.right_edge.i + 1
            return _trim(doc, last, sent.end) if first <= sent.start + 1 else _trim(doc, sent.start, first)
        if verb.dep_ == "parataxis" and verb.head.i > verb.i and verb.left_edge.i > sent.start:
            # "Kenya, she said, stood ready to ...": the clause, its attribution inside
            return _trim(doc, sent.start, sent.end)
        # an xcomp that is a name is a misparse of an object ("pledged $10 million to UNICEF")
        complements = [c for c in verb.children if (c.dep_ == "ccomp" or c.dep_ == "xcomp" and not c.ent_type_) and c.i > verb.i]
        # "said the presidency aimed to ...": a clause misparsed as an object with a participle
        complements = complements or [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and _clause_as_object(c)]
        if complements:
            start = min(t.i for t in complements[0].subtree)
            while start < sent.end and doc[start].dep_ == "mark" and doc[start].lower_ in ("that", "whether"):
                start += 1
            return _trim(doc, start, run_on_end(doc, sent))
        # "..., X said." / "“...,” said X." : the said text comes first
        front, back = _attribution(verb, subject)
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


def _interview_answers(doc: Doc, holders: list[_Holder]) -> list[dict]:
    """The answering turns of a transcript: each labelled paragraph, up to the next label,
    of a speaker the label names (_turn_speaker). Remarks before the first question (a
    briefing's announcements) answer no question: each of their paragraphs is a statement."""
    turns = labelled_turns(doc)
    if not turns:
        return []
    # the introduction ends where the questions and answers begin, not at a note before them
    exchange = next((start for start, colon, _ in turns if set(_label_words(doc, start, colon)[:1]) & (_ASKING_LABELS | _ANSWER_LABELS)), turns[0][0])
    interviewee = _interviewee(doc, exchange, holders)
    answers = []
    for n, (label_start, colon, label) in enumerate(turns):
        end = turns[n + 1][0] if n + 1 < len(turns) else len(doc)
        speaker = _turn_speaker(doc, (label_start, colon, label), turns[0][0], interviewee, holders)
        if speaker is None:
            continue
        pieces = _paragraphs(doc, colon + 1, end) if label_start < exchange else [(colon + 1, end)]
        for piece_start, piece_end in pieces:
            trimmed = _trim(doc, piece_start, piece_end, min_tokens=1)
            if trimmed is None:
                continue
            start, stop = trimmed
            text = doc[start:stop].text
            if text.rstrip().endswith("?") and text.count(".") == 0:
                continue  # a question, not a statement
            if all(t.is_punct or t.pos_ == "PROPN" or t.lower_ in _COURTESY_WORDS for t in doc[start:stop]):
                continue  # thanks or a greeting ("Thank you, Samuel."), not a statement
            answers.append(
                {
                    "speaker": speaker,
                    "start": doc[start].idx,
                    "end": doc[stop - 1].idx + len(doc[stop - 1]),
                    "mode": "interview",
                    "outlet": None,
                    "sentence": (label_start if piece_start == colon + 1 else start, stop),
                    "anchor": label_start,
                }
            )
    return answers


def _paragraphs(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Tokens [start, end) cut where a line break opens a paragraph."""
    opens = doc_tokens(doc).paragraph_start
    cuts = [start] + [i for i in range(start + 1, end) if opens[i]] + [end]
    return list(zip(cuts, cuts[1:]))


def _turn_speaker(doc: Doc, turn: tuple[int, int, Span | None], first_turn: int, interviewee: Ref | None, holders: list[_Holder]) -> Ref | None:
    """Who speaks in a turn: the person its label names ("Rao:", "Ms. Rao:"); the interviewee
    for "A:" / "Answer:"; for a title ("Spokesperson:", "Governor:") the person the text gives
    that title, in the introduction if it does there. Labels that ask ("Q:", "Interviewer:",
    an outlet's name) and labels naming no one speak for no one here."""
    start, colon, label = turn
    words = _label_words(doc, start, colon)
    if not words or words[0] in _ASKING_LABELS:
        return None
    if label is not None:
        return mention_ref(label) if label.label_ == "Person" else None
    if len(words) == 1 and words[0] in _ANSWER_LABELS:
        return interviewee
    # a title read as a title: the holder named before the first turn, else the last one before this turn
    return nearest_holder(holders, words[-1], first_turn) or nearest_holder(holders, words[-1], start)


def _label_words(doc: Doc, start: int, colon: int) -> list[str]:
    """The words of a turn's label, lowercase, without punctuation ("Question (A B, C):")."""
    tokens = doc_tokens(doc)
    return [tokens.lowers[i] for i in range(start, colon) if tokens.is_alpha[i]]


def _interviewee(doc: Doc, end: int, holders: list[_Holder]) -> Ref | None:
    """The person an interview's introduction (the text before token ``end``, where the
    questions and answers begin) presents: the one spoken to, interviewed, or telling an
    outlet; else the first person it names who does not ask (an interviewer, a reporter, "the
    Review's X", "by X")."""
    askers: set[Ref] = set()
    answering: list[Ref] = []
    named: list[Ref] = []
    for span, ref, words, _ in holders:
        if span.start >= end:
            break
        part = _interview_part(doc, span.root)
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        if part == "asks" or words & _PRESS_TITLES or before == "by" or (before in ("'s", "’s") and _owner_is_organisation(doc, span.start - 1)):
            askers.add(ref)
        elif part == "answers":
            answering.append(ref)
        else:
            named.append(ref)
    return next((ref for ref in answering + named if ref not in askers), None)


def _owner_is_organisation(doc: Doc, possessive: int) -> bool:
    """Whether the possessive at token ``possessive`` ends an organisation's name ("the Review's")."""
    index = mention_index(doc)
    owner = index.get(possessive - 1)
    return owner is not None and owner.label_ == "Organization"


def _interview_part(doc: Doc, token: Token) -> str | None:
    """Whether a person (the root of their mention) is presented as answering or asking: "X
    spoke to / talked with / told the Review", "the Review interviewed X", "Y spoke to X" answer
    ("answers" for X); "Y interviewed X", "Y spoke to X" ask ("asks" for Y)."""
    while token.dep_ == "appos":
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("to", "with"):
        return "answers" if head.head.lemma_.lower() in _INTERVIEW_VERBS else None
    verb = head.lemma_.lower()
    if verb not in _INTERVIEW_VERBS:
        return None
    if verb == "interview":
        return {"nsubj": "asks", "dobj": "answers", "nsubjpass": "answers"}.get(token.dep_)
    if token.dep_ != "nsubj":
        return None
    # "spoke to the Review" answers an outlet; "spoke to X" asks X
    index = mention_index(doc)
    spoken_to = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for g in c.children if g.dep_ == "pobj"]
    people = [g for g in spoken_to if any(t.i in index and index[t.i].label_ == "Person" for t in [g] + [a for a in g.children if a.dep_ == "appos"])]
    return "asks" if people and verb != "tell" else "answers"


def title_holders(doc: Doc) -> list[_Holder]:
    """Every person mention with the title words the text gives the person, in text order.

    The words are the heads of the person's titles the role finder read ("Minister of Finance"
    -> "minister") and the nouns the parse joins to the name ("spokesperson Selin Arkan", "the
    governor, Layla Haddad", "Layla Haddad, the bank's governor").

    doc (Doc): a document annotated by the actor and role finders.
    RETURNS (list[_Holder]): (mention, actor, title words, body) for each person mention.
    """
    from_roles: dict[Ref, set[str]] = {}
    bodies: dict[Ref, Ref | None] = {}
    for role in doc._.govgraph_roles:
        person = tuple(role["person"])
        from_roles.setdefault(person, set()).update((_title_head(role["title"]), _title_phrase(role["title"])))
        bodies.setdefault(person, tuple(role["organization"]) if role["organization"] else None)
    index = mention_index(doc)
    holders = []
    for span in mentions(doc):
        if span.label_ != "Person":
            continue
        root = span.root
        # a name joined to the person ("X, Anadolu Agency") is no title of theirs
        words = {c.lower_ for c in root.children if c.dep_ in ("compound", "appos") and c.i not in index and c.pos_ in ("NOUN", "PROPN")}
        if root.dep_ == "appos":
            words.add(root.head.lower_)
        if _chairs(root):
            words.add("chair")
        ref = mention_ref(span)
        holders.append((span, ref, frozenset(words | from_roles.get(ref, set())), bodies.get(ref)))
    return holders


def _chairs(name: Token) -> bool:
    """Whether the text says the person chairs the meeting: "chaired by (Kenya's Minister of
    X,) A B", "A B chaired the talks"; "the Chair" is then that person."""
    if name.dep_ == "appos":
        name = name.head
    if name.dep_ == "pobj" and name.head.lower_ == "by":
        return name.head.head.lemma_.lower() == "chair"
    return name.dep_ == "nsubj" and name.head.lemma_.lower() == "chair"


def nearest_holder(holders: list[_Holder], word: str, before: int, colleague: Ref | None = None) -> Ref | None:
    """The person named last before token ``before`` with the title word ``word`` ("minister").

    holders (list[_Holder]): the Doc's title holders (title_holders).
    word (str): a lowercase title word.
    before (int): a token index.
    colleague (Ref | None): if given, only a holder whose office has the same body as this
        person's ("our minister" in a spokesperson's answer; no body named counts as the same)
        and who is no one's counterpart.
    RETURNS (Ref | None): the person, or None when no one named before has that title.
    """
    side = {ref: body for _, ref, _, body in holders}.get(colleague) if colleague is not None else None
    found = None
    for span, ref, words, body in holders:
        if span.start >= before:
            break
        if word in words and (colleague is None or body == side and not words & _OTHER_SIDE):
            found = ref
    return found


def _title_phrase(title: str) -> str:
    """A title's words before its body, lowercase: "Prime Minister of Norway" -> "prime minister"."""
    words = title.lower().split()
    cut = next((n for n, w in enumerate(words) if w in _TITLE_LINKS and n > 0), len(words))
    return " ".join(words[:cut])


def _title_head(title: str) -> str:
    """The head word of a title, lowercase: "Minister of Finance" -> "minister"."""
    words = _title_phrase(title).split()
    return words[-1] if words else ""


def capital_state(lexicons: Lexicons, name: Span) -> Ref | None:
    """"Oslo would release ...", "Beijing says ...": the state whose government a capital's
    name stands for. The capital stays a place among the actors (issue 3); Brussels, the
    usual name for the EU's institutions, stands for no one state."""
    country = lexicons.country_of_capital(name.text)
    return ("Country", country.name) if country is not None else None


def run_on_end(doc: Doc, sent: Span) -> int:
    """Where a sentence really ends: the parser sometimes ends one inside a name ("pilot the
    UNESCO | Readiness Assessment Methodology in ..."); a sentence that ends on a word, with
    no line break after it, runs on to the end of the next one."""
    last = doc[sent.end - 1]
    if sent.end >= len(doc) or not last.is_alpha or "\n" in last.whitespace_ or doc[sent.end].is_space:
        return sent.end
    return doc[sent.end].sent.end


def noun_phrase(head: Token) -> list[Token]:
    """A subject's words without its relative and appositive clauses' verbs' objects."""
    subtree = list(head.subtree)
    inside = {t.i for t in subtree}  # a set: the subtree once, not once per ancestor
    return [t for t in subtree if not any(a.dep_ in ("relcl", "acl", "advcl") for a in t.ancestors if a.i in inside and a.i != head.i)]


def salient_person(sent: Span, index: dict[int, Span]):
    """The person a following "he"/"she" most likely means: the sentence's subject if it is a
    person, else the last person named in it."""
    people = [i for i in range(sent.start, sent.end) if i in index and index[i].label_ == "Person"]
    subjects = [index[i] for i in people if sent.doc[i].dep_ in ("nsubj", "nsubjpass")]
    chosen = subjects[0] if subjects else (index[people[-1]] if people else None)
    return mention_ref(chosen) if chosen is not None else None


def _trim(doc: Doc, start: int, end: int, min_tokens: int = 2) -> tuple[int, int] | None:
    while start < end and (doc[start].is_space or doc[start].text in _TRIM.strip() or doc[start].text in (",", ";", ":")):
        start += 1
    texts = doc_tokens(doc).texts
    # a quote mark that closes a quotation opened inside the content stays: the agenda "has reached its limits"
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and texts[end - 1] not in ")" and not (texts[end - 1] in ("”", '"') and any(t in ("“", '"') for t in texts[start : end - 1]))):
        end -= 1
    return (start, end) if end - start >= min_tokens else None


def _quote_opened_before(doc: Doc, start: int, end: int) -> int | None:
    """The opening quote mark of a quotation that ends right after ``end`` but began before
    ``start`` (in an earlier sentence of the same paragraph), if there is one."""
    if not _closes_at(doc, end) or (start > 0 and doc[start - 1].text in ("“", '"')):
        return None
    return _opening_quote(doc, start)


def _item_of(doc: Doc, verb: int) -> int | None:
    """The first token of the list item a verb opens, or of the item it is coordinated in
    ("2. RECALLS ..., and UNDERLINES that ..."); None when it stands in no list item."""
    start = item_start(doc, verb)
    lowers = doc_tokens(doc).lowers
    if start is not None or lowers[verb - 1] != "and":
        return start
    for k in range(verb - 2, max(-1, verb - 200), -1):
        if lowers[k] in (";", ":") or doc[k].is_space and "\n" in doc[k].text:
            break
        start = item_start(doc, k) if doc[k].text[:1].isupper() else None
        if start is not None:
            return start
    return None


def _dedupe_refs(refs: list[Ref]) -> list[Ref]:
    """Actors in their first order, each once."""
    return list(dict.fromkeys(refs))


def _co_speakers(subject: Span, speaker: Ref, index: dict[int, Span]) -> list[Ref]:
    """The actors coordinated with a speaker's mention ("A and B said"), other than the speaker."""
    found: list[Ref] = []
    for token in subject.root.conjuncts:
        mention = index.get(token.i)
        if mention is not None and mention.label_ in ("Person",) + COLLECTIVE and mention_ref(mention) not in [speaker] + found:
            found.append(mention_ref(mention))
    return found


def _clause_as_object(noun: Token) -> bool:
    """Whether a reporting verb's object is a clause the parser read as a noun with a
    participle ("said the presidency aimed to ..."): an acl child in a finite form, or a past
    participle with a complement of its own ("the plan approved by the cabinet" is a noun)."""
    return any(
        c.dep_ == "acl" and c.i > noun.i and (c.tag_ in ("VBD", "VBZ", "VBP") or c.tag_ == "VBN" and any(g.dep_ in ("xcomp", "ccomp", "dobj") for g in c.children))
        for c in noun.children
    )


def _attribution(verb: Token, subject: Span | None) -> tuple[int, int]:
    """The tokens [front, back) of an attribution: the verb and its subject, with the title
    before the subject's name ("Peruvian Foreign Minister X said")."""
    doc = verb.doc
    front = min(subject.start if subject is not None else verb.i, verb.i)
    back = max(subject.end if subject is not None else verb.i + 1, verb.i + 1)
    while front > 0 and doc[front - 1].dep_ in ("compound", "amod", "det", "poss", "nmod") and front <= doc[front - 1].head.i < back:
        front -= 1
    return front, back


def _whole_quotation(doc: Doc, start: int, end: int, front: int, back: int, verbs: list[int]) -> tuple[int, int] | None:
    """The whole of a quotation that reaches past the content [start, end) read around its
    attribution (tokens [front, back)), or None: “A,” she said. “B. C.” and “A,” she said,
    “B.” (content A or B: A to C), she said: “A. B.” (content A: A to B). A reporting verb
    after the attribution, up to the quotation's end, says the rest is someone else's."""
    closing = None
    if end <= front and _closes_at(doc, end):
        # the quotation may go on after the attribution, in its sentence or the next one; a verb
        # before it makes the next quotation part of another clause ("she said, calling it “...”")
        stop = min(len(doc), doc[back - 1].sent.end + 1)
        opening = next((j for j in range(back, stop) if _opens(doc, j) or doc[j].pos_ in ("VERB", "AUX") or doc[j].is_space and "\n" in doc[j].text), None)
        closing = _closing_quote(doc, opening) if opening is not None and _opens(doc, opening) else None
    elif start >= back:
        if start > 0 and _opens(doc, start - 1):
            closing = _closing_quote(doc, start - 1)  # she said: “A. B.”
            closing = closing if closing is not None and closing > end else None
        # “A,” she said, “B.”: the quotation began before the attribution, which a comma ends
        interrupted = front > 2 and doc[front - 1].text in ("”", '"') and doc[front - 2].text == "," and _opens(doc, start - 1)
        before = _opening_quote(doc, front - 1) if interrupted else None
        if before is not None and not _verb_between(verbs, before, front):
            start = before + 1
        elif closing is None:
            return None
    if closing is None or _verb_between(verbs, back, doc[closing].sent.end):
        return None
    return _trim(doc, start, closing)


def _verb_between(verbs: list[int], start: int, end: int) -> bool:
    """Whether a reporting verb (of the sorted token indices ``verbs``) lies in [start, end)."""
    return bisect.bisect_left(verbs, start) < bisect.bisect_left(verbs, end)


def _opens(doc: Doc, i: int) -> bool:
    """Whether token i opens a quotation (a straight quote mark opens when a word follows it
    and none precedes it)."""
    tokens = doc_tokens(doc)
    if tokens.texts[i] != '"':
        return tokens.texts[i] == "“"
    attached_before = i > 0 and not tokens.is_space[i - 1] and tokens.starts[i] == tokens.starts[i - 1] + len(tokens.texts[i - 1])
    return not attached_before and i + 1 < len(doc) and tokens.starts[i + 1] == tokens.starts[i] + 1 and not tokens.is_punct[i + 1]


def _closes_at(doc: Doc, end: int) -> bool:
    """Whether a quotation closes at token ``end``, or after a comma or full stop there."""
    texts = doc_tokens(doc).texts
    return end < len(doc) and (texts[end] in ("”", '"') or texts[end] in (",", ".") and end + 1 < len(doc) and texts[end + 1] in ("”", '"'))


def _opening_quote(doc: Doc, start: int, reach: int = 200) -> int | None:
    """The opening mark of the quotation still open before token ``start``, in its paragraph."""
    tokens = doc_tokens(doc)
    for i in range(start - 1, max(-1, start - reach), -1):
        text = tokens.texts[i]
        if text == "“" or text == '"' and _opens(doc, i):
            return i
        if text in ("”", '"') or (tokens.is_space[i] and "\n" in text):
            return None  # a quotation closed before: the text after it is not quoted
    return None


def _closing_quote(doc: Doc, opening: int, reach: int = 200) -> int | None:
    """The mark that closes the quotation opened at token ``opening``, in its paragraph."""
    tokens = doc_tokens(doc)
    for i in range(opening + 1, min(len(doc), opening + reach)):
        text = tokens.texts[i]
        if text == "“" or (tokens.is_space[i] and "\n" in text):
            return None
        if text == "”" or (text == '"' and tokens.starts[i] == tokens.starts[i - 1] + len(tokens.texts[i - 1])):
            return i
    return None


def _quoted(doc: Doc, start: int, end: int) -> bool:
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    return before in _OPEN_QUOTES and before != "" and after in _CLOSE_QUOTES + ",." and after != ""

