# Set-up and everyday commands. `make run` and `make test` are all a fresh machine needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED := ../shared
CORPUS := $(SHARED)/corpus/reports
DB := esglens.duckdb

.PHONY: install run test bench bench-quick bench-web bench-hostile score clean

$(BIN)/esglens: pyproject.toml setup.py src/esglens/read/_pdfium_chars.c
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/esglens

install: $(BIN)/esglens

run: install
	$(BIN)/esglens ingest $(CORPUS) --db $(DB)

test: install
	$(BIN)/python -m pytest

# The full benchmark (long: 40-report ingest, a 10-million-fact library); the web load test runs first.
bench: install
	$(BIN)/python bench/bench_web.py --clients 20
	$(BIN)/python bench/bench_scale.py --skip web
	$(BIN)/python bench/bench_extract.py $(CORPUS)
	$(BIN)/python bench/bench_pdf.py

# A few minutes: the text stages on the sample reports and web p50/p95/p99 at 20 concurrent clients.
bench-quick: install
	$(BIN)/python bench/bench_extract.py $(CORPUS) --repeat 1
	$(BIN)/python bench/bench_web.py --clients 20 --requests 1000

bench-web: install
	$(BIN)/python bench/bench_web.py --clients 20

# The hostile inputs of issue 16 through the CLI: CPU seconds per input and command.
bench-hostile: install
	$(BIN)/python bench/bench_hostile.py

score: install
	bash bench/score_samples.sh
	nice $(BIN)/python bench/score_loo.py --pdf-keys

clean:
	rm -rf $(VENV) $(DB) build *.egg-info
