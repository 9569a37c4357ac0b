# Uncaught chained exceptions: the "direct cause" banner, through several functions.
def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError(f"cannot load {text!r}") from e

def main():
    print("loading")
    return load("abc")

main()
