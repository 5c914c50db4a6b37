#!/usr/bin/env bash
# Build the standalone one-folder program (no Python needed to run it), then smoke-test it.
#   packaging/build_standalone.sh            -> dist/magistere-gui/magistere-gui
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
"$python" -m pip install -q "pyinstaller>=6.5"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/magistere-gui.spec
size=$(du -sh dist/magistere-gui | cut -f1)
echo "standalone build: dist/magistere-gui ($size)"
QT_QPA_PLATFORM=offscreen dist/magistere-gui/magistere-gui --self-test
