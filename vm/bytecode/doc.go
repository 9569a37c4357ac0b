// Package bytecode defines hotloop's register-machine bytecode: the
// instruction encoding, the opcode table (data that the compiler, the
// disassembler, the interpreter and the trace recorder all read), and the
// Code object a compiled function or module body becomes. docs/vm.md gives
// the design and the reasons for it.
package bytecode
