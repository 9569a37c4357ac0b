while line = f():
    pass
