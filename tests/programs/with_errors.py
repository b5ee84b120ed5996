# with on objects that are not context managers; missing __exit__; bad __enter__ args.
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
class Plain: pass
for cls in (NoEnter, NoExit, Plain):
    try:
        with cls():
            print("not reached")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class BadExit:
    def __enter__(self): return self
    def __exit__(self): return False
try:
    with BadExit():
        pass
except TypeError as e:
    print("TypeError:", e)
