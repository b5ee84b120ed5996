# an except with no try before it
except ValueError:
    pass
