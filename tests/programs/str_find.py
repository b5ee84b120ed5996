# Checks: find/rfind/index/rindex/count with start and end arguments and not-found behaviour.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("a", 0, 10), s.rfind("bra"), s.rfind("z"), s.rfind(""))
print(s.index("cad"), s.rindex("a"), s.index("a", -4), s.rindex("a", 0, -1))
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 5), s.count("aa"), "aaaa".count("aa"))
print(s.find("a", -3), s.find("a", 100), s.count("a", -3, -1))
for meth in ("index", "rindex"):
    try:
        if meth == "index":
            s.index("z")
        else:
            s.rindex("z")
    except ValueError as e:
        print(meth, repr(e))
print("日本語日本".find("本"), "日本語日本".rfind("本"), "日本語日本".count("日本"))
