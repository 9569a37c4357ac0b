# Module attribute reads and method calls in loops (the LOADATTR and
# LOADMETHOD sites remember what the module's dict held): rebinding,
# deleting and adding attributes between executions must be seen.
import math
import random
import sys

mod = sys.modules[__name__]
value = 1


def f():
    return "f"


def g():
    return "g"


def reads():
    out = []
    for i in range(6):
        out.append(mod.value)
        if i == 2:
            mod.value = 10
        if i == 4:
            globals()["value"] = "dict"
    return out


print(reads())

calls = []
for i in range(6):
    calls.append(mod.f())
    if i == 1:
        mod.f = g
    if i == 3:
        def f():
            return "new f"
print(calls)

# a name that disappears
for i in range(3):
    try:
        print(i, mod.gone)
    except AttributeError as e:
        print(i, "AttributeError:", e)
    if i == 0:
        mod.gone = "here"
    if i == 1:
        del mod.gone

# a name that appears, as a method call
for i in range(3):
    try:
        print(i, mod.later())
    except AttributeError as e:
        print(i, "AttributeError:", e)
    mod.later = lambda: "later"

# the same site on different modules
for m in [math, random, math, mod, math]:
    try:
        print(m.__name__, m.pi)
    except AttributeError as e:
        print("AttributeError:", e)

# random's functions called through the module (CALLMETHOD without self)
random.seed(7)
print([random.random() for _ in range(3)])
print([random.randrange(10) for _ in range(5)])
try:
    random.random(1)
except TypeError as e:
    print("TypeError:", e)
try:
    random.random(x=1)
except TypeError as e:
    print("TypeError:", e)
for i in range(4):
    try:
        print(math.sqrt(16 - i * 10))
    except ValueError as e:
        print("ValueError:", e)
    if i == 1:
        math.sqrt = abs
print(mod.__dict__ is globals())
