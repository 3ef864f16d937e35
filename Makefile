# Khaosan: `make demo` runs the demo site, `make test` runs the whole suite. See README.md.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# Our catalogue (locale/) and the Thai Wagtail admin that overrides Wagtail's own (locale_wagtail/).
PO_FILES := $(wildcard locale/*/LC_MESSAGES/django.po locale_wagtail/*/LC_MESSAGES/*.po)
MO_FILES := $(PO_FILES:.po=.mo)
NODE_MODULES := node_modules/.package-lock.json

.PHONY: install browser demo test e2e lint messages lock clean prod-check backup restore load

install: $(INSTALLED) $(MO_FILES) $(NODE_MODULES) browser

# Re-installs when pyproject.toml or the constraints change; versions come from the constraints.
$(INSTALLED): pyproject.toml requirements/constraints.txt
	@command -v msgfmt >/dev/null || { echo "Installing gettext (msgfmt) from Debian"; \
		apt-get update -qq && apt-get install -y -qq gettext; }
	@{ ldconfig -p | grep -q libpangoft2-1.0.so.0 && ldconfig -p | grep -q libharfbuzz-subset.so.0; } || \
		{ echo "Installing pango and HarfBuzz-Subset (WeasyPrint, the request-form PDF) from Debian"; \
		apt-get update -qq && apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3"
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[test]'
	touch $@

# The Sarabun web font, served by the site itself (package-lock.json pins it).
$(NODE_MODULES): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Debian's Chromium for the end-to-end tests (Playwright drives it; it never downloads a browser),
# and Thai fonts so that the admin reads in their screenshots.
browser:
	@{ test -x /usr/bin/chromium && dpkg -s fonts-thai-tlwg >/dev/null 2>&1; } || { echo "Installing Chromium and Thai fonts (end-to-end tests) from Debian"; \
		apt-get update -qq && apt-get install -y -qq chromium fonts-thai-tlwg; }

# Translations are compiled by the build, never committed.
%.mo: %.po
	msgfmt --check -o $@ $<

demo: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	@echo "Khaosan demo: http://127.0.0.1:8000/  admin: http://127.0.0.1:8000/admin/"
	$(BIN)/python manage.py runserver 127.0.0.1:8000

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Lint, then the suite on SQLite and on PostgreSQL (see scripts/run-tests).
test: lint
	scripts/run-tests

# `manage.py check --deploy` on the production settings: must report no issue at all. Uses the
# environment's values (e.g. /etc/khaosan/khaosan.env exported), sample ones for what is unset.
prod-check: install
	scripts/prod-check

# Back up the database (pg_dump) and every media file into var/backups/<time>/ (or BACKUP=dir),
# and put one back: `make restore BACKUP=var/backups/<time>`. Settings come from the environment.
backup: install
	$(BIN)/python manage.py backup $(if $(BACKUP),--output "$(BACKUP)")

restore: install
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=var/backups/<time>" >&2; exit 2; }
	$(BIN)/python manage.py restore "$(BACKUP)"

# The load benchmark: gunicorn + PostgreSQL + Redis on loopback, measured by wrk (Debian).
load: install
	@command -v wrk >/dev/null || { echo "Installing wrk from Debian"; \
		apt-get update -qq && apt-get install -y -qq wrk; }
	$(BIN)/python benchmarks/load.py

# The end-to-end journeys and the accessibility check alone (tests/e2e), with axe's counts printed.
# Screenshots of every step: var/e2e-artifacts/. `make test` runs them too.
e2e: install
	mkdir -p var
	DATABASE_URL="sqlite:///$(CURDIR)/var/test-e2e.db" PYTHAINLP_OFFLINE=1 $(BIN)/pytest tests/e2e -rP

# Refresh the Thai catalogue's msgids from the code; then translate every new msgid.
# (Wagtail's admin strings live in locale_wagtail/: scripts/wagtail-thai refreshes them.)
messages: install
	$(BIN)/python manage.py makemessages -l th --no-location \
		--ignore=.venv --ignore=tests --ignore=var --ignore=benchmarks

# Re-resolve every version from pyproject.toml alone, in a scratch venv, after changing it.
lock:
	rm -rf $(VENV)-lock && $(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/python -m pip install --quiet -e '.[test]'
	{ head -2 requirements/constraints.txt; $(VENV)-lock/bin/python -m pip freeze --exclude-editable; } \
		> requirements/constraints.txt.new
	mv requirements/constraints.txt.new requirements/constraints.txt && rm -rf $(VENV)-lock

clean:
	rm -rf $(VENV) var db.sqlite3 $(MO_FILES) node_modules
