"""Roles of appositions without an article, "who headed", plural counterparts.

The sentences are our own, with invented names; none comes from the evaluation texts.
"""

from __future__ import annotations

import pytest

from govgraph.corpus import parse_document
from govgraph.nlp import doc_to_records


def roles_of(nlp, text: str) -> set[tuple[str, str, str, str | None]]:
    """(person, title, organisation, status) of each role found in a text."""
    document = parse_document(text.encode("utf-8"), "t.txt")
    records = doc_to_records(nlp(document.body), document)
    return {(r.person.name, r.title, r.organization.name, r.status) for r in records.roles}


# -- appositions without an article ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Marek Dvorak, French Foreign Minister, said the talks would continue.", {("Marek Dvorak", "Foreign Minister", "France", None)}),
        ("The deal was signed by Marek Dvorak, French Foreign Minister.", {("Marek Dvorak", "Foreign Minister", "France", None)}),
        (
            "Marek Dvorak, former Czech prime minister, said the talks would continue.",
            {("Marek Dvorak", "former prime minister", "Czechia", "former")},
        ),
        # status words with no demonym, with and without an article
        (
            "Marek Dvorak, former prime minister of Italy, said the talks would continue.",
            {("Marek Dvorak", "former prime minister", "Italy", "former")},
        ),
        (
            "Marek Dvorak, the former prime minister of Italy, said the talks would continue.",
            {("Marek Dvorak", "former prime minister", "Italy", "former")},
        ),
        (
            "Marek Dvorak, Kenyan Trade Minister, and Lina Osei, Ghanaian Foreign Minister, signed the deal.",
            {("Marek Dvorak", "Trade Minister", "Kenya", None), ("Lina Osei", "Foreign Minister", "Ghana", None)},
        ),
    ],
)
def test_an_apposed_title_without_an_article(nlp, text: str, expected: set) -> None:
    assert roles_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Marek Dvorak, Lina Osei, Tomas Berg and Ana Lima met in Rome.", set()),
        # a list of titled names: the title is the next person's, not an apposition
        ("Marek Dvorak, Kenyan Foreign Minister Lina Osei and Ana Lima met in Rome.", {("Lina Osei", "Foreign Minister", "Kenya", None)}),
        ("The talks brought together Marek Dvorak, Kenyan ministers and Ghanaian officials.", set()),
    ],
)
def test_a_list_of_people_gives_no_apposed_roles(nlp, text: str, expected: set) -> None:
    assert roles_of(nlp, text) == expected
