# Loops at module level: LOADNAME and STORENAME on the module's globals,
# rebinding names of every type from inside the loop, functions rebound
# mid-loop, a name deleted mid-loop, builtins shadowed by a new global,
# and functions that read the globals the loop writes.

def read_total():
    return total

def double(x):
    return 2 * x

def triple(x):
    return 3 * x

total = 0
count = 0
for i in range(3000):
    total += i
    count = count + 1
print(total, count, read_total())

# a name that changes type mid-loop
acc = 0
for i in range(3000):
    if i == 2000:
        acc = float(acc)
    acc += i
print(acc)

# a function rebound mid-loop (the trace inlines double)
f = double
s = 0
for i in range(3000):
    s += f(i)
    if i == 1500:
        f = triple
print(s)

# a builtin shadowed by a new global half way, then removed again
res = 0
for i in range(3000):
    res += abs(-i)
    if i == 1000:
        exec("def abs(x): return 7", globals())
    if i == 2000:
        del abs
print(res)

# a name deleted mid-loop: the next read raises NameError
gone = 5
try:
    k = 0
    for i in range(3000):
        k += gone
        if i == 2500:
            del gone
except NameError as e:
    print(type(e).__name__, e, k, i)

# a global read by a function the loop calls, rebound by the loop
def scaled(x):
    return x * factor

factor = 1
t = 0
for i in range(3000):
    t += scaled(i)
    if i % 1000 == 999:
        factor += 1
print(t, factor)

# new names bound inside the loop body (first iteration adds the key)
for i in range(3000):
    if i == 1234:
        fresh = i
    last = i
print(fresh, last)

# values of other types stored and read back
word = "a"
flag = False
nothing = None
pair = (1, 2)
n_true = 0
for i in range(3000):
    flag = i % 3 == 0
    if flag:
        n_true += 1
    nothing = None
    word = "b" if i % 2 else "a"
    pair = (i, i)
print(n_true, flag, nothing, word, pair)

# while loop at module level
j = 0
w = 0
while j < 5000:
    w = w + j * j
    j += 1
print(j, w)

# the loop's own counter variable read back after the loop
for i in range(2500):
    pass
print(i)

# a global read after being rebound by a traced loop, in a function with
# a LOADGLOBAL cache
def get_w():
    return w

print(get_w())
for q in range(2000):
    w = q
print(get_w(), w)
print(undefined_name)
