# Checks: uncaught ZeroDivisionError three calls deep: traceback with every frame, exit status 1.
def divide(a, b):
    return a / b

def average(values):
    return divide(sum(values), len(values))

def report(values):
    print("computing average of", values)
    return average(values)

print(report([1, 2, 3]))
print(report([]))
print("not reached")
