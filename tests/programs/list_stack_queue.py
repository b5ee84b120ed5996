# Checks: lists as stacks (append/pop) and queues (pop(0)), balanced brackets checker.
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=" ")
print()
queue = ["a", "b", "c"]
queue.append("d")
while queue:
    print(queue.pop(0), len(queue))

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in ")]}":
            if not st or st.pop() != pairs[ch]:
                return False
    return not st

for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{"]:
    print(repr(s), balanced(s))
