# Checks: finally blocks and output order when an exception is not caught at all.
def work():
    try:
        print("working")
        raise OverflowError("too big")
    finally:
        print("cleanup in finally")

try:
    work()
finally:
    print("outer finally")
