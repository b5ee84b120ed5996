# print/str use __str__, repr and containers use __repr__; __str__ falls back to __repr__.
class Both:
    def __str__(self): return "Both-str"
    def __repr__(self): return "Both-repr"
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class OnlyStr:
    def __str__(self): return "OnlyStr-str"

b, r = Both(), OnlyRepr()
print(b, str(b), repr(b))
print([b, b], (b,), {"k": b}, {1: [r]})
print(r, str(r), f"{r}", f"{r!r}", f"{b!s} {b!r}")
print(str(OnlyStr()), [str(OnlyStr())])
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at "))
print("%s and %r" % (b, b))
print("{} {!r}".format(b, b))
class Bad:
    def __repr__(self): return 42
try:
    repr(Bad())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
