"""Statements of transcripts and long quotations: role labels, the interviewee, briefings,
quotations interrupted by their attribution, and speakers named by a title.

The sentences are our own, with invented names; none comes from the evaluation texts.
"""

from __future__ import annotations

import pytest

from govgraph.corpus import parse_document
from govgraph.nlp import doc_to_records


def statements_of(nlp, text: str) -> list[tuple[str, str]]:
    """(speaker name, content) of each statement, in text order."""
    document = parse_document(text.encode("utf-8"), "t.txt")
    records = doc_to_records(nlp(document.body), document)
    return [(s.speaker.name, s.content) for s in records.statements]


def modes_of(nlp, text: str) -> list[str]:
    document = parse_document(text.encode("utf-8"), "t.txt")
    return [s.mode for s in doc_to_records(nlp(document.body), document).statements]


# -- interviews whose turns are labelled by role ------------------------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        # the subject of "spoke to" an outlet answers; the outlet's reporter asks
        "Deputy Governor Layla Haddad spoke to the Coastal Review about inflation. The Review's Omar Fares asked the questions.",
        # the object of "spoke to" / "interviewed" answers; the subject asks
        "Coastal Review reporter Omar Fares spoke to Deputy Governor Layla Haddad about inflation.",
        "Omar Fares interviewed Deputy Governor Layla Haddad in Cairo last week.",
        "Omar Fares sat down with Deputy Governor Layla Haddad in Cairo.",
        "Deputy Governor Layla Haddad was interviewed by Omar Fares of the Coastal Review.",
        # the person an introduction names, not the byline
        "By Omar Fares\n\nDeputy Governor Layla Haddad has led the bank's fight against inflation since 2021.",
        # a note before the introduction is no turn of the interview
        "Editor's Note: The interview was edited for length.\n\nDeputy Governor Layla Haddad has led the bank since 2021.",
    ],
)
def test_answers_labelled_a_are_the_interviewees(nlp, intro: str) -> None:
    text = (
        intro + "\n\n"
        "Q: Why did the bank hold rates?\n\n"
        "A: Because inflation is still too high. We want to see it fall for three months in a row.\n\n"
        "Q: Will the currency float?\n\n"
        "A: The currency already floats."
    )
    assert statements_of(nlp, text) == [
        ("Layla Haddad", "Because inflation is still too high. We want to see it fall for three months in a row"),
        ("Layla Haddad", "The currency already floats"),
    ]


def test_question_and_answer_labels_with_an_outlets_short_name(nlp) -> None:
    text = (
        "The Harbour Times (HT) talked to Tarek Nassar, chief executive of the Aqaba Port Company, about shipping.\n\n"
        "HT: How many ships arrived this year?\n\n"
        "Answer: More than ever before. The new berths are full.\n\n"
        "Question: And next year?\n\n"
        "Answer: Even more."
    )
    assert statements_of(nlp, text) == [("Tarek Nassar", "More than ever before. The new berths are full"), ("Tarek Nassar", "Even more")]


def test_interviewer_turns_are_nobodys_statements(nlp) -> None:
    text = (
        "Former trade minister Rosa Medina told the Daily Courier that the tariff war had no winners.\n\n"
        "Interviewer: Many economists disagree. Who gains from the tariffs?\n\n"
        "A: Nobody gains. Consumers pay more."
    )
    assert statements_of(nlp, text) == [("Rosa Medina", "the tariff war had no winners"), ("Rosa Medina", "Nobody gains. Consumers pay more")]


def test_answers_with_no_interviewee_are_no_ones(nlp) -> None:
    text = "The bank's rate decision drew criticism.\n\nQ: Why did the bank hold rates?\n\nA: Because inflation is still too high."
    assert statements_of(nlp, text) == []


def test_a_title_label_is_the_person_given_that_title(nlp) -> None:
    text = (
        "The Coastal Review spoke to Layla Haddad, the central bank's deputy governor, and to the trade unionist Omar Fares.\n\n"
        "Q: Why did the bank hold rates?\n\n"
        "Governor: Because inflation is still too high."
    )
    assert statements_of(nlp, text) == [("Layla Haddad", "Because inflation is still too high")]


def test_reported_speech_inside_an_answer_is_its_own_statement(nlp) -> None:
    text = (
        "Deputy Governor Layla Haddad spoke to the Coastal Review.\n\n"
        "Q: Will the state sell its banks?\n\n"
        "A: That is for the government. The Minister of Finance, Tarek Hamdan, has been clear. "
        "The minister told parliament last week that the state would sell stakes in two banks."
    )
    found = statements_of(nlp, text)
    assert ("Tarek Hamdan", "the state would sell stakes in two banks") in found
    assert [speaker for speaker, _ in found].count("Layla Haddad") == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Minister of Finance, Tarek Hamdan, presented the budget. The minister said the deficit would fall.",
            ("Tarek Hamdan", "the deficit would fall"),
        ),
        (
            "Trade commissioner Henrik Lund presented the plan. “We are not abolishing the rules,” the Swedish commissioner said.",
            ("Henrik Lund", "We are not abolishing the rules"),
        ),
    ],
)
def test_a_definite_title_is_the_person_named_with_it(nlp, text: str, expected: tuple[str, str]) -> None:
    assert statements_of(nlp, text) == [expected]


def test_a_title_said_more_fully_is_not_the_named_holders(nlp) -> None:
    text = "The Minister of Finance, Tarek Hamdan, presented the budget. The Minister of Health said the hospitals needed more money."
    assert statements_of(nlp, text) == []


# -- press briefings ----------------------------------------------------------------------------


BRIEFING = (
    "Foreign ministry spokesperson Selin Arkan held the weekly press briefing in Ankara on Tuesday.\n\n"
    "Spokesperson: Good afternoon. I have two announcements. The minister will travel to Oslo on Friday.\n\n"
    "Question (Deniz Kaya, Daily Star): Will the minister meet his Norwegian counterpart?\n\n"
    "Official Spokesperson: Yes, the two ministers will meet on Saturday.\n\n"
    "Question (Deniz Kaya, Daily Star): Greek Foreign Minister Petros Alexiou said on Monday that the new agenda "
    '"has reached its limits". Will Ankara respond?\n\n'
    "Ms. Arkan: No. The talks are going well."
)


def test_briefing_turns_labelled_by_role_are_the_spokespersons(nlp) -> None:
    found = statements_of(nlp, BRIEFING)
    assert [(speaker, content) for speaker, content in found if speaker == "Selin Arkan"] == [
        ("Selin Arkan", "Good afternoon. I have two announcements. The minister will travel to Oslo on Friday"),
        ("Selin Arkan", "Yes, the two ministers will meet on Saturday"),
        ("Selin Arkan", "No. The talks are going well"),
    ]


def test_opening_remarks_are_one_statement_a_paragraph_and_answers_one_a_turn(nlp) -> None:
    text = (
        "Foreign ministry spokesperson Selin Arkan held the weekly press briefing in Ankara on Tuesday.\n\n"
        "Spokesperson: Good afternoon. The minister will travel to Oslo on Friday.\n\n"
        "Second, we will send medical supplies to Malawi.\n\n"
        "Question: Will the minister meet his counterpart?\n\n"
        "Spokesperson: Yes, on Saturday.\n\nThe agenda is long."
    )
    assert statements_of(nlp, text) == [
        ("Selin Arkan", "Good afternoon. The minister will travel to Oslo on Friday"),
        ("Selin Arkan", "Second, we will send medical supplies to Malawi"),
        ("Selin Arkan", "Yes, on Saturday.\n\nThe agenda is long"),
    ]


def test_speech_reported_in_a_question_is_not_the_journalists(nlp) -> None:
    found = statements_of(nlp, BRIEFING)
    assert ("Petros Alexiou", 'the new agenda "has reached its limits"') in found
    assert not [speaker for speaker, _ in found if speaker == "Deniz Kaya"]


def test_our_minister_is_the_speakers_not_the_counterpart(nlp) -> None:
    text = (
        "Spokesperson Selin Arkan opened the briefing. Minister of Foreign Affairs Emre Sahin met "
        "his Iraqi counterpart, Foreign Minister Haidar Karim, on Monday.\n\n"
        'Spokesperson: We do not agree. As our Minister said on Tuesday, "Dialogue is no gift to anyone. '
        'It serves our own interest." We will keep talking.'
    )
    found = statements_of(nlp, text)
    assert ("Emre Sahin", "Dialogue is no gift to anyone. It serves our own interest") in found
    assert not [speaker for speaker, _ in found if speaker == "Haidar Karim"]


# -- quotations over several sentences ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # the attribution between two quoted sentences, straight quotes
        (
            'Peruvian Foreign Minister Lucia Mendez Ortega met her counterpart in Quito. "Our rivers do not stop at the border," '
            'she said. "The two governments will share data on water quality. We begin next month."',
            ("Lucia Mendez Ortega", 'Our rivers do not stop at the border," she said. "The two governments will share data on water quality. We begin next month'),
        ),
        # the attribution inside one sentence, curly quotes
        (
            "“We are ready,” Peruvian Foreign Minister Lucia Mendez Ortega said, “and we expect the same from our neighbours.”",
            ("Lucia Mendez Ortega", "We are ready,” Peruvian Foreign Minister Lucia Mendez Ortega said, “and we expect the same from our neighbours"),
        ),
        # "X said:" and a quotation of several sentences
        (
            "Peruvian Foreign Minister Lucia Mendez Ortega said: “The study must be ready by June. There will be no delay.”",
            ("Lucia Mendez Ortega", "The study must be ready by June. There will be no delay"),
        ),
        # "As X said, “...”": the quotation the as-clause hangs on
        (
            "As Peruvian Foreign Minister Lucia Mendez Ortega said on Monday, “the river belongs to both of us. Nobody owns it.”",
            ("Lucia Mendez Ortega", "the river belongs to both of us. Nobody owns it"),
        ),
    ],
)
def test_a_quotation_is_one_statement_over_its_sentences(nlp, text: str, expected: tuple[str, str]) -> None:
    assert statements_of(nlp, text) == [expected]
    assert modes_of(nlp, text) == ["direct"]


def test_a_quotation_with_its_own_attribution_stays_apart(nlp) -> None:
    text = "“The river is ours,” Peruvian Foreign Minister Lucia Mendez Ortega said. “It is not,” Bolivian Foreign Minister Jorge Condori Apaza replied."
    assert statements_of(nlp, text) == [("Lucia Mendez Ortega", "The river is ours"), ("Jorge Condori Apaza", "It is not")]


def test_a_quotation_inside_another_clause_after_the_attribution_is_not_a_continuation(nlp) -> None:
    text = "“The river is ours,” Peruvian Foreign Minister Lucia Mendez Ortega said, calling the dam “a disaster for the valley”."
    assert statements_of(nlp, text) == [("Lucia Mendez Ortega", "The river is ours")]


def test_a_closed_quotation_before_a_new_sentence_is_not_reopened(nlp) -> None:
    text = 'Critics called the bill "a loophole with a preamble." Senator Hannah Whitfield said her group would vote against it.'
    assert statements_of(nlp, text) == [("Hannah Whitfield", "her group would vote against it")]


def test_an_attribution_inside_the_clause_it_reports(nlp) -> None:
    text = "Amina Odhiambo, the ambassador of Kenya to the UN, spoke first. Kenya, she said, stood ready to host the next meeting."
    assert statements_of(nlp, text) == [("Amina Odhiambo", "Kenya, she said, stood ready to host the next meeting")]


def test_coordinated_speakers_each_said_it(nlp) -> None:
    text = "Kenya and Uganda said in a joint statement that the new border post was ready."
    found = statements_of(nlp, text)
    assert sorted(found) == [("Kenya", "the new border post was ready"), ("Uganda", "the new border post was ready")]


def test_a_clause_read_as_an_object_is_the_content(nlp) -> None:
    text = "Maria Keane, Ireland's Minister of State for Trade, who chairs the talks, said the presidency aimed to reach a deal by December."
    assert statements_of(nlp, text) == [("Maria Keane", "the presidency aimed to reach a deal by December")]


@pytest.mark.parametrize(
    "text",
    [
        "Norway has pledged an additional 10 million dollars to UNICEF for this year.",
        "Maria Keane announced the plan approved by the cabinet on Monday.",
    ],
)
def test_an_object_is_no_statement(nlp, text: str) -> None:
    assert statements_of(nlp, text) == []


def test_conceded_reports_speech(nlp) -> None:
    assert statements_of(nlp, "Ruth Wambui conceded that the plan had failed.") == [("Ruth Wambui", "the plan had failed")]


def test_a_malay_honorific_is_no_part_of_the_name(nlp) -> None:
    text = "Malaysian Prime Minister Dato' Seri Amran Yusof met the delegation. Prime Minister Amran said the talks went well."
    assert statements_of(nlp, text) == [("Amran Yusof", "the talks went well")]


# -- operative clauses of council conclusions and declarations ----------------------------------

CONCLUSIONS = (
    "THE COUNCIL OF THE EUROPEAN UNION:\n\n"
    "1. RECALLS the Cotonou Agreement with the African Union, and UNDERLINES that its regional chapters guide the "
    "Union's engagement in Africa.\n\n"
    "2. STRESSES that drought poses a grave threat to Sahel countries, and RECOGNISES that pastoral mobility should be "
    "protected across borders.\n\n"
    "3. COMMITS to doubling its support for resilience programmes by 2030."
)


def test_stance_verbs_of_an_operative_list_are_statements_of_its_subject(nlp) -> None:
    council = "Council of the European Union"
    assert statements_of(nlp, CONCLUSIONS) == [
        (council, "its regional chapters guide the Union's engagement in Africa"),
        (council, "drought poses a grave threat to Sahel countries"),
        (council, "pastoral mobility should be protected across borders"),
    ]


def test_a_verb_in_capitals_is_no_organisation(nlp) -> None:
    document = parse_document(CONCLUSIONS.encode("utf-8"), "t.txt")
    names = {a.name for a in doc_to_records(nlp(document.body), document).actors}
    assert names == {"Council of the European Union", "European Union", "African Union"}


def test_each_actor_of_the_list_subject_states_the_clause(nlp) -> None:
    text = "The Ministers of Kenya and Uganda:\n\na) Note that the border post has cut waiting times;\n\nb) Agree to open a second post."
    assert statements_of(nlp, text) == [("Kenya", "the border post has cut waiting times"), ("Uganda", "the border post has cut waiting times")]


def test_a_stance_verb_without_a_list_subject_states_nothing(nlp) -> None:
    assert statements_of(nlp, "Stresses that nothing is settled\n\nA headline above a story about drought.") == []


def test_a_capitalised_title_said_whole_is_the_person_named_last_with_it(nlp) -> None:
    text = (
        "Prime Minister Lena Varga of Hungary met Foreign Minister Peter Kiprop of Kenya in Nairobi. The Prime Minister noted "
        "that Hungary would double its aid. The Finance Minister said that the talks went well."
    )
    # "The Finance Minister" is no one named here, not the last minister
    assert statements_of(nlp, text) == [("Lena Varga", "Hungary would double its aid")]


# -- a transcript labelled by surnames in capitals ------------------------------------------------


def test_surname_labels_in_capitals_are_the_person_the_introduction_presents(nlp) -> None:
    # the model tags "Ifeoma Adeyemi" GPE; the title apposed to it says she is a person
    text = (
        "This week's guest is Ifeoma Adeyemi, Kenya's Minister of Industry, Trade and Investment, who returned on"
        " Thursday from a meeting in Accra. The programme is presented by Tomas Brekkestad.\n\n"
        "HOST: Minister, welcome. Your critics say Kenyan firms are not ready. Is that fair?\n\n"
        "ADEYEMI: Some are not yet, and we say so openly. My ministry will open three export centres.\n\n"
        "HOST: Ifeoma Adeyemi, thank you.\n\n"
        "ADEYEMI: Thank you, Tomas.\n"
    )
    # thanks at the end are no statement
    assert statements_of(nlp, text) == [
        ("Ifeoma Adeyemi", "Some are not yet, and we say so openly. My ministry will open three export centres")
    ]


def test_informing_someone_that_is_a_statement(nlp) -> None:
    text = "Minister Halldis Brekkan informed the committee that river levels had fallen by a third since March."
    assert statements_of(nlp, text) == [("Halldis Brekkan", "river levels had fallen by a third since March")]


def test_the_chair_who_speaks_is_the_person_who_chaired(nlp) -> None:
    text = (
        "The Lima Dialogue on Water took place on 3 May, chaired by Peru's Minister of the Environment, Halldis Brekkan.\n\n"
        "Opening the meeting, the Chair said that rivers were drying faster than forecast."
    )
    assert statements_of(nlp, text) == [("Halldis Brekkan", "rivers were drying faster than forecast")]


def test_content_runs_on_where_the_parser_ends_a_sentence_inside_a_name(nlp) -> None:
    text = "Uruguay and Kenya pledged to pilot the UNESCO Readiness Assessment Methodology in their health ministries during 2027."
    content = "to pilot the UNESCO Readiness Assessment Methodology in their health ministries during 2027"
    assert statements_of(nlp, text) == [("Uruguay", content), ("Kenya", content)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nairobi says the new tariffs hurt small traders.", [("Kenya", "the new tariffs hurt small traders")]),
        # Brussels speaks for the EU's institutions, no one state
        ("Brussels says the new tariffs hurt small traders.", []),
    ],
)
def test_a_capital_speaks_for_its_state(nlp, text: str, expected: list) -> None:
    assert statements_of(nlp, text) == expected
