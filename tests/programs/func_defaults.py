# Checks: default values are evaluated once at definition time (the mutable default pitfall).
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
n = 10
def show(x=n):
    return x
n = 20
print(show(), show(5))
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
counter_calls = []
def default_maker():
    counter_calls.append(1)
    return len(counter_calls)
def uses(x=default_maker()):
    return x
print(uses(), uses(), len(counter_calls))
