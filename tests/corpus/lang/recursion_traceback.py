# An uncaught RecursionError: the repeated traceback lines are collapsed.
def walk(n):
    return walk(n + 1) + 1


walk(0)
