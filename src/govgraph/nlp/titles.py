"""Fast title lookups for the components: a cache and a first-word filter over the lexicon.

The components ask about every token of a Doc whether a title starts there; making a spaCy
Token (or Span) for each question cost more than the lookups. The answers that need no
lexicon lookup are computed at once for a whole Doc from its token lists (tokens.DocTokens)
and kept for the last Doc asked about.
"""

from __future__ import annotations

import functools
import itertools

from spacy.tokens import Doc

from ..lexicon import RANK_WORDS, Lexicons, TitleEntry
from .tokens import DocTokens, doc_tokens

#: Words that make the words before them a possible title ("commerce minister").
_MINISTER_WORDS = ("minister", "ministers")


class TitleLookup:
    """Look up titles with a cache, and rule out at once words no title starts with."""

    def __init__(self, lexicons: Lexicons, cache_size: int = 65536) -> None:
        words = {form.text.split()[0].lower() for form in lexicons.title_surface_forms() if form.text.split()}
        words |= {w.split("-")[0] for w in words}  # spaCy splits "Under-Secretary-General" at hyphens
        self.first_words = frozenset(words | {w.lower() for w in RANK_WORDS})
        self._lookup = functools.lru_cache(maxsize=cache_size)(lexicons.title)
        self._last: tuple[DocTokens, list[bool], list[int], list[int]] | None = None

    def __call__(self, text: str) -> TitleEntry | None:
        """The office a phrase names, or None (see Lexicons.title)."""
        return self._lookup(text)

    def may_start(self, word: str, following: list[str]) -> bool:
        """Whether a title can start with ``word``; ministers are also named by form
        ("commerce minister"), so a "minister" among the next words keeps it possible."""
        return word.lower() in self.first_words or any(w.lower() in _MINISTER_WORDS for w in following)

    def may_start_at(self, doc: Doc, i: int, limit: int) -> bool:
        """may_start for token i of a Doc, looking at most four tokens ahead (and not past limit)."""
        first_word, ministers, _ = self._title_columns(doc)
        end = min(limit, i + 5, len(doc))
        return first_word[i] or end > i + 1 and ministers[end] > ministers[i + 1]

    def possible_starts(self, doc: Doc) -> list[int]:
        """The tokens i for which may_start_at(doc, i, len(doc)) holds, in order."""
        return self._title_columns(doc)[2]

    def _title_columns(self, doc: Doc) -> tuple[list[bool], list[int], list[int]]:
        """Per token: may a title start with it; how many "minister(s)" come before it (one
        more entry, for the end); and the tokens where a title may start."""
        tokens = doc_tokens(doc)
        if self._last is None or self._last[0] is not tokens:
            first_word = [word in self.first_words for word in tokens.lowers]
            ministers = [0, *itertools.accumulate(word in _MINISTER_WORDS for word in tokens.lowers)]
            size = len(first_word)
            # as may_start_at with the Doc's end as limit: four tokens ahead at most
            possible = [i for i in range(size) if first_word[i] or ministers[min(size, i + 5)] > ministers[i + 1]]
            self._last = (tokens, first_word, ministers, possible)
        return self._last[1], self._last[2], self._last[3]


def comma_listed_end(tokens: DocTokens, k: int, limit: int) -> int:
    """The token after a portfolio listed with commas that starts at token k ("Science,
    Technology, Knowledge and Innovation"): runs of capitalised words, commas between them and
    "and" or "&" before the last; k when the words there are no such list ("Energy, Ana Soto,"
    has no "and": a comma before a name)."""
    j, runs = k, 0
    while j < limit and tokens.capitalised[j]:
        while j < limit and tokens.capitalised[j]:
            j += 1
        runs += 1
        if j + 1 < limit and tokens.texts[j] == "," and tokens.capitalised[j + 1]:
            j += 1
        elif runs > 1 and j + 1 < limit and tokens.lowers[j] in ("and", "&") and tokens.capitalised[j + 1]:
            j += 1
            while j < limit and tokens.capitalised[j]:
                j += 1
            return j
        else:
            break
    return k

