"""Finding commitments: actors binding themselves to a future action.

Constructions read:
- commitment verbs with a complement: "X committed to / is committed to / agreed to /
  pledged to / vowed to / promised to / undertook to / resolved to / decided to ...";
- commitment verbs with what is promised as their object: "X pledged $400 million over five
  years", "X promised a review" (not "pledged allegiance", not "committed crimes");
- "X (re)affirmed its commitment to ...", "X renewed its pledge to ..."; an owner named with
  the noun is the party ("the minister reaffirmed Kenya's commitment to ...");
- modal undertakings: "X will / shall <agentive verb> ..." (not "will be", not plain facts);
- negation: "X refused / declined to ...", "X will not ...";
- parties as object: "The agreement commits Kenya and Uganda to ...";
- operative clauses of official texts: "The Ministers of A and B:\n\na) Agree to ...; b) Decide to ...",
  "The Security Council,\n\nRecalling ...,\n\n1. Decides to ...": the clause has no subject;
  the subject that introduced its list stands for it.
Parties are the actors of the subject, after resolving "both countries", "the two sides",
"the two leaders", "they" (the actors last named together, or their states), "we" (the
speaker's state or body inside a quote, with the side the speaker met for "we have agreed",
else the document's signatories), a definite generic head ("the agency", "the government": the nearest actor of fitting kind before it;
"his side": what the speaker acts for) and a bare definite title ("The Chair will ...": its holder named before).
Every name of a list is a party, also where the parser cuts the list apart; "the two
leaders" are also the last two people who spoke or acted in turn, and in a text in its own
voice (a readout, a declaration) the states they serve; "it" in what a state or body said
is that state or body ("Portugal said it would ..."), unless its verb states an outcome
("it would cost / allow ...") or a thing named before it in the clause may be "it".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import NamedTuple

import numpy
from spacy.attrs import DEP, HEAD, LEMMA
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicons
from .mentions import COLLECTIVE, STATE_OF, Ref, actor_parent, info_key, mention_index, mention_ref, mentions_between, mentions_in
# the shared reading of operative lists, under the names this module always used
from .operative import FINITE_TAGS as _FINITE_TAGS
from .operative import base_form as _base_form
from .operative import item_end as _item_end
from .operative import item_start as _item_start
from .operative import list_subject as _list_subject
from .statements import capital_state, nearest_holder, noun_phrase, run_on_end, salient_person, title_holders
from .tokens import doc_tokens

if not Doc.has_extension("govgraph_commitments"):
    Doc.set_extension("govgraph_commitments", default=[])
if not Doc.has_extension("govgraph_we"):
    # The actors "we" stands for in this document (set by the commitment finder).
    Doc.set_extension("govgraph_we", default=[])

_TRAILING = " \t\n,;:.\"“”‘’'"
#: Verbs whose subject and object are two sides of one meeting ("X held talks with Y").
_MEETING_VERBS = ("meet", "hold", "talk", "speak", "call", "phone", "host", "receive", "welcome", "sign", "conclude", "discuss")
#: Commitment verbs that bind their object, not their subject ("the pact commits Kenya to ...").
_OBJECT_BINDING_VERBS = ("commit",)
#: Commitment verbs whose direct object can be what is promised ("pledged $400 million",
#: "promised a review", "agreed a ceasefire"); "decided the case", "resolved the dispute" and
#: "undertook a mission" report what was done.
_OBJECT_ACTION_VERBS = ("pledge", "promise", "vow", "guarantee", "agree", "commit")
#: Where a Doc keeps its title holders (statements.title_holders) once read.
_HOLDERS_KEY = "govgraph_commitment_title_holders"
#: Pronouns standing for an action said before ("agreed on that").
_BACK_REFERENCES = ("that", "this", "it", "those", "these")
#: Objects that make an act of a verb that mostly states a fact ("will take part").
_AGENTIVE_OBJECTS = {"take": ("part", "step", "measure", "action", "lead")}
#: Objects that declare a stance rather than name something to be given or done ("pledged allegiance").
_STANCE_OBJECTS = ("allegiance", "loyalty", "fealty", "solidarity", "sympathy", "condolence", "gratitude", "thanks")


class _Reading(NamedTuple):
    """A predicate read as a commitment."""

    modality: str
    negated: bool
    start: int  # the first token of the action
    head: Token  # the token whose subject (or bound object) is the party
    # the party's phrase when it is not the predicate's subject: an operative clause's list
    # subject ("The Assembly:"), the owner of the commitment noun ("Kenya's commitment")
    subject: Span | None = None
    end: int | None = None  # where an operative clause ends (its ";" or line break)


class CommitmentFinder:
    """Annotate ``doc._.govgraph_commitments``: dicts with parties, modality, action span, negation."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        lexicons: Lexicons,
        *,
        commitment_verbs: dict[str, str],
        commitment_nouns: dict[str, str],
        affirming_verbs: dict[str, str],
        refusal_verbs: Iterable[str],
        modal_verbs: dict[str, str],
        non_agentive_verbs: Iterable[str],
        consequence_verbs: Iterable[str],
        plural_references: Iterable[str],
        person_group_nouns: Iterable[str],
        first_person_plural: Iterable[str],
        reporting_verbs: Iterable[str],
        generic_heads: dict[str, list[str]],
        generic_head_reach: int,
    ) -> None:
        self.name = name
        self.lexicons = lexicons
        self.commitment_verbs = commitment_verbs
        self.commitment_nouns = commitment_nouns
        self.affirming_verbs = affirming_verbs
        self.refusal_verbs = set(refusal_verbs)
        self.modal_verbs = modal_verbs
        self.non_agentive = set(non_agentive_verbs)
        self.consequence_verbs = set(consequence_verbs)
        self.plural_references = [tuple(p.lower().split()) for p in plural_references]
        self.person_group_nouns = {w.lower() for w in person_group_nouns}
        self.first_person_plural = {w.lower() for w in first_person_plural}
        self.reporting_verbs = set(reporting_verbs)
        # head noun -> what it can stand for: actor categories and organisation kinds
        # (capitalised: "Country", "InternationalOrganization") or words of a name ("bank")
        self.generic_heads = {head.lower(): set(fits) for head, fits in generic_heads.items()}
        self.generic_head_reach = generic_head_reach

    def __call__(self, doc: Doc) -> Doc:
        index = mention_index(doc)
        we = self._first_person(doc, index)
        doc._.govgraph_we = list(we)
        found: list[dict] = []
        groups: dict[str, list[Ref]] = {"collective": [], "people": [], "last": [], "defined": _defined_parties(doc)}
        text = doc_tokens(doc).text
        predicates = self._possible_predicates(doc)
        for sent in doc.sents:
            if text[sent.start_char : sent.end_char].rstrip().endswith("?"):
                continue  # "Will Kenya sign?" asks; it undertakes nothing
            for i in predicates[bisect.bisect_left(predicates, sent.start) : bisect.bisect_left(predicates, sent.end)]:
                token = doc[i]
                reading = self._list_item(doc, token) or self._commitment(doc, sent, token)
                if reading is None:
                    continue
                modality, negated = reading.modality, reading.negated
                before = _named_together(doc, doc[sent.start : token.i], index)
                _update_groups(doc, groups, before)
                _update_leaders(doc, groups, before)
                parties = self._parties(doc, reading, index, groups, we)
                if not parties:
                    continue
                end = self._clause_end(doc, sent, token)
                span = _trim(doc, reading.start, end if reading.end is None else min(end, reading.end))
                if span is None or doc[span[0] : span[1]].text.lower() in _NO_ACTION:
                    continue
                found.append(
                    {
                        "parties": parties,
                        "modality": modality,
                        "negated": negated,
                        "start": doc[span[0]].idx,
                        "end": doc[span[1] - 1].idx + len(doc[span[1] - 1]),
                        "sentence": (sent.start, sent.end),
                        "anchor": token.i,
                        "deadline": _deadline(doc, *span),
                        "condition": _condition(doc, *span) or _fronted_condition(doc, reading.head),
                    }
                )
            subject = self._plural_subject(doc, sent, index, groups, we)
            together = _named_together(doc, sent, index)
            _update_groups(doc, groups, together)
            _update_leaders(doc, groups, together)
            _update_turns(doc, groups, sent)
            if subject:
                # "The two leaders welcomed a deal between A and B. They agreed ...": "they" is the subject before
                groups["last"] = subject
        doc._.govgraph_commitments = _unique(found)
        doc.user_data.pop(_HOLDERS_KEY, None)  # Spans: no part of a Doc that may be serialised
        return doc

    # -- the predicate --------------------------------------------------------------------

    def _possible_predicates(self, doc: Doc) -> list[int]:
        """The tokens _commitment or _list_item may read as a predicate, by their lemma or word
        alone; read from the Doc's arrays, so that no Token is made for the others."""
        lemmas = set(self.commitment_verbs) | self.refusal_verbs | set(self.affirming_verbs)
        # "DECIDES", "Commits" opening an operative clause: the model often gives no lemma to these
        words = set(self.commitment_verbs) | set(self.modal_verbs) | {lemma + "s" for lemma in lemmas}
        strings = doc.vocab.strings
        lowers = doc_tokens(doc).lowers
        return [i for i, lemma in enumerate(doc.to_array(LEMMA).tolist()) if lowers[i] in words or strings[lemma].lower() in lemmas]

    def _list_item(self, doc: Doc, verb: Token) -> _Reading | None:
        """An operative clause: a commitment verb opening an item of a list whose subject
        introduced it ("The Assembly:\n\na) Decides to ...", "The Security Council, recalling
        ..., 1. Decides to ..."), the clause having no subject of its own."""
        start = _item_start(doc, verb.i)
        if start is None:
            return None
        verb_reading = self._item_verb(doc, verb)
        if verb_reading is None:
            return None
        subject = _list_subject(doc, start)
        if subject is None:
            return None
        modality, negated, action_start = verb_reading
        return _Reading(modality, negated, action_start, verb, subject, _item_end(doc, verb.i, verb.sent.end))

    def _item_verb(self, doc: Doc, verb: Token) -> tuple[str, bool, int] | None:
        """(modality, negated, first token of the action) of the verb opening an operative
        clause or a preamble paragraph, read from the words: "Decides (not) to ...", "Agrees on
        ...", "Reaffirms its (strong) commitment to ...", "Reaffirming its commitment to ...".
        The model's parse of these clauses is unreliable ("Resolves" as a noun, "DECIDES" as
        an adjective)."""
        lowers = doc_tokens(doc).lowers
        j = verb.i + 1
        negated = j < len(doc) and lowers[j] == "not"
        j += negated
        for form in (_base_form(lowers[verb.i]), verb.lemma_.lower()):
            if (form in self.commitment_verbs or form in self.refusal_verbs) and j < len(doc) and lowers[j] in ("to", "on"):
                refused = form in self.refusal_verbs
                return ("refuse" if refused else self.commitment_verbs[form]), negated or refused, j + 1
            if form in self.affirming_verbs:
                return self._affirmed_commitment(doc, verb, form, j, negated)
        # "7. WILL continue to work with ...": an undertaking of the list's subject, as "X will" is
        modal = self.modal_verbs.get(lowers[verb.i])
        if modal in ("will", "shall") and j < len(doc) and doc[j].is_alpha and lowers[j] not in self.non_agentive:
            return modal, negated, j
        return None

    def _affirmed_commitment(self, doc: Doc, verb: Token, form: str, j: int, negated: bool) -> tuple[str, bool, int] | None:
        """(modality, negated, first token of the action) of "Reaffirms its commitment to ...",
        the noun among the words from token j ("its full and unwavering commitment")."""
        lowers = doc_tokens(doc).lowers
        for k in range(j, min(j + _AFFIRMED_NOUN_REACH, len(doc))):
            noun = _base_form(lowers[k])
            if noun in self.commitment_nouns:
                start = _noun_complement_start(doc, verb.sent, doc[k])
                return (self.affirming_verbs[form] or self.commitment_nouns[noun], negated, start) if start is not None else None
        return None

    def _commitment(self, doc: Doc, sent: Span, token: Token) -> _Reading | None:
        """A predicate with its subject in its own clause, read from the parse."""
        lemma = token.lemma_.lower()
        lower = token.lower_
        negated = any(c.dep_ == "neg" for c in token.children)
        # "X committed to ...", "X is committed to ...", "X pledged to ..."
        if (lemma in self.commitment_verbs or lower in self.commitment_verbs) and not (token.dep_ == "xcomp" and token.head.lemma_.lower() in self.refusal_verbs):
            modality = self.commitment_verbs.get(lemma) or self.commitment_verbs[lower]
            start = _complement_start(doc, sent, token)
            if start is not None:
                return _Reading(modality, negated, start, _clause_head(token))
        # "X refused to ..." / "X declined to ..."
        if lemma in self.refusal_verbs:
            start = _complement_start(doc, sent, token)
            if start is not None:
                return _Reading("refuse", True, start, _clause_head(token))
        # "X (re)affirmed its commitment to ...", "X expressed Japan's intention to ..."
        if lemma in self.affirming_verbs:
            for child in token.children:
                if child.dep_ == "dobj" and child.lemma_.lower() in self.commitment_nouns:
                    start = _noun_complement_start(doc, sent, child)
                    if start is not None:
                        modality = self.affirming_verbs[lemma] or self.commitment_nouns[child.lemma_.lower()]
                        return _Reading(modality, negated, start, token, _possessor(doc, child))
        # "X will <verb> ...", and "Y said (that) X would <verb> ..."
        if lower in self.modal_verbs and token.dep_ == "aux":
            verb = token.head
            if verb.i < token.i or verb.lemma_.lower() in self.non_agentive and not _acting_object(verb):
                return None
            if self.modal_verbs[lower] == "would" and not self._reported(verb):
                return None  # "would" alone is a conditional, not an undertaking
            if not self._main_or_reported(verb):
                return None  # "(hope) that X will", "(whether) X will": no undertaking
            if verb.lemma_.lower() in self.commitment_verbs or any(c.dep_ == "auxpass" for c in verb.children):
                return None  # "will commit to" is read at the verb; passives are not undertakings
            negated = any(c.dep_ == "neg" for c in verb.children)
            start = token.i + 1
            while start < verb.i and doc[start].dep_ in ("advmod", "neg"):
                start += 1
            return _Reading("will" if self.modal_verbs[lower] == "would" else self.modal_verbs[lower], negated, start, verb)
        return None

    def _main_or_reported(self, verb: Token) -> bool:
        """Whether a clause is asserted: a main clause, or what someone said or pledged (and
        not asked "whether" or made conditional with "if")."""
        head = verb
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children):
            return False
        return head.dep_ == "ROOT" or self._reported(head)

    def _reported(self, verb: Token) -> bool:
        """Whether a clause is what someone said or pledged ("said Poland would ...")."""
        while verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
        governor = verb.head
        return verb.dep_ in ("ccomp",) and (governor.lemma_.lower() in self.reporting_verbs or governor.lemma_.lower() in self.commitment_verbs)

    def _clause_end(self, doc: Doc, sent: Span, predicate: Token) -> int:
        """The end of the action: the sentence end, the end of the quote it is said in
        ("“We will ...,” said X") or of the clause it is said in ("X will ..., Y said"), or
        before a following clause with its own subject."""
        end = run_on_end(doc, sent)
        if _inside_quotes(doc, predicate.i):
            end = next((t.i for t in doc[predicate.i + 1 : sent.end] if t.text in ("”", '"')), end)
        clause = predicate.head if predicate.dep_ == "aux" else predicate
        if clause.head.i > clause.i:
            # "Kenya will contribute $40 million, the minister said": the clause hangs on a verb after it
            end = min(end, clause.right_edge.i + 1)
        for token in doc[predicate.i + 1 : end]:
            if token.dep_ != "conj":
                continue
            subjects = [c for c in token.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who")]
            if subjects and subjects[0].i > predicate.i:
                end = min(end, _cut_before(doc, predicate.i, subjects[0].left_edge.i))
            elif token.tag_ in _FINITE_TAGS and (token.head.i == predicate.i or token.head.dep_ == "xcomp" and token.head.head.i == predicate.i):
                # "Decides to establish X, and requests Y", "agreed to widen X and signed Y" (which
                # the model may hang on "widen"): the subject goes on to do something else
                end = min(end, _cut_before(doc, predicate.i, token.i))
        return end

    # -- the parties ----------------------------------------------------------------------

    def _parties(self, doc: Doc, reading: _Reading, index, groups: dict[str, list[Ref]], we: list[Ref]) -> list[Ref]:
        head = reading.head
        # an agreement has two sides: "we have agreed" after a meeting is both of them
        reciprocal = reading.modality == "agree"
        if reading.subject is not None:
            # an operative clause's list subject or a commitment noun's owner, read as any subject is
            return self._phrase_actors(doc, reading.subject.root, list(reading.subject), head, index, groups, we, reciprocal) or []
        # "The agreement commits Kenya to ...": the object; "X committed $40 million to ...": the subject
        bound = self._actors_of(doc, _bound_objects(head), head, index, groups, we, reciprocal)
        if bound:
            return bound
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and head.dep_ in ("xcomp", "conj", "acomp") and head.head is not head:
            subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return _whole_list(doc, self._actors_of(doc, subjects, head, index, groups, we, reciprocal), subjects, head)

    def _actors_of(self, doc: Doc, subjects: list[Token], head: Token, index, groups: dict[str, list[Ref]], we: list[Ref], reciprocal: bool) -> list[Ref]:
        """The actors the first of the phrases (the heads of subjects or bound objects of head)
        that stands for any stands for: a pronoun, a group reference, named actors or a generic head."""
        for subject in subjects:
            found = self._phrase_actors(doc, subject, list(subject.subtree), head, index, groups, we, reciprocal)
            if found is not None:
                return found
        return []

    def _phrase_actors(
        self, doc: Doc, subject: Token, tokens: list[Token], head: Token, index, groups: dict[str, list[Ref]], we: list[Ref], reciprocal: bool
    ) -> list[Ref] | None:
        """The actors a subject phrase (its head token and its tokens) stands for; None when it
        names or points to no actor at all, [] when it points to actors the text leaves unknown."""
        ours = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ == "our"), None)
        if subject.lower_ in self.first_person_plural or ours is not None:
            # "we", and "our coast guards shall ..." in a joint text
            return self._first_person_parties(doc, ours or subject, index, we, reciprocal)
        if subject.lower_ in ("he", "she"):
            speaker = self._reporter(doc, head, index) or _person_before(doc, subject, head, index)
            return [speaker] if speaker is not None else []
        if subject.lower_ == "they":
            return list(groups["last"])
        if groups["defined"] and _names_parties(subject, tokens, index):
            # "Each Party shall ...", "The Participants will ...": the signatories the text defined
            return list(groups["defined"])
        if we and subject.text[:1].isupper() and subject.lemma_.lower() in _SIGNATORY_NOUNS and _names_parties(subject, tokens, index, _SIGNATORY_NOUNS):
            # "The Leaders agree ..." in a declaration: a capitalised noun is its defined term for the signatories
            return list(we)
        reference = self._group_reference(subject, tokens)
        if reference == "people" and subject.lemma_.lower() == "leader" and groups.get("leaders"):
            # "Both leaders": the heads of state or government named together last, not their envoys
            return list(groups["leaders"])
        if reference is not None:
            # in a joint text with no group named yet, "both countries" are its signatories
            return _resolve_group(reference, groups) or (list(we) if reference == "collective" else [])
        found = mentions_in(doc, tokens, ("Person",) + COLLECTIVE)
        if len(found) >= 2 and all(s.label_ == "Person" for s in found):
            # "President A and Prime Minister B committed to ...": in a readout, their states
            return _leaders(doc, _dedupe([mention_ref(s) for s in found]))
        if found:
            return _dedupe([mention_ref(s) for s in found])
        capital = capital_state(self.lexicons, doc[tokens[0].i : tokens[-1].i + 1]) if tokens else None
        if capital is not None:
            return [capital]
        antecedent = self._generic_antecedent(doc, subject, head, index) or _body_named_before(doc, subject, tokens) or _titled_person(doc, subject)
        return [antecedent] if antecedent is not None else None

    def _plural_subject(self, doc: Doc, sent: Span, index, groups: dict[str, list[Ref]], we: list[Ref]) -> list[Ref]:
        """The actors a sentence's plural subject stands for ("The two leaders", "Kenya and
        Uganda", "They"), as _leaders reads people; empty for a singular or unresolved subject."""
        root = sent.root
        for subject in (c for c in root.children if c.dep_ == "nsubj"):
            if subject.lower_ != "they" and subject.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in subject.children):
                return []
            found = self._phrase_actors(doc, subject, list(subject.subtree), root, index, groups, we, False) or []
            if len(found) >= 2:
                return _leaders(doc, found) if all(ref[0] == "Person" for ref in found) else found
        return []

    def _reporter(self, doc: Doc, verb: Token, index, categories: tuple[str, ...] = ("Person",)) -> Ref | None:
        """"X said she would ...": the actor whose reported clause this is."""
        while verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
        if verb.dep_ != "ccomp":
            return None
        return _subject_actor(doc, verb.head, index, categories)

    def _first_person_parties(self, doc: Doc, we_token: Token, index, we: list[Ref], reciprocal: bool = False) -> list[Ref]:
        """Who "we" (or "our") is: inside a quote or an interview answer, the state or body the
        speaker acts for ("Senegal's trade minister said: “we have committed ...”" -> Senegal),
        and, for a reciprocal undertaking ("we have agreed"), the sides the speaker agreed with
        (_partners); elsewhere the document's signatories."""
        speaker = self._quote_speaker(doc, we_token, index)
        if speaker is None:
            return list(we)
        body = _acting_for(doc, speaker)
        if body is None:
            return []  # a speaker with no office (or a former one) speaks for no state: "we" stays unresolved
        return [body] + (_partners(doc, we_token, speaker, body, index) if reciprocal else [])

    def _quote_speaker(self, doc: Doc, token: Token, index) -> Ref | None:
        """The actor whose quoted words or interview answer hold a token, if any."""
        quoted = _inside_quotes(doc, token.i)
        for statement in doc._.govgraph_statements:
            if statement["start"] <= token.idx < statement["end"] and (quoted or statement["mode"] == "interview"):
                return tuple(statement["speaker"])  # type: ignore[return-value]
        if not quoted:
            return None
        # "Senegal's trade minister said: “...”": the statement finder wants a named speaker; a
        # state or body named in the reporting verb's subject speaks here too
        for verb in token.ancestors:
            if verb.lemma_.lower() in self.reporting_verbs and not _inside_quotes(doc, verb.i):
                return _subject_actor(doc, verb, index, ("Person",) + COLLECTIVE)
        return None

    def _generic_antecedent(self, doc: Doc, subject: Token, head: Token, index) -> Ref | None:
        """The actor "the agency", "the bank" or "the government" stands for: the body the
        speaker of the clause acts for when it fits the noun, else the nearest actor of fitting
        kind named before it (in its sentence or the few before), else the only one of fitting
        kind the text names further before. "her government" is only
        the speaker's. "it" in what a state or body said or promised is that state or body
        ("Portugal said it would ...")."""
        if subject.lower_ == "it":
            if head.lemma_.lower() in self.consequence_verbs or _thing_before(doc, subject, head, index):
                return None  # "said it would allow ...", "said the plan was ready and it would ...": a thing
            return self._reporter(doc, head, index, COLLECTIVE)
        fits = self.generic_heads.get(subject.lemma_.lower())
        determiners = [c.lower_ for c in subject.children]
        if fits is None or subject.tag_ != "NN" or determiners not in (["the"], ["his"], ["her"], ["its"]):
            return None  # only a bare "the agency": "the UN agency", "an agency", "agencies" say more or less
        speaker = self._reporter(doc, head, index, ("Person",) + COLLECTIVE)
        body = _acting_for(doc, speaker) if speaker is not None else None
        if body is not None and _fits(doc, body, fits):
            return body
        if determiners != ["the"]:
            return None  # "her government": the speaker's, or none we know
        start = _sentences_back(doc, subject.sent, self.generic_head_reach).start
        for span in reversed(mentions_between(doc, start, subject.i)):
            if _fits(doc, mention_ref(span), fits):
                return mention_ref(span)
        # "the department" paragraphs after the one department the text names is still that one
        earlier = {mention_ref(span) for span in mentions_between(doc, 0, start) if _fits(doc, mention_ref(span), fits)}
        return earlier.pop() if len(earlier) == 1 else None

    def _group_reference(self, subject: Token, tokens: list[Token]) -> str | None:
        """"both countries", "the two leaders", "the ministers": which group it points to, if any."""
        words = tuple(t.lower_ for t in tokens if not t.is_punct)
        listed = any(words[-len(p) :] == p for p in self.plural_references)
        counted = subject.tag_ == "NNS" and any(t.lower_ in ("both", "two", "three", "four", "five", "all") for t in subject.children)
        people = subject.tag_ == "NNS" and subject.lemma_.lower() in self.person_group_nouns and any(t.lower_ == "the" for t in subject.children)
        if not (listed or counted or people):
            return None
        return "people" if subject.lemma_.lower() in self.person_group_nouns else "collective"

    def _first_person(self, doc: Doc, index) -> list[Ref]:
        """Who "we" is: "We, the leaders of A and B," or the leaders named at the opening."""
        for token in (doc[i] for i, word in enumerate(doc_tokens(doc).lowers) if word == "we"):
            appositions = [c for c in token.children if c.dep_ == "appos"]
            if not appositions and token.i + 2 < len(doc) and doc[token.i + 1].text == ",":
                appositions = [doc[token.i + 2]] if doc[token.i + 2].dep_ in ("appos", "det", "nsubj") else []
            for appos in appositions:
                span = _apposition_span(doc, token, index)
                if span is None:
                    continue
                inside = mentions_in(doc, span, COLLECTIVE)
                leaders = any(t.lemma_.lower() in ("leader", "head", "representative") for t in span)
                if inside and leaders:
                    return _dedupe([mention_ref(s) for s in inside])
                signatories = _signing_people(doc, token, index)
                if signatories:
                    return signatories
                if span[0].lower_ == "the":
                    span = span[1:]
                if len(span) and span[0].text[:1].isupper():
                    name = span.text
                    info = doc._.govgraph_actor_info
                    info.setdefault(info_key(("Organization", name)), {"kind": None, "country_code": None, "wikidata": None, "parent": None})
                    return [("Organization", name)]
        return self._signatories(doc)

    def _signatories(self, doc: Doc) -> list[Ref]:
        """The states or bodies of the leaders named together in the opening paragraph."""
        roles = doc._.govgraph_roles if Doc.has_extension("govgraph_roles") else []
        first = next(iter(doc.sents), None)
        if first is None:
            return []
        opening = [r for r in roles if r["sentence"][0] <= first.end + 1 and r["sentence"][0] < 120 and r["organization"]]
        if len({r["person"] for r in opening}) < 2:
            return []
        return _dedupe([_state_or_body(doc, tuple(role["organization"])) for role in opening])  # type: ignore[arg-type]


def _possessor(doc: Doc, noun: Token) -> Span | None:
    """The state or body named as the owner of a commitment noun, the party of the commitment
    whoever voices it: "the minister reaffirmed Kenya's commitment to ...", "X expressed
    Japan's intention to ..."; None for "its commitment" or a person's, which leave the
    subject the party.

    doc (Doc): a document annotated by the actor finder.
    noun (Token): the commitment noun.
    RETURNS (Span | None): the owner's mention.
    """
    index = mention_index(doc)
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i in index), None)
    return index[owner.i] if owner is not None and index[owner.i].label_ in COLLECTIVE else None


def _thing_before(doc: Doc, it: Token, verb: Token, index) -> bool:
    """Whether "it" may be a thing named in the reported clause before it ("Kenya said the plan
    was ready and it would create jobs"): a singular noun that is no actor's name and is the
    subject or object of a verb of that clause (not the reporting verb's own object: "Kenya
    told the council it would ...").

    doc (Doc): a document annotated by the actor finder.
    it (Token): the pronoun.
    verb (Token): the verb "it" is the subject of.
    index: the mention index of the document.
    RETURNS (bool): True when such a noun comes between the clause's start and "it".
    """
    clause = verb
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    reporting = clause.head
    return any(
        t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.tag_ in ("NN", "NNP") and t.head is not reporting and t.i not in index and t.ent_type_ not in ("DATE", "TIME")
        for t in doc[clause.left_edge.i : it.i]
    )


def _bound_objects(verb: Token) -> list[Token]:
    """The parties a verb binds in its object: "The agreement commits Kenya and Uganda to ...";
    the owners in "commits the three countries' coast guards to ..."; none in "commits itself".

    verb (Token): the commitment's predicate.
    RETURNS (list[Token]): the object (or its owner) for each object, to be read as a subject.
    """
    if verb.lemma_.lower() not in _OBJECT_BINDING_VERBS:
        return []
    # "commits Kenya to open ...": the parser may make the object the subject of the infinitive
    clauses = [c for c in verb.children if _infinitive_to(c) is not None]
    found = []
    for obj in [c for c in verb.children if c.dep_ == "dobj"] + [s for c in clauses for s in c.children if s.dep_ == "nsubj"]:
        if obj.pos_ != "PRON" and not _object_is_action(verb.doc, verb, obj):  # "committed two battalions": what, not who
            # the coast guards of the countries act for them; "our coast guards" stay first person
            owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            found.append(owner or obj)
    return found


def _complement_start(doc: Doc, sent: Span, verb: Token) -> int | None:
    """Where the complement of a commitment verb starts: "to <verb>" or "to <noun>"."""
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.i < verb.i:
            continue
        if child.dep_ == "dobj" and _object_is_action(doc, verb, child):
            return child.left_edge.i  # "pledged $400 million over five years"
        to = _infinitive_to(child)
        if to is not None:
            return to.i + 1
        if child.dep_ == "xcomp":
            start = child.left_edge.i
            while start < child.i and doc[start].dep_ in ("aux",) and doc[start].lower_ == "to":
                start += 1
            return start
        if child.dep_ in ("prep",) and child.lower_ in ("to", "on"):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects and all(o.ent_type_ in ("DATE", "TIME") for o in objects):
                # "agreed on Monday to widen ...": the date says when; the infinitive after it is the action
                clause = next((c for c in verb.children if c.i > child.i and c.dep_ in ("xcomp", "advcl")), None)
                to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i), None) if clause is not None else None
                if to is not None:
                    return to.i + 1
            if objects and all(o.lower_ in _BACK_REFERENCES for o in objects):
                return None  # "agreed on that": the action was said before, by someone else
            if objects:
                return child.i + 1  # "agreed on a ceasefire"
        if child.dep_ == "acomp" and child.lower_ == "committed":
            return _complement_start(doc, sent, child)
    return None


def _cut_before(doc: Doc, floor: int, i: int) -> int:
    """Where an action ends before the clause at token i: before its "and" and punctuation."""
    while i > floor and (doc[i - 1].dep_ == "cc" or doc[i - 1].is_punct):
        i -= 1
    return i


def _infinitive_to(clause: Token) -> Token | None:
    """The "to" of an infinitive the parser made a clause with its own subject ("commits Kenya
    to open ..." read as "Kenya to open"), or None."""
    if clause.dep_ not in ("ccomp", "xcomp") or not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i), None)


def _object_is_action(doc: Doc, verb: Token, obj: Token) -> bool:
    """Whether a commitment verb's direct object is what is promised: "pledged $400 million",
    "promised a review", "committed 500 troops to the mission". Not a person or another actor
    ("promised the minister that ...": the that-clause says what), a pronoun ("committed
    itself to"), a stance ("pledged allegiance"), the object of a participle, or, for
    "commit", anything but money or a counted resource committed to something ("committed
    crimes", "committed 40 killings" are no undertaking).

    doc (Doc): a document annotated by the actor finder.
    verb (Token): the commitment verb.
    obj (Token): its direct object.
    RETURNS (bool): whether the action starts at the object.
    """
    lemma = verb.lemma_.lower()
    if lemma not in _OBJECT_ACTION_VERBS or obj.pos_ == "PRON" or obj.lemma_.lower() in _STANCE_OBJECTS:
        return False
    if obj.ent_type_ in ("PERSON", "NORP") or obj.i in mention_index(doc) or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    if verb.tag_ == "VBN" and verb.dep_ != "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # a participle read as taking its noun as object ("shall release agreed volumes of water")
    if lemma == "commit":
        # money, or a counted resource given to a purpose: not "committed 40 killings"
        counted = obj.ent_type_ in ("CARDINAL", "QUANTITY") or any(c.dep_ == "nummod" for c in obj.children)
        return obj.ent_type_ == "MONEY" or counted and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    return True


def _noun_complement_start(doc: Doc, sent: Span, noun: Token) -> int | None:
    for token in doc[noun.i + 1 : min(noun.i + 3, sent.end)]:
        if token.lower_ == "to":
            return token.i + 1
    return None


def _acting_object(verb: Token) -> bool:
    """Whether a verb that mostly states a fact is an act with this object: "will take part",
    "will take steps" (not "will take place", "will take years")."""
    objects = _AGENTIVE_OBJECTS.get(verb.lemma_.lower(), ())
    return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children)


def _clause_head(token: Token) -> Token:
    """The token whose subject is the committing actor ("are" in "X are committed to")."""
    if token.dep_ in ("acomp", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return token.head
    return token


#: How many words may come between an affirming verb and its noun ("its full and unwavering commitment").
_AFFIRMED_NOUN_REACH = 6


def _body_named_before(doc: Doc, subject: Token, tokens: list[Token]) -> Ref | None:
    """"The Assembly", "the Council": a capitalised head word alone stands for the nearest
    organisation named before it whose name has that word ("Assembly of Heads of State ...").

    doc (Doc): a document annotated by the actor finder.
    subject (Token): the head of the subject phrase.
    tokens (list[Token]): the tokens of the subject phrase.
    RETURNS (Ref | None): the organisation, or None.
    """
    words = [t for t in tokens if not (t.is_punct or t.is_space or t.lower_ == "the")]
    if words != [subject] or subject.tag_ != "NNP" or not subject.is_title:
        return None
    for span in reversed(mentions_between(doc, 0, subject.i)):
        if span.label_ == "Organization" and subject.text in span.kb_id_.split():
            return mention_ref(span)
    return None


def _apposition_span(doc: Doc, we: Token, index) -> Span | None:
    """The text between "We," and the comma that closes the apposition (lists of names go on)."""
    start = we.i + 2
    end = start
    depth = 0
    while end < len(doc):
        text = doc[end].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif text == "," and depth == 0:
            following = end + 2 if end + 2 < len(doc) and doc[end + 1].lower_ == "and" else end + 1
            if not (following in index and index[following].start == following):
                break
        if doc[end].is_sent_end:
            return None
        end += 1
    return doc[start:end] if end > start else None


def _named_together(doc: Doc, span: Span, index) -> list[list[Ref]]:
    """Groups of actors named together in a stretch of text, in text order: coordinated names
    ("China and France", "Ana Lima and Luis Vega") and the two sides of a meeting
    ("X held talks with Y", "X met Y", "Chile's President met Peru's President Z")."""
    groups: list[tuple[int, list[Ref]]] = []
    meeting = _meeting_subjects(doc)
    for token in (doc[i] for i in range(span.start, span.end) if i in index or i in meeting):
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in _MEETING_VERBS:
            groups.extend(_meeting_sides(doc, token, index))
        if token.i not in index or token.dep_ == "conj":
            continue
        category = index[token.i].label_
        conjuncts = [token] + [c for c in token.conjuncts if c.i in span_range(span)]
        refs = [mention_ref(index[c.i]) for c in conjuncts if c.i in index and index[c.i].label_ == category]
        if len(_dedupe(refs)) >= 2:
            groups.append((token.i, _dedupe(refs)))
    for start, end, refs in _listed(doc, span.start, span.end):
        # the parser's pieces of a long list ("Z and W" of "X, the Y (Y), Z and W") are not groups of their own
        groups = [g for g in groups if not (start <= g[0] < end and set(g[1]) < set(refs))]
        groups.append((start, refs))
    return [refs for _, refs in sorted(groups, key=lambda g: g[0])]


#: Words that may stand between the names of a list: "A, B and the C", "A (AB), B and C".
_LIST_GLUE = (",", "and", "&", "the", "(", ")")


def _listed(doc: Doc, start: int, end: int) -> list[tuple[int, int, list[Ref]]]:
    """Lists of actor names in tokens [start, end), read from the words, because the parser
    cuts long ones apart ("The Republic of X, the Democratic Republic of Y (DRY), Z and W" read
    as appositions, or as two subjects): names joined by commas and an "and", each maybe
    with an article before it and an acronym in parentheses after it.

    doc (Doc): a document annotated by the actor finder.
    start (int): the first token of the stretch.
    end (int): the token after it.
    RETURNS (list[tuple[int, int, list[Ref]]]): the first token, the end and the actors of each
        list of two or more, those of the first name's category (as for coordinated names).
    """
    lowers = doc_tokens(doc).lowers
    found: list[tuple[list[Span], bool]] = []
    run: list[Span] = []
    with_and = False
    for span in mentions_between(doc, start, end):
        if run and span.start < run[-1].end:
            continue  # a name nested in the last one
        gap = lowers[run[-1].end : span.start] if run else []
        # a comma or "and" goes on to the next name; "(" to the acronym of the last one
        if run and all(word in _LIST_GLUE for word in gap) and ("," in gap or "and" in gap or "&" in gap or gap == ["("]):
            run.append(span)
            with_and = with_and or "and" in gap or "&" in gap
            continue
        found.append((run, with_and))
        run, with_and = [span], False
    found.append((run, with_and))
    lists: list[tuple[int, int, list[Ref]]] = []
    for names, with_and in found:
        refs = _dedupe([mention_ref(s) for s in names if s.label_ == names[0].label_]) if with_and else []
        if len(refs) >= 2:
            lists.append((names[0].start, names[-1].end, refs))
    return lists


def _whole_list(doc: Doc, found: list[Ref], subjects: list[Token], verb: Token) -> list[Ref]:
    """The parties of a subject with the rest of the list of names they belong to, when the
    parser made only a part of it the subject ("The Central African Republic (CAR), Chad and
    Niger agreed ..." read with two subjects, or with the first names as an apposition).

    doc (Doc): a document annotated by the actor finder.
    found (list[Ref]): the actors read from the subject.
    subjects (list[Token]): the subject phrases' heads.
    verb (Token): the verb they are the subject of.
    RETURNS (list[Ref]): found, with the other names of its list before the verb.
    """
    starts = [s.left_edge.i for s in subjects if s.i < verb.i]
    if not found or not starts:
        return found
    for _, _, refs in _listed(doc, min(starts), verb.i):
        if any(ref in found for ref in refs):
            return _dedupe(found + refs)
    return found


_meeting_last: tuple[Doc, int, set[int]] | None = None


def _meeting_subjects(doc: Doc) -> set[int]:
    """The tokens that are the subject of a meeting verb ("X met Y"), read once per Doc from its
    arrays (kept for the last Doc: _named_together asks about each stretch of it)."""
    global _meeting_last
    if _meeting_last is None or _meeting_last[0] is not doc or _meeting_last[1] != len(doc):
        columns = doc.to_array([DEP, HEAD, LEMMA])
        heads = numpy.arange(len(doc)) + columns[:, 1].astype(numpy.int64)  # HEAD is relative
        strings = doc.vocab.strings
        subjects = numpy.flatnonzero(columns[:, 0] == get_string_id("nsubj")).tolist()
        _meeting_last = (doc, len(doc), {i for i in subjects if strings[int(columns[heads[i], 2])].lower() in _MEETING_VERBS})
    return _meeting_last[2]


def _meeting_sides(doc: Doc, subject: Token, index) -> list[tuple[int, list[Ref]]]:
    """The two sides of "X met Y" / "X held talks with Y": the two people when both are named
    (_update_groups adds their states), else the states or bodies of the two sides when both
    are known (a side named only by its office, "Chile's President", gives its state)."""
    first = _side(doc, subject, index)
    for other in subject.head.subtree:
        if other.i <= subject.right_edge.i or other.dep_ not in ("pobj", "dobj"):  # not "of Sweden" in the subject
            continue
        second = _side(doc, other, index)
        if second == (None, None):
            continue
        people = _dedupe([p for p in (first[0], second[0]) if p is not None])
        bodies = _dedupe([b for b in (first[1], second[1]) if b is not None])
        if len(people) == 2:
            return [(other.i, people)]
        return [(other.i, bodies)] if len(bodies) == 2 else []
    return []


def _partners(doc: Doc, token: Token, speaker: Ref, body: Ref, index) -> list[Ref]:
    """The states or bodies that agreed with the speaker of a quote, named in the sentence of
    token or the one before: the other side of the speaker's meeting ("“We have agreed ...,” X
    said after meeting Y"), else the others of the states or bodies named together with the
    speaker's ("Kenya and Uganda agreed on Friday to ... “We have agreed ...,” X said").

    doc (Doc): a document annotated by the role finder.
    token (Token): a token of the quote ("we").
    speaker (Ref): the speaker of the quote.
    body (Ref): the state or body the speaker acts for.
    index: the mention index of the document.
    RETURNS (list[Ref]): the other sides' states or bodies; empty when none is known.
    """
    sentence = token.sent
    for sent in (sentence, _sentences_back(doc, sentence, 1)):
        met = _meeting_partner(doc, sent, speaker, body, index)
        if met is not None:
            return [met]
        for group in _named_together(doc, sent, index):
            bodies = [b for b in (_acting_for(doc, actor) for actor in group) if b is not None]
            if body in bodies and len(bodies) == len(group):  # every one's state or body known
                return [b for b in _dedupe(bodies) if b != body]
        if sent.start == 0:
            break
    return []


def _meeting_partner(doc: Doc, sent: Span, speaker: Ref, body: Ref, index) -> Ref | None:
    """The state or body on the other side of a meeting the speaker (or their state) had, named
    outside the quotes in a sentence: "X said after meeting Y", "X held talks with Y"."""
    for verb in sent:
        if verb.lemma_.lower() not in _MEETING_VERBS or _inside_quotes(doc, verb.i):
            continue
        # the speaker's own meeting: its subject, or that of the verb it hangs on ("X said after meeting Y")
        subject = next((c for head in (verb, *verb.ancestors) for c in head.children if c.dep_ == "nsubj"), None)
        if subject is None or body not in (_side(doc, subject, index)[1], speaker):
            continue
        # "meeting Y", "talks with Y"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
        for other in objects:
            person, side = _side(doc, other, index)
            if side is not None and person != speaker and side != body:
                return side
    return None


def _side(doc: Doc, token: Token, index) -> tuple[Ref | None, Ref | None]:
    """The person (if one is named) and the state or body of one side of a meeting phrase:
    the actor the phrase's head names, else the one person or the one state or body in it."""
    if token.i in index:
        named = mention_ref(index[token.i])
        return (named, _acting_for(doc, named)) if named[0] == "Person" else (None, named)
    phrase = noun_phrase(token)
    people = _dedupe([mention_ref(s) for s in mentions_in(doc, phrase, ("Person",))])
    if len(people) == 1:
        return people[0], _acting_for(doc, people[0])
    bodies = _dedupe([mention_ref(s) for s in mentions_in(doc, phrase, COLLECTIVE)])
    if not people and len(bodies) == 1:
        return None, bodies[0]
    return None, None


def span_range(span: Span) -> range:
    """The token indexes of a span."""
    return range(span.start, span.end)


def _update_groups(doc: Doc, groups: dict[str, list[Ref]], found: list[list[Ref]]) -> None:
    """Remember the last group of people (as _leaders reads them) and the last group of states
    or bodies (the ones the people of a group act for, when all of them are known)."""
    for refs in found:
        if refs[0][0] == "Person":
            groups["people"] = _leaders(doc, refs)
            bodies = [body for body in (_acting_for(doc, person) for person in refs) if body is not None]
            if len(bodies) == len(refs) and len(_dedupe(bodies)) >= 2:
                groups["collective"] = _dedupe(bodies)
            groups["last"] = groups["people"]
        else:
            groups["collective"] = refs
            groups["last"] = refs


#: Titles of heads of state or government: the people "the leaders" of a meeting are.
_LEADER_TITLES = ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "head of state", "head of government")


def _update_leaders(doc: Doc, groups: dict[str, list[Ref]], found: list[list[Ref]]) -> None:
    """Remember the last group of people named together who all head a state or government
    (_LEADER_TITLES), as _leaders reads them: "the leaders" of a meeting are they, not the
    deputies named together after them ("co-chaired by Deputy Secretary A and State Secretary B")."""
    for refs in found:
        if refs[0][0] == "Person" and all(_is_leader(doc, person) for person in refs):
            groups["leaders"] = _leaders(doc, refs)


def _is_leader(doc: Doc, person: Ref) -> bool:
    """Whether a person holds a current office of head of state or government ("President",
    "Prime Minister of X"; not "Vice President", "Deputy Prime Minister")."""
    roles = doc._.govgraph_roles if Doc.has_extension("govgraph_roles") else []
    titles = [r["title"].lower().split(" of ")[0] for r in roles if tuple(r["person"]) == tuple(person) and r.get("status") != "former"]
    return any(title in _LEADER_TITLES for title in titles)


def _update_turns(doc: Doc, groups: dict[str, list[Ref]], sent: Span) -> None:
    """Remember the last two people who were in turn the subject of a sentence, the two sides
    of an exchange ("Prime Minister A stated ... President B expressed ..."): "the two
    leaders" may stand for them when no two people were named together."""
    for span in mentions_between(doc, sent.start, sent.end):
        if span.label_ != "Person" or span.root.dep_ != "nsubj":
            continue
        person = mention_ref(span)
        pair = [p for p in groups.get("speakers", []) if p != person][-1:] + [person]
        groups["speakers"] = pair
        if len(pair) == 2:
            groups["turns"] = _leaders(doc, pair)


def _leaders(doc: Doc, people: list[Ref]) -> list[Ref]:
    """What a group of people stands for as "the two leaders" or "they": in a text written in
    its own voice (a readout, a joint statement, a declaration: _in_own_voice) the states or
    bodies they act for, when all are known (an office with no state named gives STATE_OF);
    in a report, the people themselves."""
    if not _in_own_voice(doc):
        return people
    bodies = [_acting_for(doc, person) for person in people]
    known = _dedupe([body for body in bodies if body is not None])
    return known if len(known) == len(bodies) else people


#: A stretch in quotation marks, within a paragraph.
_QUOTED = re.compile(r'[“"]([^”"\n]{1,400})[”"]')
#: Lowercase words a name in quotation marks may hold ("the “Partnership for Clean Air”").
_NAME_WORDS = ("of", "and", "for", "the", "on", "in", "to", "a", "an", "&")


_voice_last: tuple[Doc, int, bool] | None = None


def _in_own_voice(doc: Doc) -> bool:
    """Whether a text speaks in its own voice, as a readout, joint statement or declaration
    does: it runs over several lines, is no interview, and quotes no one's words (a name in
    quotation marks is no quote). A news report quotes the people it reports on, if only a
    few words; a single paragraph does not tell which it is. Read once per Doc (kept for the
    last one: _leaders asks for each group of people)."""
    global _voice_last
    if _voice_last is None or _voice_last[0] is not doc or _voice_last[1] != len(doc):
        tokens = doc_tokens(doc)
        quoted = [text for text in _QUOTED.findall(tokens.text) if any(word[:1].islower() and word not in _NAME_WORDS for word in text.split())]
        interview = any(statement["mode"] == "interview" for statement in doc._.govgraph_statements)
        _voice_last = (doc, len(doc), sum(tokens.paragraph_start) >= 3 and not quoted and not interview)
    return _voice_last[2]


#: Nouns by which a treaty or memorandum names its signatories ("the Parties", "Each Side").
_PARTY_NOUNS = ("party", "parties", "side", "sides", "participant", "participants", "signatory", "signatories")
#: Words that may stand before them: "the Parties", "Each Party", "Both Sides", "either Party".
_PARTY_DETERMINERS = ("the", "each", "both", "either", "two")
#: Words that open the definition of the signatories' name: (hereinafter "the Parties").
_DEFINING_WORDS = ("hereinafter", "hereafter")


def _defined_parties(doc: Doc) -> list[Ref]:
    """The signatories a treaty, agreement or memorandum defines by name: "the Government of X
    and the Government of Y (hereinafter "the Parties")" -> X and Y (a government stands for
    its state; another body for itself). Empty when the text defines none.

    doc (Doc): a document annotated by the actor finder.
    RETURNS (list[Ref]): the states or bodies, in text order.
    """
    lowers = doc_tokens(doc).lowers
    for i in (i for i, word in enumerate(lowers) if word in _DEFINING_WORDS):
        # the parenthesis names the signatories' collective noun within a few words
        if i == 0 or lowers[i - 1] != "(" or not any(w in _PARTY_NOUNS for w in lowers[i + 1 : i + 8]):
            continue
        sent = doc[i].sent
        start = next((k + 1 for k in range(i - 1, sent.start - 1, -1) if lowers[k] == "between"), sent.start)
        found = _dedupe([_government_state(doc, span) for span in mentions_in(doc, doc[start : i - 1], COLLECTIVE)])
        if len(found) >= 2:
            return found
    return []


def _government_state(doc: Doc, span: Span) -> Ref:
    """The state "the Government of X" stands for; any other mention's own actor."""
    countries = [inner for inner in mentions_between(doc, span.start, span.end) if inner.label_ == "Country"]
    if span.label_ == "Organization" and span[0].lower_ == "government" and countries:
        return mention_ref(countries[0])
    return mention_ref(span)


#: Capitalised nouns a declaration uses for its signatories ("The Leaders", "The Parties").
_SIGNATORY_NOUNS = _PARTY_NOUNS + ("leader", "leaders")


def _names_parties(subject: Token, tokens: list[Token], index, nouns: tuple[str, ...] = _PARTY_NOUNS) -> bool:
    """Whether a subject phrase is the signatories' collective noun alone ("the Parties",
    "Each Party", "Both Sides"), naming no actor of its own ("the Netherlands side" does)."""
    words = [t.lower_ for t in tokens if not t.is_punct]
    return subject.lower_ in nouns and all(w in _PARTY_DETERMINERS for w in words[:-1]) and not any(t.i in index for t in tokens if t.lower_ not in nouns)


def _signing_people(doc: Doc, we: Token, index) -> list[Ref]:
    """The states or bodies of the people a declaration's "We, ..." names, up to its verb: "We,
    the President of A, X, and the President of B, Y, meeting in Z, declare" -> A and B; empty
    unless every one's is known."""
    end = next((t.i for t in doc[we.i + 1 : we.sent.end] if t.tag_.startswith("VB") and t.i not in index), we.sent.end)
    people = _dedupe([mention_ref(s) for s in mentions_in(doc, doc[we.i + 1 : end], ("Person",))])
    bodies = [_acting_for(doc, person) for person in people]
    known = _dedupe([body for body in bodies if body is not None])
    return known if people and len(known) == len(bodies) else []


def _resolve_group(reference: str, groups: dict[str, list[Ref]]) -> list[Ref]:
    """The actors "both countries" ("collective") or "the two leaders" ("people") stand for.
    Leaders are the people named together last, else the last two who spoke or acted in
    turn (_update_turns); with no two people named ("Chile's President met Peru's President
    Z. The two leaders agreed"), the states or bodies named together last."""
    if groups[reference]:
        return list(groups[reference])
    return list(groups.get("turns") or groups["collective"]) if reference == "people" else []


def _acting_for(doc: Doc, actor: Ref) -> Ref | None:
    """The state or body an actor acts for: a state or body itself; for a person, the
    organisation of their current office (its state, when it is a state's ministry), or a
    STATE_OF party when the office names no body ("Prime Minister X"; doc_to_records fills in
    the state of the document's source). None for a person with no known current office.

    doc (Doc): a document annotated by the role finder.
    actor (Ref): the actor.
    RETURNS (Ref | None): the state or body.
    """
    if actor[0] != "Person":
        return actor
    roles = doc._.govgraph_roles if Doc.has_extension("govgraph_roles") else []
    current = [r for r in roles if tuple(r["person"]) == tuple(actor) and r.get("status") != "former"]
    for role in current:
        if role["organization"]:
            return _state_or_body(doc, tuple(role["organization"]))  # type: ignore[arg-type]
    return (STATE_OF, actor[1]) if current else None


def _state_or_body(doc: Doc, organization: Ref) -> Ref:
    """The state an office's organisation belongs to (a state's ministry), else the organisation."""
    parent = actor_parent(doc, organization)
    return parent if parent is not None and parent[0] == "Country" else organization


def _inside_quotes(doc: Doc, i: int, reach: int = 300) -> bool:
    """Whether token i lies inside quotation marks opened earlier in its paragraph (looking at
    most ``reach`` tokens back, so that a text without paragraphs costs no more)."""
    straight = 0
    for token in reversed(doc[max(0, i - reach) : i]):
        if token.is_space and "\n" in token.text:
            break  # quotes do not run across paragraphs here
        if token.text == "”":
            return False
        if token.text == "“":
            return True
        straight += token.text == '"'
    return straight % 2 == 1


def _subject_actor(doc: Doc, verb: Token, index, categories: tuple[str, ...]) -> Ref | None:
    """The actor a verb's subject names: the subject or its apposition ("her counterpart, X,"),
    else the one state or body inside the subject ("Senegal's trade minister"); "he" or "she"
    the person the sentence before was about ("He said his side would ...")."""
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        if subject.lower_ in ("he", "she") and "Person" in categories:
            return _person_before(doc, subject, verb, index)
        for candidate in [subject] + [c for c in subject.children if c.dep_ == "appos"]:
            if candidate.i in index and index[candidate.i].label_ in categories:
                return mention_ref(index[candidate.i])
        inside = _dedupe([mention_ref(s) for s in mentions_in(doc, subject.subtree, ("Person",) + COLLECTIVE)])
        if len(inside) == 1 and inside[0][0] in categories and inside[0][0] != "Person":
            return inside[0]
    return None


def _fits(doc: Doc, actor: Ref, fits: set[str]) -> bool:
    """Whether a generic head noun can stand for an actor: its category, its organisation kind
    or a word of its name is among the noun's fits ("the bank" -> "Asian Development Bank")."""
    category, name = actor
    if category == STATE_OF:
        return "Country" in fits
    if category in fits:
        return True
    if category != "Organization":
        return False
    kind = doc._.govgraph_actor_info.get(info_key(actor), {}).get("kind")
    return kind in fits or any(word in fits for word in name.lower().split())


def _person_before(doc: Doc, pronoun: Token, head: Token, index) -> Ref | None:
    """"She undertook to ...", the pronoun the subject of a main clause: the person the
    sentence before was about (its subject, else its last person), as for statements."""
    if _clause_head(head).dep_ != "ROOT" or pronoun.sent.start == 0:
        return None
    return salient_person(doc[pronoun.sent.start - 1].sent, index)


def _titled_person(doc: Doc, subject: Token) -> Ref | None:
    """"The Chair will transmit ...", "the minister will ...": a bare definite title is the
    person named last before with that title, as for statements ("chaired by X" makes X the
    Chair)."""
    if subject.tag_ not in ("NN", "NNP") or [(c.dep_, c.lower_) for c in subject.children] != [("det", "the")]:
        return None
    # read once per Doc: many subjects ("the road will ...") come here and find no one
    holders = doc.user_data.get(_HOLDERS_KEY)
    if holders is None:
        holders = doc.user_data[_HOLDERS_KEY] = title_holders(doc)
    return nearest_holder(holders, subject.lower_, subject.i)


def _sentences_back(doc: Doc, sent: Span, count: int) -> Span:
    """The sentence ``count`` sentences before ``sent`` (or the first one)."""
    for _ in range(count):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return sent


#: Complements that announce the action instead of stating it ("agreed on the following:").
_NO_ACTION = ("the following", "following", "as follows", "the below")
_DEADLINE_WORDS = ("by", "before", "until", "within", "no later than")
_CONDITION_WORDS = ("if", "unless", "provided", "once", "subject to", "on condition that", "as long as")


def _phrase_at(doc: Doc, i: int, phrases: tuple[str, ...]) -> int:
    """The number of tokens of the first phrase that starts at token i (0 if none does)."""
    if not any(phrase.split()[0] == doc[i].lower_ for phrase in phrases):
        return 0
    for phrase in phrases:
        words = phrase.split()
        if [t.lower_ for t in doc[i : i + len(words)]] == words:
            return len(words)
    return 0


def _deadline(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character offsets of a deadline inside an action: "by 2030", "before the end of the year"."""
    for i in range(start, end):
        j = i + _phrase_at(doc, i, _DEADLINE_WORDS)
        if j == i:
            continue
        while j < end and doc[j].lower_ in ("the", "end", "of", "a", "an"):
            j += 1
        if j < end and doc[j].ent_type_ in ("DATE", "TIME"):
            k = j
            while k < end and doc[k].ent_type_ in ("DATE", "TIME"):
                k += 1
            return doc[i].idx, doc[k - 1].idx + len(doc[k - 1])
    return None


def _condition(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character offsets of a condition clause inside an action: "if the council authorises it"."""
    for i in range(start, end):
        length = _phrase_at(doc, i, _CONDITION_WORDS)
        if not length:
            continue
        head = doc[i].head
        # a marker that hangs on the main verb opens the rest of the action
        last = end - 1 if head.i < i else min(max(head.right_edge.i, i + length), end - 1)
        while last > i and doc[last].is_punct:
            last -= 1
        if last >= i + length:
            return doc[i].idx, doc[last].idx + len(doc[last])
    return None


def _fronted_condition(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """Character offsets of a condition clause before the committing clause: "If the council
    authorises it, Kenya will contribute ..."."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.i < verb.i and _phrase_at(doc, clause.left_edge.i, _CONDITION_WORDS):
            last = clause.right_edge.i
            while last > clause.left_edge.i and doc[last].is_punct:
                last -= 1
            return clause.left_edge.idx, doc[last].idx + len(doc[last])
    return None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (doc[start].is_space or doc[start].text in _TRAILING.strip()):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _TRAILING.strip()):
        end -= 1
    return (start, end) if end - start >= 2 else None


def _dedupe(refs: list[Ref]) -> list[Ref]:
    seen: list[Ref] = []
    for ref in refs:
        if ref not in seen:
            seen.append(ref)
    return seen


def _unique(found: list[dict]) -> list[dict]:
    seen: set[tuple[int, int]] = set()
    unique = []
    for item in found:
        key = (item["start"], item["end"])
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique
