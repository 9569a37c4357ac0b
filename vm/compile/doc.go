// Package compile is hotloop's compiler from the syntax tree to bytecode,
// the counterpart of CPython 3.11's Python/compile.c.
//
// The pipeline for one module is:
//
//	syntax.ParseFile  -> *syntax.Module   (tokenizer and parser errors)
//	symtable.Build    -> *symtable.Table  (__future__ and scope errors)
//	compile.Check                          (compiler errors)
//	compile.Compile   -> *bytecode.Code    (register bytecode, docs/vm.md)
//
// Check raises the SyntaxErrors that CPython raises while it generates
// code ('return' outside function, 'break' outside loop, unreachable match
// patterns, and so on); Compile assumes a tree that passed it. Compile
// walks the tree in CPython's evaluation order and emits register
// instructions: compile.go holds the code units, emission, labels,
// constants and frame blocks; regalloc.go the register stack; expr.go
// expressions, calls and comprehensions; stmt.go statements, exception
// handling and definitions; match.go match statements; unparse.go the
// annotation strings of `from __future__ import annotations`; bound.go
// removes the unbound-local checks that cannot fail; verify.go checks the
// result. docs/vm.md ("The compiler's conventions") lists what the
// interpreter may rely on.
package compile
