"""What the components ask about every token of a Doc, read once per Doc into Python lists.

Iterating a Doc makes a spaCy Token object for each token, and each attribute read crosses
into Cython; the components scan every token of every Doc several times, and those objects
cost more than the questions. The lexical attributes (text, lowercase, alphabetic,
punctuation, space, title case) are fixed once a Doc is tokenized, so they are read once,
from Doc.to_array and the Doc's text, and kept for the last Doc asked about. Attributes the
pipeline sets later (part of speech, sentence starts, entities) are not kept here: a
component that reads them asks the Doc.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_TITLE, LOWER, ORTH, SPACY
from spacy.tokens import Doc


class DocTokens:
    """The lexical attributes of a Doc's tokens, as lists indexed by token.

    texts, lowers: each token's text, and its text lowercased (as Token.lower_);
    starts: character offsets; is_alpha, is_punct, is_space, is_title:
    as the Token attributes; capitalised: starts with an uppercase letter and is no
    punctuation; paragraph_start: first token of the Doc or after a space token holding a
    line break; lower_ids: the LOWER hashes, for numpy.isin; text: the Doc's text.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.size = len(doc)
        columns = doc.to_array([ORTH, LOWER, IDX, SPACY, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_TITLE])
        strings = doc.vocab.strings
        self.texts: list[str] = [strings[orth] for orth in columns[:, 0].tolist()]
        self.lower_ids: numpy.ndarray = columns[:, 1]
        self.starts: list[int] = columns[:, 2].tolist()
        # Doc.text would join every token's text_with_ws, a Token object each
        self.text = "".join([word + " " if space else word for word, space in zip(self.texts, columns[:, 3].tolist())])
        self.is_alpha: list[bool] = columns[:, 4].astype(bool).tolist()
        self.is_punct: list[bool] = columns[:, 5].astype(bool).tolist()
        self.is_space: list[bool] = columns[:, 6].astype(bool).tolist()
        self.is_title: list[bool] = columns[:, 7].astype(bool).tolist()
        self.lowers: list[str] = [word.lower() for word in self.texts]
        self.capitalised: list[bool] = [word[:1].isupper() and not punct for word, punct in zip(self.texts, self.is_punct)]
        after_break = [space and "\n" in word for space, word in zip(self.is_space, self.texts)]
        self.paragraph_start: list[bool] = ([True] + after_break[:-1]) if self.size else []

    def phrase(self, start: int, end: int) -> str:
        """The text of tokens start..end-1, as ``doc[start:end].text``."""
        return self.text[self.starts[start] : self.starts[end - 1] + len(self.texts[end - 1])]


_last: DocTokens | None = None


def doc_tokens(doc: Doc) -> DocTokens:
    """The token lists of a Doc, made on the first question about it and kept for the next."""
    global _last
    if _last is None or _last.doc is not doc or _last.size != len(doc):
        _last = DocTokens(doc)
    return _last
