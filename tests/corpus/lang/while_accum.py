# A numeric loop: collatz lengths.
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


best = max(range(1, 20000), key=collatz_len)
print(best, collatz_len(best))
