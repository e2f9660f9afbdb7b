"""Lexicons of countries, demonyms, international organisations, titles and organisation heads.

Everything here is built from data: the files in ``govgraph/data`` (country_aliases.tsv,
demonyms.tsv, country_wikidata.tsv, organizations.json, titles.tsv, org_heads.txt) plus the
pycountry and country_converter packages. ``load_lexicons()`` reads them once into an
immutable ``Lexicons`` object whose look-ups are dictionary hits.

Matching rules, shared by countries, demonyms and organisations:

* Text is folded before look-up: accents ("Türkiye" = "Turkiye"), typographic quotes and
  dashes, "&" = "and", hyphens = spaces ("Guinea-Bissau" = "Guinea Bissau"), whitespace.
* A form without lowercase letters (US, U.S., DPRK, WHO, G7) matches case-sensitively, so
  "us" and "Us" are not the United States and "who" is not the WHO.
* Other forms match case-insensitively; a one-word form ("Turkey", "China", "Quad",
  "Commonwealth") needs at least one capital letter in the text, so "turkey" and "china"
  are not countries. A leading "the" in the text is optional ("the United States"); a
  "the" written in the data is required ("the States").

Titles are matched case-insensitively (except abbreviations such as PM, MP, CEO), in the
singular or plural ("prime ministers"), and after rank words ("deputy", "vice", ...).
Status words ("former", "acting", ...) are split off by ``split_title_modifiers``.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from types import MappingProxyType
from typing import Generic, TypeVar

import pycountry

from .errors import InputError
from .records import ORGANIZATION_KINDS

__all__ = [
    "DATA_DIR",
    "DATA_FILES",
    "RANK_WORDS",
    "STATUS_WORDS",
    "TITLE_CLASSES",
    "CountryEntry",
    "Lexicons",
    "OrgEntry",
    "SurfaceForm",
    "TitleEntry",
    "TitleMatch",
    "load_lexicons",
    "pluralize_title",
    "singularize_title",
]

#: The folder with the lexicon data files shipped in the package.
DATA_DIR = Path(__file__).resolve().parent / "data"

#: The data files a Lexicons object is read from (and written by Lexicons.to_disk).
DATA_FILES = (
    "country_aliases.tsv",
    "demonyms.tsv",
    "country_wikidata.tsv",
    "organizations.json",
    "titles.tsv",
    "org_heads.txt",
    "non_actor_heads.txt",
    "places.tsv",
    "government_seats.tsv",
)

#: Capitals named for a supranational body more than for their state ("Brussels wants ..."):
#: places, but no state's government.
SUPRANATIONAL_SEATS = frozenset({"Brussels"})

#: Title classes used in the class column of titles.tsv.
TITLE_CLASSES = (
    "head",
    "minister",
    "diplomatic",
    "legislature",
    "judiciary",
    "military",
    "administration",
    "academic",
    "media",
    "party",
)

# Status words are grammar, not lexicon: a closed class of English modifiers that say
# whether a title is held now. They map to the Role.status values ("former", "acting"),
# to "incoming" (elected or designated, not yet in office), or to None (in office).
#: Status modifiers of a title and the status each one stands for.
STATUS_WORDS: Mapping[str, str | None] = MappingProxyType(
    {
        "former": "former",
        "ex": "former",
        "late": "former",
        "then": "former",
        "erstwhile": "former",
        "onetime": "former",
        "one-time": "former",
        "previous": "former",
        "past": "former",
        "acting": "acting",
        "interim": "acting",
        "caretaker": "acting",
        "provisional": "acting",
        "incoming": "incoming",
        "designate": "incoming",
        "elect": "incoming",
        "outgoing": None,
        "incumbent": None,
        "sitting": None,
        "current": None,
        "serving": None,
        "new": None,
        "newly-appointed": None,
        "newly-elected": None,
    }
)
_STATUS_RANK = {"former": 3, "acting": 2, "incoming": 1}

#: Rank words that make a lower or higher office of the same kind ("deputy minister").
RANK_WORDS = frozenset(
    {"deputy", "vice", "first", "chief", "senior", "co", "assistant", "principal", "executive", "junior", "lead"}
)
_MAX_RANKS = 2

# Orthographic variants of organisation names (British/American spelling, hyphenation):
# each form in organizations.json also matches with these swapped.
_ORG_SPELLINGS = (
    ("Organisation", "Organization"),
    ("Co-operation", "Cooperation"),
    ("Labour", "Labor"),
    ("Programme", "Program"),
    ("Centre", "Center"),
    ("Defence", "Defense"),
)

# Pluralisation of titles: the head noun of a title is the word before a postposed part
# ("chiefs of staff", "editors-in-chief", "chargés d'affaires"), else the last word; in
# "secretary-general" and the like, "general" is postposed too.
_POSTPOSED = frozenset({"of", "in", "at", "for", "without", "extraordinary", "emeritus", "and"})
_GENERAL_HEADS = frozenset(
    {
        "secretary",
        "director",
        "attorney",
        "consul",
        "governor",
        "solicitor",
        "prosecutor",
        "procurator",
        "inspector",
        "auditor",
        "surgeon",
        "postmaster",
        "advocate",
        "registrar",
        "commissioner",
    }
)

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})
_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2212-]")
_SPACES = re.compile(r"\s+")
_AMP = re.compile(r"\s*&\s*")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|')$")

T = TypeVar("T")


@dataclass(frozen=True)
class CountryEntry:
    """A country (or territory) of ISO 3166-1, plus Kosovo (XK).

    name (str): the usual short English name, the IRI key ("United States", "South Korea").
    alpha2, alpha3 (str): ISO 3166-1 codes (Kosovo: XK, XKX).
    official_name (str): the official name ("United States of America").
    wikidata (str | None): the Wikidata Q-id where known for certain.
    aliases (tuple[str, ...]): other names it is matched by (not the demonyms).
    demonyms (tuple[str, ...]): adjectival and demonymic forms ("French", "Americans").
    un_member (bool): whether it is a member state of the United Nations.
    """

    name: str
    alpha2: str
    alpha3: str
    official_name: str
    wikidata: str | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    un_member: bool


@dataclass(frozen=True)
class OrgEntry:
    """An international organisation or one of its bodies.

    name (str): the canonical English name, the IRI key ("World Health Organization").
    aliases (tuple[str, ...]): acronyms and other names, as listed ("WHO").
    kind (str): a value of records.ORGANIZATION_KINDS.
    wikidata (str | None): the Wikidata Q-id where known for certain.
    parent (str | None): the canonical name of the organisation it belongs to.
    """

    name: str
    aliases: tuple[str, ...]
    kind: str
    wikidata: str | None
    parent: str | None


@dataclass(frozen=True)
class TitleEntry:
    """An office or title.

    title (str): the canonical lowercase form naming the office ("deputy prime minister").
    cls (str): its class, one of TITLE_CLASSES.
    base (str): the office without rank words ("prime minister").
    rank (str | None): the rank words before it ("deputy"), or None.
    generic (bool): True when it was recognised by form ("minister of ecology") rather than
        listed in titles.tsv.
    """

    title: str
    cls: str
    base: str
    rank: str | None = None
    generic: bool = False


@dataclass(frozen=True)
class TitleMatch:
    """A title phrase taken apart: "former French prime minister".

    entry (TitleEntry): the office.
    status (str | None): "former", "acting", "incoming" or None (see STATUS_WORDS).
    modifiers (tuple[str, ...]): the status words as written ("former",).
    country (CountryEntry | None): a country named in the phrase ("French", "of France").
    organization (OrgEntry | None): an organisation named in it ("UN", "of the WHO").
    plural (bool): whether the title was written in the plural.
    org_phrase (str | None): a body named before the title that is not in the lexicon,
        ending in an organisation head ("Foreign Ministry" in "Chinese Foreign Ministry
        spokesperson").
    """

    entry: TitleEntry
    status: str | None
    modifiers: tuple[str, ...]
    country: CountryEntry | None
    organization: OrgEntry | None
    plural: bool
    org_phrase: str | None = None


@dataclass(frozen=True)
class SurfaceForm(Generic[T]):
    """A written form of a lexicon entry, for building matcher patterns.

    text (str): the form as it is written ("U.S.", "prime ministers").
    entry (T): the entry it stands for.
    case_sensitive (bool): match the exact casing (ORTH) rather than lowercase (LOWER).
    """

    text: str
    entry: T
    case_sensitive: bool


def _clean(text: str) -> str:
    """Unify quotes, dashes, "&" and whitespace; keep case and accents."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    text = _DASHES.sub("-", text)
    text = _AMP.sub(" and ", text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=16384)  # the same names and titles are looked up in every document
def _fold(text: str) -> str:
    """The look-up key of a text, case kept: accents off, hyphens as spaces, spaces single."""
    text = _clean(text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("-", " ")
    return _SPACES.sub(" ", text).strip()


def _strip_accents(text: str) -> str:
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    )


def _capitalised(form: str) -> list[str]:
    """ "Turkey" -> ["Turkey", "TURKEY"]; "the States" -> ["the States", "The States", "THE STATES"]."""
    the = _THE.match(form)
    content = form[the.end() :] if the else form
    spellings = [content[:1].upper() + content[1:], content.upper()]
    if not the:
        return list(dict.fromkeys(spellings))
    return list(dict.fromkeys([f"the {spellings[0]}", f"The {spellings[0]}", f"THE {spellings[1]}"]))


def _is_case_sensitive(form: str) -> bool:
    """Whether a form is an acronym-like form that only matches with its exact casing."""
    return not any(c.islower() for c in form)


def _content(key: str) -> str:
    """A key without its leading "the"."""
    return _THE.sub("", key)


def _needs_capital(key: str) -> bool:
    """Whether a case-insensitive form is one word, so the text must show a capital."""
    return " " not in _content(key)


def _has_capital(text: str) -> bool:
    return any(c.isupper() for c in _content(text))


def _uninvert(name: str) -> str | None:
    """ "Korea, Republic of" -> "Republic of Korea"; "Virgin Islands, British" -> "British
    Virgin Islands"; None when the comma does not invert a name."""
    head, sep, tail = name.partition(", ")
    if not sep or ", " in tail:
        return None
    words = tail.split()
    if tail.endswith(" of") or tail.endswith(" of the"):
        return _THE.sub("", f"{tail} {head}")
    if len(words) == 1:
        return f"{tail} {head}"
    return None


def _saint_variants(form: str) -> list[str]:
    """ "Saint Lucia" -> ["St. Lucia", "St Lucia"]."""
    if not form.startswith("Saint "):
        return []
    rest = form[len("Saint ") :]
    return [f"St. {rest}", f"St {rest}"]


def _org_variants(form: str) -> list[str]:
    """All spelling variants of an organisation form, the form first."""
    out = [form]
    for a, b in _ORG_SPELLINGS:
        for f in list(out):
            for x, y in ((a, b), (b, a)):
                if x in f and f.replace(x, y) not in out:
                    out.append(f.replace(x, y))
    for f in list(out):
        if f.startswith("United Nations "):
            rest = f[len("United Nations ") :]
            out.extend([f"UN {rest}", f"U.N. {rest}"])
    return out


def _split_words(phrase: str) -> list[str]:
    """Words and the single spaces or hyphens between them."""
    return re.split(r"([ -])", phrase)


def _head_index(words: list[str]) -> int:
    """The index of a title's head noun among its lowercase words."""
    for n, w in enumerate(words):
        if n > 0 and (w in _POSTPOSED or w.startswith("d'")):
            return n - 1
    return len(words) - 1


def _pluralize_word(word: str) -> str:
    if word.isupper() and word.isalpha():
        return word + "s"
    low = word.lower()
    if low.endswith("man"):
        return word[:-3] + "men"
    if len(low) > 1 and low.endswith("y") and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def _plural_forms(phrase: str) -> list[str]:
    """The plural forms of a title, the usual one first."""
    if "." in phrase:
        return []
    parts = _split_words(phrase)
    word_idx = list(range(0, len(parts), 2))
    words = [parts[i].lower() for i in word_idx]
    head = _head_index(words)
    if head == len(words) - 1 and len(words) > 1 and words[-1] == "general" and words[-2] in _GENERAL_HEADS:
        first = list(parts)
        first[word_idx[-2]] = _pluralize_word(first[word_idx[-2]])
        second = list(parts)
        second[word_idx[-1]] = _pluralize_word(second[word_idx[-1]])
        forms = ["".join(first), "".join(second)]
    else:
        plural = list(parts)
        plural[word_idx[head]] = _pluralize_word(plural[word_idx[head]])
        forms = ["".join(plural)]
        if words[head].endswith("person"):
            alt = list(parts)
            alt[word_idx[head]] = parts[word_idx[head]][: -len("person")] + "people"
            forms.append("".join(alt))
    return forms


def pluralize_title(title: str) -> str:
    """Put a title in the plural: "prime minister" -> "prime ministers", "chief of staff" ->
    "chiefs of staff", "secretary-general" -> "secretaries-general", "PM" -> "PMs".

    title (str): a title in the singular.
    RETURNS (str): its usual plural (the title unchanged for abbreviations with a dot).
    """
    forms = _plural_forms(title)
    return forms[0] if forms else title


def _singularize_word(word: str) -> str:
    low = word.lower()
    if low.endswith("men"):
        return word[:-3] + "man"
    if low.endswith("people"):
        return word[: -len("people")] + "person"
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def singularize_title(title: str) -> str:
    """Put a title in the singular: "prime ministers" -> "prime minister", "chiefs of staff"
    -> "chief of staff", "spokesmen" -> "spokesman". A singular title is returned unchanged
    when its head word does not look plural.

    title (str): a title, singular or plural.
    RETURNS (str): the title in the singular.
    """
    known = load_lexicons()._title_plurals.get(_fold(title).casefold())
    if known is not None:
        return known
    parts = _split_words(_clean(title))
    word_idx = list(range(0, len(parts), 2))
    head = _head_index([parts[i].lower() for i in word_idx])
    parts[word_idx[head]] = _singularize_word(parts[word_idx[head]])
    return "".join(parts)


def _read_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Non-comment, non-blank rows of a tab-separated file, with line numbers."""
    with path.open(encoding="utf-8", newline="") as f:
        for lineno, line in enumerate(f, start=1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield lineno, [cell.strip() for cell in line.split("\t")]


def _coco_rows() -> list[dict[str, str]]:
    """country_converter's country table, read without importing the package (and pandas)."""
    spec = find_spec("country_converter")
    locations = list(spec.submodule_search_locations or []) if spec else []
    if not locations:
        raise InputError("country_converter is not installed", "install the govgraph dependencies")
    path = Path(locations[0]) / "country_data.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


class _Index(Generic[T]):
    """Case-sensitive and case-insensitive keys of forms; the first form to claim a key wins."""

    def __init__(self) -> None:
        self.exact: dict[str, T] = {}
        self.folded: dict[str, tuple[T, bool]] = {}
        self.forms: dict[str, tuple[T, bool]] = {}

    def add(self, form: str, value: T) -> None:
        form = _clean(form)
        if not form:
            return
        key = _fold(form)
        if _is_case_sensitive(form):
            self.exact.setdefault(key, value)
            self.forms.setdefault(form, (value, False))
        else:
            ci = key.casefold()
            if ci not in self.folded:
                self.folded[ci] = (value, _needs_capital(key))
            self.forms.setdefault(form, (value, _needs_capital(key)))

    def get(self, text: str) -> T | None:
        key = _fold(text)
        if not key:
            return None
        candidates = [key]
        bare = _THE.sub("", key)
        if bare != key:
            candidates.append(bare)
        for cand in candidates:
            hit = self.exact.get(cand)
            if hit is not None:
                return hit
            found = self.folded.get(cand.casefold())
            if found is not None and (not found[1] or _has_capital(cand)):
                return found[0]
        return None

    def freeze(self) -> None:
        """Make the tables read-only once built."""
        self.exact = MappingProxyType(self.exact)  # type: ignore[assignment]
        self.folded = MappingProxyType(self.folded)  # type: ignore[assignment]
        self.forms = MappingProxyType(self.forms)  # type: ignore[assignment]

    def surface_forms(self) -> Iterator[SurfaceForm[T]]:
        for form, (value, needs_capital) in self.forms.items():
            plain = _strip_accents(form)
            for text in dict.fromkeys([form, plain]):
                if _is_case_sensitive(text):
                    yield SurfaceForm(text, value, True)
                elif needs_capital:
                    # one word that must show a capital: its capitalised spellings, exactly
                    for spelling in _capitalised(text):
                        yield SurfaceForm(spelling, value, True)
                else:
                    yield SurfaceForm(text, value, False)


@dataclass(frozen=True, eq=False)
class Lexicons:
    """Countries, demonyms, organisations, titles and organisation heads, read from data.

    Build it with load_lexicons(); every look-up is a dictionary hit.
    """

    data_dir: Path
    _countries: Mapping[str, CountryEntry]
    _alpha3: Mapping[str, str]
    _country_index: _Index[CountryEntry]
    _demonym_index: _Index[CountryEntry]
    _demonym_tokens: int
    _demonym_first_words: frozenset[str]
    _demonym_last_words: frozenset[str]
    _ambiguous_demonyms: frozenset[str]
    _orgs: Mapping[str, OrgEntry]
    _org_index: _Index[OrgEntry]
    _titles: Mapping[str, TitleEntry]
    _title_exact: Mapping[str, tuple[TitleEntry, bool]]
    _title_folded: Mapping[str, tuple[TitleEntry, bool]]
    _title_forms: tuple[tuple[str, TitleEntry, bool], ...]
    _title_plurals: Mapping[str, str]
    _org_heads: Mapping[str, str | None]
    _org_heads_upper: Mapping[str, str]  # "MINISTRY" -> "Ministry": heads written in capitals
    _non_actor_heads: frozenset[str]
    _places: frozenset[str]
    _capitals: Mapping[str, str]
    _seats: Mapping[str, str]

    # countries -------------------------------------------------------------------------

    def country(self, text: str) -> CountryEntry | None:
        """Find the country a mention names, in any usual form.

        text (str): a mention: "the United States", "U.S.", "Republic of Serbia",
            "Korea, Republic of", "Türkiye".
        RETURNS (CountryEntry | None): the country, or None if the text names none.
        """
        return self._country_index.get(text)

    def country_by_code(self, code: str) -> CountryEntry | None:
        """Find a country by its ISO 3166-1 alpha-2 or alpha-3 code.

        code (str): "FR" or "FRA" (any case).
        RETURNS (CountryEntry | None): the country, or None for an unknown code.
        """
        code = code.strip().upper()
        return self._countries.get(self._alpha3.get(code, code))

    def country_for_demonym(self, text: str) -> CountryEntry | None:
        """Find the country an adjectival or demonymic form refers to.

        text (str): "Chinese", "French", "U.S.", "South Korean", "Americans".
        RETURNS (CountryEntry | None): the country, or None if the form is unknown or
            ambiguous ("Congolese", "Dominican").
        """
        return self._demonym_index.get(text)

    def leading_demonym(self, words: Sequence[str]) -> tuple[int, CountryEntry] | None:
        """Find the longest demonym that the words start with, on whole words.

        words (Sequence[str]): tokens as written, e.g. ["Papua", "New", "Guinean", "President"];
            a hyphen may stand as a word of its own ("Bissau", "-", "Guinean").
        RETURNS (tuple[int, CountryEntry] | None): how many words the demonym takes and its
            country ((3, Papua New Guinea), not Guinea for "Guinean"), or None.
        """
        if not words or not self.may_start_demonym(words[0]):
            return None  # most words start no demonym: one set look-up instead of one per width
        for n in range(min(len(words), self._demonym_tokens), 0, -1):
            country = self._demonym_of_words(words[:n])
            if country is not None:
                return n, country
        return None

    def may_start_demonym(self, word: str) -> bool:
        """Whether a demonym can start with this word (a quick test before leading_demonym)."""
        return _word_key(word).split(" ")[0] in self._demonym_first_words

    def trailing_demonym(self, words: Sequence[str]) -> tuple[int, CountryEntry] | None:
        """Find the longest demonym that the words end with, on whole words.

        words (Sequence[str]): tokens as written, e.g. ["the", "South", "African"].
        RETURNS (tuple[int, CountryEntry] | None): how many words the demonym takes and its
            country ((2, South Africa)), or None.
        """
        if not words or _word_key(words[-1]).split(" ")[-1] not in self._demonym_last_words:
            return None
        for n in range(min(len(words), self._demonym_tokens), 0, -1):
            country = self._demonym_of_words(words[len(words) - n :])
            if country is not None:
                return n, country
        return None

    @property
    def max_demonym_tokens(self) -> int:
        """The most tokens a demonym can take, a hyphen counting as one ("Bissau - Guinean")."""
        return self._demonym_tokens

    def _demonym_of_words(self, words: Sequence[str]) -> CountryEntry | None:
        """The country of words that are one demonym, written as a proper adjective is.

        The words must start with a capital and begin and end in a word, not a hyphen or a
        line break: the index ignores an article ("the Guinean") and folds punctuation and
        spaces away, which would let such words pass as part of the demonym.
        """
        if not words or not words[0][:1].isupper() or words[0].casefold() == "the":
            return None
        if any(not w.strip() for w in words) or not any(c.isalpha() for c in words[-1]):
            return None
        return self._demonym_index.get(" ".join(words))

    def countries(self) -> Iterator[CountryEntry]:
        """Iterate over all countries.

        YIELDS (CountryEntry): each country once, by alpha-2 code.
        """
        yield from (self._countries[code] for code in sorted(self._countries))

    @property
    def ambiguous_demonyms(self) -> frozenset[str]:
        """Demonyms listed for more than one country, which resolve to none."""
        return self._ambiguous_demonyms

    def country_surface_forms(self) -> Iterator[SurfaceForm[CountryEntry]]:
        """Iterate over the written forms of country names, for matcher patterns.

        YIELDS (SurfaceForm[CountryEntry]): names, aliases and their accent-free spellings;
            not the packages' inverted forms ("Congo, The Democratic Republic of the"), which
            in running text would match across a list ("the Republic of the Congo, the
            Democratic Republic of the Congo"); their plain order is a form of its own.
        """
        yield from (form for form in self._country_index.surface_forms() if ", " not in form.text)

    def demonym_surface_forms(self) -> Iterator[SurfaceForm[CountryEntry]]:
        """Iterate over the written forms of demonyms that name one country.

        YIELDS (SurfaceForm[CountryEntry]): "Chinese", "South Korean", "U.S.", ...
        """
        yield from self._demonym_index.surface_forms()

    # organisations -----------------------------------------------------------------------

    def organization(self, text: str) -> OrgEntry | None:
        """Find the international organisation a mention names, by name or alias.

        text (str): "the World Health Organization", "WHO", "UN Security Council", "G-7".
            Full names match in any case; acronyms only in their own casing ("who" is not WHO).
        RETURNS (OrgEntry | None): the organisation, or None.
        """
        return self._org_index.get(text)

    def organization_by_name(self, name: str) -> OrgEntry | None:
        """Find an organisation by its canonical name (as used in OrgEntry.parent).

        name (str): the canonical name, exactly.
        RETURNS (OrgEntry | None): the organisation, or None.
        """
        return self._orgs.get(name)

    def organizations(self) -> Iterator[OrgEntry]:
        """Iterate over all organisations.

        YIELDS (OrgEntry): each organisation once, in data file order.
        """
        yield from self._orgs.values()

    def organization_surface_forms(self) -> Iterator[SurfaceForm[OrgEntry]]:
        """Iterate over the written forms of organisation names, for matcher patterns.

        YIELDS (SurfaceForm[OrgEntry]): names, aliases and their spelling variants.
        """
        yield from self._org_index.surface_forms()

    def is_org_head(self, word: str) -> bool:
        """Whether a word, as written, is a head noun that makes a capitalised phrase an
        organisation name ("Ministry", "University", "Times").

        word (str): one word as written; a trailing dot is ignored ("Inc.").
        RETURNS (bool): True for a listed head in its own casing or in capitals.
        """
        return self._head_key(word) is not None

    def org_head_kind(self, word: str) -> str | None:
        """The organisation kind an organisation head implies, if it implies one.

        word (str): one word as written ("University").
        RETURNS (str | None): an ORGANIZATION_KINDS value ("AcademicInstitution"), or None.
        """
        key = self._head_key(word)
        return self._org_heads[key] if key is not None else None

    def is_non_actor_head(self, word: str) -> bool:
        """Whether a capitalised phrase ending in this word names a document, event or goal
        rather than an actor ("Summit", "Declaration", "Goals").

        word (str): the last word of the phrase, as written.
        RETURNS (bool): True for a listed head.
        """
        return word.strip() in self._non_actor_heads

    def country_of_seat(self, text: str) -> CountryEntry | None:
        """The state whose government a seat or metonym names ("The White House", "Kremlin").

        text (str): the name as written.
        RETURNS (CountryEntry | None): the state, from data/government_seats.tsv; None if unlisted.
        """
        code = self._seats.get(_fold(text).casefold())
        return self._countries[code] if code is not None else None

    def country_of_capital(self, text: str) -> CountryEntry | None:
        """The state a capital city is the seat of ("Oslo" -> Norway), from data/places.tsv;
        none for a capital named for a supranational body (SUPRANATIONAL_SEATS: Brussels).

        text (str): the name as written.
        RETURNS (CountryEntry | None): the state; None for a name that is no capital.
        """
        code = self._capitals.get(_fold(text).casefold())
        return self._countries.get(code) if code is not None else None

    def is_place(self, text: str) -> bool:
        """Whether a name is a capital or a large city (places.tsv, from GeoNames): a place,
        whatever the model tagged it ("Oslo", "BUENOS AIRES", "Yaounde" for "Yaoundé").

        text (str): the name as written.
        RETURNS (bool): True for a listed place, compared case- and accent-folded.
        """
        return _fold(text).casefold() in self._places

    def _head_key(self, word: str) -> str | None:
        word = word.strip().rstrip(".")
        if word in self._org_heads:
            return word
        return self._org_heads_upper.get(word) if word.isupper() else None

    # titles ------------------------------------------------------------------------------

    def title(self, words: str) -> TitleEntry | None:
        """Find the office a title phrase names, singular or plural, with rank words.

        words (str): "Prime Minister", "prime ministers", "PM", "deputy foreign minister",
            "Minister of Ecology and Environment". Status words ("former") are not taken
            here: split them off first with split_title_modifiers, or use parse_title.
        RETURNS (TitleEntry | None): the office, or None.
        """
        found = self._find_title(words)
        return found[0] if found else None

    def _lookup_title(self, text: str) -> tuple[TitleEntry, bool] | None:
        key = _fold(text)
        hit = self._title_exact.get(key)
        if hit is None:
            hit = self._title_folded.get(key.casefold())
        return hit

    def _find_title(self, words: str) -> tuple[TitleEntry, bool] | None:
        text = _clean(words)
        if not text:
            return None
        hit = self._lookup_title(text)
        if hit is not None:
            return hit
        tokens = _fold(text).split(" ")
        ranks: list[str] = []
        while len(ranks) < _MAX_RANKS and len(tokens) > 1 and tokens[0].lower() in RANK_WORDS:
            ranks.append(tokens.pop(0).lower())
            hit = self._lookup_title(" ".join(tokens))
            if hit is not None:
                base, plural = hit
                return TitleEntry(f"{' '.join(ranks)} {base.title}", base.cls, base.title, " ".join(ranks)), plural
        return self._generic_minister(" ".join(tokens), ranks)

    def _generic_minister(self, text: str, ranks: list[str]) -> tuple[TitleEntry, bool] | None:
        """Ministers by form: "commerce minister", "Minister of Ecology and Environment",
        "Coordinating Minister for Maritime Affairs"; not when a place is named in it."""
        tokens = text.split(" ")
        low = [t.lower() for t in tokens]
        if not 2 <= len(low) <= 10 or not all(t.replace("'", "").isalpha() for t in low):
            return None
        if any(t in STATUS_WORDS for t in low):
            return None
        plural = False
        if low[-1] in {"minister", "ministers"} and len(low) <= 4:
            plural = low[-1] == "ministers"
            low[-1] = "minister"
        else:
            cut = next((i for i, t in enumerate(low) if t in {"of", "for"}), 0)
            if cut == 0 or cut == len(low) - 1 or low[cut - 1] not in {"minister", "ministers"}:
                return None
            head = self._lookup_title(" ".join(low[:cut]))
            if head is not None and head[0].cls != "minister":
                return None  # "prime minister of ..." names no portfolio
            plural = low[cut - 1] == "ministers"
            low[cut - 1] = "minister"
        if self._names_place(tokens):
            return None
        base = " ".join(low)
        title = f"{' '.join(ranks)} {base}" if ranks else base
        return TitleEntry(title, "minister", base, " ".join(ranks) or None, generic=True), plural

    def _names_place(self, tokens: list[str]) -> bool:
        """Whether some words name a country, a demonym or an organisation ("French")."""
        for n in range(1, 4):
            for i in range(len(tokens) - n + 1):
                words = " ".join(tokens[i : i + n])
                for text in dict.fromkeys([words, words.title()]):
                    if self.country_for_demonym(text) or self.country(text) or self.organization(text):
                        return True
        return False

    def split_title_modifiers(self, text: str) -> tuple[str | None, str]:
        """Split the status words off a title phrase.

        text (str): "former French prime minister", "ex-president", "president-elect".
        RETURNS (tuple[str | None, str]): the status ("former", "acting", "incoming" or None;
            see STATUS_WORDS) and the rest of the phrase ("French prime minister").
        """
        status, _, rest = self._split_status(text)
        return status, rest

    def _split_status(self, text: str) -> tuple[str | None, tuple[str, ...], str]:
        tokens = _clean(text).split(" ") if _clean(text) else []
        found: list[str] = []
        if len(tokens) > 1 and tokens[0].lower() in {"the", "a", "an"} and tokens[1].lower() in STATUS_WORDS:
            tokens.pop(0)  # "the late premier", "a former minister"
        while tokens:
            tok = tokens[0]
            low = tok.lower().rstrip(",")
            if low in STATUS_WORDS:
                found.append(tok.rstrip(","))
                tokens.pop(0)
                continue
            prefix, dash, suffix = tok.partition("-")
            if dash and suffix and prefix.lower() in STATUS_WORDS:
                found.append(prefix)
                tokens[0] = suffix
                continue
            if low == "newly" and len(tokens) > 1:
                found.append(" ".join(tokens[:2]))
                del tokens[:2]
                continue
            break
        while tokens:
            tok = tokens[-1]
            low = tok.lower()
            if low in {"elect", "designate"} and len(tokens) > 1:
                found.append(tok)
                tokens.pop()
                continue
            head, dash, suffix = tok.rpartition("-")
            if dash and head and suffix.lower() in {"elect", "designate"}:
                found.append(suffix)
                tokens[-1] = head
                continue
            break
        status: str | None = None
        for word in found:
            value = STATUS_WORDS.get(word.lower().replace(" ", "-"))
            if value is not None and _STATUS_RANK[value] > _STATUS_RANK.get(status or "", 0):
                status = value
        return status, tuple(found), " ".join(tokens)

    def parse_title(self, text: str) -> TitleMatch | None:
        """Take a title phrase apart into status, country or organisation, and office.

        text (str): "former French prime minister", "U.S. Secretary of State",
            "UN Secretary-General", "Minister of Foreign Affairs of China", "China's premier",
            "Chinese Foreign Ministry spokesperson".
        RETURNS (TitleMatch | None): the parts, or None if no office is found.
        """
        status, modifiers, rest = self._split_status(text)
        if not rest:
            return None
        direct = self._find_title(rest)
        if direct is not None and not direct[0].generic:
            return TitleMatch(direct[0], status, modifiers, None, None, direct[1])
        tokens = rest.split(" ")
        # a country, demonym or organisation first: "French prime minister", "UN envoy"
        for n in range(min(4, len(tokens) - 1), 0, -1):
            prefix = _POSSESSIVE.sub("", " ".join(tokens[:n]))
            country = self.country_for_demonym(prefix) or self.country(prefix)
            org = None if country else self.organization(prefix)
            if country is None and org is None:
                continue
            more_status, more_mods, remainder = self._split_status(" ".join(tokens[n:]))
            found = self._title_after_phrase(remainder)
            if found is not None:
                if more_status and _STATUS_RANK[more_status] > _STATUS_RANK.get(status or "", 0):
                    status = more_status
                (entry, plural), phrase = found
                return TitleMatch(entry, status, modifiers + more_mods, country, org, plural, phrase)
        # a body named before the title: "Foreign Ministry spokesperson"
        found = self._title_after_phrase(rest)
        if found is not None and found[1] is not None:
            (entry, plural), phrase = found
            return TitleMatch(entry, status, modifiers, None, None, plural, phrase)
        # a country or organisation after "of": "Secretary-General of the United Nations"
        splits = [i for i in range(len(tokens) - 1, 0, -1) if tokens[i].lower() == "of"]
        for listed_only in (True, False):
            for i in splits:
                head, tail = " ".join(tokens[:i]), " ".join(tokens[i + 1 :])
                hit = self._find_title(head)
                if hit is None or not tail or (listed_only and hit[0].generic):
                    continue
                country = self.country(tail)
                org = None if country else self.organization(tail)
                if country is not None or org is not None:
                    return TitleMatch(hit[0], status, modifiers, country, org, hit[1])
        if direct is not None:
            return TitleMatch(direct[0], status, modifiers, None, None, direct[1])
        return None

    def _title_after_phrase(self, text: str) -> tuple[tuple[TitleEntry, bool], str | None] | None:
        """A title, or a capitalised phrase ending in an organisation head and then a title."""
        if not text:
            return None
        hit = self._find_title(text)
        if hit is not None:
            return hit, None
        tokens = text.split(" ")
        if not tokens[0][:1].isupper():
            return None
        for j in range(1, len(tokens)):
            if self.is_org_head(tokens[j - 1]):
                hit = self._find_title(" ".join(tokens[j:]))
                if hit is not None:
                    return hit, " ".join(tokens[:j])
        return None

    def titles(self) -> Iterator[TitleEntry]:
        """Iterate over the offices listed in titles.tsv.

        YIELDS (TitleEntry): each canonical office once.
        """
        yield from self._titles.values()

    def title_surface_forms(self) -> Iterator[SurfaceForm[TitleEntry]]:
        """Iterate over the written forms of titles, singular and plural, for matcher patterns.

        Rank and status words are not combined in: add them to patterns as optional tokens.
        YIELDS (SurfaceForm[TitleEntry]): "prime minister", "prime ministers", "PM", ...
        """
        for text, entry, strict in self._title_forms:
            yield SurfaceForm(text, entry, strict)

    # persistence -------------------------------------------------------------------------

    def to_disk(self, path: str | Path) -> None:
        """Write the lexicon data files to a folder, for a pipeline saved with its data.

        path (str | Path): the folder; created if missing.
        """
        out = Path(path)
        out.mkdir(parents=True, exist_ok=True)
        for name in DATA_FILES:
            if (self.data_dir / name).resolve() != (out / name).resolve():
                shutil.copyfile(self.data_dir / name, out / name)


def load_lexicons(data_dir: str | Path | None = None) -> Lexicons:
    """Read the lexicon data files and the country packages into a Lexicons object.

    The result is cached per folder: later calls return the same object.

    data_dir (str | Path | None): a folder with DATA_FILES (as written by Lexicons.to_disk);
        None for the data shipped with govgraph.
    RETURNS (Lexicons): the lexicons.
    RAISES (InputError): a data file is missing or malformed (the message names file and line).
    """
    folder = Path(data_dir).resolve() if data_dir is not None else DATA_DIR
    return _load(str(folder))


@lru_cache(maxsize=None)
def _load(folder: str) -> Lexicons:
    data_dir = Path(folder)
    for name in DATA_FILES:
        if not (data_dir / name).is_file():
            raise InputError(f"{data_dir / name}: lexicon data file missing", f"copy it from {DATA_DIR}")
    countries, country_index, demonym_index, ambiguous = _build_countries(data_dir)
    orgs, org_index = _build_orgs(data_dir / "organizations.json")
    titles, exact, folded, forms, plurals = _build_titles(data_dir / "titles.tsv")
    heads = _build_heads(data_dir / "org_heads.txt")
    places = [row for _, row in _read_rows(data_dir / "places.tsv")]
    return Lexicons(
        data_dir=data_dir,
        _countries=MappingProxyType(countries),
        _alpha3=MappingProxyType({c.alpha3: c.alpha2 for c in countries.values()}),
        _country_index=country_index,
        _demonym_index=demonym_index,
        _demonym_tokens=_token_width(demonym_index.forms),
        _demonym_first_words=frozenset(_word_key(form).split(" ")[0] for form in demonym_index.forms),
        _demonym_last_words=frozenset(_word_key(form).split(" ")[-1] for form in demonym_index.forms),
        _ambiguous_demonyms=ambiguous,
        _orgs=MappingProxyType(orgs),
        _org_index=org_index,
        _titles=MappingProxyType(titles),
        _title_exact=MappingProxyType(exact),
        _title_folded=MappingProxyType(folded),
        _title_forms=tuple(forms),
        _title_plurals=MappingProxyType(plurals),
        _org_heads=MappingProxyType(heads),
        _org_heads_upper=MappingProxyType(_upper_heads(heads)),
        _non_actor_heads=frozenset(row[0] for _, row in _read_rows(data_dir / "non_actor_heads.txt")),
        _places=frozenset(_fold(row[0]).casefold() for row in places),
        _capitals=MappingProxyType({_fold(row[0]).casefold(): row[1] for row in places if row[2:] == ["capital"] and row[0] not in SUPRANATIONAL_SEATS}),
        _seats=MappingProxyType(_build_seats(data_dir / "government_seats.tsv", countries)),
    )


def _build_countries(
    data_dir: Path,
) -> tuple[dict[str, CountryEntry], _Index[CountryEntry], _Index[CountryEntry], frozenset[str]]:
    # join pycountry and country_converter on alpha-3: coco's ISO2 column holds regexes for
    # some countries (GB, GR); Kosovo (XK) is only in coco
    coco = {row["ISO3"]: row for row in _coco_rows() if row["ISO3"]}
    records: dict[str, tuple[str, object | None, dict[str, str]]] = {}
    for c in pycountry.countries:
        records[c.alpha_2] = (c.alpha_3, c, coco.get(c.alpha_3, {}))
    kosovo = next((row for row in coco.values() if row["ISO2"] == "XK"), None)
    if kosovo is not None:
        records["XK"] = (kosovo["ISO3"], None, kosovo)

    def known(path: Path, lineno: int, code: str) -> str:
        if code not in records:
            raise InputError(f"{path}:{lineno}: unknown ISO 3166-1 alpha-2 code {code!r}", "use a code of pycountry or XK")
        return code

    overrides: dict[str, str] = {}
    extra: dict[str, list[str]] = {}
    path = data_dir / "country_aliases.tsv"
    for lineno, cells in _read_rows(path):
        code = known(path, lineno, cells[0])
        if len(cells) < 2 or not cells[1]:
            raise InputError(f"{path}:{lineno}: no canonical name in column 2", "add the usual short name")
        overrides[code] = cells[1]
        extra[code] = [c for c in cells[2:] if c]
    demonyms: dict[str, list[str]] = {}
    path = data_dir / "demonyms.tsv"
    for lineno, cells in _read_rows(path):
        demonyms[known(path, lineno, cells[0])] = [c for c in cells[1:] if c]
    wikidata: dict[str, str] = {}
    path = data_dir / "country_wikidata.tsv"
    for lineno, cells in _read_rows(path):
        if len(cells) != 2 or not re.fullmatch(r"Q[1-9][0-9]*", cells[1]):
            raise InputError(f"{path}:{lineno}: expected 'code<TAB>Q-id'", "fix the line")
        wikidata[known(path, lineno, cells[0])] = cells[1]

    entries: dict[str, CountryEntry] = {}
    names: dict[str, list[list[str]]] = {}
    for code, (alpha3, pyc, row) in records.items():
        py_name = getattr(pyc, "name", "")
        py_common = getattr(pyc, "common_name", "")
        py_official = _THE.sub("", getattr(pyc, "official_name", ""))
        coco_short = row.get("name_short", "")
        coco_official = row.get("name_official", "")
        name = overrides.get(code) or py_common or py_name
        if not name or "," in name or "(" in name:
            name = coco_short if coco_short and "," not in coco_short else py_name
        official = next((n for n in (py_official, coco_official) if n and "," not in n), name)
        # forms in order of priority: a form claimed by two countries goes to the first
        tiers: list[list[str]] = [[name], extra.get(code, [])]
        package = [py_common, py_name, py_official, coco_short, coco_official]
        tiers.append([n for n in package if n])
        derived: list[str] = []
        for n in package:
            if not n:
                continue
            if ", " in n:
                derived.append(_uninvert(n) or "")
            if "(" in n:
                derived.append(re.sub(r"\s*\(.*?\)", "", n))
        derived = [d for d in derived if d]
        derived += [v for n in [name, *extra.get(code, []), *package, *derived] for v in _saint_variants(n)]
        tiers.append(derived)
        names[code] = tiers
        alias_list = [a for tier in tiers for a in tier]
        aliases = tuple(dict.fromkeys(a for a in alias_list if a and a != name))
        entries[code] = CountryEntry(
            name=name,
            alpha2=code,
            alpha3=alpha3,
            official_name=official,
            wikidata=wikidata.get(code),
            aliases=aliases,
            demonyms=tuple(demonyms.get(code, ())),
            un_member=bool(row.get("UNmember", "").strip()),
        )

    country_index: _Index[CountryEntry] = _Index()
    for tier in range(4):
        for code in sorted(names):
            for form in names[code][tier]:
                country_index.add(form, entries[code])
    country_index.freeze()

    owners: dict[str, set[str]] = {}
    for code, forms in demonyms.items():
        for form in forms:
            owners.setdefault(_fold(form).casefold(), set()).add(code)
    ambiguous = frozenset(
        form for code, forms in demonyms.items() for form in forms if len(owners[_fold(form).casefold()]) > 1
    )
    demonym_index: _Index[CountryEntry] = _Index()
    for code, forms in demonyms.items():
        for form in forms:
            if form not in ambiguous:
                demonym_index.add(form, entries[code])
    demonym_index.freeze()
    return entries, country_index, demonym_index, ambiguous


@lru_cache(maxsize=65536)
def _word_key(text: str) -> str:
    """The case-free look-up key of a word or form (cached: the components ask for the same
    words again and again)."""
    return _fold(text).casefold()


def _token_width(forms: Iterable[str]) -> int:
    """The most tokens any of the forms takes, a hyphen counting as a token of its own
    (spaCy splits "Bissau-Guinean" into three)."""
    return max((len(_clean(form).replace("-", " - ").split()) for form in forms), default=1)


def _build_orgs(path: Path) -> tuple[dict[str, OrgEntry], _Index[OrgEntry]]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: not valid JSON ({e.msg} at line {e.lineno})", "fix the file") from e
    orgs: dict[str, OrgEntry] = {}
    for n, item in enumerate(raw):
        where = f"{path}: entry {n} ({item.get('name')!r})"
        if not isinstance(item.get("name"), str) or not item["name"]:
            raise InputError(f"{where}: no name", "give each organisation a 'name'")
        if item.get("kind") not in ORGANIZATION_KINDS:
            raise InputError(f"{where}: kind {item.get('kind')!r} is unknown", f"use one of {ORGANIZATION_KINDS}")
        wikidata = item.get("wikidata")
        if wikidata is not None and not re.fullmatch(r"Q[1-9][0-9]*", str(wikidata)):
            raise InputError(f"{where}: wikidata {wikidata!r} is not a Q-id", "write a Q-id or null")
        if item["name"] in orgs:
            raise InputError(f"{where}: name listed twice", "merge the entries")
        orgs[item["name"]] = OrgEntry(
            name=item["name"],
            aliases=tuple(item.get("aliases", ())),
            kind=item["kind"],
            wikidata=wikidata,
            parent=item.get("parent"),
        )
    for org in orgs.values():
        if org.parent is not None and org.parent not in orgs:
            raise InputError(f"{path}: {org.name!r} has parent {org.parent!r}, which is not listed", "add it")
    index: _Index[OrgEntry] = _Index()
    for org in orgs.values():  # names first, so that no alias can take another's name
        for form in _org_variants(org.name):
            index.add(form, org)
    for org in orgs.values():
        for alias in org.aliases:
            for form in _org_variants(alias):
                index.add(form, org)
    index.freeze()
    return orgs, index


def _build_titles(
    path: Path,
) -> tuple[
    dict[str, TitleEntry],
    dict[str, tuple[TitleEntry, bool]],
    dict[str, tuple[TitleEntry, bool]],
    list[tuple[str, TitleEntry, bool]],
    dict[str, str],
]:
    rows: list[tuple[str, str, str]] = []
    classes: dict[str, str] = {}
    for lineno, cells in _read_rows(path):
        if len(cells) not in (2, 3) or cells[1] not in TITLE_CLASSES:
            raise InputError(f"{path}:{lineno}: expected 'form<TAB>class[<TAB>canonical]'", f"use a class of {TITLE_CLASSES}")
        form, cls = cells[0], cells[1]
        canonical = cells[2] if len(cells) == 3 and cells[2] else form.lower()
        rows.append((form, cls, canonical))
        if canonical == form.lower():
            classes[canonical] = cls
    titles: dict[str, TitleEntry] = {}
    for form, cls, canonical in rows:
        cls = classes.get(canonical, cls)
        titles.setdefault(canonical, TitleEntry(canonical, cls, canonical))
    exact: dict[str, tuple[TitleEntry, bool]] = {}
    folded: dict[str, tuple[TitleEntry, bool]] = {}
    forms: list[tuple[str, TitleEntry, bool]] = []
    plurals: dict[str, str] = {}

    def add(text: str, entry: TitleEntry, plural: bool, strict: bool) -> None:
        key = _fold(text)
        if strict:
            exact.setdefault(key, (entry, plural))
        else:
            folded.setdefault(key.casefold(), (entry, plural))
        forms.append((text, entry, strict))

    singular_keys = {_fold(f).casefold() for f, _, _ in rows}
    for form, _, canonical in rows:
        entry = titles[canonical]
        strict = _is_case_sensitive(form)
        add(form, entry, False, strict)
        for plural in _plural_forms(form):
            if _fold(plural).casefold() in singular_keys:
                continue  # a plural that is itself a title keeps its own entry
            add(plural, entry, True, strict)
            plurals[_fold(plural).casefold()] = form
    return titles, exact, folded, forms, plurals


def _upper_heads(heads: Mapping[str, str | None]) -> dict[str, str]:
    """Each head's capitals -> the head (the first listed, when two heads share them)."""
    upper: dict[str, str] = {}
    for head in heads:
        upper.setdefault(head.upper(), head)
    return upper


def _build_seats(path: Path, countries: Mapping[str, CountryEntry]) -> dict[str, str]:
    """Folded seat name -> the alpha-2 code of its state."""
    seats: dict[str, str] = {}
    for lineno, cells in _read_rows(path):
        if cells[0] not in countries:
            raise InputError(f"{path}:{lineno}: unknown ISO 3166-1 alpha-2 code {cells[0]!r}", "use a code of pycountry or XK")
        seats.update((_fold(name).casefold(), cells[0]) for name in cells[1:] if name)
    return seats


def _build_heads(path: Path) -> dict[str, str | None]:
    heads: dict[str, str | None] = {}
    for lineno, cells in _read_rows(path):
        kind = cells[1] if len(cells) > 1 and cells[1] else None
        if len(cells) > 2 or (kind is not None and kind not in ORGANIZATION_KINDS):
            raise InputError(f"{path}:{lineno}: expected 'Head[<TAB>kind]'", f"use a kind of {ORGANIZATION_KINDS}")
        heads[cells[0]] = kind
    return heads
