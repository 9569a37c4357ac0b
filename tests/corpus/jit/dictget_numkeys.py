# dict.get in a traced loop with an int key equal to a stored float key, and a
# user key whose __eq__ must run (only in the interpreter, once).
d = {1.0: 3, 2: 5, "a": 7}
class K:
    def __hash__(self):
        return 9
    def __eq__(self, o):
        print("eq called")
        return o == 9
d[K()] = 11
s = 0
for i in range(3000):
    s += d.get(1, 0) + d.get(2, 0) + d.get(i % 4, 100) + d.get(9 if i == 2999 else 8, 1)
print(s)
