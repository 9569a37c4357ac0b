package syntax

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/vm/num"
)

// The tests here parse small sources made of one run of adjacent string
// literals (possibly in parentheses) both with concatStrings and with
// CPython, and compare ast.dump(..., include_attributes=True) of the
// resulting expression, or the SyntaxError's message and position.
// Replacement fields hold only names, which fakeSubParse handles.

// pyStringsScript parses each source of a JSON list and prints a JSON list
// of dumps or errors.
const pyStringsScript = `
import ast, json
out = []
for src in json.load(sys.stdin):
    try:
        tree = ast.parse(src)
        node = next(n for n in ast.walk(tree) if isinstance(n, (ast.Constant, ast.JoinedStr)))
        out.append(ast.dump(node, include_attributes=True))
    except SyntaxError as e:
        err = "ERR: %s|%s|%s|%s|%s" % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        if e.text and "\n" in e.text.rstrip("\n"):
            # CPython counts the offsets in the text of several lines (its
            # tokenizer buffer after a multi-line string): only the message
            # and line are comparable.
            err = "ERR: %s|%s|ML" % (e.msg, e.lineno)
        out.append(err)
print(json.dumps(out))
`

// scanStringRun finds the run of adjacent STRING tokens in src, skipping
// leading blanks and opening parentheses, and the token that follows the
// run as CPython's tokenizer would produce it. depth is the number of open
// parentheses at the end of the run.
func scanStringRun(src string) (toks []Token, next Token, depth int) {
	line, col := 1, 0
	i := 0
	adv := func(n int) {
		for ; n > 0; n-- {
			if src[i] == '\n' {
				line, col = line+1, 0
			} else {
				col++
			}
			i++
		}
	}
	skip := func() {
		for i < len(src) {
			switch c := src[i]; {
			case c == ' ' || c == '\t' || c == '\f':
				adv(1)
			case c == '\n' && depth > 0:
				adv(1)
			case c == '\\' && i+1 < len(src) && src[i+1] == '\n':
				adv(2)
			case c == '#' && depth > 0:
				for i < len(src) && src[i] != '\n' {
					adv(1)
				}
			case c == '(' && len(toks) == 0:
				depth++
				adv(1)
			default:
				return
			}
		}
	}
	for {
		skip()
		j := i
		for j < len(src) && strings.IndexByte("rRbBuUfF", src[j]) >= 0 {
			j++
		}
		if j >= len(src) || (src[j] != '\'' && src[j] != '"') {
			break
		}
		q := src[j]
		n := 1
		if strings.HasPrefix(src[j:], strings.Repeat(string(q), 3)) {
			n = 3
		}
		k := j + n
		for k < len(src) && !strings.HasPrefix(src[k:], strings.Repeat(string(q), n)) {
			if src[k] == '\\' {
				k++
			}
			k++
		}
		k = min(k+n, len(src))
		t := Token{Kind: STRING, Text: src[i:k], Line: line, Col: col}
		adv(k - i)
		t.EndLine, t.EndCol = line, col
		toks = append(toks, t)
	}
	next = Token{Line: line, Col: col, EndLine: line, EndCol: col}
	switch {
	case i >= len(src) || src[i] == '\n':
		next.Kind = NEWLINE
	case src[i] == '#':
		next.Kind = NEWLINE
		next.EndCol += strings.IndexByte(src[i:]+"\n", '\n')
	default:
		next.Kind = ERRORTOKEN // kind does not matter here
		next.EndCol += nextTokenLen(src[i:])
	}
	return toks, next, depth
}

// fakeSubParse stands for the parser in tests: it accepts an identifier
// surrounded by blanks and places it as CPython's sub-parser does.
func fakeSubParse(text string, line, col int) (Expr, *Error) {
	sub := "(" + text + ")"
	start := strings.IndexFunc(sub, func(r rune) bool { return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' })
	if start < 0 {
		return nil, &Error{Type: "SyntaxError", Msg: "fake subParse: no name in " + text}
	}
	end := start
	for end < len(sub) && (sub[end] == '_' || sub[end] >= 'a' && sub[end] <= 'z' || sub[end] >= 'A' && sub[end] <= 'Z' || sub[end] >= '0' && sub[end] <= '9') {
		end++
	}
	if strings.Trim(sub[:start]+sub[end:], "() \t\n\f") != "" {
		return nil, &Error{Type: "SyntaxError", Msg: "fake subParse: not a name: " + text}
	}
	subLine := 1 + strings.Count(sub[:start], "\n")
	subCol := start - (strings.LastIndexByte(sub[:start], '\n') + 1)
	l, c := line+subLine-1, subCol
	if subLine == 1 {
		c += col
	}
	return &Name{Loc: Loc{l, c, l, c + end - start}, Id: sub[start:end], Ctx: Load}, nil
}

// dumpTestExpr renders the nodes concatStrings makes as ast.dump does with
// include_attributes=True.
func dumpTestExpr(e Expr) string {
	attrs := func(l *Loc) string {
		return fmt.Sprintf("lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
			l.Lineno, l.ColOffset, l.EndLineno, l.EndColOffset)
	}
	switch n := e.(type) {
	case *Constant:
		kind := ""
		if n.Kind != "" {
			kind = fmt.Sprintf("kind='%s', ", n.Kind)
		}
		return fmt.Sprintf("Constant(value=%s, %s%s)", n.Value.Repr(), kind, attrs(&n.Loc))
	case *JoinedStr:
		var parts []string
		for _, v := range n.Values {
			parts = append(parts, dumpTestExpr(v))
		}
		return fmt.Sprintf("JoinedStr(values=[%s], %s)", strings.Join(parts, ", "), attrs(&n.Loc))
	case *FormattedValue:
		spec := ""
		if n.FormatSpec != nil {
			spec = ", format_spec=" + dumpTestExpr(n.FormatSpec)
		}
		return fmt.Sprintf("FormattedValue(value=%s, conversion=%d%s, %s)",
			dumpTestExpr(n.Value), n.Conversion, spec, attrs(&n.Loc))
	case *Name:
		return fmt.Sprintf("Name(id='%s', ctx=Load(), %s)", n.Id, attrs(&n.Loc))
	}
	return fmt.Sprintf("%T", e)
}

// goStrings runs concatStrings (or concatStringsAt with the next token) on
// src and renders the result like pyStringsScript does.
func goStrings(src string, withNext bool) string {
	s := newSource("<test>", src)
	toks, next, _ := scanStringRun(src)
	var e Expr
	var err *Error
	if withNext {
		e, err = concatStringsAt(s, toks, &next, fakeSubParse)
	} else {
		e, err = concatStrings(s, toks, fakeSubParse)
	}
	if err != nil {
		return fmt.Sprintf("ERR: %s|%d|%d|%d|%d", err.Msg, err.Lineno, err.Offset, err.EndLineno, err.EndOffset)
	}
	return dumpTestExpr(e)
}

// checkStrings compares goStrings with CPython on every source.
func checkStrings(t *testing.T, srcs []string) {
	t.Helper()
	in, _ := json.Marshal(srcs)
	var want []string
	if err := json.Unmarshal([]byte(runPython(t, pyStringsScript, string(in))), &want); err != nil {
		t.Fatal(err)
	}
	for i, src := range srcs {
		got := goStrings(src, true)
		if strings.HasSuffix(want[i], "|ML") {
			if parts := strings.Split(got, "|"); len(parts) == 5 {
				got = strings.Join(parts[:2], "|") + "|ML"
			}
		}
		if got != want[i] {
			t.Errorf("source %q:\n got %s\nwant %s", src, got, want[i])
			continue
		}
		if _, _, depth := scanStringRun(src); depth == 0 {
			got := goStrings(src, false)
			if strings.HasSuffix(want[i], "|ML") {
				if parts := strings.Split(got, "|"); len(parts) == 5 {
					got = strings.Join(parts[:2], "|") + "|ML"
				}
			}
			if got != want[i] {
				t.Errorf("source %q without next token:\n got %s\nwant %s", src, got, want[i])
			}
		}
	}
}

func TestFStringStructure(t *testing.T) {
	checkStrings(t, []string{
		`f''`, `f'' ''`, `'' f''`, `u'' f''`, `f'a'`, `f'{x}'`, `f'a{x}b'`, `f'{x}{y}'`, `f'{x}' 'a' f'{y}'`,
		`'a' 'b' f'c' 'd'`, `u'a' f'{x}'`, `u'a' f'{x:a{y}b}'`, `'zz' f'{x:a{y}b}' 'q'`,
		`f'{x!r}'`, `f'{x!s}'`, `f'{x!a}'`, `f'{x:>10}'`, `f'{x!r:>10}'`, `f'{x:}'`, `f'{x!r:}'`,
		`f'{x:{y}}'`, `f'{x:{y}.{z}f}'`, `f'{x:{y!r:}}'`,
		`f'{x=}'`, `f'{ x = }'`, `f'{x=!s}'`, `f'{x=:>3}'`, `f'{x=:}'`, `f"{x= 	}"`, `f'a{x=}b{y =}'`,
		`f'{x=!r:^20}'`, `f'{x=} {x}'`,
		`f'{{'`, `f'}}'`, `f'{{}}'`, `f'a{{b{x}c}}d'`, `f'{{{x}}}'`, `f'\{x}'`, `f'\}}'`, `f'\{{'`,
		`rf'\{x}\n'`, `F'{x}' Rf'\{y}\n'`, `fr'{x}\N{DASH}'`, `f'\N{EM DASH}{x}\N{BULLET}'`,
		`f'\n\t{x}\x41\u00e9\U0001F600'`, `f'é{x}ü'`, `f'{x}\
y'`, `f'{ x }'`, `f'{	x	}'`, `f'{x!r}{y}'`,
		`f'{x}' b'a'`, `b'a' f'{x}'`,
		"f'''\n{\nx}'''", "f'''a\n  {x}'''", "f'''a\n  {\n  x}'''", "f'''{x\n}'''", "f'''{\nx}'''",
		"(f'a'\n    f'b{x}')", "('a'\n   f'{x:a{y}b}')", "f'''{x:\n{y}}'''", "f'''ab\ncd{x}\n{y!r}'''",
		"(f'{x}'  # c\n f'{y}')", "f'{x}' \\\n f'{y}'", `f'é{x}'`, `f'日本{x}{y}'`,
		`f'{x}' f'{x}'`, `f'{x}{x}' f'{x}'`, `f'''{x}''' f"{y}"`,
	})
}

func TestFStringErrors(t *testing.T) {
	checkStrings(t, []string{
		`f'{}'`, `f'{ }'`, `f'{}' + 1`, "(f'{}'\n)", `f'{}'  # c`, `f'{}' if 1 else 2`, "f'{}' \\\n  + 1",
		"(f'{}'  # c\n  , 1)", `f'{}';`, `f'{}' """a` + "\n" + `b"""`, `f'{}' """a` + "\nbc\"\"\" + 1",
		`f'{x!}'`, `f'{x! r}'`, `f'{x!z}'`, `f'{x'`, `f'{x!r'`, `f'{x:'`, `f'{x!'`, `f'{x!r=}'`,
		`f'{x:{y:{z}}}'`, `f'{(}'`, `f'{)}'`, `f'{(]}'`, `f'{"a}'`, `f'{#}'`, `f'{a[}'`, `f'{(a'`,
		`f'{[a}'`, `f'{a)}'`, `f"{'a}"`, `f'''{"""a'''`, `f'{{}'`, `f'{}}'`, `f'{!r}'`, `f'{x}}'`,
		`f'}'`, `f'\}'`, `f'{:x}'`, `f'{=}'`, `f'{ !r}'`, `f'{ = }'`, `f'{!}'`, `f'{x:{y}{{}'`,
		`f'{x:{}}'`, `f'{x:{!r}}'`, `f'{x:}}'`, `f'{x:{y}}}'`, `f'{x:{y}'`, `f'{x:{y!'`, `f'{a b'`,
		`f'{x\n}'`, `f'{"\n"}'`, `f'{x' f'}'`, `f"{a" "b}"`, `f'{<'`, `f'{x<'`,
		`f'{` + strings.Repeat("(", 199) + `x` + strings.Repeat(")", 199) + `!z}'`,
		`f'{` + strings.Repeat("(", 201) + `x}'`, `f'{` + strings.Repeat("[", 200) + `'`,
		`f'{x}' b'a'`, `b'a' f'{x}'`, `f'\x'`, `f'{x}\x'`, `f'\N{DASH'`, `f'\N{DASH}{'`,
		`f'{x:\x}'`, `f'\N'`, `f'\N{'`, `f'\Nx{x}'`, `f'{x!r}' 'ä' b'ä'`,
		"(f'{}'\n  # c\n  )", "(f'{}')", `f'{a!=b'`, `f'{a<=b'`, `f'{a>=b'`, `f'{a==b'`, `f'{a='`,
		`f'{a= '`, `f'{a=!'`, `f'{a=!r'`, `f'{"}"'`, `f"{'''a}'''"`, `f'{a<b'`, `f'{a>'`,
		`f'{x:{y}' 'a'`, `f'a' f'{'`, `f'{x!r:{y'`, `f'{x:{y:z}'`, `u'a' f'{x'`,
	})
}

func TestConcatPlainStrings(t *testing.T) {
	checkStrings(t, []string{
		`'a'`, `"a"`, `''`, `u'a'`, `U'a'`, `'a' u'b'`, `u'a' 'b'`, `'a' 'b' "c"`, `b'a' b'b'`, `b''`,
		`rb'a' Br'\x'`, `b'a' 'b'`, `'a' b'b'`, `b'a' 'b' b'c'`, `'ab' '\x' b'a'`, `'''a` + "\n" + `b'''`,
		"('a'\n 'b')", "('a'  # c\n 'b')", "'a' \\\n 'b'", `b'ä'`, `'a' b'ä'`, `rb'ä'`, `'a' 'b' + 1`,
		`'\x1' + 1`, `'\x1'`, `b'\x1'`, `b'ab\xg1'`, "('a'\n'\\x1'\n   ,3)",
	})
}

// randomFString builds a random run of string literals rich in f-string
// features; some are invalid on purpose.
func randomFString(rng *rand.Rand) string {
	pick := func(xs ...string) string { return xs[rng.Intn(len(xs))] }
	names := []string{"x", "y", "abc", "_z", "x1"}
	raw := false
	lit := func(triple bool, q byte, spec bool) string {
		var b strings.Builder
		for n := rng.Intn(4); n > 0; n-- {
			p := pick("a", "é", "日本", " ", `\n`, `\x41`, `\N{EM DASH}`, `\\`, `\t`, "b c", `\d`, `\u00e9`)
			if raw && p == `\N{EM DASH}` {
				p = "-" // a replacement field in a raw f-string
			}
			if !spec && rng.Intn(5) == 0 {
				p = pick("{{", "}}", `\{x}`, `\}}`)
			}
			if triple && rng.Intn(6) == 0 {
				p = "\n"
			}
			if rng.Intn(8) == 0 {
				p = string("'\""[rng.Intn(2)])
				if p[0] == q {
					p = `\` + p
				}
			}
			b.WriteString(p)
		}
		return b.String()
	}
	var field func(depth int, triple bool, q byte) string
	field = func(depth int, triple bool, q byte) string {
		ws := func() string {
			w := pick("", "", "", " ", "  ", "\t")
			if triple && rng.Intn(8) == 0 {
				w += "\n"
			}
			return w
		}
		var b strings.Builder
		b.WriteString("{" + ws() + pick(names...) + ws())
		if rng.Intn(4) == 0 {
			b.WriteString("=" + ws())
		}
		if rng.Intn(3) == 0 {
			b.WriteString(pick("!r", "!s", "!a", "!r", "!x"))
		}
		if rng.Intn(3) == 0 {
			b.WriteString(":")
			for n := rng.Intn(3); n > 0; n-- {
				if depth < 2 && rng.Intn(2) == 0 {
					b.WriteString(field(depth+1, triple, q))
				} else {
					b.WriteString(pick(">10", "^", ".2f", "x", "", "a b", `\n`))
				}
			}
		}
		b.WriteString("}")
		return b.String()
	}
	var parts []string
	for n := 1 + rng.Intn(3); n > 0; n-- {
		q := "'\""[rng.Intn(2)]
		triple := rng.Intn(4) == 0
		quote := string(q)
		if triple {
			quote = strings.Repeat(quote, 3)
		}
		prefix := pick("f", "f", "f", "F", "rf", "fR", "", "u", "r")
		raw = strings.ContainsAny(prefix, "rR")
		var body strings.Builder
		for k := rng.Intn(4); k > 0; k-- {
			body.WriteString(lit(triple, q, false))
			if strings.ContainsAny(prefix, "fF") {
				body.WriteString(field(0, triple, q))
			}
		}
		body.WriteString(lit(triple, q, false))
		if rng.Intn(40) == 0 {
			body.WriteString(pick("{", "}", "{x", "{x!", "{x:", "{}", "{x:{y:{z}}}"))
		}
		text := body.String()
		if strings.HasSuffix(text, `\`) && !strings.HasSuffix(text, `\\`) || strings.HasSuffix(text, string(q)) {
			text += "z"
		}
		parts = append(parts, prefix+quote+text+quote)
	}
	src := strings.Join(parts, pick(" ", "  ", "\t"))
	if rng.Intn(3) == 0 {
		src = "(" + strings.Join(parts, pick("\n ", " \n", "  # c\n  ")) + ")"
	}
	return src
}

func TestFStringRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	var srcs []string
	for i := 0; i < 4000; i++ {
		srcs = append(srcs, randomFString(rng))
	}
	checkStrings(t, srcs)
}

// FuzzConcatStrings checks that no token text, well-formed or not, makes
// concatStrings panic.
func FuzzConcatStrings(f *testing.F) {
	for _, s := range []string{`f'{x}'`, `f'{x:{y}}'`, `b'\x'`, `'\N{EM DASH}'`, "f'''\n{\nx}'''", `rf'{'`} {
		f.Add(s, "'a'")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		src := newSource("<fuzz>", a+" "+b+"\n")
		toks := []Token{
			{Kind: STRING, Text: a, Line: 1, Col: 0, EndLine: 1, EndCol: len(a)},
			{Kind: STRING, Text: b, Line: 1, Col: len(a) + 1, EndLine: 1, EndCol: len(a) + 1 + len(b)},
		}
		concatStrings(src, toks, fakeSubParse)
		concatStrings(src, toks[1:], fakeSubParse)
		parseNumber(a)
		num.StrRepr(a)
	})
}

// TestStdlibLiterals takes every string run and number of CPython's
// standard library (as python3's ast finds them), rebuilds it with
// concatStrings or parseNumber, and compares the dumps. The expression of
// each replacement field is reduced to a placeholder Name at its position
// on both sides, so that no real parser is needed: python3 tells where the
// expression starts within its text, and concatStrings where the text is.
func TestStdlibLiterals(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: the whole standard library")
	}
	out := runPython(t, `
import ast, glob, json, os, sysconfig, tokenize, copy
lib = sysconfig.get_paths()["stdlib"]
files = sorted(f for f in glob.glob(lib + "/**/*.py", recursive=True) if "site-packages" not in f)
def placeholder(node):
    for n in ast.walk(node):
        if isinstance(n, ast.FormattedValue):
            ln, col = n.value.lineno, n.value.col_offset
            n.value = ast.Name(id="_", ctx=ast.Load(), lineno=ln, col_offset=col,
                               end_lineno=ln, end_col_offset=col)
    return node
for f in files:
    try:
        with tokenize.open(f) as fh:
            text = fh.read()
        tree = ast.parse(text)
    except (SyntaxError, UnicodeDecodeError, ValueError):
        continue
    lines = [l.encode() for l in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    inside = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.JoinedStr):
            for m in ast.walk(n):
                if m is not n:
                    inside.add(id(m))
    for n in ast.walk(tree):
        if id(n) in inside or not isinstance(n, (ast.Constant, ast.JoinedStr)):
            continue
        seg = lines[n.lineno - 1:n.end_lineno]
        seg[-1] = seg[-1][:n.end_col_offset]
        seg[0] = seg[0][n.col_offset:]
        src = b"\n".join(seg).decode()
        if isinstance(n, ast.Constant) and not isinstance(n.value, (str, bytes)):
            if type(n.value) in (int, float, complex):
                try:
                    r = repr(n.value)
                except ValueError:
                    r = "HEX: " + hex(n.value)
                print(json.dumps({"num": src, "repr": r}))
            continue
        d = ast.dump(placeholder(copy.deepcopy(n)), include_attributes=True)
        print(json.dumps({"src": src, "line": n.lineno, "col": n.col_offset, "dump": d}))
`, "")
	type rec struct {
		Num, Repr, Src, Dump string
		Line, Col            int
	}
	var recs []rec
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r rec
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}

	// Where does CPython's sub-parser put each replacement field's
	// expression within "(" + text + ")"? Collect the texts, ask python3.
	texts := map[string]bool{}
	collect := func(text string, line, col int) (Expr, *Error) {
		texts[text] = true
		return &Name{Id: "_", Ctx: Load}, nil
	}
	for _, r := range recs {
		if r.Num == "" {
			concatStrings(newSource("<lib>", r.Src), stdlibRunTokens(r.Src, r.Line, r.Col), collect)
		}
	}
	var list []string
	for text := range texts {
		list = append(list, text)
	}
	in, _ := json.Marshal(list)
	var starts [][2]int
	if err := json.Unmarshal([]byte(runPython(t, `
import ast, json
out = []
for text in json.load(sys.stdin):
    e = ast.parse("(" + text + ")", mode="eval").body
    out.append((e.lineno, e.col_offset))
print(json.dumps(out))
`, string(in))), &starts); err != nil {
		t.Fatal(err)
	}
	subStart := map[string][2]int{}
	for i, text := range list {
		subStart[text] = starts[i]
	}
	// placeholder stands for the parser: a Name "_" where the expression
	// starts, shifted as CPython's sub-parser shifts it.
	placeholder := func(text string, line, col int) (Expr, *Error) {
		st := subStart[text]
		l, c := line+st[0]-1, st[1]
		if st[0] == 1 {
			c += col
		}
		return &Name{Loc: Loc{l, c, l, c}, Id: "_", Ctx: Load}, nil
	}

	nStr, nNum, bad := 0, 0, 0
	for _, r := range recs {
		if r.Num != "" {
			nNum++
			v, msg := parseNumber(r.Num)
			got := msg
			if msg == "" {
				got = v.Repr()
				if strings.HasPrefix(r.Repr, "HEX: ") {
					got = fmt.Sprintf("HEX: %#x", v.(IntConst).V)
				}
			}
			if got != r.Repr {
				if bad++; bad < 30 {
					t.Errorf("number %s: got %s, python3 %s", r.Num, got, r.Repr)
				}
			}
			continue
		}
		nStr++
		toks := stdlibRunTokens(r.Src, r.Line, r.Col)
		e, err := concatStrings(newSource("<lib>", r.Src), toks, placeholder)
		got := ""
		if err != nil {
			got = "ERR: " + err.Msg
		} else {
			got = dumpTestExpr(e)
		}
		if got != r.Dump {
			if bad++; bad < 30 {
				t.Errorf("string run %.300q:\n got %.1000s\nwant %.1000s", r.Src, got, r.Dump)
			}
		}
	}
	t.Logf("%d string runs (%d distinct field expressions) and %d numbers compared, %d differ",
		nStr, len(list), nNum, bad)
}

// stdlibRunTokens scans the STRING tokens of the source text of a string
// run that starts at line, col of its file.
func stdlibRunTokens(src string, line, col int) []Token {
	toks, _, _ := scanStringRun("(" + src)
	for i := range toks {
		t := &toks[i]
		if t.Line == 1 {
			t.Col += col - 1
		}
		if t.EndLine == 1 {
			t.EndCol += col - 1
		}
		t.Line += line - 1
		t.EndLine += line - 1
	}
	return toks
}
