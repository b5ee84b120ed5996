# Checks: nested dicts and lists: building, reading, updating deep values; recursive dict repr.
db = {"users": {}, "count": 0}
def add_user(name, age, tags):
    db["users"][name] = {"age": age, "tags": tags}
    db["count"] += 1
add_user("ann", 31, ["admin"])
add_user("ben", 25, [])
add_user("cy", 40, ["dev", "ops"])
print(db)
db["users"]["ben"]["tags"].append("new")
db["users"]["ann"]["age"] += 1
print(db["users"]["ben"], db["users"]["ann"]["age"])
for name, info in db["users"].items():
    print(name, info["age"], len(info["tags"]))
print(sorted(db["users"], key=lambda n: db["users"][n]["age"]))
r = {"name": "root"}
r["self"] = r
print(r)
s = {"x": [1]}
s["x"].append(s)
print(s)
