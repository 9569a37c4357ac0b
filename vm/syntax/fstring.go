package syntax

// This file joins a run of adjacent STRING tokens into one Constant or
// JoinedStr node, parsing f-strings on the way, the way CPython 3.11 does it
// (Parser/action_helpers.c _PyPegen_concatenate_strings and the f-string
// half of Parser/string_parser.c). In 3.11 an f-string is a single STRING
// token; its replacement fields are found by scanning the token text, and
// each expression is handed to the parser (subParse) separately.
//
// The resulting tree has CPython's exact shape: literal text is collected in
// a pending buffer, adjacent pieces (including the "x=" text of
// self-documenting fields) merge, empty pieces vanish, and the buffer becomes
// a Constant each time a FormattedValue follows it. Every Constant and
// FormattedValue of the run spans the whole run, as in CPython; a format
// spec is a JoinedStr spanning only its own token.
//
// Most errors here are raised by CPython at "the parser's current token",
// which is the token following the run; concatStringsAt takes that token,
// and concatStrings works it out from the source text.

import (
	"sort"
	"strings"
)

// fstringMaxNesting is CPython's MAXLEVEL, the deepest bracket nesting the
// f-string expression scanner accepts.
const fstringMaxNesting = 200

// concatStrings returns the Constant (str or bytes) or JoinedStr node for
// toks, a run of adjacent STRING tokens, as CPython 3.11 builds it.
// subParse parses the text of one replacement field's expression; line and
// col are where CPython 3.11 starts its sub-parser on the parenthesised text
// "(" + exprText + ")", usually the position of the '{': a token at line n,
// byte column k of that text gets line line+n-1, and column col+k when it
// ends on line 1 (CPython tests its tokenizer's current line, so a
// multi-line string starting on line 1 keeps column k), else column k.
// Thus f'{x, y}' gives a Tuple starting at the '{'.
func concatStrings(src *source, toks []Token, subParse func(exprText string, line, col int) (Expr, *Error)) (Expr, *Error) {
	return concatStringsAt(src, toks, nil, subParse)
}

// concatStringsAt is concatStrings with the token that follows the run
// (the parser's current token, where CPython reports most string errors).
// When next is nil it is found by scanning the source, which is exact
// except when the run ends a line inside brackets.
func concatStringsAt(src *source, toks []Token, next *Token, subParse func(exprText string, line, col int) (Expr, *Error)) (Expr, *Error) {
	if len(toks) == 0 {
		return &Constant{Value: StrConst("")}, nil
	}
	c := &strConcat{src: src, first: &toks[0], last: &toks[len(toks)-1], next: next, subParse: subParse}
	var st fstringState
	bytesMode := false
	var bytesVal []byte
	for i := range toks {
		t := &toks[i]
		l := splitStringLiteral(t.Text)
		var value string
		if !l.fmt {
			v, msg, atToken := decodeStringLiteral(l)
			if msg != "" {
				if atToken {
					return nil, src.parserErrorAt("SyntaxError", t.Line, t.Col, t.EndLine, t.EndCol, "%s", msg)
				}
				return nil, c.errCurrent(msg)
			}
			value = v
		}
		if i != 0 && bytesMode != l.bytes {
			return nil, c.errCurrent("cannot mix bytes and nonbytes literals")
		}
		bytesMode = l.bytes
		switch {
		case l.fmt:
			p := &fstringParser{c: c, t: t, body: l.body, bodyOff: l.bodyOff, raw: l.raw, lastNewline: -1}
			if _, err := p.concat(&st, 0, 0); err != nil {
				return nil, err
			}
		case bytesMode:
			bytesVal = append(bytesVal, value...)
		default:
			st.add(value)
		}
	}
	if bytesMode {
		return &Constant{Loc: spanLoc(c.first, c.last), Value: BytesConst(bytesVal)}, nil
	}
	if !st.fmode {
		return c.strNode(&st, c.first, c.last), nil
	}
	return c.joined(&st, c.first, c.last), nil
}

// strConcat is the context shared while joining one run of strings.
type strConcat struct {
	src         *source
	first, last *Token
	next        *Token
	subParse    func(exprText string, line, col int) (Expr, *Error)
}

// fstringState collects the parts of one JoinedStr (CPython's
// FstringParser): the pending literal text and the finished parts.
type fstringState struct {
	pending []byte
	values  []Expr
	fmode   bool // an f-string took part: the result is a JoinedStr
}

// add appends literal text to the pending buffer.
func (st *fstringState) add(s string) { st.pending = append(st.pending, s...) }

// spanLoc returns the range from the start of a to the end of b.
func spanLoc(a, b *Token) Loc {
	return Loc{Lineno: a.Line, ColOffset: a.Col, EndLineno: b.EndLine, EndColOffset: b.EndCol}
}

// strNode turns the pending text into a Constant spanning first..last,
// with kind "u" when first is written with a (lower case) u prefix.
func (c *strConcat) strNode(st *fstringState, first, last *Token) *Constant {
	n := &Constant{Loc: spanLoc(first, last), Value: StrConst(st.pending)}
	if strings.HasPrefix(first.Text, "u") {
		n.Kind = "u"
	}
	st.pending = nil
	return n
}

// flush moves pending text, if any, into the parts as a Constant.
func (c *strConcat) flush(st *fstringState, first, last *Token) {
	if len(st.pending) > 0 {
		st.values = append(st.values, c.strNode(st, first, last))
	}
}

// joined finishes st as a JoinedStr spanning first..last.
func (c *strConcat) joined(st *fstringState, first, last *Token) *JoinedStr {
	c.flush(st, first, last)
	values := st.values
	if values == nil {
		values = []Expr{}
	}
	return &JoinedStr{Loc: spanLoc(first, last), Values: values}
}

// errCurrent builds a SyntaxError located at the parser's current token.
func (c *strConcat) errCurrent(msg string) *Error {
	if c.next != nil {
		n := c.next
		return c.src.parserErrorAt("SyntaxError", n.Line, n.Col, n.EndLine, n.EndCol, "%s", msg)
	}
	line, col, endLine, endCol := c.tokenAfterRun()
	return c.src.parserErrorAt("SyntaxError", line, col, endLine, endCol, "%s", msg)
}

// offsetLineCol converts a byte offset in the text of s to a line and a
// byte column.
func offsetLineCol(s *source, off int) (int, int) {
	i := sort.Search(len(s.lineStarts), func(i int) bool { return s.lineStarts[i] > off })
	if i == 0 {
		return 1, off
	}
	return i, off - s.lineStarts[i-1]
}

// tokenAfterRun locates the token that follows the run in the source, as
// CPython's tokenizer would produce it: a NEWLINE (starting at a comment
// when there is one, ending at the line end) or the next token. Brackets
// are not tracked, so a run that ends a line inside brackets gets the
// NEWLINE position rather than that of the next line's token.
func (c *strConcat) tokenAfterRun() (line, col, endLine, endCol int) {
	text := c.src.text
	off := len(text)
	if l := c.last.EndLine; l >= 1 && l <= len(c.src.lineStarts) {
		off = min(c.src.lineStarts[l-1]+c.last.EndCol, len(text))
	}
	for off < len(text) {
		if ch := text[off]; ch == ' ' || ch == '\t' || ch == '\f' {
			off++
		} else if ch == '\\' && off+1 < len(text) && text[off+1] == '\n' {
			off += 2
		} else {
			break
		}
	}
	start, end := off, off
	switch {
	case off >= len(text) || text[off] == '\n':
	case text[off] == '#':
		end = off + strings.IndexByte(text[off:]+"\n", '\n')
	default:
		end = off + nextTokenLen(text[off:])
	}
	line, col = offsetLineCol(c.src, start)
	endLine, endCol = offsetLineCol(c.src, end)
	return
}

// nextTokenLen guesses the length of the token at the start of s (a name,
// a number or an operator), for error positions.
func nextTokenLen(s string) int {
	isWord := func(c byte) bool {
		return c == '_' || c >= 0x80 || (c|0x20 >= 'a' && c|0x20 <= 'z') || (c >= '0' && c <= '9')
	}
	if isWord(s[0]) || (s[0] == '.' && len(s) > 1 && s[1] >= '0' && s[1] <= '9') {
		number := s[0] == '.' || (s[0] >= '0' && s[0] <= '9')
		n := 1
		for n < len(s) {
			ch := s[n]
			switch {
			case isWord(ch):
			case number && ch == '.':
			case number && (ch == '+' || ch == '-') && (s[n-1]|0x20 == 'e') && !strings.ContainsAny(s[:n], "xX"):
			default:
				return n
			}
			n++
		}
		return n
	}
	for _, op := range [...]string{"**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=",
		"+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="} {
		if strings.HasPrefix(s, op) {
			return len(op)
		}
	}
	_, size := decodeWTF8(s)
	return size
}

// fstringParser scans the body of one f-string token.
type fstringParser struct {
	c       *strConcat
	t       *Token
	body    string // the text between the quotes
	bodyOff int    // offset of body in t.Text
	raw     bool

	// exprLocation's progress through t.Text: newlines counted before
	// scanPos, and the offset of the last one (-1 if none).
	scanPos, scanLines, lastNewline int
}

// concat parses the f-string body from pos into st (CPython's
// _PyPegen_FstringParser_ConcatFstring). At recursion level 0 it runs to
// the end of the body; deeper (a format spec) it stops at the closing '}'.
func (p *fstringParser) concat(st *fstringState, pos, recurse int) (int, *Error) {
	c := p.c
	st.fmode = true
	end := len(p.body)
	for {
		lit, hasLit, next, more, err := p.findLiteral(pos, recurse)
		if err != nil {
			return pos, err
		}
		pos = next
		if hasLit {
			st.add(lit)
		}
		if more {
			continue
		}
		if pos >= end || p.body[pos] == '}' {
			break
		}
		fv, exprText, hasText, next, err := p.findExpr(pos, recurse)
		if err != nil {
			return pos, err
		}
		pos = next
		if hasText {
			st.add(exprText)
		}
		c.flush(st, c.first, c.last)
		st.values = append(st.values, fv)
	}
	if recurse == 0 && pos < end-1 {
		return pos, c.errCurrent("f-string: unexpected end of string")
	}
	if recurse != 0 && (pos >= end || p.body[pos] != '}') {
		return pos, c.errCurrent("f-string: expecting '}'")
	}
	return pos, nil
}

// findLiteral scans literal text from pos up to an un-doubled '{' (or a
// '}' ending a format spec, or the end), and decodes it. more reports a
// doubled brace: the literal includes one brace and scanning resumes after
// the other.
func (p *fstringParser) findLiteral(pos, recurse int) (lit string, hasLit bool, next int, more bool, err *Error) {
	body, end := p.body, len(p.body)
	start, s := pos, pos
	litEnd := -1
	for s < end {
		ch := body[s]
		s++
		if !p.raw && ch == '\\' && s < end {
			ch = body[s]
			s++
			if ch == 'N' {
				if s < end {
					open := body[s]
					s++
					if open == '{' {
						for s < end {
							s++
							if body[s-1] == '}' {
								break
							}
						}
						continue
					}
				}
				break
			}
		}
		if ch == '{' || ch == '}' {
			if recurse == 0 {
				if s < end && body[s] == ch {
					litEnd, next, more = s, s+1, true
					break
				}
				if ch == '}' {
					return "", false, s - 1, false, p.c.errCurrent("f-string: single '}' is not allowed")
				}
			}
			s--
			break
		}
	}
	if litEnd < 0 {
		litEnd, next = s, s
	}
	if litEnd == start {
		return "", false, next, more, nil
	}
	text := body[start:litEnd]
	if p.raw {
		return text, true, next, more, nil
	}
	v, msg := decodeUnicodeEscapes(text)
	if msg != "" {
		return "", false, next, false, p.c.errCurrent(msg)
	}
	return v, true, next, more, nil
}

// findExpr parses the replacement field whose '{' is at pos: it finds the
// end of the expression, has it parsed, then reads the '=', conversion and
// format spec parts. exprText is the text of a self-documenting field
// ("x = ", up to the end of the whitespace after '=').
func (p *fstringParser) findExpr(pos, recurse int) (fv *FormattedValue, exprText string, hasText bool, next int, err *Error) {
	c := p.c
	body, end := p.body, len(p.body)
	fail := func(msg string) (*FormattedValue, string, bool, int, *Error) {
		return nil, "", false, pos, c.errCurrent(msg)
	}
	if recurse >= 2 {
		return fail("f-string: expressions nested too deeply")
	}
	s := pos + 1
	exprStart := s
	var quote byte
	triple := false
	var stack []byte
scan:
	for ; s < end; s++ {
		ch := body[s]
		if ch == '\\' {
			return fail("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if triple {
					if s+2 < end && body[s+1] == ch && body[s+2] == ch {
						s += 2
						quote, triple = 0, false
					}
				} else {
					quote = 0
				}
			}
			continue
		}
		switch ch {
		case '\'', '"':
			if s+2 < end && body[s+1] == ch && body[s+2] == ch {
				triple = true
				s += 2
			}
			quote = ch
		case '[', '{', '(':
			if len(stack) >= fstringMaxNesting {
				return fail("f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
		case '#':
			return fail("f-string expression part cannot include '#'")
		case ']', '}', ')':
			if len(stack) == 0 {
				if ch == '}' {
					break scan
				}
				return fail("f-string: unmatched '" + string(ch) + "'")
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}') {
				return fail("f-string: closing parenthesis '" + string(ch) +
					"' does not match opening parenthesis '" + string(open) + "'")
			}
		case '!', ':', '=', '<', '>':
			if len(stack) != 0 {
				continue
			}
			if ch != ':' && s+1 < end && body[s+1] == '=' {
				s++ // !=, ==, <=, >=
				continue
			}
			if ch == '<' || ch == '>' {
				continue // not the end of the expression
			}
			break scan
		}
	}
	exprEnd := s
	if quote != 0 {
		return fail("f-string: unterminated string")
	}
	if len(stack) != 0 {
		return fail("f-string: unmatched '" + string(stack[len(stack)-1]) + "'")
	}
	if s >= end {
		return fail("f-string: expecting '}'")
	}

	// Parse the expression first, so that its errors come before those of
	// the conversion and format spec.
	if strings.Trim(body[exprStart:exprEnd], " \t\n\f") == "" {
		switch e := body[exprEnd]; e {
		case '!', ':', '=':
			return fail("f-string: expression required before '" + string(e) + "'")
		}
		return fail("f-string: empty expression not allowed")
	}
	line, col := p.exprLocation(p.bodyOff + pos)
	value, perr := c.subParse(body[exprStart:exprEnd], line, col)
	if perr != nil {
		return nil, "", false, pos, perr
	}

	if body[s] == '=' {
		s++
		for s < end && strings.IndexByte(" \t\n\r\f\v", body[s]) >= 0 {
			s++
		}
		exprText, hasText = body[exprStart:s], true
	}
	conversion := -1
	if s < end && body[s] == '!' {
		s++
		if s >= end {
			return fail("f-string: expecting '}'")
		}
		conversion = int(body[s])
		s++
		if conversion != 's' && conversion != 'r' && conversion != 'a' {
			return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	if s >= end {
		return fail("f-string: expecting '}'")
	}
	var spec Expr
	if body[s] == ':' {
		s++
		if s >= end {
			return fail("f-string: expecting '}'")
		}
		var st fstringState
		var serr *Error
		s, serr = p.concat(&st, s, recurse+1)
		if serr != nil {
			return nil, "", false, pos, serr
		}
		spec = c.joined(&st, p.t, p.t)
	}
	if s >= end || body[s] != '}' {
		return fail("f-string: expecting '}'")
	}
	s++
	if hasText && spec == nil && conversion == -1 {
		conversion = 'r'
	}
	fv = &FormattedValue{Loc: spanLoc(c.first, c.last), Value: value, Conversion: conversion, FormatSpec: spec}
	return fv, exprText, hasText, s, nil
}

// exprLocation returns where CPython 3.11 starts the sub-parser for the
// expression whose '{' is at offset brace of the token text: the line of
// the '{' and its byte column. When only blanks separate the '{' from a
// newline, the column is 0, or the token's column if the '{' is on the
// token's first line (fstring_find_expr_location).
func (p *fstringParser) exprLocation(brace int) (line, col int) {
	text := p.t.Text
	newlineAfterBrace := true
	for i := brace + 1; ; i++ {
		if i >= len(text) {
			newlineAfterBrace = false
			break
		}
		ch := text[i]
		if ch == '}' || ch == '\n' {
			break
		}
		if ch != ' ' && ch != '\t' && ch != '\f' {
			newlineAfterBrace = false
			break
		}
	}
	// Count the newlines before the brace, continuing from the previous
	// field's brace (fields come in increasing order), so that a token with
	// many fields is scanned once.
	if brace < p.scanPos {
		p.scanPos, p.scanLines, p.lastNewline = 0, 0, -1
	}
	for ; p.scanPos < brace; p.scanPos++ {
		if text[p.scanPos] == '\n' {
			p.scanLines++
			p.lastNewline = p.scanPos
		}
	}
	cols := 0
	if !newlineAfterBrace {
		cols = brace - p.lastNewline - 1 // the column of '{' in its line
		if p.lastNewline < 0 {
			cols = brace // the offset of '{' in the token
		}
	}
	lines := p.scanLines
	if lines != 0 {
		return p.t.Line + lines, cols
	}
	return p.t.Line, p.t.Col + cols
}
