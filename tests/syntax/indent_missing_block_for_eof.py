# a loop header at the end of the file
for i in range(3):
