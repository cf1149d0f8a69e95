# Two commands set up everything: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: install demo test bench eval accept clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/eventwire extract examples/market-attack.txt --published 2025-03-14 --source "eventwire example" --format table
	rm -f eventwire.db
	$(BIN)/eventwire ingest examples/market-attack.txt examples/protest.jsonl --db eventwire.db --published 2025-03-14
	@echo "Wrote eventwire.db: try '$(BIN)/eventwire export --db eventwire.db --format csv'"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

eval: $(STAMP)
	$(BIN)/eventwire eval --data $(SHARED)/benchmarks --write docs/benchmarks.md

accept: $(STAMP)
	$(BIN)/eventwire check $(SHARED)/examples/*/

clean:
	rm -rf $(VENV) eventwire.db .pytest_cache
