# the class line lacks its colon
class C(object)
    pass
