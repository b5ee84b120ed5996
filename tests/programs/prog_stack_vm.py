# Checks: a tiny bytecode interpreter (program as a list of tuples) computing factorial and a loop.
def run(program):
    stack = []
    env = {}
    pc = 0
    steps = 0
    out = []
    while pc < len(program):
        op = program[pc]
        steps += 1
        kind = op[0]
        if kind == "push":
            stack.append(op[1])
        elif kind == "load":
            stack.append(env[op[1]])
        elif kind == "store":
            env[op[1]] = stack.pop()
        elif kind == "add":
            b = stack.pop(); stack.append(stack.pop() + b)
        elif kind == "sub":
            b = stack.pop(); stack.append(stack.pop() - b)
        elif kind == "mul":
            b = stack.pop(); stack.append(stack.pop() * b)
        elif kind == "jz":
            if stack.pop() == 0:
                pc = op[1]
                continue
        elif kind == "jmp":
            pc = op[1]
            continue
        elif kind == "print":
            out.append(stack.pop())
        else:
            raise RuntimeError("bad opcode " + repr(kind))
        pc += 1
    return out, steps, env
fact = [("push", 25), ("store", "n"), ("push", 1), ("store", "acc"),
        ("load", "n"), ("jz", 15),
        ("load", "acc"), ("load", "n"), ("mul",), ("store", "acc"),
        ("load", "n"), ("push", 1), ("sub",), ("store", "n"), ("jmp", 4),
        ("load", "acc"), ("print",)]
out, steps, env = run(fact)
print(out, steps, env)
try:
    run([("push", 1), ("halt",)])
except RuntimeError as e:
    print(repr(e))
