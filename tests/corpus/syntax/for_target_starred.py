for *x in [[1]]:
    print(x)
