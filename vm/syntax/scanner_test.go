package syntax

// Tests for the tokenizer. The reference is CPython 3.11 itself: the error
// tables hold what python3 reports (TestScannerErrorTableMatchesPython
// re-checks them against python3 when it is installed), and the token
// streams are compared with the output of Python's tokenize module, mapped
// to what the C tokenizer hands the parser:
//
//   - NL, COMMENT and ENCODING tokens are dropped.
//   - NEWLINE: the module reports the "\n" as (l, c)-(l, c+1). The C
//     tokenizer's NEWLINE is empty, (l, c)-(l, c), and starts at the
//     comment when a comment precedes the newline on that line.
//   - INDENT: the module reports (l, 0)-(l, n); ours sits at the cursor,
//     (l, n)-(l, n), with the same text.
//   - DEDENT and ENDMARKER at the end of the input: the module puts them on
//     the line after the last one; the C tokenizer leaves them on the last
//     line at the end of the input. Only their kinds are compared.
//   - The module's columns count characters; ours count bytes. The
//     reference script converts.
//   - The module splits lines only at "\n"; the script normalises "\r\n" and
//     "\r" first, as CPython's tokenizer does.

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// pyTokName maps our kinds to the names Python's token module uses.
var pyTokName = func() map[Kind]string {
	m := map[Kind]string{
		ENDMARKER: "ENDMARKER", NAME: "NAME", NUMBER: "NUMBER", STRING: "STRING",
		NEWLINE: "NEWLINE", INDENT: "INDENT", DEDENT: "DEDENT", ERRORTOKEN: "ERRORTOKEN",
		LPAR: "LPAR", RPAR: "RPAR", LSQB: "LSQB", RSQB: "RSQB", COLON: "COLON", COMMA: "COMMA",
		SEMI: "SEMI", PLUS: "PLUS", MINUS: "MINUS", STAR: "STAR", SLASH: "SLASH", VBAR: "VBAR",
		AMPER: "AMPER", LESS: "LESS", GREATER: "GREATER", EQUAL: "EQUAL", DOT: "DOT",
		PERCENT: "PERCENT", LBRACE: "LBRACE", RBRACE: "RBRACE", EQEQUAL: "EQEQUAL",
		NOTEQUAL: "NOTEQUAL", LESSEQUAL: "LESSEQUAL", GREATEREQUAL: "GREATEREQUAL",
		TILDE: "TILDE", CIRCUMFLEX: "CIRCUMFLEX", LEFTSHIFT: "LEFTSHIFT", RIGHTSHIFT: "RIGHTSHIFT",
		DOUBLESTAR: "DOUBLESTAR", PLUSEQUAL: "PLUSEQUAL", MINEQUAL: "MINEQUAL",
		STAREQUAL: "STAREQUAL", SLASHEQUAL: "SLASHEQUAL", PERCENTEQUAL: "PERCENTEQUAL",
		AMPEREQUAL: "AMPEREQUAL", VBAREQUAL: "VBAREQUAL", CIRCUMFLEXEQUAL: "CIRCUMFLEXEQUAL",
		LEFTSHIFTEQUAL: "LEFTSHIFTEQUAL", RIGHTSHIFTEQUAL: "RIGHTSHIFTEQUAL",
		DOUBLESTAREQUAL: "DOUBLESTAREQUAL", DOUBLESLASH: "DOUBLESLASH",
		DOUBLESLASHEQUAL: "DOUBLESLASHEQUAL", AT: "AT", ATEQUAL: "ATEQUAL", RARROW: "RARROW",
		ELLIPSIS: "ELLIPSIS", COLONEQUAL: "COLONEQUAL", EXCLAMATION: "OP", OP: "OP",
	}
	for k := KwFalse; k <= KwYield; k++ {
		m[k] = "NAME"
	}
	return m
}()

// refScript tokenizes files with Python's tokenize module and prints, for
// each file, "F\t<path>" then one line per token
// "<type>\t<sl>\t<sc>\t<el>\t<ec>\t<text>", or "E\t<message>" when the module
// fails. Columns are converted to UTF-8 byte offsets. Texts are given in
// hex, or as "#" and their MD5 when longer than 40 bytes. Arguments: file paths, or "-"
// followed by a directory to walk (skipping site-packages).
const refScript = `
import sys, os, io, json, tokenize, token, hashlib
from concurrent.futures import ProcessPoolExecutor

def enc_text(s):
    b = s.encode('utf-8', 'surrogatepass')
    if len(b) > 40:
        return '#' + hashlib.md5(b).hexdigest()
    return b.hex()

def one(path):
    out = ['F\t' + path]
    try:
        b = open(path, 'rb').read()
        b = b.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
        enc, _ = tokenize.detect_encoding(io.BytesIO(b).readline)
        text = b.decode(enc)
        lines = text.split('\n')
        def bcol(l, c):
            if l - 1 >= len(lines):
                return c
            s = lines[l - 1]
            if s.isascii():
                return c
            return len(s[:c].encode('utf-8', 'surrogatepass'))
        for t in tokenize.tokenize(io.BytesIO(b).readline):
            if t.type in (tokenize.NL, tokenize.ENCODING):
                continue
            typ = token.tok_name[t.exact_type] if t.type == token.OP else token.tok_name[t.type]
            (sl, sc), (el, ec) = t.start, t.end
            out.append('%s\t%d\t%d\t%d\t%d\t%s' % (typ, sl, bcol(sl, sc), el, bcol(el, ec), enc_text(t.string)))
    except Exception as e:
        out = ['F\t' + path, 'E\t%s: %s' % (type(e).__name__, e)]
    return '\n'.join(out)

def main():
    args = sys.argv[1:]
    if args and args[0] == '-':
        paths = []
        for dp, dn, fn in os.walk(args[1]):
            dn[:] = sorted(d for d in dn if d != 'site-packages')
            for f in sorted(fn):
                if f.endswith('.py'):
                    paths.append(os.path.join(dp, f))
    else:
        paths = args
    with ProcessPoolExecutor() as ex:
        for r in ex.map(one, paths, chunksize=8):
            sys.stdout.write(r + '\n')

if __name__ == '__main__':
    main()
`

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

func writeGzip(path string, data []byte) {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	zw.Write(data)
	if zw.Close() == nil {
		_ = os.WriteFile(path, buf.Bytes(), 0o644)
	}
}

type refTok struct {
	typ            string
	sl, sc, el, ec int
	text           string // hex, or "#md5"
}

func (r refTok) String() string {
	text := r.text
	if b, err := hex.DecodeString(text); err == nil {
		text = strconv.Quote(string(b))
	}
	return fmt.Sprintf("%s %d:%d-%d:%d %s", r.typ, r.sl, r.sc, r.el, r.ec, text)
}

type refFile struct {
	path string
	err  string
	toks []refTok
}

func havePython(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command(py, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
	if err != nil || strings.TrimSpace(string(out)) != "True" {
		t.Skip("python3 is not CPython 3.11")
	}
	return py
}

// runRef runs refScript with args and parses its output. With a non-empty
// cacheKey, the output is kept in the user's cache directory and reused
// while the key is unchanged.
func runRef(t *testing.T, py, cacheKey string, args ...string) []refFile {
	t.Helper()
	var cachePath string
	if cacheKey != "" {
		if d, err := os.UserCacheDir(); err == nil {
			h := sha256.Sum256([]byte(cacheKey + refScript))
			cachePath = filepath.Join(d, "hotloop-test", "tokenize-ref-"+hex.EncodeToString(h[:8])+".txt.gz")
		}
	}
	out, err := readGzip(cachePath)
	if cachePath == "" || err != nil {
		dir := t.TempDir()
		script := dir + "/ref.py"
		if err := os.WriteFile(script, []byte(refScript), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(py, append([]string{script}, args...)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err = cmd.Output()
		if err != nil {
			t.Fatalf("reference script: %v\n%s", err, stderr.String())
		}
		if cachePath != "" && os.MkdirAll(filepath.Dir(cachePath), 0o755) == nil {
			writeGzip(cachePath, out)
		}
	}
	var files []refFile
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "F\t"):
			files = append(files, refFile{path: line[2:]})
		case strings.HasPrefix(line, "E\t"):
			files[len(files)-1].err = line[2:]
		default:
			f := strings.SplitN(line, "\t", 6)
			if len(f) != 6 {
				t.Fatalf("bad reference line %q", line)
			}
			var n [4]int
			for i := range n {
				n[i], _ = strconv.Atoi(f[i+1])
			}
			rf := &files[len(files)-1]
			rf.toks = append(rf.toks, refTok{f[0], n[0], n[1], n[2], n[3], f[5]})
		}
	}
	return files
}

func encText(s string) string {
	if len(s) > 40 {
		h := md5.Sum([]byte(s))
		return "#" + hex.EncodeToString(h[:])
	}
	return hex.EncodeToString([]byte(s))
}

// expectedTokens maps the tokenize module's tokens to the stream the C
// tokenizer produces (see the file comment). Tokens whose positions are
// not comparable get line -1.
func expectedTokens(ref []refTok) []refTok {
	var out []refTok
	for i, r := range ref {
		switch r.typ {
		case "COMMENT":
			continue
		case "ERRORTOKEN":
			// The module's NAME pattern (\w+) misses some XID_Continue
			// characters (such as the variation selector U+E0100) and
			// reports them as ERRORTOKEN; CPython keeps them in the name.
			if n := len(out); n > 0 && out[n-1].typ == "NAME" && out[n-1].el == r.sl && out[n-1].ec == r.sc &&
				!strings.HasPrefix(r.text, "#") && !strings.HasPrefix(out[n-1].text, "#") {
				out[n-1].ec = r.ec
				out[n-1].text += r.text
				continue
			}
		case "NEWLINE":
			start := r.sc
			if i > 0 && ref[i-1].typ == "COMMENT" && ref[i-1].el == r.sl {
				start = ref[i-1].sc
			}
			r.sc, r.el, r.ec = start, r.sl, r.sc
			r.text = ""
		case "INDENT":
			r.sc = r.ec
		case "DEDENT", "ENDMARKER":
			atEnd := true
			for _, q := range ref[i+1:] {
				if q.typ != "DEDENT" && q.typ != "ENDMARKER" && q.typ != "COMMENT" {
					atEnd = false
					break
				}
			}
			if atEnd {
				r.sl = -1
			}
		}
		out = append(out, r)
	}
	return out
}

// compareTokens returns a description of the first difference between our
// tokens and the mapped reference, or "". When our stream ends in an error,
// only the tokens before it are compared, and the error token is returned.
func compareTokens(toks []Token, ref []refTok) (string, *Token) {
	want := expectedTokens(ref)
	for i := 0; i < len(want) || i < len(toks); i++ {
		if i < len(toks) && toks[i].Kind == ERRORTOKEN {
			return "", &toks[i]
		}
		if i >= len(toks) {
			return fmt.Sprintf("token %d: missing, want %v", i, want[i]), nil
		}
		tk := toks[i]
		if i >= len(want) {
			return fmt.Sprintf("token %d: extra %v %q", i, tk.Kind, tk.Text), nil
		}
		w := want[i]
		got := refTok{pyTokName[tk.Kind], tk.Line, tk.Col, tk.EndLine, tk.EndCol, encText(tk.Text)}
		if w.typ == "NEWLINE" {
			got.text = ""
		}
		if w.sl < 0 {
			got.sl, got.sc, got.el, got.ec, got.text = w.sl, w.sc, w.el, w.ec, w.text
		}
		if got != w {
			return fmt.Sprintf("token %d: got %v, want %v", i, got, w), nil
		}
	}
	return "", nil
}

// pyErrScript prints, for each file argument, the SyntaxError that
// ast.parse raises for its bytes: "<path>\t<type>\t<msg>\t<lineno>\t<offset>\t<end_lineno>\t<end_offset>",
// or "<path>\tOK".
const pyErrScript = `
import ast, sys, warnings
warnings.simplefilter("ignore")
for p in sys.argv[1:]:
    try:
        ast.parse(open(p, "rb").read())
        print(p + "\tOK")
    except SyntaxError as e:
        print("\t".join(str(x) for x in (p, type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)))
`

// pyErrors runs pyErrScript on paths.
func pyErrors(t *testing.T, py string, paths []string) map[string]string {
	t.Helper()
	m := map[string]string{}
	if len(paths) == 0 {
		return m
	}
	out, err := exec.Command(py, append([]string{"-c", pyErrScript}, paths...)...).Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		if i := strings.IndexByte(line, '\t'); i >= 0 {
			m[line[:i]] = line[i+1:]
		}
	}
	return m
}

// errorLine formats an error as pyErrScript does.
func errorLine(e *Error) string {
	none := func(n int) string {
		if n == 0 {
			return "None"
		}
		return strconv.Itoa(n)
	}
	return strings.Join([]string{e.Type, e.Msg, none(e.Lineno), none(e.Offset), none(e.EndLineno), none(e.EndOffset)}, "\t")
}

func tokenizeBytes(path string, raw []byte) ([]Token, *Error) {
	text, err := DecodeSource(path, raw)
	if err != nil {
		return nil, err
	}
	return tokenize(newSource(path, text)), nil
}

// TestTokenizeStdlib tokenizes every .py file of the standard library of
// the python3 on PATH and compares the streams with the tokenize module.
func TestTokenizeStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	py := havePython(t)
	out, err := exec.Command(py, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Skip("no stdlib path")
	}
	root := strings.TrimSpace(string(out))
	// The reference is cached under a key made of the python3 version and
	// the path, size and modification time of every file.
	var key strings.Builder
	ver, _ := exec.Command(py, "-c", "import sys; print(sys.version)").Output()
	key.Write(ver)
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".py") {
			info, err := d.Info()
			if err != nil {
				return err
			}
			fmt.Fprintf(&key, "%s %d %d\n", p, info.Size(), info.ModTime().UnixNano())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	files := runRef(t, py, key.String(), "-", root)
	t.Logf("reference: %d files in %v", len(files), time.Since(t0))
	if len(files) < 1000 {
		t.Fatalf("only %d files found under %s", len(files), root)
	}
	var tokTime time.Duration
	var size int
	matched, rejected := 0, 0
	errFiles := map[string]*Error{}
	for _, f := range files {
		raw, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		size += len(raw)
		t1 := time.Now()
		toks, derr := tokenizeBytes(f.path, raw)
		tokTime += time.Since(t1)
		if f.err != "" {
			// The tokenize module rejects the file (a bad encoding); so
			// must we.
			if derr == nil {
				t.Errorf("%s: tokenize module fails (%s), we decode it", f.path, f.err)
			} else {
				rejected++
			}
			continue
		}
		if derr != nil {
			t.Errorf("%s: %v", f.path, derr)
			continue
		}
		d, errTok := compareTokens(toks, f.toks)
		if d != "" {
			t.Errorf("%s: %s", f.path, d)
			continue
		}
		if errTok != nil {
			errFiles[f.path] = errTok.Err
			continue
		}
		matched++
	}
	// Files where we stop at a tokenizer error: CPython must report the
	// same error (tokens before it matched already).
	var paths []string
	for p := range errFiles {
		paths = append(paths, p)
	}
	pyErr := pyErrors(t, py, paths)
	for p, e := range errFiles {
		if got, want := errorLine(e), pyErr[p]; got != want {
			t.Errorf("%s: error\n got %s\nwant %s", p, got, want)
			continue
		}
		rejected++
	}
	t.Logf("%d of %d files match the tokenize module, %d rejected with CPython's error; %.1f MB tokenized in %v",
		matched, len(files), rejected, float64(size)/1e6, tokTime)
}

// errCase is a source and the error CPython 3.11 reports for it. mode
// "run" marks errors checked by running the source as a file (python3
// file.py); otherwise by compile(source_bytes, "<test>", "exec").
type errCase struct {
	src                                  string
	typ, msg                             string
	lineno, offset, endLineno, endOffset int
	text                                 string
	mode                                 string
}

var deepIndent = func() string {
	var sb strings.Builder
	for i := 0; i < 100; i++ {
		sb.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	return sb.String() + strings.Repeat(" ", 100) + "pass\n"
}()

// scannerErrors: every source ends in the given tokenizer error, and the
// tokens before the error are a valid prefix, so that CPython's parser
// reaches the error token. Values from python3 (3.11.7).
var scannerErrors = []errCase{
	{"if x:\n  y\n z\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3, 3, -1, " z\n", ""},
	{"if x:\n        a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\tb\n", ""},
	{"if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "        b\n", ""},
	{"if x:\n    \ta\n\t    b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\t    b\n", ""},
	{"if 1:\n    x\n  \ty\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "  \ty\n", ""},
	{"if x:\n  y\n\tz\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\tz\n", ""},
	{"if x:\n  a\n\x0c b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1, "\x0c b\n", ""},
	{"if x:\n  if y:\n    z\n w\n", "IndentationError", "unindent does not match any outer indentation level", 4, 3, 4, -1, " w\n", ""},
	{deepIndent, "IndentationError", "too many levels of indentation", 101, 1, 101, 0, "                                                                                                    pass\n", ""},
	{"x = 1 + \\\n   2 \\ 3\n", "SyntaxError", "unexpected character after line continuation character", 2, 17, 2, 0, "x = 1 + \\\n   2 \\ 3\n", ""},
	{"x = 1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0, "x = 1 \\ 2\n", ""},
	{"x = 1 \\", "SyntaxError", "unexpected EOF while parsing", 1, 8, 1, -1, "x = 1 \\\n", ""},
	{"x = \\", "SyntaxError", "unexpected EOF while parsing", 1, 6, 1, -1, "x = \\\n", ""},
	{"x = \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 6, 1, -1, "x = \\\n", ""},
	{"x = (\\\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0, "x = (\\\n", ""},
	{"if x:\n    y = 1 + \\", "SyntaxError", "unexpected EOF while parsing", 2, 14, 2, -1, "    y = 1 + \\\n", ""},
	{"x = [1,\n \\ 2]\n", "SyntaxError", "unexpected character after line continuation character", 2, 3, 2, 0, " \\ 2]\n", ""},
	{"é = 1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 1, 9, 1, 0, "é = 1 \\ 2\n", ""},
	{")", "SyntaxError", "unmatched ')'", 1, 1, 1, 1, ")", ""},
	{"x = )", "SyntaxError", "unmatched ')'", 1, 5, 1, 5, "x = )", ""},
	{"(]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, 1, 2, "(]", ""},
	{"(\n]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1, "]", ""},
	{"x = {1: [2)}", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 11, 1, 11, "x = {1: [2)}", ""},
	{strings.Repeat("(", 201), "SyntaxError", "too many nested parentheses", 1, 201, 1, 201, "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((", ""},
	{strings.Repeat("(", 200), "SyntaxError", "'(' was never closed", 1, 200, 1, 0, "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((\n", ""},
	{"(1,", "SyntaxError", "'(' was never closed", 1, 1, 1, 0, "(1,\n", ""},
	{"(1,\n", "SyntaxError", "'(' was never closed", 1, 1, 1, 0, "(1,\n", ""},
	{"x = [\n  1,\n  2\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0, "x = [", ""},
	{"foo(\n  a,\n  b\n", "SyntaxError", "'(' was never closed", 1, 4, 1, 0, "foo(", ""},
	{"é = (", "SyntaxError", "'(' was never closed", 1, 6, 1, 0, "é = (\n", ""},
	{"x = (1,\n     [2,\n", "SyntaxError", "'[' was never closed", 2, 6, 2, 0, "     [2,\n", ""},
	{"x = 1]", "SyntaxError", "unmatched ']'", 1, 6, 1, 6, "x = 1]", ""},
	{"s = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "s = \"abc", ""},
	{"s = \"\"\"abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5, "s = \"\"\"abc", ""},
	{"s = r\"\"\"abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5, "s = r\"\"\"abc", ""},
	{"x = \"abc\\\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = \"abc\\", ""},
	{"\"\"\"\\\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1, "\"\"\"\\", ""},
	{"\"ab\\\ncd\" + \"x", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 7, 2, 7, "cd\" + \"x", ""},
	{"x = 'é", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = 'é", ""},
	{"x = f'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = f'abc", ""},
	{"x = rb'x", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = rb'x", ""},
	{"x = '''\n\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 1, 5, "x = '''", ""},
	{"x = br\"\"\"a\nb", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5, "x = br\"\"\"a", ""},
	{"x = u'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = u'abc", ""},
	{"é = 'ü", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "é = 'ü", ""},
	{"x = ('a' +\n 'b)\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 2, 2, 2, " 'b)", ""},
	{"1_", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2, "1_", ""},
	{"0_7", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 3, "0_7", ""},
	{"07", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2, "07", ""},
	{"0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 1, 3, "0o8", ""},
	{"0o", "SyntaxError", "invalid octal literal", 1, 2, 1, 2, "0o", ""},
	{"0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 3, 1, 3, "0b2", ""},
	{"0b", "SyntaxError", "invalid binary literal", 1, 2, 1, 2, "0b", ""},
	{"0x", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2, "0x", ""},
	{"1e", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1, "1e", ""},
	{"1e+", "SyntaxError", "invalid decimal literal", 1, 3, 1, 3, "1e+", ""},
	{"1jx", "SyntaxError", "invalid imaginary literal", 1, 2, 1, 2, "1jx", ""},
	{"1__0", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2, "1__0", ""},
	{"0x_", "SyntaxError", "invalid hexadecimal literal", 1, 3, 1, 3, "0x_", ""},
	{"1.__class__", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2, "1.__class__", ""},
	{"x = 1.e", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6, "x = 1.e", ""},
	{"1e5e", "SyntaxError", "invalid decimal literal", 1, 3, 1, 3, "1e5e", ""},
	{"1.5jx", "SyntaxError", "invalid imaginary literal", 1, 4, 1, 4, "1.5jx", ""},
	{"1._5", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2, "1._5", ""},
	{"1e_5", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1, "1e_5", ""},
	{"1.0__1", "SyntaxError", "invalid decimal literal", 1, 4, 1, 4, "1.0__1", ""},
	{"0b1_", "SyntaxError", "invalid binary literal", 1, 4, 1, 4, "0b1_", ""},
	{"0o1_", "SyntaxError", "invalid octal literal", 1, 4, 1, 4, "0o1_", ""},
	{"0x1_", "SyntaxError", "invalid hexadecimal literal", 1, 4, 1, 4, "0x1_", ""},
	{"0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 4, 1, 4, "0b12", ""},
	{"0o19", "SyntaxError", "invalid digit '9' in octal literal", 1, 4, 1, 4, "0o19", ""},
	{"0o1_9", "SyntaxError", "invalid digit '9' in octal literal", 1, 5, 1, 5, "0o1_9", ""},
	{"0b1_2", "SyntaxError", "invalid digit '2' in binary literal", 1, 5, 1, 5, "0b1_2", ""},
	{"1ex", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1, "1ex", ""},
	{"1e+5x", "SyntaxError", "invalid decimal literal", 1, 4, 1, 4, "1e+5x", ""},
	{"0x1fi", "SyntaxError", "invalid hexadecimal literal", 1, 4, 1, 4, "0x1fi", ""},
	{"x = 00_1", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 8, "x = 00_1", ""},
	{"x = 08", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6, "x = 08", ""},
	{"x = 0o", "SyntaxError", "invalid octal literal", 1, 6, 1, 6, "x = 0o", ""},
	{"x = .5_", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7, "x = .5_", ""},
	{"é = 08", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 6, 1, 7, "é = 08", ""},
	{"é = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6, "é = 0x", ""},
	{"x = 0abc", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5, "x = 0abc", ""},
	{"x = 0_", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6, "x = 0_", ""},
	{"x = 0e", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5, "x = 0e", ""},
	{"x = 0e+", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7, "x = 0e+", ""},
	{"x = 09j_", "SyntaxError", "invalid imaginary literal", 1, 7, 1, 7, "x = 09j_", ""},
	{"x = 1andx", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5, "x = 1andx", ""},
	{"x = 1orx", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5, "x = 1orx", ""},
	{"x = 0b1x", "SyntaxError", "invalid binary literal", 1, 7, 1, 7, "x = 0b1x", ""},
	{"x = 0o7x", "SyntaxError", "invalid octal literal", 1, 7, 1, 7, "x = 0o7x", ""},
	{"x = 1notx", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5, "x = 1notx", ""},
	{"x = 1.5e-3z", "SyntaxError", "invalid decimal literal", 1, 10, 1, 10, "x = 1.5e-3z", ""},
	{"x = 123abc", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7, "x = 123abc", ""},
	{"x = 0xg", "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6, "x = 0xg", ""},
	{"x = 0b1__0", "SyntaxError", "invalid binary literal", 1, 8, 1, 8, "x = 0b1__0", ""},
	{"x = 1_000_000_", "SyntaxError", "invalid decimal literal", 1, 14, 1, 14, "x = 1_000_000_", ""},
	{"x = 0xfg", "SyntaxError", "invalid hexadecimal literal", 1, 7, 1, 7, "x = 0xfg", ""},
	{"€", "SyntaxError", "invalid character '€' (U+20AC)", 1, 1, 1, 1, "€", ""},
	{"a€b", "SyntaxError", "invalid character '€' (U+20AC)", 1, 2, 1, 2, "a€b", ""},
	{"x\u00a0y", "SyntaxError", "invalid non-printable character U+00A0", 1, 2, 1, 2, "x\u00a0y", ""},
	{"\x01", "SyntaxError", "invalid non-printable character U+0001", 1, 1, 1, 1, "\x01", ""},
	{"x = 1 + \x7f", "SyntaxError", "invalid non-printable character U+007F", 1, 9, 1, 9, "x = 1 + \x7f", ""},
	{"x = a\u200bb", "SyntaxError", "invalid non-printable character U+200B", 1, 6, 1, 6, "x = a\u200bb", ""},
	{"x = \U00011f00", "SyntaxError", "invalid non-printable character U+11F00", 1, 5, 1, 5, "x = \U00011f00", ""},
	{"x = a\U00011f00", "SyntaxError", "invalid non-printable character U+11F00", 1, 6, 1, 6, "x = a\U00011f00", ""},
	{"x = 1€", "SyntaxError", "invalid character '€' (U+20AC)", 1, 6, 1, 6, "x = 1€", ""},
	{"x = ¼", "SyntaxError", "invalid character '¼' (U+00BC)", 1, 5, 1, 5, "x = ¼", ""},
	{"é€ = 1", "SyntaxError", "invalid character '€' (U+20AC)", 1, 2, 1, 2, "é€ = 1", ""},
	{"x = \u2028", "SyntaxError", "invalid non-printable character U+2028", 1, 5, 1, 5, "x = \u2028", ""},
	{"x = ⁄", "SyntaxError", "invalid character '⁄' (U+2044)", 1, 5, 1, 5, "x = ⁄", ""},
	{"x = ̀a", "SyntaxError", "invalid character '̀' (U+0300)", 1, 5, 1, 5, "x = ̀a", ""},
	{"·x = 1", "SyntaxError", "invalid character '·' (U+00B7)", 1, 1, 1, 1, "·x = 1", ""},
	{"x·y = 1 +\x0b", "SyntaxError", "invalid non-printable character U+000B", 1, 10, 1, 10, "x·y = 1 +\x0b", ""},
	{"x = 1\n\x0c\x0b\n", "SyntaxError", "invalid non-printable character U+000B", 2, 2, 2, 2, "\x0c\x0b", ""},
	{"if x:\n  y = (1 +\n", "SyntaxError", "'(' was never closed", 2, 7, 2, 0, "  y = (1 +\n", ""},
	{"x = \"\"\"\r\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5, "x = \"\"\"", ""},
	{"x = \"\"\"\r", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5, "x = \"\"\"", ""},
	{"x = (\r\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0, "x = (", ""},
	// With a declared encoding the parser's offsets count characters.
	{"# coding: utf-8\né = 1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 2, 8, 2, 0, "é = 1 \\ 2\n", ""},
	{"\ufeffé = 1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0, "é = 1 \\ 2\n", ""},
	{"# coding: utf-8\né = (", "SyntaxError", "'(' was never closed", 2, 5, 2, 0, "é = (\n", ""},
	{"\ufeffé = (", "SyntaxError", "'(' was never closed", 1, 5, 1, 0, "é = (\n", ""},
	{"if x:\n  y\n zé\n", "IndentationError", "unindent does not match any outer indentation level", 3, 5, 3, -1, " zé\n", ""},
	{"# coding: utf-8\nif x:\n  y\n zé\n", "IndentationError", "unindent does not match any outer indentation level", 4, 4, 4, -1, " zé\n", ""},
	{"x = 'é' + \\", "SyntaxError", "unexpected EOF while parsing", 1, 13, 1, -1, "x = 'é' + \\\n", ""},
	{"# coding: utf-8\nx = 'é' + \\", "SyntaxError", "unexpected EOF while parsing", 2, 12, 2, -1, "x = 'é' + \\\n", ""},
	{"x = 'é' + \\\n  1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 2, 19, 2, 0, "x = 'é' + \\\n  1 \\ 2\n", ""},
	{"# coding: utf-8\nx = 'é' + \\\n  1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 3, 18, 3, 0, "x = 'é' + \\\n  1 \\ 2\n", ""},
	{"# coding: utf-8\nx = 'é' + \\\n  1 \\ é\n", "SyntaxError", "unexpected character after line continuation character", 3, 18, 3, 0, "x = 'é' + \\\n  1 \\ é\n", ""},
	{"x = 'é' + \\\n  1 \\ é\n", "SyntaxError", "unexpected character after line continuation character", 2, 19, 2, 0, "x = 'é' + \\\n  1 \\ é\n", ""},
	{"# coding: utf-8\né = 08", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 2, 6, 2, 7, "é = 08", ""},
	{"# coding: utf-8\né = 0x", "SyntaxError", "invalid hexadecimal literal", 2, 6, 2, 6, "é = 0x", ""},
	{"# coding: latin-1\né = 0x", "SyntaxError", "invalid character '©' (U+00A9)", 2, 2, 2, 2, "Ã© = 0x", ""},
	{"#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nif x:\n    é = 1\n  y\n", "IndentationError", "unindent does not match any outer indentation level", 5, 4, 5, -1, "  y\n", ""},
	{"if x:\n    é = (\n", "SyntaxError", "'(' was never closed", 2, 10, 2, 0, "    é = (\n", ""},
	{"# coding: utf-8\nif x:\n    é = (\n", "SyntaxError", "'(' was never closed", 3, 9, 3, 0, "    é = (\n", ""},
	{"x = 1\ny = 2\nz = \"a\x00b\"\n", "SyntaxError", "source code cannot contain null bytes", 3, 0, 3, 0, "z = \"a", "run"},
	{"x = = 1\ny = 2\nz = \"a\x00b\"\n", "SyntaxError", "source code cannot contain null bytes", 3, 0, 3, 0, "z = \"a", "run"},
	{"x = \"\"\"\n\n a\x00b\"\"\"\n", "SyntaxError", "source code cannot contain null bytes", 3, 0, 3, 0, " a", "run"},
	{"x = 1\x00", "SyntaxError", "source code cannot contain null bytes", 1, 0, 1, 0, "x = 1", "run"},
	{"\x00", "SyntaxError", "source code cannot contain null bytes", 1, 0, 1, 0, "", "run"},
	{"x = (\n\x00", "SyntaxError", "source code cannot contain null bytes", 2, 0, 2, 0, "", "run"},
	{"x = 1 +\\\n\x00 2", "SyntaxError", "source code cannot contain null bytes", 2, 0, 2, 0, "", "run"},
}

func TestScannerErrors(t *testing.T) {
	for _, c := range scannerErrors {
		src, derr := decodeFile("<test>", []byte(c.src))
		if derr != nil {
			t.Errorf("%q: %v", c.src, derr)
			continue
		}
		toks := tokenize(src)
		last := toks[len(toks)-1]
		if last.Kind != ERRORTOKEN {
			t.Errorf("%q: no error, last token %v", c.src, last.Kind)
			continue
		}
		e := last.Err
		got := errCase{c.src, e.Type, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset, e.Text, c.mode}
		if got != c {
			t.Errorf("%q:\n got %s %q %d %d %d %d %q\nwant %s %q %d %d %d %d %q", c.src,
				got.typ, got.msg, got.lineno, got.offset, got.endLineno, got.endOffset, got.text,
				c.typ, c.msg, c.lineno, c.offset, c.endLineno, c.endOffset, c.text)
		}
		if e.Filename != "<test>" {
			t.Errorf("%q: filename %q", c.src, e.Filename)
		}
	}
}

// pyCompileErrScript reads a JSON list of [source, mode] and prints a JSON
// list of [type, msg, lineno, offset, end_lineno, end_offset, text] (None
// as 0 or "") or null when the source compiles. Mode "run" runs the source
// as a file and reports the SyntaxError the interpreter prints.
const pyCompileErrScript = `
import json, sys, os, subprocess, tempfile, warnings
warnings.simplefilter("ignore")
cases = json.load(sys.stdin)
tmp = tempfile.mkdtemp()
with open(os.path.join(tmp, "sitecustomize.py"), "w") as f:
    f.write("""
import sys, json
def hook(t, e, tb):
    print(json.dumps([t.__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]))
sys.excepthook = hook
""")
out = []
for src, mode in cases:
    b = src.encode("utf-8", "surrogateescape")
    if mode == "run":
        path = os.path.join(tmp, "t.py")
        with open(path, "wb") as f:
            f.write(b)
        r = subprocess.run([sys.executable, path], env=dict(os.environ, PYTHONPATH=tmp), capture_output=True)
        v = json.loads(r.stdout.decode().strip().splitlines()[-1]) if r.stdout.strip() else None
    else:
        try:
            compile(b, "<test>", "exec")
            v = None
        except SyntaxError as e:
            v = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
    if v is not None:
        v = [x if x is not None else (0 if i in (2, 3, 4, 5) else "") for i, x in enumerate(v)]
    out.append(v)
print(json.dumps(out))
`

// pyCompileErrors runs pyCompileErrScript.
func pyCompileErrors(t *testing.T, py string, srcs, modes []string) [][]any {
	t.Helper()
	var in [][2]string
	for i := range srcs {
		in = append(in, [2]string{srcs[i], modes[i]})
	}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", pyCompileErrScript)
	cmd.Stdin = bytes.NewReader(data)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, stderr.String())
	}
	var res [][]any
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	return res
}

// TestScannerErrorTableMatchesPython checks the expected values of the
// error table against python3.
func TestScannerErrorTableMatchesPython(t *testing.T) {
	py := havePython(t)
	var srcs, modes []string
	for _, c := range scannerErrors {
		srcs = append(srcs, c.src)
		modes = append(modes, c.mode)
	}
	res := pyCompileErrors(t, py, srcs, modes)
	for i, c := range scannerErrors {
		want := fmt.Sprint([]any{c.typ, c.msg, float64(c.lineno), float64(c.offset), float64(c.endLineno), float64(c.endOffset), c.text})
		if got := fmt.Sprint(res[i]); got != want {
			t.Errorf("%q: python3 says %s, table says %s", c.src, got, want)
		}
	}
}

// cursorCases: sources on which CPython's parser fails at an INDENT,
// DEDENT or ENDMARKER token (index tok of our stream); it reports line
// lineno and offset, which for these tokens is the cursor column (in bytes,
// as no encoding is declared). Values from python3.
var cursorCases = []struct {
	src            string
	tok            int
	msg            string
	lineno, offset int
}{
	{"x\n  y\n", 2, "unexpected indent", 2, 2},
	{"x = 1\n\tif x:\n", 4, "unexpected indent", 2, 1},
	{"  \\\nx\n", 0, "unexpected indent", 2, 0},
	{"\f  x\n", 0, "unexpected indent", 1, 3},
	{"x = 1\n    \n  # c\n   y\n", 4, "unexpected indent", 4, 3},
	{"if x:", 4, "expected an indented block after 'if' statement on line 1", 1, 6},
	{"if x:\n", 4, "expected an indented block after 'if' statement on line 1", 1, 6},
	{"if x:\n\n# c\n", 4, "expected an indented block after 'if' statement on line 1", 3, 4},
	{"if x:\n\n# c", 4, "expected an indented block after 'if' statement on line 1", 3, 4},
	{"def f():\n  if x:\n\n", 11, "expected an indented block after 'if' statement on line 2", 3, 1},
	{"class A:\n  é = 1\n  if y:", 13, "expected an indented block after 'if' statement on line 3", 3, 8},
	// A final "\r\n" adds an empty line.
	{"if x:\r\n", 4, "expected an indented block after 'if' statement on line 1", 2, 1},
	{"if x:\r\n\r\n", 4, "expected an indented block after 'if' statement on line 1", 3, 1},
}

func TestCursorTokens(t *testing.T) {
	for _, c := range cursorCases {
		src, err := decodeFile("<test>", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		toks := tokenize(src)
		if c.tok >= len(toks) {
			t.Errorf("%q: only %d tokens", c.src, len(toks))
			continue
		}
		tk := toks[c.tok]
		if k := tk.Kind; k != INDENT && k != DEDENT && k != ENDMARKER {
			t.Errorf("%q: token %d is %v", c.src, c.tok, k)
			continue
		}
		if tk.Line != c.lineno || tk.Col != c.offset || tk.EndLine != tk.Line || tk.EndCol != tk.Col {
			t.Errorf("%q: %v at %d:%d-%d:%d, want %d:%d", c.src, tk.Kind, tk.Line, tk.Col, tk.EndLine, tk.EndCol, c.lineno, c.offset)
		}
	}
}

func TestCursorTableMatchesPython(t *testing.T) {
	py := havePython(t)
	var srcs, modes []string
	for _, c := range cursorCases {
		srcs = append(srcs, c.src)
		modes = append(modes, "")
	}
	res := pyCompileErrors(t, py, srcs, modes)
	for i, c := range cursorCases {
		r := res[i]
		if r == nil || r[1] != c.msg || r[2] != float64(c.lineno) || r[3] != float64(c.offset) {
			t.Errorf("%q: python3 says %v", c.src, r)
		}
	}
}

// tokenStreams are compared with the tokenize module (mapped as described
// at the top of this file).
var tokenStreams = []string{
	"x = 1  # c\ny = 2\n",
	"x = 1",
	"x = 1  # c",
	"if x:\n    y\n\n  # c\nz\n",
	"if a:\n\tif b:\n\t\tc\nd\n",
	"x = (1,\n     2)  # c\n",
	"x = 1 + \\\n    2\n",
	"x = [\n\n  1,\n  # c\n]\n",
	"s = b'a' rb'b' BR'c' Rb'd' f'e' rf'f' FR'g' u'h' U'i' r'j' '''k\nl''' \"\"\"m\"\"\" '' \"\"\n",
	"s = f'{x!r:>{w}}' F\"\"\"\n{y}\n\"\"\" rb'\\x00' 'a\\\nb' \"\\\"\" '\\''\n",
	"a = [0, 00, 0_0, 1_000, 0x_1F, 0XaB, 0o17, 0O1_7, 0b1_0, 0B1, 1., .5, 1.5e-3, 1E+5, 1e5, 1j, 1.5J, 0e0, 00.5, 1_0.0_1e1_0j, 0j, 09.5, 0_9e1]\n",
	"a->b; a:=b; a@=b; a**=b; a//=b; a>>=b; a<<=b; a!=b; a...; ~a ^ b | c & d; a%=b; a&=b; a|=b; a^=b; a+=b; a-=b; a*=b; a/=b; a<=b>=c==d<e>f; a@b; a.b; {a: b}\n",
	"é = 1\nµ = 2\n𝔘𝔫𝔦 = 3\nx󠄀 = 4\n_ᐁ = 5\n",
	"x = 1\r\nif x:\r\n  y\r\n",
	"x = 1\ry = 2\r\rz = 3",
	"x = 1\n\f\ny = 2\n\fz = 3\nif x:\n \f y\n",
	"1if x else y\n0x1for x in y\n1or 2\n1.5and x\n1jif x else y\n",
	"async def f():\n    await x\n    async with a: pass\n",
	"match x:\n    case _:\n        pass\n",
	"",
	"\n\n",
	"# only comment",
	"   ",
	"  \n\t\n",
	"x = 'a\\\nb'\n",
	"class A:\n  def f():\n    if x:\n      pass\n",
	"class A:\n  def f():\n    if x:\n      pass\n  # c\n\n",
	"if x:\n  pass\n# c\n  \n",
	"if x:\n\tpass\n",
	"x = 1;\n;\n",
	"def f(a, /, b, *, c=1, **k) -> int: ...\n",
	"x = \\\n  \\\n  1\n",
	"if x:\n  y = (\n1)\n  z\n",
	"lambda: (yield)\nprint(*a, **b)\n",
	"x = '''\\\n'''\n",
	"x = 1 \\\n\n",
}

func TestTokenStreams(t *testing.T) {
	py := havePython(t)
	dir := t.TempDir()
	var paths []string
	for i, src := range tokenStreams {
		p := fmt.Sprintf("%s/t%03d.py", dir, i)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	files := runRef(t, py, "", paths...)
	for i, f := range files {
		if f.err != "" {
			t.Errorf("%q: tokenize module: %s", tokenStreams[i], f.err)
			continue
		}
		toks, derr := tokenizeBytes(f.path, []byte(tokenStreams[i]))
		if derr != nil {
			t.Errorf("%q: %v", tokenStreams[i], derr)
			continue
		}
		if d, e := compareTokens(toks, f.toks); d != "" || e != nil {
			t.Errorf("%q: %s %v", tokenStreams[i], d, e)
		}
	}
}

// TestTokenDetails checks properties of the stream that the tokenize
// module does not show.
func TestTokenDetails(t *testing.T) {
	kinds := func(src string) []string {
		var out []string
		for _, tk := range tokenize(newSource("<test>", src)) {
			out = append(out, fmt.Sprintf("%v:%q", tk.Kind, tk.Text))
		}
		return out
	}
	for _, c := range []struct{ src, want string }{
		// <> is NOTEQUAL spelled "<>": the parser accepts it only with
		// barry_as_FLUFL (CPython checks the token's text).
		{"a <> b", `NAME:"a" !=:"<>" NAME:"b" NEWLINE:"" ENDMARKER:""`},
		// A lone '!' and other stray ASCII characters are OP tokens in
		// 3.11: no rule accepts them, so the parser says "invalid syntax".
		{"a ! b", `NAME:"a" !:"!" NAME:"b" NEWLINE:"" ENDMARKER:""`},
		{"$?`", `OP:"$" OP:"?" OP:"` + "`" + `" NEWLINE:"" ENDMARKER:""`},
		{"async await True None match _\n", `async:"async" await:"await" True:"True" None:"None" NAME:"match" NAME:"_" NEWLINE:"\n" ENDMARKER:""`},
		{"if x:\n\t  y\n", `if:"if" NAME:"x" ::":" NEWLINE:"\n" INDENT:"\t  " NAME:"y" NEWLINE:"\n" DEDENT:"" ENDMARKER:""`},
		{"ｉｆ = 1\n", `NAME:"ｉｆ" =:"=" NUMBER:"1" NEWLINE:"\n" ENDMARKER:""`},
	} {
		if got := strings.Join(kinds(c.src), " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestNormalizeName(t *testing.T) {
	py := havePython(t)
	names := []string{"abc", "é", "µ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ｉｆ", "ﬁ", "x󠄀", "ℌ", "Å", "ª", "ǅ"}
	data, _ := json.Marshal(names)
	cmd := exec.Command(py, "-c", "import json,sys,unicodedata; print(json.dumps([unicodedata.normalize('NFKC', n) for n in json.load(sys.stdin)]))")
	cmd.Stdin = bytes.NewReader(data)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, n := range names {
		if got := normalizeName(n); got != want[i] {
			t.Errorf("normalizeName(%q) = %q, want %q", n, got, want[i])
		}
	}
}

// TestIdentifierTables compares isXIDStart, isXIDContinue and
// printableRune with Python 3.11 over every code point.
func TestIdentifierTables(t *testing.T) {
	py := havePython(t)
	script := `
import sys
n = 0x110000
s = bytearray(n)
for i in range(n):
    c = chr(i)
    v = 0
    if c.isidentifier(): v |= 1
    if ('a' + c).isidentifier(): v |= 2
    if c.isprintable(): v |= 4
    s[i] = v + 48
sys.stdout.write(s.decode())
`
	out, err := exec.Command(py, "-c", script).Output()
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 0x110000 {
		t.Fatalf("got %d bytes", len(out))
	}
	bad := 0
	for i := 0; i < 0x110000; i++ {
		v := out[i] - 48
		r := rune(i)
		start := r == '_' || isXIDStart(r)
		if (v&1 != 0) != start || (v&2 != 0) != isXIDContinue(r) || (v&4 != 0) != printableRune(r) {
			if bad++; bad <= 10 {
				t.Errorf("U+%04X: python %03b, ours start=%v continue=%v printable=%v", i, v, start, isXIDContinue(r), printableRune(r))
			}
		}
	}
	if bad > 10 {
		t.Errorf("%d code points differ", bad)
	}
}

func BenchmarkTokenize(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 2000; i++ {
		sb.WriteString("def f(a, b=1, *c, **d) -> int:\n    '''doc'''\n    x = [a + b * 2.5e-3, 0x1F, 'str', f'{a}']  # comment\n    return x\n\n")
	}
	src := newSource("<bench>", sb.String())
	b.SetBytes(int64(len(src.text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tokenize(src)
	}
}

// tokenizerMessages are the starts of every message our tokenizer (and
// CPython's) produces; a CPython error with any other message comes from
// its parser.
var tokenizerMessages = []string{
	"unindent does not match", "inconsistent use of tabs", "too many levels of indentation",
	"unexpected character after line continuation", "unexpected EOF while parsing",
	"was never closed", "unmatched '", "closing parenthesis", "too many nested parentheses",
	"unterminated string literal", "unterminated triple-quoted string literal",
	"invalid decimal literal", "invalid hexadecimal literal", "invalid octal literal",
	"invalid binary literal", "invalid imaginary literal", "invalid digit", "leading zeros",
	"invalid character", "invalid non-printable character", "(unicode error)",
}

func isTokenizerMessage(msg string) bool {
	for _, m := range tokenizerMessages {
		if strings.Contains(msg, m) {
			return true
		}
	}
	return false
}

// TestDifferentialRandom compiles random sources built from fragments that
// stress the tokenizer with python3 and checks our tokenizer against the
// outcome. When our stream ends in an error the tokenizer raises itself,
// CPython must report exactly that error (its parser either reaches it or
// finds it when it scans the rest of the input after a parser error),
// unless its parser stops at an unexpected indent or unindent. When
// our stream ends in ENDMARKER, CPython must not report a tokenizer error.
// The parser-raised tokenizer states (indentation, continuation, end of
// input) are checked when CPython reports them.
func TestDifferentialRandom(t *testing.T) {
	py := havePython(t)
	frags := []string{
		"x", "y1", " ", "  ", "\t", "\n", "\n", "\n  ", "\n\t", "\n    ", "(", ")", "[", "]", "{", "}",
		"'", "\"", "'''", "\"\"\"", "\\", "\\\n", "#c", "# é\n", "1", "0", "00", "7", "_", "e", "j", "E5", ".",
		"0x", "0o", "0b", "é", "€", "\f", "if x:\n", "else", "and", "or", "for", "in", "is", "not", "=", "+", "-",
		"rb", "f", "u", "Br", "\u00a0", "\x01", "!", "$", "<>", "->", ":=", "...", "@", "\u200b", "ℌ", "·", ":",
		",", "\r\n", "\r", "\n\t ", "\n \t", "\n        ", "\n\f ", "1_0", "0_", "1.5", "1e-", "0o7", "0b1",
		"9", "x = ", "def f():\n", "  pass\n", "(\n", ")\n", "'a\\\n", "\\ ", "\"\\\"", "r'\\'", "b'é'",
		"\x0b", "\u2028", "x\U000E0100", "ｉｆ", "\t\t", "x = 1\n", "while 1:\n", "  x\n", " y\n", "\ty\n",
	}
	rng := uint64(12345)
	count := 4000
	if v := os.Getenv("HOTLOOP_DIFF_SEED"); v != "" {
		// For longer explorations: HOTLOOP_DIFF_SEED=n HOTLOOP_DIFF_COUNT=m.
		seed, _ := strconv.ParseUint(v, 10, 64)
		rng = seed | 1
		count, _ = strconv.Atoi(os.Getenv("HOTLOOP_DIFF_COUNT"))
	}
	next := func(n int) int {
		rng ^= rng << 13
		rng ^= rng >> 7
		rng ^= rng << 17
		return int(rng % uint64(n))
	}
	var srcs, modes []string
	for i := 0; i < count; i++ {
		var sb strings.Builder
		for k := 2 + next(14); k > 0; k-- {
			sb.WriteString(frags[next(len(frags))])
		}
		srcs = append(srcs, sb.String())
		modes = append(modes, "")
	}
	res := pyCompileErrors(t, py, srcs, modes)
	bad := 0
	var nRaised, nDeferred, nOK int
	defer func() {
		t.Logf("%d sources: %d tokenizer errors, %d parser-raised, %d tokenize", count, nRaised, nDeferred, nOK)
	}()
	for i, src := range srcs {
		s, derr := decodeFile("<test>", []byte(src))
		if derr != nil {
			t.Fatalf("%q: %v", src, derr)
		}
		toks := tokenize(s)
		last := toks[len(toks)-1]
		r := res[i]
		var py string
		if r != nil {
			py = fmt.Sprint(r[:6])
		}
		fail := false
		if last.Kind == ERRORTOKEN {
			e := last.Err
			ours := fmt.Sprint([]any{e.Type, e.Msg, float64(e.Lineno), float64(e.Offset), float64(e.EndLineno), float64(e.EndOffset)})
			if errorRaisedByTokenizer(e) {
				nRaised++
				// CPython's parser reports an unexpected INDENT or DEDENT
				// without looking further.
				fail = py != ours && !(r != nil && (r[1] == "unexpected indent" || r[1] == "unexpected unindent"))
			} else {
				nDeferred++
				fail = r != nil && isTokenizerMessage(r[1].(string)) && py != ours
				if fail {
					// The parser stopped before the error token, then
					// found it with a bracket open.
					if b := openBracketError(s, toks); b != nil && py == fmt.Sprint([]any{b.Type, b.Msg,
						float64(b.Lineno), float64(b.Offset), float64(b.EndLineno), float64(b.EndOffset)}) {
						fail = false
					}
				}
			}
			if fail {
				t.Errorf("%q:\n ours   %s\n python %s", src, ours, py)
			}
		} else if nOK++; r != nil && isTokenizerMessage(r[1].(string)) {
			fail = true
			t.Errorf("%q: python3 reports %s, we tokenize it", src, py)
		}
		if fail {
			if bad++; bad > 20 {
				t.Fatal("too many failures")
			}
		}
	}
}

// FuzzScannerStream checks that any input decodes or tokenizes without panicking
// and that the stream is well formed.
func FuzzScannerStream(f *testing.F) {
	for _, c := range scannerErrors {
		f.Add([]byte(c.src))
	}
	for _, s := range tokenStreams {
		f.Add([]byte(s))
	}
	for _, c := range decodeOK {
		f.Add([]byte(c.raw))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		src, err := decodeFile("<fuzz>", raw)
		if err != nil {
			return
		}
		toks := tokenize(src)
		for i, tk := range toks {
			last := i == len(toks)-1
			if (tk.Kind == ERRORTOKEN) != (tk.Err != nil) || (tk.Kind == ERRORTOKEN || tk.Kind == ENDMARKER) != last {
				t.Fatalf("token %d of %d: %v %v", i, len(toks), tk.Kind, tk.Err)
			}
			if tk.Line < 0 || tk.Col < 0 || tk.EndLine < tk.Line || tk.EndLine == tk.Line && tk.EndCol < tk.Col && tk.Kind != NEWLINE {
				t.Fatalf("token %d: bad position %+v", i, tk)
			}
		}
		openBracketError(src, toks)
	})
}
