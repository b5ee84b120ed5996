# SPDX-License-Identifier: MIT
"""The strategy comparison demo: run by `make demo` (examples/demo.sh), with python3.

1. CPU-bound threads (examples/threads_cpu.py): 1 thread, then 2 threads each doing the
   same work (a count to ten million); "throughput" is how much more work per second 2 threads get done than 1
   (weak scaling: 2 x t1 / t2), and "cores used" is CPU time / wall time.
2. I/O latency beside a CPU-bound thread (examples/convoy.py).

Each interpreter runs in a fresh process; times are medians of 3 runs.
"""
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GILVM = os.path.join(ROOT, "gilvm")
REPEAT = 3
WORK = 10_000_000


def run(cmd):
    """(wall s, CPU s, stdout) of one run of cmd; exits on failure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit("demo: %s failed:\n%s" % (" ".join(cmd), p.stderr))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, p.stdout


def median_run(cmd):
    runs = sorted((run(cmd) for _ in range(REPEAT)), key=lambda r: r[0])
    return runs[len(runs) // 2]


def interpreters():
    out = subprocess.run([GILVM, "--list-strategies"], capture_output=True, text=True).stdout
    rows = [("gilvm --strategy " + line.split()[0], [GILVM, "--strategy", line.split()[0]])
            for line in out.splitlines() if line.strip()]
    # The interpreter running this driver, by its real path (a pyenv shim adds ~60 ms a start).
    rows.append(("python3 (CPython %d.%d)" % sys.version_info[:2], [sys.executable]))
    return rows


def main():
    rows = interpreters()
    print("gilvm strategy comparison on %d CPU core(s)\n" % (os.cpu_count() or 1))
    print("1. CPU-bound threads: examples/threads_cpu.py (each thread counts to {:,})".format(WORK))
    print("   %-30s %9s %9s %11s %11s" % ("", "1 thread", "2 threads", "throughput", "cores used"))
    for label, cmd in rows:
        t1, _, _ = median_run(cmd + ["examples/threads_cpu.py", "1", str(WORK)])
        t2, c2, _ = median_run(cmd + ["examples/threads_cpu.py", "2", str(WORK)])
        print("   %-30s %8.2fs %8.2fs %10.2fx %11.2f" % (label, t1, t2, 2 * t1 / t2, c2 / t2))
    print("   A global lock lets one thread run Python at a time: about 1.0x, one core busy.\n")
    print("2. I/O latency beside a CPU-bound thread: examples/convoy.py")
    for label, cmd in rows:
        _, _, out = run(cmd + ["examples/convoy.py"])
        line = [l for l in out.splitlines() if l.startswith("with a CPU-bound")]
        print("   %-30s %s" % (label, line[0][len("with a CPU-bound thread"):].strip() if line else "?"))
    print("   gil: about one switch interval (5 ms) per I/O operation, as CPython 3.2+;")
    print("   gil-legacy: no handover, so the result depends on the OS scheduler.")
    print("\nMore: ./gilvm --stats examples/threads_cpu.py, and the other examples/*.py.")


if __name__ == "__main__":
    main()
