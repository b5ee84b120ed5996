# the except line lacks its colon
try:
    pass
except ValueError
    pass
