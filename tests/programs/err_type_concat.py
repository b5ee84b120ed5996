# Checks: uncaught TypeError 'can only concatenate str (not "int") to str' from a nested call.
def describe(n):
    return "value: " + n

def main():
    for n in [1]:
        print(describe(n))

main()
