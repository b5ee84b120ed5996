# := is not a statement
x := 1
