# Helper module for the imp_* tests: fails with ZeroDivisionError when imported.
attempts = 0
if __name__ != "__main__":
    print("imp_helper_raises executing")
    value = 1 / 0
else:
    print("standalone: fine")
