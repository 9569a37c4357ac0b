# while/for loops with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("while", i)
else:
    print("no break")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
total = 0
for i in range(1000000):
    total += i
print(total)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
n = 0
while True:
    n += 1
    if n > 100:
        break
print(n)
