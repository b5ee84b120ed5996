# reversed() uses __reversed__, else __len__ + __getitem__; errors otherwise.
class Deck:
    def __init__(self, cards): self.cards = cards
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
class Custom:
    def __reversed__(self):
        yield "custom"
        yield "reversed"
print(list(reversed(Deck(["a", "b", "c"]))))
print(list(reversed(Custom())))
print(list(Deck("xyz")), "y" in Deck("xyz"))
class OnlyIter:
    def __iter__(self): return iter([1, 2])
try:
    reversed(OnlyIter())
except TypeError as e:
    print("TypeError:", e)
r = reversed(Deck([1, 2, 3]))
print(next(r), list(r))
