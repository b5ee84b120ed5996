#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Mutation fuzzing of the front end: astdump must answer with a tree or a
SyntaxError for any input, never crash, hang or report a sanitizer error.

Build astdump with -fsanitize=address,undefined (see astdump.c) and run:
    python3 tests/tools/fuzz_parser.py --astdump build/astdump-asan -n 2000 FILES...

Mutations of the given files: truncation at a random byte, random byte
flips/insertions/deletions, duplicated or deleted lines, random bytes, and
token-level edits (a token deleted, duplicated, swapped with a later one, or a
keyword or operator inserted).
With --compare, inputs that CPython also parses are checked for the same
tree, and invalid ones for the same error (message and position).
"""
import argparse
import ast
import io
import os
import random
import subprocess
import sys
import tempfile
import tokenize

INTERESTING = b"()[]{}:;,.=+-*/%@&|^~<>!\\'\"#\n\t \x0c\r\x00\x80\xff0123456789abcdefjxobrfu_"
WORDS = ["if", "else", "for", "in", "not", "lambda", "yield", "=", ":=", "(", ")", "[", "]", "{", "}",
         ",", ":", "*", "**", "print", "x", "1", "'s'", "f'{", "}'", "\\", "\n", "    ", "return",
         "def", "class", "import", "from", "as", "is", "None", "...", "@", "->", ";"]


def token_mutate(rng, data):
    """Delete, duplicate or swap a token, or insert a keyword or operator."""
    try:
        toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    except Exception:
        return None
    toks = [t for t in toks if t.type not in (tokenize.ENCODING, tokenize.ENDMARKER) and t.string]
    if not toks:
        return None
    lines = data.decode("utf-8", "replace").split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    text = "\n".join(lines)
    t = rng.choice(toks)
    a = starts[t.start[0] - 1] + t.start[1]
    b = starts[t.end[0] - 1] + t.end[1]
    kind = rng.randrange(4)
    if kind == 0:
        text = text[:a] + text[b:]
    elif kind == 1:
        text = text[:b] + " " + t.string + text[b:]
    elif kind == 2:
        u = rng.choice(toks)
        c = starts[u.start[0] - 1] + u.start[1]
        d = starts[u.end[0] - 1] + u.end[1]
        if c > b:
            text = text[:a] + text[c:d] + text[b:c] + text[a:b] + text[d:]
    else:
        text = text[:a] + rng.choice(WORDS) + " " + text[a:]
    return text.encode("utf-8")


def mutate(rng, data):
    if data and rng.random() < 0.4:
        m = token_mutate(rng, data)
        if m is not None:
            return m
    kind = rng.randrange(7)
    if not data:
        return bytes(rng.choice(INTERESTING) for _ in range(rng.randrange(1, 40)))
    if kind == 0:
        return data[: rng.randrange(len(data) + 1)]
    if kind == 1:
        b = bytearray(data)
        for _ in range(rng.randrange(1, 4)):
            b[rng.randrange(len(b))] = rng.choice(INTERESTING)
        return bytes(b)
    if kind == 2:
        i = rng.randrange(len(data) + 1)
        return data[:i] + bytes([rng.choice(INTERESTING)]) + data[i:]
    if kind == 3:
        i = rng.randrange(len(data))
        return data[:i] + data[i + rng.randrange(1, 8):]
    lines = data.split(b"\n")
    if kind == 4 and len(lines) > 1:
        i = rng.randrange(len(lines))
        del lines[i]
        return b"\n".join(lines)
    if kind == 5:
        i = rng.randrange(len(lines))
        lines.insert(rng.randrange(len(lines) + 1), lines[i])
        return b"\n".join(lines)
    # splice a chunk of the file somewhere else
    i, j = sorted(rng.randrange(len(data) + 1) for _ in range(2))
    k = rng.randrange(len(data) + 1)
    return data[:k] + data[i:j] + data[k:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--astdump", default="build/astdump")
    ap.add_argument("-n", type=int, default=1000, help="mutants per run")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--compare", action="store_true", help="also compare with CPython")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    corpus = []
    for f in args.files:
        with open(f, "rb") as fh:
            data = fh.read()
        if len(data) > 20000:
            data = data[:20000]
        corpus.append(data)

    crashes = differ = 0
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:abort_on_error=0", UBSAN_OPTIONS="halt_on_error=1")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "m.py")
        for i in range(args.n):
            data = mutate(rng, rng.choice(corpus))
            if rng.random() < 0.3:
                data = mutate(rng, data)
            with open(path, "wb") as fh:
                fh.write(data)
            try:
                r = subprocess.run([args.astdump, path], capture_output=True, timeout=10, env=env)
            except subprocess.TimeoutExpired:
                crashes += 1
                keep = os.path.join(tempfile.gettempdir(), f"fuzz-hang-{args.seed}-{i}.py")
                open(keep, "wb").write(data)
                print(f"HANG: kept {keep}")
                continue
            if r.returncode not in (0, 1) or r.stderr:
                crashes += 1
                keep = os.path.join(tempfile.gettempdir(), f"fuzz-crash-{args.seed}-{i}.py")
                open(keep, "wb").write(data)
                print(f"CRASH rc={r.returncode}: kept {keep}\n{r.stderr.decode('utf-8', 'replace')[-1500:]}")
                continue
            if args.compare and r.returncode == 0:
                try:
                    want = ast.dump(ast.parse(data.decode("utf-8")))
                except Exception:
                    continue
                if want != r.stdout.decode("utf-8", "replace").strip():
                    differ += 1
                    keep = os.path.join(tempfile.gettempdir(), f"fuzz-differ-{args.seed}-{i}.py")
                    open(keep, "wb").write(data)
                    print(f"DIFFER: kept {keep}")
    print(f"fuzz: {args.n} inputs, {crashes} crashes/hangs, {differ} tree differences")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
