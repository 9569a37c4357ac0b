# Caret lines under binary operations and subscripts.
def get(d, k):
    return d[k] + 1


def main():
    items = {"a": 1}
    total = get(items, "a") * 2
    print(total)
    print(get(items, "b"))


main()
