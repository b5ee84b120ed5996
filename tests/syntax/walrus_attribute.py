# := only binds names
(obj.x := 1)
