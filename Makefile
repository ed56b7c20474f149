# Concord: `make run` sets up and runs the main job; `make test` runs every test.
VENV   ?= .venv
PYTHON ?= python3
BIN    := $(VENV)/bin

.PHONY: run test test-sqlite test-postgres bench bench-core bench-ingest bench-papers bench-web lint clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml node_modules/.installed scripts/ensure-pango.sh scripts/ensure-libreoffice.sh \
		scripts/ensure-debian.sh | $(BIN)/activate
	scripts/ensure-pango.sh
	scripts/ensure-libreoffice.sh
	$(BIN)/pip install -q -e .
	@# compiled once here, so start-up does not compile where bytecode writing is off
	$(BIN)/python -m compileall -q -j 0 $(VENV)/lib concord > /dev/null || true
	touch $@

## GOV.UK Frontend and axe-core from npm (package-lock.json), and the web
## application's static files built from them into concord/web/static/.
node_modules/.installed: package.json package-lock.json concord/web/frontend/* scripts/build-assets.sh
	npm ci --no-audit --no-fund --loglevel=error
	scripts/build-assets.sh
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e '.[test]'
	touch $@

## The main job on the embedded default: SQLite ./concord.db, the demo data
## (its accounts are printed when first made), then the web application on
## http://127.0.0.1:8000 until stopped.
run: $(VENV)/.installed
	$(BIN)/concord init
	$(BIN)/concord demo
	$(BIN)/concord serve

## The whole suite, on SQLite and then on a throw-away PostgreSQL server.
test: $(VENV)/.installed-test
	$(BIN)/lint-imports
	$(BIN)/mypy
	scripts/test-sqlite.sh
	scripts/test-postgres.sh

test-sqlite: $(VENV)/.installed-test
	scripts/test-sqlite.sh

test-postgres: $(VENV)/.installed-test
	scripts/test-postgres.sh

## Benchmarks (see docs/benchmarks.md).
bench: bench-core bench-ingest bench-papers

bench-core: $(VENV)/.installed-test
	$(BIN)/python benchmarks/core/run.py

## The web application under load (20 clients), on SQLite, then on a throw-away PostgreSQL.
bench-web: $(VENV)/.installed-test
	$(BIN)/pip install -q -e '.[bench]'
	scripts/ensure-debian.sh "the web benchmark's load generator" wrk
	$(BIN)/python benchmarks/web/run.py
	benchmarks/web/with-postgres.sh $(BIN)/python benchmarks/web/run.py

## A 100-page agenda pack to PDF, against bare WeasyPrint on the same HTML.
bench-papers: $(VENV)/.installed-test
	$(BIN)/python benchmarks/papers/run.py

bench-ingest: $(VENV)/.installed-test
	$(BIN)/pip install -q -e '.[bench-peers]'
	$(BIN)/python benchmarks/ingest/run.py

clean:
	rm -rf $(VENV) node_modules concord/web/static concord.db concord.db-wal concord.db-shm .pytest_cache .hypothesis .mypy_cache
