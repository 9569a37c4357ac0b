# __init__ returning a value: TypeError raised at the call, in the caller's frame
class B:
    def __init__(self, v):
        self.v = v
        return v
def make(v):
    try:
        return B(v)
    except TypeError as e:
        print("caught", e)
        return None
for v in (None, 5, "s", [1]):
    b = make(v)
    print(type(b).__name__)
class C(B):
    def __init__(self):
        super().__init__(None)
        return 1.5
def deeper():
    return [C() for _ in range(2)]
deeper()
