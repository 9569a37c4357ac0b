// mod_re.go holds _re, the Go core of the re module (vm/lib/re.py): it
// translates a Python regular expression into the syntax of
// github.com/dlclark/regexp2 (a backtracking engine with backreferences and
// lookaround), reporting bad patterns with CPython's re.error messages and
// positions, and runs matches with Python's semantics for pos/endpos and
// for empty matches in findall/finditer/sub/split. docs/stdlib.md ("re")
// explains the choice of engine and the translation.

package vm

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/dlclark/regexp2/v2"
	"github.com/hotloop/hotloop/gc"
)

// Python's re flag values.
const (
	reIgnoreCase = 2
	reLocale     = 4
	reMultiline  = 8
	reDotAll     = 16
	reUnicode    = 32
	reVerbose    = 64
	reASCII      = 256
)

// reSyntaxError is a bad pattern: CPython's message and position.
type reSyntaxError struct {
	msg string
	pos int // -1: no position
}

func (e *reSyntaxError) Error() string { return e.msg }

// reTranslator turns a Python pattern into a regexp2 one.
type reTranslator struct {
	src     []rune
	i       int
	out     strings.Builder
	flags   int
	isBytes bool
	ngroups int
	names   map[string]int
	open    map[int]bool // groups not closed yet
	// stack of open parentheses: the group number or 0, and where.
	stack []reOpen
}

type reOpen struct {
	group int
	pos   int
}

func (t *reTranslator) fail(pos int, format string, args ...any) error {
	return &reSyntaxError{msg: fmt.Sprintf(format, args...), pos: pos}
}

func (t *reTranslator) ascii() bool { return t.isBytes || t.flags&reASCII != 0 }

// reTranslate translates pattern; it returns the regexp2 pattern, the
// flags with the inline ones added, the group count and names.
func reTranslate(pattern string, flags int, isBytes bool) (*reTranslator, error) {
	t := &reTranslator{src: []rune(pattern), flags: flags, isBytes: isBytes, names: map[string]int{}, open: map[int]bool{}}
	if err := t.leadingFlags(); err != nil {
		return nil, err
	}
	if !isBytes && t.flags&reASCII == 0 {
		t.flags |= reUnicode
	}
	if isBytes && t.flags&reUnicode != 0 {
		return nil, &reSyntaxError{msg: "cannot use UNICODE flag with a bytes pattern", pos: -1}
	}
	if t.flags&reUnicode != 0 && t.flags&reASCII != 0 {
		return nil, &reSyntaxError{msg: "ASCII and UNICODE flags are incompatible", pos: -1}
	}
	if err := t.sequence(); err != nil {
		return nil, err
	}
	return t, nil
}

// leadingFlags reads the global inline flags (?aiLmsux) at the start of
// the pattern (3.11 accepts them nowhere else).
func (t *reTranslator) leadingFlags() error {
	for {
		j := t.i
		if t.flags&reVerbose != 0 {
			j = t.skipVerbose(j)
		}
		if j+2 >= len(t.src) || t.src[j] != '(' || t.src[j+1] != '?' || !strings.ContainsRune("aiLmsux", t.src[j+2]) {
			return nil
		}
		k := j + 2
		f := 0
		for k < len(t.src) && strings.ContainsRune("aiLmsux", t.src[k]) {
			f |= reFlagOf(t.src[k])
			k++
		}
		if k >= len(t.src) {
			return t.fail(k, "missing -, : or )")
		}
		if t.src[k] != ')' {
			return nil // a scoped group (?i:...)
		}
		t.flags |= f
		t.i = k + 1
	}
}

func reFlagOf(c rune) int {
	switch c {
	case 'a':
		return reASCII
	case 'i':
		return reIgnoreCase
	case 'L':
		return reLocale
	case 'm':
		return reMultiline
	case 's':
		return reDotAll
	case 'u':
		return reUnicode
	case 'x':
		return reVerbose
	}
	return 0
}

// skipVerbose skips whitespace and comments from j in verbose mode.
func (t *reTranslator) skipVerbose(j int) int {
	for j < len(t.src) {
		c := t.src[j]
		if c == '#' {
			for j < len(t.src) && t.src[j] != '\n' {
				j++
			}
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			j++
			continue
		}
		break
	}
	return j
}

// sequence translates the whole pattern.
func (t *reTranslator) sequence() error {
	// canRepeat: the last item can take a quantifier; lastRepeat: the
	// last item was a quantifier.
	canRepeat, lastRepeat := false, false
	for t.i < len(t.src) {
		if t.flags&reVerbose != 0 {
			t.i = t.skipVerbose(t.i)
			if t.i >= len(t.src) {
				break
			}
		}
		start := t.i
		c := t.src[t.i]
		switch c {
		case '*', '+', '?', '{':
			if c == '{' {
				lo, hi, end, ok := t.braces(t.i)
				if !ok {
					t.i++
					t.out.WriteString(`\{`)
					canRepeat, lastRepeat = true, false
					continue
				}
				if !canRepeat {
					if lastRepeat {
						return t.fail(start, "multiple repeat")
					}
					return t.fail(start, "nothing to repeat")
				}
				if lo != "" && hi != "" {
					l, _ := strconv.Atoi(lo)
					h, _ := strconv.Atoi(hi)
					if h < l {
						return t.fail(start+1, "min repeat greater than max repeat")
					}
				}
				if lo == "" {
					lo = "0"
				}
				t.out.WriteString("{" + lo)
				if end-t.i > 2+len(lo) || hi != "" {
					if strings.ContainsRune(string(t.src[t.i:end]), ',') {
						t.out.WriteString("," + hi)
					}
				}
				t.out.WriteString("}")
				t.i = end
			} else {
				if !canRepeat {
					if lastRepeat {
						return t.fail(start, "multiple repeat")
					}
					return t.fail(start, "nothing to repeat")
				}
				t.out.WriteRune(c)
				t.i++
			}
			if t.i < len(t.src) && (t.src[t.i] == '?' || t.src[t.i] == '+') {
				t.out.WriteRune(t.src[t.i])
				t.i++
			}
			canRepeat, lastRepeat = false, true
		case '(':
			rep, err := t.group()
			if err != nil {
				return err
			}
			canRepeat, lastRepeat = rep, false
		case ')':
			if len(t.stack) == 0 {
				return t.fail(start, "unbalanced parenthesis")
			}
			top := t.stack[len(t.stack)-1]
			t.stack = t.stack[:len(t.stack)-1]
			if top.group > 0 {
				delete(t.open, top.group)
			}
			t.out.WriteByte(')')
			t.i++
			canRepeat, lastRepeat = top.group >= 0, false
		case '|':
			t.out.WriteByte('|')
			t.i++
			canRepeat, lastRepeat = false, false
		case '[':
			if err := t.class(); err != nil {
				return err
			}
			canRepeat, lastRepeat = true, false
		case '.':
			if t.flags&reDotAll != 0 {
				t.out.WriteString(`[\s\S]`)
			} else {
				t.out.WriteString(`[^\n]`)
			}
			t.i++
			canRepeat, lastRepeat = true, false
		case '^':
			if t.flags&reMultiline != 0 {
				t.out.WriteString(`(?m:^)`)
			} else {
				t.out.WriteString(`\A`)
			}
			t.i++
			canRepeat, lastRepeat = false, false
		case '$':
			if t.flags&reMultiline != 0 {
				t.out.WriteString(`(?m:$)`)
			} else {
				t.out.WriteString(`(?-m:$)`)
			}
			t.i++
			canRepeat, lastRepeat = false, false
		case '\\':
			rep, err := t.escape(false)
			if err != nil {
				return err
			}
			canRepeat, lastRepeat = rep, false
		default:
			t.literal(c)
			t.i++
			canRepeat, lastRepeat = true, false
		}
	}
	if len(t.stack) > 0 {
		return t.fail(t.stack[len(t.stack)-1].pos, "missing ), unterminated subpattern")
	}
	return nil
}

// braces parses {m,n} at i: lo and hi digits (possibly empty), the end.
func (t *reTranslator) braces(i int) (lo, hi string, end int, ok bool) {
	j := i + 1
	for j < len(t.src) && t.src[j] >= '0' && t.src[j] <= '9' {
		j++
	}
	lo = string(t.src[i+1 : j])
	if j < len(t.src) && t.src[j] == '}' {
		if lo == "" {
			return "", "", 0, false
		}
		return lo, lo, j + 1, true
	}
	if j >= len(t.src) || t.src[j] != ',' {
		return "", "", 0, false
	}
	j++
	k := j
	for k < len(t.src) && t.src[k] >= '0' && t.src[k] <= '9' {
		k++
	}
	hi = string(t.src[j:k])
	if k >= len(t.src) || t.src[k] != '}' {
		return "", "", 0, false
	}
	return lo, hi, k + 1, true
}

// literal writes one literal character.
func (t *reTranslator) literal(c rune) {
	if c < 128 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
		if c < 32 || c == 127 {
			fmt.Fprintf(&t.out, `\x%02x`, c)
			return
		}
		t.out.WriteByte('\\')
	}
	t.out.WriteRune(c)
}

// groupName reads a group name ending with term.
func (t *reTranslator) groupName(term rune, what string) (string, int, error) {
	start := t.i
	for t.i < len(t.src) && t.src[t.i] != term {
		t.i++
	}
	if t.i >= len(t.src) {
		return "", 0, t.fail(start, "missing %c, unterminated name", term)
	}
	name := string(t.src[start:t.i])
	t.i++
	if name == "" {
		return "", 0, t.fail(start, "missing %s name", what)
	}
	if !isIdentifier(name) {
		return "", 0, t.fail(start, "bad character in group name '%s'", name)
	}
	return name, start, nil
}

func isIdentifier(s string) bool {
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))) {
			continue
		}
		return false
	}
	return s != ""
}

// group translates a parenthesised construct; it reports whether a
// quantifier may follow.
func (t *reTranslator) group() (bool, error) {
	start := t.i
	t.i++
	if t.i >= len(t.src) || t.src[t.i] != '?' {
		t.ngroups++
		t.open[t.ngroups] = true
		t.stack = append(t.stack, reOpen{group: t.ngroups, pos: start})
		t.out.WriteByte('(')
		return false, nil
	}
	t.i++
	if t.i >= len(t.src) {
		return false, t.fail(t.i, "unexpected end of pattern")
	}
	c := t.src[t.i]
	switch c {
	case ':', '=', '!', '>':
		t.i++
		g := 0
		if c == '=' || c == '!' {
			g = -1 // lookarounds cannot be repeated
		}
		t.stack = append(t.stack, reOpen{group: g, pos: start})
		t.out.WriteString("(?" + string(c))
		return false, nil
	case '<':
		t.i++
		if t.i < len(t.src) && (t.src[t.i] == '=' || t.src[t.i] == '!') {
			t.stack = append(t.stack, reOpen{group: -1, pos: start})
			t.out.WriteString("(?<" + string(t.src[t.i]))
			t.i++
			return false, nil
		}
		if t.i >= len(t.src) {
			return false, t.fail(t.i, "unexpected end of pattern")
		}
		return false, t.fail(start+1, "unknown extension ?<%c", t.src[t.i])
	case '#':
		for t.i < len(t.src) && t.src[t.i] != ')' {
			t.i++
		}
		if t.i >= len(t.src) {
			return false, t.fail(start, "missing ), unterminated comment")
		}
		t.i++
		return false, nil
	case 'P':
		t.i++
		if t.i >= len(t.src) {
			return false, t.fail(t.i, "unexpected end of pattern")
		}
		switch t.src[t.i] {
		case '<':
			t.i++
			name, npos, err := t.groupName('>', "group")
			if err != nil {
				return false, err
			}
			t.ngroups++
			if old, ok := t.names[name]; ok {
				return false, t.fail(npos, "redefinition of group name '%s' as group %d; was group %d", name, t.ngroups, old)
			}
			t.names[name] = t.ngroups
			t.open[t.ngroups] = true
			t.stack = append(t.stack, reOpen{group: t.ngroups, pos: start})
			t.out.WriteByte('(')
			return false, nil
		case '=':
			t.i++
			name, npos, err := t.groupName(')', "group")
			if err != nil {
				return false, err
			}
			g, ok := t.names[name]
			if !ok {
				return false, t.fail(npos, "unknown group name '%s'", name)
			}
			if t.open[g] {
				return false, t.fail(npos, "cannot refer to an open group")
			}
			fmt.Fprintf(&t.out, `\k<%d>`, g)
			return true, nil
		}
		return false, t.fail(start+1, "unknown extension ?P%c", t.src[t.i])
	case '(':
		t.i++
		name, npos, err := t.condName()
		if err != nil {
			return false, err
		}
		g, ok := t.names[name]
		if !ok {
			n, err := strconv.Atoi(name)
			if err != nil || !isDigits(name) {
				return false, t.fail(npos, "bad character in group name '%s'", name)
			}
			if n == 0 {
				return false, t.fail(npos, "bad group number")
			}
			if n > t.ngroups {
				return false, t.fail(npos, "invalid group reference %d", n)
			}
			g = n
		}
		t.stack = append(t.stack, reOpen{group: 0, pos: start})
		fmt.Fprintf(&t.out, "(?(%d)", g)
		return false, nil
	}
	if strings.ContainsRune("aiLmsux-", c) {
		return t.scopedFlags(start)
	}
	return false, t.fail(start+1, "unknown extension ?%c", c)
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// condName reads the group of a conditional (?(name)...).
func (t *reTranslator) condName() (string, int, error) {
	start := t.i
	for t.i < len(t.src) && t.src[t.i] != ')' {
		t.i++
	}
	if t.i >= len(t.src) {
		return "", 0, t.fail(start, "missing ), unterminated name")
	}
	name := string(t.src[start:t.i])
	t.i++
	if name == "" {
		return "", 0, t.fail(start, "missing group name")
	}
	return name, start, nil
}

// scopedFlags translates (?flags-flags:...) and rejects global flags
// that are not at the start.
func (t *reTranslator) scopedFlags(start int) (bool, error) {
	on, off := "", ""
	neg := false
	for t.i < len(t.src) {
		c := t.src[t.i]
		switch {
		case c == '-':
			if neg {
				return false, t.fail(t.i, "unknown flag")
			}
			neg = true
		case strings.ContainsRune("aiLmsux", c):
			if neg {
				if !strings.ContainsRune("ims", c) {
					if c == 'x' {
						return false, t.fail(t.i, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
					}
					return false, t.fail(t.i, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
				}
				off += string(c)
			} else if c == 'i' || c == 'm' || c == 's' {
				on += string(c)
			}
		case c == ':':
			t.i++
			t.stack = append(t.stack, reOpen{group: 0, pos: start})
			// m and s are translated at ^ $ . already; only i is passed on.
			o, f := strings.ReplaceAll(strings.ReplaceAll(on, "m", ""), "s", ""), strings.ReplaceAll(strings.ReplaceAll(off, "m", ""), "s", "")
			if o == "" && f == "" {
				t.out.WriteString("(?:")
			} else if f == "" {
				t.out.WriteString("(?" + o + ":")
			} else {
				t.out.WriteString("(?" + o + "-" + f + ":")
			}
			return false, nil
		case c == ')':
			if neg {
				return false, t.fail(t.i, "missing :")
			}
			return false, t.fail(start, "global flags not at the start of the expression")
		default:
			if unicode.IsLetter(c) {
				return false, t.fail(t.i, "unknown flag")
			}
			return false, t.fail(t.i, "missing -, : or )")
		}
		t.i++
	}
	return false, t.fail(t.i, "missing -, : or )")
}

// Character classes of \d \s \w and their ASCII forms (inside [...]).
const (
	reASCIIDigit = `0-9`
	reASCIISpace = ` \t\n\r\f\v`
	reASCIIWord  = `a-zA-Z0-9_`
)

// escape translates a backslash escape outside (inClass false) or inside
// a character class; it reports whether a quantifier may follow.
func (t *reTranslator) escape(inClass bool) (bool, error) {
	start := t.i
	t.i++
	if t.i >= len(t.src) {
		return false, t.fail(start, "bad escape (end of pattern)")
	}
	c := t.src[t.i]
	t.i++
	ascii := t.ascii()
	switch c {
	case 'd', 'D', 's', 'S', 'w', 'W':
		if !ascii {
			t.out.WriteString(`\` + string(c))
			return true, nil
		}
		set := map[rune]string{'d': reASCIIDigit, 's': reASCIISpace, 'w': reASCIIWord}[unicode.ToLower(c)]
		if inClass {
			if unicode.IsUpper(c) {
				// A negated ASCII class inside a class: fall back to the
				// engine's (Unicode) form, close enough for ASCII data.
				t.out.WriteString(`\` + string(c))
			} else {
				t.out.WriteString(set)
			}
			return true, nil
		}
		if unicode.IsUpper(c) {
			t.out.WriteString("[^" + set + "]")
		} else {
			t.out.WriteString("[" + set + "]")
		}
		return true, nil
	case 'b':
		if inClass {
			t.out.WriteString(`\x08`)
			return true, nil
		}
		if ascii {
			t.out.WriteString(`(?:(?<=[a-zA-Z0-9_])(?![a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?=[a-zA-Z0-9_]))`)
		} else {
			t.out.WriteString(`\b`)
		}
		return false, nil
	case 'B':
		if inClass {
			return false, t.fail(start, "bad escape \\B")
		}
		if ascii {
			t.out.WriteString(`(?:(?<=[a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?![a-zA-Z0-9_]))`)
		} else {
			t.out.WriteString(`\B`)
		}
		return false, nil
	case 'A', 'Z':
		if inClass {
			return false, t.fail(start, "bad escape \\%c", c)
		}
		if c == 'A' {
			t.out.WriteString(`\A`)
		} else {
			t.out.WriteString(`\z`)
		}
		return false, nil
	case 'n':
		t.out.WriteString(`\n`)
	case 't':
		t.out.WriteString(`\t`)
	case 'r':
		t.out.WriteString(`\r`)
	case 'f':
		t.out.WriteString(`\f`)
	case 'v':
		t.out.WriteString(`\v`)
	case 'a':
		t.out.WriteString(`\x07`)
	case 'x', 'u', 'U':
		n := map[rune]int{'x': 2, 'u': 4, 'U': 8}[c]
		if t.isBytes && c != 'x' {
			return false, t.fail(start, "bad escape \\%c", c)
		}
		j := t.i
		for j < len(t.src) && j-t.i < n && isHex(t.src[j]) {
			j++
		}
		if j-t.i < n {
			return false, t.fail(start, "incomplete escape \\%c%s", c, string(t.src[t.i:j]))
		}
		v, _ := strconv.ParseUint(string(t.src[t.i:j]), 16, 32)
		if v > unicode.MaxRune {
			return false, t.fail(start, "bad escape \\%c%s", c, string(t.src[t.i:j]))
		}
		t.i = j
		t.emitChar(rune(v), inClass)
	case '0':
		j := t.i
		for j < len(t.src) && j-t.i < 2 && t.src[j] >= '0' && t.src[j] <= '7' {
			j++
		}
		v, _ := strconv.ParseUint("0"+string(t.src[t.i:j]), 8, 32)
		t.i = j
		t.emitChar(rune(v), inClass)
	case '1', '2', '3', '4', '5', '6', '7', '8', '9':
		// Three octal digits make an octal escape; else a group reference.
		if t.i+1 < len(t.src) && c <= '7' && isOctal(t.src[t.i]) && isOctal(t.src[t.i+1]) {
			v, _ := strconv.ParseUint(string(t.src[t.i-1:t.i+2]), 8, 32)
			if v > 0o377 {
				return false, t.fail(start, "octal escape value \\%s outside of range 0-0o377", string(t.src[t.i-1:t.i+2]))
			}
			t.i += 2
			t.emitChar(rune(v), inClass)
			return true, nil
		}
		if inClass {
			return false, t.fail(start, "bad escape \\%c", c)
		}
		j := t.i
		if j < len(t.src) && t.src[j] >= '0' && t.src[j] <= '9' {
			j++
		}
		g, _ := strconv.Atoi(string(t.src[t.i-1 : j]))
		t.i = j
		if g > t.ngroups {
			return false, t.fail(start+1, "invalid group reference %d", g)
		}
		if t.open[g] {
			return false, t.fail(start+1, "cannot refer to an open group")
		}
		fmt.Fprintf(&t.out, `\k<%d>`, g)
	case 'N':
		return false, t.fail(start, "bad escape \\N")
	default:
		if c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
			return false, t.fail(start, "bad escape \\%c", c)
		}
		t.emitChar(c, inClass)
	}
	return true, nil
}

func isHex(c rune) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isOctal(c rune) bool { return c >= '0' && c <= '7' }

// emitChar writes a literal character, escaped for the context.
func (t *reTranslator) emitChar(c rune, inClass bool) {
	if inClass {
		t.classChar(c)
		return
	}
	t.literal(c)
}

// classChar writes a literal character inside a class.
func (t *reTranslator) classChar(c rune) {
	switch {
	case c < 32 || c == 127:
		fmt.Fprintf(&t.out, `\x%02x`, c)
	case c < 128 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == ' '):
		t.out.WriteByte('\\')
		t.out.WriteRune(c)
	default:
		t.out.WriteRune(c)
	}
}

// class translates [...].
func (t *reTranslator) class() error {
	start := t.i
	t.i++
	t.out.WriteByte('[')
	if t.i < len(t.src) && t.src[t.i] == '^' {
		t.out.WriteByte('^')
		t.i++
	}
	first := true
	items := 0
	for {
		if t.i >= len(t.src) {
			return t.fail(start, "unterminated character set")
		}
		c := t.src[t.i]
		if c == ']' && !first {
			t.i++
			break
		}
		first = false
		// One item: a character (maybe an escape) or a range.
		lo, loPos, single, err := t.classAtom()
		if err != nil {
			return err
		}
		if t.i+1 < len(t.src) && t.src[t.i] == '-' && t.src[t.i+1] != ']' {
			t.i++
			if !single {
				return t.fail(loPos, "bad character range %s-%s", string(t.src[loPos:t.i-1]), t.rangeEndText())
			}
			hiPos := t.i
			hi, _, single2, err := t.classAtom()
			if err != nil {
				return err
			}
			if !single2 || hi < lo {
				return t.fail(loPos, "bad character range %s", string(t.src[loPos:t.i]))
			}
			_ = hiPos
			t.classChar(lo)
			t.out.WriteByte('-')
			t.classChar(hi)
		} else if single {
			t.classChar(lo)
		}
		items++
	}
	t.out.WriteByte(']')
	if items == 0 {
		// "[]" cannot happen (a leading ] is literal).
		return t.fail(start, "unterminated character set")
	}
	return nil
}

func (t *reTranslator) rangeEndText() string {
	j := t.i
	if j < len(t.src) && t.src[j] == '\\' && j+1 < len(t.src) {
		return string(t.src[j : j+2])
	}
	if j < len(t.src) {
		return string(t.src[j])
	}
	return ""
}

// classAtom reads one character of a class: single reports a plain
// character (returned in c); a class escape such as \d is written out.
func (t *reTranslator) classAtom() (c rune, pos int, single bool, err error) {
	pos = t.i
	c = t.src[t.i]
	if c != '\\' {
		t.i++
		return c, pos, true, nil
	}
	if t.i+1 < len(t.src) {
		switch e := t.src[t.i+1]; e {
		case 'd', 'D', 's', 'S', 'w', 'W':
			_, err := t.escape(true)
			return 0, pos, false, err
		case 'n', 't', 'r', 'f', 'v', 'a', 'b':
			t.i += 2
			return map[rune]rune{'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': 7, 'b': 8}[e], pos, true, nil
		}
	}
	// Other escapes produce one character: translate into a scratch
	// builder and decode it back.
	saved := t.out
	t.out = strings.Builder{}
	_, err = t.escape(true)
	s := t.out.String()
	t.out = saved
	if err != nil {
		return 0, pos, false, err
	}
	r := []rune(s)
	switch {
	case len(r) == 1:
		return r[0], pos, true, nil
	case len(r) == 2 && r[0] == '\\':
		return r[1], pos, true, nil
	case len(r) == 4 && r[0] == '\\' && r[1] == 'x':
		v, _ := strconv.ParseUint(string(r[2:]), 16, 32)
		return rune(v), pos, true, nil
	}
	t.out.WriteString(s)
	return 0, pos, false, nil
}

// reEngine is a compiled pattern and the last subject it decoded.
type reEngine struct {
	re       *regexp2.Regexp // search
	anchored *regexp2.Regexp // match at pos: \G(?:p)
	full     *regexp2.Regexp // fullmatch: \G(?:p)\z
	advance  *regexp2.Regexp // a non-empty match at pos: \G(?:p)(?!\G)
	ngroups  int
	lastStr  string
	lastRun  []rune
	isBytes  bool
}

func (e *reEngine) runes(s string) []rune {
	if s == e.lastStr && e.lastRun != nil {
		return e.lastRun
	}
	r := []rune(s)
	e.lastStr, e.lastRun = s, r
	return r
}

// reModule builds _re: compile(pattern, flags, is_bytes) returns
// (matcher, scanner, groups, groupindex, flags) or (None, msg, pos).
func (vm *VM) reModule(d gc.Value) {
	vm.def(d, "compile", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 3 || args[0].Tag() != TagStr || args[1].Tag() != gc.TagInt {
			return vEmpty, vm.raise("TypeError", "_re.compile(pattern, flags, is_bytes)")
		}
		isBytes := args[2].Tag() == gc.TagBool && args[2].Bits() != 0
		t, err := reTranslate(vm.strKeep(args[0]), int(args[1].Int()), isBytes)
		if err != nil {
			var se *reSyntaxError
			if errors.As(err, &se) {
				return vm.newTuple([]gc.Value{vNone, vm.newStr(se.msg), gc.Int(int64(se.pos))}), nil
			}
			return vEmpty, err
		}
		eng, err := vm.reBuild(t)
		if err != nil {
			return vm.newTuple([]gc.Value{vNone, vm.newStr(err.Error()), gc.Int(-1)}), nil
		}
		gi := vm.newDict()
		byNum := make([]string, t.ngroups+1)
		for n, g := range t.names {
			byNum[g] = n
		}
		for g, n := range byNum {
			if n != "" {
				vm.dictSet(gi, vm.newStr(n), gc.Int(int64(g)))
			}
		}
		matcher := vm.newBuiltin("match", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			s, pos, endpos, err := vm.reArgs(args, 4)
			if err != nil {
				return vEmpty, err
			}
			re := eng.re
			switch args[3].Int() {
			case 1:
				re = eng.anchored
			case 2:
				re = eng.full
			}
			sub := eng.runes(s)[:endpos]
			m, err := re.FindRunesMatchStartingAt(sub, pos)
			if err != nil {
				return vEmpty, vm.raise("RuntimeError", "regular expression: %v", err)
			}
			if m == nil {
				return vNone, nil
			}
			return vm.reSpans(m, eng.ngroups), nil
		})
		scanner := vm.newBuiltin("scan", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			s, pos, endpos, err := vm.reArgs(args, 4)
			if err != nil {
				return vEmpty, err
			}
			limit := int(args[3].Int())
			sub := eng.runes(s)[:endpos]
			var out []gc.Value
			mustAdvance := false
			for pos <= endpos && (limit <= 0 || len(out) < limit) {
				var m *regexp2.Match
				if mustAdvance {
					m, err = eng.advance.FindRunesMatchStartingAt(sub, pos)
					if err == nil && m == nil && pos < endpos {
						m, err = eng.re.FindRunesMatchStartingAt(sub, pos+1)
					}
				} else {
					m, err = eng.re.FindRunesMatchStartingAt(sub, pos)
				}
				if err != nil {
					return vEmpty, vm.raise("RuntimeError", "regular expression: %v", err)
				}
				if m == nil {
					break
				}
				g := m.GroupByNumber(0)
				out = append(out, vm.reSpans(m, eng.ngroups))
				end := g.RuneIndex + g.RuneLength
				mustAdvance = g.RuneLength == 0
				pos = end
			}
			return vm.newList(out, 0), nil
		})
		return vm.newTuple([]gc.Value{matcher, scanner, gc.Int(int64(t.ngroups)), gi, gc.Int(int64(t.flags))}), nil
	})
	vm.def(d, "translate", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) != 2 || args[0].Tag() != TagStr || args[1].Tag() != gc.TagInt {
			return vEmpty, vm.raise("TypeError", "_re.translate(pattern, flags)")
		}
		t, err := reTranslate(vm.strKeep(args[0]), int(args[1].Int()), false)
		if err != nil {
			return vm.newStr("error: " + err.Error()), nil
		}
		return vm.newStr(t.out.String()), nil
	})
}

// reArgs reads (string, pos, endpos, ...) clamping pos and endpos to the
// string as CPython does.
func (vm *VM) reArgs(args []gc.Value, n int) (string, int, int, error) {
	if len(args) != n || args[0].Tag() != TagStr || args[1].Tag() != gc.TagInt || args[2].Tag() != gc.TagInt || args[3].Tag() != gc.TagInt {
		return "", 0, 0, vm.raise("TypeError", "bad arguments to a compiled pattern")
	}
	s := vm.str(args[0])
	n0 := strLen(s)
	pos, endpos := int(args[1].Int()), int(args[2].Int())
	pos = max(0, min(pos, n0))
	endpos = max(0, min(endpos, n0))
	if endpos < pos {
		endpos = pos
	}
	return s, pos, endpos, nil
}

// reSpans is the tuple (start0, end0, start1, end1, ...) of a match; an
// unmatched group has -1, -1.
func (vm *VM) reSpans(m *regexp2.Match, ngroups int) gc.Value {
	out := make([]gc.Value, 0, 2*(ngroups+1))
	for g := 0; g <= ngroups; g++ {
		grp := m.GroupByNumber(g)
		if grp == nil || len(grp.Captures) == 0 {
			out = append(out, gc.Int(-1), gc.Int(-1))
			continue
		}
		out = append(out, gc.Int(int64(grp.RuneIndex)), gc.Int(int64(grp.RuneIndex+grp.RuneLength)))
	}
	return vm.newTuple(out)
}

// reBuild compiles the translated pattern in its four forms.
func (vm *VM) reBuild(t *reTranslator) (*reEngine, error) {
	opts := regexp2.RegexOptions(regexp2.None)
	if t.flags&reIgnoreCase != 0 {
		opts |= regexp2.IgnoreCase
	}
	p := t.out.String()
	limit := regexp2.OptionMaxBacktrackingStackSize(-1)
	compile := func(s string) (*regexp2.Regexp, error) {
		re, err := regexp2.Compile(s, opts, limit)
		if err != nil {
			return nil, fmt.Errorf("%v", err)
		}
		return re, nil
	}
	e := &reEngine{ngroups: t.ngroups, isBytes: t.isBytes}
	var err error
	if e.re, err = compile(p); err != nil {
		return nil, err
	}
	if e.anchored, err = compile(`\G(?:` + p + `)`); err != nil {
		return nil, err
	}
	if e.full, err = compile(`\G(?:` + p + `)\z`); err != nil {
		return nil, err
	}
	if e.advance, err = compile(`\G(?:` + p + `)(?!\G)`); err != nil {
		return nil, err
	}
	return e, nil
}
