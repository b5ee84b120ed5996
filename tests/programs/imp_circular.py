# Circular imports: the second module sees the first partly initialised; calls work later.
import imp_helper_cyc1
import imp_helper_cyc2
print(imp_helper_cyc1.one())
print(imp_helper_cyc2.two())
