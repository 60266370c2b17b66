# PCU Academy. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# The address the site is served at (`make run PORT=8101`): admin links, e-mails
# and the QR codes printed on certificates point there, unless set otherwise.
export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
LANGS := ru uz tk kk tg az
# pytest-xdist workers: one per core by default (PYTEST_WORKERS=0 runs in-process).
PYTEST_WORKERS ?= auto
# Debian packages: Pango for WeasyPrint, fonts covering Cyrillic and the
# Uzbek/Turkmen Latin letters, gettext for catalogues; chromium for browser tests.
APT_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-noto-core gettext
# HarfBuzz's subsetter: WeasyPrint embeds font subsets about ten times faster
# with it than with fontTools (Debian 12, Ubuntu 23.04 and later; skipped
# where apt does not have it).
APT_OPTIONAL_PACKAGES := libharfbuzz-subset0
APT_BROWSER_PACKAGES := chromium

.DEFAULT_GOAL := help
.PHONY: help install sysdeps sysdeps-browser npm prod-smoke run serve migrate seed test lint check pytest i18n-check messages compilemessages ci clean bench

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { echo "Cannot create $(VENV): install python3-venv (sudo apt-get install python3-venv)"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $(STAMP)

NPM_STAMP := node_modules/.installed

# --ignore-scripts: h5p-standalone's preinstall hook insists on yarn; we only need its dist/ files.
# The dev dependency is h5p-standalone 2.1.0 for its test/workspace, a real H5P.TrueFalse
# package the tests play (tests/h5p/third_party.py); nothing of it is served.
$(NPM_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || bin/ensure-debian-packages nodejs npm
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $(NPM_STAMP)

npm: $(NPM_STAMP) ## Install the browser assets we serve ourselves (the H5P player) from npm

install: $(STAMP) sysdeps npm ## Create .venv and install Python, npm and system dependencies

sysdeps: ## Install the Debian packages WeasyPrint and the translations need, when missing
	@bin/ensure-debian-packages $(APT_PACKAGES)
	@bin/ensure-debian-packages --optional $(APT_OPTIONAL_PACKAGES)

sysdeps-browser: sysdeps ## Also install Debian's chromium for the browser tests, when missing
	@bin/ensure-debian-packages $(APT_BROWSER_PACKAGES)

compilemessages: $(STAMP) sysdeps ## Compile the translation catalogues in locale/ and locale_vendor/
	$(MANAGE) compilemessages --ignore '.venv/*' --ignore 'node_modules/*' -v 0

migrate: $(STAMP) ## Apply database migrations (SQLite in var/ unless DATABASE_URL is set)
	@mkdir -p var/static
	$(MANAGE) migrate --no-input -v 0

seed: migrate ## Load the demo site and accounts (idempotent)
	$(MANAGE) seed_demo

# The server, and beside it a worker for the queued tasks (certificate PDFs),
# stopped together.
SERVE = $(MANAGE) db_worker -v 0 & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

run: install compilemessages seed ## Install, migrate, load the demo and serve on 127.0.0.1:8000 (with a task worker)
	$(SERVE)

serve: ## Serve without reinstalling (with a task worker)
	$(SERVE)

# The unused-code check: vulture (settings in pyproject.toml, framework entry
# points in vulture_whitelist.py) less the unused variables and attributes it
# guesses at 60 %, which are model fields and Meta, viewset and block options
# that Django and Wagtail read by name (docs/development.md).
lint: $(STAMP) ## ruff format --check, ruff check and the unused-code check (vulture)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	@report=$$($(BIN)/vulture); status=$$?; \
	if [ $$status -ne 0 ] && [ $$status -ne 3 ]; then echo "$$report"; exit $$status; fi; \
	report=$$(printf '%s\n' "$$report" | grep -v "unused \(variable\|attribute\) .*(60% confidence)"); \
	if [ -n "$$report" ]; then printf '%s\n' "$$report"; \
		echo "Unused code: remove it, or list a framework entry point in vulture_whitelist.py (docs/development.md)."; exit 1; fi

check: $(STAMP) ## Django system checks and the migrations check
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run

pytest: $(STAMP) ## The pytest suite only (PYTEST_ARGS to pass options)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

# The suite without tests/i18n, which i18n-check has just run.
test: install sysdeps-browser compilemessages lint check i18n-check ## Install, then lint, checks, i18n-check and the whole suite
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile --ignore=tests/i18n $(PYTEST_ARGS)

i18n-check: $(STAMP) compilemessages ## Catalogues complete in every language and no English left on the trainee pages
	$(BIN)/pytest tests/i18n -q -p no:cacheprovider

messages: $(STAMP) sysdeps ## Update the catalogues of every language in LANGS from the source
	$(MANAGE) makemessages $(addprefix -l ,$(LANGS)) --no-obsolete --ignore '.venv/*' --ignore 'node_modules/*' --ignore 'var/*' --ignore 'tests/*' --ignore 'bench/*'
	$(MANAGE) makemessages -d djangojs $(addprefix -l ,$(LANGS)) --no-obsolete --ignore '.venv/*' --ignore 'node_modules/*' --ignore 'var/*' --ignore 'tests/*'

prod-smoke: $(STAMP) ## Two gunicorn servers and a task worker on production settings against local PostgreSQL
	$(PY) bin/prod-smoke

bench: install ## Benchmark suite with budgets against PostgreSQL: results in bench/results/, summary in docs/performance.md
	@bin/ensure-debian-packages wrk
	$(PY) bench/run.py

ci: ## What CI runs: lint, checks, i18n-check, browser/slow/sqlite tests on SQLite, the rest on PostgreSQL
	bash .ci/run

clean: ## Remove the virtualenv, the local database and caches
	rm -rf $(VENV) var .pytest_cache .ruff_cache
