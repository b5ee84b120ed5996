# Helper module for the imp_* tests: a registry shared by all importers.
registry = []

def register(name):
    registry.append(name)
    return len(registry)

if __name__ == "__main__":
    print(register("self"), registry)
