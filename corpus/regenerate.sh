#!/usr/bin/env bash
# Regenerates the committed sample archive and its truth files from scratch:
# the C# generator's families (seed 2026, 80 files) and the LibreOffice-made documents.
# Needs: the .NET SDK, fonts-dejavu-core fonts-liberation2 fonts-crosextra-carlito,
# libreoffice-writer-nogui and poppler-utils (apt-get install).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
rm -rf "$here/archive" "$here/truth" "$here/injected.txt"
dotnet run --project "$root/src/Kompass.Ingest.Cli" -- corpus generate --out "$here" --count 80 --seed 2026
"$here/sources/libreoffice/build.sh" "$here/archive" "$here/truth"

# Two LibreOffice documents in a layout designed after the parsers (corpus/unseen/README.md):
# measured with kompass eval --archive corpus/unseen/archive --truth corpus/unseen/truth, never tuned on.
rm -rf "$here/unseen/archive" "$here/unseen/truth"
"$here/sources/libreoffice/build.sh" --unseen "$here/unseen/archive" "$here/unseen/truth"

# A second such pair, designed after the parsers had been adjusted on the first (corpus/unseen-2/README.md):
# measured with kompass eval --archive corpus/unseen-2/archive --truth corpus/unseen-2/truth, never tuned on.
rm -rf "$here/unseen-2/archive" "$here/unseen-2/truth"
"$here/sources/libreoffice/build.sh" --unseen-2 "$here/unseen-2/archive" "$here/unseen-2/truth"

# The held-out family: analyses in a layout the parsers were never developed on. Eval reports its
# figures separately (kompass eval --archive corpus/heldout/archive --truth corpus/heldout/truth).
rm -rf "$here/heldout"
dotnet run --project "$root/src/Kompass.Ingest.Cli" -- corpus generate --held-out --out "$here/heldout" --count 8 --seed 2026

# Scanned copies of one sample report per era (page images only, no text layer), for measuring OCR:
# kompass eval --archive corpus/scanned/archive --truth corpus/scanned/truth (needs tesseract-ocr, tesseract-ocr-swe).
rm -rf "$here/scanned"
dotnet run --project "$root/src/Kompass.Ingest.Cli" -- corpus scan --source "$here" --out "$here/scanned" --seed 2026
