#!/usr/bin/env bash
# Builds the LibreOffice-made sample documents and their truth files.
# Usage: corpus/sources/libreoffice/build.sh [--unseen] ARCHIVE_DIR TRUTH_DIR
#   --unseen builds data/unseen/ (the documents designed after the parsers, for corpus/unseen).
set -euo pipefail
if [ "$#" -ne 2 ] && ! { [ "$#" -eq 3 ] && [ "$1" = "--unseen" ]; }; then
  echo "usage: $0 [--unseen] ARCHIVE_DIR TRUTH_DIR" >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# No __pycache__ in the source tree.
export PYTHONDONTWRITEBYTECODE=1
exec python3 "$here/build.py" "$@"
