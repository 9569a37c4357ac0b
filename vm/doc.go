// Package vm is hotloop's Python virtual machine: the front end (package
// vm/syntax: tokenizer, parser, AST), and, as the project grows, the
// compiler from the AST to bytecode, the interpreter, the object model and
// the builtins.
//
// vm knows nothing of the JIT: package jit installs itself through a small
// eval-loop hook interface that vm exposes, so the dependency points one way.
package vm
