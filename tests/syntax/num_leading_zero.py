# leading zeros are not allowed in decimal integers
x = 0123
