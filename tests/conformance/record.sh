#!/usr/bin/env bash
# record.sh: record pgcascade's conformance cases on real PostgreSQL with the shared pg-oracle.
#
# usage: tests/conformance/record.sh [--pg 15|18|both|env] [--out DIR] [CASE ...]
#   CASE      NAME, NAME.sql, a path to one, or a unique prefix (the number); default: every [0-9]*.sql in tests/conformance/cases
#             (NAME.setup.sql / NAME.concurrent.sql are never cases themselves)
#   --pg V    start a throwaway server with the oracle's bin/pg-up for the run and stop it after;
#             "both" (default) = 15, then 18. "env": use the server in $ORACLE_DSN and the output
#             suffix $SUFFIX (empty for PG 15, ".pg18" for PG 18), like cases/run-all.sh without --pg
#   --out DIR write the .jsonl files into DIR instead of beside the cases
#
# Same semantics as the oracle's cases/run-all.sh (which only runs cases in its own folder): each case
# is run once per mode of its "-- modes:" header (default as-written), with the pg-oracle options of
# its "-- args:" header (paths relative to the cases folder), into NAME.MODE.jsonl (PG 15) or
# NAME.MODE.pg18.jsonl (PG 18). The oracle is found in $PGCASCADE_SHARED/oracle, else in
# <repo>/../shared/oracle.
set -euo pipefail
HERE=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
CASES="$HERE/cases"
if [ -n "${PGCASCADE_SHARED:-}" ]; then
  SHARED=$PGCASCADE_SHARED
else
  SHARED="$(git -C "$HERE" rev-parse --show-toplevel)/../shared"
fi
ORACLE_DIR="$SHARED/oracle"
[ -x "$ORACLE_DIR/pg-oracle" ] || { echo "record: no pg-oracle in $ORACLE_DIR (set PGCASCADE_SHARED)" >&2; exit 2; }

PG=both OUT="" NAMES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --pg) PG=${2:?}; shift 2 ;;
    --out) OUT=$(mkdir -p "${2:?}" && cd "$2" && pwd); shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) NAMES+=("$1"); shift ;;
  esac
done
OUT=${OUT:-$CASES}

# resolve the case list to bare file names inside $CASES
FILES=()
if [ ${#NAMES[@]} -eq 0 ]; then
  for f in "$CASES"/[0-9]*.sql; do FILES+=("$(basename "$f")"); done
else
  for n in "${NAMES[@]}"; do
    b=$(basename "$n"); b=${b%.sql}
    if [ -f "$CASES/$b.sql" ]; then FILES+=("$b.sql"); continue; fi
    # a unique prefix (e.g. the number) names a case too
    m=()
    for f in "$CASES/$b"*.sql; do
      case "$f" in *.setup.sql|*.concurrent.sql) continue ;; esac
      [ -f "$f" ] && m+=("$(basename "$f")")
    done
    [ ${#m[@]} -eq 1 ] || { echo "record: no single case matches $b (${#m[@]} found)" >&2; exit 2; }
    FILES+=("${m[0]}")
  done
fi

run_cases() {  # $1 = suffix of the output files
  local suffix=$1 f name modes args m out n
  cd "$CASES"
  for f in "${FILES[@]}"; do
    case "$f" in *.setup.sql|*.concurrent.sql) continue ;; esac
    name=${f%.sql}
    modes=$(sed -n 's/^-- modes: *//p' "$f" | head -n 1)
    args=$(sed -n 's/^-- args: *//p' "$f" | head -n 1)
    for m in ${modes:-as-written}; do
      out="$OUT/$name.$m$suffix.jsonl"
      # shellcheck disable=SC2086
      "$ORACLE_DIR/pg-oracle" --mode "$m" $args "$f" >"$out"
      n=$(grep -c '"index"' "$out" || true)
      echo "$(basename "$out"): $n lines"
    done
  done
}

case "$PG" in
  env)
    [ -n "${ORACLE_DSN:-}" ] || { echo "record: --pg env needs ORACLE_DSN (eval \"\$($ORACLE_DIR/bin/pg-up)\")" >&2; exit 2; }
    run_cases "${SUFFIX:-}"; exit 0 ;;
  both) versions="15 18" ;;
  15|18) versions=$PG ;;
  *) echo "record: --pg 15|18|both|env" >&2; exit 2 ;;
esac
for v in $versions; do
  (
    eval "$("$ORACLE_DIR/bin/pg-up" --pg "$v")"
    trap '"$ORACLE_DIR/bin/pg-down" >&2' EXIT
    if [ "$v" = 18 ]; then run_cases .pg18; else run_cases ""; fi
  )
done
