#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Compare gilvm's parser with CPython's on many sources.

For every source, runs tests/tools/astdump (see the build line at the top of
astdump.c) and CPython 3.11's own parser, and compares:

- for a valid source: ast.dump(tree) (with --attrs, also every position);
- for an invalid one: the exception class, message, lineno, offset,
  end_lineno and end_offset of the SyntaxError.

Errors that CPython raises after parsing (in its symbol table or compiler)
are only expected when gilvm's parser checks them too (CHECKED_LATER below);
the others ('return' outside function, ...) are the compiler's job, so for
those the tree is compared instead.

Sources:
  *.py files, or directories (searched for *.py and *.txt);
  *.txt files hold many snippets separated by lines that are exactly "#---".

Usage:
  python3 tests/tools/astcheck.py [--attrs] [--astdump BIN] [-q] PATH...
Exit status 0 when everything matches.
"""
import argparse
import ast
import os
import subprocess
import sys
import tempfile

CHECKED_LATER = (
    "duplicate argument",
    "keyword argument repeated",
    "multiple starred expressions in assignment",
    "starred assignment target must be in a list or tuple",
    "can't use starred expression here",
)


HOOK = """
import sys
def hook(t, e, tb):
    if isinstance(e, SyntaxError):
        sys.stderr.write("ATTRS\\0%s\\0%s\\0%r\\0%r\\0%r\\0%r\\n" % (
            t.__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
sys.excepthook = hook
"""


def file_mode_error(src: bytes, tmp: str):
    """The SyntaxError python3 reports for src run as a script, or None.

    Only called for sources that do not compile, so nothing is executed.
    In file mode CPython leaves parser error offsets as byte offsets.
    """
    hook_dir = os.path.join(tmp, "hook")
    if not os.path.isdir(hook_dir):
        os.mkdir(hook_dir)
        with open(os.path.join(hook_dir, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
    path = os.path.join(tmp, "script.py")
    with open(path, "wb") as f:
        f.write(src)
    env = dict(os.environ, PYTHONPATH=hook_dir)
    r = subprocess.run([sys.executable, path], capture_output=True, env=env, timeout=30)
    for line in r.stderr.decode("utf-8", "replace").splitlines():
        if line.startswith("ATTRS\0"):
            f = line.split("\0")[1:]
            conv = [None if x == "None" else int(x) for x in f[2:]]
            return (f[0], f[1], *conv)
    return None


def expected(src: bytes, mode: str, attrs: bool, tmp: str):
    """CPython's answer: ('ok', dump) or ('err', fields).

    Errors are those of a file run by python3 (what `gilvm FILE` imitates):
    for a non-ASCII source that means running it, to get byte offsets.
    """
    text = src
    try:
        if not src.startswith(b"\xef\xbb\xbf"):
            text = src.decode("utf-8")
    except UnicodeDecodeError:
        pass
    kind, value = expected_text(text, mode, attrs)
    # Only non-ASCII sources (byte offsets) and errors on a token without text
    # (end offset -1: at EOF the file reader reports column 0) can differ.
    if kind == "err" and mode == "exec" and isinstance(text, str) and (not src.isascii() or value[5] == -1):
        err = file_mode_error(src, tmp)
        if err is not None and err[1] == value[1]:
            value = err
    return kind, value


def expected_text(src, mode, attrs):
    try:
        tree = ast.parse(src, "<src>", mode)
    except SyntaxError as e:
        return "err", error_fields(e)
    except ValueError as e:  # null bytes
        return "err", ("SyntaxError", str(e), None, None, None, None)
    try:
        compile(src, "<src>", mode)
    except SyntaxError as e:
        if any(e.msg.startswith(m) for m in CHECKED_LATER):
            return "err", error_fields(e)
    return "ok", ast.dump(tree, include_attributes=attrs)


def error_fields(e):
    return (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


def actual(astdump: str, path: str, mode: str, attrs: bool):
    cmd = [astdump, "-m", mode] + (["-a"] if attrs else []) + [path]
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=30)
    except subprocess.TimeoutExpired:
        return "crash", "timeout"
    out = r.stdout.decode("utf-8", "replace").rstrip("\n")
    if r.returncode == 0:
        return "ok", out
    if r.returncode == 1 and out.count("|") >= 6:
        kind, msg, line, col, eline, ecol = out.split("|")[:6]
        return "err", (kind, msg, int(line), int(col), int(eline), int(ecol))
    return "crash", f"rc={r.returncode} {r.stderr.decode('utf-8', 'replace')[-2000:]}"


def norm_err(f):
    # CPython reports "no position" as None, gilvm as 0.
    kind, msg, line, col, eline, ecol = f
    return (kind, msg, line or 0, col or 0, eline or 0, ecol or 0)


def sources(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in sorted(os.walk(p)):
                for f in sorted(files):
                    if f.endswith((".py", ".txt")):
                        yield from sources([os.path.join(root, f)])
        elif p.endswith(".txt"):
            data = open(p, "rb").read()
            chunks = data.split(b"\n#---\n")
            for i, c in enumerate(chunks):
                yield f"{p}#{i + 1}", c
        else:
            yield p, open(p, "rb").read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--attrs", action="store_true", help="compare positions too")
    ap.add_argument("--astdump", default="build/astdump")
    ap.add_argument("--mode", default="exec", choices=["exec", "single", "eval"])
    ap.add_argument("-q", action="store_true", help="only print the summary")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()

    ok = bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, src in sources(args.paths):
            path = os.path.join(tmp, "src.py")
            with open(path, "wb") as f:
                f.write(src)
            want = expected(src, args.mode, args.attrs, tmp)
            got = actual(args.astdump, path, args.mode, args.attrs)
            same = want[0] == got[0] and (
                want[1] == got[1] if want[0] == "ok" else norm_err(want[1]) == norm_err(got[1])
            )
            if same:
                ok += 1
                continue
            bad += 1
            if not args.q:
                print(f"MISMATCH {name}")
                if len(src) < 400:
                    print("  source:  ", repr(src.decode("utf-8", "replace")))
                if want[0] == got[0] == "ok":
                    a, b = want[1], got[1]
                    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
                    print("  python3:  ...", a[max(0, i - 300):i + 200])
                    print("  gilvm:    ...", b[max(0, i - 300):i + 200])
                else:
                    print("  python3: ", want[0], str(want[1])[:3000])
                    print("  gilvm:   ", got[0], str(got[1])[:3000])
    print(f"astcheck: {ok} match, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
