# Set-up and everyday commands. `make run` and `make test` are all a fresh machine needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED := ../shared
CORPUS := $(SHARED)/corpus/reports
DB := esglens.duckdb

.PHONY: install run test bench score clean

$(BIN)/esglens: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/esglens

install: $(BIN)/esglens

run: install
	$(BIN)/esglens ingest $(CORPUS) --db $(DB)

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/bench_scale.py
	$(BIN)/python bench/bench_extract.py $(CORPUS)
	$(BIN)/python bench/bench_pdf.py

score: install
	bash bench/score_samples.sh
	nice $(BIN)/python bench/score_loo.py --pdf-keys

clean:
	rm -rf $(VENV) $(DB) build *.egg-info
