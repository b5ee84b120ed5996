# Exception subclasses with extra attributes, custom __init__ and __str__.
class HTTPError(Exception):
    def __init__(self, code, reason="unknown"):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason
    def __str__(self):
        return f"HTTP {self.code}: {self.reason}"
class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path
    def __str__(self):
        return super().__str__() + f" ({self.path})"
try:
    raise HTTPError(500, "Server Error")
except HTTPError as e:
    print(e, "|", e.code, e.reason, e.args, "|", repr(e))
try:
    raise NotFound("/x")
except HTTPError as e:
    print(e, "|", e.code, e.path, e.args)
class ValidationError(ValueError):
    def __init__(self, field, problems):
        self.field = field
        self.problems = problems
        super().__init__(f"{field}: {', '.join(problems)}")
try:
    raise ValidationError("email", ["empty", "no @"])
except ValueError as e:
    print(e, "|", e.field, len(e.problems), "|", repr(e))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuper(5)
print(repr(e), e.args, e.x, repr(str(e)))
