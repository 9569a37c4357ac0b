# Method calls inside traced loops (inlined with the instance as the first
# argument), including methods calling methods, methods that store into
# the instance before something later in them fails (the store must
# happen once), methods replaced on the class or shadowed mid-loop,
# subclasses overriding a method, and methods that raise.

class Acc:
    def __init__(self, k):
        self.n = 0
        self.k = k

    def step(self, i):
        self.n = self.n + 1
        return self.n * self.k + i

    def twice(self, i):
        return self.step(i) + self.step(-i)

    def get(self):
        return self.n


a = Acc(3)
t = 0
for i in range(3000):
    t += a.step(i)
print(t, a.n)

# a method calling methods (inlined two levels deep)
a = Acc(2)
t = 0
for i in range(3000):
    t += a.twice(i) + a.get()
print(t, a.n)

# the store in step happens before k's type makes the multiply exit
a = Acc(1)
t = 0
for i in range(3000):
    t += a.step(i)
    if i == 2000:
        a.k = 0.5
print(t, a.n)

# the multiply overflows inside the method after the store
a = Acc(2**61)
t = 0
try:
    for i in range(3000):
        t += a.step(i) % 7
except OverflowError as e:
    print("unexpected", e)
print(t, a.n)


# a method replaced on the class mid-loop
def other_step(self, i):
    self.n += 10
    return -i


a = Acc(1)
t = 0
for i in range(3000):
    t += a.step(i)
    if i == 1500:
        Acc.step = other_step
print(t, a.n)
del Acc.step
Acc.step = lambda self, i: i


# shadowed by an instance attribute mid-loop
class Greeter:
    def hello(self):
        return 1


g = Greeter()
t = 0
for i in range(3000):
    t += g.hello()
    if i == 2500:
        g.hello = lambda: 100
print(t)


# polymorphism: a subclass instance appears mid-list
class Shape:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def scaled(self, f):
        return self.area() * f


class Tri(Shape):
    def area(self):
        return self.s * self.s // 2


shapes = [Shape(i) for i in range(1000)] + [Tri(i) for i in range(1000)]
t = 0
for sh in shapes:
    t += sh.scaled(3)
print(t)


# a method that raises after many iterations
class Div:
    def __init__(self):
        self.calls = 0

    def inv(self, x):
        self.calls += 1
        if x == 0:
            raise ValueError("zero at call %d" % self.calls)
        return 1000 // x


d = Div()
t = 0
try:
    for i in range(2000, -10, -1):
        t += d.inv(i)
except ValueError as e:
    print(type(e).__name__, e, t, d.calls)


# a method with a default argument and one with keywords: not inlined
class Opt:
    def f(self, x, y=2):
        return x * y


o = Opt()
t = 0
for i in range(2000):
    t += o.f(i) + o.f(i, y=3)
print(t)


# a bound method stored and called
st = a.get
t = 0
for i in range(2000):
    t += st()
print(t)


# a method that loops (not inlined), called from a loop
class Summer:
    def total(self, n):
        s = 0
        for j in range(n):
            s += j
        return s


sm = Summer()
t = 0
for i in range(300):
    t += sm.total(i % 20)
print(t)


# a store through self and a load through another name for the same or
# another object (the deferred store must be seen exactly when aliased)
class Cell:
    def __init__(self, v):
        self.v = v

    def put_get(self, other, x):
        self.v = x
        return other.v


c1, c2 = Cell(0), Cell(0)
t = 0
for i in range(3000):
    t += c1.put_get(c1 if i % 3 == 0 else c2, i)
    c2.v = -i
print(t, c1.v, c2.v)


# method calls inside an inner loop whose trace the outer trace calls
class Task:
    def __init__(self, p):
        self.p = p
        self.c = 0

    def ready(self):
        return self.p > 2

    def run(self):
        self.c = self.c + 1
        return self.c


tasks = [Task(k % 5) for k in range(8)]


def schedule(n):
    found = 0
    for k in range(n):
        for tk in tasks:
            if tk.ready():
                found += tk.run()
                break
        tk = tasks[k % 8]
        tk.p = (tk.p + 1) % 5
    return found


print(schedule(3000), [tk.c for tk in tasks])
Shape(1).missing()
