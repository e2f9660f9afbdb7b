"""Roles of appositions without an article, titles after their owner, "who headed", plural
counterparts and titles.

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
        # names the model leaves untagged: the demonym and the title after the comma make them a person
        ("Ruben Kask, Estonian Defence Minister, said the talks went well.", {("Ruben Kask", "Defence Minister", "Estonia", None)}),
        ("The plan was presented by Ilse Vogt, German Foreign Minister.", {("Ilse Vogt", "Foreign Minister", "Germany", None)}),
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


@pytest.mark.parametrize(
    "text, people, roles",
    [
        # no state named for the office: a person, no role
        ("The talks took place in New York, Foreign Minister Lina Osei said.", {"Lina Osei"}, set()),
        ("The talks took place in New York, Kenyan Foreign Minister Lina Osei said.", {"Lina Osei"}, {("Lina Osei", "Foreign Minister")}),
        ("After the meeting in Addis Ababa, Ethiopian Prime Minister Dawit Bekele left for Cairo.", {"Dawit Bekele"}, {("Dawit Bekele", "Prime Minister")}),
    ],
)
def test_a_place_before_a_comma_and_a_title_is_no_person(nlp, text: str, people: set, roles: set) -> None:
    document = parse_document(text.encode("utf-8"), "t.txt")
    records = doc_to_records(nlp(document.body), document)
    assert {a.ref.name for a in records.actors if a.ref.category == "Person"} == people
    assert {(r.person.name, r.title) for r in records.roles} == roles


# -- a lowercase title between an owner and the name -----------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # words naming the portfolio or a body the text does not name: the title keeps them
        ("Ghana's foreign ministry spokesperson Kwame Asare said the talks went well.", ("Kwame Asare", "foreign ministry spokesperson", "Ghana", None)),
        ("Ghana's foreign ministry spokesperson, Kwame Asare, said the talks went well.", ("Kwame Asare", "foreign ministry spokesperson", "Ghana", None)),
        ("Kenya's defence ministry spokesman Otieno Wekesa told reporters the talks went well.", ("Otieno Wekesa", "defence ministry spokesman", "Kenya", None)),
        ("EU foreign policy chief Kwame Asare said the talks went well.", ("Kwame Asare", "foreign policy chief", "European Union", None)),
        ("The EU's foreign policy chief, Kwame Asare, said the talks went well.", ("Kwame Asare", "foreign policy chief", "European Union", None)),
        ("World Bank chief economist Kwame Asare said the talks went well.", ("Kwame Asare", "chief economist", "World Bank", None)),
        # a status word between the owner and the title
        ("Kenya's former foreign minister Kwame Asare said the talks went well.", ("Kwame Asare", "former foreign minister", "Kenya", "former")),
        # two portfolio words joined by "and"
        ("Denmark's trade and industry minister Kwame Asare said the talks went well.", ("Kwame Asare", "trade and industry minister", "Denmark", None)),
        # "the bank's": the bank named before
        ("The World Bank published the figures on Monday. The bank's chief economist, Kwame Asare, said they were wrong.", ("Kwame Asare", "chief economist", "World Bank", None)),
    ],
)
def test_a_title_between_its_owner_and_the_name(nlp, text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert roles_of(nlp, text) == {expected}


def test_the_ministrys_title_is_held_in_the_ministry_named_before(nlp) -> None:
    text = "The Kenyan Ministry of Trade published the figures on Monday. The ministry's chief negotiator Kwame Asare said they were wrong."
    [(person, title, organization, _)] = roles_of(nlp, text)
    assert (person, title) == ("Kwame Asare", "chief negotiator") and organization.endswith("Ministry of Trade")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry's chief negotiator Kwame Asare said the figures were wrong.",  # no ministry named
        "The World Bank published the figures on Monday. The ministry's chief negotiator Kwame Asare said they were wrong.",
    ],
)
def test_the_ministrys_title_with_no_ministry_named_gives_no_role(nlp, text: str) -> None:
    assert roles_of(nlp, text) == set()


# -- "X, who heads Y" and "X, who is the head of Y" ------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Marek Dvorak, who is the head of the World Food Programme, said aid would continue.", ("head", "World Food Programme")),
        ("Marek Dvorak, who is also the Kenyan foreign minister, said aid would continue.", ("foreign minister", "Kenya")),
        ("Marek Dvorak, who has been the chair of the African Union since 2019, said aid would continue.", ("chair", "African Union")),
        # the title is not grown over what follows it
        ("Marek Dvorak, who is the Kenyan foreign minister until May, said aid would continue.", ("foreign minister", "Kenya")),
        ("Marek Dvorak, who has been leading the African Union since 2019, said aid would continue.", ("head", "African Union")),
    ],
)
def test_who_is_the_head_of(nlp, text: str, expected: tuple[str, str]) -> None:
    assert roles_of(nlp, text) == {("Marek Dvorak", *expected, None)}


@pytest.mark.parametrize(
    "text",
    [
        "Marek Dvorak, who will head the African Union, said aid would continue.",  # not held yet
        "Marek Dvorak, who is a fierce critic of the African Union, said aid would continue.",  # no title
        "Marek Dvorak, who is the head of the delegation, said aid would continue.",  # no body named
        "Marek Dvorak, who was the head of the delegation, said aid would continue.",
    ],
)
def test_who_clauses_without_an_office_give_no_role(nlp, text: str) -> None:
    assert roles_of(nlp, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Marek Dvorak, who was the chair of the African Union, said aid would continue.", ("former chair", "African Union")),
        ("Marek Dvorak, who had been the chair of the African Union, said aid would continue.", ("former chair", "African Union")),
        ("Marek Dvorak, who was once the Kenyan foreign minister, said aid would continue.", ("former foreign minister", "Kenya")),
        ("Marek Dvorak, who had been leading the African Union since 2019, said aid would continue.", ("former head", "African Union")),
        ("Marek Dvorak, who directed the World Health Organization from 2010 to 2015, spoke.", ("former director", "World Health Organization")),
        # a former office stays former
        ("Marek Dvorak, who was the former chair of the African Union, said aid would continue.", ("former chair", "African Union")),
    ],
)
def test_who_was_the_head_of_held_a_former_office(nlp, text: str, expected: tuple[str, str]) -> None:
    assert roles_of(nlp, text) == {("Marek Dvorak", *expected, "former")}


# -- plural counterparts ---------------------------------------------------------------------

HOST = "Tanzanian Foreign Minister Marek Dvorak met "
MINISTER = ("Marek Dvorak", "Foreign Minister", "Tanzania", None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("his Kenyan and Ugandan counterparts Lina Osei and Tomas Berg in Arusha.", {("Lina Osei", "Kenya"), ("Tomas Berg", "Uganda")}),
        ("his counterparts Lina Osei of Kenya and Tomas Berg of Uganda in Arusha.", {("Lina Osei", "Kenya"), ("Tomas Berg", "Uganda")}),
        ("his counterparts from Kenya and Uganda, Lina Osei and Tomas Berg.", {("Lina Osei", "Kenya"), ("Tomas Berg", "Uganda")}),
        (
            "his Kenyan, Ugandan and Rwandan counterparts Lina Osei, Tomas Berg and Ana Lima.",
            {("Lina Osei", "Kenya"), ("Tomas Berg", "Uganda"), ("Ana Lima", "Rwanda")},
        ),
        ("his Kenyan counterparts, Lina Osei, in Arusha.", {("Lina Osei", "Kenya")}),
        ("his counterpart Lina Osei of Kenya in Arusha.", {("Lina Osei", "Kenya")}),
        # which name is of which country is not said: no role
        ("his Kenyan counterparts Lina Osei and Tomas Berg in Arusha.", set()),
        ("his counterparts Lina Osei and Tomas Berg of Uganda in Arusha.", set()),
        # a singular counterpart is one person, the next name is not another
        ("his Kenyan counterpart Lina Osei and Tomas Berg in Arusha.", {("Lina Osei", "Kenya")}),
    ],
)
def test_counterparts_pair_names_and_countries(nlp, text: str, expected: set[tuple[str, str]]) -> None:
    assert roles_of(nlp, HOST + text) == {MINISTER} | {(person, "Foreign Minister", country, None) for person, country in expected}


# -- a plural title of several countries -----------------------------------------------------

PAIR = {("Otieno Wekesa", "Kenya"), ("Grace Nansubuga", "Uganda")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The defence ministers of Kenya and Uganda, Otieno Wekesa and Grace Nansubuga, signed a pact.", PAIR),
        ("The Kenyan and Ugandan defence ministers, Otieno Wekesa and Grace Nansubuga, signed a pact.", PAIR),
        ("Kenya's and Uganda's defence ministers Otieno Wekesa and Grace Nansubuga signed a pact.", PAIR),
        # the two countries named before, in the sentence or the ones before it
        ("Kenya and Uganda signed a pact on Monday. The two countries' defence ministers, Otieno Wekesa and Grace Nansubuga, said it would help.", PAIR),
        (
            "Kenyan President Daniel Mwangi met Ugandan President Sarah Achieng on Monday. They spoke for an hour. "
            "Separately, the countries' defence ministers, Otieno Wekesa and Grace Nansubuga, signed a pact.",
            PAIR | {("Daniel Mwangi", "Kenya"), ("Sarah Achieng", "Uganda")},
        ),
        # as many names as countries, or no role
        ("The defence ministers of Kenya, Uganda and Rwanda, Otieno Wekesa and Grace Nansubuga, signed a pact.", set()),
        ("Kenya, Uganda and Rwanda signed a pact. The two countries' defence ministers, Otieno Wekesa and Grace Nansubuga, spoke.", set()),
        ("The defence ministers of the two countries, Otieno Wekesa and Grace Nansubuga, signed a pact.", set()),  # none named
        # one owner: each name holds the title in it
        ("Kenyan defence ministers Otieno Wekesa and Grace Nansubuga signed a pact.", {("Otieno Wekesa", "Kenya"), ("Grace Nansubuga", "Kenya")}),
    ],
)
def test_a_plural_title_of_several_countries_pairs_names_and_countries(nlp, text: str, expected: set[tuple[str, str]]) -> None:
    found = roles_of(nlp, text)
    assert {(person, country) for person, _, country, _ in found} == expected
    assert {title for person, title, _, _ in found if person in ("Otieno Wekesa", "Grace Nansubuga")} <= {"defence minister"}


# -- "my counterpart" in a quote ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“I spoke with my Kenyan counterpart Lina Osei on Monday,” said Ugandan Foreign Minister Marek Dvorak.",
        "Ugandan Foreign Minister Marek Dvorak said: “I spoke with my Kenyan counterpart, Lina Osei, on Monday.”",
    ],
)
def test_my_counterpart_in_a_quote_holds_the_speakers_office(nlp, text: str) -> None:
    assert roles_of(nlp, text) == {("Marek Dvorak", "Foreign Minister", "Uganda", None), ("Lina Osei", "Foreign Minister", "Kenya", None)}


@pytest.mark.parametrize(
    "text",
    [
        "“I spoke with my Kenyan counterpart Lina Osei on Monday,” said Marek Dvorak.",  # the speaker holds no office
        # two office holders named: which one speaks is the statement finder's to say
        "“I spoke with my Kenyan counterpart Lina Osei,” Ugandan Foreign Minister Marek Dvorak said after meeting Rwandan President Tomas Berg.",
    ],
)
def test_my_counterpart_without_one_known_speaker_gives_no_role(nlp, text: str) -> None:
    assert "Lina Osei" not in {person for person, _, _, _ in roles_of(nlp, text)}


# -- an owner given by reference: "its", "the country's" ---------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # "its": the subject of the sentence before, when it is a country or an organisation
        (
            "Denmark announced a new fund on Tuesday. Its trade and industry minister, Marek Dvorak, said the fund would open in May.",
            ("Marek Dvorak", "trade and industry minister", "Denmark"),
        ),
        (
            "The Nordic Rail Federation published its report on Monday. Its director-general, Pieter Vandam, said freight had grown.",
            ("Pieter Vandam", "director-general", "Nordic Rail Federation"),
        ),
        # the subject, not the last body named: the countries after it are not the company
        (
            "Nordhavn Logistics Group, with depots in Peru and Chile, reported higher profits on Monday. Its chief executive, Pieter Vandam, said demand was strong.",
            ("Pieter Vandam", "chief executive", "Nordhavn Logistics Group"),
        ),
        # a subject that is no actor: the country it names
        ("Kenya's negotiators walked out on Monday. Its energy minister, Otieno Wekesa, told reporters the text was unfair.", ("Otieno Wekesa", "energy minister", "Kenya")),
        # a singular subject that names no actor: "its" is what the noun stands for
        (
            "The Kenyan Ministry of Trade met traders. The ministry published its figures. Its chief negotiator, Pieter Vandam, said they were fair.",
            ("Pieter Vandam", "chief negotiator", "Kenyan Ministry of Trade"),
        ),
        # a plural subject is not "it": the body last named
        (
            "The Kenyan Ministry of Trade met traders on Monday. Some firms left early. Its chief negotiator, Pieter Vandam, said they were wrong.",
            ("Pieter Vandam", "chief negotiator", "Kenyan Ministry of Trade"),
        ),
        # the subject of the clause before, in the same sentence
        ("Kenya signed the pact and its foreign minister, Otieno Wekesa, called it fair.", ("Otieno Wekesa", "foreign minister", "Kenya")),
        ("Norway sent Pieter Vandam, its chief negotiator, to the talks.", ("Pieter Vandam", "chief negotiator", "Norway")),
        # "the country's", "the organisation's": the country or organisation named before
        ("Kenya signed the pact on Monday. The country's chief negotiator Otieno Wekesa said it was fair.", ("Otieno Wekesa", "chief negotiator", "Kenya")),
        ("Kenya signed the pact on Monday. Otieno Wekesa, the country's chief negotiator, said it was fair.", ("Otieno Wekesa", "chief negotiator", "Kenya")),
        (
            "The Nordic Rail Federation published its report on Monday. The organisation's director-general, Pieter Vandam, said freight had grown.",
            ("Pieter Vandam", "director-general", "Nordic Rail Federation"),
        ),
        ("The World Bank cut its forecast. Pieter Vandam, the bank's chief economist, said growth would slow.", ("Pieter Vandam", "chief economist", "World Bank")),
    ],
)
def test_an_owner_given_by_reference(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert roles_of(nlp, text) == {(*expected, None)}


@pytest.mark.parametrize(
    "text",
    [
        # "his" and "her" refer to people, who hold no office of their own staff
        "Otieno Wekesa met reporters on Monday. His chief of staff, Pieter Vandam, said the talks went well.",
        "Otieno Wekesa met reporters on Monday. Her spokesperson, Pieter Vandam, said the talks went well.",
        # "its" with no country or organisation named before, or standing for a thing
        "The pact was signed on Monday. Its chief negotiator, Pieter Vandam, said it was fair.",
        "Kenya and Uganda met in Arusha on Monday. The summit ended with a pact. Its chief negotiator, Pieter Vandam, said it was fair.",
        # two countries in the subject: which one is not said
        "Kenya and Uganda signed the pact. The country's chief negotiator Otieno Wekesa said it was fair.",
    ],
)
def test_a_reference_to_no_single_body_gives_no_role(nlp, text: str) -> None:
    assert roles_of(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya attended as an observer. Its representative said the text was unfair.",
        "Kenya attended as an observer. A spokesperson said the text was unfair.",
        "Kenya attended as an observer. The country's foreign minister said the text was unfair.",
    ],
)
def test_a_title_without_a_name_gives_no_role_and_no_person(nlp, text: str) -> None:
    document = parse_document(text.encode("utf-8"), "t.txt")
    records = doc_to_records(nlp(document.body), document)
    assert records.roles == () and not [a for a in records.actors if a.ref.category == "Person"]


# -- a title apposed to a counterpart -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenyan Trade Minister Otieno Wekesa met his Egyptian counterpart, Trade Minister Karim Selim, in Nairobi.", {("Karim Selim", "Trade Minister", "Egypt", None)}),
        ("Kenyan Trade Minister Otieno Wekesa met his counterpart from Egypt, Trade Minister Karim Selim, in Nairobi.", {("Karim Selim", "Trade Minister", "Egypt", None)}),
        # no country named: the office is another state's, and the header's state is not it
        ("Otieno Wekesa met his counterpart, Trade Minister Karim Selim, in Nairobi.", set()),
    ],
)
def test_a_title_apposed_to_a_counterpart_is_held_in_its_country(nlp, text: str, expected: set) -> None:
    header = "title: Talks\nsource: Ministry of Foreign Affairs of Kenya\ndate: 2026-03-02\n---\n"
    found = roles_of(nlp, header + text)
    assert {r for r in found if r[0] != "Otieno Wekesa"} == expected


# -- "X is / has been the chair of Y" as the sentence's own clause ------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pieter Vandam has been Deputy Governor of the Nordic Investment Bank for risk since 2024.", ("Deputy Governor", "Nordic Investment Bank", None)),
        ("Pieter Vandam is the head of the World Food Programme.", ("head", "World Food Programme", None)),
        ("Pieter Vandam was the chair of the African Union.", ("former chair", "African Union", "former")),
        ("Pieter Vandam is Kenya's trade minister.", ("trade minister", "Kenya", None)),
        ("Kenya signed the deal on Monday. Pieter Vandam is its trade minister.", ("trade minister", "Kenya", None)),
    ],
)
def test_a_person_who_is_the_head_of(nlp, text: str, expected: tuple[str, str, str | None]) -> None:
    assert roles_of(nlp, text) == {("Pieter Vandam", *expected)}


@pytest.mark.parametrize(
    "text",
    [
        "Pieter Vandam led Kenya to a narrow win.",  # a verb, not a copula: no office
        "Pieter Vandam is a fierce critic of the African Union.",
        "Pieter Vandam will be the chair of the African Union.",
        "Pieter Vandam is not the head of the World Food Programme.",
    ],
)
def test_a_person_who_is_no_office_holder_gives_no_role(nlp, text: str) -> None:
    assert roles_of(nlp, text) == set()


# -- "the Minister of Finance, X": a definite title apposed to a name ----------------------------

HEADER = "title: Briefing\nsource: Ministry of Foreign Affairs of Kenya\ndate: 2026-03-02\n---\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # no state named: the header's, as for "Minister of Finance X"
        ("The Minister of Finance, Mr. Pieter Vandam, said the budget was sound.", {("Pieter Vandam", "Minister of Finance", "Kenya", None)}),
        ("The talks were opened by the Prime Minister, Pieter Vandam.", {("Pieter Vandam", "Prime Minister", "Kenya", None)}),
        ("The former Minister of Finance, Pieter Vandam, said the budget was sound.", {("Pieter Vandam", "former Minister of Finance", "Kenya", "former")}),
        # a list of names after the comma, or no article: not an apposition
        ("He thanked the Prime Minister, Pieter Vandam and Otieno Wekesa for their work.", set()),
        ("Prime Minister, Pieter Vandam said the budget was sound.", set()),
    ],
)
def test_a_definite_title_apposed_to_a_name(nlp, text: str, expected: set) -> None:
    assert roles_of(nlp, HEADER + text) == expected


@pytest.mark.parametrize("source, country", [("Ministry of Foreign Affairs of Türkiye", "Turkey"), ("Présidence de la République de Côte d’Ivoire", "Côte d'Ivoire")])
def test_the_headers_state_is_read_in_any_script(nlp, source: str, country: str) -> None:
    header = f"title: Briefing\nsource: {source}\ndate: 2026-03-02\n---\n"
    text = "The Minister of Finance, Mr. Pieter Vandam, said the budget was sound."
    assert roles_of(nlp, header + text) == {("Pieter Vandam", "Minister of Finance", country, None)}


@pytest.mark.parametrize("source, country", [("The White House", "United States"), ("Press service of the Kremlin", "Russia"), ("Élysée Palace, Paris", "France")])
def test_a_seat_of_government_in_the_header_names_its_state(nlp, source: str, country: str) -> None:
    header = f"title: Readout\nsource: {source}\ndate: 2026-03-02\n---\n"
    assert roles_of(nlp, header + "President Pieter Vandam met business leaders on Monday.") == {("Pieter Vandam", "President", country, None)}


# -- a portfolio after "for" / "of" is part of the title ------------------------------------------


@pytest.mark.parametrize(
    "text, people, roles",
    [
        # a capitalised portfolio is no person's name; the owner is the possessive or demonym before
        (
            "Kenya's Minister of State for Regional Integration, Amina Wekesa, said the corridor would open.",
            {"Amina Wekesa"},
            {("Amina Wekesa", "Minister of State for Regional Integration", "Kenya", None)},
        ),
        (
            "Peru's Deputy Minister for Economic Diplomacy, Tomas Quispe, said the corridor would open.",
            {"Tomas Quispe"},
            {("Tomas Quispe", "Deputy Minister for Economic Diplomacy", "Peru", None)},
        ),
        (
            "Amina Wekesa, Kenya's Minister of State for Regional Integration, who chairs the talks, said the corridor would open.",
            {"Amina Wekesa"},
            {("Amina Wekesa", "Minister of State for Regional Integration", "Kenya", None)},
        ),
        (
            "The talks were held with Amina Wekesa, the Kenyan Minister of State for Regional Integration.",
            {"Amina Wekesa"},
            {("Amina Wekesa", "Minister of State for Regional Integration", "Kenya", None)},
        ),
        # no owner named and no header: a person, no role
        ("The Secretary of State for Defence, Halden Rusk, said the deal would hold.", {"Halden Rusk"}, set()),
        # a portfolio of two words joined by "and" (the model tags the name a place)
        (
            "Kenya's Minister of Energy and Petroleum, Ifeoma Adeyemi, who chaired the talks, said the grid would grow.",
            {"Ifeoma Adeyemi"},
            {("Ifeoma Adeyemi", "Minister of Energy and Petroleum", "Kenya", None)},
        ),
        # lowercase portfolios
        (
            "Peru's deputy foreign minister for economic diplomacy, Tomas Quispe, said the corridor would open.",
            {"Tomas Quispe"},
            {("Tomas Quispe", "deputy foreign minister for economic diplomacy", "Peru", None)},
        ),
        (
            "Chile's minister of international relations and cooperation, Tomas Quispe, said the corridor would open.",
            {"Tomas Quispe"},
            {("Tomas Quispe", "minister of international relations and cooperation", "Chile", None)},
        ),
        # a portfolio listed with commas; the model tags the first name PERSON, not the second
        (
            "The forum was chaired by Peru's Minister of Energy, Mines, Water and Sanitation, Ramiro Huamanchumo.",
            {"Ramiro Huamanchumo"},
            {("Ramiro Huamanchumo", "Minister of Energy, Mines, Water and Sanitation", "Peru", None)},
        ),
        (
            "Peru's Minister of Energy, Mines and Water, Wilma Yupanqui, said the grid would grow.",
            {"Wilma Yupanqui"},
            {("Wilma Yupanqui", "Minister of Energy, Mines and Water", "Peru", None)},
        ),
        # no "and" before the last word: the comma is the one before the name
        ("Peru's Minister of Energy, Ramiro Huamanchumo, said the grid would grow.", {"Ramiro Huamanchumo"}, {("Ramiro Huamanchumo", "Minister of Energy", "Peru", None)}),
    ],
)
def test_a_portfolio_after_the_title_is_part_of_it(nlp, text: str, people: set, roles: set) -> None:
    document = parse_document(text.encode("utf-8"), "t.txt")
    records = doc_to_records(nlp(document.body), document)
    assert {a.ref.name for a in records.actors if a.ref.category == "Person"} == people
    assert roles_of(nlp, text) == roles


@pytest.mark.parametrize(
    "text, expected",
    [
        # a description between "of the" / "at the" and the body's name
        ("Ana Soto, chief executive of the Nairobi-based startup Zuri Labs, said smaller firms needed tests.", ("Ana Soto", "chief executive", "Zuri Labs", None)),
        ("Ana Soto, chief economist at the state-owned lender Equator Bank, said rates would rise.", ("Ana Soto", "chief economist", "Equator Bank", None)),
        ("Ana Soto, founder of the Accra-based data-labelling firm Zuri Labs, said wages had risen.", ("Ana Soto", "founder", "Zuri Labs", None)),
    ],
)
def test_an_apposed_title_of_a_described_body(nlp, text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert roles_of(nlp, text) == {expected}


# -- an owner's acronym in parentheses before the title ------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Green Future Party (GFP) MP Tobias Wendlandt asked about the budget.", ("Tobias Wendlandt", "member of parliament", "Green Future Party", None)),
        ("Kenya Green Party (KGP) leader Otieno Barasa said the vote was unfair.", ("Otieno Barasa", "leader", "Kenya Green Party", None)),
        (
            "The Coral Sea Forum (CSF) secretary-general, Lorna Vekatu, said on Monday that the talks had failed.",
            ("Lorna Vekatu", "secretary-general", "Coral Sea Forum", None),
        ),
    ],
)
def test_an_owners_acronym_may_stand_before_the_title(nlp, text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert roles_of(nlp, text) == {expected}


def test_a_parenthesis_naming_something_else_is_no_owner(nlp) -> None:
    assert roles_of(nlp, "Talks with Kenya (Nairobi) President Otieno Barasa failed.") == set()


# -- an honorific before the name after a portfolio -----------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The OECD's deputy director for digital affairs, Dr. Mirela Kostadinova, said the rules would change.",
            ("Mirela Kostadinova", "deputy director for digital affairs", "Organisation for Economic Co-operation and Development", None),
        ),
        (
            "Kenya's Minister of State for Regional Integration, H.E. Mirela Kostadinova, said the rules would change.",
            ("Mirela Kostadinova", "Minister of State for Regional Integration", "Kenya", None),
        ),
        (
            "The Equator Bank was founded in 1990. The bank's vice-president for lending, Dr. Mirela Kostadinova, welcomed the loan.",
            ("Mirela Kostadinova", "vice-president for lending", "Equator Bank", None),
        ),
    ],
)
def test_an_honorific_may_stand_before_the_name_after_a_portfolio(nlp, text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert roles_of(nlp, text) == {expected}


# -- a capitalised portfolio between the owner and a one-word office --------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("EU Energy Commissioner Wilma Yupanqui rejected the plan.", {("Wilma Yupanqui", "Energy Commissioner", "European Union", None)}),
        ("The talks were opened by OECD Education Director Wilma Yupanqui.", {("Wilma Yupanqui", "Education Director", "Organisation for Economic Co-operation and Development", None)}),
    ],
)
def test_a_capitalised_portfolio_after_the_owner(nlp, text: str, expected: set) -> None:
    assert roles_of(nlp, text) == expected
