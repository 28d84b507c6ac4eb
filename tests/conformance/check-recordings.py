#!/usr/bin/env python3
"""Sanity-check the recorded conformance cases (no server needed).

For every case NAME.sql in tests/conformance/cases (NAME.setup.sql / NAME.concurrent.sql excluded):
  * line 1 is a "-- " comment saying what the case pins;
  * for each mode of its "-- modes:" header (default as-written) both NAME.MODE.jsonl (PG 15) and
    NAME.MODE.pg18.jsonl (PG 18) exist, end with a summary line of the right mode/version, and hold
    exactly one line per statement of the file as split by the oracle's sqlsplit.py (+ the tool's
    synthetic BEGIN and COMMIT in single-transaction and whole-file-tx; + one "whole_file" line in
    whole-file modes);
  * no recording is left over without its case/mode.
usage: check-recordings.py [--shared DIR] [--cases DIR]     exit status 1 on any problem
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def shared_dir(arg):
    if arg:
        return arg
    if os.environ.get("PGCASCADE_SHARED"):
        return os.environ["PGCASCADE_SHARED"]
    top = subprocess.run(["git", "-C", HERE, "rev-parse", "--show-toplevel"],
                         capture_output=True, text=True, check=True).stdout.strip()
    return os.path.join(top, "..", "shared")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared")
    ap.add_argument("--cases", default=os.path.join(HERE, "cases"))
    args = ap.parse_args()
    sys.path.insert(0, os.path.join(shared_dir(args.shared), "oracle"))
    from sqlsplit import split_sql  # the oracle's own splitter

    problems, expected_files = [], set()
    totals = {"15": 0, "18": 0}
    cases = sorted(p for p in glob.glob(os.path.join(args.cases, "[0-9]*.sql"))
                   if not p.endswith((".setup.sql", ".concurrent.sql")))
    for sql in cases:
        name = os.path.basename(sql)[:-4]
        text = open(sql, encoding="utf-8").read()
        if not text.startswith("-- "):
            problems.append(f"{name}: line 1 is not a '-- ' description comment")
        m = re.search(r"^-- modes: *(.*)$", text, re.M)
        modes = (m.group(1).split() if m else []) or ["as-written"]
        n = len(split_sql(text))
        for mode in modes:
            for ver, suffix in (("15", ""), ("18", ".pg18")):
                rec = os.path.join(args.cases, f"{name}.{mode}{suffix}.jsonl")
                expected_files.add(rec)
                if not os.path.exists(rec):
                    problems.append(f"{name}: missing {os.path.basename(rec)}")
                    continue
                rows = [json.loads(l) for l in open(rec, encoding="utf-8") if l.strip()]
                stmts = [r for r in rows if isinstance(r.get("index"), int) and not r.get("synthetic")]
                synth = [r for r in rows if r.get("synthetic")]
                whole = [r for r in rows if r.get("whole_file")]
                summ = rows[-1] if rows and rows[-1].get("summary") else None
                want_synth = 2 if mode in ("single-transaction", "whole-file-tx") else 0
                want_whole = 1 if mode.startswith("whole-file") else 0
                if [r["index"] for r in stmts] != list(range(1, n + 1)):
                    problems.append(f"{os.path.basename(rec)}: {len(stmts)} statement lines, file has {n}")
                if len(synth) != want_synth or len(whole) != want_whole:
                    problems.append(f"{os.path.basename(rec)}: {len(synth)} synthetic / {len(whole)} whole-file lines")
                if not summ:
                    problems.append(f"{os.path.basename(rec)}: no summary line")
                else:
                    if summ.get("mode") != mode or not str(summ.get("server_version_num", "")).startswith(ver):
                        problems.append(f"{os.path.basename(rec)}: summary says {summ.get('mode')} / {summ.get('server_version_num')}")
                    if summ.get("statements") != n:
                        problems.append(f"{os.path.basename(rec)}: summary counts {summ.get('statements')} statements, file has {n}")
                totals[ver] += len(stmts)
    for rec in glob.glob(os.path.join(args.cases, "*.jsonl")):
        if rec not in expected_files:
            problems.append(f"stray recording {os.path.basename(rec)}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(cases)} cases, {len(expected_files)} recordings; statements recorded: "
          f"PG 15 {totals['15']}, PG 18 {totals['18']} (without the tool's synthetic BEGIN/COMMIT)")
    print(f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
