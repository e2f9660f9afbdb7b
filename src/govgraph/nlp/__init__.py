"""The NLP stage: spaCy components that annotate actors, roles, statements and commitments."""

from __future__ import annotations

from .convert import doc_to_records
from .pipeline import build_nlp, load_model

__all__ = ["build_nlp", "doc_to_records", "load_model"]
