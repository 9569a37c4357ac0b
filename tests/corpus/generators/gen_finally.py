# finalisation: a for loop over a generator it created closes it when left early
def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

for x in g("break"):
    break
print("after break")

def f():
    for x in g("return"):
        return x
print(f(), "after return")

def h():
    for x in g("raise"):
        raise ValueError("out of the loop")
try:
    h()
except ValueError as e:
    print("caught", e)

for x in g("exhausted"):
    pass
print("after exhausting")

for i in range(2):
    for x in g("nested %d" % i):
        if x == 2:
            break
    print("inner loop left", i)

def outer():
    for a in g("outer"):
        for b in g("inner"):
            return a, b
print(outer())

def caught_inside():
    for x in g("handled inside"):
        try:
            raise KeyError(x)
        except KeyError:
            print("handled", x)
caught_inside()

class C:
    def gen(self):
        try:
            yield "m"
        finally:
            print("cleanup method")
for x in C().gen():
    print(x)
    break
print("end")
