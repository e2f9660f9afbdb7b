"""``python -m govgraph`` runs the command line."""

from .cli import main

main()
