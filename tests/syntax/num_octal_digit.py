# 9 is not an octal digit
x = 0o79
