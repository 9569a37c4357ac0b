print("init pkg_a.mod", __name__, __package__)


def greet(who):
    return "hello " + who


counter = 0
