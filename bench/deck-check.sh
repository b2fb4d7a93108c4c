#!/usr/bin/env bash
# The deck checked by eye: writes the export-all deck of data/ in every language (en, ar, zh, ru) and theme
# (light, dark) with src/test/java/org/ccfacts/export/DeckSamples.java (the timeline's picture is a blank
# there: the browser draws it in the app), converts each with LibreOffice headless to PDF and each page to a
# PNG at 50 dpi, into target/deck-check/ (pptx/, pdf/, png/{lang}_{theme}-{page}.png). Open the PNGs in an
# image viewer. LibreOffice is a check run by hand, never part of ./mvnw verify.
# Needs: soffice (Debian: apt-get install libreoffice-impress), pdftoppm (poppler-utils). About 1 minute.
# Usage: bench/deck-check.sh [DPI]
source "$(dirname "$0")/common.sh"
DPI=${1:-50}; OUT="$ROOT/target/deck-check"
command -v soffice >/dev/null || { echo "deck-check: soffice not found (apt-get install libreoffice-impress)" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "deck-check: pdftoppm not found (apt-get install poppler-utils)" >&2; exit 1; }
(cd "$ROOT" && ./mvnw -B -q -DskipTests test-compile) >&2
CP="$ROOT/target/classes:$(probe_classpath)"
rm -rf "$OUT"; mkdir -p "$OUT/pptx" "$OUT/pdf" "$OUT/png"
(cd "$ROOT" && java -cp "$CP" org.ccfacts.export.DeckSamples "$OUT/pptx")
PROFILE=$(mktemp -d /tmp/ccfacts-soffice.XXXXXX)
trap 'rm -rf "$PROFILE"' EXIT
for deck in "$OUT"/pptx/*.pptx; do
  soffice -env:UserInstallation="file://$PROFILE" --headless --convert-to pdf --outdir "$OUT/pdf" "$deck" >/dev/null
  name=$(basename "$deck" .pptx); name=${name#deck_}
  pdftoppm -png -r "$DPI" "$OUT/pdf/deck_$name.pdf" "$OUT/png/$name"
done
ls "$OUT/png" | wc -l | xargs echo "deck-check: pages written to $OUT/png:"
