# SPDX-License-Identifier: MIT
"""What the benchmark runners share: timing a run in a fresh process, medians, geometric
means, and naming the machine and the build.

Imported by tests/bench_single.py, tests/bench_strategies.py and tests/bench_scaling.py (run
them, not this).
Errors that end a run are reported under the running script's name.
"""

import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time

def finish(info, runs_log, results, summary, started, json_path, nfailed, what):
    """The end of a runner's report: time taken, load, failures, the JSON file; the exit
    status (1 when something failed)."""
    elapsed = time.perf_counter() - started
    info["load_after"] = loadavg()
    info["elapsed_s"] = elapsed
    print()
    print("%d runs in %.0f s; load average now %s" % (len(runs_log), elapsed, info["load_after"]))
    if nfailed:
        print("%d %s FAILED" % (nfailed, what))
    if json_path:
        with open(json_path, "w") as f:
            json.dump({"info": info, "runs": runs_log, "results": results, "summary": summary}, f, indent=1)
            f.write("\n")
    return 1 if nfailed else 0


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "examples", "bench")
PROG = os.path.splitext(os.path.basename(sys.argv[0] or "bench"))[0]


def find_programs(directory, filt, prefix="bench_"):
    """The sorted PREFIX*.py names in directory containing one of filt's comma-separated words."""
    names = sorted(n for n in os.listdir(directory) if n.startswith(prefix) and n.endswith(".py"))
    wanted = [w.strip() for w in filt.split(",") if w.strip()]
    if wanted:
        names = [n for n in names if any(w in n for w in wanted)]
    return names


def describe(argv, code):
    """What argv -c code prints (or its error): an interpreter's version, say."""
    try:
        out = subprocess.run(argv + ["-c", code], capture_output=True, text=True, timeout=60)
        return out.stdout.strip() or out.stderr.strip()
    except OSError as e:
        return str(e)


def git_commit():
    try:
        out = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"],
                             capture_output=True, text=True, timeout=30)
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine():
    """The CPU model and the number of CPUs, as the reports name the machine."""
    return "%s, %d CPUs" % (cpu_model(), os.cpu_count() or 0)


def loadavg():
    try:
        return "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "unknown"


def list_strategies(gilvm):
    """The strategy names that `gilvm --list-strategies` prints, in its order."""
    try:
        out = subprocess.run([gilvm, "--list-strategies"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        sys.exit("%s: cannot run %s --list-strategies: %s" % (PROG, gilvm, e))
    if out.returncode != 0:
        sys.exit("%s: %s --list-strategies failed: %s" % (PROG, gilvm, out.stderr.strip()))
    return [line.split()[0] for line in out.stdout.splitlines() if line.strip()]


def run_once(argv, cwd, env=None, timeout=None):
    """Run argv once in a fresh process.

    Return (wall s, user+sys CPU s of the child, exit status, stdout bytes, stderr bytes);
    the exit status is None when the run was killed after timeout seconds.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        killed = []
        timer = None
        if timeout is not None:
            timer = threading.Timer(timeout, lambda: (killed.append(True), proc.kill()))
            timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            if timer:
                timer.cancel()
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        rc = None if killed and proc.returncode < 0 else proc.returncode
        return wall, usage.ru_utime + usage.ru_stime, rc, out.read(), err.read()


def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def geomean(xs):
    """The geometric mean of the positive numbers in xs (NaN when there are none)."""
    xs = [x for x in xs if x > 0 and not math.isnan(x)]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def first_difference(a, b, name_a, name_b):
    """The first line where outputs a and b (bytes) differ, for a report."""
    la, lb = a.decode(errors="replace").splitlines(), b.decode(errors="replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<end of output>"
        y = lb[i] if i < len(lb) else "<end of output>"
        if x != y:
            return "line %d: %s %r, %s %r" % (i + 1, name_a, x[:120], name_b, y[:120])
    return "outputs differ"


def last_line(err):
    """The last line of stderr bytes (the exception, usually), or ''."""
    last = err.decode(errors="replace").strip().splitlines()[-1:]
    return last[0] if last else ""
