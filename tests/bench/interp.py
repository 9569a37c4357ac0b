# interp: a tiny stack-machine interpreter written in Python, running a loop
# program; measures a dispatch loop of if/elif over opcodes and list stacks.
PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, JNZ, JMP, LT, HALT = range(11)

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
        elif op == JMP:
            pc = arg
        elif op == HALT:
            return env, steps

# i = 0; acc = 0; while i < N: acc = (acc * 31 + i) % 1000003; i = i + 1
def program(n):
    return [
        (PUSH, 0), (STORE, 0),
        (PUSH, 0), (STORE, 1),
        (LOAD, 0), (PUSH, n), (LT, 0), (JNZ, 9), (HALT, 0),
        (LOAD, 1), (PUSH, 31), (MUL, 0), (LOAD, 0), (ADD, 0), (PUSH, 1000003), (MOD, 0), (STORE, 1),
        (LOAD, 0), (PUSH, 1), (ADD, 0), (STORE, 0),
        (JMP, 4),
    ]

env, steps = run(program(250000), 2)
print("checksum", env[1], steps)
