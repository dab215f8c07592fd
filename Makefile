# Flashpoint: `make run` sets everything up and runs the main job; `make test` runs the whole suite.
# Needs only Debian's python3 (3.11) and make; the Makefile installs the Debian packages it needs
# (python3-venv; for tests also postgresql and chromium) when they are missing and it runs as root.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
FP := $(VENV)/bin/flashpoint
SHARED ?= ../shared
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test setup setup-test model sense-model genre-model casualty-model speaker-model eval-nlp bench fuzz soak gazetteer kb-tables clean serve

run: setup
	$(FP) ingest examples/
	$(FP) summary

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -m venv --help >/dev/null 2>&1 && $(PYTHON) -c "import ensurepip" 2>/dev/null || scripts/apt-install.sh python3-venv
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip setuptools wheel
	$(PIP) install -q -e .
	touch $(STAMP)

setup-test: $(TEST_STAMP)

$(TEST_STAMP): $(STAMP)
	$(PIP) install -q -e '.[test]'
	scripts/setup-test-services.sh
	touch $(TEST_STAMP)

test: setup-test
	scripts/run-tests.sh

model: setup
	$(PY) training/train.py --shared $(SHARED) $(MODEL_ARGS)

sense-model: setup
	$(PIP) install -q -e '.[train]'
	$(PY) training/train_sense.py --shared $(SHARED)

genre-model: setup
	$(PIP) install -q -e '.[train]'
	$(PY) training/train_genre.py --shared $(SHARED)

casualty-model: setup
	$(PIP) install -q -e '.[train]'
	$(PY) training/train_casualty.py --shared $(SHARED)

speaker-model: setup
	$(PIP) install -q -e '.[train]'
	$(PY) training/train_speakers.py

eval-nlp: setup
	$(PY) training/eval_nlp.py --shared $(SHARED)

gazetteer: setup
	$(PIP) install -q -e '.[build]'
	$(PY) scripts/build_gazetteer.py --shared $(SHARED)

# the agents and organisations the KB takes from the open PLOVER and Phoenix dictionaries in ../shared
kb-tables: setup
	FLASHPOINT_SHARED=$(SHARED) $(PY) scripts/build_agents_table.py
	FLASHPOINT_SHARED=$(SHARED) $(PY) scripts/build_organisations_table.py
	FLASHPOINT_SHARED=$(SHARED) $(PY) scripts/build_armed_groups_table.py
	FLASHPOINT_SHARED=$(SHARED) $(PY) scripts/build_persons_table.py
	FLASHPOINT_SHARED=$(SHARED) $(PY) scripts/build_parties_table.py

bench: setup
	scripts/run-bench.sh

fuzz: setup
	scripts/fuzz.sh

soak: setup-test
	scripts/soak.sh

serve: setup
	$(FP) serve

clean:
	rm -rf $(VENV) build *.egg-info
