"""Countries named in lists, and capitals or large cities the model tags as people or bodies.

The sentences are our own, with invented names; none comes from the evaluation texts.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, mentions",
    [
        # pycountry's "Congo, The Democratic Republic of the" must not match across the list
        (
            "The Republic of the Congo, the Democratic Republic of the Congo and Gabon signed the accord.",
            {
                ("Republic of the Congo", "Republic of the Congo"),
                ("Democratic Republic of the Congo", "Democratic Republic of the Congo"),
                ("Gabon", "Gabon"),
            },
        ),
        (
            "Delegates from Korea, Republic of Moldova and Chad attended.",
            {("Korea", "South Korea"), ("Republic of Moldova", "Moldova"), ("Chad", "Chad")},
        ),
    ],
)
def test_countries_in_a_list_keep_their_own_names(nlp, text: str, mentions: set[tuple[str, str]]) -> None:
    assert {(span.text, span.kb_id_) for span in nlp(text).spans["govgraph_actors"] if span.label_ == "Country"} == mentions


@pytest.mark.parametrize(
    "text, place",
    [
        ("BRAZZAVILLE, Oct 23 — Four countries pledged on Friday to end forest loss.", "BRAZZAVILLE"),  # tagged ORG
        ("Norway pledged $400 million. Its minister said Oslo would release the first tranche.", "Oslo"),  # tagged ORG
        ("Officials in Buenos Aires and La Paz said the talks would resume.", "La Paz"),  # tagged PERSON
    ],
)
def test_a_capital_or_large_city_is_no_actor(nlp, text: str, place: str) -> None:
    assert place not in {span.text for span in nlp(text).spans["govgraph_actors"]}


def test_a_surname_that_is_also_a_city_stays_the_persons(nlp) -> None:
    doc = nlp("Tom Lima said the deal was fair. Lima added that it would be signed soon.")
    assert {(span.label_, span.text) for span in doc.spans["govgraph_actors"]} == {("Person", "Tom Lima"), ("Person", "Lima")}


# -- phrases that are no person's name -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, absent, present",
    [
        # a question opening with a verb before a country: the model tags "Will Ghana" PERSON
        ("Will Ghana sign the treaty this year?", ("Person", "Will Ghana"), ("Country", "Ghana")),
        # a name ending in an organisation head is a body's (the model tags both PERSON)
        ("Ana Soto, chief executive of the startup Zuri Labs, said firms needed tests. Zuri Labs will sign.", ("Person", "Zuri Labs"), ("Organization", "Zuri Labs")),
        ("Delegates met at a meeting of the Council of Ministers of the African Continental Free Trade Area (AfCFTA) in Accra.", ("Person", "Continental Free Trade Area"), None),
        # a place named by its kind is no actor
        ("Ships will sail between Port Moresby and Tanjung Pelepas Port.", ("Person", "Tanjung Pelepas Port"), None),
        # a language is no body (the model tags "Swahili" ORG)
        ("Zuri Labs will open its Swahili and Yoruba models to researchers.", ("Organization", "Swahili"), ("Organization", "Zuri Labs")),
    ],
)
def test_phrases_that_name_no_person(nlp, text: str, absent: tuple[str, str], present: tuple[str, str] | None) -> None:
    mentions = {(span.label_, span.kb_id_) for span in nlp(text).spans["govgraph_actors"]}
    assert absent not in mentions
    assert present is None or present in mentions
