# Checks: a chain of three exceptions, each raised while handling the previous one.
try:
    {}["first"]
except KeyError:
    try:
        [][0]
    except IndexError:
        1 / 0
