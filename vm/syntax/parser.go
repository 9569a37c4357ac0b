package syntax

// This file holds the parser's core: the token cursor with backtracking,
// the two-pass driver, and error raising. The grammar rules themselves live
// in parse_expr.go (expressions, targets, arguments), parse_stmt.go
// (statements and the entry rules) and parse_pattern.go (match patterns).
//
// The parser is a hand-written recursive-descent transcription of CPython
// 3.11's PEG grammar (Grammar/python.gram). Like CPython's generated parser
// it works on a token array with unlimited backtracking: a rule remembers
// mark(), tries an alternative, and reset()s when it fails. A rule returns
// nil to say "no match"; a definite syntax error is raised with raise*,
// which unwinds to Parse through a panic of type bailout (never visible
// outside this package).
//
// Parsing runs in two passes, as in CPython. The first pass uses only the
// real grammar. If it fails, the second pass re-parses with the invalid_*
// rules enabled (p.callInvalid); they recognise common mistakes and raise
// CPython's specific messages. If the second pass raises nothing, the error
// is the generic "invalid syntax" at the furthest token the first pass
// looked at.

import (
	"fmt"
	"strings"
)

// Mode selects the start rule, as the mode argument of compile().
type Mode uint8

const (
	// FileMode parses a module: compile(..., "exec").
	FileMode Mode = iota
	// EvalMode parses one expression: compile(..., "eval").
	EvalMode
	// SingleMode parses one interactive statement: compile(..., "single").
	SingleMode
	// FuncTypeMode parses a function type comment: compile(..., "func_type").
	FuncTypeMode
)

// maxDepth bounds the parser's recursion. CPython's parser gives up at a
// similar depth with "too many nested parentheses" (from the tokenizer) or a
// MemoryError-like "too complex" error; we raise the latter as SyntaxError so
// that no input can exhaust the Go stack.
const maxDepth = 3000

// ParseFile parses the raw bytes of a Python source file as a module,
// reporting errors exactly as `python3 file.py` does.
func ParseFile(filename string, raw []byte) (*Module, error) {
	m, _, err := ParseFileText(filename, raw)
	return m, err
}

// ParseFileText is ParseFile that also returns the decoded source text,
// which later stages need for their error messages.
func ParseFileText(filename string, raw []byte) (*Module, string, error) {
	src, derr := decodeFile(filename, raw)
	if derr != nil {
		// A file run names an unknown codec differently from compile().
		if rest, ok := strings.CutPrefix(derr.Msg, "unknown encoding: "); ok {
			derr.Msg = "encoding problem: " + rest
		}
		return nil, "", derr
	}
	src.isFile = true
	m, err := parseSource(src, FileMode)
	if err != nil {
		return nil, "", err
	}
	return m.(*Module), src.text, nil
}

// Parse parses raw source bytes in the given mode, as compile() does with
// a bytes argument. The error, when not nil, is an *Error.
func Parse(filename string, raw []byte, mode Mode) (ModNode, error) {
	src, derr := decodeFile(filename, raw)
	if derr != nil {
		return nil, derr
	}
	return parseSource(src, mode)
}

// ParseText parses already decoded source text (UTF-8, "\n" line endings),
// as compile() does with a str argument.
func ParseText(filename, text string, mode Mode) (ModNode, error) {
	// Text input has a known encoding: error offsets count characters.
	// Line endings are normalised and a leading BOM dropped, as CPython's
	// string tokenizer does.
	text = strings.TrimPrefix(string(translateNewlines([]byte(text))), "\ufeff")
	return parseSource(newSource(filename, text), mode)
}

// parseSource parses decoded source.
func parseSource(src *source, mode Mode) (ModNode, error) {
	p := &parser{src: src, toks: tokenize(src), mode: mode}
	mod, err := p.run()
	if err != nil {
		return nil, err
	}
	return mod, nil
}

// bailout is the panic value that carries a raised syntax error to run.
type bailout struct{ err *Error }

type parser struct {
	src  *source
	toks []Token
	pos  int // index of the current token
	fill int // 1 + the furthest token index looked at

	mode        Mode
	callInvalid bool // second pass: invalid_* rules are active
	depth       int  // recursion depth, see enter/leave
	// fstring is set when parsing the expression of an f-string replacement
	// field: error messages then start with "f-string: ".
	fstring bool

	// memo caches rule results by (rule, token position) for the rules that
	// would otherwise be re-parsed exponentially often after backtracking.
	memo memoTable
	// levels is the bracket level of every token (tokenLevel), computed
	// on first use.
	levels []int32
}

// run parses the whole input with CPython's two-pass strategy.
func (p *parser) run() (mod ModNode, err error) {
	defer func() {
		if e, ok := err.(*Error); ok && e != nil {
			p.lineOfStringInput(e)
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			// CPython checks the rest of the input for a tokenizer error
			// after any parser error, from either pass.
			mod, err = nil, p.preferTokenizerError(b.err, p.tokenAt(p.fill-1).Line)
		}
	}()
	if mod := p.startRule(); mod != nil {
		return mod, nil
	}
	// First pass failed: remember how far it got, then retry with the
	// invalid_* rules to find a specific message.
	lastTok := p.tokenAt(p.fill - 1)
	// As in CPython, the second pass keeps p.fill: RAISE_SYNTAX_ERROR
	// points at the furthest token either pass has read.
	p.pos, p.depth = 0, 0
	p.memo.reset()
	p.callInvalid = true
	func() {
		defer func() {
			if r := recover(); r != nil {
				b, ok := r.(bailout)
				if !ok {
					panic(r)
				}
				err = p.preferTokenizerError(b.err, p.tokenAt(p.fill-1).Line)
			}
		}()
		p.startRule()
	}()
	if err != nil {
		return nil, err
	}
	return nil, p.genericError(lastTok)
}

// lineOfStringInput gives a parser error in a string compiled in exec
// mode the text CPython takes from its tokenizer's buffer, where the
// input's last line has the newline exec input is given when it lacks
// one ('1+' reports the text '1+\n'); not an f-string expression's own
// parse, whose text is the expression. Tokenizer errors report the line
// only up to the cursor, without it; errors in a file read the file.
func (p *parser) lineOfStringInput(e *Error) {
	if e.byParser && p.mode == FileMode && !p.src.isFile && e.Text != "" && !strings.HasSuffix(e.Text, "\n") {
		e.Text += "\n"
	}
}

// genericError is the error for a parse that failed with no specific
// message (CPython's _PyPegen_set_syntax_error).
func (p *parser) genericError(last *Token) *Error {
	switch last.Kind {
	case ERRORTOKEN:
		// Only the end-of-input token reaches here (other error tokens
		// raise as soon as they are read): EOF inside brackets or after a
		// continuation line.
		return last.Err
	case INDENT:
		return p.lastTokenError("IndentationError", last, "unexpected indent")
	case DEDENT:
		return p.lastTokenError("IndentationError", last, "unexpected unindent")
	}
	e := p.errorAtToken(last, "invalid syntax")
	// The unclosed-bracket check compares with the furthest token read
	// by either pass, as CPython's does.
	return p.preferTokenizerError(e, p.tokenAt(p.fill-1).Line)
}

// preferTokenizerError implements CPython's rule that, after a parser-level
// error (a SyntaxError or an IndentationError raised by a rule), the rest of
// the source is tokenized: an error the tokenizer raises itself found there
// wins (errorRaisedByTokenizer); when the tokenizer stops on one of the
// states the parser would turn into an error (bad indentation, end of input
// inside brackets or after a continuation...), only the innermost bracket
// still open wins, and only if it was opened on a line before errLine, the
// line of the furthest token the parser read. An error that came from the
// tokenizer in the first place stays.
func (p *parser) preferTokenizerError(e *Error, errLine int) *Error {
	last := &p.toks[len(p.toks)-1]
	if last.Kind != ERRORTOKEN || last.Err == nil || last.Err == e {
		return e
	}
	if errorRaisedByTokenizer(last.Err) {
		return last.Err
	}
	if b := openBracketError(p.src, p.toks[:len(p.toks)-1]); b != nil && errLine > b.Lineno {
		return b
	}
	return e
}

// ---- token cursor ----

// tokenAt returns token i, clamped to the stream, without side effects.
func (p *parser) tokenAt(i int) *Token {
	if i < 0 {
		i = 0
	}
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	return &p.toks[i]
}

// look returns the token n places after the current one (0: current),
// recording it as seen. Reading a tokenizer error token raises its error,
// as CPython's parser does when it fetches that token, in either pass;
// this includes the end-of-input errors (unclosed bracket, EOF after a
// continuation), which therefore win over any message a second-pass rule
// would raise after reading them.
func (p *parser) look(n int) *Token {
	i := p.pos + n
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	if i+1 > p.fill {
		p.fill = i + 1
	}
	t := &p.toks[i]
	if t.Kind == ERRORTOKEN && t.Err != nil {
		panic(bailout{t.Err})
	}
	return t
}

// peek returns the current token.
func (p *parser) peek() *Token { return p.look(0) }

// at reports whether the current token has kind k.
func (p *parser) at(k Kind) bool { return p.look(0).Kind == k }

// next consumes and returns the current token.
func (p *parser) next() *Token {
	t := p.look(0)
	if p.pos < len(p.toks)-1 {
		p.pos++
	}
	return t
}

// expect consumes the current token if it has kind k, else returns nil.
func (p *parser) expect(k Kind) *Token {
	if t := p.look(0); t.Kind == k {
		return p.next()
	}
	return nil
}

// expectSoft consumes the current token if it is the NAME word (a soft
// keyword such as match, case or _), else returns nil.
func (p *parser) expectSoft(word string) *Token {
	if t := p.look(0); t.Kind == NAME && t.Text == word {
		return p.next()
	}
	return nil
}

// mark returns the cursor position for a later reset.
func (p *parser) mark() int { return p.pos }

// reset moves the cursor back to a position returned by mark.
func (p *parser) reset(m int) { p.pos = m }

// prev returns the last consumed token: the end of the node just parsed.
func (p *parser) prev() *Token { return p.tokenAt(p.pos - 1) }

// enter guards against unbounded recursion; pair each call with leave.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		t := p.tokenAt(p.pos)
		panic(bailout{p.src.parserErrorAt("SyntaxError", t.Line, t.Col, 0, 0, "too many nested parentheses")})
	}
}

// leave undoes enter.
func (p *parser) leave() { p.depth-- }

// ---- positions ----

// span returns the location from the start of token start to the end of
// the last consumed token.
func (p *parser) span(start *Token) Loc {
	end := p.prev()
	return Loc{start.Line, start.Col, end.EndLine, end.EndCol}
}

// spanFrom returns the location from the start of node a to the end of
// the last consumed token.
func (p *parser) spanFrom(a Located) Loc {
	s := a.Pos()
	end := p.prev()
	return Loc{s.Lineno, s.ColOffset, end.EndLine, end.EndCol}
}

// spanNodes returns the location from the start of a to the end of b.
func spanNodes(a, b Located) Loc {
	s, e := a.Pos(), b.Pos()
	return Loc{s.Lineno, s.ColOffset, e.EndLineno, e.EndColOffset}
}

// tokLoc is the location of one token.
func tokLoc(t *Token) Loc { return Loc{t.Line, t.Col, t.EndLine, t.EndCol} }

// ---- errors ----

func (p *parser) msg(format string, args []any) string {
	m := fmt.Sprintf(format, args...)
	if p.fstring {
		m = "f-string: " + m
	}
	return m
}

// errorAtToken builds a SyntaxError spanning one token. A token that has
// no column in CPython (see noColumn) gives offsets 0, as col_offset -1
// plus one does there.
func (p *parser) errorAtToken(t *Token, format string, args ...any) *Error {
	if p.noColumn(t) {
		e := p.src.parserErrorAt("SyntaxError", t.Line, 0, t.EndLine, 0, "%s", p.msg(format, args))
		e.Offset, e.EndOffset = 0, 0
		return e
	}
	return p.src.parserErrorAt("SyntaxError", t.Line, t.Col, t.EndLine, t.EndCol, "%s", p.msg(format, args))
}

// lastTokenError builds the error CPython's _PyPegen_raise_error makes at
// token t (RAISE_SYNTAX_ERROR, RAISE_INDENTATION_ERROR): the token's range,
// or, for a token without a column (see noColumn), the tokenizer's cursor
// as a 0-based character offset and no end offset (-1). Such tokens sit
// at the cursor position in our stream.
func (p *parser) lastTokenError(typ string, t *Token, format string, args ...any) *Error {
	if p.noColumn(t) {
		e := p.src.parserErrorAt(typ, t.Line, t.Col, t.EndLine, t.EndCol, "%s", p.msg(format, args))
		e.Offset--
		e.EndOffset = -1
		if p.src.isFile && p.atEndOfInput(t) {
			// CPython's file reader has emptied its buffer at end of
			// input, so the cursor column it reports is 0.
			e.Offset = 0
		}
		return e
	}
	return p.src.parserErrorAt(typ, t.Line, t.Col, t.EndLine, t.EndCol, "%s", p.msg(format, args))
}

// atEndOfInput reports whether t is ENDMARKER or one of the DEDENTs just
// before it.
func (p *parser) atEndOfInput(t *Token) bool {
	for i := len(p.toks) - 1; i >= 0; i-- {
		u := &p.toks[i]
		if u == t {
			return true
		}
		if u.Kind != ENDMARKER && u.Kind != DEDENT {
			return false
		}
	}
	return false
}

// raise raises a SyntaxError of type typ at the given byte range
// (endLine 0: no end).
func (p *parser) raise(typ string, line, col, endLine, endCol int, format string, args ...any) {
	panic(bailout{p.src.parserErrorAt(typ, line, col, endLine, endCol, "%s", p.msg(format, args))})
}

// raiseAtToken raises a SyntaxError spanning token t
// (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token).
func (p *parser) raiseAtToken(t *Token, format string, args ...any) {
	panic(bailout{p.errorAtToken(t, format, args...)})
}

// raiseAtNode raises a SyntaxError spanning node n.
func (p *parser) raiseAtNode(n Located, format string, args ...any) {
	l := n.Pos()
	p.raise("SyntaxError", l.Lineno, l.ColOffset, l.EndLineno, l.EndColOffset, format, args...)
}

// raiseRange raises a SyntaxError from the start of a to the end of b
// (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE).
func (p *parser) raiseRange(a, b Located, format string, args ...any) {
	s, e := a.Pos(), b.Pos()
	p.raise("SyntaxError", s.Lineno, s.ColOffset, e.EndLineno, e.EndColOffset, format, args...)
}

// raiseHere raises a SyntaxError at the last token consumed, as CPython's
// RAISE_SYNTAX_ERROR does (it points at the last token the tokenizer
// produced, which after the consumed one is usually the current token).
func (p *parser) raiseHere(format string, args ...any) {
	panic(bailout{p.lastTokenError("SyntaxError", p.tokenAt(p.fill-1), format, args...)})
}

// raiseIndentation raises an IndentationError at token t.
func (p *parser) raiseIndentation(t *Token, format string, args ...any) {
	panic(bailout{p.lastTokenError("IndentationError", t, format, args...)})
}
