# Checks: an exception unwinds through several frames running each finally in order.
log = []
def level3():
    try:
        log.append("enter 3")
        raise LookupError("deep")
    finally:
        log.append("finally 3")
def level2():
    try:
        level3()
    finally:
        log.append("finally 2")
def level1():
    try:
        level2()
    except LookupError as e:
        log.append("caught in 1: " + str(e))
    finally:
        log.append("finally 1")
level1()
for line in log:
    print(line)
def gen_error(n):
    if n == 0:
        raise IndexError("bottom reached")
    try:
        gen_error(n - 1)
    finally:
        print("unwinding", n)
try:
    gen_error(4)
except IndexError as e:
    print(e)
