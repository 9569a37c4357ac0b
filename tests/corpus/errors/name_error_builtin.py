# NameError whose suggestion is a builtin name, raised inside a function called from a loop.
def total(values):
    result = 0
    for v in values:
        result += v
    return sortd(values), result

data = [3, 4]
print("computing")
print(total(data))
