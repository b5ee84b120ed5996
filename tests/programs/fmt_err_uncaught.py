# an uncaught formatting error: traceback and CPython's message on stderr, exit status 1
def render(rows):
    out = []
    for name, value in rows:
        out.append('%-6s %5d' % (name, value))
    return out
print('\n'.join(render([('a', 1), ('b', 22)])))
print('\n'.join(render([('c', 'three')])))
