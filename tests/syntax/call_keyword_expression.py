# only names can be keywords
f(a.b=1)
