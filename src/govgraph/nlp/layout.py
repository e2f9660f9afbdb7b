"""The layout of a text as tokens show it: paragraphs and the "Name:" labels of transcripts."""

from __future__ import annotations

from spacy.tokens import Doc

from .tokens import doc_tokens

#: Tokens allowed inside a speaker label besides capitalised words ("Asante-Boateng",
#: "Official Spokesperson, Shri A. Kulkarni", "H.E. Ms. Ana Ruiz").
_LABEL_PUNCT = ("-", ".", ",", "’", "'", "’s", "'s", "(", ")")
MAX_LABEL_TOKENS = 8


_last: tuple[Doc, list[tuple[int, int]]] | None = None


def paragraph_labels(doc: Doc) -> list[tuple[int, int]]:
    """Speaker labels: a short capitalised phrase and ":" opening a paragraph, with text after it.

    doc (Doc): the document.
    RETURNS (list[tuple[int, int]]): (first token of the label, index of the colon).
    """
    global _last
    if _last is None or _last[0] is not doc:  # two components ask for the same Doc in turn
        _last = (doc, _find_labels(doc))
    return _last[1]


def _find_labels(doc: Doc) -> list[tuple[int, int]]:
    tokens = doc_tokens(doc)
    texts = tokens.texts
    labels = []
    for i, opens in enumerate(tokens.paragraph_start):
        if not opens or tokens.is_space[i] or tokens.is_punct[i] or not texts[i][:1].isupper():
            continue
        end = i
        depth = 0
        while end < len(doc) and end - i < MAX_LABEL_TOKENS + 6 * (depth > 0) and not _is_colon(texts[end]):
            depth += (texts[end] == "(") - (texts[end] == ")")
            if tokens.is_space[end] or not (texts[end][:1].isupper() or texts[end] in _LABEL_PUNCT or depth > 0):
                break
            end += 1
        if end >= len(doc) or end == i or not _is_colon(texts[end]):
            continue
        if end + 1 >= len(doc) or tokens.is_space[end + 1] and "\n" in texts[end + 1]:
            continue  # "Editor's Note:" on a line of its own is a heading, not a turn
        labels.append((i, end))
    return labels


def _is_colon(text: str) -> bool:
    """A label's colon, also when the tokenizer glued a bracket to it ("):")."""
    return text.endswith(":") and all(not c.isalnum() for c in text)


def dateline_end(doc: Doc, start: int) -> int | None:
    """Where a wire dateline ("JAKARTA, March 14 —", "UNITED NATIONS, April 10 -") that opens a
    paragraph at token ``start`` ends, or None when there is none."""
    i = start
    while i < len(doc) and doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 1:
        i += 1
    if i == start or i >= len(doc) or doc[i].text != ",":
        return None
    for j in range(i + 1, min(len(doc), i + 8)):
        if doc[j].text in ("—", "–", "-", "--") and doc[j].whitespace_:
            return j + 1
        if doc[j].is_space or doc[j].text == ".":
            return None
    return None
