# Checks: an error raised inside an except block prints both tracebacks joined by
# "During handling of the above exception, another exception occurred:".
def load(d, key):
    try:
        return d[key]
    except KeyError:
        return int(key)

print(load({"a": 1}, "a"))
print(load({}, "b"))
