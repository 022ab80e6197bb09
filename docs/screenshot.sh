#!/bin/sh
# Regenerate docs/report.png from the report of `make` (OUT=output): headless Chromium,
# 1280x2400, reduced to a 256-colour PNG.  Usage: sh docs/screenshot.sh [OUT]
set -e
OUT="${1:-output}"
PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
  --user-data-dir="$PROFILE" --screenshot="$PROFILE/shot.png" --window-size=1280,2400 \
  "file://$(realpath "$OUT")/report/index.html" 2>/dev/null
.venv/bin/python -c "
import sys
from PIL import Image
Image.open(sys.argv[1]).convert('RGB').quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(sys.argv[2], optimize=True)
" "$PROFILE/shot.png" docs/report.png
ls -l docs/report.png
