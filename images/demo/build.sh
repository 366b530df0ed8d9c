#!/usr/bin/env bash
# Rebuilds the demo image from app/: compiles every .py with mpy-cross (committed next to
# the sources as .mpy), then packs the .mpy files and data into demo.romfs, and records
# what CPython prints for the same sources in expected_output.txt.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf build && mkdir build
(cd app && find . -name '*.py' | while read -r f; do mpy-cross -s "${f#./}" -o "${f%.py}.mpy" "$f"; done)
(cd app && find . -type f ! -name '*.py' | while read -r f; do mkdir -p "../build/$(dirname "$f")"; cp "$f" "../build/$f"; done)
cargo run --quiet --release -- build build -o demo.romfs --no-compile --align 4
(cd app && PYTHONPATH=lib python3 main.py) > expected_output.txt
rm -rf build
