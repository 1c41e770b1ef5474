#!/usr/bin/env bash
# Builds the LibreOffice-made sample documents and their truth files.
# Usage: corpus/sources/libreoffice/build.sh [--unseen | --unseen-2] ARCHIVE_DIR TRUTH_DIR
#   --unseen builds data/unseen/ (the documents designed after the parsers, for corpus/unseen);
#   --unseen-2 builds data/unseen-2/ (a second such pair, for corpus/unseen-2).
set -euo pipefail
if [ "$#" -ne 2 ] && ! { [ "$#" -eq 3 ] && { [ "$1" = "--unseen" ] || [ "$1" = "--unseen-2" ]; }; }; then
  echo "usage: $0 [--unseen | --unseen-2] ARCHIVE_DIR TRUTH_DIR" >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# No __pycache__ in the source tree.
export PYTHONDONTWRITEBYTECODE=1
exec python3 "$here/build.py" "$@"
