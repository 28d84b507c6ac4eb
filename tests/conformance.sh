#!/usr/bin/env bash
# Measures the simulator against real PostgreSQL with the oracle's own tool (compare.py):
#   1. the oracle's recorded cases (PG 15 and PG 18), and
#   2. the six real projects' migration histories replayed on PG 15 (../shared/oracle/replay).
# Prints the agreement figures; fails when a history's agreement drops below the floor recorded
# in tests/conformance/replay-floors.tsv (raise a floor when the simulator improves).
# Statement-level checks of every case live in `cargo test -p pgcascade-core --test conformance`.
# Without ../shared (a clone used elsewhere) it says so and exits 0.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${PGCASCADE_SHARED:-$ROOT/../shared}
if [ ! -f "$SHARED/oracle/compare.py" ]; then
  echo "conformance skipped: $SHARED/oracle not found"
  exit 0
fi
cd "$ROOT"
cargo build -q -p pgcascade-cli
BIN=$ROOT/target/debug/pgcascade
ORACLE=$SHARED/oracle
OUT=$ROOT/target/conformance
mkdir -p "$OUT"

for pg in 15 18; do
  echo "== oracle cases, PostgreSQL $pg"
  python3 "$ORACLE/compare.py" --cases "$ORACLE/cases" --pg "$pg" --quiet \
    --sim "$BIN simulate --mode {mode} {setup} --pg {pg} --format jsonl {file}" | tail -n 2 | head -n 1 || true
done

passed=0
failed=0
echo "== history replays, PostgreSQL 15"
while IFS=$'\t' read -r repo floor; do
  case "$repo" in ''|'#'*) continue ;; esac
  manifest=$ORACLE/replay/$repo.tsv
  "$BIN" simulate --history-manifest "$manifest" --setup "$ORACLE/replay/$repo.setup.sql" \
    --pg 15 --format jsonl >"$OUT/$repo.jsonl"
  line=$(python3 "$ORACLE/compare.py" "$ORACLE/replay/$repo.pg15.jsonl" "$OUT/$repo.jsonl" --quiet \
    | grep '^agreement:' || true)
  pct=$(sed -n 's/.*(\([0-9.]*\)%).*/\1/p' <<<"$line")
  if python3 -c "import sys; sys.exit(0 if float('${pct:-0}') >= float('$floor') else 1)"; then
    echo "ok   $repo: $line (floor $floor%)"
    passed=$((passed + 1))
  else
    echo "FAIL $repo: $line, below the floor of $floor%"
    failed=$((failed + 1))
  fi
done <"$ROOT/tests/conformance/replay-floors.tsv"
echo "replays: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
