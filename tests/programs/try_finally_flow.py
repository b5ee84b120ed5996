# Checks: finally runs on return, break and continue; return in finally overrides; break in finally swallows.
def ret():
    try:
        return "from try"
    finally:
        print("finally on return")
print(ret())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows the exception"
print(swallow())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def loop_swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out, exception discarded"
print(loop_swallow())
def count():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(count())
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("first finally")
    finally:
        print("second finally")
print(nested_finally())
