"""Score contract-query rows against gold annotations (rules: shared/eval/GOLD_FORMAT.md).

The scorer is pure: it takes parsed gold files and the rows of the four contract queries
(actors, roles, commitments, statements) and returns a Report. The only I/O is load_gold.

Matching, per document and kind: a maximum bipartite matching between gold items and
predicted items, where an edge means "these two match" under the GOLD_FORMAT rules.
Required gold items are matched first (most true positives); among the predictions left,
those that match an optional gold item are ignored instead of counted as false positives.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Literal, Mapping, Sequence

import networkx as nx
from spacy.lang.en.stop_words import STOP_WORDS

from .errors import InputError

#: The four kinds of the contract queries, in report order.
KINDS: tuple[str, ...] = ("actors", "roles", "commitments", "statements")
#: The actor categories that are scored; rows of other categories are ignored.
CATEGORIES: tuple[str, ...] = ("Person", "Country", "Organization")
#: A commitment's action matches when its content-word F1 with the gold action reaches this.
ACTION_F1_THRESHOLD = 0.5
#: A statement matches when its content covers this share of the gold content words.
STATEMENT_COVERAGE_THRESHOLD = 0.6

Outcome = Literal["miss", "false positive"]
Rows = Mapping[str, Sequence[Mapping[str, Any]]]

# Curly and other typographic quotes -> straight ones, before folding names.
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
    }
)
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"(?:(?<=\S)'s|(?<=s)')$")
_TOKEN = re.compile(r"[^\W_]+")
_DESCRIPTION_WIDTH = 100


# ---------------------------------------------------------------------------
# Gold data


@dataclass(frozen=True)
class GoldActor:
    """A gold actor: canonical name, category and the other ways to write it."""

    name: str
    category: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldRole:
    """A gold role: a person holding a title in an organisation or a country."""

    person: str
    title: str
    organization: str


@dataclass(frozen=True)
class GoldCommitment:
    """A gold commitment: the committing parties, the modality and the promised action."""

    parties: tuple[str, ...]
    modality: str
    action: str


@dataclass(frozen=True)
class GoldStatement:
    """A gold statement: who said it and what was said (without the framing verb)."""

    speaker: str
    content: str


@dataclass(frozen=True)
class GoldItems:
    """One tier of a gold file's items (the required ones, or the optional ones)."""

    actors: tuple[GoldActor, ...] = ()
    roles: tuple[GoldRole, ...] = ()
    commitments: tuple[GoldCommitment, ...] = ()
    statements: tuple[GoldStatement, ...] = ()

    def of_kind(self, kind: str) -> tuple[Any, ...]:
        """Return the items of one kind.

        kind (str): one of KINDS.
        RETURNS (tuple): the gold items of that kind.
        """
        return tuple(getattr(self, kind))


@dataclass(frozen=True)
class Gold:
    """A parsed gold file.

    document (str): the document id the gold file names ("x.txt").
    required (GoldItems): the items a system must find.
    optional (GoldItems): the items that are neither rewarded nor penalized.
    source (str): where the gold came from (a path), for messages.
    """

    document: str
    required: GoldItems
    optional: GoldItems = field(default_factory=GoldItems)
    source: str = "<gold>"


def load_gold(path: str | Path) -> Gold:
    """Read a gold JSON file.

    path (str | Path): the NAME.gold.json file.
    RETURNS (Gold): the parsed gold annotations.
    RAISES (InputError): the file cannot be read, is not JSON, or lacks a required key.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 (byte at {error.start})", "re-save the gold file as UTF-8")
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})", "check that the gold file exists")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{path}: not valid JSON ({error.msg} at line {error.lineno} column {error.colno})",
            "fix the JSON syntax (see GOLD_FORMAT.md)",
        )
    return dict_to_gold(data, source=str(path))


def dict_to_gold(data: Any, source: str = "<gold>") -> Gold:
    """Build a Gold from the decoded JSON of a gold file.

    "document", "actors", "roles", "commitments" and "statements" are required; "aliases",
    "optional" and each kind inside "optional" default to empty; other keys ("note") are ignored.

    data (Any): the decoded JSON object.
    source (str): the file it came from, named in error messages.
    RETURNS (Gold): the parsed gold annotations.
    RAISES (InputError): a required key is missing or a value has the wrong type.
    """
    top = _expect(data, dict, source, "the top level")
    document = _expect(_key(top, "document", source, "the top level"), str, source, "'document'")
    required = _items(top, source, "", require_all=True)
    optional_data = _expect(top.get("optional", {}), dict, source, "'optional'")
    optional = _items(optional_data, source, "optional.", require_all=False)
    return Gold(document=document, required=required, optional=optional, source=source)


def _items(data: dict[str, Any], source: str, prefix: str, require_all: bool) -> GoldItems:
    def entries(kind: str) -> list[dict[str, Any]]:
        where = f"'{prefix}{kind}'"
        value = _key(data, kind, source, "the top level") if require_all else data.get(kind, [])
        return [_expect(entry, dict, source, f"{where}[{i}]") for i, entry in enumerate(_expect(value, list, source, where))]

    def text(entry: dict[str, Any], key: str, where: str) -> str:
        return _expect(_key(entry, key, source, where), str, source, f"{where}.{key}")

    def texts(value: Any, where: str) -> tuple[str, ...]:
        return tuple(_expect(item, str, source, f"{where}[{i}]") for i, item in enumerate(_expect(value, list, source, where)))

    actors: list[GoldActor] = []
    roles: list[GoldRole] = []
    commitments: list[GoldCommitment] = []
    statements: list[GoldStatement] = []
    for i, entry in enumerate(entries("actors")):
        where = f"'{prefix}actors'[{i}]"
        aliases = texts(entry.get("aliases", []), f"{where}.aliases")
        actors.append(GoldActor(text(entry, "name", where), text(entry, "category", where), aliases))
    for i, entry in enumerate(entries("roles")):
        where = f"'{prefix}roles'[{i}]"
        roles.append(GoldRole(text(entry, "person", where), text(entry, "title", where), text(entry, "organization", where)))
    for i, entry in enumerate(entries("commitments")):
        where = f"'{prefix}commitments'[{i}]"
        parties = texts(_key(entry, "parties", source, where), f"{where}.parties")
        if not parties:
            raise InputError(f"{source}: {where}.parties is empty", "name at least one committing actor")
        commitments.append(GoldCommitment(parties, text(entry, "modality", where), text(entry, "action", where)))
    for i, entry in enumerate(entries("statements")):
        where = f"'{prefix}statements'[{i}]"
        statements.append(GoldStatement(text(entry, "speaker", where), text(entry, "content", where)))
    return GoldItems(tuple(actors), tuple(roles), tuple(commitments), tuple(statements))


def _key(data: dict[str, Any], key: str, source: str, where: str) -> Any:
    if key not in data:
        raise InputError(f"{source}: missing key '{key}' in {where}", "see GOLD_FORMAT.md for the gold file format")
    return data[key]


def _expect(value: Any, kind: type, source: str, where: str) -> Any:
    if not isinstance(value, kind):
        names: dict[type, str] = {dict: "an object", list: "a list", str: "a string"}
        raise InputError(
            f"{source}: {where} must be {names.get(kind, kind.__name__)}, not {type(value).__name__}",
            "see GOLD_FORMAT.md for the gold file format",
        )
    return value


# ---------------------------------------------------------------------------
# Text comparison


def fold_name(name: str) -> str:
    """Fold a name for comparison: case, accents, curly quotes, a leading "the", a trailing possessive.

    Runs of white space are also collapsed, so "Ana  Ruiz" equals "Ana Ruiz".

    name (str): a name as written ("The Freedonian Senate’s").
    RETURNS (str): the folded name ("freedonian senate").
    """
    text = _fold_text(name.translate(_QUOTES))
    text = _LEADING_THE.sub("", text)
    return _POSSESSIVE.sub("", text)


def _fold_text(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.casefold().split())


def tokens(text: str) -> list[str]:
    """Split a text into lowercased alphanumeric tokens (accents folded).

    text (str): any text.
    RETURNS (list[str]): the tokens in order, repeats kept.
    """
    return _TOKEN.findall(_fold_text(text))


def content_words(text: str) -> list[str]:
    """Return a text's content words: its tokens that are not English stop words (spaCy's list).

    text (str): any text.
    RETURNS (list[str]): the content words in order, repeats kept.
    """
    return [token for token in tokens(text) if token not in STOP_WORDS]


def _content_bag(text: str) -> Counter[str]:
    # A text made only of stop words ("we will") would match anything; compare all its tokens instead.
    return Counter(content_words(text) or tokens(text))


def token_f1(predicted: str, gold: str) -> float:
    """Token F1 between two texts, over bags of tokens (as SQuAD scores answers).

    predicted (str): the predicted text.
    gold (str): the gold text.
    RETURNS (float): F1 in [0, 1]; 1.0 when both texts have no tokens.
    """
    return _bag_f1(Counter(tokens(predicted)), Counter(tokens(gold)))


def content_f1(predicted: str, gold: str) -> float:
    """Content-word F1 between two texts, over bags of content words.

    predicted (str): the predicted text (a commitment's action).
    gold (str): the gold text.
    RETURNS (float): F1 in [0, 1].
    """
    return _bag_f1(_content_bag(predicted), _content_bag(gold))


def content_coverage(predicted: str, gold: str) -> float:
    """The share of the gold text's distinct content words that appear in the predicted text.

    predicted (str): the predicted text (a statement's content).
    gold (str): the gold text.
    RETURNS (float): coverage in [0, 1]; 1.0 when the gold text has no tokens.
    """
    wanted = set(_content_bag(gold))
    if not wanted:
        return 1.0
    return len(wanted & set(tokens(predicted))) / len(wanted)


def _bag_f1(predicted: Counter[str], gold: Counter[str]) -> float:
    if not predicted and not gold:
        return 1.0
    common = sum((predicted & gold).values())
    if not common:
        return 0.0
    precision = common / sum(predicted.values())
    recall = common / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


# ---------------------------------------------------------------------------
# Report


@dataclass(frozen=True)
class KindScore:
    """Counts and scores of one kind, summed over all documents (micro-average).

    With nothing predicted, precision is 1.0 if nothing was to be found, else 0.0; with nothing
    to find, recall is 1.0 if nothing was predicted, else 0.0. So an empty kind scores 1.0.
    """

    kind: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp)."""
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """tp / (tp + fn)."""
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Return the counts and scores as a JSON-ready dict.

        RETURNS (dict[str, Any]): tp, fp, fn, precision, recall, f1.
        """
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class Explanation:
    """One error: a gold item no prediction matched, or a prediction that matched no gold item.

    doc (str): the gold document id. kind (str): one of KINDS.
    outcome (str): "miss" or "false positive". description (str): the item, readable.
    """

    doc: str
    kind: str
    outcome: Outcome
    description: str

    def to_dict(self) -> dict[str, str]:
        """Return the explanation as a JSON-ready dict.

        RETURNS (dict[str, str]): doc, kind, outcome, description.
        """
        return {"doc": self.doc, "kind": self.kind, "outcome": self.outcome, "description": self.description}


@dataclass(frozen=True)
class Report:
    """The result of scoring: per-kind scores, macro F1, title quality and the errors.

    scores (tuple[KindScore, ...]): one per kind, in KINDS order.
    title_f1 (float | None): the mean title token F1 over matched roles; None when no role matched.
    title_matches (int): how many matched roles title_f1 averages over.
    explanations (tuple[Explanation, ...]): the misses and false positives.
    documents (tuple[str, ...]): the gold documents scored.
    """

    scores: tuple[KindScore, ...]
    title_f1: float | None = None
    title_matches: int = 0
    explanations: tuple[Explanation, ...] = ()
    documents: tuple[str, ...] = ()

    def __getitem__(self, kind: str) -> KindScore:
        """Return the score of one kind: report["roles"]."""
        for kind_score in self.scores:
            if kind_score.kind == kind:
                return kind_score
        raise KeyError(kind)

    @property
    def macro_f1(self) -> float:
        """The mean of the kinds' F1."""
        return sum(kind_score.f1 for kind_score in self.scores) / len(self.scores) if self.scores else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Return the report as a JSON-ready dict with a stable key order.

        RETURNS (dict[str, Any]): documents, kinds (kind -> counts and scores), macro_f1,
            title_f1, title_matches, explanations.
        """
        return {
            "documents": list(self.documents),
            "kinds": {kind_score.kind: kind_score.to_dict() for kind_score in self.scores},
            "macro_f1": self.macro_f1,
            "title_f1": self.title_f1,
            "title_matches": self.title_matches,
            "explanations": [explanation.to_dict() for explanation in self.explanations],
        }


def format_report(report: Report, explain: bool = False) -> str:
    """Render a report as a plain-text table, optionally followed by its errors.

    report (Report): the report to render.
    explain (bool): also list the misses and false positives, grouped by document and kind.
    RETURNS (str): the text, ending with a newline.
    """
    lines = [f"{'kind':<12} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for s in report.scores:
        lines.append(f"{s.kind:<12} {s.tp:>5} {s.fp:>5} {s.fn:>5} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
    lines.append(f"macro F1: {report.macro_f1:.3f}")
    title = "n/a" if report.title_f1 is None else f"{report.title_f1:.3f}"
    lines.append(f"title token F1: {title} (over {report.title_matches} matched roles)")
    if explain:
        lines.append("")
        if not report.explanations:
            lines.append("no misses and no false positives")
        order = {kind: i for i, kind in enumerate(KINDS)}
        docs = list(dict.fromkeys(e.doc for e in report.explanations))
        for doc in docs:
            lines.append(doc)
            in_doc = [e for e in report.explanations if e.doc == doc]
            for kind in sorted({e.kind for e in in_doc}, key=lambda k: (order.get(k, len(order)), k)):
                lines.append(f"  {kind}")
                for outcome in ("miss", "false positive"):
                    lines.extend(f"    {outcome}: {e.description}" for e in in_doc if e.kind == kind and e.outcome == outcome)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# Scoring


@dataclass(frozen=True)
class _Predicted:
    """A predicted item, built from one or more rows; names are kept as written."""

    names: tuple[tuple[str, ...], ...]  # per name slot (actor / person+organization / parties / speaker)
    category: str = ""
    title: str = ""
    modality: str = ""
    text: str = ""  # action or content


def score(golds: Sequence[Gold], rows: Rows) -> Report:
    """Score the contract-query rows against gold files.

    Rows whose doc matches no gold file are not scored. A row's doc matches a gold file when it
    equals the gold "document" or ends with "/" + it.

    golds (Sequence[Gold]): the gold files; each names a different document.
    rows (Mapping[str, Sequence[Mapping[str, str]]]): kind -> the rows of that contract query
        (a missing kind counts as no rows).
    RETURNS (Report): per-kind counts and scores, macro F1, title F1 and the errors.
    RAISES (InputError): two gold files name the same document.
    """
    seen: dict[str, str] = {}
    for gold in golds:
        if gold.document in seen:
            raise InputError(
                f"{gold.source}: names document {gold.document!r}, as {seen[gold.document]} does",
                "score each document against one gold file",
            )
        seen[gold.document] = gold.source
    counts = {kind: [0, 0, 0] for kind in KINDS}
    explanations: list[Explanation] = []
    titles: list[float] = []
    for gold in golds:
        aliases = _alias_map(gold)
        for kind in KINDS:
            doc_rows = [row for row in rows.get(kind, ()) if _doc_matches(_cell(row, "doc"), gold.document)]
            predicted = _PREDICTORS[kind](doc_rows)
            result = _match_kind(kind, gold, predicted, aliases)
            tp, missed, false_positives, matched = result
            counts[kind][0] += tp
            counts[kind][1] += len(false_positives)
            counts[kind][2] += len(missed)
            explanations.extend(Explanation(gold.document, kind, "miss", _describe_gold(kind, item)) for item in missed)
            explanations.extend(
                Explanation(gold.document, kind, "false positive", _describe_predicted(kind, item)) for item in false_positives
            )
            if kind == "roles":
                titles.extend(token_f1(pred.title, gold_role.title) for gold_role, pred in matched)
    scores = tuple(KindScore(kind, *counts[kind]) for kind in KINDS)
    title_f1 = sum(titles) / len(titles) if titles else None
    return Report(scores, title_f1, len(titles), tuple(explanations), tuple(gold.document for gold in golds))


def _doc_matches(doc: str, document: str) -> bool:
    doc = doc.replace("\\", "/")
    return doc == document or doc.endswith("/" + document)


def _cell(row: Mapping[str, Any], key: str) -> str:
    # SPARQL leaves unbound OPTIONAL variables out of a row, or sets them to None.
    value = row.get(key)
    return "" if value is None else str(value)


def _local_name(value: str) -> str:
    # A category may come back as an IRI or a CURIE (gg:Person); compare its last segment.
    return re.split(r"[#/:]", value)[-1]


def _grouped(rows: Iterable[Mapping[str, Any]], key: Callable[[Mapping[str, Any]], tuple[str, ...]]) -> list[list[Mapping[str, Any]]]:
    groups: dict[tuple[str, ...], list[Mapping[str, Any]]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    return list(groups.values())


def _names(rows: Sequence[Mapping[str, Any]], key: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for name in (_cell(row, key) for row in rows) if name))


def _first(rows: Sequence[Mapping[str, Any]], key: str) -> str:
    return next((value for value in (_cell(row, key) for row in rows) if value), "")


def _predicted_actors(rows: Sequence[Mapping[str, Any]]) -> list[_Predicted]:
    scored = [row for row in rows if _local_name(_cell(row, "category")) in CATEGORIES]
    groups = _grouped(scored, lambda r: (_cell(r, "actor") or _cell(r, "name"), _local_name(_cell(r, "category"))))
    return [_Predicted((_names(g, "name"),), category=_local_name(_cell(g[0], "category"))) for g in groups]


def _predicted_roles(rows: Sequence[Mapping[str, Any]]) -> list[_Predicted]:
    def key(r: Mapping[str, Any]) -> tuple[str, ...]:
        return (
            _cell(r, "person") or _cell(r, "personName"),
            _cell(r, "organization") or _cell(r, "organizationName"),
            _cell(r, "title"),
        )

    return [_Predicted((_names(g, "personName"), _names(g, "organizationName")), title=_cell(g[0], "title")) for g in _grouped(rows, key)]


def _predicted_commitments(rows: Sequence[Mapping[str, Any]]) -> list[_Predicted]:
    predicted = []
    for group in _grouped(rows, lambda r: (_cell(r, "commitment"),) if _cell(r, "commitment") else ("", _cell(r, "action"))):
        parties = _grouped(group, lambda r: (_cell(r, "party") or _cell(r, "partyName"),))
        predicted.append(
            _Predicted(
                tuple(_names(party, "partyName") for party in parties),
                modality=_first(group, "modality"),
                text=_first(group, "action"),
            )
        )
    return predicted


def _predicted_statements(rows: Sequence[Mapping[str, Any]]) -> list[_Predicted]:
    def key(r: Mapping[str, Any]) -> tuple[str, ...]:
        statement = _cell(r, "statement")
        return (statement,) if statement else ("", _cell(r, "speaker") or _cell(r, "speakerName"), _cell(r, "content"))

    groups = _grouped(rows, key)
    return [_Predicted((_names(g, "speakerName"),), text=_first(g, "content")) for g in groups]


_PREDICTORS: dict[str, Callable[[Sequence[Mapping[str, Any]]], list[_Predicted]]] = {
    "actors": _predicted_actors,
    "roles": _predicted_roles,
    "commitments": _predicted_commitments,
    "statements": _predicted_statements,
}


def _alias_map(gold: Gold) -> dict[str, str]:
    """Folded name or alias -> folded canonical name, from the required and optional actors.

    Canonical names win over aliases, and required actors over optional ones, if two collide.
    """
    actors = gold.required.actors + gold.optional.actors
    mapping: dict[str, str] = {}
    for actor in actors:
        mapping.setdefault(fold_name(actor.name), fold_name(actor.name))
    for actor in actors:
        for alias in actor.aliases:
            mapping.setdefault(fold_name(alias), fold_name(actor.name))
    return mapping


def _resolve(names: Sequence[str], aliases: Mapping[str, str]) -> str:
    """The canonical key of an actor written as any of names (the first that a gold actor knows)."""
    folded = [fold_name(name) for name in names]
    for name in folded:
        if name in aliases:
            return aliases[name]
    return folded[0] if folded else ""


def _quality(kind: str, gold: Any, predicted: _Predicted, aliases: Mapping[str, str]) -> float | None:
    """How well a prediction matches a gold item, in [0, 1], or None if it does not match."""
    if kind == "actors":
        forms = {fold_name(gold.name), *(fold_name(alias) for alias in gold.aliases)}
        same_name = any(fold_name(name) in forms for name in predicted.names[0])
        return 1.0 if same_name and predicted.category.casefold() == gold.category.casefold() else None
    if kind == "roles":
        person, organization = predicted.names
        if _resolve(person, aliases) != _resolve([gold.person], aliases):
            return None
        if _resolve(organization, aliases) != _resolve([gold.organization], aliases):
            return None
        return token_f1(predicted.title, gold.title)
    if kind == "commitments":
        parties = {_resolve(party, aliases) for party in predicted.names}
        if parties != {_resolve([party], aliases) for party in gold.parties}:
            return None
        f1 = content_f1(predicted.text, gold.action)
        return f1 if f1 >= ACTION_F1_THRESHOLD else None
    if _resolve(predicted.names[0], aliases) != _resolve([gold.speaker], aliases):
        return None
    coverage = content_coverage(predicted.text, gold.content)
    return coverage if coverage >= STATEMENT_COVERAGE_THRESHOLD else None


def _match_kind(
    kind: str, gold: Gold, predicted: Sequence[_Predicted], aliases: Mapping[str, str]
) -> tuple[int, list[Any], list[_Predicted], list[tuple[Any, _Predicted]]]:
    """Match one kind of one document: (tp, missed gold items, false positives, matched pairs).

    One maximum-weight bipartite matching does it all. Weights are tiered so that the matching
    first has the most required matches, then the most optional ones (ignored predictions), and
    only then the best quality (title F1, action F1, coverage) as a tie-break.
    """
    required = gold.required.of_kind(kind)
    optional = gold.optional.of_kind(kind)
    size = min(len(required) + len(optional), len(predicted))
    quality_scale = 100
    optional_weight = quality_scale * size + 1
    required_weight = (size + 1) * optional_weight + quality_scale * size + 1
    graph = nx.Graph()
    graph.add_nodes_from(("p", j) for j in range(len(predicted)))
    graph.add_nodes_from(("g", i) for i in range(len(required) + len(optional)))
    for j, pred in enumerate(predicted):
        for i, item in enumerate(required):
            quality = _quality(kind, item, pred, aliases)
            if quality is not None:
                graph.add_edge(("g", i), ("p", j), weight=required_weight + round(quality * quality_scale))
        for i, item in enumerate(optional, start=len(required)):
            if _quality(kind, item, pred, aliases) is not None:
                graph.add_edge(("g", i), ("p", j), weight=optional_weight)
    pairs: dict[int, int] = {}
    for u, v in nx.max_weight_matching(graph):
        g_node, p_node = (u, v) if u[0] == "g" else (v, u)
        pairs[g_node[1]] = p_node[1]
    matched = [(required[i], predicted[pairs[i]]) for i in range(len(required)) if i in pairs]
    missed = [required[i] for i in range(len(required)) if i not in pairs]
    used = set(pairs.values())
    false_positives = [pred for j, pred in enumerate(predicted) if j not in used]
    return len(matched), missed, false_positives, matched


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _DESCRIPTION_WIDTH else text[: _DESCRIPTION_WIDTH - 3].rstrip() + "..."


def _either(names: Sequence[str]) -> str:
    return " / ".join(f'"{name}"' for name in names) if names else "(no name)"


def _describe_gold(kind: str, item: Any) -> str:
    if kind == "actors":
        return f'{item.category} "{item.name}"'
    if kind == "roles":
        return f'"{item.person}", {item.title} of "{item.organization}"'
    if kind == "commitments":
        parties = " + ".join(f'"{party}"' for party in item.parties)
        return f'{parties} [{item.modality}]: "{_shorten(item.action)}"'
    return f'"{item.speaker}": "{_shorten(item.content)}"'


def _describe_predicted(kind: str, pred: _Predicted) -> str:
    if kind == "actors":
        return f"{pred.category} {_either(pred.names[0])}"
    if kind == "roles":
        return f"{_either(pred.names[0])}, {pred.title or '(no title)'} of {_either(pred.names[1])}"
    if kind == "commitments":
        parties = " + ".join(_either(party) for party in pred.names)
        return f'{parties} [{pred.modality or "?"}]: "{_shorten(pred.text)}"'
    return f'{_either(pred.names[0])}: "{_shorten(pred.text)}"'
