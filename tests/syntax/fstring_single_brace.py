# a single } must be doubled
x = f"a}b"
