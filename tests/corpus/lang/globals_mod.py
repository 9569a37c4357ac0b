# Module-level names, __name__, globals shadowing builtins.
print(__name__)
len_orig = len


def len(x):
    return 42


print(len([1, 2]))
del len
print(len([1, 2]))
counter = 0


def bump():
    global counter
    counter += 1


for _ in range(5):
    bump()
print(counter, "counter" in globals())
