# nested: the while body is missing
def f():
    while True:
    return 1
