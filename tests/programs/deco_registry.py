# A command registry built with a parameterised decorator; dispatching by name.
commands = {}
def command(name, *aliases):
    def deco(f):
        for n in (name,) + aliases:
            commands[n] = f
        f.command_name = name
        return f
    return deco
@command("add", "+")
def add(a, b):
    return a + b
@command("mul", "*", "times")
def mul(a, b):
    return a * b
@command("neg")
def neg(a):
    return -a
def run(line):
    name, *args = line.split()
    f = commands.get(name)
    if f is None:
        return f"unknown command {name!r}"
    try:
        return f(*(int(x) for x in args))
    except TypeError as e:
        return f"error: {e}"
for line in ["add 2 3", "+ 1 1", "times 6 7", "neg 5", "neg 1 2", "div 1 2"]:
    print(f"{line:<10} => {run(line)}")
print(sorted(commands), mul.command_name)
