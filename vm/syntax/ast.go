package syntax

// This file holds the abstract syntax tree: one Go type per node class of
// CPython 3.11's ast module (Parser/Python.asdl), with the same fields in the
// same order. Each field carries a `py` tag naming the Python field, so that
// Dump can print the tree exactly as ast.dump does. A tag option "opt" marks
// an optional field (ASDL `?`): nil, or "" for identifiers, means None.
//
// Positions follow CPython: Lineno and EndLineno are 1-based, ColOffset and
// EndColOffset are 0-based byte offsets into the UTF-8 line.

import "math/big"

// Node is any AST node.
type Node interface{ astNode() }

// Loc is the source range of a node that has one (CPython's _attributes).
type Loc struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// Pos returns the node's source range, for modification in place.
func (l *Loc) Pos() *Loc { return l }

// Located is a node with a source range.
type Located interface {
	Node
	Pos() *Loc
}

// ModNode is a whole parse: Module, Interactive, Expression or FunctionType.
type ModNode interface {
	Node
	modNode()
}

// Stmt is a statement node.
type Stmt interface {
	Located
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Located
	exprNode()
}

// Pattern is a match-statement pattern node.
type Pattern interface {
	Located
	patternNode()
}

// ---- mod ----

type Module struct {
	Body        []Stmt        `py:"body"`
	TypeIgnores []*TypeIgnore `py:"type_ignores"`
}

type Interactive struct {
	Body []Stmt `py:"body"`
}

type Expression struct {
	Body Expr `py:"body"`
}

type FunctionType struct {
	Argtypes []Expr `py:"argtypes"`
	Returns  Expr   `py:"returns"`
}

// ---- stmt ----

type FunctionDef struct {
	Loc
	Name          string     `py:"name"`
	Args          *Arguments `py:"args"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
	Returns       Expr       `py:"returns,opt"`
	TypeComment   string     `py:"type_comment,opt"`
}

type AsyncFunctionDef struct {
	Loc
	Name          string     `py:"name"`
	Args          *Arguments `py:"args"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
	Returns       Expr       `py:"returns,opt"`
	TypeComment   string     `py:"type_comment,opt"`
}

type ClassDef struct {
	Loc
	Name          string     `py:"name"`
	Bases         []Expr     `py:"bases"`
	Keywords      []*Keyword `py:"keywords"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
}

type Return struct {
	Loc
	Value Expr `py:"value,opt"`
}

type Delete struct {
	Loc
	Targets []Expr `py:"targets"`
}

type Assign struct {
	Loc
	Targets     []Expr `py:"targets"`
	Value       Expr   `py:"value"`
	TypeComment string `py:"type_comment,opt"`
}

type AugAssign struct {
	Loc
	Target Expr     `py:"target"`
	Op     Operator `py:"op"`
	Value  Expr     `py:"value"`
}

type AnnAssign struct {
	Loc
	Target     Expr `py:"target"`
	Annotation Expr `py:"annotation"`
	Value      Expr `py:"value,opt"`
	Simple     int  `py:"simple"`
}

type For struct {
	Loc
	Target      Expr   `py:"target"`
	Iter        Expr   `py:"iter"`
	Body        []Stmt `py:"body"`
	Orelse      []Stmt `py:"orelse"`
	TypeComment string `py:"type_comment,opt"`
}

type AsyncFor struct {
	Loc
	Target      Expr   `py:"target"`
	Iter        Expr   `py:"iter"`
	Body        []Stmt `py:"body"`
	Orelse      []Stmt `py:"orelse"`
	TypeComment string `py:"type_comment,opt"`
}

type While struct {
	Loc
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	Orelse []Stmt `py:"orelse"`
}

type If struct {
	Loc
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	Orelse []Stmt `py:"orelse"`
}

type With struct {
	Loc
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment string      `py:"type_comment,opt"`
}

type AsyncWith struct {
	Loc
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment string      `py:"type_comment,opt"`
}

type Match struct {
	Loc
	Subject Expr         `py:"subject"`
	Cases   []*MatchCase `py:"cases"`
}

type Raise struct {
	Loc
	Exc   Expr `py:"exc,opt"`
	Cause Expr `py:"cause,opt"`
}

type Try struct {
	Loc
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []Stmt           `py:"orelse"`
	Finalbody []Stmt           `py:"finalbody"`
}

type TryStar struct {
	Loc
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []Stmt           `py:"orelse"`
	Finalbody []Stmt           `py:"finalbody"`
}

type Assert struct {
	Loc
	Test Expr `py:"test"`
	Msg  Expr `py:"msg,opt"`
}

type Import struct {
	Loc
	Names []*Alias `py:"names"`
}

type ImportFrom struct {
	Loc
	Module string   `py:"module,opt"`
	Names  []*Alias `py:"names"`
	Level  int      `py:"level"`
}

type Global struct {
	Loc
	Names []string `py:"names"`
}

type Nonlocal struct {
	Loc
	Names []string `py:"names"`
}

// ExprStmt is CPython's Expr statement (an expression evaluated for effect);
// it is renamed here because Expr is the expression interface.
type ExprStmt struct {
	Loc
	Value Expr `py:"value"`
}

type Pass struct{ Loc }

type Break struct{ Loc }

type Continue struct{ Loc }

// ---- expr ----

type BoolOp struct {
	Loc
	Op     BoolOpKind `py:"op"`
	Values []Expr     `py:"values"`
}

type NamedExpr struct {
	Loc
	Target Expr `py:"target"`
	Value  Expr `py:"value"`
}

type BinOp struct {
	Loc
	Left  Expr     `py:"left"`
	Op    Operator `py:"op"`
	Right Expr     `py:"right"`
}

type UnaryOp struct {
	Loc
	Op      UnaryOpKind `py:"op"`
	Operand Expr        `py:"operand"`
}

type Lambda struct {
	Loc
	Args *Arguments `py:"args"`
	Body Expr       `py:"body"`
}

type IfExp struct {
	Loc
	Test   Expr `py:"test"`
	Body   Expr `py:"body"`
	Orelse Expr `py:"orelse"`
}

// Dict is a dict display. A nil key stands for a **mapping unpacking, as
// None does in CPython's ast (and ast.dump prints it as None).
type Dict struct {
	Loc
	Keys   []Expr `py:"keys"`
	Values []Expr `py:"values"`
}

type Set struct {
	Loc
	Elts []Expr `py:"elts"`
}

type ListComp struct {
	Loc
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

type SetComp struct {
	Loc
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

type DictComp struct {
	Loc
	Key        Expr             `py:"key"`
	Value      Expr             `py:"value"`
	Generators []*Comprehension `py:"generators"`
}

type GeneratorExp struct {
	Loc
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

type Await struct {
	Loc
	Value Expr `py:"value"`
}

type Yield struct {
	Loc
	Value Expr `py:"value,opt"`
}

type YieldFrom struct {
	Loc
	Value Expr `py:"value"`
}

type Compare struct {
	Loc
	Left        Expr    `py:"left"`
	Ops         []CmpOp `py:"ops"`
	Comparators []Expr  `py:"comparators"`
}

type Call struct {
	Loc
	Func     Expr       `py:"func"`
	Args     []Expr     `py:"args"`
	Keywords []*Keyword `py:"keywords"`
}

// FormattedValue is one replacement field of an f-string. Conversion is -1
// for none, or the code point of 's', 'r' or 'a'.
type FormattedValue struct {
	Loc
	Value      Expr `py:"value"`
	Conversion int  `py:"conversion"`
	FormatSpec Expr `py:"format_spec,opt"`
}

type JoinedStr struct {
	Loc
	Values []Expr `py:"values"`
}

// Constant is a literal. Kind is "u" for a string written with a u prefix.
type Constant struct {
	Loc
	Value ConstValue `py:"value"`
	Kind  string     `py:"kind,opt"`
}

type Attribute struct {
	Loc
	Value Expr        `py:"value"`
	Attr  string      `py:"attr"`
	Ctx   ExprContext `py:"ctx"`
}

type Subscript struct {
	Loc
	Value Expr        `py:"value"`
	Slice Expr        `py:"slice"`
	Ctx   ExprContext `py:"ctx"`
}

type Starred struct {
	Loc
	Value Expr        `py:"value"`
	Ctx   ExprContext `py:"ctx"`
}

type Name struct {
	Loc
	Id  string      `py:"id"`
	Ctx ExprContext `py:"ctx"`
}

type List struct {
	Loc
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

type Tuple struct {
	Loc
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

type Slice struct {
	Loc
	Lower Expr `py:"lower,opt"`
	Upper Expr `py:"upper,opt"`
	Step  Expr `py:"step,opt"`
}

// ---- other product types ----

type Comprehension struct {
	Target  Expr   `py:"target"`
	Iter    Expr   `py:"iter"`
	Ifs     []Expr `py:"ifs"`
	IsAsync int    `py:"is_async"`
}

type ExceptHandler struct {
	Loc
	Type Expr   `py:"type,opt"`
	Name string `py:"name,opt"`
	Body []Stmt `py:"body"`
}

type Arguments struct {
	Posonlyargs []*Arg `py:"posonlyargs"`
	Args        []*Arg `py:"args"`
	Vararg      *Arg   `py:"vararg,opt"`
	Kwonlyargs  []*Arg `py:"kwonlyargs"`
	// KwDefaults has one entry per keyword-only parameter; nil where the
	// parameter has no default (None in CPython's ast).
	KwDefaults []Expr `py:"kw_defaults"`
	Kwarg      *Arg   `py:"kwarg,opt"`
	Defaults   []Expr `py:"defaults"`
}

type Arg struct {
	Loc
	Arg         string `py:"arg"`
	Annotation  Expr   `py:"annotation,opt"`
	TypeComment string `py:"type_comment,opt"`
}

// Keyword is a keyword argument; Arg is "" for a **mapping argument.
type Keyword struct {
	Loc
	Arg   string `py:"arg,opt"`
	Value Expr   `py:"value"`
}

type Alias struct {
	Loc
	Name   string `py:"name"`
	Asname string `py:"asname,opt"`
}

type WithItem struct {
	ContextExpr  Expr `py:"context_expr"`
	OptionalVars Expr `py:"optional_vars,opt"`
}

type MatchCase struct {
	Pattern Pattern `py:"pattern"`
	Guard   Expr    `py:"guard,opt"`
	Body    []Stmt  `py:"body"`
}

type TypeIgnore struct {
	Lineno int    `py:"lineno"`
	Tag    string `py:"tag"`
}

// ---- pattern ----

type MatchValue struct {
	Loc
	Value Expr `py:"value"`
}

type MatchSingleton struct {
	Loc
	Value ConstValue `py:"value"`
}

type MatchSequence struct {
	Loc
	Patterns []Pattern `py:"patterns"`
}

type MatchMapping struct {
	Loc
	Keys     []Expr    `py:"keys"`
	Patterns []Pattern `py:"patterns"`
	Rest     string    `py:"rest,opt"`
}

type MatchClass struct {
	Loc
	Cls         Expr      `py:"cls"`
	Patterns    []Pattern `py:"patterns"`
	KwdAttrs    []string  `py:"kwd_attrs"`
	KwdPatterns []Pattern `py:"kwd_patterns"`
}

type MatchStar struct {
	Loc
	Name string `py:"name,opt"`
}

type MatchAs struct {
	Loc
	Pattern Pattern `py:"pattern,opt"`
	Name    string  `py:"name,opt"`
}

type MatchOr struct {
	Loc
	Patterns []Pattern `py:"patterns"`
}

// ---- enumerations ----

// ExprContext says whether an expression is read, assigned or deleted.
type ExprContext uint8

const (
	Load ExprContext = iota + 1
	Store
	Del
)

// BoolOpKind is `and` or `or`.
type BoolOpKind uint8

const (
	And BoolOpKind = iota + 1
	Or
)

// Operator is a binary arithmetic or bitwise operator.
type Operator uint8

const (
	Add Operator = iota + 1
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOpKind is a unary operator.
type UnaryOpKind uint8

const (
	Invert UnaryOpKind = iota + 1
	Not
	UAdd
	USub
)

// CmpOp is a comparison operator.
type CmpOp uint8

const (
	Eq CmpOp = iota + 1
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var (
	exprContextNames = [...]string{"", "Load", "Store", "Del"}
	boolOpNames      = [...]string{"", "And", "Or"}
	operatorNames    = [...]string{"", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
		"LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
	unaryOpNames = [...]string{"", "Invert", "Not", "UAdd", "USub"}
	cmpOpNames   = [...]string{"", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
)

func (c ExprContext) String() string { return exprContextNames[c] }
func (o BoolOpKind) String() string  { return boolOpNames[o] }
func (o Operator) String() string    { return operatorNames[o] }
func (o UnaryOpKind) String() string { return unaryOpNames[o] }
func (o CmpOp) String() string       { return cmpOpNames[o] }

// ---- constants ----

// ConstValue is the value of a Constant or MatchSingleton: one of NoneConst,
// EllipsisConst, BoolConst, IntConst, FloatConst, ComplexConst, StrConst or
// BytesConst.
type ConstValue interface {
	// Repr returns the value's repr() as CPython prints it.
	Repr() string
}

type (
	// NoneConst is None.
	NoneConst struct{}
	// EllipsisConst is the Ellipsis object (...).
	EllipsisConst struct{}
	// BoolConst is True or False.
	BoolConst bool
	// IntConst is an integer of any size.
	IntConst struct{ V *big.Int }
	// FloatConst is a float.
	FloatConst float64
	// ComplexConst is a complex number (from an imaginary literal, Real is 0).
	ComplexConst struct{ Real, Imag float64 }
	// StrConst is a str, held as UTF-8; lone surrogates (which Python strings
	// may hold) are encoded as their 3-byte generalized UTF-8 form (WTF-8).
	StrConst string
	// BytesConst is a bytes value; the Go string holds the raw bytes.
	BytesConst string
)

// node markers

func (*Module) astNode()       {}
func (*Interactive) astNode()  {}
func (*Expression) astNode()   {}
func (*FunctionType) astNode() {}
func (*Module) modNode()       {}
func (*Interactive) modNode()  {}
func (*Expression) modNode()   {}
func (*FunctionType) modNode() {}

func (*FunctionDef) astNode()      {}
func (*AsyncFunctionDef) astNode() {}
func (*ClassDef) astNode()         {}
func (*Return) astNode()           {}
func (*Delete) astNode()           {}
func (*Assign) astNode()           {}
func (*AugAssign) astNode()        {}
func (*AnnAssign) astNode()        {}
func (*For) astNode()              {}
func (*AsyncFor) astNode()         {}
func (*While) astNode()            {}
func (*If) astNode()               {}
func (*With) astNode()             {}
func (*AsyncWith) astNode()        {}
func (*Match) astNode()            {}
func (*Raise) astNode()            {}
func (*Try) astNode()              {}
func (*TryStar) astNode()          {}
func (*Assert) astNode()           {}
func (*Import) astNode()           {}
func (*ImportFrom) astNode()       {}
func (*Global) astNode()           {}
func (*Nonlocal) astNode()         {}
func (*ExprStmt) astNode()         {}
func (*Pass) astNode()             {}
func (*Break) astNode()            {}
func (*Continue) astNode()         {}

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Match) stmtNode()            {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*TryStar) stmtNode()          {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*ExprStmt) stmtNode()         {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}

func (*BoolOp) astNode()         {}
func (*NamedExpr) astNode()      {}
func (*BinOp) astNode()          {}
func (*UnaryOp) astNode()        {}
func (*Lambda) astNode()         {}
func (*IfExp) astNode()          {}
func (*Dict) astNode()           {}
func (*Set) astNode()            {}
func (*ListComp) astNode()       {}
func (*SetComp) astNode()        {}
func (*DictComp) astNode()       {}
func (*GeneratorExp) astNode()   {}
func (*Await) astNode()          {}
func (*Yield) astNode()          {}
func (*YieldFrom) astNode()      {}
func (*Compare) astNode()        {}
func (*Call) astNode()           {}
func (*FormattedValue) astNode() {}
func (*JoinedStr) astNode()      {}
func (*Constant) astNode()       {}
func (*Attribute) astNode()      {}
func (*Subscript) astNode()      {}
func (*Starred) astNode()        {}
func (*Name) astNode()           {}
func (*List) astNode()           {}
func (*Tuple) astNode()          {}
func (*Slice) astNode()          {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*Comprehension) astNode() {}
func (*ExceptHandler) astNode() {}
func (*Arguments) astNode()     {}
func (*Arg) astNode()           {}
func (*Keyword) astNode()       {}
func (*Alias) astNode()         {}
func (*WithItem) astNode()      {}
func (*MatchCase) astNode()     {}
func (*TypeIgnore) astNode()    {}

func (*MatchValue) astNode()     {}
func (*MatchSingleton) astNode() {}
func (*MatchSequence) astNode()  {}
func (*MatchMapping) astNode()   {}
func (*MatchClass) astNode()     {}
func (*MatchStar) astNode()      {}
func (*MatchAs) astNode()        {}
func (*MatchOr) astNode()        {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
