# several exception types need parentheses
try:
    pass
except ValueError, TypeError:
    pass
