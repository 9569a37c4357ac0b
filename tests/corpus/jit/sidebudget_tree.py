# A dispatch loop whose root trace grows a side trace per branch; its
# rebuild as a trace tree waits for room in the program's budget (a short
# run never gets one, a longer run does), and the results must not
# depend on which code runs: branches that change types, a branch taken
# for the first time late, and an exception out of the loop.


def run(ops, n):
    acc = 0
    f = 0.0
    s = ""
    i = 0
    while i < n:
        op = ops[i % len(ops)]
        if op == 0:
            acc += i
        elif op == 1:
            acc -= i // 3
        elif op == 2:
            f += i * 0.5
        elif op == 3:
            s = str(i % 10)
        elif op == 4:
            acc = acc * 3 % 1000003
        else:
            acc += len(s) + int(f) % 7
        i += 1
    return acc, f, s


print(run([0, 1, 2, 3, 4], 3000))
print(run([0, 1, 2, 3, 4, 5], 40000))
print(run([4, 4, 0, 5], 400000))
late = [0, 1, 2, 3] * 50 + [5]
print(run(late, 90000))


def fails(n):
    total = 0
    for i in range(n):
        d = i % 5 - 4 if i > n - 3 else 1
        total += 100 // d
    return total


try:
    print(fails(20000))
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e)
