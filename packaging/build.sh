#!/usr/bin/env bash
# Build the one-folder app bundle for this platform (Linux or macOS) and check it.
#   bash packaging/build.sh        -> dist/checkin/ (Linux) or dist/checkin.app (macOS)
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv-build
.venv-build/bin/pip install -q . "pyinstaller>=6.5"
.venv-build/bin/pyinstaller packaging/checkin.spec --noconfirm --distpath dist --workpath build/pyinstaller
if [ "$(uname)" = Darwin ]; then bin=dist/checkin.app/Contents/MacOS/checkin; else bin=dist/checkin/checkin; fi
QT_QPA_PLATFORM=offscreen "$bin" --self-test
if [ "$(uname)" = Linux ]; then  # packs dist/checkin-VERSION-linux-x86_64.tar.xz, checks its size
  .venv-build/bin/python packaging/bundle_size.py dist/checkin \
    --archive "dist/checkin-$("$bin" --version | cut -d' ' -f2)-linux-x86_64.tar.xz"
fi
