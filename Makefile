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
# Extra options for `make import`, e.g. ARGS='--title "..." --category سياسة'
ARGS ?=
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help html serve devserver test lint format publish clean import eval bench
.PHONY: theme-assets fonts translations messages screenshots lighthouse

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

# Theme assets: the subset webfont (npm + fontTools) and the compiled Babel catalogs.
# Both are git-ignored build products; `make html` makes them before building.
THEME := theme
FONT_CSS := $(THEME)/static/fonts/fonts.css
CATALOGS := $(wildcard $(THEME)/translations/*/LC_MESSAGES/messages.po)

theme-assets: fonts translations

fonts: $(FONT_CSS) ## Fetch, verify and subset the Arabic webfont (needs npm)

$(FONT_CSS): tools/fetch_font.py | $(STAMP)
	$(BIN)/python tools/fetch_font.py

translations: $(CATALOGS:.po=.mo) ## Compile the theme's Babel catalogs (.po -> .mo)

%/LC_MESSAGES/messages.mo: %/LC_MESSAGES/messages.po | $(STAMP)
	$(BIN)/pybabel compile --statistics -D messages -i $< -o $@

messages: $(STAMP) ## Extract the theme's UI strings and update every catalog
	$(BIN)/pybabel extract -F $(THEME)/babel.cfg --project=Mowjaz --version=0.1.0 \
		--copyright-holder="Mowjaz contributors" --no-wrap --sort-by-file \
		-o $(THEME)/translations/messages.pot $(THEME)
	$(BIN)/pybabel update -D messages -i $(THEME)/translations/messages.pot \
		-d $(THEME)/translations --no-wrap

screenshots: html ## Save PNGs of home and an article at 390 and 1280 px in screenshots/
	$(BIN)/python -m tools.screenshots $(OUTPUTDIR) screenshots

# Lighthouse 12 from npm into the git-ignored .node/ (Debian's chromium runs it).
LIGHTHOUSE_VERSION := 12.2.3
LIGHTHOUSE := .node/lighthouse/node_modules/.bin/lighthouse
PAGE ?= آلاف-العدائين-يشاركون-في-ماراثون-العاصمة-الدولي.html

$(LIGHTHOUSE):
	mkdir -p .node/lighthouse
	cd .node/lighthouse && npm i -E --no-audit --no-fund lighthouse@$(LIGHTHOUSE_VERSION)

lighthouse: html $(LIGHTHOUSE) ## Rate an article page (PAGE=...) with Lighthouse 12 (mobile)
	$(BIN)/python -m tools.lighthouse --site $(OUTPUTDIR) --page "$(PAGE)"

html: $(STAMP) theme-assets ## Create .venv with pinned dependencies if needed, then build output/
	$(BIN)/python -m mowjaz.site.build --content $(INPUTDIR) --output $(OUTPUTDIR) --settings $(CONFFILE)

serve: ## Serve output/ on http://localhost:8000
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory $(OUTPUTDIR)

devserver: $(STAMP) theme-assets ## Rebuild on every change and serve on http://localhost:8000
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) --autoreload --listen --port $(PORT) \
		-e MOWJAZ_PREVIEW_DRAFTS=true

test: $(STAMP) theme-assets ## Run the test suite
	$(BIN)/python -m pytest

lint: $(STAMP) ## Check code style with ruff and types of the pure packages with mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP) ## Reformat the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

publish: $(STAMP) theme-assets ## Build the site for the real host with publishconf.py
	$(BIN)/python -m mowjaz.site.build --content $(INPUTDIR) --output $(OUTPUTDIR) --settings $(PUBLISHCONF)

import: $(STAMP) ## Import raw article text: make import SRC=path/to/article.txt
	@test -n "$(SRC)" || { echo "usage: make import SRC=path/to/article.txt" >&2; exit 2; }
	$(BIN)/mowjaz import --out $(INPUTDIR)/briefs $(ARGS) $(SRC)

eval: $(STAMP) ## Score key points, quotes, related stories and import on ../shared/corpora
	$(BIN)/python -m eval.keypoints
	$(BIN)/python -m eval.quotes
	$(BIN)/python -m eval.related
	$(BIN)/python -m eval.importer

# `make bench N="500 2000"` measures fewer sizes; REPEAT builds per size (medians).
N ?= 500 2000 8000
REPEAT ?= 3

bench: $(STAMP) translations ## Time builds, caches and related stories on ../shared/corpora; write BENCHMARKS.md
	$(BIN)/python -m bench.run --sizes "$(N)" --repeat $(REPEAT)

clean: ## Remove the built site and caches
	rm -rf $(OUTPUTDIR) cache __pycache__ .pytest_cache .ruff_cache .mypy_cache
