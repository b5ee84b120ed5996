# Helper module for the imp_* tests: what __name__ is when imported versus run.
my_name = __name__
def whoami():
    return __name__
if __name__ == "__main__":
    print("run as main:", my_name)
else:
    print("imported as", my_name)
