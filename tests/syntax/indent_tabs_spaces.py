# a tab where the block was indented with spaces
if True:
        x = 1
	y = 2
