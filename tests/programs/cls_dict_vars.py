# __dict__ and vars() of instances; instance __dict__ is live.
class P:
    species = "human"
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = P("ann", 30)
print(p.__dict__)
print(vars(p))
p.city = "Oslo"
print(sorted(vars(p).items()))
p.__dict__["nick"] = "a"
print(p.nick)
del p.age
print(p.__dict__)
print("species" in p.__dict__, "species" in P.__dict__)
print(vars(p) is p.__dict__)
q = P("bo", 1)
d = dict(vars(q))
d["name"] = "changed"
print(q.name, d["name"])
print(P.__dict__["species"])
