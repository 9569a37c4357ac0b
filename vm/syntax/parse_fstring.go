package syntax

// This file holds the f-string expression parser. In CPython 3.11 the
// expression of each replacement field of an f-string is compiled by a
// separate parser run over "(" + text + ")" with the start rule
// `fstring: star_expressions` (Parser/string_parser.c,
// fstring_compile_expr). That parser's tokens are shifted to where the
// text sits in the file: down to the line of the '{', and, on the first
// line of the text only, right by the column CPython computes for the '{'.
//
// Here the sub-parser runs over the unshifted text, and the shift is
// applied afterwards to the nodes it built. Its error messages start with
// "f-string: ", and their positions follow CPython's quirks: offsets are
// byte offsets (CPython's sub-tokenizer has no encoding set) measured from
// the start of the parenthesised text, less the column shift on lines
// after the first; the error's text is the line of the parenthesised text.

import (
	"reflect"
	"strings"
	"unicode/utf8"
)

// fstringSubParse parses the expression text of one replacement field.
// line is the line of the '{' before it and col the column shift CPython
// applies to the tokens on the text's first line (see concatStrings).
func (p *parser) fstringSubParse(exprText string, line, col int) (Expr, *Error) {
	sub := newSource(p.src.filename, "("+exprText+")\n")
	q := &parser{src: sub, toks: tokenize(sub), mode: p.mode, fstring: true}
	e, err, own, curEnd := q.runFstring()
	if err != nil {
		ne := q.placeFstringError(err, own, line, col)
		ne.byParser = false // its text is the expression's: see lineOfStringInput
		if curEnd >= 0 {
			ne.EndOffset = curEnd - col
		}
		return nil, ne
	}
	// A token on the first line that ends on a later line (a multi-line
	// string) keeps its start column in CPython: its shift is decided at
	// its end.
	var keep map[int]bool
	for i := range q.toks {
		t := &q.toks[i]
		if t.Line != 1 {
			break
		}
		if t.EndLine > 1 {
			if keep == nil {
				keep = make(map[int]bool)
			}
			keep[t.Col] = true
		}
	}
	sh := locShifter{lines: line - 1, col: col, keep: keep, seen: make(map[uintptr]bool)}
	sh.walk(reflect.ValueOf(e))
	return e, nil
}

// fstringCurrentPos carries an error of an f-string sub-parser that ends
// at the tokenizer's current position: endCol is that byte column, which
// CPython reports less the column shift, whatever the line.
type fstringCurrentPos struct {
	err    *Error
	endCol int
}

// runFstring runs the two passes of the f-string start rule. own reports
// that the error was raised by this parser itself (rather than by its
// tokenizer or by a nested f-string's parser), so that its position still
// has to be converted.
//
// curEnd is the byte column where an error ending at the tokenizer's
// position ends, or -1.
func (q *parser) runFstring() (e Expr, err *Error, own bool, curEnd int) {
	curEnd = -1
	catch := func() {
		switch r := recover().(type) {
		case nil:
		case bailout:
			err = q.preferTokenizerError(r.err, q.tokenAt(q.fill-1).Line)
			own = !q.isTokenizerError(err)
		case fstringCurrentPos:
			err = q.preferTokenizerError(r.err, q.tokenAt(q.fill-1).Line)
			own = !q.isTokenizerError(err)
			if err == r.err {
				curEnd = r.endCol
			}
		case fstringNested:
			err = q.preferTokenizerError(r.err, q.tokenAt(q.fill-1).Line)
			own = false
		default:
			panic(r)
		}
	}
	func() {
		defer catch()
		e = q.starExpressions()
	}()
	if e != nil || err != nil {
		return e, err, own, curEnd
	}
	// Second pass with the invalid_* rules. As in CPython, the tokens
	// fetched so far stay fetched.
	lastTok := q.tokenAt(q.fill - 1)
	q.pos, q.depth = 0, 0
	q.memo.reset()
	q.callInvalid = true
	func() {
		defer catch()
		q.starExpressions()
	}()
	if err != nil {
		return nil, err, own, curEnd
	}
	err = q.genericError(lastTok)
	return nil, err, !q.isTokenizerError(err), -1
}

// isTokenizerError reports whether e is the error of one of q's error
// tokens.
func (q *parser) isTokenizerError(e *Error) bool {
	for i := len(q.toks) - 1; i >= 0 && q.toks[i].Kind == ERRORTOKEN; i-- {
		if q.toks[i].Err == e {
			return true
		}
	}
	return false
}

// placeFstringError converts an error of the sub-parser q to the position
// CPython reports: lines move down to the '{' line; for errors the parser
// raised, offsets become byte offsets less the column shift (except on the
// first line, where the tokens were shifted by it), and the text is the
// line of the sub-parser's source, with its newline only when the
// sub-tokenizer had not gone past that line.
func (q *parser) placeFstringError(e *Error, own bool, line, col int) *Error {
	ne := *e
	if own {
		ln := q.src.line(e.Lineno)
		ne.Offset = fstringOffset(q.src, e.Lineno, e.Offset, col)
		if e.EndLineno > 0 {
			ne.EndOffset = fstringOffset(q.src, e.EndLineno, e.EndOffset, col)
		}
		if q.tokenAt(q.fill-1).EndLine > e.Lineno {
			ln = strings.TrimSuffix(ln, "\n")
		}
		ne.Text = ln
	}
	ne.Lineno += line - 1
	if ne.EndLineno > 0 {
		ne.EndLineno += line - 1
	}
	return &ne
}

// fstringOffset converts a 1-based character offset on line n of the
// sub-parser's source into CPython's f-string error offset.
func fstringOffset(src *source, n, offset, col int) int {
	if offset <= 0 {
		return offset - col
	}
	b := byteColumn(src.line(n), offset)
	if n == 1 {
		return b + 1
	}
	return b + 1 - col
}

// byteColumn inverts source.charOffset: the 0-based byte column of the
// 1-based character offset on line ln.
func byteColumn(ln string, offset int) int {
	b := 0
	for k := offset - 1; k > 0; k-- {
		if b >= len(ln) {
			return b + k
		}
		_, size := utf8.DecodeRuneInString(ln[b:])
		b += size
	}
	return b
}

// locShifter moves every position of a tree built by an f-string
// sub-parser to where CPython places it.
type locShifter struct {
	lines int          // added to every line number
	col   int          // added to columns on the first line
	keep  map[int]bool // first-line start columns that are not shifted
	seen  map[uintptr]bool
}

var shiftLocType = reflect.TypeOf(Loc{})

func (s *locShifter) shift(l *Loc) {
	if l.Lineno == 1 && !s.keep[l.ColOffset] {
		l.ColOffset += s.col
	}
	if l.EndLineno == 1 {
		l.EndColOffset += s.col
	}
	l.Lineno += s.lines
	l.EndLineno += s.lines
}

func (s *locShifter) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			s.walk(v.Elem())
		}
	case reflect.Pointer:
		if v.IsNil() || v.Elem().Kind() != reflect.Struct {
			return
		}
		if s.seen[v.Pointer()] {
			return
		}
		s.seen[v.Pointer()] = true
		st := v.Elem()
		for i := 0; i < st.NumField(); i++ {
			f := st.Field(i)
			if f.Type() == shiftLocType {
				s.shift(f.Addr().Interface().(*Loc))
				continue
			}
			switch f.Kind() {
			case reflect.Interface, reflect.Pointer, reflect.Slice:
				s.walk(f)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			s.walk(v.Index(i))
		}
	}
}
