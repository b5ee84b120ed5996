# Checks: SystemExit and KeyboardInterrupt are not caught by `except Exception`, but by BaseException.
def trap(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return "Exception caught " + type(e).__name__
    except BaseException as e:
        return "only BaseException caught " + type(e).__name__ + " " + repr(e)
print(trap(SystemExit(3)))
print(trap(KeyboardInterrupt()))
print(trap(ValueError("v")))
print(trap(GeneratorExit()))
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("sys.exit raised", repr(e), e.args)
try:
    sys.exit("text")
except SystemExit as e:
    print(repr(e), e.args)
try:
    sys.exit()
except SystemExit as e:
    print(repr(e), e.args)
try:
    raise SystemExit
except BaseException as e:
    print(type(e).__name__, e.args)
