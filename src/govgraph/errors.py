"""Errors the library raises. Only the CLI catches them and turns them into one line."""

from __future__ import annotations


class GovgraphError(Exception):
    """Base class of every govgraph error: what went wrong, and what to do about it.

    message (str): what went wrong, naming the file where there is one.
    hint (str | None): what the user can do to fix it.
    """

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message, hint)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}; {self.hint}" if self.hint else self.message


class InputError(GovgraphError):
    """An input file (document, gold file, graph) is missing, unreadable or malformed."""


class OntologyError(GovgraphError):
    """The ontology or the shapes cannot be loaded, or the data does not conform to them."""


class QueryError(GovgraphError):
    """A named query does not exist, does not parse or fails to run."""


class StoreError(GovgraphError):
    """A graph store cannot be read or written."""
