# else without an indented block
if False:
    pass
else:
print(1)
