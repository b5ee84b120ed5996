# import ... as and from ... import ... as: aliases refer to the same objects.
import imp_helper_a as h
from imp_helper_a import f as double, C as Klass
import imp_helper_a
print(h is imp_helper_a, double is h.f, Klass is h.C)
print(double(4), Klass(9), h.VERSION)
try:
    print(imp_helper_a_missing_alias)
except NameError as e:
    print("NameError:", e)
import imp_helper_state as s1, imp_helper_state as s2
print(s1 is s2, s1.register("x"), s2.registry)
