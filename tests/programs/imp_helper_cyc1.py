# Helper module for the imp_circular test: imports imp_helper_cyc2, which imports this one.
print("cyc1 start")
import imp_helper_cyc2
def one():
    return "one+" + imp_helper_cyc2.two_plain()
def one_plain():
    return "one"
print("cyc1 end")
if __name__ == "__main__":
    print(one())
