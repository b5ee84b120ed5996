# Checks: uncaught KeyError shows the repr of the key.
config = {"host": "localhost", "port": 8080}

def get_setting(name):
    return config[name]

print(get_setting("host"))
print(get_setting("user"))
