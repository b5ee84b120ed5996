# a non-ASCII symbol that is not an identifier character
price = 5 €
