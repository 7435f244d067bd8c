#!/usr/bin/env bash
# Screenshots of the real app under Xvfb on a small generated library:
#   bash packaging/screenshots.sh [OUT_DIR]   (default: screenshots/)
# Produces empty.png (first run), grid.png (a populated grid), editor.png (an image with its caption)
# and export.png (the Export dialog with its pre-flight report).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=${1:-screenshots}
BUILD=${BUILD_DIR:-build}
cmake --build "$BUILD" --target loracraft loracraft-cli bench_import >/dev/null
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_CONFIG_HOME="$WORK/config" XDG_RUNTIME_DIR="$WORK/run"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
shot() { xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD/app/loracraft" --library "$1" --screenshot "$2" "${@:3}"; }

shot "$WORK/empty-lib" "$OUT/empty.png"

"$BUILD/tests/bench_import" --images 48 --generate "$WORK/photos/10_ohwx woman" >/dev/null
i=0
for f in "$WORK/photos/10_ohwx woman"/*.jpg; do
    i=$((i + 1))
    if [ $((i % 4)) -ne 0 ]; then
        printf 'ohwx woman, portrait photo %d, soft window light, shallow depth of field\n' "$i" > "${f%.jpg}.txt"
    fi
done
"$BUILD/app/loracraft-cli" --library "$WORK/lib" import --dataset "Characters/Alice" --create "$WORK/photos" >/dev/null || true
shot "$WORK/lib" "$OUT/grid.png"
shot "$WORK/lib" "$OUT/editor.png" --select 1
xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD/app/loracraft" --library "$WORK/lib" --screenshot-export "$OUT/export.png"
echo "Screenshots in $OUT/"
