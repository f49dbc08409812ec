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
req_hash = $(shell cat $(1) | sha256sum | cut -c1-16)
RUNTIME_STAMP := $(VENV)/.runtime-$(call req_hash,requirements.txt)
DEV_STAMP := $(VENV)/.dev-$(call req_hash,requirements.txt requirements-dev.txt)
NODE_STAMP := node_modules/.stamp-$(call req_hash,package-lock.json)
# SOURCE_DATE_EPOCH pins every date the build writes (sitemap lastmod) to the last commit.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export NO_MKDOCS_2_WARNING := 1

.PHONY: help serve build test lint unit site-tests browser-tests fmt fmt-check bench clean browser synthetic build-synthetic

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

serve: $(RUNTIME_STAMP) ## build and preview at http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(RUNTIME_STAMP) ## strict build into site/ (replaced only if the build succeeds)
	$(PY) scripts/build.py

test: $(DEV_STAMP) $(NODE_STAMP) browser ## everything: lint, unit, site and browser tests
	$(BIN)/ruff check .
	$(PY) -m factbase.fmt --check
	$(PY) -m pytest

unit: $(DEV_STAMP) ## only the fast tests of the pure modules
	$(PY) -m pytest tests/unit

lint: $(DEV_STAMP) ## ruff on the Python code, and the data files in canonical form
	$(BIN)/ruff check .
	$(PY) -m factbase.fmt --check

fmt: $(RUNTIME_STAMP) ## sort and normalise the data files (data/*.yaml), keeping their comments
	$(PY) -m factbase.fmt

fmt-check: $(RUNTIME_STAMP) ## fail if `make fmt` would change a data file (CI runs it in lint and test)
	$(PY) -m factbase.fmt --check

N ?= 10000
SYNTHETIC_DIR := .cache/synthetic-$(N)
synthetic: $(RUNTIME_STAMP) ## write N synthetic insurers (default 10000) into .cache/synthetic-N/
	$(PY) scripts/synthetic_data.py $(N) $(SYNTHETIC_DIR)

# Builds into .cache/site-synthetic-N, never site/. The insurer pages of docs/assureurs/ follow the
# synthetic data until the next normal build.
build-synthetic: synthetic ## build the site from the N synthetic insurers into .cache/site-synthetic-N/
	SITE_DATA_DIR=$(SYNTHETIC_DIR) $(BIN)/mkdocs build --strict --site-dir .cache/site-synthetic-$(N)

bench: ## (stub until issue 8 lands) build-speed and page-weight benchmarks
	@echo "make bench is not built yet (issue 8)"; exit 1

browser: ## install Debian's chromium if it is missing (needs root)
	@scripts/ensure-system-deps

clean: ## remove build output and caches (keeps .venv)
	rm -rf site .pytest_cache .ruff_cache docs/assureurs

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "error: Python >= 3.11 is needed (Material 9.8). Run: make PYTHON=python3.11 ..." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(RUNTIME_STAMP): requirements.txt | $(PY)
	$(PY) -m pip install --disable-pip-version-check --quiet -r requirements.txt
	rm -f $(VENV)/.runtime-* && touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --disable-pip-version-check --quiet -r requirements-dev.txt
	rm -f $(VENV)/.dev-* $(VENV)/.runtime-* && touch $@ $(RUNTIME_STAMP)

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "error: npm is missing (Node >= 20). Run: apt-get install -y nodejs npm" >&2; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@
