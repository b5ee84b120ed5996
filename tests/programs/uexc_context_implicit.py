# An exception raised while handling another: "During handling ..." traceback.
class CleanupError(Exception):
    pass

def work():
    try:
        return 1 / 0
    except ZeroDivisionError:
        raise CleanupError("cleanup failed")

work()
