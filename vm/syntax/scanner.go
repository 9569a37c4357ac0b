package syntax

// This file holds the tokenizer: a transcription of the logic of CPython
// 3.11's C tokenizer (Parser/tokenizer.c) as the parser sees it, so that
// the token stream, every token position and every tokenizer error match.
//
// The scanner reads the decoded text line by line through nextc, keeping
// the same cursor state as the C code (cur, inp, line_start, buf, start),
// because CPython derives token and error positions from those pointers.
// Comments and blank lines produce no tokens; NEWLINE ends a logical line;
// INDENT and DEDENT follow from an indentation stack that also tracks
// columns with a tab size of 1 to detect inconsistent tabs.
//
// Positions are those CPython's parser records for each token:
//
//   - NAME, NUMBER, operators: the token's span on its line.
//   - STRING: from the opening prefix to after the closing quote, which may
//     be on a later line.
//   - NEWLINE: an empty span at the "\n", except after a comment, when it
//     starts where the comment starts (the tokenizer skips the comment as
//     part of the newline). Text is "\n", or "" for the newline CPython
//     adds at the end of a source that lacks one.
//   - INDENT, DEDENT, ENDMARKER: CPython gives them no column (-1). When its
//     parser reports an error at one of them, it uses the tokenizer's
//     cursor instead, which sits after the indentation (or at the end of
//     the input for ENDMARKER and the DEDENTs before it). Col and EndCol
//     hold that cursor, and Line the tokenizer's line at that moment (for
//     ENDMARKER: the last line, not one past it). A parser error at such a
//     token has end offset -1 and offset Col itself, not Col+1: in bytes
//     when the source declares no encoding (CPython's parser then reports
//     byte offsets for all its errors), else the characters in the first
//     Col bytes of the line.
//
// A source that does not tokenize ends in an ERRORTOKEN carrying the error.
// There are two families, and CPython treats them differently when, after a
// parser error, it tokenizes the rest of the input to look for a tokenizer
// error to report instead (see errorRaisedByTokenizer).

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hotloop/hotloop/vm/num"
	"golang.org/x/text/unicode/norm"
)

const (
	eof         = -1
	tabSize     = 8
	maxIndent   = 100 // CPython's MAXINDENT
	maxParenLev = 200 // CPython's MAXLEVEL
)

// bytesPerToken sizes the token array: the bundled standard library's
// modules have 3.6-6 bytes of source a token (collections/__init__.py:
// 4.3), most programs more than 3. At 6 the array of a module like
// collections grew twice while scanning, allocating it three times over
// (0.9 MB for 0.3 MB of tokens); an array that is too big once costs less.
const bytesPerToken = 4

// tokenize returns the whole token stream of src: it ends with ENDMARKER,
// or with an ERRORTOKEN whose Err is the error CPython raises when its
// parser fetches that token (the tokens before it are valid).
//
// The array is first sized for one token per bytesPerToken bytes of text.
func tokenize(src *source) []Token {
	s := newScanner(src)
	toks := make([]Token, 0, len(s.text)/bytesPerToken+16)
	for {
		t := s.next()
		if s.fatal != nil {
			t = s.errorToken(s.fatal)
		}
		toks = append(toks, t)
		if t.Kind == ENDMARKER || t.Kind == ERRORTOKEN {
			return toks
		}
	}
}

// errorRaisedByTokenizer reports whether a tokenizer error is one that
// CPython's tokenizer raises itself (unterminated strings, bad numbers,
// unmatched brackets, invalid characters, null bytes...), as opposed to the
// states the parser turns into errors when it reaches the error token
// (inconsistent indentation, a character after a line continuation, end of
// input after a continuation or inside brackets, undecodable identifiers).
// After a parser error (other than an unexpected indent or unindent),
// CPython tokenizes the rest of the input: an error of the first kind found
// there replaces the parser's error; after one of the second kind, only
// "'(' was never closed" may, for a bracket still open there and opened on
// a line before the parser's error (see openBracketError).
func errorRaisedByTokenizer(e *Error) bool {
	switch e.Msg {
	case msgTabSpace, msgTooDeep, msgDedent, msgLineCont, msgEOF:
		return false
	}
	return !strings.HasSuffix(e.Msg, "was never closed") &&
		!strings.HasPrefix(e.Msg, "(unicode error) ")
}

// The messages of the errors the parser raises for tokenizer states.
const (
	msgTabSpace = "inconsistent use of tabs and spaces in indentation"
	msgTooDeep  = "too many levels of indentation"
	msgDedent   = "unindent does not match any outer indentation level"
	msgLineCont = "unexpected character after line continuation character"
	msgEOF      = "unexpected EOF while parsing"
)

// normalizeName returns identifier name in NFKC form, which is how CPython
// stores identifiers in the AST (PEP 3131); NAME tokens keep the spelling
// of the source.
func normalizeName(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return norm.NFKC.String(name)
		}
	}
	return name
}

type paren struct {
	c         byte
	line, col int
}

// scanner is the tokenizer state, named after the fields of CPython's
// tok_state. Offsets are byte offsets into text.
type scanner struct {
	src  *source
	text string // the decoded source plus the newline CPython adds if missing
	// addedNewline is the offset of the added newline, or -1.
	addedNewline int

	cur       int // next byte to read
	inp       int // end of the input read so far (after the current line)
	lineStart int // start of the current line
	lineno    int // current line, 1-based; 0 before the first line
	buf       int // start of the line where reading for the current token began
	start     int // start of the current token, -1 between tokens
	atEOF     bool
	fatal     *Error // a null byte: every later read fails

	atbol       bool
	pendin      int
	indent      int
	indstack    [maxIndent]int
	altindstack [maxIndent]int

	level  int
	parens [maxParenLev]paren

	// Where the current string literal started.
	firstLineno    int
	multiLineStart int
}

func newScanner(src *source) *scanner {
	text := src.text
	added := -1
	if text != "" && text[len(text)-1] != '\n' {
		added = len(text)
		text += "\n"
	}
	return &scanner{src: src, text: text, addedNewline: added, start: -1, atbol: true}
}

// nextc returns the next byte, reading a new line when the current one is
// used up, or eof.
func (s *scanner) nextc() int {
	if s.cur != s.inp {
		c := s.text[s.cur]
		s.cur++
		return int(c)
	}
	if s.atEOF {
		return eof
	}
	if s.inp >= len(s.text) {
		s.atEOF = true
		return eof
	}
	if s.start < 0 {
		s.buf = s.cur
	}
	s.lineStart = s.cur
	s.lineno++
	end := strings.IndexByte(s.text[s.cur:], '\n')
	if end < 0 {
		s.inp = len(s.text)
	} else {
		s.inp = s.cur + end + 1
	}
	line := s.text[s.lineStart:s.inp]
	if nul := strings.IndexByte(line, 0); nul >= 0 {
		s.fatal = s.makeError("SyntaxError", s.lineno, 0, s.lineno, 0, line[:nul],
			"source code cannot contain null bytes")
		s.cur = s.inp
		s.atEOF = true
		return eof
	}
	c := s.text[s.cur]
	s.cur++
	return int(c)
}

// backup steps back over c, the byte nextc just returned.
func (s *scanner) backup(c int) {
	if c != eof {
		s.cur--
	}
}

// col is the cursor's byte column in the current line.
func (s *scanner) col() int { return s.cur - s.lineStart }

func (s *scanner) token(k Kind, start int) Token {
	return Token{Kind: k, Text: s.text[start:s.cur], Line: s.lineno, Col: start - s.lineStart,
		EndLine: s.lineno, EndCol: s.cur - s.lineStart}
}

// cursorToken is an INDENT, DEDENT or ENDMARKER, placed at the cursor.
func (s *scanner) cursorToken(k Kind, text string) Token {
	c := s.col()
	return Token{Kind: k, Text: text, Line: s.lineno, Col: c, EndLine: s.lineno, EndCol: c}
}

func (s *scanner) errorToken(e *Error) Token {
	c := s.col()
	return Token{Kind: ERRORTOKEN, Line: s.lineno, Col: c, EndLine: s.lineno, EndCol: c, Err: e}
}

// makeError builds an error with CPython's attribute values as given
// (offsets are 1-based characters, or CPython's 0 and -1 markers).
func (s *scanner) makeError(typ string, line, offset, endLine, endOffset int, text, format string, args ...any) *Error {
	e := s.src.errorAt(typ, line, 0, 0, 0, format, args...)
	e.Offset, e.EndLineno, e.EndOffset, e.Text = offset, endLine, endOffset, text
	return e
}

// lineText is the current line from lineStart up to its newline, as the
// tokenizer quotes it in its errors.
func (s *scanner) lineText() string {
	ln := s.text[s.lineStart:]
	if i := strings.IndexByte(ln, '\n'); i >= 0 {
		ln = ln[:i]
	}
	return ln
}

// syntaxError is the tokenizer's own SyntaxError at the cursor: the offset
// counts the characters of the line before the cursor.
func (s *scanner) syntaxError(format string, args ...any) Token {
	off := pyCharCount(s.text[s.lineStart:s.cur])
	return s.errorToken(s.makeError("SyntaxError", s.lineno, off, s.lineno, off, s.lineText(), format, args...))
}

// syntaxErrorRange is the tokenizer's SyntaxError with explicit offsets.
func (s *scanner) syntaxErrorRange(off, endOff int, format string, args ...any) Token {
	return s.errorToken(s.makeError("SyntaxError", s.lineno, off, s.lineno, endOff, s.lineText(), format, args...))
}

// parserText is the line text CPython's parser quotes in an error raised
// for a tokenizer state: the input from buf to the end of the current line.
func (s *scanner) parserText() string { return s.text[s.buf:s.inp] }

// parserOffset is the offset CPython's parser reports for the 1-based
// byte offset col into the text it quotes (parserText): col itself when the
// source declares no encoding, else the number of characters that many
// bytes decode to.
func (s *scanner) parserOffset(col int) int {
	if s.src.encoding == "" {
		return col
	}
	return pegenCharOffset(s.parserText(), col)
}

// pegenCharOffset converts a 1-based byte offset into line to characters
// as CPython's parser does: it decodes the line with errors="replace",
// encodes it back (each invalid sequence is now a 3-byte U+FFFD), and
// decodes that many bytes of the result.
func pegenCharOffset(line string, col int) int {
	if !utf8.ValidString(line) {
		var sb strings.Builder
		for b := line; len(b) > 0; {
			r, size := utf8.DecodeRuneInString(b)
			if r == utf8.RuneError && size <= 1 {
				start, end, _, _ := utf8DecodeError([]byte(b[:min(len(b), 4)]))
				size = max(end-start, 1)
				sb.WriteRune(utf8.RuneError)
			} else {
				sb.WriteString(b[:size])
			}
			b = b[size:]
		}
		line = sb.String()
	}
	if col > len(line) {
		return pyCharCount(line) + 1
	}
	return pyCharCount(line[:col])
}

// parserError is an error the parser raises for a tokenizer state, at
// offset 1 with end offset 0 (CPython's RAISE_ERROR_KNOWN_LOCATION with no
// column).
func (s *scanner) parserError(typ, msg string) Token {
	return s.errorToken(s.makeError(typ, s.lineno, 1, s.lineno, 0, s.parserText(), "%s", msg))
}

// cursorError is an error the parser raises at the error token itself,
// which has no column: the offset comes from the cursor, the end offset is
// -1.
func (s *scanner) cursorError(typ, msg string) Token {
	off := 0
	if s.cur != s.buf {
		off = s.parserOffset(s.col())
	}
	return s.errorToken(s.makeError(typ, s.lineno, off, s.lineno, -1, s.parserText(), "%s", msg))
}

// eofError is the error for reaching the end of the input after a line
// continuation or inside brackets.
func (s *scanner) eofError() Token {
	if s.level == 0 {
		return s.cursorError("SyntaxError", msgEOF)
	}
	p := s.parens[s.level-1]
	text := strings.TrimSuffix(s.src.line(p.line), "\n")
	if p.line == s.lineno {
		text = s.parserText()
	}
	return s.errorToken(unclosedError(s.src, p, text))
}

// unclosedError is CPython's "'(' was never closed" for bracket p, quoting
// text.
func unclosedError(src *source, p paren, text string) *Error {
	off := p.col + 1
	if src.encoding != "" {
		off = pegenCharOffset(src.line(p.line), p.col+1)
	}
	e := src.errorAt("SyntaxError", p.line, 0, 0, 0, "'%c' was never closed", p.c)
	e.Offset, e.EndLineno, e.EndOffset, e.Text = off, p.line, 0, text
	return e
}

// openBracketError returns the "'(' was never closed" error for the
// innermost bracket still open after toks (a prefix of a token stream, as
// far as the tokenizer got), or nil when all brackets are closed. After a
// parser error CPython tokenizes the rest of the input; when that ends in
// an error token that is not errorRaisedByTokenizer (an indentation error,
// a bad continuation line, the end of the input) while a bracket is open,
// and the bracket was opened on a line before the parser's error, CPython
// reports this error instead of the parser's.
func openBracketError(src *source, toks []Token) *Error {
	var stack []paren
	for _, t := range toks {
		switch t.Kind {
		case LPAR, LSQB, LBRACE:
			stack = append(stack, paren{t.Text[0], t.Line, t.Col})
		case RPAR, RSQB, RBRACE:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if len(stack) == 0 {
		return nil
	}
	p := stack[len(stack)-1]
	return unclosedError(src, p, strings.TrimSuffix(src.line(p.line), "\n"))
}

// continuationLine handles a backslash just read: it must end the line, and
// another line must follow. On failure it returns the error token.
func (s *scanner) continuationLine() (Token, bool) {
	c := s.nextc()
	if c != '\n' {
		// CPython's offset counts from buf, not from the line start.
		off := s.parserOffset(s.cur - s.buf)
		return s.errorToken(s.makeError("SyntaxError", s.lineno, off, s.lineno, 0, s.parserText(), "%s", msgLineCont)), false
	}
	c = s.nextc()
	if c == eof {
		s.cur = s.inp
		return s.eofError(), false
	}
	s.backup(c)
	return Token{}, true
}

// next returns the next token (CPython's tok_get).
func (s *scanner) next() Token {
	var c int
	blankline := false
	indentText := ""
nextline:
	s.start = -1
	blankline = false

	// Indentation at the start of a line.
	if s.atbol {
		col, altcol, contLineCol := 0, 0, 0
		s.atbol = false
		indentFrom := s.cur
		for {
			c = s.nextc()
			if c == ' ' {
				col++
				altcol++
			} else if c == '\t' {
				col = (col/tabSize + 1) * tabSize
				altcol++
			} else if c == '\f' {
				col, altcol = 0, 0
			} else if c == '\\' {
				// The first backslash decides the indentation of what
				// follows on the next line.
				if contLineCol == 0 {
					contLineCol = col
				}
				if t, ok := s.continuationLine(); !ok {
					return t
				}
			} else {
				break
			}
		}
		s.backup(c)
		if indentFrom < s.lineStart {
			indentFrom = s.lineStart
		}
		if c == '#' || c == '\n' {
			blankline = true
		}
		if !blankline && s.level == 0 {
			if contLineCol != 0 {
				col, altcol = contLineCol, contLineCol
			}
			switch {
			case col == s.indstack[s.indent]:
				if altcol != s.altindstack[s.indent] {
					s.cur = s.inp
					return s.parserError("TabError", msgTabSpace)
				}
			case col > s.indstack[s.indent]:
				if s.indent+1 >= maxIndent {
					s.cur = s.inp
					return s.parserError("IndentationError", msgTooDeep)
				}
				if altcol <= s.altindstack[s.indent] {
					s.cur = s.inp
					return s.parserError("TabError", msgTabSpace)
				}
				s.pendin++
				s.indent++
				s.indstack[s.indent] = col
				s.altindstack[s.indent] = altcol
			default:
				for s.indent > 0 && col < s.indstack[s.indent] {
					s.pendin--
					s.indent--
				}
				if col != s.indstack[s.indent] {
					s.cur = s.inp
					return s.cursorError("IndentationError", msgDedent)
				}
				if altcol != s.altindstack[s.indent] {
					s.cur = s.inp
					return s.parserError("TabError", msgTabSpace)
				}
			}
		}
		indentText = s.text[indentFrom:s.cur]
	}

	s.start = s.cur
	if s.pendin != 0 {
		if s.pendin < 0 {
			s.pendin++
			return s.cursorToken(DEDENT, "")
		}
		s.pendin--
		return s.cursorToken(INDENT, indentText)
	}

again:
	s.start = -1
	for {
		c = s.nextc()
		if c != ' ' && c != '\t' && c != '\f' {
			break
		}
	}
	s.start = s.cur - 1

	if c == '#' {
		for c != eof && c != '\n' {
			c = s.nextc()
		}
	}

	if c == eof {
		if s.fatal != nil {
			return s.errorToken(s.fatal)
		}
		if s.level > 0 {
			return s.eofError()
		}
		return s.cursorToken(ENDMARKER, "")
	}

	// Identifiers, keywords and string prefixes.
	if isPotentialIdentStart(c) {
		sawB, sawR, sawU, sawF := false, false, false, false
		for {
			switch {
			case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
				sawB = true
			case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
				sawU = true
			case !(sawR || sawU) && (c == 'r' || c == 'R'):
				sawR = true
			case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
				sawF = true
			default:
				goto name
			}
			c = s.nextc()
			if c == '"' || c == '\'' {
				return s.stringLiteral(c)
			}
		}
	name:
		nonASCII := false
		for isPotentialIdentChar(c) {
			if c >= utf8.RuneSelf {
				nonASCII = true
			}
			c = s.nextc()
		}
		s.backup(c)
		if nonASCII {
			if t, ok := s.verifyIdentifier(); !ok {
				return t
			}
		}
		t := s.token(NAME, s.start)
		t.Kind = LookupKeyword(t.Text)
		return t
	}

	if c == '\n' {
		s.atbol = true
		if blankline || s.level > 0 {
			goto nextline
		}
		nl := s.cur - 1
		text := "\n"
		if nl == s.addedNewline {
			text = ""
		}
		return Token{Kind: NEWLINE, Text: text, Line: s.lineno, Col: s.start - s.lineStart,
			EndLine: s.lineno, EndCol: nl - s.lineStart}
	}

	if c == '.' {
		c = s.nextc()
		if isDigit(c) {
			return s.fraction(c)
		}
		if c == '.' {
			c = s.nextc()
			if c == '.' {
				return s.token(ELLIPSIS, s.start)
			}
			s.backup(c)
			s.backup('.')
		} else {
			s.backup(c)
		}
		return s.token(DOT, s.start)
	}

	if isDigit(c) {
		return s.number(c)
	}

	if c == '"' || c == '\'' {
		return s.stringLiteral(c)
	}

	if c == '\\' {
		if t, ok := s.continuationLine(); !ok {
			return t
		}
		goto again
	}

	// Two- and three-character operators.
	{
		c2 := s.nextc()
		if k := twoChars(c, c2); k != OP {
			c3 := s.nextc()
			if k3 := threeChars(c, c2, c3); k3 != OP {
				k = k3
			} else {
				s.backup(c3)
			}
			return s.token(k, s.start)
		}
		s.backup(c2)
	}

	switch c {
	case '(', '[', '{':
		if s.level >= maxParenLev {
			return s.syntaxError("too many nested parentheses")
		}
		s.parens[s.level] = paren{byte(c), s.lineno, s.start - s.lineStart}
		s.level++
	case ')', ']', '}':
		if s.level == 0 {
			return s.syntaxError("unmatched '%c'", c)
		}
		s.level--
		open := s.parens[s.level]
		if !(open.c == '(' && c == ')' || open.c == '[' && c == ']' || open.c == '{' && c == '}') {
			if open.line != s.lineno {
				return s.syntaxError("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
					c, open.c, open.line)
			}
			return s.syntaxError("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.c)
		}
	}

	if c < 0x20 || c == 0x7F {
		return s.syntaxError("invalid non-printable character U+%04X", c)
	}
	return s.token(oneChar(c), s.start)
}

// stringLiteral scans a string literal whose opening quote was just read;
// s.start is at its prefix or quote.
func (s *scanner) stringLiteral(quote int) Token {
	quoteSize, endQuoteSize := 1, 0
	s.firstLineno = s.lineno
	s.multiLineStart = s.lineStart
	c := s.nextc()
	if c == quote {
		c = s.nextc()
		if c == quote {
			quoteSize = 3
		} else {
			endQuoteSize = 1 // empty string
		}
	}
	if c != quote {
		s.backup(c)
	}
	for endQuoteSize != quoteSize {
		c = s.nextc()
		if c == eof || quoteSize == 1 && c == '\n' {
			if s.fatal != nil {
				return s.errorToken(s.fatal)
			}
			// Report the error at the start of the literal.
			detected := s.lineno
			s.cur = s.start + 1
			s.lineStart = s.multiLineStart
			s.lineno = s.firstLineno
			if quoteSize == 3 {
				return s.syntaxError("unterminated triple-quoted string literal (detected at line %d)", detected)
			}
			return s.syntaxError("unterminated string literal (detected at line %d)", detected)
		}
		if c == quote {
			endQuoteSize++
		} else {
			endQuoteSize = 0
			if c == '\\' {
				s.nextc()
			}
		}
	}
	return Token{Kind: STRING, Text: s.text[s.start:s.cur], Line: s.firstLineno,
		Col: s.start - s.multiLineStart, EndLine: s.lineno, EndCol: s.cur - s.lineStart}
}

// verifyIdentifier checks a NAME holding non-ASCII bytes against PEP 3131.
func (s *scanner) verifyIdentifier() (Token, bool) {
	name := s.text[s.start:s.cur]
	if msg := utf8ErrorMessage([]byte(name)); msg != "" {
		return s.cursorError("SyntaxError", "(unicode error) "+msg), false
	}
	first := true
	for i, r := range name {
		ok := false
		if first {
			ok = r == '_' || isXIDStart(r)
		} else {
			ok = isXIDContinue(r)
		}
		first = false
		if ok {
			continue
		}
		s.cur = s.start + i + utf8.RuneLen(r)
		if printableRune(r) {
			return s.syntaxError("invalid character '%c' (U+%04X)", r, r), false
		}
		return s.syntaxError("invalid non-printable character U+%04X", r), false
	}
	return Token{}, true
}

// number scans a numeric literal whose first digit c was just read.
func (s *scanner) number(c int) Token {
	if c == '0' {
		c = s.nextc()
		switch {
		case c == 'x' || c == 'X':
			c = s.nextc()
			for {
				if c == '_' {
					c = s.nextc()
				}
				if !isHexDigit(c) {
					s.backup(c)
					return s.syntaxError("invalid hexadecimal literal")
				}
				for c = s.nextc(); isHexDigit(c); c = s.nextc() {
				}
				if c != '_' {
					break
				}
			}
			if t, ok := s.verifyEndOfNumber(c, "hexadecimal"); !ok {
				return t
			}
		case c == 'o' || c == 'O':
			c = s.nextc()
			for {
				if c == '_' {
					c = s.nextc()
				}
				if c < '0' || c >= '8' {
					if isDigit(c) {
						return s.syntaxError("invalid digit '%c' in octal literal", c)
					}
					s.backup(c)
					return s.syntaxError("invalid octal literal")
				}
				for c = s.nextc(); c >= '0' && c < '8'; c = s.nextc() {
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				return s.syntaxError("invalid digit '%c' in octal literal", c)
			}
			if t, ok := s.verifyEndOfNumber(c, "octal"); !ok {
				return t
			}
		case c == 'b' || c == 'B':
			c = s.nextc()
			for {
				if c == '_' {
					c = s.nextc()
				}
				if c != '0' && c != '1' {
					if isDigit(c) {
						return s.syntaxError("invalid digit '%c' in binary literal", c)
					}
					s.backup(c)
					return s.syntaxError("invalid binary literal")
				}
				for c = s.nextc(); c == '0' || c == '1'; c = s.nextc() {
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				return s.syntaxError("invalid digit '%c' in binary literal", c)
			}
			if t, ok := s.verifyEndOfNumber(c, "binary"); !ok {
				return t
			}
		default:
			// Zeros, perhaps an old-style octal, perhaps a float.
			nonzero := false
			for {
				if c == '_' {
					c = s.nextc()
					if !isDigit(c) {
						s.backup(c)
						return s.syntaxError("invalid decimal literal")
					}
				}
				if c != '0' {
					break
				}
				c = s.nextc()
			}
			zerosEnd := s.cur
			if isDigit(c) {
				nonzero = true
				var ok bool
				if c, ok = s.decimalTail(); !ok {
					return s.syntaxError("invalid decimal literal")
				}
			}
			switch {
			case c == '.':
				return s.fraction(s.nextc())
			case c == 'e' || c == 'E':
				return s.exponent(c)
			case c == 'j' || c == 'J':
				return s.imaginary()
			case nonzero:
				s.backup(c)
				return s.syntaxErrorRange(s.start+1-s.lineStart, zerosEnd-s.lineStart,
					"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
			}
			if t, ok := s.verifyEndOfNumber(c, "decimal"); !ok {
				return t
			}
		}
		s.backup(c)
		return s.token(NUMBER, s.start)
	}
	c, ok := s.decimalTail()
	if !ok {
		return s.syntaxError("invalid decimal literal")
	}
	switch {
	case c == '.':
		return s.fraction(s.nextc())
	case c == 'e' || c == 'E':
		return s.exponent(c)
	case c == 'j' || c == 'J':
		return s.imaginary()
	}
	if t, ok := s.verifyEndOfNumber(c, "decimal"); !ok {
		return t
	}
	s.backup(c)
	return s.token(NUMBER, s.start)
}

// fraction continues a number after its '.'; c is the byte after the dot.
func (s *scanner) fraction(c int) Token {
	if isDigit(c) {
		var ok bool
		if c, ok = s.decimalTail(); !ok {
			return s.syntaxError("invalid decimal literal")
		}
	}
	switch {
	case c == 'e' || c == 'E':
		return s.exponent(c)
	case c == 'j' || c == 'J':
		return s.imaginary()
	}
	if t, ok := s.verifyEndOfNumber(c, "decimal"); !ok {
		return t
	}
	s.backup(c)
	return s.token(NUMBER, s.start)
}

// exponent continues a number at its 'e' or 'E', just read.
func (s *scanner) exponent(e int) Token {
	c := s.nextc()
	if c == '+' || c == '-' {
		c = s.nextc()
		if !isDigit(c) {
			s.backup(c)
			return s.syntaxError("invalid decimal literal")
		}
	} else if !isDigit(c) {
		// Not an exponent: the number ends before the 'e'.
		s.backup(c)
		if t, ok := s.verifyEndOfNumber(e, "decimal"); !ok {
			return t
		}
		s.backup(e)
		return s.token(NUMBER, s.start)
	}
	c, ok := s.decimalTail()
	if !ok {
		return s.syntaxError("invalid decimal literal")
	}
	if c == 'j' || c == 'J' {
		return s.imaginary()
	}
	if t, ok := s.verifyEndOfNumber(c, "decimal"); !ok {
		return t
	}
	s.backup(c)
	return s.token(NUMBER, s.start)
}

// imaginary ends a number at its 'j' or 'J', just read.
func (s *scanner) imaginary() Token {
	c := s.nextc()
	if t, ok := s.verifyEndOfNumber(c, "imaginary"); !ok {
		return t
	}
	s.backup(c)
	return s.token(NUMBER, s.start)
}

// decimalTail reads the digits and single underscores that follow a digit
// already read, and returns the byte after them. On a misplaced underscore
// it leaves the cursor after the underscore and reports false.
func (s *scanner) decimalTail() (int, bool) {
	var c int
	for {
		for c = s.nextc(); isDigit(c); c = s.nextc() {
		}
		if c != '_' {
			return c, true
		}
		c = s.nextc()
		if !isDigit(c) {
			s.backup(c)
			return c, false
		}
	}
}

// verifyEndOfNumber checks the byte c that follows a numeric literal. A
// letter there is an error, except the start of one of the keywords that
// can follow a number in valid code (and, else, for, if, in, is, not, or),
// for which CPython 3.11 only warns.
func (s *scanner) verifyEndOfNumber(c int, kind string) (Token, bool) {
	r := false
	switch c {
	case 'a':
		r = s.lookahead("nd")
	case 'e':
		r = s.lookahead("lse")
	case 'f':
		r = s.lookahead("or")
	case 'i':
		c2 := s.nextc()
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
		s.backup(c2)
	case 'o':
		r = s.lookahead("r")
	case 'n':
		r = s.lookahead("ot")
	}
	if r {
		return Token{}, true // a DeprecationWarning in CPython
	}
	if c < utf8.RuneSelf && isPotentialIdentChar(c) {
		s.backup(c)
		return s.syntaxError("invalid %s literal", kind), false
	}
	return Token{}, true
}

// lookahead reports whether the input continues with test and then a byte
// that cannot continue an identifier, without consuming anything.
func (s *scanner) lookahead(test string) bool {
	i := 0
	for {
		c := s.nextc()
		res := false
		if i == len(test) {
			res = !isPotentialIdentChar(c)
		} else if c == int(test[i]) {
			i++
			continue
		}
		s.backup(c)
		for i > 0 {
			i--
			s.backup(int(test[i]))
		}
		return res
	}
}

func isDigit(c int) bool    { return c >= '0' && c <= '9' }
func isHexDigit(c int) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func isPotentialIdentStart(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= utf8.RuneSelf
}

func isPotentialIdentChar(c int) bool {
	return isPotentialIdentStart(c) || isDigit(c)
}

// twoChars is CPython's _PyToken_TwoChars; OP means no such operator.
func twoChars(c1, c2 int) Kind {
	switch c1<<8 | c2 {
	case '!'<<8 | '=':
		return NOTEQUAL
	case '%'<<8 | '=':
		return PERCENTEQUAL
	case '&'<<8 | '=':
		return AMPEREQUAL
	case '*'<<8 | '*':
		return DOUBLESTAR
	case '*'<<8 | '=':
		return STAREQUAL
	case '+'<<8 | '=':
		return PLUSEQUAL
	case '-'<<8 | '=':
		return MINEQUAL
	case '-'<<8 | '>':
		return RARROW
	case '/'<<8 | '/':
		return DOUBLESLASH
	case '/'<<8 | '=':
		return SLASHEQUAL
	case ':'<<8 | '=':
		return COLONEQUAL
	case '<'<<8 | '<':
		return LEFTSHIFT
	case '<'<<8 | '=':
		return LESSEQUAL
	case '<'<<8 | '>':
		// "<>" is NOTEQUAL too; the parser accepts it only under
		// barry_as_FLUFL, by checking the token's text.
		return NOTEQUAL
	case '='<<8 | '=':
		return EQEQUAL
	case '>'<<8 | '=':
		return GREATEREQUAL
	case '>'<<8 | '>':
		return RIGHTSHIFT
	case '@'<<8 | '=':
		return ATEQUAL
	case '^'<<8 | '=':
		return CIRCUMFLEXEQUAL
	case '|'<<8 | '=':
		return VBAREQUAL
	}
	return OP
}

// threeChars is CPython's _PyToken_ThreeChars; OP means no such operator.
func threeChars(c1, c2, c3 int) Kind {
	switch {
	case c1 == '*' && c2 == '*' && c3 == '=':
		return DOUBLESTAREQUAL
	case c1 == '.' && c2 == '.' && c3 == '.':
		return ELLIPSIS
	case c1 == '/' && c2 == '/' && c3 == '=':
		return DOUBLESLASHEQUAL
	case c1 == '<' && c2 == '<' && c3 == '=':
		return LEFTSHIFTEQUAL
	case c1 == '>' && c2 == '>' && c3 == '=':
		return RIGHTSHIFTEQUAL
	}
	return OP
}

// oneChar is CPython's _PyToken_OneChar (with '!' as EXCLAMATION, which 3.11
// calls OP); OP for characters that are no token.
func oneChar(c int) Kind {
	switch c {
	case '%':
		return PERCENT
	case '&':
		return AMPER
	case '(':
		return LPAR
	case ')':
		return RPAR
	case '*':
		return STAR
	case '+':
		return PLUS
	case ',':
		return COMMA
	case '-':
		return MINUS
	case '.':
		return DOT
	case '/':
		return SLASH
	case ':':
		return COLON
	case ';':
		return SEMI
	case '<':
		return LESS
	case '=':
		return EQUAL
	case '>':
		return GREATER
	case '@':
		return AT
	case '[':
		return LSQB
	case ']':
		return RSQB
	case '^':
		return CIRCUMFLEX
	case '{':
		return LBRACE
	case '|':
		return VBAR
	case '}':
		return RBRACE
	case '~':
		return TILDE
	case '!':
		return EXCLAMATION
	}
	return OP
}

// pyCharCount counts the characters Python gets when it decodes b as UTF-8
// with errors="replace" (one U+FFFD per invalid sequence).
func pyCharCount(b string) int {
	n := 0
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			n++
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(b)
		if r == utf8.RuneError && size <= 1 {
			start, end, _, _ := utf8DecodeError([]byte(b[:min(len(b), 4)]))
			size = max(end-start, 1)
		}
		n++
		b = b[size:]
	}
	return n
}

// The identifier tables follow Python 3.11, whose Unicode database is
// version 14.0. Go's unicode package is newer (15.0), so the characters
// added in Unicode 15.0 are excluded, and XID_Start and XID_Continue are
// derived from the general categories and properties as the Unicode
// standard defines them. Printability is num.IsPrintable, whose table is
// Unicode 14.0's.

// unicode15 lists the characters assigned in Unicode 15.0 that count as
// printable in Go's tables (unassigned, so unprintable, for Python 3.11).
var unicode15 = rangeTable(
	0x0CF3, 0x0CF3, 0x0ECE, 0x0ECE, 0x10EFD, 0x10EFF, 0x1123F, 0x11241,
	0x11B00, 0x11B09, 0x11F00, 0x11F10, 0x11F12, 0x11F3A, 0x11F3E, 0x11F59,
	0x1342F, 0x1342F, 0x13440, 0x13455, 0x1B132, 0x1B132, 0x1B155, 0x1B155,
	0x1D2C0, 0x1D2D3, 0x1DF25, 0x1DF2A, 0x1E030, 0x1E06D, 0x1E08F, 0x1E08F,
	0x1E4D0, 0x1E4F9, 0x1F6DC, 0x1F6DC, 0x1F774, 0x1F776, 0x1F77B, 0x1F77F,
	0x1F7D9, 0x1F7D9, 0x1FA75, 0x1FA77, 0x1FA87, 0x1FA88, 0x1FAAD, 0x1FAAF,
	0x1FABB, 0x1FABD, 0x1FABF, 0x1FABF, 0x1FACE, 0x1FACF, 0x1FADA, 0x1FADB,
	0x1FAE8, 0x1FAE8, 0x1FAF7, 0x1FAF8, 0x2B739, 0x2B739, 0x31350, 0x323AF,
)

// notXIDContinue are the ID_Continue characters whose NFKC form is not an
// identifier, so that they are not XID_Continue (nor XID_Start).
var notXIDContinue = rangeTable(
	0x037A, 0x037A, 0x309B, 0x309C, 0xFC5E, 0xFC63, 0xFDFA, 0xFDFB,
	0xFE70, 0xFE70, 0xFE72, 0xFE72, 0xFE74, 0xFE74, 0xFE76, 0xFE76,
	0xFE78, 0xFE78, 0xFE7A, 0xFE7A, 0xFE7C, 0xFE7C, 0xFE7E, 0xFE7E,
)

// notXIDStart are further ID_Start characters that are not XID_Start.
var notXIDStart = rangeTable(0x0E33, 0x0E33, 0x0EB3, 0x0EB3, 0xFF9E, 0xFF9F)

var idStartTables = []*unicode.RangeTable{unicode.L, unicode.Nl, unicode.Other_ID_Start}
var idContinueTables = []*unicode.RangeTable{unicode.L, unicode.Nl, unicode.Other_ID_Start,
	unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue}

func rangeTable(bounds ...rune) *unicode.RangeTable {
	t := &unicode.RangeTable{}
	for i := 0; i < len(bounds); i += 2 {
		lo, hi := bounds[i], bounds[i+1]
		if hi <= 0xFFFF {
			t.R16 = append(t.R16, unicode.Range16{Lo: uint16(lo), Hi: uint16(hi), Stride: 1})
		} else {
			t.R32 = append(t.R32, unicode.Range32{Lo: uint32(lo), Hi: uint32(hi), Stride: 1})
		}
	}
	return t
}

func isXIDStart(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsOneOf(idStartTables, r) &&
		!unicode.Is(unicode.Pattern_Syntax, r) && !unicode.Is(unicode.Pattern_White_Space, r) &&
		!unicode.Is(notXIDContinue, r) && !unicode.Is(notXIDStart, r) && !unicode.Is(unicode15, r)
}

func isXIDContinue(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	return unicode.IsOneOf(idContinueTables, r) &&
		!unicode.Is(unicode.Pattern_Syntax, r) && !unicode.Is(unicode.Pattern_White_Space, r) &&
		!unicode.Is(notXIDContinue, r) && !unicode.Is(unicode15, r)
}

// printableRune is Python 3.11's str.isprintable for one character.
func printableRune(r rune) bool { return num.IsPrintable(r) }
