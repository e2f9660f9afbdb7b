"""Countries named in lists, and capitals or large cities the model tags as people or bodies.

The sentences are our own, with invented names; none comes from the evaluation texts.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, mentions",
    [
        # pycountry's "Congo, The Democratic Republic of the" must not match across the list
        (
            "The Republic of the Congo, the Democratic Republic of the Congo and Gabon signed the accord.",
            {
                ("Republic of the Congo", "Republic of the Congo"),
                ("Democratic Republic of the Congo", "Democratic Republic of the Congo"),
                ("Gabon", "Gabon"),
            },
        ),
        (
            "Delegates from Korea, Republic of Moldova and Chad attended.",
            {("Korea", "South Korea"), ("Republic of Moldova", "Moldova"), ("Chad", "Chad")},
        ),
    ],
)
def test_countries_in_a_list_keep_their_own_names(nlp, text: str, mentions: set[tuple[str, str]]) -> None:
    assert {(span.text, span.kb_id_) for span in nlp(text).spans["govgraph_actors"] if span.label_ == "Country"} == mentions
