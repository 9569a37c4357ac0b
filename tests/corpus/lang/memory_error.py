# Sequence repetition that cannot fit raises MemoryError, never a crash.
for make in (lambda: [0] * 10**12, lambda: (1, 2) * 10**12, lambda: "ab" * 10**12):
    try:
        make()
    except MemoryError as e:
        print("MemoryError", repr(e))
print([1, 2] * 3, (0,) * 2, "xy" * 2, [] * 10**12)
x = [None] * 10**12
