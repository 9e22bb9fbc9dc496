# One command to run the bot, one to run the tests; each creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	@$(BIN)/aftercare-bot run --fallback-chat

test: $(STAMP)
	$(BIN)/ruff check bot tests benchmarks
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/aftercare-bot eval eval/rounds/*.jsonl

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_engine.py
	$(BIN)/python benchmarks/bench_bot.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
