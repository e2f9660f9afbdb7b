"""The layout of a text as tokens show it: paragraphs and the "Name:" labels of transcripts."""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: Tokens allowed inside a speaker label besides capitalised words ("Asante-Boateng",
#: "Official Spokesperson, Shri A. Kulkarni", "H.E. Ms. Ana Ruiz").
_LABEL_PUNCT = ("-", ".", ",", "’", "'", "’s", "'s")
MAX_LABEL_TOKENS = 8


def starts_paragraph(token: Token) -> bool:
    """Whether a token is the first of a paragraph or line."""
    if token.i == 0:
        return True
    previous = token.doc[token.i - 1]
    return (previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_


def paragraph_labels(doc: Doc) -> list[tuple[int, int]]:
    """Speaker labels: a short capitalised phrase and ":" opening a paragraph, with text after it.

    doc (Doc): the document.
    RETURNS (list[tuple[int, int]]): (first token of the label, index of the colon).
    """
    labels = []
    for token in doc:
        if token.is_space or token.is_punct or not starts_paragraph(token) or not token.text[:1].isupper():
            continue
        end = token.i
        while end < len(doc) and end - token.i < MAX_LABEL_TOKENS and doc[end].text != ":":
            word = doc[end]
            if not (word.text[:1].isupper() or word.text in _LABEL_PUNCT) or word.is_space:
                break
            end += 1
        if end >= len(doc) or end == token.i or doc[end].text != ":":
            continue
        following = doc[end + 1] if end + 1 < len(doc) else None
        if following is None or (following.is_space and "\n" in following.text):
            continue  # "Editor's Note:" on a line of its own is a heading, not a turn
        labels.append((token.i, end))
    return labels
