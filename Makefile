# Two commands for a new user: `make run` (the app on the demo workshop) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_DIST := $(VENV)/.installed-dist

.PHONY: run test lint typecheck pytest translations bench clean dist test-dist bench-dist

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

$(STAMP_DIST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dist]'
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

# What a user downloads: the PyInstaller bundle in dist/facilitator-app/ and, on Linux,
# the single file dist/facilitator-app-VERSION-linux-x86_64.run (packaging/build.py).
# Slow (minutes), so not part of `make test`; CI runs it after the tests.
dist: $(STAMP_DIST)
	$(BIN)/python packaging/build.py

# Runs the built programs headless on an empty data folder (packaging/smoke_test.py).
test-dist: $(STAMP_RUN)
	$(BIN)/python packaging/smoke_test.py

# Cold start of the built program to a painted window, next to `make run`'s.
bench-dist: $(STAMP_RUN)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup_dist.py

clean:
	rm -rf $(VENV) .demo-data .pytest_cache .mypy_cache .ruff_cache build dist
