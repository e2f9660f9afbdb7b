# govgraph: two commands on a fresh machine.
#   make graph   create .venv, install everything, build graphs/ from corpus/
#   make test    the same set-up, then the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: graph test setup system lint clean

graph: $(STAMP)
	$(BIN)/govgraph build corpus --out graphs

test: $(STAMP) system
	$(BIN)/python -m mypy src/govgraph
	$(BIN)/python -m pytest

setup: $(STAMP) system

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Debian packages for the browser tests and the third RDF parser (root with apt-get only).
system:
	bash scripts/install-system.sh

lint: $(STAMP)
	$(BIN)/python -m mypy src/govgraph

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
