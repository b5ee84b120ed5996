# a class without a body; comments do not count
class C:
    # nothing here
pass
