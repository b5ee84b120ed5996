# something after the line continuation character
x = 1 + \ 2
