# Set-up and the two jobs the README starts with. Needs python3 (3.11+) and make.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup bench clean

$(BIN)/frontline: setup.cfg pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

setup: $(BIN)/frontline

# The main job: gazetteer ($FRONTLINE_GEONAMES, else downloaded), the seed article, the map site.
run: setup
	$(BIN)/frontline run seeds/ --out maps/

# The tests; browser tests need Debian's chromium, installed here when missing (as root).
test: setup
	bash scripts/install-chromium.sh
	$(BIN)/python -m pytest -q

bench: setup
	for b in bench/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache test-artifacts
