# Recursion: deep but legal recursion, RecursionError message and recovery, mutual recursion.
import sys

print(sys.getrecursionlimit())

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
print("recovered", depth(500))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(400), is_odd(401))
try:
    is_even(100000)
except RecursionError as e:
    print(type(e).__name__, e)

class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)

head = None
for _ in range(800):
    head = Node(head)
print(head.length())

def catch_deep(n):
    try:
        return catch_deep(n + 1)
    except RecursionError:
        return n

print(catch_deep(0) > 500)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit(), depth(1800))
sys.setrecursionlimit(1000)
for bad in [0, -1, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3), ackermann(3, 3))
