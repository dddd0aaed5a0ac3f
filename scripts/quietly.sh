#!/usr/bin/env bash
# quietly.sh LOG COMMAND...: runs COMMAND with its output appended to LOG, and shows the end of
# LOG only if it fails, so that a passing run prints what it did and not the tools' chatter.
set -uo pipefail
log=$1
shift
mkdir -p "$(dirname "$log")"
if ! "$@" >>"$log" 2>&1; then
  status=$?
  printf 'failed: %s\n--- last lines of %s ---\n' "$*" "$log" >&2
  tail -n 40 "$log" >&2
  exit "$status"
fi
