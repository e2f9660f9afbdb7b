"""Fast title lookups for the components: a cache and a first-word filter over the lexicon."""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from ..lexicon import RANK_WORDS, Lexicons, TitleEntry


class TitleLookup:
    """Look up titles with a cache, and rule out at once words no title starts with."""

    def __init__(self, lexicons: Lexicons, cache_size: int = 65536) -> None:
        words = {form.text.split()[0].lower() for form in lexicons.title_surface_forms() if form.text.split()}
        words |= {w.split("-")[0] for w in words}  # spaCy splits "Under-Secretary-General" at hyphens
        self.first_words = frozenset(words | {w.lower() for w in RANK_WORDS})
        self._lookup = functools.lru_cache(maxsize=cache_size)(lexicons.title)

    def __call__(self, text: str) -> TitleEntry | None:
        """The office a phrase names, or None (see Lexicons.title)."""
        return self._lookup(text)

    def may_start(self, word: str, following: list[str]) -> bool:
        """Whether a title can start with ``word``; ministers are also named by form
        ("commerce minister"), so a "minister" among the next words keeps it possible."""
        return word.lower() in self.first_words or any(w.lower() in ("minister", "ministers") for w in following)

    def may_start_at(self, doc: Doc, i: int, limit: int) -> bool:
        """may_start for token i of a Doc, looking at most four tokens ahead."""
        return doc[i].lower_ in self.first_words or any(t.lower_ in ("minister", "ministers") for t in doc[i + 1 : min(limit, i + 5)])
