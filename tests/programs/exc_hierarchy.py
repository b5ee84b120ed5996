# Checks: handlers match subclasses: LookupError, ArithmeticError, Exception, BaseException, NameError.
def catch(f):
    try:
        f()
    except LookupError as e:
        return "LookupError <- " + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError <- " + type(e).__name__
    except NameError as e:
        return "NameError <- " + type(e).__name__
    except RuntimeError as e:
        return "RuntimeError <- " + type(e).__name__
    except Exception as e:
        return "Exception <- " + type(e).__name__
print(catch(lambda: {}["x"]))
print(catch(lambda: [][0]))
print(catch(lambda: "abc"[10]))
print(catch(lambda: 1 / 0))
print(catch(lambda: 10 ** 400 / 1.5))
print(catch(lambda: undefined_variable))
def unbound():
    v += 1
print(catch(unbound))
def rec():
    rec()
print(catch(rec))
print(catch(lambda: int("x")))
print(catch(lambda: None + 1))
print(isinstance(KeyError(), LookupError), isinstance(KeyError(), Exception), isinstance(KeyError(), BaseException))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(ValueError(), ArithmeticError))
print(isinstance(SystemExit(), Exception), isinstance(KeyboardInterrupt(), BaseException))
print(isinstance(RecursionError(), RuntimeError), isinstance(NotImplementedError(), RuntimeError))
