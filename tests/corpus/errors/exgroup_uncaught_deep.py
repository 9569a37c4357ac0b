# An uncaught group nested deeper than max_group_depth (10).
print("start")
def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup("level %d" % n, [deep(n - 1)])
raise deep(12)
