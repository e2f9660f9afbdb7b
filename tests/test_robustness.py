"""The pipeline never fails on odd text: fragments, lone labels, broken titles, random words."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from govgraph.corpus import parse_document
from govgraph.nlp import doc_to_records

pytestmark = pytest.mark.issue(3)

EDGE_CASES = [
    ":", "We", "We,", "We, the", "GT:", "Name:", "(", ")", "— —", "A:\n\nB:", "President", "President of",
    "Prime Minister of the", "said", "“", "We, the leaders of", "X, Y and Z", "UNITED NATIONS, April 10 -",
    "the two leaders agreed to", "They will", "Both sides agreed to.", "Joint Europeans,", "Minister of Trade and",
    "Dr.", "Sheikh", "’s", "U.S.", "by 2030 if", "according to", "he said", "Question (A, B):",
    "Its", "Its chief,", "the country's", "The Assembly:", "1. Decides", "a) Agrees to", "For the Government of",
    "(hereinafter", "Each Party shall", "Q:", "A: Yes.", "HOST:", "Oslo would", "who headed", "Dato' Seri",
]


def snippets(root: Path, count: int, seed: int = 7) -> list[str]:
    words = " ".join(p.read_text(encoding="utf-8") for p in sorted((root / "corpus").glob("*.txt"))).split()
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        size = rng.randint(1, 50)
        start = rng.randint(0, len(words) - size)
        out.append(" ".join(words[start : start + size]))
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 30))))
    return out


def test_no_fragment_breaks_the_pipeline(nlp, root: Path) -> None:
    for text in EDGE_CASES + snippets(root, 150):
        document = parse_document(text.encode("utf-8"), "fragment.txt")
        doc_to_records(nlp(document.body), document)
