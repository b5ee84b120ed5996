#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Thread scaling: how throughput grows with threads, per locking strategy and CPython.

Runs every examples/bench/scale_*.py with 1, 2, ... threads under each gilvm strategy
(`gilvm --strategy NAME`) and under CPython, each run in a fresh process. The programs do
weak scaling: each of N threads does the same fixed work, so N threads do N times the work
of one. The runner reports, per program and interpreter, the median wall time at each
thread count, the throughput ratio

    scaling(N) = N * t(1) / t(N)

(1.0: N threads get no more done than one, as under a global lock; N: perfect scaling),
and "cores used", the child's CPU time / wall time; then the geometric mean of scaling(N)
per interpreter.

    python3 tests/bench_scaling.py                          # every strategy and python3
    python3 tests/bench_scaling.py --strategies gil --threads 1,2,4 --repeat 5
    python3 tests/bench_scaling.py --filter cpu,native --python none --json out.json

Runs are interleaved: for each program, repetition by repetition, every thread count under
every interpreter in turn, so that noise from the rest of the machine falls on all alike.
Every run must print the same output as the program's 1-thread run (under python3 when it
is measured, else under the first strategy): a run that differs, fails or times out marks
its row FAIL. The exit status is 1 when a row failed, 0 otherwise: there are no timing
thresholds (a busy machine must not fail a build). `make bench-scaling` runs this.

Times are of the whole process, start-up included (gilvm starts in about 2 ms, CPython in
a few tens of milliseconds), which puts scaling(N) a little above the true figure.
Scaling beyond the number of free cores cannot exceed that number of cores.
"""

import argparse
import math
import os
import shlex
import subprocess
import sys
import time

from bench_common import (BENCH_DIR, ROOT, describe, find_programs, finish, geomean, git_commit,
                          list_strategies, loadavg, machine, median, run_once)

PYTHON_WORDS = ("python", "python3", "cpython")


def default_threads():
    """1, 2, 4, ... up to the number of CPUs (at least 1 and 2)."""
    ncpu = os.cpu_count() or 2
    counts, n = [1], 2
    while n <= max(ncpu, 2):
        counts.append(n)
        n *= 2
    if counts[-1] != max(ncpu, 2):
        counts.append(max(ncpu, 2))
    return counts


def parse_args(argv):
    p = argparse.ArgumentParser(description="thread scaling of examples/bench/scale_*.py per strategy")
    p.add_argument("--strategies", default="all",
                   help="comma-separated gilvm strategies, or 'all' (default): every one that "
                        "`gilvm --list-strategies` prints")
    p.add_argument("--threads", default=",".join(str(n) for n in default_threads()),
                   help="comma-separated thread counts (default 1,2,4,... up to the CPU count, "
                        "here %(default)s); 1 is always measured, as the baseline")
    p.add_argument("--python", default="python3",
                   help="CPython command to compare with (default python3); 'none' leaves it out")
    p.add_argument("--no-resolve", action="store_true",
                   help="run --python as given instead of the sys.executable it reports "
                        "(a pyenv shim adds tens of milliseconds per start)")
    p.add_argument("--repeat", type=int, default=3,
                   help="runs per program, interpreter and thread count (default 3); the median counts")
    p.add_argument("--filter", default="",
                   help="comma-separated substrings; run only programs whose name contains one")
    p.add_argument("--scale", default="1",
                   help="work scale passed to every program (default 1; 0.2 for a quick look)")
    p.add_argument("--gilvm", default=os.path.join(ROOT, "gilvm"), help="gilvm binary (default ./gilvm)")
    p.add_argument("--label", help="how to name the gilvm build in the report (default: the commit "
                                   "of this checkout)")
    p.add_argument("--timeout", type=float, default=600,
                   help="seconds before a run is killed and its row marked FAIL (default 600)")
    p.add_argument("--dir", default=BENCH_DIR, help="directory of scale_*.py programs")
    p.add_argument("--json", metavar="FILE", help="also write every run and the results to FILE")
    args = p.parse_args(argv)
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    try:
        counts = sorted({int(x) for x in args.threads.split(",") if x.strip()})
    except ValueError:
        p.error("--threads wants comma-separated integers, got %r" % args.threads)
    if not counts or counts[0] < 1:
        p.error("--threads wants positive integers")
    args.added_one = counts[0] != 1
    if args.added_one:
        counts.insert(0, 1)
    args.counts = counts
    args.dir = os.path.abspath(args.dir)
    try:
        if float(args.scale) <= 0:
            raise ValueError
    except ValueError:
        p.error("--scale wants a positive number")
    return args


def choose_strategies(spec, available):
    wanted = [s.strip() for s in spec.split(",") if s.strip()]
    chosen = []
    for s in wanted:
        if s == "all":
            chosen.extend(available)
        elif s in PYTHON_WORDS:
            continue            # CPython is measured unless --python none
        elif s in available:
            chosen.append(s)
        else:
            sys.exit("bench_scaling: unknown strategy %r; gilvm has: %s (CPython: --python)"
                     % (s, ", ".join(available)))
    seen = set()
    return [s for s in chosen if not (s in seen or seen.add(s))]


def resolve_python(cmd, no_resolve):
    """The CPython command as a list, with a shim replaced by the real executable."""
    argv = shlex.split(cmd)
    if no_resolve:
        return argv
    try:
        out = subprocess.run(argv + ["-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        sys.exit("bench_scaling: cannot run %s: %s" % (cmd, e))
    exe = out.stdout.strip()
    if out.returncode == 0 and os.path.isfile(exe):
        return [exe] + argv[1:]
    return argv


def ratio(x):
    return "-" if math.isnan(x) else "%.2fx" % x


def short(text, n=100):
    text = " | ".join(line.strip() for line in text.strip().splitlines()[-2:])
    return text if len(text) <= n else text[:n - 3] + "..."


def bench_program(name, args, interps, env, runs_log):
    """Measure one program under every interpreter and thread count; return its records."""
    path = os.path.join(args.dir, name)
    label = name[len("scale_"):-3]
    data = {who: {n: [] for n in args.counts} for who, _ in interps}    # (wall, cpu, out)
    problem = {who: None for who, _ in interps}
    for rep in range(args.repeat):
        for n in args.counts:
            for who, cmd in interps:
                if problem[who]:
                    continue
                wall, cpu, rc, out, err = run_once(cmd + [path, str(n), args.scale], args.dir, env,
                                                   args.timeout)
                out, err = out.decode(errors="replace"), err.decode(errors="replace")
                runs_log.append({"program": label, "interpreter": who, "threads": n, "rep": rep,
                                 "wall": wall, "cpu": cpu, "rc": rc, "stdout": out,
                                 "stderr": err[-2000:]})
                if rc is None:
                    problem[who] = "%d threads: timed out after %.0f s" % (n, args.timeout)
                elif rc != 0:
                    problem[who] = "%d threads: exit status %d: %s" % (n, rc, short(err))
                else:
                    data[who][n].append((wall, cpu, out))
    # The expected output: the 1-thread run under CPython if measured, else the first strategy.
    order = [who for who, _ in interps]
    order = order[-1:] + order[:-1] if args.python_label else order
    ref_who = next((who for who in order if data[who][1]), None)
    expected = data[ref_who][1][0][2] if ref_who else None
    recs = []
    for who, _ in interps:
        if not problem[who]:
            for n in args.counts:
                bad = [o for _, _, o in data[who][n] if o != expected]
                if bad:
                    problem[who] = "%d threads printed %r, expected %r (%s, 1 thread)" % (
                        n, short(bad[0], 70), short(expected, 70), ref_who)
                    break
        rec = {"program": label, "interpreter": who, "ok": problem[who] is None,
               "problem": problem[who], "expected_output": expected}
        if rec["ok"]:
            rec["wall"] = {n: median([w for w, _, _ in data[who][n]]) for n in args.counts}
            rec["cpu"] = {n: median([c for _, c, _ in data[who][n]]) for n in args.counts}
            rec["cores"] = {n: median([c / w for w, c, _ in data[who][n] if w > 0]) for n in args.counts}
            t1 = rec["wall"][1]
            rec["scaling"] = {n: n * t1 / rec["wall"][n] if rec["wall"][n] > 0 else float("nan")
                              for n in args.counts}
        recs.append(rec)
    return recs


def main(argv):
    args = parse_args(argv)
    started = time.perf_counter()
    gilvm = os.path.abspath(args.gilvm)
    if not os.access(gilvm, os.X_OK):
        sys.exit("bench_scaling: %s is not an executable (run make first)" % args.gilvm)
    available = list_strategies(gilvm)
    strategies = choose_strategies(args.strategies, available)
    interps = [(s, [gilvm, "--strategy", s]) for s in strategies]
    args.python_label = None
    pyver = None
    if args.python.strip().lower() != "none":
        python = resolve_python(args.python, args.no_resolve)
        pyver = describe(python, "import sys; print(sys.version.split()[0])")
        args.python_label = "python" + ".".join(pyver.split(".")[:2]) if pyver[:1].isdigit() else "python"
        interps.append((args.python_label, python))
    if not interps:
        sys.exit("bench_scaling: nothing to measure (no strategy, --python none)")
    names = find_programs(args.dir, args.filter, prefix="scale_")
    if not names:
        sys.exit("bench_scaling: no scale_*.py in %s matches %r" % (args.dir, args.filter))
    env = dict(os.environ)
    env.pop("GILVM_STRATEGY", None)
    info = {
        "machine": machine(),
        "gilvm": gilvm,
        "gilvm_commit": args.label or git_commit(),
        "strategies": strategies,
        "python": " ".join(dict(interps).get(args.python_label, [])) or None,
        "python_version": pyver,
        "threads": args.counts,
        "repeat": args.repeat,
        "scale": args.scale,
        "load_before": loadavg(),
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    print("machine: %s, load average %s" % (info["machine"], info["load_before"]))
    print("gilvm:   %s (%s), strategies: %s" % (gilvm, info["gilvm_commit"] if args.label else
                                                 "commit " + info["gilvm_commit"],
                                                 ", ".join(strategies) or "none"))
    if args.python_label:
        print("python:  %s (%s)" % (info["python"], pyver))
    print("threads: %s%s; work scale %s; median of %d interleaved runs, wall-clock seconds"
          % (",".join(str(n) for n in args.counts), " (1 added as the baseline)" if args.added_one else "",
             args.scale, args.repeat))
    print("scaling(N) = N x t(1) / t(N): throughput of N threads against one "
          "(1.00x: no gain; N: linear); cores = CPU time / wall time")
    print()

    multi = [n for n in args.counts if n > 1]
    pw = max(len("geometric mean"), max(len(n) - 9 for n in names))
    iw = max(len("interpreter"), max(len(w) for w, _ in interps))
    head = "%-*s %-*s" % (pw, "program", iw, "interpreter")
    head += "".join(" %8s" % ("t(%d) s" % n) for n in args.counts)
    head += "".join(" %10s" % ("scaling(%d)" % n) for n in multi)
    head += "".join(" %8s" % ("cores(%d)" % n) for n in multi)
    print(head)
    print("-" * len(head))
    results, runs_log = [], []
    for name in names:
        recs = bench_program(name, args, interps, env, runs_log)
        for i, rec in enumerate(recs):
            line = "%-*s %-*s" % (pw, rec["program"] if i == 0 else "", iw, rec["interpreter"])
            if rec["ok"]:
                line += "".join(" %8.3f" % rec["wall"][n] for n in args.counts)
                line += "".join(" %9.2fx" % rec["scaling"][n] for n in multi)
                line += "".join(" %8.2f" % rec["cores"][n] for n in multi)
            else:
                line += " FAIL: " + rec["problem"]
            print(line, flush=True)
        results.extend(recs)
    print("-" * len(head))

    # Summary: the geometric mean of scaling(N) per interpreter, and the matrix at the largest N.
    summary = {}
    for who, _ in interps:
        ok = [r for r in results if r["interpreter"] == who and r["ok"]]
        summary[who] = {
            "programs_ok": len(ok),
            "geomean_scaling": {n: geomean([r["scaling"][n] for r in ok]) for n in multi},
            "geomean_cores": {n: geomean([r["cores"][n] for r in ok]) for n in multi},
        }
    for who, _ in interps:
        s = summary[who]
        line = "%-*s %-*s" % (pw, "geometric mean", iw, who)
        line += " " * (9 * len(args.counts))
        line += "".join(" %10s" % ratio(s["geomean_scaling"][n]) for n in multi)
        line += "".join(" %8s" % ratio(s["geomean_cores"][n])[:-1] for n in multi)
        print(line)
    if multi:
        top = multi[-1]
        cw = max(9, max(len(w) for w, _ in interps))
        print()
        print("scaling(%d) by program and interpreter:" % top)
        print("%-*s" % (pw, "program") + "".join(" %*s" % (cw, w) for w, _ in interps))
        for name in names:
            label = name[len("scale_"):-3]
            cells = []
            for who, _ in interps:
                r = next(r for r in results if r["program"] == label and r["interpreter"] == who)
                cells.append(" %*s" % (cw, "%.2fx" % r["scaling"][top] if r["ok"] else "FAIL"))
            print("%-*s" % (pw, label) + "".join(cells))
        print("%-*s" % (pw, "geometric mean") +
              "".join(" %*s" % (cw, ratio(summary[w]["geomean_scaling"][top])) for w, _ in interps))

    failed = [r for r in results if not r["ok"]]
    return finish(info, runs_log, results, summary, started, args.json, len(failed), "row(s)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
