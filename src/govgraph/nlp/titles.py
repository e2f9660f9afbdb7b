"""Fast title lookups for the components: a cache and a first-word filter over the lexicon.

The components ask about every token of a Doc whether a title starts there; making a spaCy
Token (or Span) for each question cost more than the lookups. The answers that need no
lexicon lookup are computed at once for a whole Doc from its token arrays (_DocTokens) and
kept for the last Doc asked about.
"""

from __future__ import annotations

import functools

import numpy
from spacy.attrs import IDX, LENGTH, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..lexicon import RANK_WORDS, Lexicons, TitleEntry

#: Words that make the words before them a possible title ("commerce minister").
_MINISTER_WORDS = ("minister", "ministers")


class TitleLookup:
    """Look up titles with a cache, and rule out at once words no title starts with."""

    def __init__(self, lexicons: Lexicons, cache_size: int = 65536) -> None:
        words = {form.text.split()[0].lower() for form in lexicons.title_surface_forms() if form.text.split()}
        words |= {w.split("-")[0] for w in words}  # spaCy splits "Under-Secretary-General" at hyphens
        self.first_words = frozenset(words | {w.lower() for w in RANK_WORDS})
        self._lookup = functools.lru_cache(maxsize=cache_size)(lexicons.title)
        self._first_hashes = numpy.array(sorted(get_string_id(w) for w in self.first_words), dtype=numpy.uint64)
        self._minister_hashes = numpy.array([get_string_id(w) for w in _MINISTER_WORDS], dtype=numpy.uint64)
        self._last: _DocTokens | None = None

    def __call__(self, text: str) -> TitleEntry | None:
        """The office a phrase names, or None (see Lexicons.title)."""
        return self._lookup(text)

    def may_start(self, word: str, following: list[str]) -> bool:
        """Whether a title can start with ``word``; ministers are also named by form
        ("commerce minister"), so a "minister" among the next words keeps it possible."""
        return word.lower() in self.first_words or any(w.lower() in _MINISTER_WORDS for w in following)

    def may_start_at(self, doc: Doc, i: int, limit: int) -> bool:
        """may_start for token i of a Doc, looking at most four tokens ahead (and not past limit)."""
        tokens = self._tokens(doc)
        end = min(limit, i + 5, len(doc))
        return tokens.first_word[i] or end > i + 1 and tokens.ministers[end] > tokens.ministers[i + 1]

    def phrase(self, doc: Doc, start: int, end: int) -> str:
        """The text of tokens start..end-1, as ``doc[start:end].text``."""
        tokens = self._tokens(doc)
        return tokens.text[tokens.starts[start] : tokens.starts[end - 1] + tokens.lengths[end - 1]]

    def _tokens(self, doc: Doc) -> _DocTokens:
        if self._last is None or self._last.doc is not doc or self._last.size != len(doc):
            self._last = _DocTokens(doc, self._first_hashes, self._minister_hashes)
        return self._last


class _DocTokens:
    """Per token of a Doc: may a title start with it, how many "minister(s)" come before
    it (ministers has one more entry, for the end), its character offset and length; and
    the Doc's text (Doc.text joins the tokens at every call)."""

    def __init__(self, doc: Doc, first_hashes: numpy.ndarray, minister_hashes: numpy.ndarray) -> None:
        self.doc = doc
        self.size = len(doc)
        columns = doc.to_array([LOWER, IDX, LENGTH])
        self.first_word: list[bool] = numpy.isin(columns[:, 0], first_hashes).tolist()
        self.ministers: list[int] = [0] + numpy.cumsum(numpy.isin(columns[:, 0], minister_hashes)).tolist()
        self.starts: list[int] = columns[:, 1].tolist()
        self.lengths: list[int] = columns[:, 2].tolist()
        self.text = doc.text
