#!/usr/bin/env bash
# The GitHub Action's check step (action.yml): its inputs, from INPUT_* variables, as the command
# line's options; the exit code is the command line's (1 on errors, or on more warnings than
# max-warnings). Runs in the repository root, so that the annotations' paths are the repository's.
set -euo pipefail
cli="$(dirname "$0")/../../dist/cli.js"
args=(--format github)
[ -n "${INPUT_MODEL_VERSION:-}" ] && args+=(--model-version "$INPUT_MODEL_VERSION")
[ -n "${INPUT_MAX_WARNINGS:-}" ] && args+=(--max-warnings "$INPUT_MAX_WARNINGS")
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
while IFS= read -r line; do
  [ -n "$line" ] && args+=(--read-as "$line")
done <<< "${INPUT_READ_AS:-}"
# Paths split on spaces and newlines; globs go to the command line unexpanded (set -f), which
# expands them itself (** included) and leaves out what the settings exclude.
set -f
for path in ${INPUT_PATHS:-.}; do args+=("$path"); done
set +f
exec node "$cli" "${args[@]}"
