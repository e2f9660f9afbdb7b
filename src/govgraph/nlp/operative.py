"""Operative clauses of official texts: the items of a list that its subject introduced.

Resolutions, declarations and council conclusions state what their subject does in a list
whose items open with the verb and have no subject of their own: "The Assembly:\n\na) Decides
to ...", "The Security Council, recalling ...,\n\n1. Decides ...", "THE COUNCIL: 1. COMMITS to
...; 2. STRESSES that ...". The commitment finder reads the commitment verbs of these items,
the statement finder their reporting and stance verbs; both take the list's subject from here.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .mentions import mention_index
from .tokens import doc_tokens

#: Tokens that close a list marker ("1.", "a)", "(iv)") or are a bullet ("-", "•").
_MARKER_ENDS = (".", ")", "-", "–", "—", "•", "*", "·", "▪")
#: Roman numerals of more than one letter (one letter is a marker anyway: "(i)", "v.").
_ROMAN = ("ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii")
#: Tags a list's subject is made of ("The Heads of State and Government of the Union", "We").
_NOUN_PHRASE_TAGS = ("DT", "NNP", "NNPS", "NN", "NNS", "JJ", "IN", "CC", "CD", "POS", "HYPH", "PRP", "-LRB-", "-RRB-")
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
#: Tags that open a subject, never an operative clause or a preamble paragraph ("The Assembly heard ...", "It ...").
_SUBJECT_START_TAGS = ("DT", "PDT", "PRP", "PRP$", "WP", "WDT", "EX", "CD")
#: How many list items and preamble paragraphs may lie between an operative clause and its subject.
_LIST_REACH = 100


def base_form(word: str) -> str:
    """A lowercase verb or noun without its third-person or plural "s" ("decides", "commitments");
    read from the word, as the model gives no lemma to some ("DECIDES", "Commits")."""
    return word[:-1] if word.endswith("s") else word


def _is_marker(text: str) -> bool:
    """Whether a token can be (part of) a list marker: "1", "4.2", "a", "iv", "(", ")", ".", "-"."""
    core = text.strip("().")
    return text in _MARKER_ENDS or text == "(" or core.replace(".", "").isdigit() or len(core) == 1 and core.isalpha() or core.lower() in _ROMAN


def _closes_marker(text: str) -> bool:
    """Whether a token can end a list marker: a closing mark or a bullet ("1.", "a)", "-")."""
    return text in _MARKER_ENDS or text[-1:] in (".", ")") and _is_marker(text)


def _marker_start(doc: Doc, i: int) -> int:
    """The first token of the list marker ("1.", "(a)", "-") that ends just before token i, or i
    when none does; a marker ends with a closing mark, so "I agree" opens with no marker."""
    tokens = doc_tokens(doc)
    if i == 0 or tokens.paragraph_start[i] or not _closes_marker(tokens.texts[i - 1]):
        return i
    k = i - 1
    while k > 0 and i - k < 4 and not tokens.paragraph_start[k] and _is_marker(tokens.texts[k - 1]):
        k -= 1
    return k


def _marker_end(doc: Doc, start: int, last: int) -> int:
    """The first token after the list marker that opens tokens start..last ("4.", "(a)", "-"),
    or start when none does."""
    tokens = doc_tokens(doc)
    k = start
    while k < last and k - start < 4 and _is_marker(tokens.texts[k]):
        k += 1
    return k if k > start and _closes_marker(tokens.texts[k - 1]) else start


def item_start(doc: Doc, verb: int) -> int | None:
    """The first token of the list item a verb opens, or None when the verb does not open one.

    An item opens a line that does not continue wrapped text (after an optional marker and
    adverbs: "b) Decides", "Further decides", "- agrees"), or follows a ";", ":" or "," after
    a marker ("The Assembly: a) Reaffirms ...; b) Decides"). With no marker the verb is
    capitalised, so that a line wrapped inside a sentence opens no item.

    doc (Doc): the document.
    verb (int): the index of the verb.
    RETURNS (int | None): the index of the item's first token.
    """
    tokens = doc_tokens(doc)
    k = verb
    while k > 0 and verb - k < 2 and not tokens.paragraph_start[k] and doc[k - 1].tag_.startswith("RB"):
        k -= 1  # "Further decides", "Also agrees"
    start = _marker_start(doc, k)
    if _opens_line(doc, start):
        return start if start < k or tokens.capitalised[k] else None
    return start if start < k and tokens.texts[start - 1] in (";", ":", ",") else None


def item_end(doc: Doc, verb: int, limit: int) -> int:
    """Where the list item of a verb ends: at its ";", at a blank line or a line that opens
    with a marker, else at ``limit`` (the end of its sentence: "1. Decides ...; 2. Requests
    ..." may be one). A line break alone may only wrap the item's text."""
    tokens = doc_tokens(doc)
    for k in range(verb + 1, limit):
        if tokens.texts[k] == ";":
            return k
        if tokens.is_space[k] and "\n" in tokens.texts[k] and (tokens.texts[k].count("\n") > 1 or _marker_end(doc, k + 1, limit) > k + 1):
            return k
    return limit


def _unit_start(doc: Doc, last: int) -> int | None:
    """The first token of the paragraph, item or preamble clause that ends at token ``last``:
    after a blank line, a line break before a marker or after punctuation (not one that only
    wraps the text), a ";" or ":", or ", 1." (None when it runs longer than a paragraph of a
    resolution would)."""
    tokens = doc_tokens(doc)
    k = last
    while k > 0 and not _opens_line(doc, k) and tokens.texts[k - 1] not in (";", ":"):
        if tokens.texts[k - 1] == "," and _marker_end(doc, k, last) > k:
            break
        k -= 1
        if last - k > 400:
            return None
    return k


def _opens_line(doc: Doc, k: int) -> bool:
    """Whether token k opens a paragraph or a list item on a new line, rather than continuing
    text wrapped over lines."""
    tokens = doc_tokens(doc)
    if not tokens.paragraph_start[k]:
        return False
    if k == 0 or tokens.texts[k - 1].count("\n") > 1 or _marker_end(doc, k, len(doc) - 1) > k:
        return True
    return k > 1 and tokens.texts[k - 2] in (";", ":", ",", ".")


def list_subject(doc: Doc, item: int) -> Span | None:
    """The subject that introduced the list an item belongs to: the noun phrase before a colon
    ("4. The Assembly:"), or the one that opens a preamble ("The Security Council,\n\nRecalling
    ...,"), found by going back over the items and preamble paragraphs before it.

    doc (Doc): a document annotated by the actor finder.
    item (int): the first token of the item.
    RETURNS (Span | None): the subject phrase; None when something other than list items
        (a sentence with a subject of its own, a heading) comes first.
    """
    tokens = doc_tokens(doc)
    index = mention_index(doc)
    position = item
    for _ in range(_LIST_REACH):
        last = position - 1
        while last >= 0 and tokens.is_space[last]:
            last -= 1
        if last > 0 and tokens.lowers[last] in ("and", "or") and tokens.texts[last - 1] in (";", ","):
            last -= 1  # "(b) Decides to ...; and" before the last item
        if last < 0 or tokens.texts[last] not in (";", ":", ",", "."):
            return None
        start = _unit_start(doc, last)
        if start is None:
            return None
        if tokens.texts[last] in (":", ","):
            subject = _introducing_subject(doc, start, last, index)
            if subject is not None:
                return subject
        if tokens.texts[last] == ":" or not _opens_without_subject(doc, start, index):
            return None
        position = start
    return None


def _introducing_subject(doc: Doc, start: int, last: int, index) -> Span | None:
    """The noun phrase that opens tokens start..last and introduces a list: "The Assembly" in
    "4. The Assembly:", "The Security Council" in "The Security Council, recalling ...,", "The
    Conference of the Parties" in "The Conference of the Parties serving as ...,". None when a
    finite verb follows it ("The Assembly heard a statement ...:")."""
    tokens = doc_tokens(doc)
    first = _marker_end(doc, start, last)
    end = first
    while end < last and (doc[end].tag_ in _NOUN_PHRASE_TAGS or tokens.texts[end] == "," and tokens.capitalised[end + 1] and doc[end + 1].tag_ in _NOUN_PHRASE_TAGS):
        end += 1  # a comma before a capitalised name continues a list of names ("Kenya, Uganda and Rwanda")
    # "The ...", "We", or a name; not a preamble's adjective ("Mindful of the Charter,")
    if end == first or not tokens.capitalised[first] or not (doc[first].tag_ in ("DT", "PRP") or first in index):
        return None
    if end < last and tokens.texts[end] != "," and doc[end].tag_ not in ("VBG", "VBN"):
        return None
    if any(doc[k].tag_ in FINITE_TAGS for k in range(end, last)):
        return None  # "The Assembly heard ...,"
    return doc[first:end]


def _opens_without_subject(doc: Doc, start: int, index) -> bool:
    """Whether a line or item opens the way list items and preamble paragraphs do: with a
    verb, participle, adjective or adverb ("Recalling", "Deeply concerned", "(b) Calls on"),
    not with a subject ("The Assembly heard", "Ms. Y announced", "Kenya", "It"). The model
    often tags these capitalised words as names ("Mindful") and parses a list as one sentence
    ("Call" as a noun subject), so a word after a marker, or an "-s" word, counts as a verb."""
    tokens = doc_tokens(doc)
    first = _marker_end(doc, start, len(doc) - 1)
    word = doc[first]
    if first in index or word.tag_ in _SUBJECT_START_TAGS:
        return False
    in_subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in (word, *word.ancestors))
    return first > start or tokens.lowers[first].endswith("s") or not in_subject
