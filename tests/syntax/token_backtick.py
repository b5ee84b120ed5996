# backticks were removed in Python 3
x = `42`
