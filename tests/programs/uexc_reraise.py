# Bare raise re-raises the current exception; raise e keeps its attributes; finally order.
class Retry(Exception):
    def __init__(self, attempt):
        super().__init__(f"attempt {attempt}")
        self.attempt = attempt
def risky(n):
    raise Retry(n)
def wrapper(n):
    try:
        risky(n)
    except Retry as e:
        print("log:", e)
        if e.attempt < 2:
            raise
        return "gave up quietly"
    finally:
        print("finally", n)
for n in [1, 2]:
    try:
        print(wrapper(n))
    except Retry as e:
        print("caller got", e.attempt, e)
saved = None
try:
    risky(7)
except Retry as e:
    saved = e
try:
    raise saved
except Retry as e:
    print(e is saved, e.attempt)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
