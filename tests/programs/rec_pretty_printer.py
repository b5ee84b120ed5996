# Checks: a JSON-like pretty printer written with recursion over dicts, lists and scalars.
def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        parts = []
        for k in v:
            parts.append(pad + "  " + quote(k) + ": " + dump(v[k], indent + 1))
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        parts = [pad + "  " + dump(x, indent + 1) for x in v]
        return "[\n" + ",\n".join(parts) + "\n" + pad + "]"
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, str):
        return quote(v)
    return str(v)

def quote(s):
    out = '"'
    for c in s:
        if c == '"' or c == "\\":
            out += "\\" + c
        elif c == "\n":
            out += "\\n"
        else:
            out += c
    return out + '"'

doc = {"name": "gilvm", "version": 1.5, "tags": ["c", "python", "gil"],
       "strategies": {"gil": {"locks": 1, "atomic": False}, "brc": {"locks": None, "atomic": True}},
       "empty": {}, "nothing": [], "quote": 'say "hi"\n', "matrix": [[1, 2], [3, 4]], "pair": (0, -1)}
print(dump(doc))
