"""spaCy factories of the govgraph components.

Every setting is a keyword whose default sits in ``default_config``, so a pipeline's
config.cfg records exactly what it ran with. The lexicons (countries, organisations,
titles) are package data loaded by ``govgraph.lexicon``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import load_lexicons
from .actors import ActorFinder
from .layout import dateline_end
from .commitments import CommitmentFinder
from .roles import RoleFinder
from .statements import StatementFinder
from .tokens import doc_tokens


#: Verbs that report speech ("said", "told", "noted"); shared by statements and reported undertakings.
REPORTING_VERBS = [
    "say", "tell", "note", "add", "stress", "warn", "argue", "state", "emphasize", "emphasise",
    "claim", "insist", "explain", "remark", "assert", "declare", "reiterate", "comment", "write",
    "announce", "confirm", "acknowledge", "observe", "underline", "underscore", "highlight",
    "suggest", "indicate", "maintain", "contend", "predict", "caution", "admit", "conclude",
    "report", "reveal", "recall", "affirm", "urge", "believe", "assure", "propose", "reply",
    "respond", "tweet", "pledge", "concede", "inform", "noted", "told", "said",
]

#: What "the agency", "the organisation" or "the body" can stand for: public institutions and
#: bodies named as such (a newspaper or a university is not "the agency").
_INSTITUTIONS = ["InternationalOrganization", "GovernmentBody", "agency", "programme", "program", "fund", "organization", "organisation", "office"]


#: Forms of address before a name ("Dr.", "H.E.", "Dame", "Dato' Sri Haji"); not part of the
#: name, and one only before a name word. A pair counts only whole: "Tan" alone is a surname.
HONORIFICS = [
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "H.E", "HE", "Excellency",
    "His", "Her", "Shri", "Smt", "Sri", "Sheikh", "Sheikha", "Sayyid", "Sayyida", "Datuk", "Dato", "Datin", "Seri", "Rev", "Hon", "Eng",
    "Honourable", "Honorable", "Mme", "Herr", "Frau",
    # Malay and Bruneian titles of honour and the pilgrim's "Haji" ("Tun X", "Datuk Wira X", "Pehin X")
    "Tun", "Toh Puan", "Tan Sri", "Puan Sri", "Wira", "Paduka", "Pehin", "Pengiran", "Haji", "Hajjah", "Tuan Haji", "Puan Hajjah",
]


#: "his Tanzanian counterpart X": X holds the office of the person the counterpart is of.
COUNTERPART_NOUNS = ["counterpart", "counterparts"]


@Language.component("govgraph_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so headings and answers stand alone.

    Runs before the parser, which keeps these boundaries.
    """
    tokens = doc_tokens(doc)
    for i in range(len(doc) - 1):
        if tokens.is_space[i] and tokens.texts[i].count("\n") >= 2:  # only space tokens hold line breaks
            doc[i + 1].is_sent_start = True
    for i, opens in enumerate(tokens.paragraph_start):
        end = dateline_end(doc, i) if opens else None
        if end is not None and end < len(doc):
            doc[end].is_sent_start = True  # "JAKARTA, March 14 — ..." : the story starts after the dash
    return doc


@Language.factory(
    "govgraph_actors",
    default_config={
        "name_particles": ["de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "binti", "al", "el", "ibn", "y", "dos", "das", "ter", "ten", "st"],
        "caption_words": ["Photo", "Photos", "Image", "Images", "Video", "File", "Courtesy"],
        "org_connectors": ["of", "for", "on", "and"],
        "collective_nouns": ["side", "government", "authorities", "administration", "delegation"],
        "honorifics": HONORIFICS,
        "counterpart_nouns": COUNTERPART_NOUNS,
    },
)
def make_actor_finder(
    nlp: Language,
    name: str,
    name_particles: list[str],
    caption_words: list[str],
    org_connectors: list[str],
    collective_nouns: list[str],
    honorifics: list[str],
    counterpart_nouns: list[str],
) -> ActorFinder:
    """Create the actor finder (people, countries, organisations)."""
    return ActorFinder(
        nlp,
        name,
        load_lexicons(),
        name_particles=name_particles,
        caption_words=caption_words,
        org_connectors=org_connectors,
        collective_nouns=collective_nouns,
        honorifics=honorifics,
        counterpart_nouns=counterpart_nouns,
    )


@Language.factory(
    "govgraph_roles",
    default_config={
        "status_words": {"former": "former", "ex": "former", "then": "former", "late": "former", "outgoing": "former", "acting": "acting", "interim": "acting", "caretaker": "acting"},
        "max_title_tokens": 14,
        "honorifics": HONORIFICS,
        # "X, who heads the Y": the verb's lemma and the office it gives (a title of the lexicon)
        "heading_verbs": {"head": "head", "lead": "head", "chair": "chair", "direct": "director"},
        "counterpart_nouns": COUNTERPART_NOUNS,
        # how many sentences before a counterpart to look for the person it is the counterpart of
        "counterpart_reach": 3,
    },
)
def make_role_finder(
    nlp: Language,
    name: str,
    status_words: dict[str, str],
    max_title_tokens: int,
    honorifics: list[str],
    heading_verbs: dict[str, str],
    counterpart_nouns: list[str],
    counterpart_reach: int,
) -> RoleFinder:
    """Create the role finder (titles, appositions, "title X of Y", "X, who heads Y")."""
    return RoleFinder(
        nlp,
        name,
        load_lexicons(),
        status_words=status_words,
        max_title_tokens=max_title_tokens,
        honorifics=honorifics,
        heading_verbs=heading_verbs,
        counterpart_nouns=counterpart_nouns,
        counterpart_reach=counterpart_reach,
    )


@Language.factory(
    "govgraph_statements",
    default_config={
        "reporting_verbs": REPORTING_VERBS,
        "phrasal_reporting_verbs": ["point out", "point to"],
        "person_pronouns": ["he", "she"],
        "delegate_nouns": ["representative", "delegate", "delegation", "envoy", "ambassador", "spokesperson", "spokesman", "spokeswoman", "mission", "government"],
        # verbs by which an operative clause states its that-clause, besides the reporting verbs ("RECOGNISES that")
        "stance_verbs": ["recognise", "recognize", "reaffirm", "consider", "regret", "deplore"],
    },
)
def make_statement_finder(
    nlp: Language,
    name: str,
    reporting_verbs: list[str],
    phrasal_reporting_verbs: list[str],
    person_pronouns: list[str],
    delegate_nouns: list[str],
    stance_verbs: list[str],
) -> StatementFinder:
    """Create the statement finder (reported and direct speech, interview answers, operative clauses)."""
    return StatementFinder(
        nlp,
        name,
        load_lexicons(),
        reporting_verbs=reporting_verbs,
        phrasal_reporting_verbs=phrasal_reporting_verbs,
        person_pronouns=person_pronouns,
        delegate_nouns=delegate_nouns,
        stance_verbs=stance_verbs,
    )


@Language.factory(
    "govgraph_commitments",
    default_config={
        "commitment_verbs": {
            "commit": "commit", "committed": "commit", "agree": "agree", "pledge": "pledge", "vow": "vow",
            "promise": "promise", "undertake": "undertake", "resolve": "resolve", "decide": "decide",
            "intend": "intend", "endeavour": "intend", "endeavor": "intend", "guarantee": "promise",
        },
        "commitment_nouns": {"commitment": "commit", "pledge": "pledge", "promise": "promise", "resolve": "resolve", "determination": "resolve", "intention": "intend"},
        "affirming_verbs": {"reaffirm": "reaffirm", "affirm": "commit", "renew": "reaffirm", "reiterate": "reaffirm", "confirm": "reaffirm", "make": "", "honour": "reaffirm", "honor": "reaffirm", "express": "", "announce": ""},
        "refusal_verbs": ["refuse", "decline"],
        "modal_verbs": {"will": "will", "shall": "shall", "'ll": "will", "’ll": "will", "would": "would"},
        "non_agentive_verbs": [
            "be", "become", "have", "remain", "rely", "depend", "seem", "appear", "face", "need", "happen", "last", "serve",
            "take", "mark", "involve", "get", "receive", "lose", "suffer", "benefit", "see", "find", "know",
            # states and outcomes, not acts: "would cost $40 million", "would mean fewer troops", "will win"
            "cost", "mean", "require", "equal", "exceed", "entail", "amount", "represent", "matter", "outweigh",
            "lack", "deserve", "resemble", "belong", "consist", "win",
        ],
        # what "it" (a plan, a deal) would bring about, not what a state or body undertakes:
        # "Kenya said it would allow / help / lead to ..." (with a named subject they may be acts)
        "consequence_verbs": ["allow", "permit", "enable", "help", "lead", "bring", "boost", "hurt", "harm", "affect", "ease", "spur"],
        "plural_references": ["both countries", "both sides", "the two sides", "the two countries", "both parties", "the two parties", "both nations", "the two nations", "the parties", "both leaders", "the two leaders", "the three countries", "the leaders", "each party", "either party", "each side", "the participants", "both participants", "both delegations", "the two delegations"],
        "person_group_nouns": ["leader", "minister", "president", "head", "premier", "chancellor", "envoy", "diplomat", "official", "negotiator", "delegate", "representative"],
        "first_person_plural": ["we"],
        "reporting_verbs": REPORTING_VERBS,
        # "the agency would ...": what a definite generic head can stand for, as actor
        # categories and organisation kinds (capitalised) or words of a name (lower case)
        "generic_heads": {
            "agency": _INSTITUTIONS, "body": _INSTITUTIONS, "organisation": ["Organization"], "organization": ["Organization"],
            "programme": ["programme", "program"], "program": ["programme", "program"],
            "bank": ["bank"], "fund": ["fund"], "council": ["council"], "ministry": ["ministry"],
            "department": ["department"], "commission": ["commission"], "secretariat": ["secretariat"],
            "chamber": ["chamber", "senate", "house", "assembly", "parliament", "congress"],
            "government": ["Country", "government"], "country": ["Country"], "nation": ["Country"],
            # a state named by its form of government: "the sultanate", "the kingdom"
            "sultanate": ["Country"], "kingdom": ["Country"], "emirate": ["Country"], "republic": ["Country"],
            # "he said his side would ...": the state or body the speaker acts for
            "side": ["Country", "Organization"],
        },
        "generic_head_reach": 2,
    },
)
def make_commitment_finder(
    nlp: Language,
    name: str,
    commitment_verbs: dict[str, str],
    commitment_nouns: dict[str, str],
    affirming_verbs: dict[str, str],
    refusal_verbs: list[str],
    modal_verbs: dict[str, str],
    non_agentive_verbs: list[str],
    consequence_verbs: list[str],
    plural_references: list[str],
    person_group_nouns: list[str],
    first_person_plural: list[str],
    reporting_verbs: list[str],
    generic_heads: dict[str, list[str]],
    generic_head_reach: int,
) -> CommitmentFinder:
    """Create the commitment finder (commit/agree/pledge/will ... with resolved parties)."""
    return CommitmentFinder(
        nlp,
        name,
        load_lexicons(),
        commitment_verbs=commitment_verbs,
        commitment_nouns=commitment_nouns,
        affirming_verbs=affirming_verbs,
        refusal_verbs=refusal_verbs,
        modal_verbs=modal_verbs,
        non_agentive_verbs=non_agentive_verbs,
        consequence_verbs=consequence_verbs,
        plural_references=plural_references,
        person_group_nouns=person_group_nouns,
        first_person_plural=first_person_plural,
        reporting_verbs=reporting_verbs,
        generic_heads=generic_heads,
        generic_head_reach=generic_head_reach,
    )
