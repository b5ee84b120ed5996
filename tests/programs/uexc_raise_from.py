# raise X from Y uncaught: both tracebacks, joined by the "direct cause" line.
class ConfigError(Exception):
    pass

def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise ConfigError(f"bad value {text!r}") from e

print(load("12"))
load("twelve")
