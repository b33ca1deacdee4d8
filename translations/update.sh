#!/bin/sh
# Update the Qt Linguist sources (checkin_de.ts, checkin_ru.ts) from every checkin/**/*.py.
# New texts arrive as unfinished; translate them in Qt Linguist (or translations/fill.py)
# before committing.  Usage: translations/update.sh [folder with the .ts files]
set -e
cd "$(dirname "$0")/.."
OUT="${1:-translations}"
# shellcheck disable=SC2046  # one argument per source file
pyside6-lupdate -locations none -no-obsolete -source-language en \
    $(find checkin -name '*.py' | LC_ALL=C sort) \
    -ts "$OUT/checkin_de.ts" "$OUT/checkin_ru.ts"
