// Package compile will hold hotloop's compiler from the syntax tree to
// bytecode, the counterpart of CPython 3.11's Python/compile.c.
//
// For now it holds the compiler's static checks (Check): the SyntaxErrors
// that CPython raises while it generates code, after the parser and the
// symbol table have accepted a module ('return' outside function, 'break'
// outside loop, unreachable match patterns, and so on). The bytecode
// compiler will run Check first and may then assume a well-formed tree.
//
// The pipeline for one module is:
//
//	syntax.ParseFile  -> *syntax.Module   (tokenizer and parser errors)
//	symtable.Build    -> *symtable.Table  (__future__ and scope errors)
//	compile.Check                          (compiler errors)
package compile
