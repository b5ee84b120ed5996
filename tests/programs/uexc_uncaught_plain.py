# An uncaught user exception of a __main__ class: the last line shows just the class name.
class InventoryError(Exception):
    pass

def take(stock, n):
    if n > stock:
        raise InventoryError(f"need {n}, have {stock}")
    return stock - n

print(take(5, 2))
take(1, 3)
