# an indented line after a comment-only line
x = 1
# comment
    y = 2
