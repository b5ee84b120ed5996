# Checks: uncaught UnboundLocalError with the 3.11 message.
total = 0

def add(n):
    total += n
    return total

add(5)
