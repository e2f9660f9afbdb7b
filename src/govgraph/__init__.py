"""govgraph: political and diplomatic text to a traceable knowledge graph.

The stages, each a module: corpus (read) -> nlp (annotate) -> records -> mapping (RDF)
-> store / query / network / view.
"""

from __future__ import annotations

from .corpus import Document, find_documents, read_document
from .errors import GovgraphError, InputError, OntologyError, QueryError, StoreError
from .records import Actor, ActorRef, Commitment, DocumentInfo, DocumentRecords, Evidence, Role, Statement

__all__ = [
    "Actor",
    "ActorRef",
    "Commitment",
    "Document",
    "DocumentInfo",
    "DocumentRecords",
    "Evidence",
    "GovgraphError",
    "InputError",
    "OntologyError",
    "QueryError",
    "Role",
    "Statement",
    "StoreError",
    "find_documents",
    "read_document",
]
__version__ = "0.1.0"
