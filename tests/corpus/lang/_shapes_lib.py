"""A helper module imported by import_local.py."""
PI = 3.14159
_calls = 0


def area(r):
    global _calls
    _calls += 1
    return PI * r * r


def calls():
    return _calls


class Circle:
    def __init__(self, r):
        self.r = r

    def __repr__(self):
        return f"Circle({self.r})"


print("loading", __name__)
