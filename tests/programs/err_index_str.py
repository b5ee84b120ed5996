# Checks: uncaught IndexError "string index out of range".
def last_char(s):
    return s[len(s)]

print(last_char("abc"))
