# fib: naive doubly recursive Fibonacci; measures call overhead and small-int arithmetic.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

total = 0
for k in range(25, 33):
    total += fib(k)
print("checksum", total)
