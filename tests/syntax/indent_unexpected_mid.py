# a line indented deeper than the block
x = 1
if x:
    y = 2
        z = 3
