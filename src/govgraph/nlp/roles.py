"""Finding roles: who holds which title in which organisation or country.

Constructions read, in any sentence:
- titles before names: "French President Emmanuel Macron", "former French prime minister X",
  "President of the European Council X", "Daily Times reporters A and B", "China's foreign
  ministry spokesperson X", "the bank's chief economist X" (the bank named before), "Its
  chief executive, X," (the subject before, or the body last named), "his Egyptian
  counterpart, Trade Minister X";
- "title X of Y": "President X of the Republic of Serbia", coordinated
  "President A and Prime Minister B of Hungary", shared holders
  "Member of the Political Bureau and Foreign Minister X";
- appositions: "X, a professor of AI at the Academy of Sciences and also an expert of Y",
  "X, the French Foreign Minister,", "X, French Foreign Minister," (without an article only
  when a comma or the sentence end closes the title);
- "X, who heads / leads / chairs / directs the Y" (Y an organisation or a country), "X, who is
  the chair of Y", "X has been the chair of Y"; in the past ("who headed Y", "who was the
  chair of Y") a former office;
- a definite title apposed to a name: "the Minister of Finance, Mr. X,";
- counterparts: "his Tanzanian counterpart X" holds the office of the person before, in Tanzania;
  "their Kenyan and Ugandan counterparts A and B", "counterparts A of Kenya and B of Uganda";
- plural titles of several countries, paired with the names in order as counterparts are:
  "the Kenyan and Ugandan defence ministers, A and B", "the two countries' foreign ministers".
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from pathlib import Path
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicons, load_lexicons, singularize_title
from .demonyms import demonym_continued_at, demonym_ending_at, demonym_starting_at
from .titles import TitleLookup, comma_listed_end
from .tokens import doc_tokens
from .mentions import COLLECTIVE, Ref, labelled_turns, mention_at, mention_ending_at, mention_index, mention_ref, mentions_between

if not Doc.has_extension("govgraph_roles"):
    Doc.set_extension("govgraph_roles", default=[])


_WORD_JOINERS = ("-", "–", "&", "/")
#: How many words may describe a body after "of the" ("the Nairobi-based startup Zuri Labs").
_DESCRIPTION_WORDS = 6
_POSSESSIVE = ("'s", "’s", "'", "’")
#: Auxiliaries of a relative clause and the time they put the office in: "who has led Y" holds
#: it now, "who had led Y" held it before; "been" keeps the time of the auxiliary before it.
_AUXILIARY_TIMES: dict[str, str | None] = {"is": "present", "are": "present", "has": "present", "have": "present", "was": "past", "were": "past", "had": "past", "been": None}
#: Nouns of a group of states whose offices are named together: "the two countries' ministers".
_GROUP_NOUNS = ("countries", "nations")
#: How many lowercase words may stand between an owner and its title: "China's foreign ministry spokesperson".
_PORTFOLIO_WORDS = 2
#: How many sentences before "its" or "the ministry's" to look for the body it stands for.
_BODY_REACH = 2
#: Nouns of "the country's" that stand for a state, and of "the organisation's" for any organisation.
_STATE_NOUNS = ("country", "nation")
_BODY_NOUNS = ("organisation", "organization")
#: The dependency labels of a clause's subject.
_SUBJECTS = ("nsubj", "nsubjpass")
#: The status of an office held in the past ("former" in "former Prime Minister X").
_FORMER = "former"


@dataclass
class _Title:
    start: int
    end: int
    text: str
    key: str
    status: str | None
    organization: Span | None


class RoleFinder:
    """Annotate ``doc._.govgraph_roles``: dicts with person, title, organization, status, sentence."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        lexicons: Lexicons,
        *,
        status_words: dict[str, str],
        max_title_tokens: int,
        honorifics: Iterable[str],
        heading_verbs: dict[str, str],
        counterpart_nouns: Iterable[str],
        counterpart_reach: int,
    ) -> None:
        self.name = name
        self.lexicons = lexicons
        self.status_words = {k.lower(): v for k, v in status_words.items()}
        self.max_title_tokens = max_title_tokens
        # the words of the honorifics: skipped before a name only up to where a person's mention starts
        self.honorifics = {word.rstrip(".") for w in honorifics for word in w.split()}
        self.heading_verbs = {k.lower(): v for k, v in heading_verbs.items()}
        self.counterpart_nouns = {w.lower() for w in counterpart_nouns}
        self.counterpart_reach = counterpart_reach
        self._titles = TitleLookup(lexicons)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the lexicons with the pipeline, so it runs on the data it was built with."""
        self.lexicons.to_disk(Path(path) / "lexicons")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RoleFinder:
        """Load the lexicons saved by to_disk."""
        folder = Path(path) / "lexicons"
        if folder.is_dir():
            self.lexicons = load_lexicons(folder)
            self._titles = TitleLookup(self.lexicons)
        return self

    def __call__(self, doc: Doc) -> Doc:
        roles: list[dict] = []
        sentences = list(doc.sents)
        for sent in sentences:
            roles.extend(self._titles_before_names(doc, sent))
            roles.extend(self._appositions(doc, sent))
            roles.extend(self._who_heads(doc, sent))
        roles.extend(self._counterparts(doc, sentences, roles))
        doc._.govgraph_roles = _unique(roles)
        return doc

    # -- titles ---------------------------------------------------------------------------

    def title_at(self, doc: Doc, i: int, limit: int) -> tuple[int, str, str] | None:
        """The longest title starting at token i: (end, surface text, canonical key)."""
        if i >= limit or not self._titles.may_start_at(doc, i, limit):
            return None  # most tokens: ruled out without making a Token
        if not doc[i].text[:1].isalpha() or doc[i].is_stop and doc[i].lower_ not in self._titles.first_words:
            return None
        if doc[i].text[:1].isupper() and demonym_continued_at(doc, i, self.lexicons) is not None:
            return None  # "Sri Lankan Foreign Minister": no office "Lankan Foreign Minister"
        covered = mention_index(doc)
        tokens = doc_tokens(doc)
        stop = min(limit, i + 6)
        # a title holds no names: "Egypt's foreign minister" is Egypt + "foreign minister"
        named = next(
            (
                t
                for t in range(i, stop)
                if tokens.lowers[t] in ("and", "&", ",") or tokens.texts[t] in _POSSESSIVE or t in covered or self.lexicons.is_org_head(tokens.texts[t])
            ),
            stop,
        )
        for end in range(min(stop, named), i, -1):
            if tokens.is_punct[end - 1] or doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PART"):
                continue
            phrase = tokens.phrase(i, end)
            entry = self._titles(phrase)
            if entry is not None and entry.generic and any(doc[t].pos_ in ("VERB", "AUX", "PRON", "DET", "ADP") for t in range(i, end - 1)):
                entry = None  # "welcomed Minister" is no office
            if entry is not None:
                if phrase.replace(".", "").isupper() and len(phrase) <= 4:
                    text = entry.title  # an abbreviation: "PM" -> "prime minister"
                else:
                    text = singularize_title(phrase)
                return end, text, entry.title.lower()
        return None

    def _title(self, doc: Doc, i: int, limit: int) -> _Title | None:
        """A title at token i with its modifiers: status, nationality or organisation before it."""
        if i >= limit:
            return None
        found = self.title_at(doc, i, limit)
        if found is None and i + 1 < limit and self._titles.may_start_at(doc, i + 1, limit) and doc[i].is_alpha:
            # a portfolio before a one-word office: "environment secretary", "trade representative"
            office = self.title_at(doc, i + 1, limit)
            if office is not None and office[0] == i + 2 and self._portfolio_before_office(doc, i):
                found = (office[0], f"{doc[i].text} {office[1]}", f"{doc[i].lower_} {office[2]}")
        if found is None:
            return None
        end, text, key = found
        status: str | None = None
        organization, left = self._owner_before(doc, i)
        if organization is None:
            # "China's foreign ministry spokesperson", "EU foreign policy chief": lowercase words
            # between an owner and the title name the portfolio or the body it is held in, and
            # status words may stand there too ("Kenya's former foreign minister")
            words = self._portfolio_start(doc, i)
            phrase = doc_tokens(doc).phrase(words, i) + " " if words < i else ""
            when, inner, inner_status = self._status_before(doc, words, phrase + text, None)
            owner, start = self._owner_before(doc, when) if when < i else (None, i)
            if owner is not None:
                text, key, status, organization, left = inner, phrase + key, inner_status, owner, start
        left, text, status = self._status_before(doc, left, text, status)
        return _Title(i, end, text, key, status, organization)

    def _portfolio_before_office(self, doc: Doc, i: int) -> bool:
        """Whether token i, before a one-word office, is its portfolio: a lowercase noun before a
        lowercase office ("environment secretary"), or a capitalised word before a capitalised
        one that an owner is named right before ("EU Energy Commissioner", "the AU Trade
        Commissioner"); no name or body ("Council" of "EU Council President")."""
        if doc[i].is_lower:
            return doc[i].pos_ == "NOUN" and not doc[i + 1].is_title
        if not (doc[i].is_title and doc[i + 1].is_title) or i in mention_index(doc) or self.lexicons.is_org_head(doc[i].text):
            return False
        return self._owner_before(doc, i)[0] is not None

    def _status_before(self, doc: Doc, j: int, text: str, status: str | None) -> tuple[int, str, str | None]:
        """Status words right before token j, read into a title's text and status: where they
        start, the text, the status ("former acting president": the first word says when)."""
        lowers = doc_tokens(doc).lowers
        while j > 0 and lowers[j - 1] in self.status_words:
            status = self.status_words[lowers[j - 1]]
            text = f"{lowers[j - 1]} {text}"
            j -= 1
        return j, text, status

    def _owner_before(self, doc: Doc, i: int) -> tuple[Span | None, int]:
        """The organisation or country named right before token i, which a title there is held
        in ("EU envoy", "China's deputy permanent representative", "Papua New Guinean
        President", "its chief executive", "his Iraqi counterpart, Foreign Minister"), and where
        it starts; (None, i) if there is none. The name's acronym in parentheses may stand
        between: "the Green Party (GP) leader"."""
        acronym = _parenthesised_acronym(doc, i)
        if acronym is not None:
            return acronym
        before = mention_ending_at(doc, i)
        if before is None and i > 1 and doc[i - 1].text in _POSSESSIVE:
            before = mention_ending_at(doc, i - 1)
        if before is not None and before.label_ in COLLECTIVE:
            return before, before.start
        demonym = demonym_ending_at(doc, i, self.lexicons) if i > 0 else None
        if demonym is not None:
            return demonym[0], demonym[0].start
        referenced = self._referenced_body(doc, i)
        if referenced is not None:
            return referenced
        return self._counterpart_country(doc, i), i

    def _referenced_body(self, doc: Doc, i: int) -> tuple[Span, int] | None:
        """The country or organisation a reference right before token i stands for, and where
        the reference starts: "its" any of them, "the country's" a state, "the organisation's"
        an organisation, "the ministry's" an organisation whose name has that head word (see
        _antecedent); None for no reference or none named ("his", "her": people, no owner)."""
        tokens = doc_tokens(doc)
        if i > 0 and tokens.lowers[i - 1] == "its":
            start, noun = i - 1, None
        elif i > 2 and tokens.texts[i - 1] in _POSSESSIVE and tokens.lowers[i - 3] == "the" and tokens.texts[i - 2].islower():
            start, noun = i - 3, tokens.texts[i - 2]
        else:
            return None
        fits = self._reference_fits(noun)
        found = self._antecedent(doc, start, fits, pronoun=noun is None) if fits is not None else None
        return (found, start) if found is not None else None

    def _reference_fits(self, noun: str | None) -> Callable[[Span], bool] | None:
        """What "the <noun>'s" (None: "its") can stand for, as a test on actor mentions; None
        when the noun names no kind of country or organisation ("the region's", "the city's")."""
        if noun is None:
            return lambda span: span.label_ in COLLECTIVE
        if noun in _STATE_NOUNS:
            return lambda span: span.label_ == "Country"
        if noun in _BODY_NOUNS:
            return lambda span: span.label_ == "Organization"
        if self.lexicons.is_org_head(noun.capitalize()):
            return lambda span: span.label_ == "Organization" and noun in span.kb_id_.lower().split()
        return None

    def _antecedent(self, doc: Doc, j: int, fits: Callable[[Span], bool], pronoun: bool) -> Span | None:
        """The actor a reference at token j ("its", "the ministry's") stands for: the subject of
        the clause before it (in j's sentence, else the main clause of the sentence before) when
        it names a fitting one, else the nearest fitting one named before j, in its sentence or
        the _BODY_REACH before ("the ministry's chief negotiator" after "the Kenyan Ministry of
        Trade"). The subject comes first: "Acme Group, a retailer with suppliers in Peru, has
        committed to .... Its chief executive" is Acme Group's, not Peru's. A subject naming
        two ("Kenya and Uganda signed .... The country's") leaves it unsaid: None. The pronoun
        "its" stands for a singular subject that names no actor: "The summit ended. Its chief
        negotiator" is the summit's (None), "The ministry said .... Its ..." a ministry's."""
        subject = _subject_before(doc, j)
        if subject is not None:
            fitting = {mention_ref(s): s for head in (subject, *subject.conjuncts) for s in _named_in_phrase(doc, head) if fits(s)}
            if len(fitting) > 1:
                return None
            if fitting:
                return next(iter(fitting.values()))
            if pronoun and subject.tag_ == "NN":
                noun_fits = self._reference_fits(subject.lower_)
                if noun_fits is None:
                    return None
                fits = noun_fits
        first = doc[j].sent
        for _ in range(_BODY_REACH):
            first = doc[first.start - 1].sent if first.start > 0 else first
        named = [s for s in mentions_between(doc, first.start, j) if fits(s)]
        return named[-1] if named else None

    def _reference_end(self, doc: Doc, k: int, limit: int) -> int | None:
        """The token after a reference to a body at token k ("its", "country's" after "the")
        when it stands for one named before (see _referenced_body), else None."""
        if k >= limit:
            return None  # the apposition ends the sentence: "Joint Europeans,"
        tokens = doc_tokens(doc)
        after = k + 1 if tokens.lowers[k] == "its" else k + 2
        if after >= limit or after == k + 2 and tokens.texts[k + 1] not in _POSSESSIVE:
            return None
        return after if self._referenced_body(doc, after) is not None else None

    def _counterpart_country(self, doc: Doc, i: int) -> Span | None:
        """The country of a counterpart noun a title at token i is apposed to: "his Iraqi
        counterpart, Foreign Minister X", "her counterpart from Ghana, Trade Minister X"."""
        tokens = doc_tokens(doc)
        if i < 3 or tokens.texts[i - 1] != ",":
            return None
        if tokens.lowers[i - 2] in self.counterpart_nouns and not _is_plural(tokens.lowers[i - 2]):
            return self._country_ending_at(doc, i - 2)
        country = mention_ending_at(doc, i - 1)
        if country is None or country.label_ != "Country" or country.start < 2:
            return None
        if tokens.lowers[country.start - 1] in ("from", "of") and tokens.lowers[country.start - 2] in self.counterpart_nouns:
            return country
        return None

    def _portfolio_start(self, doc: Doc, i: int) -> int:
        """Where the lowercase words right before token i start: nouns and adjectives that may
        name a portfolio or a body ("foreign policy", "trade ministry"), at most
        _PORTFOLIO_WORDS of them, two of them joined by "and" ("climate and environment"); no
        other function words and no status words ("former")."""
        j, words = i, 0
        while j > 0 and words < _PORTFOLIO_WORDS:
            k = j - 1
            if k > 0 and doc_tokens(doc).lowers[k] == "and" and self._portfolio_word(doc, j):
                k -= 1  # a joint portfolio: "climate and environment minister"
            if not self._portfolio_word(doc, k):
                break
            j, words = k, words + 1
        return j

    def _portfolio_word(self, doc: Doc, k: int) -> bool:
        """Whether token k is a lowercase noun or adjective that may name a portfolio."""
        tokens = doc_tokens(doc)
        if not tokens.is_alpha[k] or tokens.texts[k] != tokens.lowers[k] or tokens.lowers[k] in self.status_words:
            return False
        return not doc[k].is_stop and doc[k].pos_ in ("NOUN", "ADJ", "PROPN")

    def _complement(self, doc: Doc, k: int, limit: int) -> tuple[Span | None, int]:
        """"of|for|at (the) ORG" right after a title: the organisation and where it ends.
        "to ORG" is skipped over: an ambassador to India serves the state that sent them."""
        if k < limit and doc[k].lower_ in ("of", "for", "to", "at"):
            target = mention_at(doc, k + 1)
            if target is not None and target.label_ in COLLECTIVE:
                if doc[k].lower_ == "to":
                    return None, target.end
                return target, target.end
        return None, k

    # -- constructions -------------------------------------------------------------------

    def _titles_before_names(self, doc: Doc, sent: Span) -> list[dict]:
        roles: list[dict] = []
        previous: tuple[dict, int] | None = None  # the last single role and where its holder ends
        starts = self._titles.possible_starts(doc)
        i = sent.start
        while i < sent.end:
            # a title starts at i, or at i + 1 after a portfolio: go to the next token where one may
            ahead = bisect.bisect_left(starts, i)
            if ahead == len(starts):
                break
            i = max(i, starts[ahead] - 1)
            if i >= sent.end:
                break
            title = self._title(doc, i, sent.end)
            if title is None:
                i += 1
                continue
            if title.organization is None and i > 1 and doc[i - 1].text == "," and doc[i - 2].lower_ in self.counterpart_nouns:
                i = title.end
                continue  # "his counterpart, Foreign Minister X": another state's office, not said which
            group = self._group_titles(doc, title, sent) if _is_plural(doc_tokens(doc).phrase(title.start, title.end).lower()) else None
            if group is not None:
                found, i = group
                roles.extend(found)
                previous = None
                continue
            chain = [title]
            k = title.end
            while True:
                complement, k = self._complement(doc, k, sent.end)
                while complement is not None:
                    # "Member of the Political Bureau of the Central Committee": the first body is the post's
                    if chain[-1].organization is None or chain[-1].organization.label_ == "Country" and chain[-1].organization.start < chain[-1].start:
                        chain[-1].organization = complement
                    complement, k = self._complement(doc, k, sent.end)
                if k < sent.end and doc[k].lower_ == "and":
                    following = self._title(doc, k + 1, sent.end)
                    if following is not None and mention_at(doc, k + 1) is None:
                        chain.append(following)
                        k = following.end
                        continue
                break
            k = self._portfolio(doc, chain[-1], k, sent.end)
            if k < sent.end and doc[k].text == "," and (chain[-1].organization is not None or self._definite_apposition(doc, title.start, k + 1, sent.end)):
                k += 1
            holders = self._holders(doc, k, sent.end)
            if not holders:
                i = title.end
                continue
            after = holders[-1].end
            complement, _ = self._complement(doc, after, sent.end)
            for held in chain:
                if held.organization is None and complement is not None and doc[after].lower_ == "of":
                    held.organization = complement
            for person in holders:
                roles.extend(_role(person, held, sent) for held in chain)
            # "President A and Prime Minister B of Hungary": B's "of Hungary" covers A too.
            if complement is not None and doc[after].lower_ == "of" and previous is not None:
                previous_role, previous_end = previous
                if previous_role["organization"] is None and doc[previous_end].lower_ == "and" and previous_end + 1 == chain[0].start:
                    previous_role["organization"] = mention_ref(complement)
            previous = (roles[-1], after) if holders and len(holders) == 1 and len(chain) == 1 else None
            i = after
        return roles

    def _definite_apposition(self, doc: Doc, start: int, k: int, limit: int) -> bool:
        """Whether a title at token start with no body named is a definite one apposed to the one
        name at token k, which a comma or the sentence's end closes: "the Minister of Finance,
        Mr. X, said" (the state is the document's, as for "Minister of Finance X"); not a list of
        names ("thanked the President, A and B")."""
        j = start
        while j > 0 and doc_tokens(doc).lowers[j - 1] in self.status_words:
            j -= 1
        if j == 0 or doc_tokens(doc).lowers[j - 1] != "the":
            return False
        holders = self._holders(doc, k, limit)
        return len(holders) == 1 and (holders[0].end >= limit or doc[holders[0].end].text in (",", ".", ";", ")"))

    def _group_titles(self, doc: Doc, title: _Title, sent: Span) -> tuple[list[dict], int] | None:
        """A plural title of several countries and the people who hold it, paired in order as
        counterparts are: "the Kenyan and Ugandan defence ministers, A and B", "the defence
        ministers of Kenya and Uganda, A and B", "the two countries' foreign ministers, A and
        B"; no roles when the counts differ. Returns the roles and the token after them, or
        None when the title names no two countries ("Kenyan ministers A and B")."""
        countries, k = self._listed_countries(doc, title.start, title.end, sent.end)
        if len(countries) < 2:
            return None
        holders = self._listed_holders(doc, k, sent.end, plural=True)
        roles = [_role(person, replace(title, organization=country), sent) for person, country in _paired(holders, countries)]
        return roles, max([k] + [person.end for person, _ in holders])

    def _holders(self, doc: Doc, k: int, limit: int) -> list[Span]:
        """The person right at token k, or a coordinated list of people ("A and B")."""
        k = self._after_honorifics(doc, k, limit)
        first = mention_at(doc, k)
        if first is None or first.label_ != "Person" or doc[k].lower_ in ("the", "a", "an"):
            return []
        holders = [first]
        k = first.end
        while k + 1 < limit and doc[k].text in (",", "and"):
            step = k + 1 if doc[k + 1].lower_ != "and" else k + 2
            following = mention_at(doc, step)
            if following is None or following.label_ != "Person":
                break
            holders.append(following)
            k = following.end
        return holders

    def _after_honorifics(self, doc: Doc, k: int, limit: int) -> int:
        """The token after the honorifics at token k that come before a person's mention ("Dr.
        Ngozi ...", "H.E. ...", "Dato' Sri ..."); k if there are none."""
        while k < limit and (doc[k].text.rstrip(".") in self.honorifics or doc[k].text in (".", "'", "’")) and mention_at(doc, k) is None:
            k += 1
        return k

    def _appositions(self, doc: Doc, sent: Span) -> list[dict]:
        roles: list[dict] = []
        for person in [s for s in _mentions_in_sentence(doc, sent) if s.label_ == "Person"]:
            k = person.end
            if k >= sent.end or doc[k].text != ",":
                continue
            k += 1
            if k < sent.end and doc[k].lower_ == "and":
                continue  # "A, and Premier B": a list of people, not an apposition
            while True:
                while k < sent.end and doc[k].lower_ in ("a", "an", "the", "also", "and", "as", "now"):
                    k += 1
                bare = False
                owner = mention_at(doc, k)
                if owner is not None and owner.label_ in COLLECTIVE and owner.end < sent.end and doc[owner.end].text in _POSSESSIVE:
                    k = owner.end + 1  # "X, Saudi Arabia's chief negotiator," (the title finds its owner)
                elif owner is not None and owner.label_ in COLLECTIVE:
                    # "X, the UAE Minister of State," (likewise), as "X, the Kenyan Minister" below
                    bare = doc[k - 1].lower_ not in ("a", "an", "the")
                    k = owner.end
                elif owner is None and (after := self._reference_end(doc, k, sent.end)) is not None:
                    k = after  # "X, its chief negotiator,", "X, the bank's chief economist," (likewise)
                elif owner is None:
                    # "X, the (former) French Foreign Minister,", "X, former prime minister of Y,"
                    start = self._demonym_end(doc, k, sent.end)
                    bare = start > k and doc[k - 1].lower_ not in ("a", "an", "the")
                    k = start
                title = self._title(doc, k, sent.end)
                if title is None:
                    break
                k = self._extend_title(doc, title, sent.end)
                if self._person_follows(doc, k, sent.end):
                    break  # "A, President of X, B": the title is B's
                if bare and k < sent.end and doc[k].text not in (",", ";", ".", ")"):
                    # without an article "X, Indonesian Minister Y" is more often a list of titled
                    # names than an apposition: only a phrase the comma closes is the title
                    break
                roles.append(_role(person, title, sent))
                if k < sent.end and doc[k].lower_ == "and":
                    k += 1
                    continue
                break
        return roles

    def _counterparts(self, doc: Doc, sentences: list[Span], roles: list[dict]) -> list[dict]:
        """"his Tanzanian counterpart X", "her counterpart from Ghana, X", "X of Ghana": X holds,
        in that country, the office of the person the counterpart is of: the nearest person named
        before (in this sentence or the counterpart_reach before it) who holds a current office,
        or, after "my"/"our", the speaker of the interview answer, or of a quote: the one office
        holder named in its sentence. The plural pairs names and countries in order ("their
        Kenyan and Ugandan counterparts A and B", "counterparts from Kenya and Uganda, A and B",
        "counterparts A of Kenya and B of Uganda"). No such person, or no country named for each
        holder, and the text does not say which office X holds: no role."""
        offices: dict[tuple, dict] = {}
        for role in roles:
            if role["status"] != "former":
                offices.setdefault(role["person"], role)
        found: list[dict] = []
        if not offices:
            return found
        nouns = [i for i, word in enumerate(doc_tokens(doc).lowers) if word in self.counterpart_nouns]
        for n, sent in enumerate(sentences):
            for token in (doc[i] for i in nouns if sent.start <= i < sent.end):
                countries, k = self._listed_countries(doc, token.i, token.i + 1, sent.end)
                holders = self._listed_holders(doc, k, sent.end, _is_plural(token.lower_))
                pairs = _paired(holders, countries)
                if not pairs:
                    continue
                left = min([token.i] + [country.start for country in countries])
                named = {mention_ref(person) for person, _ in holders}
                if left > 0 and doc[left - 1].lower_ in ("my", "our"):
                    speaker = _turn_speaker(doc, token.i)
                    if speaker is not None:
                        office = offices.get(mention_ref(speaker))
                    else:
                        # a quote: its speaker is the one office holder its sentence names
                        # (“... my counterpart Y,” said X); the statement finder runs later
                        present = ({mention_ref(p) for p in mentions_between(doc, sent.start, sent.end)} & offices.keys()) - named
                        office = offices[present.pop()] if len(present) == 1 else None
                else:
                    first = sentences[max(0, n - self.counterpart_reach)].start
                    people = [p for p in mentions_between(doc, first, left) if p.label_ == "Person" and mention_ref(p) not in named]
                    office = next((offices[mention_ref(p)] for p in reversed(people) if mention_ref(p) in offices), None)
                if office is None:
                    continue
                words = office["title"].split()
                while len(words) > 1 and words[0].lower() in self.status_words:
                    words = words[1:]  # an acting president's counterpart is not acting
                for person, country in pairs:
                    if not any(r["person"] == mention_ref(person) and r["organization"] == mention_ref(country) for r in roles):
                        title = _Title(token.i, token.i + 1, " ".join(words), office["title_key"], None, country)
                        found.append(_role(person, title, sent))
        return found

    def _listed_countries(self, doc: Doc, start: int, end: int, limit: int) -> tuple[list[Span], int]:
        """The countries a plural noun at tokens start..end names, in order, and the token after
        them: the demonyms or possessive countries before it ("Kenyan and Ugandan counterparts",
        "Kenya's and Uganda's ministers"), "from / of" countries after it ("counterparts from
        Kenya and Uganda"), or the countries last named together, for "the two countries'
        ministers" and "the ministers of the two countries"."""
        countries: list[Span] = []
        j = start
        while True:
            owner = self._country_ending_at(doc, j)
            if owner is None:
                break
            countries.insert(0, owner)
            j = owner.start
            while j > 0 and doc[j - 1].lower_ in ("and", ","):
                j -= 1
            if j == owner.start:
                break
        if not countries and start > 1 and doc[start - 1].text in _POSSESSIVE and doc[start - 2].lower_ in _GROUP_NOUNS:
            countries = self._countries_named_before(doc, start - 2)  # "the two countries' ministers"
        k = end
        step: int | None = k + 1 if not countries and k < limit and doc[k].lower_ in ("from", "of") else None
        group = _group_noun_end(doc, step, limit) if step is not None else None
        if group is not None:
            return self._countries_named_before(doc, start), group  # "the ministers of the two countries"
        while step is not None:
            country = mention_at(doc, step)
            if country is None or country.label_ != "Country":
                break
            countries.append(country)
            k = country.end
            step = _next_in_list(doc, k, limit)
        return countries, k

    def _country_ending_at(self, doc: Doc, end: int) -> Span | None:
        """The country named right before token ``end``: a demonym ("Kenyan"), or a country
        followed by a possessive ("Kenya's": the span of "Kenya")."""
        demonym = demonym_ending_at(doc, end, self.lexicons) if end > 0 else None
        if demonym is not None:
            return demonym[0]
        owner = mention_ending_at(doc, end - 1) if end > 1 and doc[end - 1].text in _POSSESSIVE else None
        return owner if owner is not None and owner.label_ == "Country" else None

    def _countries_named_before(self, doc: Doc, i: int) -> list[Span]:
        """The countries "the two countries" at token i stands for: those named, by name or by
        demonym, in the last stretch of text that names two or more (the words of i's sentence
        before it, else the sentence before that, and so on), each once, in order."""
        end, sent = i, doc[i].sent
        while True:
            found = self._countries_between(doc, sent.start, end)
            if len(found) >= 2 or sent.start == 0:
                return found if len(found) >= 2 else []
            end, sent = sent.start, doc[sent.start - 1].sent

    def _countries_between(self, doc: Doc, start: int, end: int) -> list[Span]:
        """The distinct countries named in tokens [start, end), by name or demonym, in order."""
        covered = mention_index(doc)
        spans = [s for s in mentions_between(doc, start, end) if s.label_ == "Country"]
        # only capitalised tokens can start a demonym; the Doc's token lists say which at once
        capitalised = doc_tokens(doc).capitalised
        spans += [d[0] for t in range(start, end) if capitalised[t] and t not in covered and (d := demonym_starting_at(doc, t, self.lexicons, end)) is not None]
        found: dict[Ref, Span] = {}
        for span in sorted(spans, key=lambda s: s.start):
            found.setdefault(mention_ref(span), span)
        return list(found.values())

    def _listed_holders(self, doc: Doc, k: int, limit: int, plural: bool) -> list[tuple[Span, Span | None]]:
        """The people named right after a counterpart noun or a title (after an optional comma),
        each with the country an "of / from" after the name gives it ("X of Kenya"); one person
        after a singular noun, a coordinated list after a plural one."""
        holders: list[tuple[Span, Span | None]] = []
        step: int | None = k + 1 if k < limit and doc[k].text == "," else k
        while step is not None and step < limit and doc[step].lower_ not in ("the", "a", "an"):
            person = mention_at(doc, step)
            if person is None or person.label_ != "Person":
                break
            k = person.end
            own = mention_at(doc, k + 1) if k + 1 < limit and doc[k].lower_ in ("of", "from") else None
            if own is not None and own.label_ != "Country":
                own = None  # "X of the Foreign Ministry": no country of the office
            holders.append((person, own))
            step = _next_in_list(doc, own.end if own is not None else k, limit) if plural else None
        return holders

    def _who_heads(self, doc: Doc, sent: Span) -> list[dict]:
        """"X, who heads / leads / chairs / directs (the) Y": the head, chair or director of Y,
        when Y is an organisation or a country; "X, who is (the) chair of Y": the title after the
        copula, when it names its organisation or country. The present ("heads", "has led", "is
        chairing", "has been the chair of") gives the office held now; the past ("headed", "had
        led", "was the chair of") a former office; the future ("will head") none. The copula
        may also follow the person as the sentence's subject: "X has been the chair of Y since
        2019", "X is Kenya's trade minister"."""
        roles: list[dict] = []
        for person in [s for s in _mentions_in_sentence(doc, sent) if s.label_ == "Person"]:
            k = person.end
            # "X has been the chair of Y": the copula only; a verb needs "who" ("X led Kenya to ...")
            main = k < sent.end and doc[k].lower_ in _AUXILIARY_TIMES and person.root.dep_ in _SUBJECTS
            if not main:
                if k + 2 >= sent.end or doc[k].text != "," or doc[k + 1].lower_ != "who":
                    continue
                k += 2
            time: str | None = None  # set by an auxiliary; None: the verb itself is tensed
            copula = False  # the last auxiliary is a form of "be" ("who is also the chair")
            while k < sent.end and (doc[k].pos_ == "ADV" or doc[k].lower_ in _AUXILIARY_TIMES):
                if doc[k].pos_ != "ADV":
                    time, copula = _AUXILIARY_TIMES[doc[k].lower_] or time, doc[k].lemma_ == "be"
                k += 1
            if k >= sent.end:
                continue
            title = self._title_after_copula(doc, k, sent.end) if copula else None
            if title is None and not main:
                title, time = self._heading_verb(doc, k, time)
            if title is not None:
                roles.append(_role(person, _held_before(title) if time == "past" else title, sent))
        return roles

    def _heading_verb(self, doc: Doc, k: int, time: str | None) -> tuple[_Title | None, str | None]:
        """"heads (the) Y" at token k, in the present or the past (after an auxiliary of that
        time, if any): the office the verb gives in Y, an organisation or a country, and its time."""
        verb = doc[k]
        lemma = verb.lemma_.lower()
        office = self.heading_verbs.get(lemma)
        time = _verb_time(verb, lemma, time)
        if office is None or time is None:
            return None, None
        entry = self._titles(office)
        body = mention_at(doc, k + 1)
        if entry is None or body is None or body.label_ not in COLLECTIVE:
            return None, None  # "who heads the delegation": no body named
        return _Title(k, k + 1, office, entry.title.lower(), None, body), time

    def _title_after_copula(self, doc: Doc, k: int, limit: int) -> _Title | None:
        """"(the) (French) chair of Y", "Kenya's trade minister", "its chief executive" at token
        k after "who is": the title, when it names the organisation or country it is held in."""
        while k < limit and doc[k].lower_ in ("a", "an", "the"):
            k += 1
        owner = mention_at(doc, k)
        if owner is not None and owner.label_ in COLLECTIVE and owner.end + 1 < limit and doc[owner.end].text in _POSSESSIVE:
            start = owner.end + 1  # the title reads its owner back
        else:
            start = self._reference_end(doc, k, limit) or self._demonym_end(doc, k, limit)
        title = self._title(doc, start, limit)
        if title is None:
            return None
        complement, _ = self._complement(doc, title.end, limit)  # not grown: "minister until 2020"
        title.organization = complement or title.organization
        return title if title.organization is not None else None

    def _demonym_end(self, doc: Doc, k: int, limit: int) -> int:
        """Where a title can start after status words and a demonym at k ("former Sri Lankan
        Foreign Minister" -> "Foreign", "former prime minister" -> "prime"). _title reads the
        demonym and the status words back from the title, so they are kept on the role."""
        j = k
        while j < limit and doc[j].lower_ in self.status_words:
            j += 1
        demonym = demonym_starting_at(doc, j, self.lexicons, limit)
        return demonym[0].end if demonym is not None else j

    def _extend_title(self, doc: Doc, title: _Title, limit: int) -> int:
        """Grow an apposed title over its lowercase complement; find its organisation."""
        k = title.end
        extra_end = title.end
        while k < limit and k - title.start < self.max_title_tokens:
            token = doc[k]
            if token.is_space:
                break
            if token.lower_ in ("of", "at", "for", "with", "in", "to"):
                target = mention_at(doc, k + 1) or (self._described_body(doc, k + 1, limit) if token.lower_ in ("of", "at") else None)
                if target is not None and target.label_ in COLLECTIVE:
                    if title.organization is None or token.lower_ in ("of", "at", "to"):
                        title.organization = target
                    return self._grow(doc, title, extra_end, target.end)
            inner_punct = token.text in _WORD_JOINERS and not doc[k - 1].whitespace_
            if (token.is_punct and not inner_punct) or token.pos_ in ("VERB", "AUX") or token.lower_ in ("who", "which", "that"):
                break
            if token.lower_ == "and" and not self._joins_words(doc, k, limit, capitalised=doc[k - 1].text[:1].isupper()):
                break
            k += 1
            extra_end = k
            continue
        return self._grow(doc, title, extra_end, k)

    @staticmethod
    def _described_body(doc: Doc, k: int, limit: int) -> Span | None:
        """The body named at the end of a description at token k, after "of" or "at": "(chief
        executive of) the Nairobi-based startup Zuri Labs", "the state-owned lender X": an
        article, then at most _DESCRIPTION_WORDS lowercase nouns, adjectives or participles,
        hyphenated ones among them ("the history of Kenya" is no description of Kenya)."""
        tokens = doc_tokens(doc)
        if k >= limit or tokens.lowers[k] not in ("the", "a", "an"):
            return None
        j, words = k + 1, 0
        while j < limit and words < _DESCRIPTION_WORDS:
            if tokens.texts[j] in _WORD_JOINERS and not doc[j - 1].whitespace_:
                j += 1  # "Lagos-based": the joiner is no word of its own
                continue
            hyphenated = j + 1 < limit and tokens.texts[j + 1] in _WORD_JOINERS and not doc[j].whitespace_
            described = tokens.texts[j].islower() and tokens.is_alpha[j] and doc[j].pos_ in ("NOUN", "ADJ", "VERB")
            if not (described or hyphenated):
                break
            j, words = j + 1, words + 1
        return mention_at(doc, j) if words else None

    def _portfolio(self, doc: Doc, title: _Title, k: int, limit: int) -> int:
        """"Under-Secretary-General for Humanitarian Affairs X": a portfolio after the title (not
        a known body) is part of the title when a person's name follows it; capitalised, or in
        lowercase nouns and adjectives ("deputy foreign minister for economic diplomacy, X",
        "minister of international relations and cooperation, X"), or listed with commas
        ("Minister of Science, Technology and Innovation, X")."""
        starts = ("for", "of", "and", "&") if " of " in title.text or " for " in title.text else ("for", "of")
        if k >= limit or doc[k].lower_ not in starts or mention_at(doc, k + 1) is not None:
            return k
        end = k + 1
        while end < limit and (doc[end].text[:1].isupper() or doc[end].lower_ in ("and", "&") or self._portfolio_word(doc, end)) and mention_at(doc, end) is None:
            end += 1
        ends = [end]
        if end < limit and doc[end].text == ",":
            listed = comma_listed_end(doc_tokens(doc), k + 1, limit)
            if listed > end and not any(s.label_ == "Person" for s in mentions_between(doc, k + 1, listed)):
                ends.insert(0, listed)  # the list first: "Energy, Mines and Water, X" is one portfolio
        for end in ends:
            person_at = end + 1 if end < limit and doc[end].text == "," and title.organization is not None else end
            following = mention_at(doc, self._after_honorifics(doc, person_at, limit))
            if end > k + 1 and following is not None and following.label_ == "Person":
                title.text = f"{title.text} {doc[k:end].text}"
                return end
        return k

    @staticmethod
    def _person_follows(doc: Doc, k: int, limit: int) -> bool:
        """Whether a person's name comes next (after an optional comma)."""
        if k < limit and doc[k].text == ",":
            k += 1
        following = mention_at(doc, k) if k < limit else None
        return following is not None and following.label_ == "Person" and doc[k].lower_ not in ("the", "a", "an")

    def _joins_words(self, doc: Doc, k: int, limit: int, capitalised: bool = False) -> bool:
        """Whether "and" at k joins words of one title ("interaction and cognitive engineering",
        "Minister of Trade and Industry") rather than starting another role ("and also an expert")."""
        following = doc[k + 1] if k + 1 < limit else None
        if following is None or following.lower_ in ("also", "a", "an", "the", "as"):
            return False
        if not following.is_lower and not (capitalised and following.text[:1].isupper() and mention_at(doc, k + 1) is None):
            return False
        return self.title_at(doc, k + 1, limit) is None

    @staticmethod
    def _grow(doc: Doc, title: _Title, extra_end: int, k: int) -> int:
        if extra_end > title.end:
            title.text = title.text + " " + doc[title.end : extra_end].text
        return k


def _next_in_list(doc: Doc, k: int, limit: int) -> int | None:
    """The token after the ", " / " and " / ", and " at token k that continues a list, if any."""
    j = k + 1 if k < limit and doc[k].text == "," else k
    if j < limit and doc[j].lower_ == "and":
        j += 1
    return j if k < j < limit else None


def _parenthesised_acronym(doc: Doc, i: int) -> tuple[Span, int] | None:
    """A body's acronym in parentheses right after its name, ending right before token i
    ("Green Party (GP)"), and where the name starts; None if there is none. The acronym is the
    owner: the name before it may have been read too long ("HEADLINE - The Green Party")."""
    tokens = doc_tokens(doc)
    if i < 4 or tokens.texts[i - 1] != ")" or tokens.texts[i - 3] != "(":
        return None
    acronym, name = mention_ending_at(doc, i - 1), mention_ending_at(doc, i - 3)
    if acronym is None or name is None or acronym.start != i - 2 or acronym.label_ not in COLLECTIVE or name.label_ not in COLLECTIVE:
        return None
    return acronym, name.start


def _group_noun_end(doc: Doc, k: int, limit: int) -> int | None:
    """The token after "(the) (two / both) countries" at token k, or None if no group noun is there."""
    while k < limit and (doc[k].lower_ in ("the", "both") or doc[k].like_num):
        k += 1
    return k + 1 if k < limit and doc[k].lower_ in _GROUP_NOUNS else None


def _is_plural(word: str) -> bool:
    """Whether a title's or a counterpart's head word is plural; the word, not the tag: the
    tagger takes "counterparts" before names for a singular."""
    return singularize_title(word) != word


def _paired(holders: list[tuple[Span, Span | None]], countries: list[Span]) -> list[tuple[Span, Span]]:
    """Each holder with their country: their own ("A of Kenya"), else the countries named
    together for all, in the order of the names when there are as many; none unless every
    holder has one."""
    given: list[Span | None] = list(countries) if len(countries) == len(holders) else [None] * len(holders)
    pairs = [(person, country) for (person, own), before in zip(holders, given) if (country := own or before) is not None]
    return pairs if len(pairs) == len(holders) else []


def _verb_time(verb: Token, lemma: str, time: str | None) -> str | None:
    """The time a relative clause's verb puts an office in: after an auxiliary ("has led",
    "had been leading") the auxiliary's, when the verb is a participle; else its own tense
    ("heads", "headed"). None for any other form ("who will head": not held yet)."""
    if time is not None:
        return time if verb.lower_ != lemma else None
    if verb.lower_ == f"{lemma}s":
        return "present"
    # the tagger takes some past tenses after "who" for participles ("who chaired")
    return "past" if verb.tag_ in ("VBD", "VBN") else None


def _held_before(title: _Title) -> _Title:
    """The title as a former office: "who headed Y" -> former head of Y."""
    if title.status != _FORMER:
        title.status, title.text = _FORMER, f"{_FORMER} {title.text}"
    return title


def _subject_before(doc: Doc, j: int) -> Token | None:
    """The subject of the clause before token j: the last subject before j in its sentence,
    else the subject of the main clause of the sentence before (None at the first sentence)."""
    sent = doc[j].sent
    before = [t for t in doc[sent.start : j] if t.dep_ in _SUBJECTS]
    if before:
        return before[-1]
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    return next((t for t in previous.root.children if t.dep_ in _SUBJECTS), None)


def _named_in_phrase(doc: Doc, head: Token) -> list[Span]:
    """The actors a noun phrase names: the mention its head is in ("the Kenyan Ministry of
    Trade"), else the mentions before its head ("Kenya's delegation")."""
    covering = mention_index(doc).get(head.i)
    return [covering] if covering is not None else mentions_between(doc, head.left_edge.i, head.i)


def _turn_speaker(doc: Doc, i: int) -> Span | None:
    """The person whose "Name:" label opens the interview answer token i is in, or None."""
    speaker = None
    for start, _, label in labelled_turns(doc):
        if start > i:
            break
        speaker = label if label is not None and label.label_ == "Person" else None
    return speaker


def _mentions_in_sentence(doc: Doc, sent: Span) -> list[Span]:
    return mentions_between(doc, sent.start, sent.end)


def _role(person: Span, title: _Title, sent: Span) -> dict:
    return {
        "person": mention_ref(person),
        "title": title.text,
        "title_key": title.key,
        "organization": mention_ref(title.organization) if title.organization is not None else None,
        "status": title.status,
        "sentence": (sent.start, sent.end),
    }


def _unique(roles: list[dict]) -> list[dict]:
    """One role per person, organisation and office; the first statement of it is kept."""
    seen: dict[tuple, dict] = {}
    for role in roles:
        key = (role["person"], role["organization"], role["title_key"])
        if key not in seen:
            seen[key] = role
    return list(seen.values())
