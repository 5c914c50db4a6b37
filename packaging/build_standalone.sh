#!/usr/bin/env bash
# Build the standalone one-folder program (no Python needed to run it) and its archive, then
# smoke-test them: the self-test (every plugin the program needs loads) and the demo.
#   packaging/build_standalone.sh   -> dist/magistere-gui/magistere-gui, dist/magistere-gui-*.tar.gz
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
"$python" -m pip install -q "pyinstaller>=6.5"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/magistere-gui.spec
version=$("$python" -c "import magistere_gui; print(magistere_gui.__version__)")
archive="dist/magistere-gui-$version-$(uname -s | tr 'A-Z' 'a-z')-$(uname -m).tar.gz"
tar -C dist -czf "$archive" magistere-gui
echo "standalone build: dist/magistere-gui ($(du -sm dist/magistere-gui | cut -f1) MB)," \
  "archive: $archive ($(( $(stat -c %s "$archive") / 1048576 )) MB)"
QT_QPA_PLATFORM=offscreen dist/magistere-gui/magistere-gui --self-test
# The demo from the build itself: the simulator, its captcha images, every page read (GET only).
dist/magistere-gui/magistere-gui --demo --check-sites > build/standalone-demo-check.txt
tail -n 1 build/standalone-demo-check.txt
