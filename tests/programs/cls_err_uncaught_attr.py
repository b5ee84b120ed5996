# An uncaught AttributeError raised inside a method: traceback through the method.
class Config:
    def __init__(self):
        self.debug = False
    def get(self, key):
        return getattr(self, key)

def main():
    c = Config()
    print(c.get("debug"))
    print(c.get("verbose"))

main()
