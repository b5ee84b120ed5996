# A small library system combining classes, properties, generators, with and user exceptions.
class LibraryError(Exception): pass
class NotAvailable(LibraryError):
    def __init__(self, title, holder):
        super().__init__(f"{title!r} is on loan to {holder}")
class Book:
    def __init__(self, title, year):
        self.title, self.year = title, year
        self.holder = None
    @property
    def available(self):
        return self.holder is None
    def __repr__(self):
        return f"<{self.title} ({self.year})>"
class Library:
    def __init__(self):
        self.books = {}
        self.events = []
    def add(self, *books):
        for b in books:
            self.books[b.title] = b
        return self
    def available(self):
        yield from (b for b in self.books.values() if b.available)
    def lend(self, title, who):
        b = self.books.get(title)
        if b is None:
            raise LibraryError(f"no book {title!r}")
        if not b.available:
            raise NotAvailable(title, b.holder)
        b.holder = who
        self.events.append(("lend", title, who))
    def session(self, who):
        lib = self
        class Session:
            def __enter__(self):
                lib.events.append(("open", who))
                return self
            def __exit__(self, t, v, tb):
                lib.events.append(("close", who, t.__name__ if t else None))
                return t is not None and issubclass(t, LibraryError)
        return Session()
lib = Library().add(Book("Dune", 1965), Book("Emma", 1815), Book("Ulysses", 1922))
with lib.session("ann"):
    lib.lend("Dune", "ann")
with lib.session("bob"):
    lib.lend("Dune", "bob")
    print("not reached")
with lib.session("cy"):
    lib.lend("Moby", "cy")
print(sorted(lib.available(), key=lambda b: b.year))
for e in lib.events:
    print(*e)
try:
    lib.lend("Dune", "dee")
except LibraryError as e:
    print(type(e).__name__, "-", e)
