# Module-level state is shared between all importers; assignments to module attributes are seen.
import imp_helper_state
print(imp_helper_state.registry)
import imp_helper_c
print(imp_helper_state.registry)
imp_helper_state.register("main")
from imp_helper_state import registry
print(registry, registry is imp_helper_state.registry)
import imp_helper_a
print(imp_helper_a.get_setting())
imp_helper_a.setting = "changed by main"
print(imp_helper_a.get_setting())
imp_helper_a.f(1); imp_helper_a.f(2)
print(imp_helper_a.calls)
imp_helper_state.registry = ["replaced"]
print(registry, imp_helper_state.registry)
