# A module that imports another: load order, shared identity, subclass across modules.
import imp_helper_b
import imp_helper_a
print(imp_helper_b.a is imp_helper_a, imp_helper_b.C is imp_helper_a.C)
print(imp_helper_b.g(5))
d = imp_helper_b.D(7)
print(d, d.double(), isinstance(d, imp_helper_a.C))
print(imp_helper_a.calls)
