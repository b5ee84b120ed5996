# Helper module for the imp_* tests: registers itself in imp_helper_state when imported.
import imp_helper_state
imp_helper_state.register("imp_helper_c")
if __name__ == "__main__":
    print(imp_helper_state.registry)
