"""Actor mentions on a Doc, shared by the components that read them.

The actor finder stores every mention in ``doc.spans["govgraph_actors"]``: the span's
label is the category (Person, Country, Organization) and its ``kb_id_`` the canonical
name, so later components resolve a token to an actor without any lookup of their own.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from .layout import paragraph_labels

SPAN_KEY = "govgraph_actors"
#: Categories that can be parties of commitments and holders of offices' organisations.
COLLECTIVE = ("Country", "Organization")
#: The category of a commitment party that stands for the state a person serves when the text
#: names no state for their office ("Prime Minister X held talks with ... Both sides agreed").
#: Only the document's header tells which state that is, so doc_to_records resolves it.
STATE_OF = "StateOf"

if not Doc.has_extension("govgraph_actor_info"):
    # info_key(ref) -> {"kind", "country_code", "wikidata", "parent": [category, name] | None};
    # string keys, because Doc user data goes through msgpack (n_process > 1, DocBin)
    Doc.set_extension("govgraph_actor_info", default={})


#: An actor key as stored on a Doc: (category, canonical name). Plain tuples keep Docs serialisable.
Ref = tuple[str, str]


def info_key(ref: Ref | list[str]) -> str:
    """The key of an actor in doc._.govgraph_actor_info."""
    return f"{ref[0]}\t{ref[1]}"


def mention_ref(span: Span) -> Ref:
    """The actor a mention span points to.

    span (Span): a span of doc.spans["govgraph_actors"].
    RETURNS (Ref): its category and canonical name.
    """
    return (span.label_, span.kb_id_)


class _Index:
    """Mentions of one Doc sorted and keyed by start and end token, built once per Doc."""

    def __init__(self, doc: Doc) -> None:
        group = doc.spans[SPAN_KEY] if SPAN_KEY in doc.spans else []
        self.spans = sorted(group, key=lambda s: (s.start, -(s.end - s.start)))
        self.starts = [s.start for s in self.spans]
        self.by_start: dict[int, Span] = {}
        self.by_end: dict[int, Span] = {}
        self.covering: dict[int, Span] = {}
        for span in self.spans:
            for table, key in ((self.by_start, span.start), (self.by_end, span.end)):
                if key not in table or len(span) > len(table[key]):
                    table[key] = span
            for i in range(span.start, span.end):
                if i not in self.covering or len(span) > len(self.covering[i]):
                    self.covering[i] = span


_last: tuple[Doc, object, int, _Index] | None = None


def _index(doc: Doc) -> _Index:
    """The mention index of a Doc; the last one is kept, as components read one Doc at a time.

    The cache holds the Doc itself and compares identity, so a new Doc that happens to get
    the address of a freed one never sees its mentions.
    """
    global _last
    group = doc.spans[SPAN_KEY] if SPAN_KEY in doc.spans else None
    size = len(group) if group is not None else -1
    if _last is None or _last[0] is not doc or _last[1] is not group or _last[2] != size:
        _last = (doc, group, size, _Index(doc))
    return _last[3]


def mentions(doc: Doc) -> list[Span]:
    """All actor mentions of a Doc, in text order (outer mentions before nested ones)."""
    return _index(doc).spans


def mention_index(doc: Doc) -> dict[int, Span]:
    """Map each token index to the longest mention covering it."""
    return _index(doc).covering


def mention_at(doc: Doc, start: int) -> Span | None:
    """The longest mention beginning at token ``start`` (after an optional article).

    doc (Doc): the document.
    start (int): a token index.
    RETURNS (Span | None): the mention, or None.
    """
    if start < len(doc) and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    return _index(doc).by_start.get(start)


def mentions_between(doc: Doc, start: int, end: int) -> list[Span]:
    """The mentions that lie within tokens [start, end), in text order."""
    index = _index(doc)
    first, last = bisect.bisect_left(index.starts, start), bisect.bisect_left(index.starts, end)
    return [s for s in index.spans[first:last] if s.end <= end]


def mention_ending_at(doc: Doc, end: int) -> Span | None:
    """The longest mention whose last token is ``end - 1``."""
    return _index(doc).by_end.get(end)


def labelled_turns(doc: Doc) -> list[tuple[int, int, Span | None]]:
    """The "Name:" labels that open paragraphs (interview turns) and who they name.

    doc (Doc): a document annotated by the actor finder.
    RETURNS (list[tuple[int, int, Span | None]]): for each label in text order, its first
        token, its colon and the mention the label is (None if it is no single mention).
    """
    turns = []
    for start, colon in paragraph_labels(doc):
        label = mention_ending_at(doc, colon) or mention_at(doc, start)
        turns.append((start, colon, label if label is not None and start <= label.start and label.end <= colon else None))
    return turns


def mentions_in(doc: Doc, tokens: Iterable[Token], categories: tuple[str, ...] | None = None) -> list[Span]:
    """Outermost mentions that lie inside a set of tokens, in text order.

    doc (Doc): the document.
    tokens (Iterable[Token]): e.g. a subject's subtree.
    categories (tuple[str, ...] | None): keep only these categories.
    RETURNS (list[Span]): the mentions, without duplicates or nested ones.
    """
    inside = {t.i for t in tokens}
    if not inside:
        return []
    found = [s for s in mentions_between(doc, min(inside), max(inside) + 1) if all(i in inside for i in range(s.start, s.end))]
    outer = [s for s in found if not any(o is not s and o.start <= s.start and s.end <= o.end and len(o) > len(s) for o in found)]
    if categories is not None:
        outer = [s for s in outer if s.label_ in categories]
    return outer


def actor_parent(doc: Doc, ref: Ref) -> Ref | None:
    """The organisation or country an organisation belongs to, if the text says so."""
    parent = doc._.govgraph_actor_info.get(info_key(ref), {}).get("parent")
    return tuple(parent) if parent else None  # type: ignore[return-value]
