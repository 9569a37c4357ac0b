# stdin: _numbers.txt
# Reading standard input: input(), then sys.stdin line by line.
import sys

first = input()
print("first:", first.split())
total = 0
for line in sys.stdin:
    name, n = line.split()
    total += int(n)
    print(name.upper(), n)
print("total", total)
try:
    input("prompt> ")
except EOFError as e:
    print("EOF", e)
