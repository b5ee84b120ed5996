# __init_subclass__: an implicit classmethod called on the base when a subclass
# is created, with the class keywords; object's version takes nothing.
class Plugin:
    registry = []

    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Plugin.registry.append((cls.__name__, tag))


class Csv(Plugin, tag="csv"):
    pass


class Json(Plugin, tag="json"):
    pass


class Plain(Plugin):
    pass


class Sub(Csv):  # inherits __init_subclass__ from Plugin through Csv
    pass


print(Plugin.registry)
print(Csv.tag, Json.tag, Plain.tag, Sub.tag)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
print(object.__init_subclass__())

try:
    class Bad(Plugin, tag="x", colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class A:
    pass


try:
    class B(A, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)


class Counted:
    count = 0

    @classmethod
    def __init_subclass__(cls):
        Counted.count += 1


class C1(Counted):
    pass


class C2(C1):
    pass


print(Counted.count)
T = type("T", (Plugin,), {})
print(T.tag, Plugin.registry[-1])
