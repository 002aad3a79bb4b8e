#!/usr/bin/env bash
# Score esglens on the sample reports against ../shared/eval keys (facts, index, findings).
set -u
cd "$(dirname "$0")/.."
shared=../shared
[ -d "$shared/eval/gold" ] || { echo "../shared not present: nothing to score"; exit 0; }
tmp=$(mktemp -d)
for key in "$shared"/eval/gold/*.json; do
  name=$(basename "$key" .json)
  report="$shared/corpus/reports/$name.txt"
  [ -f "$report" ] || continue
  .venv/bin/esglens extract "$report" --format jsonl >"$tmp/f.jsonl"
  args=(--facts "$tmp/f.jsonl")
  .venv/bin/esglens index "$report" --format jsonl >"$tmp/i.jsonl" 2>/dev/null && args+=(--index "$tmp/i.jsonl")
  .venv/bin/esglens check "$report" --format jsonl >"$tmp/c.jsonl" 2>/dev/null && args+=(--findings "$tmp/c.jsonl")
  python3 "$shared/eval/score.py" "$key" "${args[@]}"
done
rm -rf "$tmp"
