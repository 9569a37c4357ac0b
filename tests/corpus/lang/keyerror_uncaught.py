# An uncaught KeyError inside a method called from a comprehension.
class Registry:
    def __init__(self):
        self.items = {"a": 1, "b": 2}

    def get(self, key):
        return self.items[key]


r = Registry()
print([r.get(k) for k in "ab"])
print([r.get(k) for k in "abc"])
