# One entry point for maintainers and CI. `make help` lists the targets.
# The first `make serve` or `make test` creates .venv and installs the pinned requirements;
# later runs reinstall nothing unless a requirements file changed (stamp files keyed by hash).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# The stamps also name this checkout: the venv holds an editable install of it (pip install -e .), and
# CI shares one cached venv between clones in different folders.
req_hash = $(shell { cat $(1); echo '$(CURDIR)'; } | sha256sum | cut -c1-16)
RUNTIME_STAMP := $(VENV)/.runtime-$(call req_hash,requirements.txt pyproject.toml)
DEV_STAMP := $(VENV)/.dev-$(call req_hash,requirements.txt requirements-dev.txt pyproject.toml)
NODE_STAMP := node_modules/.stamp-$(call req_hash,package-lock.json)
# SOURCE_DATE_EPOCH pins every date the build writes (sitemap lastmod) to the last commit.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export NO_MKDOCS_2_WARNING := 1
PORT ?= 8000

.PHONY: print-serve-flags help serve serve-fr build test lint unit js-test site-tests browser-tests fmt fmt-check bench clean browser synthetic \
	build-synthetic new-insurer new-update new-event ledger linkcheck-external screenshots

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

# --dirty: after an edit to a page's text, only that page is rebuilt; any other change rebuilds every
# page (hooks/preview.py decides, by content). `make build` is always a clean build.
SERVE_FLAGS :=
serve: $(RUNTIME_STAMP) ## build and preview at http://127.0.0.1:8000 with live reload (PORT=8000)
	$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:$(PORT) $(SERVE_FLAGS)

# The French pages only: a rebuild takes about half the time (see CONTRIBUTING.md, "Preview").
serve-fr: $(RUNTIME_STAMP) ## the same preview in French only, faster to rebuild after each edit
	SITE_BUILD_EN=false $(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:$(PORT) $(SERVE_FLAGS)

print-serve-flags: # read by `make bench`, which times `make serve`
	@echo '$(SERVE_FLAGS)'

build: $(RUNTIME_STAMP) ## strict build into site/ (replaced only if the build succeeds)
	$(PY) scripts/build.py

# One pytest worker per core (pytest-xdist); a module's tests stay on one worker (--dist loadscope), so that
# a module's fixtures (a build, a browser) are made once. The browser tests spend much of their time
# waiting on Chromium, which runs beside them.
test: lint js-test browser ## everything: lint, the Node tests, then the unit, site and browser tests
	$(PY) -m pytest -n auto --dist loadscope --no-loadscope-reorder

unit: $(DEV_STAMP) ## only the fast tests of the pure modules
	$(PY) -m pytest tests/unit

# The Node tests of the site's JavaScript modules (tests/js/): the lookup's matching policy, its
# relevance suite on the real data (written by `python -m factbase.render.lookup`), the folding shared with
# Python. A few seconds, no browser. `node tests/js/relevance.mjs` prints the relevance figures.
# tests/js/lint.test.mjs: the ESLint check of `make lint` fails on a mistake planted in a script.
js-test: $(DEV_STAMP) $(NODE_STAMP) ## the Node tests of the lookup's JavaScript modules (node --test)
	PYTHON=$(PY) node --test tests/js/

# The checks of a build that need no build, in a few seconds; .pre-commit-config.yaml runs the same
# commands. Each one is explained, with its messages, in CONTRIBUTING.md ("Checks").
# (Not .github/pull_request_template.md: it has no title, by design, which MD041 would report.)
MARKDOWN_FILES = $$(find docs -name '*.md' -not -path 'docs/assureurs/*') *.md
# ESLint (eslint.config.js: its recommended rules) reads the site's JavaScript and its Node tests;
# about 1 s of CPU, 0.3 s when its cache (by content, and by config and ESLint version) is warm.
# scripts/eslint-format.js prints each problem as path:line:column, as the other checks do.
JS_FILES = overrides/assets/javascripts tests/js eslint.config.js scripts/eslint-format.js
ESLINT_CACHE = --cache --cache-strategy content --cache-location .cache/eslint/
lint: $(DEV_STAMP) $(NODE_STAMP) ## ruff, ESLint, data and Markdown in canonical form, data and page rules (FR/EN parity...), pymarkdown
	@# Every check runs, even after one fails, so that one run lists every problem.
	@status=0; \
	echo '$(BIN)/ruff check .'; $(BIN)/ruff check . || status=1; \
	echo 'node_modules/.bin/eslint $(JS_FILES)'; node_modules/.bin/eslint --format ./scripts/eslint-format.js $(ESLINT_CACHE) $(JS_FILES) || status=1; \
	echo '$(PY) -m factbase.tools.fmt --check'; $(PY) -m factbase.tools.fmt --check || status=1; \
	echo '$(PY) -m factbase.tools.check'; $(PY) -m factbase.tools.check || status=1; \
	echo '$(BIN)/pymarkdown scan ...'; $(BIN)/pymarkdown scan $(MARKDOWN_FILES) || status=1; \
	exit $$status

fmt: $(RUNTIME_STAMP) ## sort and normalise data/*.yaml (keeping comments) and the Markdown's whitespace
	$(PY) -m factbase.tools.fmt

fmt-check: $(RUNTIME_STAMP) ## fail if `make fmt` would change a file (`make lint` runs it)
	$(PY) -m factbase.tools.fmt --check

# Scaffolds: a record with every required field, each one to fill in holding a TODO that the build
# rejects. The record is sorted into place; the command prints its line. (SCAFFOLD_ARGS: for tests.)
new-insurer: $(RUNTIME_STAMP) ## add an insurer to data/insurers.yaml: make new-insurer NAME="Mutuelle Exemple"
	$(PY) -m factbase.tools.scaffold insurer --name "$${NAME-}" $(SCAFFOLD_ARGS)

new-update: $(RUNTIME_STAMP) ## add an entry to data/updates.yaml, dated today (or DATE=YYYY-MM-DD)
	$(PY) -m factbase.tools.scaffold update $(if $(DATE),--date "$(DATE)") $(SCAFFOLD_ARGS)

new-event: $(RUNTIME_STAMP) ## add an event to data/timeline.yaml: make new-event DATE=YYYY-MM-DD
	$(PY) -m factbase.tools.scaffold event $(if $(DATE),--date "$(DATE)") $(SCAFFOLD_ARGS)

N ?= 10000
SYNTHETIC_DIR := .cache/synthetic-$(N)
synthetic: $(RUNTIME_STAMP) ## write N synthetic insurers (default 10000) into .cache/synthetic-N/
	$(PY) scripts/synthetic_data.py $(N) $(SYNTHETIC_DIR)

# Builds into .cache/site-synthetic-N, never site/. The insurer pages of docs/assureurs/ follow the
# synthetic data until the next normal build.
build-synthetic: synthetic ## build the site from the N synthetic insurers into .cache/site-synthetic-N/
	SITE_DATA_DIR=$(SYNTHETIC_DIR) $(BIN)/mkdocs build --strict --site-dir .cache/site-synthetic-$(N)

BENCH_NODE_STAMP := benchmarks/node_modules/.stamp-$(call req_hash,benchmarks/package-lock.json)
# BENCH_QUICK=1 skips the 10,000-insurer builds; `make bench STEPS="weight lighthouse"` reruns some steps.
bench: $(DEV_STAMP) $(BENCH_NODE_STAMP) browser ## measure build speed, scale, preview, page weight, Lighthouse; rewrite BENCHMARKS.md (~20 min)
	BENCH_COMMAND="make bench$(if $(BENCH_QUICK), BENCH_QUICK=$(BENCH_QUICK))$(if $(STEPS), STEPS=\"$(STEPS)\")" \
	  $(PY) -m benchmarks $(STEPS)

$(BENCH_NODE_STAMP): benchmarks/package.json benchmarks/package-lock.json
	@command -v npm >/dev/null || { echo "error: npm is missing (Node >= 20). Run: apt-get install -y nodejs npm" >&2; exit 1; }
	cd benchmarks && npm ci --no-audit --no-fund --loglevel=error
	touch $@

ledger: build ## add every address of the built site to data/published-urls.txt (never removes)
	$(PY) scripts/ledger.py

linkcheck-external: build ## check every external link (sources, pages, unchecked official links); needs the network
	$(PY) scripts/linkcheck_external.py

screenshots: build $(DEV_STAMP) browser ## phone and desktop screenshots of the key pages into screenshots/
	$(PY) -m scripts.screenshots  # a module: it uses the test server (tests/conftest.py)

browser: ## install Debian's chromium and Java (the HTML checker) if missing (needs root)
	@scripts/ensure-system-deps

clean: ## remove build output and caches (keeps .venv)
	rm -rf site .build-* .pytest_cache .ruff_cache docs/assureurs .cache/jinja .cache/cards .cache/eslint

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "error: Python >= 3.11 is needed (Material 9.8). Run: make PYTHON=python3.11 ..." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

# The build backend is pyproject.toml's pinned setuptools (the venv's own is too old to build a wheel).
EDITABLE_INSTALL = $(PY) -m pip install --disable-pip-version-check --quiet --no-deps -e .

$(RUNTIME_STAMP): requirements.txt pyproject.toml | $(PY)
	$(PY) -m pip install --disable-pip-version-check --quiet -r requirements.txt
	$(EDITABLE_INSTALL)
	rm -f $(VENV)/.runtime-* && touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt pyproject.toml | $(PY)
	$(PY) -m pip install --disable-pip-version-check --quiet -r requirements-dev.txt
	$(EDITABLE_INSTALL)
	rm -f $(VENV)/.dev-* $(VENV)/.runtime-* && touch $@ $(RUNTIME_STAMP)

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "error: npm is missing (Node >= 20.19, for ESLint 10). Run: apt-get install -y nodejs npm" >&2; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@
