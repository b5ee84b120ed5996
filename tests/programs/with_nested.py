# Nested with statements; inner suppression hides the exception from the outer one.
class Tag:
    depth = 0
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self
    def __exit__(self, t, v, tb):
        Tag.depth -= 1
        note = f" ({t.__name__} {'swallowed' if self.swallow else 'passes'})" if t else ""
        print("  " * Tag.depth + f"</{self.name}>{note}")
        return self.swallow

with Tag("html"):
    with Tag("body"):
        with Tag("p"):
            print("    text")
        with Tag("div", swallow=True):
            with Tag("span"):
                raise ValueError("bad markup")
        print("    after div")
try:
    with Tag("outer"):
        with Tag("inner"):
            raise KeyError("k")
except KeyError:
    print("KeyError reached top")
print(Tag.depth)
