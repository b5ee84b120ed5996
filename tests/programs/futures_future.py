# concurrent.futures: a Future used on its own: states, cancel, done callbacks, set_result/set_exception errors
from concurrent.futures import Future, CancelledError, InvalidStateError, TimeoutError as FTimeout
import concurrent.futures

print(FTimeout is TimeoutError, concurrent.futures.TimeoutError is TimeoutError)
print(issubclass(CancelledError, Exception), issubclass(InvalidStateError, Exception))
f = Future()
print(f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
f.add_done_callback(lambda fut: calls.append(("cb2", fut is f)))
print(calls)
print(f.set_running_or_notify_cancel(), f.running())
print(f.cancel(), f.cancelled())
f.set_result(10)
print(calls, f.done(), f.running(), f.result(), f.exception())
f.add_done_callback(lambda fut: calls.append("added after done runs at once"))
print(calls[-1])
try:
    f.set_result(11)
except InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
try:
    f.set_exception(ValueError())
except InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])

g = Future()
print(g.cancel(), g.cancel(), g.cancelled(), g.done())
for call in (g.result, g.exception):
    try:
        call()
    except CancelledError as e:
        print("CancelledError", repr(e))
print(g.set_running_or_notify_cancel(), g.cancelled())
try:
    g.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
got = []
g.add_done_callback(lambda fut: got.append(fut.cancelled()))
print(got)

h = Future()
h.set_exception(ValueError("bad"))
print(type(h.exception()).__name__, h.done())
try:
    h.result()
except ValueError as e:
    print("ValueError:", e)
p = Future()
for call in (lambda: p.result(timeout=0), lambda: p.exception(timeout=0.01)):
    try:
        call()
    except TimeoutError as e:
        print("TimeoutError", repr(str(e)))
print(repr(p).split(" at ")[0], repr(p).endswith("state=pending>"))
print(repr(f).endswith("state=finished returned int>"), repr(h).endswith("state=finished raised ValueError>"))
print(repr(g).endswith("state=cancelled>"))
