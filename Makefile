# Zaosong — the two commands: `make run` (start the app) and `make test` (run the tests).
# Each makes its own virtual environment with the pinned versions and compiles the translations.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test bench screenshots installer clean translations lupdate

$(STAMP): requirements.txt requirements-test.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip==26.3
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(PY) -m ui $(ARGS)

test: $(STAMP) translations
	$(PY) -m pytest -q -p no:cacheprovider tests $(PYTEST_ARGS)

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

lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete ui/*.py -ts resources/i18n/zaosong_zh_CN.ts resources/i18n/zaosong_en.ts
	$(PY) resources/i18n/fill_zh_CN.py

clean:
	rm -rf $(VENV) build dist resources/i18n/*.qm
