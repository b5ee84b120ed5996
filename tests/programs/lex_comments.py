# Checks: comments, blank lines and comment-only lines at odd indentation are ignored.

# a comment before any code
x = 1  # trailing comment
    # a comment-only line indented more than the code

if x:
    # comment inside a block

        # comment with deeper indent

    print("inside if")  # comment after a call
# comment at column 0 between statements of a block? no, after the block
print("after if")
s = "# not a comment"
print(s)
t = '''triple
# still inside the string
'''
print(t, end="")
def f():
    # only a comment before the body statement
    return 42
print(f())
#last line is a comment without newline
