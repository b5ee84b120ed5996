# An exception hierarchy of user classes caught by base class, order of except clauses.
class ShopError(Exception): pass
class PaymentError(ShopError): pass
class CardDeclined(PaymentError): pass
class OutOfStock(ShopError): pass
class Unrelated(Exception): pass

def handle(exc):
    try:
        raise exc
    except CardDeclined:
        return "declined"
    except PaymentError as e:
        return f"payment problem: {e}"
    except ShopError as e:
        return f"shop error {type(e).__name__}: {e}"
    except Exception as e:
        return f"other {type(e).__name__}"

for exc in [CardDeclined("no funds"), PaymentError("timeout"), OutOfStock("pens"),
            ShopError("generic"), Unrelated("x"), ValueError("v")]:
    print(handle(exc))
try:
    try:
        raise OutOfStock("ink")
    except PaymentError:
        print("wrong handler")
except ShopError as e:
    print("outer caught", repr(e))
try:
    raise CardDeclined("c")
except (OutOfStock, PaymentError) as e:
    print("tuple caught", type(e).__name__)
