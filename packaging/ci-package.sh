#!/usr/bin/env bash
# Packaging checks for CI (called by .ci/run after the tests; about two minutes):
#  0. the translations are compiled (resources/translations/*.ts -> .qm), so what ships
#     speaks every language that is translated;
#  1. the desktop entry and the AppStream metadata pass their validators;
#  2. a wheel built from this tree, installed into a fresh virtual environment outside
#     the tree, runs --version and the smoke test (resources, migrations and the sample
#     journal must be package data);
#  3. the PyInstaller one-folder bundle builds and runs --version and the smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen

.venv/bin/python scripts/build_translations.py

desktop-file-validate packaging/linux/io.github.leadjournal.LeadJournal.desktop
appstreamcli validate --no-net packaging/linux/io.github.leadjournal.LeadJournal.metainfo.xml

outside="$(mktemp -d)"
trap 'rm -rf "$outside"' EXIT
.venv/bin/pip wheel --no-deps --wheel-dir "$outside/wheel" .
python3 -m venv "$outside/venv"
"$outside/venv/bin/pip" install --quiet "$outside"/wheel/leadjournal-*.whl
(cd "$outside" && HOME="$outside/home" "$outside/venv/bin/leadjournal" --version \
    && HOME="$outside/home" "$outside/venv/bin/leadjournal" --smoke-test)

.venv/bin/pip install --quiet "pyinstaller>=6.10"
.venv/bin/python packaging/pyinstaller/build.py --check
