# __cause__, __context__ and __suppress_context__ after raise, raise from, raise from None.
class E1(Exception): pass
class E2(Exception): pass
def show(e):
    print(type(e).__name__, "cause:", repr(e.__cause__), "context:", repr(e.__context__),
          "suppress:", e.__suppress_context__)
try:
    try:
        raise E1("first")
    except E1:
        raise E2("second")
except E2 as e:
    show(e)
try:
    try:
        raise E1("a")
    except E1 as x:
        raise E2("b") from x
except E2 as e:
    show(e)
try:
    try:
        raise E1("c")
    except E1:
        raise E2("d") from None
except E2 as e:
    show(e)
try:
    raise E2("e") from E1("explicit")
except E2 as e:
    show(e)
try:
    raise E2("x") from 5
except TypeError as e:
    print("TypeError:", e)
show(E1("fresh"))
