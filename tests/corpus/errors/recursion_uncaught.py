# Uncaught RecursionError through two alternating functions: the repeated-lines collapse.
def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

print("start")
ping(0)
