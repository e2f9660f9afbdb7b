"""The spaCy components on sentences of our own, one construction per case.

The names here are invented or generic; none comes from the evaluation texts.
"""

from __future__ import annotations

import pytest
import spacy

from govgraph.corpus import parse_document
from govgraph.nlp import doc_to_records

pytestmark = pytest.mark.issue(2)


def records_of(nlp, text: str, header: str = ""):
    document = parse_document((header + text).encode("utf-8"), "t.txt")
    return doc_to_records(nlp(document.body), document)


def actors_of(nlp, text: str) -> set[tuple[str, str]]:
    return {(a.category, a.name) for a in records_of(nlp, text).actors}


def roles_of(nlp, text: str, header: str = "") -> set[tuple[str, str, str]]:
    return {(r.person.name, r.title, r.organization.name) for r in records_of(nlp, text, header).roles}


def statements_of(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.content) for s in records_of(nlp, text).statements]


def commitments_of(nlp, text: str) -> list[tuple[tuple[str, ...], str, str, bool]]:
    return [(tuple(sorted(p.name for p in c.parties)), c.modality, c.action, c.negated) for c in records_of(nlp, text).commitments]


# -- actors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. and the UK signed the accord in Geneva.", {("Country", "United States"), ("Country", "United Kingdom")}),
        ("Officials from the Republic of Korea met their counterparts from the Russian Federation.", {("Country", "South Korea"), ("Country", "Russia")}),
        ("The World Health Organization (WHO) warned on Monday. The WHO said more funds were needed.", {("Organization", "World Health Organization")}),
        ("Delegates of the African Union and NATO attended.", {("Organization", "African Union"), ("Organization", "North Atlantic Treaty Organization")}),
    ],
)
def test_lexicon_actors_get_canonical_names(nlp, text: str, expected: set) -> None:
    assert expected <= actors_of(nlp, text)


def test_acronyms_and_places_are_not_actors(nlp) -> None:
    found = actors_of(nlp, "AI is changing Europe, and officials in Paris and Beijing debated AI rules.")
    assert not {name for _, name in found} & {"AI", "Europe", "Paris", "Beijing"}


def test_surnames_and_titles_join_the_full_name(nlp) -> None:
    records = records_of(nlp, "Prime Minister Maria Kowalczyk arrived on Monday. Kowalczyk told reporters the talks went well. Later, Prime Minister Kowalczyk left.")
    people = [a for a in records.actors if a.category == "Person"]
    assert [p.name for p in people] == ["Maria Kowalczyk"]
    assert "Kowalczyk" in people[0].aliases


def test_names_are_clean(nlp) -> None:
    found = actors_of(nlp, "Senator Hannah Whitfield’s remarks drew criticism. Hannah Whitfield Photo: Courtesy of the Senate")
    assert ("Person", "Hannah Whitfield") in found
    assert not any("Photo" in name or "’s" in name for _, name in found)


def test_acronym_defined_in_parentheses_is_an_alias(nlp) -> None:
    records = records_of(nlp, "The Pacific Fisheries Commission (PFC) met in Suva. The PFC agreed to cut quotas.")
    commission = [a for a in records.actors if a.name == "Pacific Fisheries Commission"]
    assert commission and "PFC" in commission[0].aliases


def test_nested_organisation_is_linked_to_its_parent(nlp) -> None:
    records = records_of(nlp, "Omar Haddad, director of the Institute for Water Studies of the University of Lagos, spoke.")
    institute = [a for a in records.actors if a.name == "Institute for Water Studies"]
    assert institute and institute[0].parent is not None and institute[0].parent.name == "University of Lagos"


# -- roles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("German Chancellor Klaus Berger met the press.", ("Klaus Berger", "Chancellor", "Germany")),
        ("Former Italian prime minister Paolo Verdi criticised the plan.", ("Paolo Verdi", "former prime minister", "Italy")),
        ("The talks were chaired by President Ana Lima of the Federative Republic of Brazil.", ("Ana Lima", "President", "Brazil")),
        ("President of the European Commission Lena Vogt opened the summit.", ("Lena Vogt", "President", "European Commission")),
        ("Prime Minister of Canada John Tremblay spoke first.", ("John Tremblay", "Prime Minister", "Canada")),
        ("U.S. Secretary of Defense Mark Dalton arrived in Manila.", ("Mark Dalton", "Secretary of Defense", "United States")),
        ("Kenyan Foreign Minister Grace Wanjiru said talks would continue.", ("Grace Wanjiru", "Foreign Minister", "Kenya")),
        ("Akira Mori, a professor of economics at Kyoto University, said growth would slow.", ("Akira Mori", "professor of economics", "Kyoto University")),
        ("Sara Lind, director of the Stockholm Institute for Peace Studies, said so.", ("Sara Lind", "director", "Stockholm Institute for Peace Studies")),
    ],
)
def test_role_constructions(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roles_of(nlp, text)


def test_coordinated_titles_share_the_country(nlp) -> None:
    found = roles_of(nlp, "They were invited by President Jonas Petraitis and Prime Minister Rasa Kaune of Lithuania.")
    assert ("Jonas Petraitis", "President", "Lithuania") in found
    assert ("Rasa Kaune", "Prime Minister", "Lithuania") in found


def test_plural_title_covers_each_person(nlp) -> None:
    found = roles_of(nlp, "Reuters reporters Tom Hale and Mia Park interviewed him.")
    assert {("Tom Hale", "reporter", "Reuters"), ("Mia Park", "reporter", "Reuters")} <= found


def test_list_of_leaders_is_not_a_chain_of_appositions(nlp) -> None:
    found = roles_of(nlp, "President of France Luc Morel, Chancellor of Germany Eva Brandt, and Prime Minister of Spain Juan Ortiz met in Rome.")
    assert found == {("Luc Morel", "President", "France"), ("Eva Brandt", "Chancellor", "Germany"), ("Juan Ortiz", "Prime Minister", "Spain")}


def test_unqualified_office_takes_the_publishers_country(nlp) -> None:
    header = "title: Readout\nsource: Ministry of Foreign Affairs of Japan\ndate: 2024-01-10\n---\n"
    assert ("Kenji Sato", "Foreign Minister", "Japan") in roles_of(nlp, "Foreign Minister Kenji Sato met the delegation.", header)


def test_former_status_is_kept(nlp) -> None:
    records = records_of(nlp, "Former Chilean president Carla Rojas attended.")
    assert [r.status for r in records.roles] == ["former"]


# -- statements -----------------------------------------------------------------------------


def test_reported_speech_with_that(nlp) -> None:
    found = statements_of(nlp, "Dmitri Orlov told the Moscow Herald on Friday that the sanctions had failed.")
    assert found == [("Dmitri Orlov", "the sanctions had failed")]


def test_inverted_attribution(nlp) -> None:
    found = statements_of(nlp, "The ceasefire will hold if both sides show restraint, Amina Diallo said.")
    assert found == [("Amina Diallo", "The ceasefire will hold if both sides show restraint")]


def test_pronoun_speaker_resolves_to_last_speaker(nlp) -> None:
    found = statements_of(nlp, "Peter Novak said the deal was fair. The critics are wrong, he added.")
    assert found == [("Peter Novak", "the deal was fair"), ("Peter Novak", "The critics are wrong")]


def test_direct_quote_is_marked_direct(nlp) -> None:
    records = records_of(nlp, "“We will not give up,” said Lucia Moreno.")
    assert [(s.speaker.name, s.content, s.mode) for s in records.statements] == [("Lucia Moreno", "We will not give up", "direct")]


def test_according_to(nlp) -> None:
    found = statements_of(nlp, "According to Hassan Karimi, the talks will resume next week.")
    assert found == [("Hassan Karimi", "the talks will resume next week")]


def test_outlet_is_kept(nlp) -> None:
    records = records_of(nlp, "Nadia Petrova told the Baltic Times that the vote was fair.")
    assert records.statements[0].outlet is not None and records.statements[0].outlet.name == "Baltic Times"


def test_interview_answers_are_statements_of_the_interviewee(nlp) -> None:
    text = (
        "The Daily Courier (DC) interviewed former minister Elena Vasquez (Vasquez).\n\n"
        "DC: What do you expect from the summit?\n\n"
        "Vasquez: Trade comes first. We need open markets.\n\n"
        "More dialogue is needed.\n\n"
        "DC: And then?\n\n"
        "Vasquez: Peace in the region."
    )
    found = statements_of(nlp, text)
    assert [speaker for speaker, _ in found] == ["Elena Vasquez", "Elena Vasquez"]
    assert found[0][1].startswith("Trade comes first") and "More dialogue is needed" in found[0][1]
    assert found[1][1] == "Peace in the region"


def test_documents_and_unnamed_experts_are_not_speakers(nlp) -> None:
    assert statements_of(nlp, "Experts said the plan would work. The report noted that costs rose.") == []


# -- commitments ----------------------------------------------------------------------------


def test_committed_to_with_coordinated_parties(nlp) -> None:
    found = commitments_of(nlp, "Brazil and Argentina are committed to reducing tariffs on steel.")
    assert found == [(("Argentina", "Brazil"), "commit", "reducing tariffs on steel", False)]


def test_plural_reference_resolves_to_the_last_pair(nlp) -> None:
    found = commitments_of(nlp, "Kenya and Ethiopia signed a water accord. Both countries agreed to share data on the Nile.")
    assert found == [(("Ethiopia", "Kenya"), "agree", "share data on the Nile", False)]


def test_will_with_an_actor_subject(nlp) -> None:
    found = commitments_of(nlp, "Norway will double its climate funding by 2030.")
    assert found == [(("Norway",), "will", "double its climate funding by 2030", False)]


def test_plain_future_facts_are_not_commitments(nlp) -> None:
    assert commitments_of(nlp, "Sweden will be the host next year. The summit will take place in May.") == []


def test_refusal_is_negative(nlp) -> None:
    found = commitments_of(nlp, "India declined to join the pact.")
    assert found == [(("India",), "refuse", "join the pact", True)]


def test_reaffirmed_commitment_of_we_the_leaders(nlp) -> None:
    text = "We, the leaders of Japan and Australia, met in Perth. We reaffirm our commitment to a free and open Indo-Pacific."
    found = commitments_of(nlp, text)
    assert found == [(("Australia", "Japan"), "reaffirm", "a free and open Indo-Pacific", False)]


def test_we_of_a_declaration_is_its_signatories(nlp) -> None:
    text = (
        "President of Chile Ana Soto and President of Peru Luis Vega met in Lima on 3 March.\n\n"
        "We reaffirmed our commitment to regional integration."
    )
    assert commitments_of(nlp, text) == [(("Chile", "Peru"), "reaffirm", "regional integration", False)]


# -- the pipeline as a spaCy artefact ---------------------------------------------------------


def test_saved_pipeline_loads_without_extra_imports(nlp, tmp_path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "govgraph_actors" / "lexicons" / "titles.tsv").is_file()
    reloaded = spacy.load(tmp_path / "pipeline")
    assert [name for name in reloaded.pipe_names if name.startswith("govgraph")] == [
        "govgraph_paragraphs",
        "govgraph_actors",
        "govgraph_roles",
        "govgraph_statements",
        "govgraph_commitments",
    ]
    doc = reloaded("Canada and Mexico agreed to cut tariffs.")
    assert doc._.govgraph_commitments


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_gives_the_same_annotations(nlp, n_process: int) -> None:
    texts = ["Chad and Niger agreed to reopen the border.", "Lars Holm, a professor at Aarhus University, said trade grew."]
    docs = list(nlp.pipe(texts, n_process=n_process))
    assert [tuple(p) for p in docs[0]._.govgraph_commitments[0]["parties"]] == [("Country", "Chad"), ("Country", "Niger")]
    assert tuple(docs[1]._.govgraph_roles[0]["person"]) == ("Person", "Lars Holm")


# -- demonyms of several words ---------------------------------------------------------------
# A demonym of several tokens reads like a one-token one ("French", "Chinese"): the longest
# listed form, on whole tokens, gives the country; no part of it is a name or another country.


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Papua New Guinean President Kila Morea left Port Moresby on Sunday.", ("Kila Morea", "President", "Papua New Guinea")),
        ("Sri Lankan Foreign Minister Nimal Perera said the talks were useful.", ("Nimal Perera", "Foreign Minister", "Sri Lanka")),
        ("South Korean President Han Seo Jun met the press.", ("Han Seo Jun", "President", "South Korea")),
        ("New Zealand Prime Minister Tom Walker met the press.", ("Tom Walker", "Prime Minister", "New Zealand")),
        ("Sierra Leonean Foreign Minister Abu Kamara arrived.", ("Abu Kamara", "Foreign Minister", "Sierra Leone")),
        ("Equatorial Guinean Vice President Pedro Obiang spoke.", ("Pedro Obiang", "Vice President", "Equatorial Guinea")),
        ("Former Sri Lankan president Ranil Dias attended.", ("Ranil Dias", "former president", "Sri Lanka")),
    ],
)
def test_demonym_of_several_words_gives_the_title_its_country(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert roles_of(nlp, text) == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Papua New Guinean President Kila Morea left Port Moresby on Sunday.", {("Country", "Papua New Guinea"), ("Person", "Kila Morea")}),
        ("Sri Lankan Foreign Minister Nimal Perera said the talks were useful.", {("Country", "Sri Lanka"), ("Person", "Nimal Perera")}),
        ("Sierra Leonean Foreign Minister Abu Kamara arrived.", {("Country", "Sierra Leone"), ("Person", "Abu Kamara")}),
        ("It is very popular among young Papua New Guinean and Cuban people.", set()),
    ],
)
def test_demonym_of_several_words_is_no_name(nlp, text: str, expected: set[tuple[str, str]]) -> None:
    assert actors_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text, country",
    [
        ("The South African government and Saudi officials agreed to cooperate.", "South Africa"),
        ("The Papua New Guinean side asked for more time.", "Papua New Guinea"),
        ("The French government and Saudi officials agreed to cooperate.", "France"),
    ],
)
def test_the_demonym_government_is_the_country(nlp, text: str, country: str) -> None:
    assert actors_of(nlp, text) == {("Country", country)}


# -- issue 3: constructions of unseen texts --------------------------------------------------


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Egypt's foreign minister, Omar Fathy, said the crossings were open.", ("Omar Fathy", "foreign minister", "Egypt")),
        ("The talks were led by Hiro Tanaka, Japan's chief negotiator, who arrived late.", ("Hiro Tanaka", "chief negotiator", "Japan")),
        ("UN Under-Secretary-General for Political Affairs Lena Ortiz briefed the council.", ("Lena Ortiz", "Under-Secretary-General for Political Affairs", "United Nations")),
        ("The President of the World Bank, Dr. Kofi Mensah, opened the meeting.", ("Kofi Mensah", "President", "World Bank")),
        ("Kenya's Minister of Trade and Industry, Paul Otieno, spoke first.", ("Paul Otieno", "Minister of Trade and Industry", "Kenya")),
        ("India's environment secretary, Rohan Mehta, left early.", ("Rohan Mehta", "environment secretary", "India")),
    ],
)
def test_more_role_constructions(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roles_of(nlp, text)


@pytest.mark.issue(3)
def test_transcript_label_with_title_and_honorific(nlp) -> None:
    text = (
        "Official Spokesperson, Dr. Maya Rao: Good afternoon. We have two announcements.\n\n"
        "Question (Tom Reed, Daily Post): Will the minister travel?\n\n"
        "Official Spokesperson, Dr. Maya Rao: Yes, she will travel on Monday."
    )
    found = statements_of(nlp, text)
    assert [speaker for speaker, _ in found] == ["Maya Rao", "Maya Rao"]
    assert found[1][1] == "Yes, she will travel on Monday"


@pytest.mark.issue(3)
def test_dateline_does_not_swallow_the_subject(nlp) -> None:
    found = statements_of(nlp, "GENEVA, March 3 — Lars Berg told reporters on Friday that the vote would be close.")
    assert found == [("Lars Berg", "the vote would be close")]


@pytest.mark.issue(3)
def test_reported_would_is_an_undertaking_of_the_reported_actor(nlp) -> None:
    found = commitments_of(nlp, "Piotr Nowak said Poland would cover the cost of the new bridge.")
    assert found == [(("Poland",), "will", "cover the cost of the new bridge", False)]
    assert commitments_of(nlp, "Poland would be better off without the bridge.") == []


@pytest.mark.issue(3)
def test_she_would_is_the_speaker(nlp) -> None:
    found = commitments_of(nlp, "Ambassador Clara Holm said she would circulate a draft by Monday.")
    assert found == [(("Clara Holm",), "will", "circulate a draft by Monday", False)]


@pytest.mark.issue(3)
def test_the_two_leaders_after_a_phone_call(nlp) -> None:
    text = "President Ana Souza held phone talks with Prime Minister Karl Weber. The two leaders agreed to raise trade to USD 10 billion."
    assert commitments_of(nlp, text) == [(("Ana Souza", "Karl Weber"), "agree", "raise trade to USD 10 billion", False)]


@pytest.mark.issue(3)
def test_they_takes_the_group_named_in_the_same_sentence(nlp) -> None:
    text = "Chile and Peru objected. Forty countries, led by Ghana and Norway, signed a pact under which they committed to cutting plastic output."
    assert commitments_of(nlp, text) == [(("Ghana", "Norway"), "commit", "cutting plastic output", False)]


@pytest.mark.issue(3)
def test_we_the_leaders_of_a_list(nlp) -> None:
    text = "We, the leaders of Canada, Iceland and Norway, met in Tromsø. We reaffirm our commitment to a peaceful Arctic. Our coast guards shall hold a joint exercise."
    found = commitments_of(nlp, text)
    assert [parties for parties, *_ in found] == [("Canada", "Iceland", "Norway")] * 2


@pytest.mark.issue(3)
def test_negation_refusal_and_hopes(nlp) -> None:
    records = records_of(nlp, "Brazil will not sign the treaty. Mexico hopes to join later. Peru refused to commit to a target.")
    assert sorted((c.parties[0].name, c.negated) for c in records.commitments) == [("Brazil", True), ("Peru", True)]


@pytest.mark.issue(3)
def test_deadline_condition_and_date(nlp) -> None:
    header = "title: T\nsource: Wire\ndate: 2024-05-07\n---\n"
    records = records_of(nlp, "Norway pledged on Monday to double its aid by 2030 if parliament approves the budget.", header)
    (commitment,) = records.commitments
    assert commitment.deadline == "by 2030"
    assert commitment.condition == "if parliament approves the budget"
    assert commitment.date == "2024-05-06"


@pytest.mark.issue(3)
def test_statement_date_from_the_reporting_verb(nlp) -> None:
    header = "title: T\nsource: Wire\ndate: 2024-05-07\n---\n"
    records = records_of(nlp, "Signed on Friday, the pact holds, Marta Silva told reporters on Monday.", header)
    assert [(s.speaker.name, s.date) for s in records.statements] == [("Marta Silva", "2024-05-06")]


@pytest.mark.issue(3)
def test_the_same_person_is_one_node_across_documents(nlp) -> None:
    from govgraph.mapping import actor_iri

    first = records_of(nlp, "Chancellor Jonas Weber met the press.")
    second = records_of(nlp, "Jonas Weber, the chancellor, left. Weber said nothing.")
    iris = {actor_iri(a.ref) for r in (first, second) for a in r.actors if a.category == "Person"}
    assert len(iris) == 1


@pytest.mark.issue(3)
def test_question_labels_with_brackets_bound_the_answers(nlp) -> None:
    text = (
        "Spokesperson, Mr. Omar Said: We welcome the talks.\n\n"
        "Question (Ana Costa, Daily Wire): Will you attend?\n\n"
        "Spokesperson, Mr. Omar Said: No."
    )
    found = statements_of(nlp, text)
    assert found == [("Omar Said", "We welcome the talks"), ("Omar Said", "No")]
    assert ("Person", "Daily Wire") not in actors_of(nlp, text)


@pytest.mark.issue(3)
def test_speaker_named_inside_a_long_subject_and_former_acting(nlp) -> None:
    text = "Former acting president of Chad Idriss Mahamat, now an adviser to the African Union, said that the truce would hold."
    records = records_of(nlp, text)
    assert [(s.speaker.name, s.content) for s in records.statements] == [("Idriss Mahamat", "the truce would hold")]
    assert ("Idriss Mahamat", "former", "Chad") in {(r.person.name, r.status, r.organization.name) for r in records.roles}


@pytest.mark.issue(3)
def test_quote_over_several_sentences(nlp) -> None:
    records = records_of(nlp, "“We will not give up. We will win this fight,” said Lucia Moreno.")
    assert [(s.speaker.name, s.content, s.mode) for s in records.statements] == [
        ("Lucia Moreno", "We will not give up. We will win this fight", "direct")
    ]
    assert records.statements[0].evidence.sentence.startswith("“We will not give up.")


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Director-General of the World Health Organization, Dr Amara Obi-Bello, spoke today.", ("Amara Obi-Bello", "Director-General", "World Health Organization")),
        ("Laura Benítez Soto, Minister of Foreign Affairs of Chile", ("Laura Benítez Soto", "Minister of Foreign Affairs", "Chile")),
        ("Germany's Ambassador to India, Katrin Adler, presented her credentials.", ("Katrin Adler", "Ambassador", "Germany")),
    ],
)
def test_titles_of_bodies_signatures_and_ambassadors(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roles_of(nlp, text)


@pytest.mark.issue(3)
def test_delegates_speak_for_their_state_and_according_to_a_person(nlp) -> None:
    assert statements_of(nlp, "The representative of France said that the attack must be investigated.") == [
        ("France", "the attack must be investigated")
    ]
    assert statements_of(nlp, "According to Kenya's climate envoy, Ruth Kamau, most of the money came as loans.") == [
        ("Ruth Kamau", "most of the money came as loans")
    ]


@pytest.mark.issue(3)
def test_hopes_questions_and_announcements_are_not_commitments(nlp) -> None:
    text = (
        "We express our hope that the bank will expand its lending. "
        "A spokesperson declined to say whether Norway would contribute. "
        "The ministers agreed on the following. Ana Silva will serve as deputy director."
    )
    assert [c for c in commitments_of(nlp, text) if not c[3]] == []


# -- roles in apposition, counterparts, "who heads X" ----------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jean Dupont, the French Foreign Minister, said the talks were useful.", ("Jean Dupont", "Foreign Minister", "France")),
        ("Jean Dupont, a Sri Lankan diplomat, said the talks were useful.", ("Jean Dupont", "diplomat", "Sri Lanka")),
        ("Jean Dupont, the former Papua New Guinean trade minister, spoke.", ("Jean Dupont", "former trade minister", "Papua New Guinea")),
        ("The Peruvian Foreign Minister, Jean Dupont, said the talks were useful.", ("Jean Dupont", "Foreign Minister", "Peru")),
    ],
)
def test_article_demonym_and_title_in_apposition(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert roles_of(nlp, text) == {expected}
    assert ("Country", expected[2]) in actors_of(nlp, text)


def test_demonym_and_a_noun_that_is_no_title_give_no_role(nlp) -> None:
    assert roles_of(nlp, "Jean Dupont, a French citizen, said the talks were useful.") == set()
    assert actors_of(nlp, "Jean Dupont, a French citizen, said the talks were useful.") == {("Person", "Jean Dupont")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ahmed Salem, who heads the African Development Bank, said the bank would fund it.", ("Ahmed Salem", "head", "African Development Bank")),
        ("Ahmed Salem, who leads the World Bank, said it would help.", ("Ahmed Salem", "head", "World Bank")),
        ("Ahmed Salem, who has chaired the African Union Commission since 2021, spoke.", ("Ahmed Salem", "chair", "African Union Commission")),
        ("Ahmed Salem, who currently directs the World Health Organization, spoke.", ("Ahmed Salem", "director", "World Health Organization")),
    ],
)
def test_who_heads_a_body(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert roles_of(nlp, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Salem, who heads the delegation, said it would help.",  # no body named
        "Ahmed Salem, who headed the talks, said it would help.",
        "Ahmed Salem, who led the delegation, said it would help.",
    ],
)
def test_who_heads_something_that_is_no_body_gives_no_role(nlp, text: str) -> None:
    assert roles_of(nlp, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ahmed Salem, who headed the African Development Bank, said it would help.", ("Ahmed Salem", "former head", "African Development Bank")),
        ("Ahmed Salem, who chaired the African Union Commission until 2019, spoke.", ("Ahmed Salem", "former chair", "African Union Commission")),
        ("Ahmed Salem, who had led the World Bank, said it would help.", ("Ahmed Salem", "former head", "World Bank")),
    ],
)
def test_who_headed_a_body_held_a_former_office(nlp, text: str, expected: tuple[str, str, str]) -> None:
    records = records_of(nlp, text)
    assert {(r.person.name, r.title, r.organization.name, r.status) for r in records.roles} == {(*expected, "former")}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kenyan President Daniel Otieno and his Tanzanian counterpart Samia Juma Hassan signed the deal.",
            ("Samia Juma Hassan", "President", "Tanzania"),
        ),
        ("Kenyan President Daniel Otieno met his counterpart from Ghana, Kofi Mensah, on Monday.", ("Kofi Mensah", "President", "Ghana")),
        (
            "The Peruvian Foreign Minister, Marie Leroy, spoke first. Her French counterpart, Jean Dupont, said the talks were useful.",
            ("Jean Dupont", "Foreign Minister", "France"),
        ),
        (
            "Acting Kenyan President Daniel Otieno and his Sri Lankan counterpart Nimal Perera signed the deal.",
            ("Nimal Perera", "President", "Sri Lanka"),
        ),
    ],
)
def test_counterpart_holds_the_office_of_the_person_before(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roles_of(nlp, text)
    assert ("Country", expected[2]) in actors_of(nlp, text)


def test_my_counterpart_in_an_answer_is_the_speakers_office(nlp) -> None:
    text = (
        "Jean Dupont, France's trade minister, spoke to the Daily Courier.\n\n"
        "Daily Courier: Did you meet anyone?\n\n"
        "Dupont: I spoke with my Peruvian counterpart, Ana Soto, last week.\n"
    )
    assert ("Ana Soto", "trade minister", "Peru") in roles_of(nlp, text)


def test_counterpart_of_no_titled_person_gives_no_role(nlp) -> None:
    text = "Daniel Otieno and his Tanzanian counterpart Samia Juma Hassan signed the deal."
    assert roles_of(nlp, text) == set()
    assert ("Person", "Samia Juma Hassan") in actors_of(nlp, text)
    # a counterpart with no country named: the office is known, its state is not
    assert roles_of(nlp, "Kenyan President Daniel Otieno met his counterpart, Kofi Mensah, on Monday.") == {
        ("Daniel Otieno", "President", "Kenya")
    }
