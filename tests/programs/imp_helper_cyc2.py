# Helper module for the imp_circular test: imports imp_helper_cyc1 (partly initialised then).
print("cyc2 start")
import imp_helper_cyc1
print("cyc2 sees one:", hasattr(imp_helper_cyc1, "one"))
def two():
    return "two+" + imp_helper_cyc1.one_plain()
def two_plain():
    return "two"
print("cyc2 end")
