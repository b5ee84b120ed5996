# Checks: keys/values/items views print as dict_keys([...]) etc., are live, iterable, and support len/in.
d = {"one": 1, "two": 2, "three": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k)
print(v)
print(it)
d["four"] = 4
print(len(k), len(v), len(it), k)
print("two" in k, 2 in v, ("two", 2) in it, ("two", 3) in it, "five" in k)
for key, val in d.items():
    print(key, val)
print(list(k), list(v), list(it)[0])
del d["one"]
print(k, v)
print(sorted(d.keys()), sorted(d.values(), reverse=True))
print({}.keys(), {}.values(), {}.items())
print(list(zip(d.keys(), d.values())) == list(d.items()))
