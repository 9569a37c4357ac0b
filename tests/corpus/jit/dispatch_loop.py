# A stack machine's dispatch loop (tests/bench/interp.py's shape): op, arg
# = code[pc], an if/elif chain on op, list pushes and pops. Checks trace
# trees over dispatch loops (every opcode's side path inside the root),
# list append/pop across capacity boundaries, values changing type on the
# stack, opcodes raising mid-dispatch, an opcode constant rebound while
# the loop is traced, and an uncaught error at the end.
PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, JNZ, JMP, LT, HALT, DIV, DUP, DROP = range(14)


def run(code, nvars):
    env = [0] * nvars
    stack = []
    pc = 0
    steps = 0
    deepest = 0
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
        elif op == JMP:
            pc = arg
        elif op == DIV:
            b = stack.pop()
            stack.append(stack.pop() // b)
        elif op == DUP:
            stack.append(stack[-1])
            if len(stack) > deepest:
                deepest = len(stack)
        elif op == DROP:
            stack.pop()
        elif op == HALT:
            return env, steps, stack, deepest


def loop_program(n, start, m):
    # i = 0; acc = start; while i < n: acc = (acc * 31 + i) % m; i += 1
    return [
        (PUSH, 0), (STORE, 0),
        (PUSH, start), (STORE, 1),
        (LOAD, 0), (PUSH, n), (LT, 0), (JNZ, 9), (HALT, 0),
        (LOAD, 1), (PUSH, 31), (MUL, 0), (LOAD, 0), (ADD, 0), (PUSH, m), (MOD, 0), (STORE, 1),
        (LOAD, 0), (PUSH, 1), (ADD, 0), (STORE, 0),
        (JMP, 4),
    ]


print("ints", run(loop_program(3000, 0, 1000003), 2)[:2])
print("float start", run(loop_program(200, 0.5, 1000003), 2)[:2])
print("big modulus", run(loop_program(200, 7, 2**70), 2)[:2])
print("float modulus", run(loop_program(100, 1, 1e9 + 7.5), 2)[:2])
print("ints again", run(loop_program(2000, 5, 97), 2)[:2])

# Stack depth across list capacities (4, 12, 28, 60, 124, ...): n pushes
# by DUP, then n adds back down to one value.
for n in (1, 3, 4, 5, 11, 12, 13, 27, 28, 29, 61, 125, 300):
    code = [(PUSH, 1)] + [(DUP, 0)] * n + [(ADD, 0)] * n + [(STORE, 0), (HALT, 0)]
    env, steps, stack, deepest = run(code, 1)
    print("depth", n, env[0], steps, stack, deepest)

# Many short runs of a growing and shrinking stack.
total = 0
for k in range(200):
    code = [(PUSH, k)] + [(DUP, 0)] * (k % 17) + [(DROP, 0)] * (k % 17) + [(STORE, 0), (HALT, 0)]
    total += run(code, 1)[0][0]
print("short runs", total)

# Errors raised in the middle of the dispatch, caught by the caller.
cases = [
    ("div by zero", [(PUSH, 1), (PUSH, 0), (DIV, 0), (HALT, 0)]),
    ("mod by zero", [(PUSH, 1), (PUSH, 0), (MOD, 0), (HALT, 0)]),
    ("pop empty", [(ADD, 0), (HALT, 0)]),
    ("bad load", [(LOAD, 5), (HALT, 0)]),
    ("str plus int", [(PUSH, "a"), (PUSH, 1), (ADD, 0), (HALT, 0)]),
    ("off the end", [(PUSH, 1)]),
    ("bad pair", [(PUSH, 1), (HALT,)]),
]
for name, code in cases:
    for _ in range(3):
        try:
            r = run(code, 1)
            print(name, "ok", r)
        except Exception as e:
            print(name, type(e).__name__, e)

# A loop whose body raises after many traced iterations.
code = loop_program(5000, 1, 1000003)
code[11] = (DIV, 0)  # acc // i instead of acc * 31: i is 0 on the first pass
code[10] = (LOAD, 0)
try:
    run(code, 2)
except ZeroDivisionError as e:
    print("first pass", e)
code[10] = (PUSH, 31)  # acc // 31
print("div by 31", run(code, 2)[:2])
code[10] = (PUSH, -7)  # floor division by a negative
print("div by -7", run(code, 2)[:2])

# Strings on the stack: ADD concatenates, MUL repeats.
code = [(PUSH, "ab"), (PUSH, 3), (MUL, 0), (PUSH, "-"), (ADD, 0), (STORE, 0), (HALT, 0)]
for _ in range(1500):
    r = run(code, 1)
print("strings", r)

# An opcode constant rebound while its loop has a trace: the chain's
# compare reads the global again.
code = loop_program(1500, 2, 1009)
print("before rebind", run(code, 2)[:2])
SUB, MUL = MUL, SUB
print("rebound", run(code, 2)[:2])
SUB, MUL = MUL, SUB
print("restored", run(code, 2)[:2])

# Uncaught: a division by zero deep in a traced run (acc // (2999 - i)).
code = [
    (PUSH, 0), (STORE, 0),
    (PUSH, 10**6), (STORE, 1),
    (LOAD, 0), (PUSH, 5000), (LT, 0), (JNZ, 9), (HALT, 0),
    (LOAD, 1), (PUSH, 2999), (LOAD, 0), (SUB, 0), (DIV, 0), (PUSH, 1000003), (ADD, 0), (STORE, 1),
    (LOAD, 0), (PUSH, 1), (ADD, 0), (STORE, 0),
    (JMP, 4),
]
run(code, 2)
