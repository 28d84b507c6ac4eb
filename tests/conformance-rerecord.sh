#!/usr/bin/env bash
# conformance-rerecord.sh: re-record a rotating sample of the conformance cases on a live PostgreSQL 15
# and check that real PostgreSQL still says what the checked-in recordings say (drift check).
#
# usage: tests/conformance-rerecord.sh [K]         K cases (default 8, or $RERECORD_K); K=all: every case
#   RERECORD_SEED   picks the sample (default: the day of the year, so the sample rotates daily and
#                   covers every case within ceil(N/K) days): the K cases from position SEED*K (mod N)
#                   on, in name order, wrapping around
#   PGCASCADE_SHARED  the shared/ folder (default: <repo>/../shared); without it the check is skipped
#
# Per case and mode the new recording (PG 15 only; cases' "-- modes:"/"-- args:" headers apply) is
# compared with the checked-in NAME.MODE.jsonl by the oracle's compare.py OLD NEW --messages (outcome,
# SQLSTATE, tag, transaction status and message of every statement). A case passes when all its modes
# agree. Last line: "N passed, M failed" (cases); exit status 1 when any case drifted, 2 on a tool error.
set -euo pipefail
HERE=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
TOP=$(git -C "$HERE" rev-parse --show-toplevel 2>/dev/null || dirname "$HERE")
SHARED=${PGCASCADE_SHARED:-$TOP/../shared}
if [ ! -d "$SHARED" ] || [ ! -x "$SHARED/oracle/pg-oracle" ]; then
  echo "conformance re-record skipped: ../shared not found"
  exit 0
fi
SHARED=$(cd "$SHARED" && pwd)
ORACLE_DIR="$SHARED/oracle"
CASES="$TOP/tests/conformance/cases"
RECORD="$TOP/tests/conformance/record.sh"

K=${1:-${RERECORD_K:-8}}
SEED=${RERECORD_SEED:-$((10#$(date +%j)))}
mapfile -t ALL < <(cd "$CASES" && ls [0-9]*.sql | grep -v -e '\.setup\.sql$' -e '\.concurrent\.sql$' | sort)
N=${#ALL[@]}
[ "$N" -gt 0 ] || { echo "conformance re-record: no cases in $CASES" >&2; exit 2; }
if [ "$K" = all ] || [ "$K" -ge "$N" ]; then K=$N; fi
START=$(( (SEED * K) % N ))
SAMPLE=()
for ((i = 0; i < K; i++)); do SAMPLE+=("${ALL[$(( (START + i) % N ))]}"); done
echo "conformance re-record: $K of $N cases (seed $SEED) on PostgreSQL 15"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pgcascade-rerecord.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
if ! PGCASCADE_SHARED=$SHARED "$RECORD" --pg 15 --out "$TMP" "${SAMPLE[@]}" >"$TMP/record.log" 2>&1; then
  cat "$TMP/record.log" >&2
  echo "conformance re-record: recording failed" >&2
  exit 2
fi

passed=0 failed=0
for f in "${SAMPLE[@]}"; do
  name=${f%.sql}
  modes=$(sed -n 's/^-- modes: *//p' "$CASES/$f" | head -n 1)
  ok=1 detail=""
  for m in ${modes:-as-written}; do
    old="$CASES/$name.$m.jsonl" new="$TMP/$name.$m.jsonl"
    if [ ! -f "$old" ]; then ok=0; detail+="    [$m] no checked-in recording $(basename "$old")"$'\n'; continue; fi
    if ! out=$(python3 "$ORACLE_DIR/compare.py" "$old" "$new" --messages 2>&1); then
      ok=0
      detail+="    [$m] $(printf '%s\n' "$out" | grep -v -e '^agreement:' -e ' passed, ' | sed '1!s/^/    /')"$'\n'
    fi
  done
  if [ $ok = 1 ]; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    [ $failed = 0 ] && echo "(in the details below compare.py's real= is the checked-in recording, sim= the new one)"
    failed=$((failed + 1)); echo "FAIL $name"; printf '%s' "$detail"
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
