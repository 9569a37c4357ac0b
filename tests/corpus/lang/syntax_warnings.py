# SyntaxWarnings are printed to stderr before the program runs, once per
# location, with the source line, as CPython's default warnings filter does.
x = 1
if x is 1:
    print("is one")
if "a" is not "b":
    print("not b")
for i in range(3):
    if i is 2:  # the same warning in a loop is still shown once
        print("two")
print((1, 2)(3) if False else "no call")
print([1, 2] [0, 1] if False else "no index")
assert (x, "message")
print("done")
