#!/usr/bin/env bash
# Rebuilds the logger image from app/: compiles every .py with mpy-cross (committed next to
# the sources as .mpy), packs the .mpy files and config.json into logger.romfs (aligned to
# 4 KiB flash pages so an OTA update rewrites only the pages of changed modules), and
# records what CPython prints for the same sources (through cpython_shim.py) in
# expected_output.txt.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf build && mkdir build
(cd app && find . -name '*.py' | while read -r f; do mpy-cross -s "${f#./}" -o "${f%.py}.mpy" "$f"; done)
(cd app && find . -type f ! -name '*.py' | while read -r f; do mkdir -p "../build/$(dirname "$f")"; cp "$f" "../build/$f"; done)
cargo run --quiet --release -- build build -o logger.romfs --no-compile --align 4096
python3 cpython_shim.py > expected_output.txt
rm -rf build
