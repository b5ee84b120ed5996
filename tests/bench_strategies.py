#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Single-thread overhead of each locking strategy, relative to gil.

Runs every examples/bench/bench_*.py under each gilvm strategy (`gilvm --strategy NAME`),
each run in a fresh process, takes the median time of each program under each strategy,
checks that every strategy printed exactly what gil printed, and prints a table: the
program, its time under gil, and for each other strategy the ratio strategy/gil; then the
geometric mean of the ratios per strategy. A ratio above 1 means the strategy is slower
than gil on one thread: the price of its locks and reference counts when nothing is shared.

    python3 tests/bench_strategies.py                       # every strategy, 5 runs each
    python3 tests/bench_strategies.py --strategies objlock,brc --repeat 9 --filter fib,nbody
    python3 tests/bench_strategies.py --metric cpu --json out.json

Runs are interleaved: for each repetition, each program, each strategy in turn (the order
of the strategies rotates from one repetition to the next), so that noise from the rest of
the machine falls on all alike. gil is always measured, as the baseline. The exit status is
1 when a run fails, times out, or prints other than gil's output (its cell reads FAIL), 0
otherwise: there are no timing thresholds (a busy machine must not fail a build).
`make bench-strategies` runs this.

Times are wall-clock seconds of the whole process (start-up included, about 2 ms) by
default; `--metric cpu` uses user+system CPU seconds of the child instead, which a loaded
machine disturbs less. Both are always recorded in the JSON.
"""

import argparse
import math
import os
import platform
import sys
import time

from bench_common import (BENCH_DIR, ROOT, find_programs, finish, first_difference, geomean, git_commit,
                          last_line, list_strategies, loadavg, machine, median, run_once)

BASELINE = "gil"


def parse_args(argv):
    p = argparse.ArgumentParser(description="single-thread time of each gilvm strategy against gil")
    p.add_argument("--strategies", default="all",
                   help="comma-separated gilvm strategies, or 'all' (default): every one that "
                        "`gilvm --list-strategies` prints; gil is always added as the baseline")
    p.add_argument("--repeat", type=int, default=5, help="runs per program and strategy (default 5)")
    p.add_argument("--filter", default="",
                   help="comma-separated substrings; run only programs whose name contains one")
    p.add_argument("--gilvm", default=os.path.join(ROOT, "gilvm"), help="gilvm binary (default ./gilvm)")
    p.add_argument("--label", help="how to name the gilvm build in the report (default: the commit of "
                                   "this checkout, which is wrong for a binary built elsewhere)")
    p.add_argument("--metric", choices=("wall", "cpu"), default="wall",
                   help="time compared in the table: wall clock (default) or user+sys CPU")
    p.add_argument("--timeout", type=float, default=600,
                   help="seconds before a run is killed and its cell marked FAIL (default 600)")
    p.add_argument("--dir", default=BENCH_DIR, help="directory of bench_*.py programs")
    p.add_argument("--json", metavar="FILE", help="also write every run and the results to FILE")
    args = p.parse_args(argv)
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    args.dir = os.path.abspath(args.dir)
    return args


def choose_strategies(spec, available):
    """The strategies to measure, gil first, each once, in --list-strategies order for 'all'."""
    if BASELINE not in available:
        sys.exit("bench_strategies: gilvm has no %r strategy to compare with (it has: %s)"
                 % (BASELINE, ", ".join(available)))
    chosen = [BASELINE]
    for s in (s.strip() for s in spec.split(",")):
        if s == "all":
            chosen.extend(available)
        elif s in available:
            chosen.append(s)
        elif s:
            sys.exit("bench_strategies: unknown strategy %r; gilvm has: %s" % (s, ", ".join(available)))
    seen = set()
    return [s for s in chosen if not (s in seen or seen.add(s))]


def measure(names, strategies, args, gilvm, env, runs_log):
    """Run everything, interleaved; return {program: {strategy: {"times", "output", "problem"}}}."""
    data = {n: {s: {"wall": [], "cpu": [], "output": None, "problem": None} for s in strategies}
            for n in names}
    for rep in range(args.repeat):
        t0 = time.perf_counter()
        k = rep % len(strategies)
        order = strategies[k:] + strategies[:k]
        for name in names:
            path = os.path.join(args.dir, name)
            for s in order:
                d = data[name][s]
                if d["problem"]:
                    continue
                wall, cpu, rc, out, err = run_once([gilvm, "--strategy", s, path], args.dir, env,
                                                   args.timeout)
                runs_log.append({"program": name[:-3], "strategy": s, "rep": rep, "wall": wall,
                                 "cpu": cpu, "rc": rc})
                if rc is None:
                    d["problem"] = "timed out after %.0f s" % args.timeout
                elif rc != 0:
                    d["problem"] = "exit status %d: %s" % (rc, last_line(err))
                elif d["output"] is not None and d["output"] != out:
                    d["problem"] = "printed different output on different runs"
                else:
                    d["output"] = out
                    d["wall"].append(wall)
                    d["cpu"].append(cpu)
        print("repetition %d/%d: %d programs x %d strategies in %.0f s"
              % (rep + 1, args.repeat, len(names), len(strategies), time.perf_counter() - t0),
              file=sys.stderr, flush=True)
    return data


def results_of(name, runs, strategies):
    """One program's record: medians per strategy, ratios to gil, problems."""
    base = runs[BASELINE]
    rec = {"program": name[:-3], "strategies": {}}
    for s in strategies:
        d = runs[s]
        problem = d["problem"]
        if problem is None and s != BASELINE and base["problem"] is None and d["output"] != base["output"]:
            problem = "output differs from gil's: " + first_difference(d["output"], base["output"],
                                                                       s, BASELINE)
        r = {"ok": problem is None, "problem": problem, "times": {"wall": d["wall"], "cpu": d["cpu"]}}
        if problem is None:
            r["median"] = {m: median(d[m]) for m in ("wall", "cpu")}
        rec["strategies"][s] = r
    b = rec["strategies"][BASELINE]
    for s in strategies:
        r = rec["strategies"][s]
        if r["ok"] and b["ok"]:
            r["ratio"] = {m: r["median"][m] / b["median"][m] if b["median"][m] > 0 else float("nan")
                          for m in ("wall", "cpu")}
    rec["ok"] = all(r["ok"] for r in rec["strategies"].values())
    return rec


def main(argv):
    args = parse_args(argv)
    started = time.perf_counter()
    gilvm = os.path.abspath(args.gilvm)
    if not os.access(gilvm, os.X_OK):
        sys.exit("bench_strategies: %s is not an executable (run make first)" % args.gilvm)
    strategies = choose_strategies(args.strategies, list_strategies(gilvm))
    others = strategies[1:]
    names = find_programs(args.dir, args.filter)
    if not names:
        sys.exit("bench_strategies: no bench_*.py in %s matches %r" % (args.dir, args.filter))
    env = dict(os.environ)
    env.pop("GILVM_STRATEGY", None)
    info = {
        "machine": machine(),
        "platform": platform.platform(),
        "gilvm": gilvm,
        "gilvm_commit": args.label or git_commit(),
        "strategies": strategies,
        "repeat": args.repeat,
        "metric": args.metric,
        "load_before": loadavg(),
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    m = args.metric
    print("machine: %s, %s, load average %s" % (info["machine"], info["platform"], info["load_before"]))
    print("gilvm:   %s (%s), strategies: %s" % (gilvm, info["gilvm_commit"] if args.label else
                                                 "commit " + info["gilvm_commit"], ", ".join(strategies)))
    print("median of %d interleaved runs, %s seconds; ratio = strategy / gil (> 1: slower than gil)"
          % (args.repeat, "wall-clock" if m == "wall" else "user+sys CPU"))
    print(flush=True)

    runs_log = []
    data = measure(names, strategies, args, gilvm, env, runs_log)
    results = [results_of(n, data[n], strategies) for n in names]

    pw = max(len("geometric mean"), max(len(n) - 3 for n in names))
    cw = max(8, max(len(s) for s in others)) if others else 8
    head = "%-*s %8s" % (pw, "program", "gil s") + "".join(" %*s" % (cw, s) for s in others)
    print(head)
    print("-" * len(head))
    for rec in results:
        g = rec["strategies"][BASELINE]
        line = "%-*s %8s" % (pw, rec["program"], "%.3f" % g["median"][m] if g["ok"] else "FAIL")
        for s in others:
            r = rec["strategies"][s]
            line += " %*s" % (cw, "%.2f" % r["ratio"][m] if "ratio" in r else "FAIL" if not r["ok"] else "-")
        print(line)
    print("-" * len(head))
    summary = {}
    for s in others:
        ok = [r for r in results if "ratio" in r["strategies"][s]]
        summary[s] = {"programs_ok": len(ok)}
        for mm in ("wall", "cpu"):
            ratios = [r["strategies"][s]["ratio"][mm] for r in ok]
            worst = max(ok, key=lambda r: r["strategies"][s]["ratio"][mm]) if ok else None
            summary[s][mm] = {"geomean": geomean(ratios),
                              "worst": worst["program"] if worst else None,
                              "max": max(ratios) if ratios else float("nan")}
    if others:
        def cells(key):
            return "".join(" %*s" % (cw, key(summary[s])) for s in others)

        def num(x):
            return "-" if math.isnan(x) else "%.2f" % x
        print("%-*s %8s" % (pw, "geometric mean", "") + cells(lambda t: num(t[m]["geomean"])))
        other_m = "cpu" if m == "wall" else "wall"
        print("%-*s %8s" % (pw, "  (%s)" % ("CPU" if other_m == "cpu" else "wall"), "")
              + cells(lambda t: num(t[other_m]["geomean"])))
        print("worst: " + ", ".join("%s %s %.2f" % (s, summary[s][m]["worst"], summary[s][m]["max"])
                                    for s in others if summary[s][m]["worst"]))

    failed = [(rec["program"], s, r["problem"]) for rec in results
              for s, r in rec["strategies"].items() if not r["ok"]]
    for prog, s, problem in failed:
        print("FAIL %s under %s: %s" % (prog, s, problem))
    return finish(info, runs_log, results, summary, started, args.json, len(failed), "run(s)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
