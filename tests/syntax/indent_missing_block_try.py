# try without an indented block
try:
x = 1
except ValueError:
    pass
