# Checks: a program indented with tabs only (consistently) runs.
def f(n):
	if n > 0:
		return "positive"
	elif n < 0:
		return "negative"
	return "zero"
for v in (-1, 0, 1):
	print(v, f(v))
	for i in range(2):
		if i:
			print("  inner", i)
