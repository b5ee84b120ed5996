# A small LRU cache class built on a dict and a list, with hit/miss statistics.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.order = []
        self.hits = self.misses = 0
    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return None
        self.hits += 1
        self.order.remove(key)
        self.order.append(key)
        return self.data[key]
    def put(self, key, value):
        if key in self.data:
            self.order.remove(key)
        elif len(self.data) >= self.capacity:
            old = self.order.pop(0)
            del self.data[old]
            print(f"evict {old}")
        self.data[key] = value
        self.order.append(key)
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        items = ", ".join(f"{k}={self.data[k]}" for k in self.order)
        return f"LRUCache({items})"

c = LRUCache(3)
for k in "abc":
    c.put(k, ord(k))
print(c)
print(c.get("a"), c.get("z"))
c.put("d", 100)
c.put("e", 101)
print(c, len(c))
print(c.get("b"), c.get("a"), c.get("e"))
print(f"hits={c.hits} misses={c.misses}")
