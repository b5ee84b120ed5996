#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Single-thread benchmarks: gilvm and CPython side by side.

Runs every examples/bench/bench_*.py under gilvm and under CPython,
interleaved (gilvm, python, gilvm, python, ...) so that noise from the rest
of the machine falls on both, takes the median time of each, checks that
both printed exactly the same output, and prints a table with the ratio
gilvm/python for each program and the geometric mean of the ratios.

    python3 tests/bench_single.py                    # all programs, 5 runs each
    python3 tests/bench_single.py --repeat 9 --filter fib,nbody
    python3 tests/bench_single.py --metric cpu --json out.json

A ratio below 1 means gilvm is faster. The exit status is 1 when a program
fails or the two outputs differ, 0 otherwise: there are no timing thresholds
(a busy machine must not fail a build). `make bench-single` runs this.

Times are wall-clock seconds of the whole process (start-up included) by
default; `--metric cpu` uses user+system CPU seconds of the child instead,
which a loaded machine disturbs less. Both are always recorded in the JSON.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import time

from bench_common import (BENCH_DIR, ROOT, describe, find_programs, first_difference, geomean,
                          git_commit, last_line, machine, median, run_once)


def parse_args(argv):
    p = argparse.ArgumentParser(description="gilvm vs CPython, single-thread benchmarks")
    p.add_argument("--repeat", type=int, default=5, help="runs per program and interpreter (default 5)")
    p.add_argument("--filter", default="",
                   help="comma-separated substrings; run only programs whose name contains one")
    p.add_argument("--gilvm", default=os.path.join(ROOT, "gilvm"), help="gilvm binary (default ./gilvm)")
    p.add_argument("--label", help="how to name the gilvm build in the report (default: the commit of "
                                   "this checkout, which is wrong for a binary built elsewhere)")
    p.add_argument("--python", default="python3", help="CPython command (default python3)")
    p.add_argument("--no-resolve", action="store_true",
                   help="run --python as given instead of the sys.executable it reports "
                        "(a pyenv shim adds tens of milliseconds per start)")
    p.add_argument("--metric", choices=("wall", "cpu"), default="wall",
                   help="time compared in the table: wall clock (default) or user+sys CPU")
    p.add_argument("--dir", default=BENCH_DIR, help="directory of bench_*.py programs")
    p.add_argument("--json", metavar="FILE", help="also write every measurement to FILE")
    args = p.parse_args(argv)
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    return args


def resolve_python(cmd, no_resolve):
    """The CPython command as a list, with a shim replaced by the real executable."""
    argv = shlex.split(cmd)
    if no_resolve:
        return argv
    try:
        out = subprocess.run(argv + ["-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        sys.exit("bench_single: cannot run %s: %s" % (cmd, e))
    exe = out.stdout.strip()
    if out.returncode == 0 and os.path.isfile(exe):
        return [exe] + argv[1:]
    return argv


def bench_program(name, args, gilvm, python):
    """Measure one program; return its result record."""
    path = os.path.join(args.dir, name)
    cmds = {"gilvm": [gilvm, path], "python": python + [path]}
    times = {"gilvm": {"wall": [], "cpu": []}, "python": {"wall": [], "cpu": []}}
    outputs = {}
    problem = None
    for _ in range(args.repeat):
        for who in ("gilvm", "python"):
            wall, cpu, rc, out, err = run_once(cmds[who], args.dir)
            if rc != 0:
                problem = "%s exited with status %d: %s" % (who, rc, last_line(err))
                break
            times[who]["wall"].append(wall)
            times[who]["cpu"].append(cpu)
            if who in outputs and outputs[who] != out:
                problem = "%s printed different output on different runs" % who
                break
            outputs[who] = out
        if problem:
            break
    if problem is None and outputs["gilvm"] != outputs["python"]:
        problem = "output differs: " + first_difference(outputs["gilvm"], outputs["python"],
                                                        "gilvm", "python")
    rec = {"program": name, "ok": problem is None, "problem": problem, "times": times}
    if problem is None:
        for who in ("gilvm", "python"):
            rec[who] = {m: median(times[who][m]) for m in ("wall", "cpu")}
        rec["ratio"] = {m: rec["gilvm"][m] / rec["python"][m] if rec["python"][m] > 0 else float("nan")
                        for m in ("wall", "cpu")}
    return rec


def main(argv):
    args = parse_args(argv)
    gilvm = os.path.abspath(args.gilvm)
    if not os.access(gilvm, os.X_OK):
        sys.exit("bench_single: %s is not an executable (run make first)" % args.gilvm)
    python = resolve_python(args.python, args.no_resolve)
    names = find_programs(args.dir, args.filter)
    if not names:
        sys.exit("bench_single: no bench_*.py in %s matches %r" % (args.dir, args.filter))
    pyver = describe(python, "import sys; print(sys.version.split()[0])")
    info = {
        "machine": machine(),
        "gilvm": gilvm,
        "gilvm_commit": args.label or git_commit(),
        "python": " ".join(python),
        "python_version": pyver,
        "repeat": args.repeat,
        "metric": args.metric,
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    print("machine: %s" % info["machine"])
    print("gilvm:   %s (%s)" % (gilvm, info["gilvm_commit"] if args.label else
                                "commit " + info["gilvm_commit"]))
    print("python:  %s (%s)" % (info["python"], pyver))
    print("median of %d interleaved runs, %s seconds; ratio = gilvm / python (< 1: gilvm faster)"
          % (args.repeat, "wall-clock" if args.metric == "wall" else "user+sys CPU"))
    print()
    width = max(len("program"), max(len(n) - 3 for n in names))
    print("%-*s %9s %9s %7s" % (width, "program", "gilvm", "python3", "ratio"))
    print("-" * (width + 28))
    results = []
    failed = 0
    for name in names:
        rec = bench_program(name, args, gilvm, python)
        results.append(rec)
        label = name[:-3]
        if rec["ok"]:
            m = args.metric
            print("%-*s %9.3f %9.3f %7.2f" % (width, label, rec["gilvm"][m], rec["python"][m], rec["ratio"][m]),
                  flush=True)
        else:
            failed += 1
            print("%-*s FAIL: %s" % (width, label, rec["problem"]), flush=True)
    ok = [r for r in results if r["ok"]]
    print("-" * (width + 28))
    summary = {}
    for m in ("wall", "cpu"):
        ratios = [r["ratio"][m] for r in ok]
        summary[m] = {"geomean": geomean(ratios), "max": max(ratios) if ratios else float("nan")}
    if ok:
        m = args.metric
        worst = max(ok, key=lambda r: r["ratio"][m])
        print("%-*s %27.2f" % (width, "geometric mean", summary[m]["geomean"]))
        print("worst: %s %.2f" % (worst["program"][:-3], worst["ratio"][m]))
    if failed:
        print("%d program(s) FAILED" % failed)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"info": info, "results": results, "summary": summary}, f, indent=1)
            f.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
