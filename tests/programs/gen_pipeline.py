# Generator pipelines: read → parse → filter → transform, lazily, one item at a time.
LOG = """\
INFO start
WARN disk 91
INFO tick
ERROR disk 99
WARN cpu 75
INFO stop
ERROR net 0"""
def lines(text):
    for line in text.split("\n"):
        print(" read:", line)
        yield line
def parse(lines):
    for line in lines:
        parts = line.split()
        yield parts[0], parts[1], int(parts[2]) if len(parts) > 2 else None
def only(levels, records):
    return (r for r in records if r[0] in levels)
def fmt(records):
    for level, what, value in records:
        yield f"{level:<5}|{what:>5}|{value if value is not None else '-':>3}"
pipeline = fmt(only({"WARN", "ERROR"}, parse(lines(LOG))))
print(next(pipeline))
print(next(pipeline))
for row in pipeline:
    print(row)
total = sum(v for _, _, v in parse(LOG.split("\n")) if v)
print("total", total)
