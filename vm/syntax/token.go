package syntax

// This file defines the tokens that the scanner hands to the parser. The
// set follows CPython 3.11's tokenizer (Grammar/Tokens), with one change: hard
// keywords get kinds of their own so that the parser can switch on them
// instead of comparing strings. Soft keywords (match, case, _) stay NAME.

// Kind is the kind of a token.
type Kind uint8

// Token kinds. The operator kinds are named after CPython's token names.
const (
	ENDMARKER Kind = iota
	NAME
	NUMBER
	STRING
	NEWLINE
	INDENT
	DEDENT
	// ERRORTOKEN ends the token stream of a source that does not tokenize;
	// Token.Err holds the SyntaxError the parser raises when it reaches it.
	ERRORTOKEN

	// Operators and delimiters.
	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	VBAR             // |
	AMPER            // &
	LESS             // <
	GREATER          // >
	EQUAL            // =
	DOT              // .
	PERCENT          // %
	LBRACE           // {
	RBRACE           // }
	EQEQUAL          // ==
	NOTEQUAL         // !=
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=
	EXCLAMATION      // ! (only legal inside f-string replacement fields)
	// OP is any other printable ASCII character ($ ? `): CPython's tokenizer
	// hands it to the parser as a generic OP token, which no rule accepts.
	OP

	// Hard keywords.
	KwFalse
	KwNone
	KwTrue
	KwAnd
	KwAs
	KwAssert
	KwAsync
	KwAwait
	KwBreak
	KwClass
	KwContinue
	KwDef
	KwDel
	KwElif
	KwElse
	KwExcept
	KwFinally
	KwFor
	KwFrom
	KwGlobal
	KwIf
	KwImport
	KwIn
	KwIs
	KwLambda
	KwNonlocal
	KwNot
	KwOr
	KwPass
	KwRaise
	KwReturn
	KwTry
	KwWhile
	KwWith
	KwYield

	numKinds
)

// Token is one token of source text. Lines are 1-based; columns are 0-based
// byte offsets into the UTF-8 source line, as CPython's AST records them.
type Token struct {
	Kind Kind
	// Text is the token's exact source text: for STRING the whole literal with
	// its prefix and quotes, for NUMBER the literal as written, for NEWLINE
	// the line ending ("" at end of file), for INDENT the indentation.
	Text            string
	Line, Col       int
	EndLine, EndCol int
	Err             *Error // set on ERRORTOKEN only
}

var kindNames = [numKinds]string{
	ENDMARKER: "ENDMARKER", NAME: "NAME", NUMBER: "NUMBER", STRING: "STRING",
	NEWLINE: "NEWLINE", INDENT: "INDENT", DEDENT: "DEDENT", ERRORTOKEN: "ERRORTOKEN",
	LPAR: "(", RPAR: ")", LSQB: "[", RSQB: "]", COLON: ":", COMMA: ",", SEMI: ";",
	PLUS: "+", MINUS: "-", STAR: "*", SLASH: "/", VBAR: "|", AMPER: "&", LESS: "<",
	GREATER: ">", EQUAL: "=", DOT: ".", PERCENT: "%", LBRACE: "{", RBRACE: "}",
	EQEQUAL: "==", NOTEQUAL: "!=", LESSEQUAL: "<=", GREATEREQUAL: ">=", TILDE: "~",
	CIRCUMFLEX: "^", LEFTSHIFT: "<<", RIGHTSHIFT: ">>", DOUBLESTAR: "**",
	PLUSEQUAL: "+=", MINEQUAL: "-=", STAREQUAL: "*=", SLASHEQUAL: "/=",
	PERCENTEQUAL: "%=", AMPEREQUAL: "&=", VBAREQUAL: "|=", CIRCUMFLEXEQUAL: "^=",
	LEFTSHIFTEQUAL: "<<=", RIGHTSHIFTEQUAL: ">>=", DOUBLESTAREQUAL: "**=",
	DOUBLESLASH: "//", DOUBLESLASHEQUAL: "//=", AT: "@", ATEQUAL: "@=", RARROW: "->",
	ELLIPSIS: "...", COLONEQUAL: ":=", EXCLAMATION: "!", OP: "OP",
	KwFalse: "False", KwNone: "None", KwTrue: "True", KwAnd: "and", KwAs: "as",
	KwAssert: "assert", KwAsync: "async", KwAwait: "await", KwBreak: "break",
	KwClass: "class", KwContinue: "continue", KwDef: "def", KwDel: "del",
	KwElif: "elif", KwElse: "else", KwExcept: "except", KwFinally: "finally",
	KwFor: "for", KwFrom: "from", KwGlobal: "global", KwIf: "if", KwImport: "import",
	KwIn: "in", KwIs: "is", KwLambda: "lambda", KwNonlocal: "nonlocal", KwNot: "not",
	KwOr: "or", KwPass: "pass", KwRaise: "raise", KwReturn: "return", KwTry: "try",
	KwWhile: "while", KwWith: "with", KwYield: "yield",
}

// String returns the token kind's name, or the operator or keyword it spells.
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "Kind(?)"
}

// IsKeyword reports whether k is a hard keyword.
func (k Kind) IsKeyword() bool { return k >= KwFalse && k <= KwYield }

// Keywords maps each hard keyword's spelling to its kind.
var keywords = func() map[string]Kind {
	m := make(map[string]Kind, KwYield-KwFalse+1)
	for k := KwFalse; k <= KwYield; k++ {
		m[kindNames[k]] = k
	}
	return m
}()

// LookupKeyword returns the kind of a hard keyword, or NAME.
func LookupKeyword(name string) Kind {
	if k, ok := keywords[name]; ok {
		return k
	}
	return NAME
}
