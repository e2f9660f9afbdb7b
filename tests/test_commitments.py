"""Commitments whose subject is not a named actor: group subjects, "we" in quotes, generic heads.

The sentences are our own, with invented or generic names; none comes from the evaluation texts.
"""

from __future__ import annotations

import pytest

from govgraph.corpus import parse_document
from govgraph.nlp import doc_to_records

#: A header whose source names a state: offices with no state named in the text take it.
MINISTRY_HEADER = "title: T\nsource: Ministry of Foreign Affairs of Chile\ndate: 2024-05-07\n---\n"


def commitments_of(nlp, text: str, header: str = "") -> list[tuple[tuple[str, ...], str, str]]:
    """(sorted party names, modality, action) of each undertaking (refusals left out)."""
    document = parse_document((header + text).encode("utf-8"), "t.txt")
    records = doc_to_records(nlp(document.body), document)
    return [(tuple(sorted(p.name for p in c.parties)), c.modality, c.action) for c in records.commitments if not c.negated]


# -- plural group subjects -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a side named only by its office stands for its state; "the two leaders" then takes the states
        (
            "Chile's President met Peru's President Luis Soto in Lima. The two leaders agreed to open a new border post by 2026.",
            [(("Chile", "Peru"), "agree", "open a new border post by 2026")],
        ),
        # two named people: "the two presidents" are the people, "both countries" their states
        (
            "Kenyan President Amani Odera met Tanzanian President Neema Mushi in Arusha. The two presidents agreed to open a new border post.",
            [(("Amani Odera", "Neema Mushi"), "agree", "open a new border post")],
        ),
        (
            "Kenyan President Amani Odera met Tanzanian President Neema Mushi in Arusha. Both countries agreed to open a new border post.",
            [(("Kenya", "Tanzania"), "agree", "open a new border post")],
        ),
        (
            "Chinese Premier Wei Lan held talks with German Chancellor Jonas Weber. Both sides agreed to assign their ministries to finalise the protocols.",
            [(("China", "Germany"), "agree", "assign their ministries to finalise the protocols")],
        ),
        ("Austria and Slovenia signed a pact. The two governments agreed to share data on migration.", [(("Austria", "Slovenia"), "agree", "share data on migration")]),
        ("Austria and Slovenia signed a pact. Both governments pledged to share data on migration.", [(("Austria", "Slovenia"), "pledge", "share data on migration")]),
        ("Peru, Bolivia and Ecuador met in Quito. The three countries agreed to hold joint drills.", [(("Bolivia", "Ecuador", "Peru"), "agree", "hold joint drills")]),
    ],
)
def test_group_subjects_resolve_to_the_actors_named_together(nlp, text: str, expected) -> None:
    assert commitments_of(nlp, text) == expected


def test_both_sides_of_a_leader_whose_state_only_the_source_names(nlp) -> None:
    text = "Prime Minister Ana Rojas held phone talks with President of Peru Luis Soto. Both sides agreed to open a new border post."
    assert commitments_of(nlp, text, MINISTRY_HEADER) == [(("Chile", "Peru"), "agree", "open a new border post")]
    # with no source to tell Ana Rojas's state, there is no pair of states to bind
    assert commitments_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister met his counterpart. The two leaders agreed to open a new border post.",
        "Kenya hosted the talks. Both sides agreed to reopen the border.",
    ],
)
def test_group_subjects_with_no_two_actors_named_bind_nobody(nlp, text: str) -> None:
    assert commitments_of(nlp, text) == []


# -- "we" inside a quote ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Senegal's trade minister said: “That is why we have committed to cutting port fees for exporters.”",
            [(("Senegal",), "commit", "cutting port fees for exporters")],
        ),
        # the action stops at the closing quote, before the reporting clause
        ("“We will cut tariffs on steel,” said Swedish Trade Minister Anna Berg.", [(("Sweden",), "will", "cut tariffs on steel")]),
        (
            'Anna Berg, Sweden\'s Minister for Trade, told the Daily Post: "Our customs service will publish the new rules in May."',
            [(("Sweden",), "will", "publish the new rules in May")],
        ),
        (
            "Anna Berg, Sweden's Minister for Trade, spoke to the Daily Post.\n\nDaily Post: Will you act?\n\nBerg: Yes. We will cut tariffs on steel by 2026.\n",
            [(("Sweden",), "will", "cut tariffs on steel by 2026")],
        ),
    ],
)
def test_we_in_a_quote_is_the_state_or_body_the_speaker_acts_for(nlp, text: str, expected) -> None:
    assert commitments_of(nlp, text) == expected


def test_we_of_a_leader_whose_state_only_the_source_names(nlp) -> None:
    text = "Prime Minister Ana Rojas said: “We will open a new border post.”"
    assert commitments_of(nlp, text, MINISTRY_HEADER) == [(("Chile",), "will", "open a new border post")]


@pytest.mark.parametrize(
    "text",
    [
        "Senegal's trade minister said we will cut tariffs on rice.",  # reported, not quoted
        "We will cut tariffs on rice by 2026.",  # no speaker, no signatories
        "“We will cut tariffs on steel,” said former Austrian chancellor Karl Huber.",  # a former office
        "“We will cut tariffs on steel,” said Lucia Moreno.",  # a speaker with no office
    ],
)
def test_we_without_a_known_speaker_binds_nobody(nlp, text: str) -> None:
    assert commitments_of(nlp, text) == []


# -- definite generic heads ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hugo Marchal, a spokesperson for the World Food Programme, said the agency would continue to support the talks.",
            [(("World Food Programme",), "will", "continue to support the talks")],
        ),
        (
            "The Asian Development Bank approved a loan to Laos. The bank will disburse the first tranche in May.",
            [(("Asian Development Bank",), "will", "disburse the first tranche in May")],
        ),
        # the speaker's own state before the last one named
        (
            "Kenya's ambassador to Germany, Jane Wambui, said the government would fund two new schools.",
            [(("Kenya",), "will", "fund two new schools")],
        ),
        (
            "Peter Novak, a senior fellow at the Baltic Policy Institute, said the organization would publish a report.",
            [(("Baltic Policy Institute",), "will", "publish a report")],
        ),
    ],
)
def test_a_generic_head_stands_for_the_nearest_actor_of_its_kind(nlp, text: str, expected) -> None:
    assert commitments_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hugo Marchal, a spokesperson for the World Food Programme, said the agency was concerned about the talks.",  # no undertaking
        "The agency will open an office in Dakar.",  # nothing named before it
        "The Daily Courier reported on the deal. The agency will publish the text.",  # a newspaper is no agency
        "The Daily Post praised the deal. The chamber will hold hearings in May.",  # no legislature named
    ],
)
def test_a_generic_head_with_nothing_of_its_kind_before_binds_nobody(nlp, text: str) -> None:
    assert commitments_of(nlp, text) == []


# -- "we have agreed" after a meeting ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“We have agreed to reopen the border crossing by June,” Kenyan President Marek Dvorak said after meeting Ugandan President Lina Osei in Kampala.",
        "“We have agreed to reopen the border crossing by June,” Kenyan President Marek Dvorak said after talks with Ugandan President Lina Osei.",
        "Kenyan President Marek Dvorak said after meeting Ugandan President Lina Osei: “We have agreed to reopen the border crossing by June.”",
        # the meeting in the sentence before
        "Kenyan President Marek Dvorak met Ugandan President Lina Osei in Kampala. “We have agreed to reopen the border crossing by June,” Dvorak said.",
    ],
)
def test_we_have_agreed_binds_the_speaker_and_the_side_they_met(nlp, text: str) -> None:
    assert commitments_of(nlp, text) == [(("Kenya", "Uganda"), "agree", "reopen the border crossing by June")]


def test_we_have_agreed_binds_the_states_named_together_with_the_speakers_before(nlp) -> None:
    text = "Kenya, Uganda and Rwanda signed the pact in Kigali. “We have agreed to open the border,” Kenyan Interior Minister Marek Dvorak said after the meeting."
    assert commitments_of(nlp, text) == [(("Kenya", "Rwanda", "Uganda"), "agree", "open the border")]


@pytest.mark.parametrize(
    "text",
    [
        # "will" is the speaker's side alone
        "“We will reopen the border crossing by June,” Kenyan President Marek Dvorak said after meeting Ugandan President Lina Osei.",
        # a meeting the speaker was not at, states named together without the speaker's
        "Ugandan President Lina Osei met Rwandan President Tomas Berg. “We have agreed to reopen the border crossing by June,” Kenyan President Marek Dvorak said.",
        "Uganda and Rwanda signed the pact. “We have agreed to reopen the border crossing by June,” Kenyan President Marek Dvorak said.",
        # the other side's state is not known
        "“We have agreed to reopen the border crossing by June,” Kenyan President Marek Dvorak said after meeting Lina Osei.",
    ],
)
def test_we_without_a_known_other_side_is_the_speakers_state(nlp, text: str) -> None:
    assert [parties for parties, _, _ in commitments_of(nlp, text)] == [("Kenya",)]


# -- parties as the object: "the agreement commits X to ..." --------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The agreement commits Kenya and Uganda to opening a joint border post by 2026.", [(("Kenya", "Uganda"), "commit", "opening a joint border post by 2026")]),
        # the countries' coast guards act for the countries
        (
            "Peru, Bolivia and Ecuador signed a maritime framework in Quito. The framework commits the three countries' coast guards to joint patrols.",
            [(("Bolivia", "Ecuador", "Peru"), "commit", "joint patrols")],
        ),
        ("Kenya and Uganda signed the pact. It commits both countries to sharing radar data.", [(("Kenya", "Uganda"), "commit", "sharing radar data")]),
        # "to" and a verb, which the parser may read as the object's own clause
        ("The agreement commits Kenya and Uganda to open a joint border post by 2026.", [(("Kenya", "Uganda"), "commit", "open a joint border post by 2026")]),
        (
            "Peru, Bolivia and Ecuador met in Quito. The pact commits the three countries' coast guards to run at least four joint operations a year.",
            [(("Bolivia", "Ecuador", "Peru"), "commit", "run at least four joint operations a year")],
        ),
        # a reflexive or a non-actor object: the subject is bound
        ("Kenya committed itself to opening a border post.", [(("Kenya",), "commit", "opening a border post")]),
        ("Kenya committed $40 million to the relief fund.", [(("Kenya",), "commit", "$40 million to the relief fund")]),
        ("The pact commits the signatories to nothing new.", []),
    ],
)
def test_a_text_that_commits_its_object_binds_the_object(nlp, text: str, expected) -> None:
    assert commitments_of(nlp, text) == expected


# -- what is promised as the verb's object: "pledged $400 million" ---------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # the object with what follows it in its clause: period, recipient, condition
        ("Sweden pledged $300 million over four years to the climate fund.", [(("Sweden",), "pledge", "$300 million over four years to the climate fund")]),
        ("Portugal promised €120 million, subject to approval by parliament.", [(("Portugal",), "promise", "€120 million, subject to approval by parliament")]),
        ("Korea pledged three coast guard cutters to the Philippines.", [(("South Korea",), "pledge", "three coast guard cutters to the Philippines")]),
        ("Denmark committed 400 troops to the peacekeeping mission.", [(("Denmark",), "commit", "400 troops to the peacekeeping mission")]),
        ("Norway committed $400 million over five years.", [(("Norway",), "commit", "$400 million over five years")]),
        ("Finland promised a review of the border rules.", [(("Finland",), "promise", "a review of the border rules")]),
        ("Kenya and Uganda agreed a ceasefire.", [(("Kenya", "Uganda"), "agree", "a ceasefire")]),
        # counted troops are what is committed, not a group of parties named before
        ("Kenya and Uganda signed a pact. Denmark committed two battalions to the mission.", [(("Denmark",), "commit", "two battalions to the mission")]),
        # a person as the object: the that-clause says what is promised
        ("Finland promised the minister that it would review the rules.", [(("Finland",), "will", "review the rules")]),
    ],
)
def test_a_direct_object_can_be_what_is_promised(nlp, text: str, expected) -> None:
    assert commitments_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Denmark pledged allegiance to the new charter.",  # a stance, nothing to give or do
        # "commit" gives only money or counted resources to a purpose
        "Kenya's soldiers committed abuses against civilians.",
        "Kenya's police committed 40 killings last year.",
        "Portugal promised nothing new.",
    ],
)
def test_objects_that_are_no_undertaking(nlp, text: str) -> None:
    assert commitments_of(nlp, text) == []


def test_a_participle_before_a_noun_is_no_commitment_verb(nlp) -> None:
    # the parser may read "release agreed volumes" with "agreed" as a participle taking the noun as its object
    from spacy.tokens import Doc

    from govgraph.nlp.commitments import _object_is_action

    words = ["Chile", "shall", "release", "agreed", "volumes", "of", "water", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[2, 2, 2, 2, 3, 4, 5, 2],
        deps=["nsubj", "aux", "ROOT", "xcomp", "dobj", "prep", "pobj", "punct"],
        tags=["NNP", "MD", "VB", "VBN", "NNS", "IN", "NN", "."],
        lemmas=["Chile", "shall", "release", "agree", "volume", "of", "water", "."],
    )
    assert not _object_is_action(doc, doc[3], doc[4])


# -- long lists of parties --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # names with "of the" and an acronym in parentheses, which the parser reads as appositions
        (
            "The Federated States of Micronesia, the Republic of the Marshall Islands (RMI), Palau and Nauru signed the pact, under which they committed to banning drift nets by 2028.",
            [(("Marshall Islands", "Micronesia", "Nauru", "Palau"), "commit", "banning drift nets by 2028")],
        ),
        (
            "The Republic of the Sudan, the Central African Republic (CAR), Chad and Niger signed the accord, under which they committed to opening three border posts.",
            [(("Central African Republic", "Chad", "Niger", "Sudan"), "commit", "opening three border posts")],
        ),
        # the parser makes two subjects of one list
        ("The Central African Republic (CAR), Chad and Niger agreed to share weather data.", [(("Central African Republic", "Chad", "Niger"), "agree", "share weather data")]),
        ("The Republic of Korea, Mongolia and the Kingdom of Thailand agreed to share weather data.", [(("Mongolia", "South Korea", "Thailand"), "agree", "share weather data")]),
    ],
)
def test_every_name_of_a_list_is_a_party(nlp, text: str, expected) -> None:
    assert commitments_of(nlp, text) == expected


# -- "the two leaders": the people named together or in turn ----------------------------------

#: A readout: several paragraphs in the text's own voice, quoting no one.
READOUT = (
    "On June 3, Prime Minister Elin Sundqvist of Sweden held a telephone talk with President Kwabena Asare-Mensah of Ghana.\n\n"
    "Prime Minister Sundqvist stated that Sweden would continue to support the energy transition in Ghana. President Asare-Mensah expressed his appreciation.\n\n"
    "The two leaders welcomed the cooperation between the Swedish International Development Cooperation Agency and the African Development Bank. "
    "The two leaders agreed to hold a summit meeting in Accra next year.\n"
)


def test_in_a_readout_the_two_leaders_are_their_states(nlp) -> None:
    # not the two bodies named in between
    assert commitments_of(nlp, READOUT)[-1] == (("Ghana", "Sweden"), "agree", "hold a summit meeting in Accra next year")


def test_leaders_named_in_turn_are_the_two_sides(nlp) -> None:
    text = READOUT.replace(" held a telephone talk with President Kwabena Asare-Mensah of Ghana", " spoke on the telephone").replace(
        "President Asare-Mensah expressed", "President Kwabena Asare-Mensah of Ghana expressed"
    )
    assert commitments_of(nlp, text)[-1] == (("Ghana", "Sweden"), "agree", "hold a summit meeting in Accra next year")
    # an office with no state named takes the state of the source, as roles do
    text = text.replace("Prime Minister Elin Sundqvist of Sweden", "Prime Minister Elin Sundqvist")
    header = "title: T\nsource: Government Offices of Sweden\ndate: 2024-06-03\n---\n"
    assert commitments_of(nlp, text, header)[-1] == (("Ghana", "Sweden"), "agree", "hold a summit meeting in Accra next year")


def test_in_a_report_the_two_ministers_are_the_people(nlp) -> None:
    text = (
        "Swedish Trade Minister Elin Sundqvist spoke in Accra on Monday. “We have a lot to do,” Sundqvist said.\n\n"
        "Ghanaian Trade Minister Kwabena Asare-Mensah said the talks had been frank.\n\n"
        "The Swedish International Development Cooperation Agency and the African Development Bank will fund a study. "
        "The two ministers agreed to meet again in May.\n"
    )
    assert commitments_of(nlp, text)[-1] == (("Elin Sundqvist", "Kwabena Asare-Mensah"), "agree", "meet again in May")


# -- reported undertakings: "Portugal said it would ..." --------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Portugal said it would convert part of Angola's debt into climate funding before 2027.",
            [(("Portugal",), "will", "convert part of Angola's debt into climate funding before 2027")],
        ),
        ("Sweden said it will open an embassy in Kigali.", [(("Sweden",), "will", "open an embassy in Kigali")]),
        # the speaker's own government
        ("Swedish Foreign Minister Anna Berg said her government would open an embassy in Kigali.", [(("Sweden",), "will", "open an embassy in Kigali")]),
        ("Kenya said its government would cut fuel taxes.", [(("Kenya",), "will", "cut fuel taxes")]),
    ],
)
def test_it_in_what_a_state_said_is_that_state(nlp, text: str, expected) -> None:
    assert commitments_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Portugal said prices would rise next year.",  # a prediction about prices
        "Portugal said it would be ready by May.",  # no agentive verb
        "Portugal hoped it would join the pact.",  # a hope, not a report
        "It will open an embassy in Kigali.",  # nobody's words
        "Swedish Foreign Minister Anna Berg said it would open an embassy in Kigali.",  # a person is no "it"
        "Lucia Moreno said her government would cut fuel taxes.",  # a speaker with no office
    ],
)
def test_reported_clauses_that_bind_nobody(nlp, text: str) -> None:
    assert commitments_of(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenya said it would send 200 police officers to Haiti.", [(("Kenya",), "will", "send 200 police officers to Haiti")]),
        ("The World Bank said on Monday that it would lend $2 billion to Ghana.", [(("World Bank",), "will", "lend $2 billion to Ghana")]),
        # a noun of the reporting verb is its addressee or its circumstance, not what "it" is
        ("Kenya told the council it would send 200 police officers.", [(("Kenya",), "will", "send 200 police officers")]),
        ("Kenya said in a statement that it would send 200 police officers.", [(("Kenya",), "will", "send 200 police officers")]),
        # a plural noun before "it" is no "it"
        ("Kenya said its troops were ready and it would send 200 more.", [(("Kenya",), "will", "send 200 more")]),
        # with a named subject, helping is an act
        ("Japan said it would provide $5 million. Japan will help Malaysia build two ports.", [(("Japan",), "will", "provide $5 million"), (("Japan",), "will", "help Malaysia build two ports")]),
    ],
)
def test_it_in_what_a_state_or_body_said_undertakes(nlp, text: str, expected) -> None:
    assert commitments_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # states and predictions: "it" is what is spoken of, or the verb is no act
        "Kenya said it would cost $40 million to send the officers.",
        "Kenya said it would mean fewer troops at home.",
        "Kenya said it would require parliamentary approval.",
        "Kenya said it would allow the officers to stay longer.",
        "Kenya said it would win the vote easily.",
        "Kenya said it would take two months to deploy the officers.",
        "Kenya said it would help stabilise the region.",
        "Kenya said it would lead to lower prices.",
        # a thing named in between may be "it"
        "Kenya said the plan was ready and it would create 5,000 jobs.",
        "The plan is ready and it would create 5,000 jobs, Kenya said.",
    ],
)
def test_it_that_is_a_thing_or_states_an_outcome_binds_nobody(nlp, text: str) -> None:
    assert commitments_of(nlp, text) == []


# -- when, before the action -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenya and Uganda agreed on Monday to widen the border road.", [(("Kenya", "Uganda"), "agree", "widen the border road")]),
        ("Kenya committed on Tuesday to cut emissions by 2030.", [(("Kenya",), "commit", "cut emissions by 2030")]),
        # "on" with what is agreed stays the action
        ("Kenya and Uganda agreed on a ceasefire.", [(("Kenya", "Uganda"), "agree", "a ceasefire")]),
    ],
)
def test_a_date_after_the_verb_is_not_the_action(nlp, text: str, expected) -> None:
    assert commitments_of(nlp, text) == expected


# -- operative clauses: "The Council:\n\na) Decides to ..." -----------------------------------

COUNCIL_LETTERED = """The Andean Water Council met in Lima on 4 May 2026.

The Andean Water Council:

a) Reaffirms its commitment to the Cusco Principles on shared rivers;

b) Decides to establish a drought early-warning fund, to be managed by the secretariat, and requests the secretariat to report on it in 2027;

c) Calls on member states to share river data;

d) Agrees to convene a ministerial meeting before the end of 2026.
"""

SECURITY_COUNCIL_PREAMBLE = """The Security Council,

Reaffirming its strong commitment to the sovereignty and territorial integrity of Moldova,

Mindful of its primary responsibility under the Charter of the United Nations,

Deeply concerned by the violence in the border region,

1. Decides to extend the mandate of the observer mission until 31 March 2027;

2. Requests the Secretary-General to report to the Council every ninety days; and

3. Further decides to review the sanctions measures by June 2026.
"""

UNSC = "United Nations Security Council"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject before a colon; "Calls on" commits nobody; "and requests ..." is another clause
        (
            COUNCIL_LETTERED,
            [
                (("Andean Water Council",), "reaffirm", "the Cusco Principles on shared rivers"),
                (("Andean Water Council",), "decide", "establish a drought early-warning fund, to be managed by the secretariat"),
                (("Andean Water Council",), "agree", "convene a ministerial meeting before the end of 2026"),
            ],
        ),
        # the subject of a preamble, several paragraphs up; a preamble's reaffirmed commitment counts too
        (
            SECURITY_COUNCIL_PREAMBLE,
            [
                ((UNSC,), "reaffirm", "the sovereignty and territorial integrity of Moldova"),
                ((UNSC,), "decide", "extend the mandate of the observer mission until 31 March 2027"),
                ((UNSC,), "decide", "review the sanctions measures by June 2026"),
            ],
        ),
        # one paragraph: the items follow ", 1." and ";"
        (
            "The Security Council, recalling its resolution 2000 (2020), 1. Decides to extend the mandate of the mission until 31 March 2027; "
            "2. Requests the Secretary-General to report; 3. Undertakes to review the mandate in 2027.",
            [((UNSC,), "decide", "extend the mandate of the mission until 31 March 2027"), ((UNSC,), "undertake", "review the mandate in 2027")],
        ),
        (
            "The Andean Water Council: a) Reaffirms its commitment to the Cusco Principles; b) Decides to establish a drought fund; c) Calls on donors to contribute.",
            [(("Andean Water Council",), "reaffirm", "the Cusco Principles"), (("Andean Water Council",), "decide", "establish a drought fund")],
        ),
        # verbs in capitals, which the model reads as nouns or adjectives
        (
            "The Indian Ocean Rim Association,\n\n1. TAKES NOTE of the report of the Secretariat;\n\n2. DECIDES to establish a regional fund for cyclone relief;\n\n"
            "3. REQUESTS the Secretariat to report to the next session.",
            [(("Indian Ocean Rim Association",), "decide", "establish a regional fund for cyclone relief")],
        ),
        # a plural subject with the plain verb, items on single lines
        (
            "The Ministers of Kenya, Uganda and Rwanda:\n(a) Agree to open a joint border post by 2027;\n(b) Call on donors to fund the post;\n(c) Resolve to harmonise customs rules.",
            [(("Kenya", "Rwanda", "Uganda"), "agree", "open a joint border post by 2027"), (("Kenya", "Rwanda", "Uganda"), "resolve", "harmonise customs rules")],
        ),
        # lowercase verbs after dashes
        ("The European Union:\n- welcomes the ceasefire;\n- agrees to provide EUR 10 million in humanitarian support.", [(("European Union",), "agree", "provide EUR 10 million in humanitarian support")]),
        # "We, the leaders of ..." as the subject; "; and" before the last item
        (
            "We, the leaders of Chile, Peru and Ecuador,\n\n- Commit to protecting the Humboldt Current;\n- Welcome the new fisheries pact; and\n- Pledge to share satellite data.",
            [(("Chile", "Ecuador", "Peru"), "commit", "protecting the Humboldt Current"), (("Chile", "Ecuador", "Peru"), "pledge", "share satellite data")],
        ),
        # an item's text wrapped over lines goes on to its ";"
        (
            "The Andean Water Council:\n\na) Decides to establish a drought early-warning fund, to be\nmanaged by the secretariat;\nb) Agrees to convene a ministerial meeting\nbefore the end of 2026;\n",
            [
                (("Andean Water Council",), "decide", "establish a drought early-warning fund, to be\nmanaged by the secretariat"),
                (("Andean Water Council",), "agree", "convene a ministerial meeting\nbefore the end of 2026"),
            ],
        ),
    ],
)
def test_operative_clauses_bind_the_subject_that_introduced_their_list(nlp, text: str, expected) -> None:
    assert commitments_of(nlp, text) == expected


def test_an_operative_clause_decided_against_is_negated(nlp) -> None:
    document = parse_document("The European Union:\n- welcomes the ceasefire;\n- decides not to lift the sanctions.".encode("utf-8"), "t.txt")
    records = doc_to_records(nlp(document.body), document)
    assert [([p.name for p in c.parties], c.modality, c.negated, c.action) for c in records.commitments] == [(["European Union"], "decide", True, "lift the sanctions")]


@pytest.mark.parametrize(
    "text",
    [
        # headlines and captions that open with a verb: no list, no subject
        "The Andean Water Council met in Lima on 4 May 2026.\n\nThe Council heard a report by its secretariat.\n\nDecides to quit: a minister's story\n\nAgrees to disagree\n",
        # a sentence with its own subject between the subject and the clause
        "The Andean Water Council:\n\nThe secretariat presented its report.\n\nDecides to extend the programme.\n",
        # a preamble that names no subject
        "Mindful of the Charter of the United Nations,\n\n1. Decides to extend the mandate of the observer mission;\n",
        # a list introduced by something other than a noun phrase
        "How the Andean Water Council can help:\n\n1. Commit to a routine.\n\n2. Agree on a schedule with the council.\n",
        # a line wrapped inside a sentence
        "Kenya's President said on Monday that the two neighbours\nagreed to open a new border post.\n",
    ],
)
def test_a_verb_opening_a_line_outside_an_introduced_list_binds_nobody(nlp, text: str) -> None:
    assert commitments_of(nlp, text) == []


def test_a_finite_verb_after_the_action_starts_another_clause(nlp) -> None:
    text = "Kenya agreed to widen the border road and signed a transit deal with Uganda."
    assert commitments_of(nlp, text) == [(("Kenya",), "agree", "widen the border road")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Andean Water Council met in Lima on 4 May 2026.\n\n4. The Council:\n\na) Decides to establish a drought fund;\n\nb) Calls on donors to contribute.\n",
            [(("Andean Water Council",), "decide", "establish a drought fund")],
        ),
        ("The Andean Water Council met in Lima on 4 May 2026. The Council will publish its report in May.", [(("Andean Water Council",), "will", "publish its report in May")]),
        # no body named before it has that word
        ("The Andean Water Council met in Lima on 4 May 2026.\n\nThe Assembly:\n\na) Decides to establish a drought fund.\n", []),
    ],
)
def test_a_capitalised_head_word_alone_is_the_body_named_before_with_that_word(nlp, text: str, expected) -> None:
    assert commitments_of(nlp, text) == expected


# -- reported and conditional undertakings -------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenya will contribute $40 million to the mission, Kenyan Foreign Minister Amani Odera said.", [(("Kenya",), "will", "contribute $40 million to the mission")]),
        ("Kenya would contribute $40 million to the mission, Kenyan Foreign Minister Amani Odera said on Thursday.", [(("Kenya",), "will", "contribute $40 million to the mission")]),
        ("Kenya has agreed to contribute $40 million to the mission, Amani Odera told reporters.", [(("Kenya",), "agree", "contribute $40 million to the mission")]),
    ],
)
def test_the_action_ends_before_the_reporting_clause_after_it(nlp, text: str, expected) -> None:
    assert commitments_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # before the committing clause
        ("If the council authorises the mission, Kenya will contribute $40 million, Kenyan Foreign Minister Amani Odera said.", ("contribute $40 million", "If the council authorises the mission")),
        # inside the reported action
        (
            "Kenyan Foreign Minister Amani Odera told the council that Kenya would contribute $40 million to the mission if the council authorised it this month.",
            ("contribute $40 million to the mission if the council authorised it this month", "if the council authorised it this month"),
        ),
    ],
)
def test_a_condition_is_kept_on_the_commitment(nlp, text: str, expected) -> None:
    document = parse_document(text.encode("utf-8"), "t.txt")
    records = doc_to_records(nlp(document.body), document)
    assert [(c.action, c.condition) for c in records.commitments] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenya expressed its intention to host the next round of talks in 2027.", [(("Kenya",), "intend", "host the next round of talks in 2027")]),
        ("Ghana announced its commitment to phase out coal power by 2040.", [(("Ghana",), "commit", "phase out coal power by 2040")]),
        ("Officials in Peru said the country would build two new ports by 2030.", [(("Peru",), "will", "build two new ports by 2030")]),
    ],
)
def test_stated_intentions_and_the_country_as_subject(nlp, text: str, expected) -> None:
    assert commitments_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the state or body owning the commitment noun is the party, whoever voices it
        (
            "Prime Minister Haruto Sato expressed Japan's intention to provide $50 million for flood defences.",
            [(("Japan",), "intend", "provide $50 million for flood defences")],
        ),
        ("The minister reaffirmed Kenya's commitment to send 200 police officers to Haiti.", [(("Kenya",), "reaffirm", "send 200 police officers to Haiti")]),
        ("The spokesperson reiterated the World Bank's pledge to lend $2 billion to Ghana.", [(("World Bank",), "reaffirm", "lend $2 billion to Ghana")]),
        # "its" and "their" leave the subject the party
        ("Kenya reaffirmed its commitment to send 200 police officers.", [(("Kenya",), "reaffirm", "send 200 police officers")]),
        (
            "Kenyan President Amani Odera and Ugandan President Neema Mushi reaffirmed their commitment to open the border.",
            [(("Amani Odera", "Neema Mushi"), "reaffirm", "open the border")],
        ),
    ],
)
def test_the_owner_of_a_commitment_noun_is_the_party(nlp, text: str, expected) -> None:
    assert commitments_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["The minister expressed concern about the rising cost of food.", "Kenya's finance minister said the country's debt would rise next year."],
)
def test_expressed_concern_and_a_countrys_debt_undertake_nothing(nlp, text: str) -> None:
    assert commitments_of(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norway pledged aid. Its minister, Ingrid Berg, said Oslo would release the first $80 million in 2027.", (("Norway",), "will", "release the first $80 million in 2027")),
        ("Canberra will provide two patrol vessels to the region by March.", (("Australia",), "will", "provide two patrol vessels to the region by March")),
    ],
)
def test_a_capital_standing_for_its_government_binds_its_state(nlp, text: str, expected) -> None:
    assert expected in commitments_of(nlp, text)


def test_brussels_binds_no_one_state(nlp) -> None:
    assert commitments_of(nlp, "Brussels will propose new tariffs next week, diplomats said.") == []


# -- the signatories of a treaty or memorandum -------------------------------------------------

#: A memorandum's opening article that names its signatories "the Parties".
MEMORANDUM = (
    "Article 1\nThe Government of the Republic of Chile and the Government of New Zealand (hereinafter referred to as "
    "\u201cthe Parties\u201d) shall cooperate in the field of fisheries.\n\n"
    "Article 2\nThe Parties shall set up a joint committee, co-chaired by officials of the Ministry of Agriculture of Chile "
    "and the Ministry for Primary Industries of New Zealand.\n\n"
)


@pytest.mark.parametrize(
    "clause, action",
    [
        ("Each Party shall bear its own expenses incurred under this Agreement.", "bear its own expenses incurred under this Agreement"),
        ("Both Parties shall exchange data on fish stocks every year.", "exchange data on fish stocks every year"),
        ("The Parties shall review this Memorandum after three years.", "review this Memorandum after three years"),
    ],
)
def test_the_parties_of_a_memorandum_are_the_states_whose_governments_it_names(nlp, clause: str, action: str) -> None:
    # not the two ministries named together last, and "Each Party" is no organisation
    found = commitments_of(nlp, MEMORANDUM + "Article 3\n" + clause)
    assert found[-1] == (("Chile", "New Zealand"), "shall", action)


def test_each_party_is_no_organisation(nlp) -> None:
    document = parse_document(("Article 3\nEach Party shall bear its own expenses. Either Party may end it.").encode("utf-8"), "t.txt")
    records = doc_to_records(nlp(document.body), document)
    assert [a.name for a in records.actors] == []


def test_bodies_defined_as_the_participants_stand_for_themselves(nlp) -> None:
    text = (
        "This Memorandum between the World Health Organization and the African Union (hereinafter \u201cthe Participants\u201d) "
        "sets out their cooperation.\n\nThe Participants will hold a joint meeting every year."
    )
    assert commitments_of(nlp, text) == [(("African Union", "World Health Organization"), "will", "hold a joint meeting every year")]


def test_a_signature_block_names_people_and_their_offices(nlp) -> None:
    text = (
        "The Memorandum was signed by the Permanent Secretary of the Ministry of Agriculture, Eng. Rosa Quintanilla.\n\n"
        "For the Government of the Republic of Chile: Eng. Rosa Quintanilla, Permanent Secretary, Ministry of Agriculture\n"
        "For the Government of New Zealand: Tomas Whitcombe, Ambassador"
    )
    document = parse_document(text.encode("utf-8"), "t.txt")
    records = doc_to_records(nlp(document.body), document)
    # no body runs across the colon, the line break or into "Eng." before a name
    assert sorted({(a.category, a.name) for a in records.actors}) == [
        ("Country", "Chile"),
        ("Country", "New Zealand"),
        ("Organization", "Ministry of Agriculture"),
        ("Person", "Rosa Quintanilla"),
        ("Person", "Tomas Whitcombe"),
    ]


# -- readouts: the leaders who met, not the bodies or deputies named after them -----------------

LEADERS_READOUT = (
    "President Amani Odera met today with Prime Minister Lena Varga of Hungary in Nairobi. The two leaders discussed trade "
    "and investment.\n\n"
    "The two leaders welcomed the signing of a memorandum between the Kenya Ports Authority and Hungary's Ministry of "
    "Transport. They agreed to set up a joint logistics working group, co-chaired by Deputy Minister Peter Kiprop and State "
    "Secretary Anna Bodnar.\n\n"
    "Both leaders committed to meet again in Budapest next year."
)


def test_they_is_the_plural_subject_of_the_sentence_before(nlp) -> None:
    # not the two bodies named in that sentence's object
    found = commitments_of(nlp, LEADERS_READOUT, MINISTRY_HEADER.replace("Chile", "Kenya"))
    assert found[0][:2] == (("Hungary", "Kenya"), "agree")


def test_the_leaders_are_the_heads_of_government_named_together_last(nlp) -> None:
    # not the deputies who co-chair the working group, named together after them
    found = commitments_of(nlp, LEADERS_READOUT, MINISTRY_HEADER.replace("Chile", "Kenya"))
    assert found[-1] == (("Hungary", "Kenya"), "commit", "meet again in Budapest next year")


def test_they_after_a_singular_subject_is_the_group_named_last(nlp) -> None:
    text = "Kenya signed a deal with Uganda and Rwanda on Monday. They agreed to cut tariffs on maize."
    assert commitments_of(nlp, text) == [(("Rwanda", "Uganda"), "agree", "cut tariffs on maize")]


def test_leaders_named_as_the_subject_of_a_readout_stand_for_their_states(nlp) -> None:
    text = LEADERS_READOUT + "\n\nPresident Odera and Prime Minister Varga also committed to double bilateral trade by 2030."
    found = commitments_of(nlp, text, MINISTRY_HEADER.replace("Chile", "Kenya"))
    assert found[-1] == (("Hungary", "Kenya"), "commit", "double bilateral trade by 2030")
    # a report that quotes them keeps the people
    report = text + "\n\n\u201cWe are neighbours in spirit,\u201d Varga said."
    assert commitments_of(nlp, report, MINISTRY_HEADER.replace("Chile", "Kenya"))[-1][0] == ("Amani Odera", "Lena Varga")


# -- a declaration whose "We, ..." names its signatories by office and name -------------------------

DECLARATION = (
    "We, the President of the Republic of Ghana, Kofi Mensah-Larbi, the President of the Republic of Togo, Edem Agbeko, "
    "and the President of Burkina Faso, Issa Ouedrago, meeting in Accra on 4 March 2025, declare the following:\n\n"
    "1. The Leaders commit to the joint management of the Volta basin.\n\n"
    "2. We will establish a Volta Water Council by the end of 2025.\n\n"
    "3. The Presidents of Ghana and Togo thanked the people of Burkina Faso for their hospitality. The Leaders agreed to "
    "meet again in Lome in 2026."
)


def test_we_and_the_leaders_of_a_declaration_are_the_states_of_its_signatories(nlp) -> None:
    states = ("Burkina Faso", "Ghana", "Togo")
    assert commitments_of(nlp, DECLARATION) == [
        (states, "commit", "the joint management of the Volta basin"),
        (states, "will", "establish a Volta Water Council by the end of 2025"),
        # all three, not the two named together just before
        (states, "agree", "meet again in Lome in 2026"),
    ]


def test_an_operative_clause_opened_by_will_is_an_undertaking_of_the_list_subject(nlp) -> None:
    text = (
        "THE COUNCIL OF THE EUROPEAN UNION:\n\n"
        "1. WILL continue to work closely with Morocco and Senegal on climate finance.\n\n"
        "2. WILL be informed of progress;\n\n3. Will not fund new coal plants."
    )
    # "WILL be" states nothing to be done; "Will not" is a refusal
    assert commitments_of(nlp, text) == [(("Council of the European Union",), "will", "continue to work closely with Morocco and Senegal on climate finance")]


# -- heads and pronouns that reach further back ---------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one department named, three sentences before "the department"
        (
            "The Department of Water Affairs of Namibia published its annual report in March. Rainfall was low across the north. "
            "Several dams fell below a third of their capacity. The deputy minister said on Friday that the department would "
            "drill 40 new boreholes by June.",
            [(("Department of Water Affairs of Namibia",), "will", "drill 40 new boreholes by June")],
        ),
        # a state named by its form of government
        (
            "Kenya hosted the talks in Mombasa. The foreign minister said the republic would keep its embassy in Juba open.",
            [(("Kenya",), "will", "keep its embassy in Juba open")],
        ),
        # "both delegations" are the sides last named together
        (
            "The Kenyan and Tanzanian delegations met in Arusha on Monday, with Kenya and Tanzania both represented by their "
            "trade ministers. Both delegations agreed to reopen the Namanga border post by March.",
            [(("Kenya", "Tanzania"), "agree", "reopen the Namanga border post by March")],
        ),
        # "she" as a main clause's subject: the person the sentence before was about
        (
            "Minister Halldis Brekkan said the plan would cut costs. She undertook to publish the full list by 4 December.",
            [(("Halldis Brekkan",), "undertake", "publish the full list by 4 December")],
        ),
        # a pronoun after "agreed on" points back to an action said before: nothing new is agreed
        ("Minister Halldis Brekkan and I agreed on that when we met in Oslo.", []),
        ("Kenya and Uganda agreed on this at the summit.", []),
        ("Kenya and Uganda agreed on those terms at the summit.", [(("Kenya", "Uganda"), "agree", "those terms at the summit")]),
        # "he" said it: the person the sentence before was about; "his side" what he acts for
        (
            "Ghana's chief negotiator, Halldis Brekkan, left the talks early. He said his side would release 40 prisoners by Friday.",
            [(("Ghana",), "will", "release 40 prisoners by Friday")],
        ),
        ("Halldis Brekkan, a retired teacher, spoke at the rally. He said he would run for mayor.", [(("Halldis Brekkan",), "will", "run for mayor")]),
        # a speaker with no office has no side
        ("Halldis Brekkan, a retired teacher, spoke at the rally. He said his side would win the vote.", []),
    ],
)
def test_parties_named_earlier_and_actions_said_before(nlp, text: str, expected: list) -> None:
    assert commitments_of(nlp, text) == expected


def test_a_department_is_none_of_two_named_earlier(nlp) -> None:
    text = (
        "The Department of Water Affairs of Namibia and the Department of Mines of Namibia met in March. Rainfall was low. "
        "Several dams fell below a third of their capacity. The deputy minister said on Friday that the department would "
        "drill 40 new boreholes by June."
    )
    assert commitments_of(nlp, text) == []


def test_take_with_an_object_of_acting_is_an_undertaking(nlp) -> None:
    text = "Ghana will take part with two ships, and Togo will take steps to reopen the port. The summit will take place in Accra."
    assert commitments_of(nlp, text) == [
        (("Ghana",), "will", "take part with two ships"),
        (("Togo",), "will", "take steps to reopen the port"),
    ]


def test_an_action_runs_on_where_the_parser_ends_a_sentence_inside_a_name(nlp) -> None:
    # the model ends the sentence after "UNESCO"; the action is the whole clause
    text = "Uruguay and Kenya pledged to pilot the UNESCO Readiness Assessment Methodology in their health ministries during 2027."
    assert commitments_of(nlp, text) == [
        (("Kenya", "Uruguay"), "pledge", "pilot the UNESCO Readiness Assessment Methodology in their health ministries during 2027"),
    ]


def test_a_headline_without_a_full_stop_ends_at_its_line(nlp) -> None:
    text = "Kenya will cut tariffs on rice\n\nThe finance ministry published the new rates on Monday."
    assert commitments_of(nlp, text) == [(("Kenya",), "will", "cut tariffs on rice")]


def test_what_someone_informed_others_of_is_reported(nlp) -> None:
    text = (
        "The ministers heard the Director of the Andean Water Secretariat, Dr. Halldis Brekkan, who informed them that river "
        "levels had fallen by a third and that the Secretariat would publish a drought map every month."
    )
    assert commitments_of(nlp, text) == [(("Andean Water Secretariat",), "will", "publish a drought map every month")]


CHAIRED = (
    "1. The Lima Dialogue on Water took place on 3 May, chaired by Peru's Minister of the Environment, Halldis Brekkan. "
    "Delegates from 20 countries attended.\n\n"
    "2. The Chair thanked all participants and will send this summary to the UN Secretary-General."
)


def test_the_chair_is_the_person_who_chaired_the_meeting(nlp) -> None:
    assert commitments_of(nlp, CHAIRED) == [(("Halldis Brekkan",), "will", "send this summary to the UN Secretary-General")]


def test_a_title_no_one_named_holds_binds_no_one(nlp) -> None:
    text = "The Lima Dialogue on Water took place on 3 May. The Chair will send this summary to the UN Secretary-General."
    assert commitments_of(nlp, text) == []
