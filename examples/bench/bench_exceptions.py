# Exceptions in a loop: raise/catch across calls, try/finally, custom exception classes.


class ParseError(Exception):
    def __init__(self, pos, msg):
        Exception.__init__(self, msg)
        self.pos = pos


def parse_digit(s, pos):
    c = s[pos]
    if c < "0" or c > "9":
        raise ParseError(pos, "not a digit: " + c)
    return ord(c) - 48


def parse_number(s):
    value = 0
    for pos in range(len(s)):
        value = value * 10 + parse_digit(s, pos)
    return value


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1


def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        return 0
    finally:
        d["lookups"] = d.get("lookups", 0) + 1


def main():
    inputs = ["12345", "98x76", "", "4242", "7a", "100000", "3.14", "65536"]
    good = 0
    bad = 0
    badpos = 0
    for rep in range(420000):
        s = inputs[rep % len(inputs)]
        try:
            good += parse_number(s)
        except ParseError as e:
            bad += 1
            badpos += e.pos
    table = {"a": 1, "b": 2}
    acc = 0
    for i in range(960000):
        acc += safe_div(i, i % 5)
        acc += lookup(table, "a" if i % 3 else "z")
        try:
            [1, 2, 3][i % 4]
        except IndexError as e:
            acc += len(str(e))
    print("good", good, "bad", bad, "badpos", badpos, "acc", acc, "lookups", table["lookups"])


main()
