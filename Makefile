# Two commands for a new user: `make run` (the app on the demo workshop) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint typecheck pytest translations bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(BIN)/facilitator-app --demo --data-dir .demo-data

test: $(STAMP_TEST) lint typecheck pytest

lint: $(STAMP_TEST)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP_TEST)
	$(BIN)/mypy facilitator_app

pytest: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Refresh resources/translations/*.ts from the sources and compile the .qm files.
translations: $(STAMP_RUN)
	$(BIN)/python -m facilitator_app.ui.i18n_tool

bench: $(STAMP_RUN)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .demo-data .pytest_cache .mypy_cache .ruff_cache
