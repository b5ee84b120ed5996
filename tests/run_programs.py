#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Run the gilvm program tests and compare with the outputs recorded from CPython.

Usage: python3 tests/run_programs.py [options] DIR [NAME-FILTER...]

Every DIR/NAME.py is a test. Its expected stdout is NAME.out, its expected
stderr NAME.err and its expected exit status NAME.rc (a missing file means
"empty" / 0; in --syntax mode a missing .rc means 1; -2 means "ended by
SIGINT", as an uncaught KeyboardInterrupt ends). Files NAME.gilvm.out,
NAME.gilvm.err and NAME.gilvm.rc, where present, replace the CPython
recording for gilvm runs (only where gilvm differs on purpose).
A test whose first line is `# gilvm-only` uses what only gilvm has (the
gilvm and native modules): --record records it with gilvm, and
--check-python skips it.
See tests/README.md for the formats and the normalisations applied.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

DIFF_LINES = 40

# A traceback entry header: `  File "x.py", line 3, in f`. A SyntaxError
# report has no ", in X" part, so its caret line is never dropped.
TB_FILE_RE = re.compile(rb'^\s*File ".*", line \d+, in .*$')
# A PEP 657 location line: only spaces, ^ and ~ (at least one marker).
CARET_RE = re.compile(rb"^ *[\^~][ \^~]*$")


def drop_caret_lines(err):
    """Remove CPython 3.11's fine-grained location lines from a traceback.

    Such a line follows a traceback source line, which itself directly
    follows a `File "...", line N, in X` line.
    """
    lines = err.split(b"\n")
    out = []
    for i, line in enumerate(lines):
        if (
            i >= 2
            and CARET_RE.match(line)
            and lines[i - 1].startswith(b"    ")
            and TB_FILE_RE.match(lines[i - 2])
        ):
            continue
        out.append(line)
    return b"\n".join(out)


def strip_dir(err, directory):
    """Turn `File "/abs/dir/NAME.py"` into `File "NAME.py"`.

    CPython 3.9+ reports the main script by its absolute path; the recorded
    files must not depend on where the checkout lives.
    """
    prefixes = {os.path.abspath(directory), os.path.realpath(directory)}
    for p in sorted(prefixes, key=len, reverse=True):
        err = err.replace(b'File "' + p.encode() + b"/", b'File "')
    return err


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def read_rc(path, default):
    data = read_bytes(path)
    if data is None:
        return default
    return int(data.decode().strip())


class Test:
    """One program: NAME.py in directory `dir`."""

    def __init__(self, directory, name):
        self.dir = directory
        self.name = name

    def path(self, ext):
        return os.path.join(self.dir, self.name + ext)

    def stdin_path(self):
        p = self.path(".in")
        return p if os.path.exists(p) else os.devnull

    def expected(self, opts, allow_gilvm):
        """(stdout, stderr, rc) expected, as recorded; stderr not yet normalised."""
        default_rc = 1 if opts.syntax else 0
        exp = []
        for ext in (".out", ".err"):
            data = read_bytes(self.path(".gilvm" + ext)) if allow_gilvm else None
            if data is None:
                data = read_bytes(self.path(ext))
            exp.append(data if data is not None else b"")
        rc = None
        if allow_gilvm and os.path.exists(self.path(".gilvm.rc")):
            rc = read_rc(self.path(".gilvm.rc"), default_rc)
        if rc is None:
            rc = read_rc(self.path(".rc"), default_rc)
        return exp[0], exp[1], rc


class Result:
    def __init__(self, name, ok, message="", skipped=False):
        self.name = name
        self.ok = ok
        self.message = message
        self.skipped = skipped


GILVM_ONLY = b"# gilvm-only"


def is_gilvm_only(test):
    """Whether the program's first line marks it as runnable by gilvm only."""
    data = read_bytes(test.path(".py")) or b""
    return data.split(b"\n", 1)[0].rstrip() == GILVM_ONLY


def python_env():
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUTF8"] = "1"
    env["GILVM_TEST"] = "1"
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONHOME", "PYTHONWARNINGS"):
        env.pop(var, None)
    return env


def run_process(argv, test, timeout, env):
    """Run argv in the test's directory. Returns (stdout, stderr, rc, note)."""
    with open(test.stdin_path(), "rb") as stdin:
        try:
            # Own process group, so a timeout also ends anything the program started.
            p = subprocess.Popen(
                argv,
                cwd=test.dir,
                stdin=stdin,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                start_new_session=True,
            )
        except OSError as e:
            return b"", b"", None, "could not run %s: %s" % (argv[0], e)
        try:
            out, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            out, err = p.communicate()
            return out, err, None, "timed out after %g s" % timeout
    return out, err, p.returncode, None


def diff_text(kind, expected, actual):
    exp = expected.decode("utf-8", "replace").splitlines(keepends=True)
    act = actual.decode("utf-8", "replace").splitlines(keepends=True)
    lines = list(
        difflib.unified_diff(exp, act, "expected " + kind, "actual " + kind, n=2)
    )
    lines = [l if l.endswith("\n") else l + "\n\\ No newline at end of file\n" for l in lines]
    text = "".join(lines).splitlines()
    if len(text) > DIFF_LINES:
        text = text[:DIFF_LINES] + ["... (%d more diff lines)" % (len(text) - DIFF_LINES)]
    if not text:  # differ only in bytes that decode the same
        text = ["(outputs differ in their raw bytes)"]
    return "\n".join("    " + l for l in text)


def compare(test, exp, got, note):
    """Compare expected (out, err, rc) with what ran. Returns Result."""
    out, err, rc = got
    problems = []
    if note:
        problems.append(note)
    elif rc is not None and rc < 0 and rc != exp[2]:
        try:
            sig = signal.Signals(-rc).name
        except ValueError:
            sig = str(-rc)
        problems.append("killed by signal " + sig)
    elif rc != exp[2]:
        problems.append("exit status %s, expected %d" % (rc, exp[2]))
    details = []
    if out != exp[0]:
        problems.append("stdout differs")
        details.append(diff_text("stdout", exp[0], out))
    if err != exp[1]:
        problems.append("stderr differs")
        details.append(diff_text("stderr", exp[1], err))
    if not problems:
        return Result(test.name, True)
    msg = "FAIL %s: %s" % (test.name, "; ".join(problems))
    if details:
        msg += "\n" + "\n".join(details)
    return Result(test.name, False, msg)


VALGRIND_ERROR_RC = 99
# With -q, memcheck prints each leak record but no summary: add the records up.
DEF_LOST_RE = re.compile(r"([\d,]+) bytes in [\d,]+ blocks are definitely lost")


def run_gilvm(test, opts):
    exp_out, exp_err, exp_rc = test.expected(opts, allow_gilvm=True)
    exp_err = drop_caret_lines(exp_err)
    argv = [opts.gilvm]
    if opts.strategy:
        argv += ["--strategy", opts.strategy]
    argv.append(test.name + ".py")
    env = dict(os.environ)
    env["GILVM_TEST"] = "1"
    log = None
    if opts.valgrind:
        fd, log = tempfile.mkstemp(prefix="gilvm-vg-", suffix=".log")
        os.close(fd)
        argv = [
            "valgrind",
            "--leak-check=full",
            "--errors-for-leak-kinds=definite",
            "--error-exitcode=%d" % VALGRIND_ERROR_RC,
            "-q",
            "--log-file=" + log,
        ] + argv
    try:
        out, err, rc, note = run_process(argv, test, opts.timeout, env)
        vg_text = ""
        if log is not None:
            with open(log, "r", errors="replace") as f:
                vg_text = f.read()
    finally:
        if log is not None:
            os.unlink(log)
    err = strip_dir(err, test.dir)
    vg_failed = False
    if opts.valgrind:
        lost = sum(int(m.replace(",", "")) for m in DEF_LOST_RE.findall(vg_text))
        vg_failed = lost > 0 or (rc == VALGRIND_ERROR_RC and exp_rc != VALGRIND_ERROR_RC)
        if vg_failed and rc == VALGRIND_ERROR_RC:
            rc = exp_rc  # valgrind replaced the real status; report its errors instead
    res = compare(test, (exp_out, exp_err, exp_rc), (out, err, rc), note)
    if vg_failed:
        lines = vg_text.splitlines()
        if len(lines) > DIFF_LINES:
            lines = lines[:DIFF_LINES] + ["... (%d more lines)" % (len(lines) - DIFF_LINES)]
        head = "FAIL %s: valgrind reports errors" % test.name
        if lost:
            head += " (definitely lost: %d bytes)" % lost
        body = "\n".join("    " + l for l in lines)
        msg = head + "\n" + body
        if not res.ok:
            msg = res.message + "\n" + msg
        res = Result(test.name, False, msg)
    return res


def run_python(test, opts):
    return run_process([opts.python, test.name + ".py"], test, opts.timeout, python_env())


def check_python(test, opts):
    if is_gilvm_only(test):
        return Result(test.name, True, skipped=True)
    exp = test.expected(opts, allow_gilvm=False)
    out, err, rc, note = run_python(test, opts)
    err = strip_dir(err, test.dir)
    return compare(test, exp, (out, err, rc), note)


def record(test, opts):
    if is_gilvm_only(test):
        # CPython cannot run it: the recording is what gilvm prints.
        if opts.gilvm is None:
            return Result(test.name, False, "FAIL %s: gilvm-only, and %s not found"
                          % (test.name, opts.gilvm_arg))
        env = dict(os.environ)
        env["GILVM_TEST"] = "1"
        out, err, rc, note = run_process([opts.gilvm, test.name + ".py"], test, opts.timeout,
                                         env)
        who = "gilvm"
    else:
        out, err, rc, note = run_python(test, opts)
        who = "python3"
    if note or rc is None:
        return Result(test.name, False, "FAIL %s: %s" % (test.name, note))
    if rc < 0 and rc != -signal.SIGINT:  # SIGINT: an uncaught KeyboardInterrupt ends so
        return Result(test.name, False, "FAIL %s: %s killed by signal %d" % (test.name, who, -rc))
    err = strip_dir(err, test.dir)
    default_rc = 1 if opts.syntax else 0
    with open(test.path(".out"), "wb") as f:
        f.write(out)
    for ext, data in ((".err", err), (".rc", None if rc == default_rc else b"%d\n" % rc)):
        if data:
            with open(test.path(ext), "wb") as f:
                f.write(data)
        elif os.path.exists(test.path(ext)):
            os.unlink(test.path(ext))
    return Result(test.name, True)


def find_tests(directory, filters):
    names = []
    for entry in sorted(os.listdir(directory)):
        if not entry.endswith(".py"):
            continue
        name = entry[:-3]
        if filters and not any(f in name for f in filters):
            continue
        names.append(name)
    return [Test(directory, n) for n in names]


def main():
    ap = argparse.ArgumentParser(
        description="Run gilvm program tests against outputs recorded from CPython."
    )
    ap.add_argument("dir", metavar="DIR", help="directory holding NAME.py tests")
    ap.add_argument("filters", metavar="NAME-FILTER", nargs="*",
                    help="only run tests whose name contains one of these")
    ap.add_argument("--gilvm", default="./gilvm", help="the gilvm binary (default ./gilvm)")
    ap.add_argument("--python", default="python3",
                    help="CPython used by --record/--check-python (default python3)")
    ap.add_argument("--syntax", action="store_true",
                    help="malformed-program tests: a missing NAME.rc means exit status 1")
    ap.add_argument("--strategy", metavar="NAME", help="pass --strategy NAME to gilvm")
    ap.add_argument("--valgrind", action="store_true",
                    help="run gilvm under valgrind memcheck; fail on errors or definite leaks")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--record", action="store_true",
                      help="write NAME.out/.err/.rc from what python3 prints")
    mode.add_argument("--check-python", action="store_true",
                      help="check the recordings still match what python3 prints")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                    help="tests run in parallel (default: number of CPUs)")
    ap.add_argument("--timeout", type=float, default=None,
                    help="seconds per test (default 60; 600 under --valgrind)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every test's name")
    opts = ap.parse_args()

    if opts.timeout is None:
        opts.timeout = 600.0 if opts.valgrind else 60.0
    if not os.path.isdir(opts.dir):
        print("run_programs: %s: not a directory" % opts.dir, file=sys.stderr)
        return 2
    opts.dir = os.path.abspath(opts.dir)
    tests = find_tests(opts.dir, opts.filters)

    opts.gilvm_arg = opts.gilvm
    gilvm = shutil.which(opts.gilvm) if os.sep not in opts.gilvm else opts.gilvm
    opts.gilvm = os.path.abspath(gilvm) if gilvm is not None and os.path.exists(gilvm) else None
    if opts.record or opts.check_python:
        if shutil.which(opts.python) is None:
            print("run_programs: %s not found; skipping" % opts.python)
            return 0
        action = record if opts.record else check_python
    else:
        if opts.gilvm is None:
            print("run_programs: %s not found" % opts.gilvm_arg, file=sys.stderr)
            return 2
        if opts.valgrind and shutil.which("valgrind") is None:
            print("run_programs: valgrind not found", file=sys.stderr)
            return 2
        action = run_gilvm

    passed = failed = skipped = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        futures = [pool.submit(action, t, opts) for t in tests]
        for fut in futures:
            res = fut.result()
            if opts.verbose:
                tag = "skip " if res.skipped else "ok   " if res.ok else "FAIL "
                print(tag + res.name, flush=True)
            if res.skipped:
                skipped += 1
            elif res.ok:
                passed += 1
            else:
                failed += 1
                print(res.message, flush=True)
    tail = ", %d skipped (gilvm-only)" % skipped if skipped else ""
    if opts.record:
        print("%d recorded, %d failed%s" % (passed, failed, tail))
    else:
        print("%d passed, %d failed%s" % (passed, failed, tail))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
