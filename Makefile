# make            create .venv, install, rebuild $(OUT) from $(RAW)   (RAW=raw OUT=output)
# make test       run the test suite (installs first if needed)
# make model      retrain the bundled NER model on BC5CDR ($(PIPELINE_DATA))
# make bench-clean  boilerplate removal vs. trafilatura ($(PIPELINE_DATA)) -> benchmarks/results/clean.*
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RAW    ?= raw
OUT    ?= output
PIPELINE_DATA ?= ../shared/data
export PIPELINE_DATA
INSTALLED := $(VENV)/.installed
CHROMIUM  := /usr/bin/chromium

.PHONY: all build test model clean-build eval bench bench-ner bench-rel bench-clean bench-unseen

all: build

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@

# The pipeline's own content-hash cache (build/) makes an unchanged rebuild a no-op.
build: $(INSTALLED)
	$(BIN)/python -m pipeline run --raw "$(RAW)" --out "$(OUT)"
	$(BIN)/python -m pipeline report --out "$(OUT)"

test: $(INSTALLED) $(CHROMIUM)
	$(BIN)/python -m pytest

# Headless Chromium for tests/test_report.py (Debian package `chromium`).
$(CHROMIUM):
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium) \
		|| echo "chromium could not be installed (not root?): the browser test will be skipped"

model: $(INSTALLED)
	$(BIN)/python benchmarks/train_ner.py

clean-build:
	rm -rf build $(OUT)

eval: $(INSTALLED)
	$(BIN)/python -m pipeline evaluate --gold gold --raw "$(RAW)" --out "$(OUT)"

bench-rel: $(INSTALLED)
	$(BIN)/python benchmarks/bench_rel.py

bench-unseen: $(INSTALLED)
	$(BIN)/python benchmarks/bench_unseen.py

bench: $(INSTALLED)
	$(BIN)/python benchmarks/bench_speed.py

bench-ner: $(INSTALLED)
	$(BIN)/python benchmarks/bench_ner.py

bench-clean: $(INSTALLED)
	$(BIN)/python benchmarks/bench_clean.py
