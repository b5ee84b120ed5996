# List operations that use __eq__ of user objects: in, index, count, remove, ==.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, o):
        print(f"  eq {self} vs {o}")
        return isinstance(o, Card) and (self.rank, self.suit) == (o.rank, o.suit)
    def __repr__(self):
        return f"{self.rank}{self.suit}"
hand = [Card("A", "s"), Card("K", "h"), Card("A", "s")]
print(Card("K", "h") in hand)
print(hand.index(Card("A", "s")))
print(hand.count(Card("A", "s")))
hand.remove(Card("K", "h"))
print(hand)
print([Card("2", "c")] == [Card("2", "c")], (Card("3", "d"),) != (Card("3", "d"),))
print(hand[0] in hand)
try:
    hand.index(Card("Q", "d"))
except ValueError as e:
    print("ValueError:", e)
