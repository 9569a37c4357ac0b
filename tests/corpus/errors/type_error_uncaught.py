# TypeError from an operator deep in a call chain, uncaught, with caret lines in each frame.
def fmt(prefix, count):
    return prefix + count

def describe(item):
    name, qty = item
    return fmt(name + ": ", qty)

def main():
    for item in [("apples", "3"), ("pears", 4)]:
        print(describe(item))

main()
