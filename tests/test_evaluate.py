"""Tests for the scorer: hand-built gold dicts and contract-query rows, plus the real seed gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from govgraph.errors import GovgraphError, InputError
from govgraph.evaluate import (
    Gold,
    Report,
    content_coverage,
    content_f1,
    content_words,
    dict_to_gold,
    fold_name,
    format_report,
    load_gold,
    score,
    token_f1,
)

DOC = "freedonia_talks.txt"
SEED_GOLD = Path(__file__).parents[2] / "shared" / "eval" / "china_france_ai_governance.gold.json"

Row = dict[str, str]


def make_gold(document: str = DOC, optional: dict[str, Any] | None = None, **kinds: Any) -> Gold:
    """A Gold from keyword lists (actors=[...], roles=[...], ...), the rest empty."""
    data: dict[str, Any] = {"document": document, "actors": [], "roles": [], "commitments": [], "statements": []}
    data.update(kinds)
    data["optional"] = optional or {}
    return dict_to_gold(data)


def actor(name: str, category: str = "Person", doc: str = DOC, iri: str | None = None) -> Row:
    return {"actor": iri or f"id:{name}", "name": name, "category": category, "doc": doc}


def role(person: str, title: str, organization: str, doc: str = DOC) -> Row:
    return {
        "person": f"id:{person}",
        "personName": person,
        "title": title,
        "organization": f"id:{organization}",
        "organizationName": organization,
        "doc": doc,
    }


def commitment(iri: str, parties: list[str], action: str, modality: str = "commit", doc: str = DOC) -> list[Row]:
    """One row per party, as the commitments query returns them."""
    return [
        {
            "commitment": iri,
            "party": f"id:{party}",
            "partyName": party,
            "modality": modality,
            "action": action,
            "doc": doc,
            "evidence": f"id:evidence/{iri}",
        }
        for party in parties
    ]


def statement(iri: str, speaker: str, content: str, doc: str = DOC) -> Row:
    return {"statement": iri, "speaker": f"id:{speaker}", "speakerName": speaker, "content": content, "doc": doc}


def counts(report: Report, kind: str) -> tuple[int, int, int]:
    kind_score = report[kind]
    return kind_score.tp, kind_score.fp, kind_score.fn


# --- folding and text measures ------------------------------------------------------------


@pytest.mark.parametrize(
    "name,folded",
    [
        ("Ana Ruíz", "ana ruiz"),
        ("ÉLODIE  Brun ", "elodie brun"),
        ("The Freedonian Senate", "freedonian senate"),
        ("the Sylvanian side", "sylvanian side"),
        ("Theodora Lane", "theodora lane"),
        ("Freedonia's", "freedonia"),
        ("Freedonia’s", "freedonia"),
        ("Freedonia‘s", "freedonia"),
        ("Sylvania Ministers'", "sylvania ministers"),
        ("Sylvania Ministers’", "sylvania ministers"),
        ("The People’s Assembly", "people's assembly"),
        ("The Senate's", "senate"),
    ],
)
def test_fold_name(name: str, folded: str) -> None:
    assert fold_name(name) == folded


def test_content_words_drop_stop_words_and_punctuation() -> None:
    assert content_words("The two sides will BUILD bridges, in 2025!") == ["sides", "build", "bridges", "2025"]


def test_token_f1_counts_every_token() -> None:
    assert token_f1("Foreign Minister", "minister") == pytest.approx(2 / 3)
    assert token_f1("", "") == 1.0
    assert token_f1("envoy", "minister") == 0.0


# --- actors -----------------------------------------------------------------------------------


def test_actor_names_are_folded() -> None:
    gold = make_gold(
        actors=[
            {"name": "Ana Ruíz", "category": "Person", "aliases": []},
            {"name": "The Freedonian Senate", "category": "Organization", "aliases": []},
            {"name": "People’s Assembly of Sylvania", "category": "Organization", "aliases": []},
        ]
    )
    rows = {
        "actors": [
            actor("ANA RUIZ"),
            actor("Freedonian Senate's", "Organization"),
            actor("People's Assembly of Sylvania", "Organization"),
        ]
    }
    report = score([gold], rows)
    assert counts(report, "actors") == (3, 0, 0)


def test_actor_alias_matches() -> None:
    gold = make_gold(actors=[{"name": "Republic of Freedonia", "category": "Country", "aliases": ["Freedonia", "RF"]}])
    report = score([gold], {"actors": [actor("Freedonia", "Country")]})
    assert counts(report, "actors") == (1, 0, 0)


def test_actor_category_mismatch_is_no_match() -> None:
    gold = make_gold(actors=[{"name": "Freedonia", "category": "Country", "aliases": []}])
    report = score([gold], {"actors": [actor("Freedonia", "Organization")]})
    assert counts(report, "actors") == (0, 1, 1)


def test_actor_rows_of_other_categories_are_ignored() -> None:
    gold = make_gold(actors=[{"name": "Ana Ruiz", "category": "Person", "aliases": []}])
    rows = {
        "actors": [
            actor("Ana Ruiz", "https://w3id.org/govgraph/ontology#Person"),
            actor("Fredville", "Place"),
            actor("Summit of Fredville", "Event"),
            actor("Nobody", ""),
        ]
    }
    report = score([gold], rows)
    assert counts(report, "actors") == (1, 0, 0)


def test_optional_actor_is_ignored() -> None:
    gold = make_gold(
        actors=[{"name": "Ana Ruiz", "category": "Person", "aliases": []}],
        optional={"actors": [{"name": "Fredville Summit", "category": "Organization", "aliases": ["the Summit"]}]},
    )
    rows = {"actors": [actor("Ana Ruiz"), actor("Summit", "Organization"), actor("Luis Soto")]}
    report = score([gold], rows)
    assert counts(report, "actors") == (1, 1, 0)
    assert [e.description for e in report.explanations] == ['Person "Luis Soto"']


def test_one_gold_matches_one_prediction() -> None:
    gold = make_gold(actors=[{"name": "Ana Ruiz", "category": "Person", "aliases": ["Ruiz"]}])
    rows = {"actors": [actor("Ana Ruiz"), actor("Ruiz")]}
    report = score([gold], rows)
    assert counts(report, "actors") == (1, 1, 0)


def test_matching_is_maximum_not_greedy() -> None:
    gold = make_gold(
        actors=[
            {"name": "Ana Ruiz", "category": "Person", "aliases": ["Ruiz"]},
            {"name": "Luis Ruiz", "category": "Person", "aliases": ["Ruiz"]},
        ]
    )
    # "Ruiz" comes first and fits both; a greedy pass would give it Ana Ruiz and leave one miss.
    rows = {"actors": [actor("Ruiz"), actor("Ana Ruiz")]}
    report = score([gold], rows)
    assert counts(report, "actors") == (2, 0, 0)


def test_required_match_wins_over_optional() -> None:
    gold = make_gold(
        actors=[{"name": "Fredville Council", "category": "Organization", "aliases": ["Council"]}],
        optional={"actors": [{"name": "Council of Elders", "category": "Organization", "aliases": ["Council"]}]},
    )
    report = score([gold], {"actors": [actor("Council", "Organization")]})
    assert counts(report, "actors") == (1, 0, 0)


# --- roles ------------------------------------------------------------------------------------


def test_role_names_resolve_through_aliases_and_title_is_scored_apart() -> None:
    gold = make_gold(
        actors=[
            {"name": "Ana Ruiz", "category": "Person", "aliases": ["Ruiz"]},
            {"name": "Republic of Freedonia", "category": "Country", "aliases": ["Freedonia"]},
        ],
        roles=[{"person": "Ana Ruiz", "title": "minister", "organization": "Republic of Freedonia"}],
        optional={"actors": [{"name": "Sylvania", "category": "Country", "aliases": ["Sylvanian Republic"]}]},
    )
    rows = {
        "roles": [
            role("Ruiz", "Foreign Minister", "Freedonia's"),
            role("Ana Ruiz", "minister", "Sylvanian Republic"),
        ]
    }
    report = score([gold], rows)
    assert counts(report, "roles") == (1, 1, 0)
    assert report.title_f1 == pytest.approx(2 / 3)
    assert report.title_matches == 1


def test_role_with_wrong_organization_is_no_match() -> None:
    gold = make_gold(roles=[{"person": "Ana Ruiz", "title": "minister", "organization": "Freedonia"}])
    report = score([gold], {"roles": [role("Ana Ruiz", "minister", "Sylvania")]})
    assert counts(report, "roles") == (0, 1, 1)
    assert report.title_f1 is None


# --- commitments ------------------------------------------------------------------------------

ACTION = "build bridges across rivers"  # content words: build, bridges, rivers


def test_commitment_parties_are_grouped_from_rows() -> None:
    gold = make_gold(
        actors=[{"name": "Republic of Freedonia", "category": "Country", "aliases": ["Freedonia"]}],
        commitments=[{"parties": ["Republic of Freedonia", "Sylvania"], "modality": "agree", "action": ACTION}],
    )
    rows = {
        "commitments": [
            *commitment("id:c1", ["Freedonia", "Sylvania"], "build bridges across rivers", "agree"),
            *commitment("id:c2", ["Freedonia"], "build bridges across rivers", "will"),
        ]
    }
    report = score([gold], rows)
    assert counts(report, "commitments") == (1, 1, 0)
    false_positives = [e.description for e in report.explanations if e.kind == "commitments"]
    assert false_positives == ['"Freedonia" [will]: "build bridges across rivers"']


def test_commitment_party_sets_must_be_equal() -> None:
    gold = make_gold(commitments=[{"parties": ["Freedonia"], "modality": "will", "action": ACTION}])
    rows = {"commitments": commitment("id:c1", ["Freedonia", "Sylvania"], ACTION)}
    assert counts(score([gold], rows), "commitments") == (0, 1, 1)


@pytest.mark.parametrize(
    "action,f1,matches",
    [
        # gold: 4 content words; each prediction shares 2 of them
        ("build bridges and roads", 4 / 7, True),  # P 2/3, R 1/2: just above 0.5
        ("build bridges and roads and tunnels", 0.5, True),  # P 1/2, R 1/2: exactly 0.5
        ("build bridges and roads and tunnels and canals", 4 / 9, False),  # P 2/5, R 1/2: just below
        ("plant forests", 0.0, False),
    ],
)
def test_commitment_action_f1_threshold(action: str, f1: float, matches: bool) -> None:
    gold_action = "build bridges across rivers valleys"  # build, bridges, rivers, valleys
    assert content_f1(action, gold_action) == pytest.approx(f1)
    gold = make_gold(commitments=[{"parties": ["Freedonia"], "modality": "will", "action": gold_action}])
    report = score([gold], {"commitments": commitment("id:c1", ["Freedonia"], action)})
    assert counts(report, "commitments") == ((1, 0, 0) if matches else (0, 1, 1))


def test_optional_commitment_is_ignored() -> None:
    gold = make_gold(
        commitments=[{"parties": ["Freedonia"], "modality": "will", "action": ACTION}],
        optional={"commitments": [{"parties": ["Ana Ruiz"], "modality": "will", "action": ACTION}]},
    )
    rows = {"commitments": [*commitment("id:c1", ["Freedonia"], ACTION), *commitment("id:c2", ["Ana Ruiz"], ACTION)]}
    assert counts(score([gold], rows), "commitments") == (1, 0, 0)


# --- statements -------------------------------------------------------------------------------

CONTENT = "Freedonia values lasting peace, open trade and fair elections"
# content words: freedonia, values, lasting, peace, open, trade, fair, elections (8)


@pytest.mark.parametrize(
    "content,coverage,matches",
    [
        ("we want peace, open trade and fair elections with freedonia", 6 / 8, True),
        ("lasting peace and open trade for freedonia", 5 / 8, True),
        ("lasting peace and open trade", 4 / 8, False),
    ],
)
def test_statement_coverage_threshold(content: str, coverage: float, matches: bool) -> None:
    assert content_coverage(content, CONTENT) == pytest.approx(coverage)
    gold = make_gold(statements=[{"speaker": "Ana Ruiz", "content": CONTENT}])
    report = score([gold], {"statements": [statement("id:s1", "Ana Ruiz", content)]})
    assert counts(report, "statements") == ((1, 0, 0) if matches else (0, 1, 1))


def test_statement_exactly_sixty_percent_matches() -> None:
    gold_content = "peace trade elections courts schools"  # 5 content words
    assert content_coverage("peace, trade and elections", gold_content) == pytest.approx(0.6)
    assert content_coverage("peace and trade", gold_content) == pytest.approx(0.4)
    gold = make_gold(statements=[{"speaker": "Ana Ruiz", "content": gold_content}])
    hit = score([gold], {"statements": [statement("id:s1", "Ana Ruiz", "peace, trade and elections")]})
    assert counts(hit, "statements") == (1, 0, 0)


def test_statement_needs_the_same_speaker() -> None:
    gold = make_gold(
        actors=[{"name": "Ana Ruiz", "category": "Person", "aliases": ["Minister Ruiz"]}],
        statements=[{"speaker": "Ana Ruiz", "content": CONTENT}],
    )
    rows = {"statements": [statement("id:s1", "Luis Soto", CONTENT), statement("id:s2", "Minister Ruiz", CONTENT)]}
    assert counts(score([gold], rows), "statements") == (1, 1, 0)


# --- documents and averaging ------------------------------------------------------------------


def test_doc_matches_by_suffix_and_other_docs_are_not_scored() -> None:
    gold = make_gold(actors=[{"name": "Ana Ruiz", "category": "Person", "aliases": []}])
    rows = {
        "actors": [
            actor("Ana Ruiz", doc=f"dev/{DOC}"),
            actor("Luis Soto", doc=f"corpus/sub/{DOC}"),
            actor("Eva Diaz", doc=f"other_{DOC}"),
            actor("Eva Diaz", doc="dev/unrelated.txt"),
        ]
    }
    report = score([gold], rows)
    assert counts(report, "actors") == (1, 1, 0)


def test_scores_are_micro_averaged_over_documents() -> None:
    one = make_gold("one.txt", actors=[{"name": "Ana Ruiz", "category": "Person", "aliases": []}])
    two = make_gold(
        "two.txt",
        actors=[{"name": name, "category": "Person", "aliases": []} for name in ("Bo Li", "Cy Ng", "Di Fox", "Ed Roe")],
    )
    rows = {
        "actors": [
            actor("Ana Ruiz", doc="one.txt"),
            actor("Zed Kay", doc="one.txt"),
            *(actor(name, doc="two.txt") for name in ("Bo Li", "Cy Ng", "Di Fox")),
        ]
    }
    report = score([one, two], rows)
    assert counts(report, "actors") == (4, 1, 1)
    # Micro: 4 / 5 each. Averaging the documents' precisions (0.5 and 1.0) would give 0.75.
    assert report["actors"].precision == pytest.approx(0.8)
    assert report["actors"].recall == pytest.approx(0.8)
    assert report["actors"].f1 == pytest.approx(0.8)
    assert report.documents == ("one.txt", "two.txt")


def test_macro_f1_is_the_mean_of_the_four_kinds() -> None:
    gold = make_gold(
        actors=[{"name": "Ana Ruiz", "category": "Person", "aliases": []}],
        roles=[{"person": "Ana Ruiz", "title": "minister", "organization": "Freedonia"}],
        statements=[
            {"speaker": "Ana Ruiz", "content": CONTENT},
            {"speaker": "Ana Ruiz", "content": "tariffs will fall next spring"},
        ],
    )
    rows = {"actors": [actor("Ana Ruiz")], "statements": [statement("id:s1", "Ana Ruiz", CONTENT)]}
    report = score([gold], rows)
    # actors 1.0; roles 0.0 (missed); commitments 1.0 (nothing to find, nothing predicted);
    # statements P = 1, R = 1/2 -> F1 = 2/3.
    assert [s.f1 for s in report.scores] == pytest.approx([1.0, 0.0, 1.0, 2 / 3])
    assert report.macro_f1 == pytest.approx((1.0 + 0.0 + 1.0 + 2 / 3) / 4)


def test_report_explains_and_formats() -> None:
    gold = make_gold(
        actors=[{"name": "Ana Ruiz", "category": "Person", "aliases": []}],
        roles=[{"person": "Ana Ruiz", "title": "minister", "organization": "Freedonia"}],
    )
    report = score([gold], {"actors": [actor("Luis Soto")]})
    outcomes = [(e.kind, e.outcome, e.description) for e in report.explanations]
    assert outcomes == [
        ("actors", "miss", 'Person "Ana Ruiz"'),
        ("actors", "false positive", 'Person "Luis Soto"'),
        ("roles", "miss", '"Ana Ruiz", minister of "Freedonia"'),
    ]
    data = report.to_dict()
    assert list(data) == ["documents", "kinds", "macro_f1", "title_f1", "title_matches", "explanations"]
    assert list(data["kinds"]) == ["actors", "roles", "commitments", "statements"]
    assert list(data["kinds"]["actors"]) == ["tp", "fp", "fn", "precision", "recall", "f1"]
    assert json.loads(json.dumps(data)) == data
    plain = format_report(report)
    assert plain.splitlines()[0].split() == ["kind", "tp", "fp", "fn", "P", "R", "F1"]
    assert plain.splitlines()[1].split() == ["actors", "0", "1", "1", "0.000", "0.000", "0.000"]
    assert "macro F1: 0.500" in plain
    assert "miss:" not in plain
    explained = format_report(report, explain=True)
    assert explained.startswith(plain.rstrip("\n"))
    assert f'{DOC}\n  actors\n    miss: Person "Ana Ruiz"\n    false positive: Person "Luis Soto"\n  roles\n' in explained


# --- gold files -------------------------------------------------------------------------------


def test_bad_gold_json_raises_input_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.gold.json"
    path.write_text('{"document": "x.txt", "actors": [', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(path)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_gold_missing_key_raises_input_error(tmp_path: Path) -> None:
    path = tmp_path / "short.gold.json"
    path.write_text(json.dumps({"document": "x.txt", "actors": [], "roles": [], "statements": []}), encoding="utf-8")
    with pytest.raises(InputError, match="short.gold.json: missing key 'commitments'"):
        load_gold(path)


def test_gold_missing_item_key_raises_input_error(tmp_path: Path) -> None:
    path = tmp_path / "item.gold.json"
    data = {"document": "x.txt", "actors": [{"name": "Ana Ruiz"}], "roles": [], "commitments": [], "statements": []}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match="missing key 'category'"):
        load_gold(path)


def test_missing_gold_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nowhere.gold.json"):
        load_gold(tmp_path / "nowhere.gold.json")


def test_error_text_is_message_then_hint() -> None:
    assert str(InputError("x.json: broken", "fix it")) == "x.json: broken; fix it"
    assert str(GovgraphError("x.json: broken")) == "x.json: broken"


def test_two_golds_for_one_document_raise() -> None:
    with pytest.raises(InputError, match="same document|as <gold> does"):
        score([make_gold(), make_gold()], {})


def perfect_rows(gold: Gold, doc: str) -> dict[str, list[Row]]:
    """Rows a perfect system would return for the gold's required items (and its optional actors)."""
    rows: dict[str, list[Row]] = {"actors": [], "roles": [], "commitments": [], "statements": []}
    for item in gold.required.actors + gold.optional.actors:
        rows["actors"].append(actor(item.name, item.category, doc=doc))
    for item in gold.required.roles:
        rows["roles"].append(role(item.person, item.title, item.organization, doc=doc))
    for i, item in enumerate(gold.required.commitments):
        rows["commitments"].extend(commitment(f"id:c{i}", list(item.parties), item.action, item.modality, doc=doc))
    for i, item in enumerate(gold.required.statements):
        rows["statements"].append(statement(f"id:s{i}", item.speaker, item.content, doc=doc))
    return rows


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="shared/eval gold not present")
def test_seed_gold_scores_perfect_rows_perfectly() -> None:
    gold = load_gold(SEED_GOLD)
    assert gold.document == "china_france_ai_governance.txt"
    report = score([gold], perfect_rows(gold, f"corpus/{gold.document}"))
    for kind_score in report.scores:
        assert kind_score.fn == 0 and kind_score.fp == 0, kind_score
        assert kind_score.tp > 0
        assert kind_score.f1 == 1.0
    assert report.macro_f1 == 1.0
    assert report.title_f1 == 1.0
    assert report.explanations == ()
