#!/usr/bin/env bash
# Collect the UI strings into the .ts files (Qt Linguist), then compile them to .qm.
# Edit resources/translations/magistere_fr.ts with `pyside6-linguist` between the two steps.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(dirname "$(command -v python)")"
sources=$(git ls-files 'magistere_gui/*.py' | grep -v '^magistere_gui/simulator/')
for language in fr en; do
  "$bin/pyside6-lupdate" $sources -no-obsolete -source-language en -target-language "$language" \
    -ts "resources/translations/magistere_$language.ts"
  "$bin/pyside6-lrelease" "resources/translations/magistere_$language.ts" \
    -qm "resources/translations/magistere_$language.qm"
done
