# Mowjaz: `make html` sets everything up and builds the site; `make test` runs the tests.
# `make help` lists every target.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PELICAN := $(BIN)/pelican
INPUTDIR := content
OUTPUTDIR := output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PORT ?= 8000
SRC ?=
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help html serve devserver test lint format publish clean import eval bench

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

html: $(STAMP) ## Create .venv with pinned dependencies if needed, then build output/
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE)

serve: ## Serve output/ on http://localhost:8000
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory $(OUTPUTDIR)

devserver: $(STAMP) ## Rebuild on every change and serve on http://localhost:8000
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) --autoreload --listen --port $(PORT)

test: $(STAMP) ## Run the test suite
	$(BIN)/python -m pytest

lint: $(STAMP) ## Check code style with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP) ## Reformat the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

publish: $(STAMP) ## Build the site for the real host with publishconf.py
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF)

import: $(STAMP) ## Import raw article text: make import SRC=path/to/article.txt
	@test -n "$(SRC)" || { echo "usage: make import SRC=path/to/article.txt" >&2; exit 2; }
	$(BIN)/mowjaz import --out $(INPUTDIR)/briefs $(SRC)

clean: ## Remove the built site and caches
	rm -rf $(OUTPUTDIR) cache __pycache__ .pytest_cache .ruff_cache
