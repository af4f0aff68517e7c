# Zaosong — the two commands: `make run` (start the app) and `make test` (run the tests).
# Each makes its own virtual environment with the pinned versions and compiles the translations.
# Python 3.12 or newer: on 3.11 `None` is not immortal, and PySide6 6.12 drops a reference to it on
# every QTableWidgetItem/QTreeWidgetItem setData, which aborts the process (issue 13). The first
# interpreter that is at least 3.12: python3.12, python3, then pyenv's 3.12 and 3.13.
PYTHON ?= $(shell for p in python3.12 python3 python3.13 $$HOME/.pyenv/versions/3.12*/bin/python3 \
  /root/.pyenv/versions/3.12*/bin/python3 $$HOME/.pyenv/versions/3.13*/bin/python3; do \
  $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && { echo $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
# named after the interpreter line, so an older .venv (3.11) is rebuilt rather than reused
STAMP := $(VENV)/.installed-py3.12
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test bench screenshots installer clean translations lupdate

$(STAMP): requirements.txt requirements-test.txt pyproject.toml
	@test -n "$(PYTHON)" || { echo "Zaosong needs Python 3.12 or newer (python3.12 on PATH, or PYTHON=/path/to/python3.12 make ...)"; exit 1; }
	$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null || rm -rf $(VENV)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip==26.3
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Qt's system libraries: without them Qt aborts or fails deep in an import; check_qt.py says in one
# line which Debian packages to install instead (a child process tries Qt offscreen; about a second).
run: $(STAMP) translations
	@$(PY) tests/check_qt.py --xcb
	$(PY) -m ui $(ARGS)

test: $(STAMP) translations
	@$(PY) tests/check_qt.py
	$(VENV)/bin/ruff check app ui reports tests resources
	$(PY) -m pytest -q -p no:cacheprovider -n auto --dist loadfile tests $(PYTEST_ARGS)

bench: $(STAMP) translations
	$(PY) tests/bench/run_all.py

screenshots: $(STAMP) translations
	if command -v xvfb-run >/dev/null; then \
	  xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) tests/screenshots.py screenshots; \
	  xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) tests/screenshots.py screenshots --lang en; \
	else \
	  QT_QPA_PLATFORM=offscreen $(PY) tests/screenshots.py screenshots; \
	fi

installer: $(STAMP) translations
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller build_installer.spec

# lupdate keeps the translations already in the .ts files: they are the one source of the
# Chinese texts (translate the new, unfinished entries in Qt Linguist, then `make translations`)
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete ui/*.py -ts resources/i18n/zaosong_zh_CN.ts resources/i18n/zaosong_en.ts

clean:
	rm -rf $(VENV) build dist resources/i18n/*.qm
