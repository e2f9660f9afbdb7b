"""A person's name the model tags as an organisation, run together with an apposed title.

The sentences are our own, with invented names; none comes from the evaluation texts.
"""

from __future__ import annotations

import pytest

from govgraph.corpus import parse_document
from govgraph.nlp import doc_to_records


def actors_of(nlp, text: str) -> set[tuple[str, str]]:
    """(category, name) of each actor mention found in a text."""
    return {(span.label_, span.kb_id_) for span in nlp(text).spans["govgraph_actors"]}


def roles_of(nlp, text: str) -> set[tuple[str, str, str]]:
    """(person, title, organisation) of each role found in a text."""
    document = parse_document(text.encode("utf-8"), "t.txt")
    records = doc_to_records(nlp(document.body), document)
    return {(r.person.name, r.title, r.organization.name) for r in records.roles}


@pytest.mark.parametrize(
    "text, person, title, country",
    [
        # the model tags "Lina Osei, Ghanaian Foreign" as one ORG entity
        ("The deal was signed by Lina Osei, Ghanaian Foreign Minister.", "Lina Osei", "Foreign Minister", "Ghana"),
        # the name alone is tagged ORG, and so is "Interior" of the title after it
        ("Talks were led by Nadia Haddad, Lebanese Interior Minister.", "Nadia Haddad", "Interior Minister", "Lebanon"),
        # "Kazakh Energy" of the title is tagged ORG
        ("Dmitri Orlov, Kazakh Energy Minister, announced the deal.", "Dmitri Orlov", "Energy Minister", "Kazakhstan"),
    ],
)
def test_name_tagged_as_organisation_before_a_title(nlp, text: str, person: str, title: str, country: str) -> None:
    actors = actors_of(nlp, text)
    assert ("Person", person) in actors
    assert not any(category == "Organization" for category, _ in actors)
    assert roles_of(nlp, text) == {(person, title, country)}


def test_organisation_with_a_comma_stays_an_organisation(nlp) -> None:
    # what precedes the comma has an organisation head: no person, however the model tags it
    text = "The Ministry of Foreign Affairs, Trade and Development of Kenya issued a statement."
    actors = actors_of(nlp, text)
    assert not any(category == "Person" for category, _ in actors)
