"""Demonyms on a Doc: "French", "South Korean", "Papua New Guinean" as spans of whole tokens.

The components read a demonym where a country acts through it ("the South African
government"), gives a title its country ("Sri Lankan Foreign Minister") or must not be
taken for a name ("Papua New Guinean" tagged PERSON by the model). One look-up serves them
all, so a demonym of several tokens is read like a one-token one, the longest form first:
"Papua New Guinean" is Papua New Guinea, never "Guinean" (Guinea).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon import CountryEntry, Lexicons
from .tokens import doc_tokens


def demonym_starting_at(doc: Doc, start: int, lexicons: Lexicons, end: int | None = None) -> tuple[Span, CountryEntry] | None:
    """The longest demonym whose first token is ``start``, as a Country span.

    doc (Doc): the document.
    start (int): a token index.
    lexicons (Lexicons): the lexicons with the demonyms.
    end (int | None): the demonym ends at this token at the latest (default: the Doc's end).
    RETURNS (tuple[Span, CountryEntry] | None): the demonym as a span labelled "Country" whose
        kb_id is the country's name, and the country; or None.
    """
    limit = len(doc) if end is None else min(end, len(doc))
    stop = min(limit, start + lexicons.max_demonym_tokens)
    texts = doc_tokens(doc).texts
    if start >= stop or not texts[start][:1].isupper() or not lexicons.may_start_demonym(texts[start]):
        return None  # most tokens are ruled out here, before the words after them are read
    found = lexicons.leading_demonym(texts[start:stop])
    if found is None:
        return None
    width, country = found
    return Span(doc, start, start + width, label="Country", kb_id=country.name), country


def demonym_ending_at(doc: Doc, end: int, lexicons: Lexicons) -> tuple[Span, CountryEntry] | None:
    """The longest demonym whose last token is ``end - 1``, as a Country span.

    doc (Doc): the document.
    end (int): the token index just after the demonym.
    lexicons (Lexicons): the lexicons with the demonyms.
    RETURNS (tuple[Span, CountryEntry] | None): the demonym as a span labelled "Country" whose
        kb_id is the country's name, and the country; or None.
    """
    first = max(0, end - lexicons.max_demonym_tokens)
    found = lexicons.trailing_demonym(doc_tokens(doc).texts[first:end]) if first < end else None
    if found is None:
        return None
    width, country = found
    return Span(doc, end - width, end, label="Country", kb_id=country.name), country


def demonym_continued_at(doc: Doc, i: int, lexicons: Lexicons) -> tuple[Span, CountryEntry] | None:
    """The demonym that token i continues, begun before it: "Lankan" in "Sri Lankan".

    Such a token starts nothing of its own (no title "Lankan Foreign Minister", no name).

    doc (Doc): the document.
    i (int): a token index.
    lexicons (Lexicons): the lexicons with the demonyms.
    RETURNS (tuple[Span, CountryEntry] | None): the demonym, begun earliest, and its country; or None.
    """
    for start in range(max(0, i - lexicons.max_demonym_tokens + 1), i):
        found = demonym_starting_at(doc, start, lexicons)
        if found is not None and found[0].end > i:
            return found
    return None
