// ifchain_test.go checks that a dispatch loop's root is lowered unpeeled
// (trace/opt/ifchain.go) and a loop without an if/elif chain is still
// peeled, with the program's output the interpreter's and CPython's, at
// thresholds where the root is compiled first and where its side traces
// and trees (MaxModules 2: evictions) come too.

package jit

import (
	"bytes"
	"strings"
	"testing"
)

// ifChainSrc: a small stack machine whose loop dispatches on the opcode
// by an if/elif chain, and a plain counting loop. The chain tests HALT
// and MUL (never run in the loop) first, so that whichever opcode a
// recording starts at, it passes three comparisons of op: IfChain sees
// only the recorded path (a dispatch whose hottest opcode is tested
// first is not recognised).
const ifChainSrc = `
PUSH, ADD, MUL, JNZ, DUP, HALT = range(6)

def run(code):
    stack = []
    pc = 0
    steps = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == HALT:
            return stack, steps
        elif op == MUL:
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == PUSH:
            stack.append(arg)
        elif op == ADD:
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == DUP:
            stack.append(stack[-1])
        elif op == JNZ:
            if stack.pop():
                pc = arg

def count(n):
    s = 0
    for i in range(n):
        s += i * 3 % 7
    return s

prog = [(PUSH, 0), (PUSH, 1), (ADD, 0), (DUP, 0), (PUSH, -3000), (ADD, 0), (JNZ, 1), (HALT, 0)]
print(run(prog))
print(count(20000))
`

func TestDispatchRootUnpeeled(t *testing.T) {
	want := run(t, ifChainSrc, nil, 0)
	checkCPython(t, ifChainSrc, want)
	for _, threshold := range []int{1, 50} {
		for _, slots := range []int{0, 2} {
			var log bytes.Buffer
			j := New(Config{Log: &log, MaxModules: slots})
			got := run(t, ifChainSrc, j, threshold)
			if got != want {
				t.Fatalf("threshold %d, %d slots: JIT output differs\n--- want\n%s\n--- JIT\n%s\n--- log\n%s", threshold, slots, want, got, log.String())
			}
			if slots != 0 {
				continue
			}
			lg := log.String()
			if !strings.Contains(lg, "not peeled: an if/elif chain") {
				t.Fatalf("threshold %d: the dispatch loop's root was peeled\n%s", threshold, lg)
			}
			if strings.Count(lg, "not peeled") != 1 {
				t.Fatalf("threshold %d: want one root unpeeled (the dispatch loop's, not count's)\n%s", threshold, lg)
			}
			// Forced hot, its side traces go inside it at once: a tree
			// of an unpeeled root (wasmgen.UnpeeledLoop).
			name := lg[:strings.Index(lg, " not peeled")]
			name = name[strings.LastIndex(name, " ")+1:]
			if threshold == 1 && !strings.Contains(lg, "rebuilt "+name+" as "+name+"_tree") {
				t.Fatalf("threshold 1: the unpeeled root %s was not rebuilt as a tree\n%s", name, lg)
			}
			peeled := 0
			for _, c := range j.live {
				if c.root == c && c.t.LoopRef() != 0 {
					peeled++
				}
			}
			if peeled == 0 {
				t.Fatalf("threshold %d: count's loop not peeled\n%s", threshold, lg)
			}
		}
	}
}
