# a call cannot be annotated
f(): int
