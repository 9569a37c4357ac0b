# A dispatch loop whose side traces are compiled more than once with the
# same IR: its root is retired when another program runs through it, and
# the side traces of the same opcodes grow again from the new root's
# exits. The JIT lowers them slot-free, so each is the same module as
# before, which wazero compiles once and instantiates once per trace
# (docs/jit.md "Compiles shared by identical traces (session 21)"). Each
# copy must still report its own exits, link its own side traces and
# count its own budget: the results are CPython's.
PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, JNZ, LT, HALT = range(10)


def run(code, nvars):
    env = [0] * nvars
    stack = []
    pc = 0
    steps = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == PUSH:
            stack.append(arg)
        elif op == LOAD:
            stack.append(env[arg])
        elif op == STORE:
            env[arg] = stack.pop()
        elif op == ADD:
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == SUB:
            b = stack.pop()
            stack.append(stack.pop() - b)
        elif op == MUL:
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == MOD:
            b = stack.pop()
            stack.append(stack.pop() % b)
        elif op == LT:
            b = stack.pop()
            stack.append(1 if stack.pop() < b else 0)
        elif op == JNZ:
            if stack.pop():
                pc = arg
        elif op == HALT:
            return env, steps


def counting(n, start, m):
    # i = 0; acc = start; while i < n: acc = (acc * 31 + i) % m; i += 1
    return [
        (PUSH, 0), (STORE, 0), (PUSH, start), (STORE, 1),
        (LOAD, 1), (PUSH, 31), (MUL, 0), (LOAD, 0), (ADD, 0), (PUSH, m), (MOD, 0), (STORE, 1),
        (LOAD, 0), (PUSH, 1), (ADD, 0), (STORE, 0),
        (LOAD, 0), (PUSH, n), (LT, 0), (JNZ, 4),
        (HALT, 0),
    ]


def squares(n):
    # i = n; s = 0; while 0 < i: s = s + i * i - 1; i -= 1
    return [
        (PUSH, n), (STORE, 0), (PUSH, 0), (STORE, 1),
        (LOAD, 1), (LOAD, 0), (LOAD, 0), (MUL, 0), (ADD, 0), (PUSH, 1), (SUB, 0), (STORE, 1),
        (LOAD, 0), (PUSH, 1), (SUB, 0), (STORE, 0),
        (PUSH, 0), (LOAD, 0), (LT, 0), (JNZ, 4),
        (HALT, 0),
    ]


for rnd in range(3):
    print("counting", rnd, run(counting(4000 + 500 * rnd, rnd + 2, 1009), 2))
    print("squares", rnd, run(squares(3000 + 700 * rnd), 2))
    print("counting again", rnd, run(counting(2500, 7, 997), 2))
