"""Tests for govgraph.lexicon on the real data files, pycountry and country_converter."""

from __future__ import annotations

import dataclasses
import re
import shutil
import time
from pathlib import Path

import pycountry
import pytest

from govgraph import lexicon
from govgraph.errors import InputError
from govgraph.lexicon import (
    DATA_DIR,
    TITLE_CLASSES,
    Lexicons,
    load_lexicons,
    pluralize_title,
    singularize_title,
)
from govgraph.records import ORGANIZATION_KINDS

#: Territories without an established demonym, left out of demonyms.tsv on purpose.
NO_DEMONYM = {"AQ", "BV", "GS", "HM", "IO", "TF", "UM", "SJ", "BQ", "BL", "MF", "PM", "SX", "GG", "JE"}
#: Countries whose only demonyms are shared with another country, so resolve to none.
ONLY_AMBIGUOUS_DEMONYMS = {"CD", "CG", "DM", "DO"}
#: States outside the UN that the lexicon treats like member states.
OTHER_STATES = {"VA", "PS", "XK", "TW"}


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return load_lexicons()


# countries ---------------------------------------------------------------------------------

G20_NAMES = [
    ("Argentina", "AR"),
    ("Argentine Republic", "AR"),
    ("Australia", "AU"),
    ("Commonwealth of Australia", "AU"),
    ("Brazil", "BR"),
    ("Federative Republic of Brazil", "BR"),
    ("Canada", "CA"),
    ("CANADA", "CA"),
    ("China", "CN"),
    ("PRC", "CN"),
    ("People's Republic of China", "CN"),
    ("the People\u2019s Republic of China", "CN"),
    ("Mainland China", "CN"),
    ("France", "FR"),
    ("French Republic", "FR"),
    ("the French Republic", "FR"),
    ("Germany", "DE"),
    ("Federal Republic of Germany", "DE"),
    ("India", "IN"),
    ("Republic of India", "IN"),
    ("Bharat", "IN"),
    ("Indonesia", "ID"),
    ("Republic of Indonesia", "ID"),
    ("Italy", "IT"),
    ("Italian Republic", "IT"),
    ("Japan", "JP"),
    ("South Korea", "KR"),
    ("Republic of Korea", "KR"),
    ("the Republic of Korea", "KR"),
    ("Korea, Republic of", "KR"),
    ("ROK", "KR"),
    ("Korea", "KR"),
    ("Mexico", "MX"),
    ("United Mexican States", "MX"),
    ("Russia", "RU"),
    ("Russian Federation", "RU"),
    ("the Russian Federation", "RU"),
    ("Saudi Arabia", "SA"),
    ("Kingdom of Saudi Arabia", "SA"),
    ("KSA", "SA"),
    ("South Africa", "ZA"),
    ("Republic of South Africa", "ZA"),
    ("Turkey", "TR"),
    ("Türkiye", "TR"),
    ("Turkiye", "TR"),
    ("Republic of Türkiye", "TR"),
    ("United Kingdom", "GB"),
    ("the United Kingdom", "GB"),
    ("UK", "GB"),
    ("U.K.", "GB"),
    ("Britain", "GB"),
    ("Great Britain", "GB"),
    ("United Kingdom of Great Britain and Northern Ireland", "GB"),
    ("United States", "US"),
    ("the United States", "US"),
    ("The United States", "US"),
    ("THE UNITED STATES", "US"),
    ("U.S.", "US"),
    ("US", "US"),
    ("USA", "US"),
    ("U.S.A.", "US"),
    ("America", "US"),
    ("the States", "US"),
    ("United States of America", "US"),
]


@pytest.mark.parametrize("text,code", G20_NAMES)
def test_country_g20_members(lex: Lexicons, text: str, code: str) -> None:
    entry = lex.country(text)
    assert entry is not None, text
    assert entry.alpha2 == code


OTHER_NAMES = [
    ("DPRK", "KP"),
    ("D.P.R.K.", "KP"),
    ("North Korea", "KP"),
    ("Democratic People's Republic of Korea", "KP"),
    ("Korea, Democratic People's Republic of", "KP"),
    ("Republic of Serbia", "RS"),
    ("Serbia", "RS"),
    ("Hungary", "HU"),
    ("Zambia", "ZM"),
    ("Republic of Zambia", "ZM"),
    ("Holy See", "VA"),
    ("the Holy See", "VA"),
    ("Vatican", "VA"),
    ("Vatican City", "VA"),
    ("Holy See (Vatican City State)", "VA"),
    ("Palestine", "PS"),
    ("State of Palestine", "PS"),
    ("Palestine, State of", "PS"),
    ("Kosovo", "XK"),
    ("Republic of Kosovo", "XK"),
    ("UAE", "AE"),
    ("the UAE", "AE"),
    ("United Arab Emirates", "AE"),
    ("the Emirates", "AE"),
    ("DRC", "CD"),
    ("DR Congo", "CD"),
    ("Democratic Republic of the Congo", "CD"),
    ("Democratic Republic of Congo", "CD"),
    ("Congo, The Democratic Republic of the", "CD"),
    ("Republic of the Congo", "CG"),
    ("Congo-Brazzaville", "CG"),
    ("Czechia", "CZ"),
    ("Czech Republic", "CZ"),
    ("Laos", "LA"),
    ("Lao PDR", "LA"),
    ("Lao People's Democratic Republic", "LA"),
    ("Vietnam", "VN"),
    ("Viet Nam", "VN"),
    ("Iran", "IR"),
    ("Islamic Republic of Iran", "IR"),
    ("Iran, Islamic Republic of", "IR"),
    ("Syria", "SY"),
    ("Syrian Arab Republic", "SY"),
    ("Taiwan", "TW"),
    ("Republic of China", "TW"),
    ("Chinese Taipei", "TW"),
    ("Hong Kong", "HK"),
    ("Hong Kong SAR", "HK"),
    ("Macau", "MO"),
    ("Macao", "MO"),
    ("Burma", "MM"),
    ("Myanmar", "MM"),
    ("Ivory Coast", "CI"),
    ("Côte d'Ivoire", "CI"),
    ("Cote d\u2019Ivoire", "CI"),
    ("Cape Verde", "CV"),
    ("Cabo Verde", "CV"),
    ("East Timor", "TL"),
    ("Timor Leste", "TL"),
    ("Swaziland", "SZ"),
    ("Eswatini", "SZ"),
    ("Holland", "NL"),
    ("the Netherlands", "NL"),
    ("Macedonia", "MK"),
    ("North Macedonia", "MK"),
    ("Bosnia", "BA"),
    ("Bosnia & Herzegovina", "BA"),
    ("Bosnia-Herzegovina", "BA"),
    ("St Lucia", "LC"),
    ("St. Kitts and Nevis", "KN"),
    ("Saint Vincent and the Grenadines", "VC"),
    ("Guinea Bissau", "GW"),
    ("Guinea-Bissau", "GW"),
    ("The Gambia", "GM"),
    ("the Bahamas", "BS"),
    ("the Philippines", "PH"),
    ("Micronesia, Federated States of", "FM"),
    ("Micronesia", "FM"),
    ("Sao Tome and Principe", "ST"),
    ("São Tomé and Príncipe", "ST"),
    ("Reunion", "RE"),
    ("Curacao", "CW"),
    ("Virgin Islands, British", "VG"),
    ("British Virgin Islands", "VG"),
    ("U.S. Virgin Islands", "VI"),
    ("Falkland Islands", "FK"),
    ("Brunei", "BN"),
    ("Brunei Darussalam", "BN"),
    ("Moldova", "MD"),
    ("Republic of Moldova", "MD"),
    ("Bolivia", "BO"),
    ("Venezuela", "VE"),
    ("Tanzania", "TZ"),
    ("United Republic of Tanzania", "TZ"),
    ("Georgia", "GE"),
    ("Niger", "NE"),
    ("Nigeria", "NG"),
    ("Dominica", "DM"),
    ("Dominican Republic", "DO"),
]


@pytest.mark.parametrize("text,code", OTHER_NAMES)
def test_country_other_names(lex: Lexicons, text: str, code: str) -> None:
    entry = lex.country(text)
    assert entry is not None, text
    assert entry.alpha2 == code


CANONICAL_NAMES = [
    ("US", "United States"),
    ("GB", "United Kingdom"),
    ("KR", "South Korea"),
    ("KP", "North Korea"),
    ("RU", "Russia"),
    ("CN", "China"),
    ("IR", "Iran"),
    ("VN", "Vietnam"),
    ("TW", "Taiwan"),
    ("SY", "Syria"),
    ("LA", "Laos"),
    ("TR", "Turkey"),
    ("CZ", "Czechia"),
    ("VA", "Vatican City"),
    ("PS", "Palestine"),
    ("XK", "Kosovo"),
    ("CD", "Democratic Republic of the Congo"),
    ("CG", "Republic of the Congo"),
    ("BN", "Brunei"),
    ("FM", "Micronesia"),
    ("MD", "Moldova"),
    ("BO", "Bolivia"),
    ("VE", "Venezuela"),
    ("TZ", "Tanzania"),
    ("FR", "France"),
    ("DE", "Germany"),
    ("JP", "Japan"),
    ("IN", "India"),
    ("RS", "Serbia"),
    ("HU", "Hungary"),
    ("ID", "Indonesia"),
    ("ZM", "Zambia"),
    ("NL", "Netherlands"),
    ("AE", "United Arab Emirates"),
    ("KN", "Saint Kitts and Nevis"),
]


@pytest.mark.parametrize("code,name", CANONICAL_NAMES)
def test_country_canonical_names(lex: Lexicons, code: str, name: str) -> None:
    entry = lex.country_by_code(code)
    assert entry is not None
    assert entry.name == name
    assert lex.country(name) is entry


@pytest.mark.parametrize(
    "code,qid",
    [
        ("CN", "Q148"),
        ("FR", "Q142"),
        ("US", "Q30"),
        ("GB", "Q145"),
        ("JP", "Q17"),
        ("DE", "Q183"),
        ("RU", "Q159"),
        ("IN", "Q668"),
        ("KR", "Q884"),
        ("KP", "Q423"),
        ("IT", "Q38"),
        ("CA", "Q16"),
        ("RS", "Q403"),
        ("HU", "Q28"),
        ("UA", "Q212"),
        ("ZM", "Q953"),
        ("ID", "Q252"),
        ("XK", "Q1246"),
        ("TW", "Q865"),
    ],
)
def test_country_wikidata(lex: Lexicons, code: str, qid: str) -> None:
    entry = lex.country_by_code(code)
    assert entry is not None and entry.wikidata == qid


def test_country_entry_fields(lex: Lexicons) -> None:
    us = lex.country("U.S.")
    assert us is not None
    assert (us.name, us.alpha2, us.alpha3, us.official_name) == (
        "United States",
        "US",
        "USA",
        "United States of America",
    )
    assert us.wikidata == "Q30" and us.un_member
    assert "America" in us.aliases and "United States" not in us.aliases
    assert "American" in us.demonyms
    tw = lex.country("Taiwan")
    assert tw is not None and not tw.un_member and tw.official_name == "Republic of China"


@pytest.mark.parametrize(
    "text",
    [
        "AI",
        "Europe",
        "Beijing",
        "Paris",
        "Washington",
        "Moscow",
        "Asia",
        "Africa",
        "EU",
        "UN",
        "us",
        "Us",
        "uk",
        "Uk",
        "usa",
        "turkey",
        "china",
        "chad",
        "the states",
        "The states",
        "States",
        "Emirates",
        "England",
        "Chinese",
        "Korean",
        "",
        "   ",
    ],
)
def test_not_countries(lex: Lexicons, text: str) -> None:
    assert lex.country(text) is None


@pytest.mark.parametrize("country", list(pycountry.countries), ids=lambda c: c.alpha_2)
def test_every_iso_country_resolves_by_its_pycountry_names(lex: Lexicons, country: object) -> None:
    code = getattr(country, "alpha_2")
    for attr in ("name", "official_name", "common_name"):
        name = getattr(country, attr, None)
        if name:
            entry = lex.country(name)
            assert entry is not None, (attr, name)
            assert entry.alpha2 == code, (attr, name, entry.alpha2)
    assert lex.country_by_code(code) is lex.country_by_code(getattr(country, "alpha_3"))


def test_every_country_has_a_demonym_but_the_listed_territories(lex: Lexicons) -> None:
    missing = {c.alpha2 for c in lex.countries() if not c.demonyms}
    assert missing == NO_DEMONYM


def test_states_have_resolving_demonyms_and_wikidata(lex: Lexicons) -> None:
    states = [c for c in lex.countries() if c.un_member or c.alpha2 in OTHER_STATES]
    assert sum(c.un_member for c in states) == 193
    unresolved = {c.alpha2 for c in states if not any(lex.country_for_demonym(d) is c for d in c.demonyms)}
    assert unresolved == ONLY_AMBIGUOUS_DEMONYMS
    assert [c.alpha2 for c in states if c.wikidata is None] == []


def test_country_wikidata_ids_are_unique(lex: Lexicons) -> None:
    qids = [c.wikidata for c in lex.countries() if c.wikidata]
    assert len(qids) == len(set(qids))
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for q in qids)


def test_country_names_claim_distinct_keys(lex: Lexicons) -> None:
    for entry in lex.countries():
        assert lex.country(entry.name) is entry, entry.name


def test_country_surface_forms_resolve_back(lex: Lexicons) -> None:
    forms = list(lex.country_surface_forms())
    assert len(forms) > 500
    for form in forms:
        assert lex.country(form.text) is form.entry, form.text
    us = {(f.text, f.case_sensitive) for f in forms if f.entry.alpha2 == "US"}
    assert {("U.S.", True), ("US", True), ("United States", False), ("America", True)} <= us


# demonyms ----------------------------------------------------------------------------------

DEMONYMS = [
    ("Chinese", "CN"),
    ("CHINESE", "CN"),
    ("French", "FR"),
    ("the French", "FR"),
    ("U.S.", "US"),
    ("US", "US"),
    ("American", "US"),
    ("Americans", "US"),
    ("South Korean", "KR"),
    ("South Koreans", "KR"),
    ("Korean", "KR"),
    ("North Korean", "KP"),
    ("British", "GB"),
    ("Briton", "GB"),
    ("UK", "GB"),
    ("Serbian", "RS"),
    ("Hungarian", "HU"),
    ("Indonesian", "ID"),
    ("Japanese", "JP"),
    ("German", "DE"),
    ("Indian", "IN"),
    ("Russian", "RU"),
    ("Russians", "RU"),
    ("Saudi", "SA"),
    ("Turkish", "TR"),
    ("Emirati", "AE"),
    ("Dutch", "NL"),
    ("Swiss", "CH"),
    ("Filipino", "PH"),
    ("Vietnamese", "VN"),
    ("Iranian", "IR"),
    ("Israeli", "IL"),
    ("Palestinian", "PS"),
    ("Ukrainian", "UA"),
    ("Zambian", "ZM"),
    ("Taiwanese", "TW"),
    ("Hongkonger", "HK"),
    ("New Zealand", "NZ"),
    ("Burkinabe", "BF"),
    ("Monegasque", "MC"),
    ("Salvadoran", "SV"),
    ("Canadians", "CA"),
    ("Australian", "AU"),
    ("Brazilian", "BR"),
    ("Mexican", "MX"),
    ("Argentine", "AR"),
    ("South African", "ZA"),
    ("Italian", "IT"),
    ("Kosovar", "XK"),
    ("Vatican", "VA"),
    ("Bissau-Guinean", "GW"),
    ("Guinean", "GN"),
    ("Samoan", "WS"),
    ("American Samoan", "AS"),
]


@pytest.mark.parametrize("text,code", DEMONYMS)
def test_country_for_demonym(lex: Lexicons, text: str, code: str) -> None:
    entry = lex.country_for_demonym(text)
    assert entry is not None, text
    assert entry.alpha2 == code


@pytest.mark.parametrize("text", ["chinese", "Congolese", "Dominican", "Dominicans", "China", "France", "Us", "AI", ""])
def test_not_demonyms(lex: Lexicons, text: str) -> None:
    assert lex.country_for_demonym(text) is None


def test_ambiguous_demonyms(lex: Lexicons) -> None:
    assert lex.ambiguous_demonyms == {"Congolese", "Dominican", "Dominicans"}
    assert "Congolese" in lex.country_by_code("CD").demonyms  # type: ignore[union-attr]


def test_demonym_surface_forms_resolve_back(lex: Lexicons) -> None:
    forms = list(lex.demonym_surface_forms())
    assert not any(f.text in lex.ambiguous_demonyms for f in forms)
    for form in forms:
        assert lex.country_for_demonym(form.text) is form.entry, form.text


@pytest.mark.parametrize(
    "side,words,width,code",
    [
        ("leading", ["Papua", "New", "Guinean", "President"], 3, "PG"),
        ("leading", ["Sri", "Lankan", "Foreign", "Minister"], 2, "LK"),
        ("leading", ["Equatorial", "Guinean"], 2, "GQ"),
        ("leading", ["Bissau", "-", "Guinean", "officials"], 3, "GW"),
        ("leading", ["South", "Korean"], 2, "KR"),
        ("leading", ["Guinean", "President"], 1, "GN"),
        ("leading", ["French", "-", "born"], 1, "FR"),
        ("leading", ["U.S.", "Virgin", "Islanders"], 3, "VI"),
        ("trailing", ["young", "Papua", "New", "Guinean"], 3, "PG"),
        ("trailing", ["The", "South", "African"], 2, "ZA"),
        ("trailing", ["the", "Guinean"], 1, "GN"),
        ("trailing", ["Former", "Sri", "Lankan"], 2, "LK"),
        ("trailing", ["Bissau", "-", "Guinean"], 3, "GW"),
    ],
)
def test_demonym_in_words_is_the_longest_on_whole_words(lex: Lexicons, side: str, words: list[str], width: int, code: str) -> None:
    found = getattr(lex, f"{side}_demonym")(words)
    assert found is not None and (found[0], found[1].alpha2) == (width, code)


@pytest.mark.parametrize("words", [[], ["south", "african"], ["Papua", "New"], ["Lankan"], ["the"], ["Congolese"]])
def test_no_demonym_in_words(lex: Lexicons, words: list[str]) -> None:
    assert lex.leading_demonym(words) is None
    assert lex.trailing_demonym(words) is None


def test_a_demonym_takes_no_article_hyphen_or_line_break(lex: Lexicons) -> None:
    france, guinea = lex.country_by_code("FR"), lex.country_by_code("GN")
    assert lex.trailing_demonym(["-", "French"]) == (1, france)
    assert lex.trailing_demonym(["\n", "French"]) == (1, france)
    assert lex.leading_demonym(["French", "-"]) == (1, france)
    assert lex.trailing_demonym(["The", "Guinean"]) == (1, guinea)


def test_demonyms_span_at_most_max_demonym_tokens(lex: Lexicons) -> None:
    # "Turks and Caicos Islanders": the longest listed form, four tokens
    assert lex.max_demonym_tokens == 4
    assert lex.leading_demonym(["Turks", "and", "Caicos", "Islanders", "said"]) == (4, lex.country_by_code("TC"))


# organisations -----------------------------------------------------------------------------

ORGS = [
    ("United Nations", "United Nations"),
    ("the United Nations", "United Nations"),
    ("UN", "United Nations"),
    ("U.N.", "United Nations"),
    ("United Nations General Assembly", "United Nations General Assembly"),
    ("the UN General Assembly", "United Nations General Assembly"),
    ("UNGA", "United Nations General Assembly"),
    ("General Assembly", "United Nations General Assembly"),
    ("United Nations Security Council", "United Nations Security Council"),
    ("UN Security Council", "United Nations Security Council"),
    ("U.N. Security Council", "United Nations Security Council"),
    ("UNSC", "United Nations Security Council"),
    ("Security Council", "United Nations Security Council"),
    ("UN Secretariat", "United Nations Secretariat"),
    ("Executive Office of the Secretary-General", "Executive Office of the Secretary-General"),
    ("ECOSOC", "United Nations Economic and Social Council"),
    ("ICJ", "International Court of Justice"),
    ("International Court of Justice", "International Court of Justice"),
    ("Human Rights Council", "United Nations Human Rights Council"),
    ("UNHRC", "United Nations Human Rights Council"),
    ("UNESCO", "United Nations Educational, Scientific and Cultural Organization"),
    ("Unesco", "United Nations Educational, Scientific and Cultural Organization"),
    ("UNICEF", "United Nations Children's Fund"),
    ("UNDP", "United Nations Development Programme"),
    ("United Nations Development Program", "United Nations Development Programme"),
    ("UNEP", "United Nations Environment Programme"),
    ("UNHCR", "United Nations High Commissioner for Refugees"),
    ("WHO", "World Health Organization"),
    ("World Health Organization", "World Health Organization"),
    ("the World Health Organisation", "World Health Organization"),
    ("world health organization", "World Health Organization"),
    ("ILO", "International Labour Organization"),
    ("International Labor Organization", "International Labour Organization"),
    ("ITU", "International Telecommunication Union"),
    ("WIPO", "World Intellectual Property Organization"),
    ("FAO", "Food and Agriculture Organization of the United Nations"),
    ("IAEA", "International Atomic Energy Agency"),
    ("WFP", "World Food Programme"),
    ("UNCTAD", "United Nations Conference on Trade and Development"),
    ("European Union", "European Union"),
    ("EU", "European Union"),
    ("E.U.", "European Union"),
    ("European Commission", "European Commission"),
    ("European Council", "European Council"),
    ("Council of the EU", "Council of the European Union"),
    ("Council of the European Union", "Council of the European Union"),
    ("European Parliament", "European Parliament"),
    ("ECB", "European Central Bank"),
    ("European Central Bank", "European Central Bank"),
    ("CJEU", "Court of Justice of the European Union"),
    ("European Court of Justice", "Court of Justice of the European Union"),
    ("EEAS", "European External Action Service"),
    ("G7", "Group of Seven"),
    ("G-7", "Group of Seven"),
    ("Group of Seven", "Group of Seven"),
    ("the Group of Seven", "Group of Seven"),
    ("G20", "Group of Twenty"),
    ("G-20", "Group of Twenty"),
    ("BRICS", "BRICS"),
    ("WTO", "World Trade Organization"),
    ("NATO", "North Atlantic Treaty Organization"),
    ("Nato", "North Atlantic Treaty Organization"),
    ("North Atlantic Treaty Organisation", "North Atlantic Treaty Organization"),
    ("ASEAN", "Association of Southeast Asian Nations"),
    ("African Union", "African Union"),
    ("AU", "African Union"),
    ("OECD", "Organisation for Economic Co-operation and Development"),
    ("Organization for Economic Cooperation and Development", "Organisation for Economic Co-operation and Development"),
    ("IMF", "International Monetary Fund"),
    ("World Bank", "World Bank"),
    ("OSCE", "Organization for Security and Co-operation in Europe"),
    ("Council of Europe", "Council of Europe"),
    ("Arab League", "Arab League"),
    ("League of Arab States", "Arab League"),
    ("OAS", "Organization of American States"),
    ("SCO", "Shanghai Cooperation Organisation"),
    ("Shanghai Cooperation Organization", "Shanghai Cooperation Organisation"),
    ("APEC", "Asia-Pacific Economic Cooperation"),
    ("GCC", "Gulf Cooperation Council"),
    ("OPEC", "Organization of the Petroleum Exporting Countries"),
    ("the Commonwealth", "Commonwealth of Nations"),
    ("Interpol", "International Criminal Police Organization"),
    ("INTERPOL", "International Criminal Police Organization"),
    ("GPAI", "Global Partnership on Artificial Intelligence"),
    ("Global Partnership on AI", "Global Partnership on Artificial Intelligence"),
    ("Mercosur", "Mercosur"),
    ("MERCOSUR", "Mercosur"),
    ("Quad", "Quadrilateral Security Dialogue"),
    ("AUKUS", "AUKUS"),
    ("UN-Habitat", "United Nations Human Settlements Programme"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_organization(lex: Lexicons, text: str, name: str) -> None:
    org = lex.organization(text)
    assert org is not None, text
    assert org.name == name


@pytest.mark.parametrize(
    "text",
    ["who", "Who", "un", "Un", "Us", "nato", "g7", "eu", "imf", "commonwealth", "quad", "Europe", "Beijing", "China", ""],
)
def test_not_organizations(lex: Lexicons, text: str) -> None:
    assert lex.organization(text) is None


@pytest.mark.parametrize(
    "name,parent",
    [
        ("United Nations Security Council", "United Nations"),
        ("United Nations General Assembly", "United Nations"),
        ("World Health Organization", "United Nations"),
        ("European Commission", "European Union"),
        ("European Parliament", "European Union"),
        ("World Bank", "World Bank Group"),
        ("European Court of Human Rights", "Council of Europe"),
        ("United Nations", None),
        ("Group of Seven", None),
    ],
)
def test_organization_parents(lex: Lexicons, name: str, parent: str | None) -> None:
    org = lex.organization_by_name(name)
    assert org is not None and org.parent == parent


def test_every_parent_exists_and_there_are_no_cycles(lex: Lexicons) -> None:
    for org in lex.organizations():
        seen = {org.name}
        parent = org.parent
        while parent is not None:
            found = lex.organization_by_name(parent)
            assert found is not None, (org.name, parent)
            assert found.name not in seen, ("cycle", org.name)
            seen.add(found.name)
            parent = found.parent


def test_organization_data_is_valid(lex: Lexicons) -> None:
    orgs = list(lex.organizations())
    assert len(orgs) > 100
    qids = [o.wikidata for o in orgs if o.wikidata]
    assert len(qids) == len(set(qids))
    for org in orgs:
        assert org.kind in ORGANIZATION_KINDS
        assert org.wikidata is None or re.fullmatch(r"Q[1-9][0-9]*", org.wikidata)
        assert lex.organization(org.name) is org, org.name
        for alias in org.aliases:
            assert lex.organization(alias) is org, (org.name, alias)


@pytest.mark.parametrize(
    "name,qid",
    [
        ("United Nations", "Q1065"),
        ("European Union", "Q458"),
        ("North Atlantic Treaty Organization", "Q7184"),
        ("World Health Organization", "Q7817"),
        ("United Nations Security Council", "Q37470"),
        ("Group of Twenty", "Q19771"),
    ],
)
def test_organization_wikidata(lex: Lexicons, name: str, qid: str) -> None:
    org = lex.organization_by_name(name)
    assert org is not None and org.wikidata == qid


def test_organization_surface_forms_resolve_back(lex: Lexicons) -> None:
    forms = list(lex.organization_surface_forms())
    for form in forms:
        assert lex.organization(form.text) is form.entry, form.text
    texts = {(f.text, f.case_sensitive) for f in forms}
    assert ("WHO", True) in texts and ("World Health Organisation", False) in texts
    assert ("U.N. Security Council", False) in texts


# titles ------------------------------------------------------------------------------------

TITLES = [
    ("president", "president", "head"),
    ("President", "president", "head"),
    ("presidents", "president", "head"),
    ("Prime Minister", "prime minister", "head"),
    ("prime ministers", "prime minister", "head"),
    ("PRIME MINISTER", "prime minister", "head"),
    ("PM", "prime minister", "head"),
    ("PMs", "prime minister", "head"),
    ("premier", "premier", "head"),
    ("Vice President", "vice president", "head"),
    ("vice-president", "vice president", "head"),
    ("chancellor", "chancellor", "head"),
    ("King", "king", "head"),
    ("queens", "queen", "head"),
    ("crown prince", "crown prince", "head"),
    ("minister", "minister", "minister"),
    ("Foreign Minister", "foreign minister", "minister"),
    ("FM", "foreign minister", "minister"),
    ("Minister of Foreign Affairs", "foreign minister", "minister"),
    ("ministers of foreign affairs", "foreign minister", "minister"),
    ("defense minister", "defence minister", "minister"),
    ("Defence Minister", "defence minister", "minister"),
    ("finance ministers", "finance minister", "minister"),
    ("Interior Minister", "interior minister", "minister"),
    ("coordinating minister", "coordinating minister", "minister"),
    ("state minister", "state minister", "minister"),
    ("chief minister", "chief minister", "minister"),
    ("Secretary of State", "secretary of state", "minister"),
    ("secretaries of state", "secretary of state", "minister"),
    ("Secretary of Defense", "secretary of defense", "minister"),
    ("Secretary-General", "secretary-general", "administration"),
    ("secretary general", "secretary-general", "administration"),
    ("secretaries-general", "secretary-general", "administration"),
    ("Under-Secretary-General", "under-secretary-general", "administration"),
    ("deputy secretary-general", "deputy secretary-general", "administration"),
    ("ambassador", "ambassador", "diplomatic"),
    ("Ambassadors", "ambassador", "diplomatic"),
    ("special envoy", "special envoy", "diplomatic"),
    ("consul general", "consul general", "diplomatic"),
    ("chargé d'affaires", "chargé d'affaires", "diplomatic"),
    ("charge d\u2019affaires", "chargé d'affaires", "diplomatic"),
    ("chargés d'affaires", "chargé d'affaires", "diplomatic"),
    ("permanent representative", "permanent representative", "diplomatic"),
    ("spokesperson", "spokesperson", "diplomatic"),
    ("spokespeople", "spokesperson", "diplomatic"),
    ("spokesman", "spokesman", "diplomatic"),
    ("spokesmen", "spokesman", "diplomatic"),
    ("Spokeswoman", "spokeswoman", "diplomatic"),
    ("senator", "senator", "legislature"),
    ("Sen.", "senator", "legislature"),
    ("congressmen", "congressman", "legislature"),
    ("member of parliament", "member of parliament", "legislature"),
    ("members of parliament", "member of parliament", "legislature"),
    ("MP", "member of parliament", "legislature"),
    ("MPs", "member of parliament", "legislature"),
    ("speaker", "speaker", "legislature"),
    ("chairman", "chairman", "legislature"),
    ("chairmen", "chairman", "legislature"),
    ("chairwoman", "chairwoman", "legislature"),
    ("chair", "chair", "legislature"),
    ("vice chair", "vice chair", "legislature"),
    ("member", "member", "legislature"),
    ("judge", "judge", "judiciary"),
    ("chief justice", "chief justice", "judiciary"),
    ("attorneys general", "attorney general", "judiciary"),
    ("general", "general", "military"),
    ("admiral", "admiral", "military"),
    ("commander", "commander", "military"),
    ("chief of staff", "chief of staff", "military"),
    ("chiefs of staff", "chief of staff", "military"),
    ("commanders-in-chief", "commander-in-chief", "military"),
    ("director", "director", "administration"),
    ("Director-General", "director-general", "administration"),
    ("directors-general", "director-general", "administration"),
    ("deputy director", "deputy director", "administration"),
    ("head", "head", "administration"),
    ("chief", "chief", "administration"),
    ("CEO", "chief executive officer", "administration"),
    ("CEOs", "chief executive officer", "administration"),
    ("chief executive", "chief executive", "administration"),
    ("founder", "founder", "administration"),
    ("co-founders", "co-founder", "administration"),
    ("governor", "governor", "administration"),
    ("mayors", "mayor", "administration"),
    ("commissioner", "commissioner", "administration"),
    ("High Representative", "high representative", "administration"),
    ("adviser", "adviser", "administration"),
    ("advisor", "adviser", "administration"),
    ("counsellor", "counsellor", "administration"),
    ("professor", "professor", "academic"),
    ("Prof.", "professor", "academic"),
    ("associate professors", "associate professor", "academic"),
    ("assistant professor", "assistant professor", "academic"),
    ("lecturer", "lecturer", "academic"),
    ("researchers", "researcher", "academic"),
    ("research fellow", "research fellow", "academic"),
    ("senior fellow", "senior fellow", "academic"),
    ("fellow", "fellow", "academic"),
    ("dean", "dean", "academic"),
    ("rector", "rector", "academic"),
    ("scholars", "scholar", "academic"),
    ("expert", "expert", "academic"),
    ("analysts", "analyst", "academic"),
    ("economist", "economist", "academic"),
    ("reporter", "reporter", "media"),
    ("journalists", "journalist", "media"),
    ("correspondent", "correspondent", "media"),
    ("editor", "editor", "media"),
    ("editor-in-chief", "editor-in-chief", "media"),
    ("editors-in-chief", "editor-in-chief", "media"),
    ("columnist", "columnist", "media"),
    ("anchor", "anchor", "media"),
    ("general secretary", "general secretary", "party"),
]


@pytest.mark.parametrize("text,title,cls", TITLES)
def test_title(lex: Lexicons, text: str, title: str, cls: str) -> None:
    entry = lex.title(text)
    assert entry is not None, text
    assert (entry.title, entry.cls) == (title, cls)


@pytest.mark.parametrize(
    "text,title,base,rank",
    [
        ("deputy prime minister", "deputy prime minister", "prime minister", "deputy"),
        ("Deputy Prime Ministers", "deputy prime minister", "prime minister", "deputy"),
        ("vice foreign minister", "vice foreign minister", "foreign minister", "vice"),
        ("first vice premier", "first vice premier", "vice premier", "first"),
        ("chief economist", "chief economist", "economist", "chief"),
        ("senior adviser", "senior adviser", "adviser", "senior"),
        ("deputy director-general", "deputy director-general", "director-general", "deputy"),
        ("first deputy prime minister", "first deputy prime minister", "prime minister", "first deputy"),
    ],
)
def test_title_with_rank(lex: Lexicons, text: str, title: str, base: str, rank: str) -> None:
    entry = lex.title(text)
    assert entry is not None
    assert (entry.title, entry.base, entry.rank) == (title, base, rank)


@pytest.mark.parametrize(
    "text,title",
    [
        ("Minister of Ecology and Environment", "minister of ecology and environment"),
        ("Coordinating Minister for Maritime Affairs", "coordinating minister for maritime affairs"),
        ("ecology ministers", "ecology minister"),
    ],
)
def test_title_generic_ministers(lex: Lexicons, text: str, title: str) -> None:
    entry = lex.title(text)
    assert entry is not None and entry.generic
    assert (entry.title, entry.cls) == (title, "minister")


@pytest.mark.parametrize(
    "text",
    [
        "pm",
        "ceo",
        "mp",
        "former prime minister",
        "French prime minister",
        "Minister of Foreign Affairs of China",
        "Foreign Ministry",
        "prime minister of the republic",
        "Beijing",
        "",
    ],
)
def test_not_titles(lex: Lexicons, text: str) -> None:
    assert lex.title(text) is None


def test_title_data_is_valid(lex: Lexicons) -> None:
    entries = list(lex.titles())
    assert len(entries) > 250
    assert {e.cls for e in entries} == set(TITLE_CLASSES)


def test_every_title_form_resolves_in_singular_and_plural(lex: Lexicons) -> None:
    for form in lex.title_surface_forms():
        entry = lex.title(form.text)
        assert entry is form.entry, form.text
        match = lex.parse_title(form.text)
        assert match is not None and match.entry is form.entry
        if "." not in form.text and not match.plural:
            assert lex.title(pluralize_title(form.text)) is form.entry, form.text


@pytest.mark.parametrize(
    "singular,plural",
    [
        ("prime minister", "prime ministers"),
        ("chief of staff", "chiefs of staff"),
        ("secretary-general", "secretaries-general"),
        ("attorney general", "attorneys general"),
        ("major general", "major generals"),
        ("commander-in-chief", "commanders-in-chief"),
        ("chargé d'affaires", "chargés d'affaires"),
        ("spokesman", "spokesmen"),
        ("congresswoman", "congresswomen"),
        ("secretary", "secretaries"),
        ("attorney", "attorneys"),
        ("PM", "PMs"),
        ("member of parliament", "members of parliament"),
        ("ambassador-at-large", "ambassadors-at-large"),
    ],
)
def test_pluralize_and_singularize_title(singular: str, plural: str) -> None:
    assert pluralize_title(singular) == plural
    assert singularize_title(plural) == singular


@pytest.mark.parametrize(
    "text,status,rest",
    [
        ("former French prime minister", "former", "French prime minister"),
        ("Former President", "former", "President"),
        ("ex-president", "former", "president"),
        ("then-Foreign Minister", "former", "Foreign Minister"),
        ("the late premier", "former", "premier"),
        ("late premier", "former", "premier"),
        ("acting director", "acting", "director"),
        ("interim president", "acting", "president"),
        ("outgoing chancellor", None, "chancellor"),
        ("incoming president", "incoming", "president"),
        ("president-elect", "incoming", "president"),
        ("Prime Minister-designate", "incoming", "Prime Minister"),
        ("former acting president", "former", "president"),
        ("deputy prime minister", None, "deputy prime minister"),
        ("prime minister", None, "prime minister"),
    ],
)
def test_split_title_modifiers(lex: Lexicons, text: str, status: str | None, rest: str) -> None:
    assert lex.split_title_modifiers(text) == (status, rest)


@pytest.mark.parametrize(
    "text,status,country,org,title",
    [
        ("former French prime minister", "former", "FR", None, "prime minister"),
        ("U.S. Secretary of State", None, "US", None, "secretary of state"),
        ("Chinese Foreign Minister", None, "CN", None, "foreign minister"),
        ("South Korean President", None, "KR", None, "president"),
        ("China's premier", None, "CN", None, "premier"),
        ("UN Secretary-General", None, None, "United Nations", "secretary-general"),
        ("WHO Director-General", None, None, "World Health Organization", "director-general"),
        ("Secretary-General of the United Nations", None, None, "United Nations", "secretary-general"),
        ("Minister of Foreign Affairs of China", None, "CN", None, "foreign minister"),
        ("Prime Minister of the Republic of Korea", None, "KR", None, "prime minister"),
        ("then-Japanese Prime Minister", "former", "JP", None, "prime minister"),
        ("acting UN envoy", "acting", None, "United Nations", "envoy"),
        ("Serbian President", None, "RS", None, "president"),
        ("Hungarian Prime Minister", None, "HU", None, "prime minister"),
        ("prime minister", None, None, None, "prime minister"),
    ],
)
def test_parse_title(
    lex: Lexicons, text: str, status: str | None, country: str | None, org: str | None, title: str
) -> None:
    match = lex.parse_title(text)
    assert match is not None, text
    assert match.status == status
    assert (match.country.alpha2 if match.country else None) == country
    assert (match.organization.name if match.organization else None) == org
    assert match.entry.title == title


def test_parse_title_with_body_phrase(lex: Lexicons) -> None:
    match = lex.parse_title("former Chinese Foreign Ministry spokeswomen")
    assert match is not None
    assert (match.status, match.country.alpha2 if match.country else None) == ("former", "CN")
    assert (match.org_phrase, match.entry.title, match.plural) == ("Foreign Ministry", "spokeswoman", True)


@pytest.mark.parametrize("text", ["French", "Beijing", "the Foreign Ministry", "", "former"])
def test_parse_title_without_office(lex: Lexicons, text: str) -> None:
    assert lex.parse_title(text) is None


# organisation heads ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word,kind",
    [
        ("Ministry", "GovernmentBody"),
        ("MINISTRY", "GovernmentBody"),
        ("University", "AcademicInstitution"),
        ("Institute", "ResearchInstitute"),
        ("Times", "MediaOrganization"),
        ("News", "MediaOrganization"),
        ("Party", "PoliticalParty"),
        ("Corporation", "Company"),
        ("Inc.", "Company"),
        ("Agency", None),
        ("Commission", None),
        ("Council", None),
        ("Organisation", None),
        ("Organization", None),
    ],
)
def test_org_heads(lex: Lexicons, word: str, kind: str | None) -> None:
    assert lex.is_org_head(word)
    assert lex.org_head_kind(word) == kind


@pytest.mark.parametrize(
    "word", ["ministry", "Initiative", "Partnership", "Summit", "Strategy", "Programme", "House", "Beijing", ""]
)
def test_not_org_heads(lex: Lexicons, word: str) -> None:
    assert not lex.is_org_head(word)
    assert lex.org_head_kind(word) is None


@pytest.mark.parametrize("name", ["Oslo", "BUENOS AIRES", "Yaounde", "Yaoundé", "Addis Ababa", "La Paz", "Lagos", "Sao Paulo"])
def test_capitals_and_large_cities_are_places(lex: Lexicons, name: str) -> None:
    assert lex.is_place(name)


@pytest.mark.parametrize("name", ["Kenya", "African Union", "Oslo Accords", "Lac Vert", "Maria", ""])
def test_countries_bodies_and_small_places_are_not_listed_places(lex: Lexicons, name: str) -> None:
    assert not lex.is_place(name)


# loading -----------------------------------------------------------------------------------


def test_load_is_cached_and_fast(lex: Lexicons) -> None:
    assert load_lexicons() is lex
    assert load_lexicons(DATA_DIR) is lex
    start = time.perf_counter()
    fresh = lexicon._load.__wrapped__(str(DATA_DIR))
    assert time.perf_counter() - start < 1.0
    assert fresh is not lex and fresh.country("U.S.") == lex.country("U.S.")


def test_lexicons_are_immutable(lex: Lexicons) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        lex.data_dir = Path("/tmp")  # type: ignore[misc]
    with pytest.raises(TypeError):
        lex._countries["ZZ"] = lex._countries["US"]  # type: ignore[index]
    with pytest.raises(TypeError):
        lex._country_index.exact["ZZ"] = lex._countries["US"]


def test_to_disk_and_load_round_trip(lex: Lexicons, tmp_path: Path) -> None:
    lex.to_disk(tmp_path / "lexicon")
    loaded = load_lexicons(tmp_path / "lexicon")
    assert loaded is not lex
    assert loaded.country("U.S.") == lex.country("U.S.")
    assert loaded.organization("WHO") == lex.organization("WHO")
    assert loaded.title("PMs") == lex.title("PMs")


def test_bad_data_is_reported_with_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    shutil.copytree(DATA_DIR, folder)
    with (folder / "titles.tsv").open("a", encoding="utf-8") as f:
        f.write("astronaut\tspace\n")
    with pytest.raises(InputError, match=r"titles\.tsv:\d+: expected"):
        load_lexicons(folder)


def test_unknown_country_code_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    shutil.copytree(DATA_DIR, folder)
    with (folder / "demonyms.tsv").open("a", encoding="utf-8") as f:
        f.write("ZZ\tZedish\n")
    with pytest.raises(InputError, match=r"demonyms\.tsv:\d+: unknown ISO 3166-1 alpha-2 code 'ZZ'"):
        load_lexicons(folder)


def test_missing_data_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="country_aliases.tsv: lexicon data file missing"):
        load_lexicons(tmp_path / "empty")


@pytest.mark.parametrize("name, country", [("Oslo", "Norway"), ("CANBERRA", "Australia"), ("Yaounde", "Cameroon"), ("Lagos", None), ("Kenya", None)])
def test_country_of_capital(lex: Lexicons, name: str, country: str | None) -> None:
    found = lex.country_of_capital(name)
    assert (found.name if found else None) == country


@pytest.mark.parametrize("name", ["Brussels", "BRUSSELS"])
def test_a_capital_named_for_a_supranational_body_is_no_states(lex: Lexicons, name: str) -> None:
    assert lex.is_place(name)
    assert lex.country_of_capital(name) is None
