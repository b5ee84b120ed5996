# an empty replacement field
x = f"value: {}"
