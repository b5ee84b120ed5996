# Checks: and/or return one of their operands and short-circuit; not always returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "never", None or 0)
print("a" and "b" and "c", "a" and "" and "c", "" or 0 or None, 0 or "" or [1])
print(not 0, not 1, not "", not [0], not None, type(not 5))
log = []
def t(name, val):
    log.append(name)
    return val
r = t("a", False) and t("b", True)
print(r, log)
log.clear()
r = t("a", True) or t("b", True)
print(r, log)
log.clear()
r = t("a", 0) or t("b", "") or t("c", "found") or t("d", 1)
print(repr(r), log)
name = ""
print(name or "anonymous", (name and name.upper()) or "-")
x = None
print(x is None, x is not None, x == None, not x)
y = 0
print(y is not None and y > -1)
