# Checks: an inventory system: dict of dicts, updates, validation with exceptions, sorted reports.
inventory = {}
def add_item(name, qty, price):
    if qty < 0:
        raise ValueError("negative quantity for " + name)
    item = inventory.setdefault(name, {"qty": 0, "price": price})
    item["qty"] += qty
    item["price"] = price
def remove_item(name, qty):
    if name not in inventory:
        raise KeyError(name)
    if inventory[name]["qty"] < qty:
        raise ValueError("only " + str(inventory[name]["qty"]) + " " + name + " left")
    inventory[name]["qty"] -= qty
    if inventory[name]["qty"] == 0:
        del inventory[name]
ops = [("add", "apple", 10, 0.5), ("add", "pear", 4, 0.75), ("add", "apple", 5, 0.55),
       ("remove", "pear", 4), ("remove", "kiwi", 1), ("remove", "apple", 100),
       ("add", "plum", -3, 1.0), ("add", "fig", 12, 1.25), ("remove", "apple", 3)]
for op in ops:
    try:
        if op[0] == "add":
            add_item(op[1], op[2], op[3])
        else:
            remove_item(op[1], op[2])
        print("ok   ", op)
    except KeyError as e:
        print("error", op, "unknown item", e)
    except ValueError as e:
        print("error", op, e)
total = 0
for name in sorted(inventory, key=lambda n: -inventory[n]["qty"] * inventory[n]["price"]):
    value = inventory[name]["qty"] * inventory[name]["price"]
    total += value
    print(name.ljust(6), str(inventory[name]["qty"]).rjust(3), round(value, 2))
print("total", round(total, 2))
