"""Generate a large, realistic corpus for the scaling benchmarks.

Documents are not copies: each one recombines sentences drawn from corpus/ and
../shared/eval/dev/ into new paragraphs, and swaps the countries and international
organisations they name for others taken from govgraph's lexicons (countries with their
demonyms, organisations by kind), one consistent swap per document. Every document is
made from its own seeded random generator, so document N is the same whatever the
corpus size, and two runs with the same seed write the same files.

    .venv/bin/python bench/corpus_generator.py OUT --documents 10000 [--seed 1] [--start 0]

Files go to OUT/NNN/doc-NNNNNN.txt (1,000 per folder), each with a title/source/date header.
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from govgraph.corpus import find_documents, read_document
from govgraph.lexicon import CountryEntry, OrgEntry, load_lexicons

ROOT = Path(__file__).resolve().parent.parent
SOURCE_FOLDERS = (ROOT / "corpus", ROOT.parent / "shared" / "eval" / "dev")
OUTLETS = ("Global Times", "Xinhua", "Reuters", "Agence France-Presse", "The Korea Herald", "Kyodo News", "GOV.UK", "Ministry of Foreign Affairs")
PER_FOLDER = 1000

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[“\"A-Z])")


@dataclass(frozen=True)
class Swap:
    """A name found in the source sentences and what it stands for."""

    kind: str  # "country", "demonym" or "organization"
    key: str  # the canonical name of the country or organisation
    acronym: bool = False


def source_sentences(folders: tuple[Path, ...] = SOURCE_FOLDERS) -> list[str]:
    """Every sentence of the source documents with at least six words, in file order."""
    sentences: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path, doc_id in find_documents([folder]):
            body = read_document(path, doc_id).body
            for paragraph in re.split(r"\n\s*\n", body):
                paragraph = " ".join(paragraph.split())
                for sentence in _SENTENCE_END.split(paragraph):
                    if len(sentence.split()) >= 6 and sentence[-1:] in '.!?"”’':
                        sentences.append(sentence)
    return sentences


class CorpusGenerator:
    """Recombine source sentences into new documents with swapped actors."""

    def __init__(self, seed: int = 1) -> None:
        lexicons = load_lexicons()
        self.seed = seed
        self.countries: dict[str, CountryEntry] = {c.name: c for c in lexicons.countries() if c.un_member}
        self.organizations: dict[str, OrgEntry] = {o.name: o for o in lexicons.organizations()}
        self.sentences = source_sentences()
        forms: dict[str, Swap] = {}
        for country in lexicons.countries():
            for form in (country.name, *country.aliases):
                forms.setdefault(form, Swap("country", country.name))
            for demonym in country.demonyms:
                forms.setdefault(demonym, Swap("demonym", country.name))
        for org in self.organizations.values():
            forms.setdefault(org.name, Swap("organization", org.name))
            for alias in org.aliases:
                forms.setdefault(alias, Swap("organization", org.name, acronym=alias.isupper()))
        text = "\n".join(self.sentences)
        # Only forms that occur in the sentences matter; longest first so "South Korea" wins over "Korea".
        used = sorted((f for f in forms if len(f) > 1 and re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text)), key=len, reverse=True)
        self.forms = {f: forms[f] for f in used}
        self.pattern = re.compile("|".join(rf"(?<!\w){re.escape(f)}(?!\w)" for f in used)) if used else None
        self.org_kinds: dict[str, list[str]] = {}
        for org in self.organizations.values():
            self.org_kinds.setdefault(org.kind, []).append(org.name)

    def document(self, index: int) -> str:
        """The text of document ``index`` (header included)."""
        rng = random.Random(f"{self.seed}:{index}")
        chosen: dict[str, str] = {}
        country_names = sorted(self.countries)

        def target(swap: Swap) -> str:
            key = ("country" if swap.kind in ("country", "demonym") else "organization") + ":" + swap.key
            if key not in chosen:
                if swap.kind == "organization":
                    kind = self.organizations[swap.key].kind if swap.key in self.organizations else "InternationalOrganization"
                    chosen[key] = rng.choice(self.org_kinds.get(kind) or sorted(self.organizations))
                else:
                    chosen[key] = rng.choice(country_names)
            return chosen[key]

        def replace(match: re.Match[str]) -> str:
            swap = self.forms[match.group(0)]
            name = target(swap)
            if swap.kind == "demonym":
                country = self.countries[name]
                return country.demonyms[0] if country.demonyms else name
            if swap.kind == "organization" and swap.acronym:
                acronyms = [a for a in self.organizations[name].aliases if a.isupper() and " " not in a]
                return acronyms[0] if acronyms else name
            return name

        paragraphs = []
        for _ in range(rng.randint(3, 7)):
            picked = rng.sample(self.sentences, k=min(len(self.sentences), rng.randint(2, 5)))
            paragraph = " ".join(picked)
            paragraphs.append(self.pattern.sub(replace, paragraph) if self.pattern else paragraph)
        title_words = paragraphs[0].split()[: rng.randint(6, 11)]
        title = " ".join(title_words).rstrip(",;:")
        date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        header = f"title: {title}\nsource: {rng.choice(OUTLETS)}\ndate: {date}\nlanguage: en\n---\n"
        return header + "\n\n".join(paragraphs) + "\n"

    def documents(self, count: int, start: int = 0) -> Iterator[tuple[str, str]]:
        """(relative path, text) of documents start .. start+count-1."""
        for index in range(start, start + count):
            yield f"{index // PER_FOLDER:03d}/doc-{index:06d}.txt", self.document(index)


def generate_corpus(out: Path | str, documents: int, seed: int = 1, start: int = 0) -> Path:
    """Write ``documents`` generated files under ``out`` (existing files are rewritten).

    out (Path | str): the corpus folder.
    documents (int): how many documents.
    seed (int): the seed; the same seed gives the same corpus.
    start (int): the number of the first document (to extend a corpus elsewhere).
    RETURNS (Path): the folder.
    """
    out = Path(out)
    generator = CorpusGenerator(seed)
    for relative, text in generator.documents(documents, start):
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="number of the first document")
    args = parser.parse_args()
    generate_corpus(args.out, args.documents, args.seed, args.start)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in args.out.rglob("*.txt"))
    print(f"wrote {args.documents} documents ({words} words) to {args.out}")


if __name__ == "__main__":
    main()
