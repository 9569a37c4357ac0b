package symtable

// This file compares package symtable with CPython 3.11 itself: one python3
// process (testdata/symdump.py) dumps what CPython's symtable module and
// compile() report for many snippets and for every file of the standard
// library, and the tests rebuild the same dump from our Table.
//
// Compared for each scope, in pre-order: type, name, lineno, is_optimized,
// is_nested, the parameter list (co_varnames order), the number of
// children, and every symbol with its raw flags and resolved scope (which
// determine is_parameter, is_global, ..., is_namespace, also compared as
// the symtable module computes them); for function scopes the tuples
// get_parameters/get_locals/get_globals/get_frees/get_nonlocals. Symbol
// order is compared too, except for the names the second pass adds only to
// pass a free variable through (CPython adds those in set order, which
// depends on string hashing). For sources that compile, the code objects'
// flags (generator, coroutine, varargs, nested, ...), co_cellvars and
// co_freevars are compared with what our scopes imply, for scopes that can
// be matched to a code object by name and first line.
//
// The ASTs come from our parser by default; with HOTLOOP_SYMTABLE_AST=cpython
// they are CPython's own (astjson_test.go), which separates parser bugs
// from symbol table bugs.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/hotloop/hotloop/vm/syntax"
)

const stdlibDir = "/root/.pyenv/versions/3.11.7/lib/python3.11"

// pyResult is one line of symdump.py's output.
type pyResult struct {
	Name   string    `json:"name"`
	Status string    `json:"status"`
	Error  []any     `json:"error"`
	Scopes []pyScope `json:"scopes"`
	Code   [][]any   `json:"code"`
	AST    any       `json:"ast"`
}

// pyScope is one scope as symdump.py prints it.
type pyScope struct {
	Type      string     `json:"type"`
	Name      string     `json:"name"`
	Lineno    int        `json:"lineno"`
	Optimized bool       `json:"optimized"`
	Nested    bool       `json:"nested"`
	Varnames  []string   `json:"varnames"`
	NChildren int        `json:"nchildren"`
	Symbols   [][]any    `json:"symbols"`
	Func      [][]string `json:"func"`
}

// pySource is one input of symdump.py.
type pySource struct {
	Name string `json:"name"`
	Path string `json:"path,omitempty"`
	Text string `json:"text,omitempty"`
	Mode string `json:"mode,omitempty"` // "exec" (default), "eval" or "single"
}

// python311 returns the python3 command if it is CPython 3.11, or skips.
func python311(t *testing.T) string {
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

// runDump runs symdump.py once over sources and calls f for each result, in
// order, as they arrive.
func runDump(t *testing.T, sources []pySource, wantAST bool, f func(pySource, *pyResult)) {
	t.Helper()
	py := python311(t)
	req, err := json.Marshal(map[string]any{"sources": sources, "ast": wantAST})
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, filepath.Join("testdata", "symdump.py"))
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	cmd.Stdin = strings.NewReader(string(req))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReaderSize(out, 1<<20)
	for i := 0; ; i++ {
		line, err := r.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			break
		}
		var res pyResult
		if err := json.Unmarshal(line, &res); err != nil {
			t.Fatalf("bad dump line: %v", err)
		}
		if i >= len(sources) || res.Name != sources[i].Name {
			t.Fatalf("dump out of step at %d: %q", i, res.Name)
		}
		f(sources[i], &res)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("symdump.py: %v", err)
	}
}

// useCPythonAST reports whether the trees should come from CPython.
func useCPythonAST() bool { return os.Getenv("HOTLOOP_SYMTABLE_AST") == "cpython" }

// tally counts outcomes of a comparison run.
type tally struct {
	sources, skipped, parseFail, match, mismatch int
	scopes, symbols                              int
	codeCompared, codeMismatch                   int
}

// compareSource builds our table for one source and compares it with
// CPython's result; it returns a description of the first difference, "" if
// none, and whether the source was skipped.
func compareSource(src pySource, res *pyResult, tl *tally) (diff string, skipped bool) {
	if res.Status == "parse" {
		return "", true
	}
	var raw []byte
	if src.Path != "" {
		b, err := os.ReadFile(src.Path)
		if err != nil {
			return err.Error(), false
		}
		raw = b
	} else {
		raw = []byte(src.Text)
	}
	text, derr := syntax.DecodeSource(src.Name, raw)
	if derr != nil {
		text = ""
	}
	var mod syntax.ModNode
	if useCPythonAST() {
		m, err := decodeAST(res.AST)
		if err != nil {
			return err.Error(), false
		}
		mod = m
	} else {
		mode := syntax.FileMode
		switch src.Mode {
		case "eval":
			mode = syntax.EvalMode
		case "single":
			mode = syntax.SingleMode
		}
		m, err := syntax.Parse(src.Name, raw, mode)
		if err != nil {
			tl.parseFail++
			return "", true
		}
		mod = m
	}
	table, err := Build(mod, src.Name, text)
	if res.Status == "error" {
		want := fmt.Sprintf("%v %v:%v-%v:%v", res.Error...)
		if err == nil {
			return "no error, want " + want, false
		}
		e := err.(*syntax.Error)
		got := fmt.Sprintf("%v %v:%v-%v:%v", e.Msg, e.Lineno, e.Offset, e.EndLineno, nilIfZero(e.EndOffset))
		if got != want {
			return "error " + got + ", want " + want, false
		}
		return "", false
	}
	if err != nil {
		return "unexpected error: " + err.Error(), false
	}
	got := dumpTable(table)
	want := res.Scopes
	tl.scopes += len(want)
	for _, s := range want {
		tl.symbols += len(s.Symbols)
	}
	for i := range want {
		canonSymbols(want[i].Symbols)
	}
	for i := 0; i < len(got) || i < len(want); i++ {
		if i >= len(got) || i >= len(want) {
			return fmt.Sprintf("%d scopes, want %d", len(got), len(want)), false
		}
		if d := diffScope(&got[i], &want[i]); d != "" {
			return fmt.Sprintf("scope %d (%s %s line %d): %s", i, want[i].Type, want[i].Name, want[i].Lineno, d), false
		}
	}
	if res.Code != nil {
		if d := compareCode(table, res.Code, tl); d != "" {
			return d, false
		}
	}
	return "", false
}

func nilIfZero(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// diffScope describes the first difference between two dumped scopes.
func diffScope(got, want *pyScope) string {
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) == string(w) {
		return ""
	}
	if got.Type != want.Type || got.Name != want.Name || got.Lineno != want.Lineno ||
		got.Optimized != want.Optimized || got.Nested != want.Nested || got.NChildren != want.NChildren {
		return fmt.Sprintf("header %s/%s/%d/%v/%v/%d, want %s/%s/%d/%v/%v/%d",
			got.Type, got.Name, got.Lineno, got.Optimized, got.Nested, got.NChildren,
			want.Type, want.Name, want.Lineno, want.Optimized, want.Nested, want.NChildren)
	}
	if !reflect.DeepEqual(got.Varnames, want.Varnames) && (len(got.Varnames) > 0 || len(want.Varnames) > 0) {
		return fmt.Sprintf("varnames %v, want %v", got.Varnames, want.Varnames)
	}
	gs, _ := json.Marshal(got.Symbols)
	ws, _ := json.Marshal(want.Symbols)
	if string(gs) != string(ws) {
		return fmt.Sprintf("symbols\n   got  %s\n   want %s", describeSymbols(got.Symbols), describeSymbols(want.Symbols))
	}
	return fmt.Sprintf("function tuples %v, want %v", got.Func, want.Func)
}

// describeSymbols prints symbols with decoded flags.
func describeSymbols(syms [][]any) string {
	var b strings.Builder
	for _, s := range syms {
		v := int(toFloat(s[1]))
		fmt.Fprintf(&b, "%s=%s|%s(%s) ", s[0], Flags(v&(1<<scopeShift-1)), Kind(v>>scopeShift), s[2])
	}
	return b.String()
}

func toFloat(v any) float64 {
	switch v := v.(type) {
	case float64:
		return v
	case int:
		return float64(v)
	}
	return 0
}

// scopeShift is CPython's SCOPE_OFFSET: raw symbol values are
// flags | scope<<SCOPE_OFFSET.
const scopeShift = 11

// canonSymbols orders symbols as compared: symbols with flags in their
// recorded order, then pass-through symbols (no flags) by name. Raw values
// are made float64 so that both sides marshal alike.
func canonSymbols(syms [][]any) {
	for _, s := range syms {
		s[1] = toFloat(s[1])
	}
	sort.SliceStable(syms, func(i, j int) bool {
		fi := int(syms[i][1].(float64))&(1<<scopeShift-1) == 0
		fj := int(syms[j][1].(float64))&(1<<scopeShift-1) == 0
		if fi != fj {
			return !fi
		}
		if fi {
			return syms[i][0].(string) < syms[j][0].(string)
		}
		return false
	})
}

// dumpTable renders a Table as symdump.py renders CPython's.
func dumpTable(t *Table) []pyScope {
	var out []pyScope
	var walk func(s *Scope)
	walk = func(s *Scope) {
		out = append(out, dumpScope(s))
		for _, c := range s.Children {
			walk(c)
		}
	}
	walk(t.Top)
	return out
}

func dumpScope(s *Scope) pyScope {
	d := pyScope{
		Type:      s.Type.String(),
		Name:      s.Name,
		Lineno:    s.Loc.Lineno,
		Optimized: s.Type == FunctionBlock,
		Nested:    s.Nested,
		Varnames:  append([]string{}, s.Varnames...),
		NChildren: len(s.Children),
		Symbols:   [][]any{},
	}
	// The symtable module treats any table named "top" as the module.
	moduleScope := s.Name == "top"
	var params, locals, globals, frees, nonlocals []string
	for _, sym := range s.Symbols {
		f, k := sym.Flags, sym.Kind
		namespace := false
		for _, c := range s.Children {
			if c.Name == sym.Name {
				namespace = true
			}
		}
		bits := []bool{
			f&DefParam != 0,
			k == GlobalImplicit || k == GlobalExplicit || moduleScope && f&DefBound != 0,
			k == GlobalExplicit,
			k == Local || k == Cell || moduleScope && f&DefBound != 0,
			k == Free,
			f&DefNonlocal != 0,
			f&Use != 0,
			f&DefLocal != 0,
			f&DefImport != 0,
			f&DefAnnot != 0,
			namespace,
		}
		var b strings.Builder
		for _, x := range bits {
			if x {
				b.WriteByte('1')
			} else {
				b.WriteByte('0')
			}
		}
		d.Symbols = append(d.Symbols, []any{sym.Name, float64(int(f) | int(k)<<scopeShift), b.String()})
		if f&DefParam != 0 {
			params = append(params, sym.Name)
		}
		if k == Local || k == Cell {
			locals = append(locals, sym.Name)
		}
		if k == GlobalImplicit || k == GlobalExplicit {
			globals = append(globals, sym.Name)
		}
		if k == Free {
			frees = append(frees, sym.Name)
		}
		if f&DefNonlocal != 0 {
			nonlocals = append(nonlocals, sym.Name)
		}
	}
	canonSymbols(d.Symbols)
	if s.Type == FunctionBlock {
		for _, l := range [][]string{params, locals, globals, frees, nonlocals} {
			if l == nil {
				l = []string{}
			}
			sort.Strings(l)
			d.Func = append(d.Func, l)
		}
	}
	return d
}

// Code object flags (CO_*) that come from the symbol table.
const (
	coOptimized      = 0x1
	coNewLocals      = 0x2
	coVarargs        = 0x4
	coVarkeywords    = 0x8
	coNested         = 0x10
	coGenerator      = 0x20
	coCoroutine      = 0x80
	coAsyncGenerator = 0x200
)

// codeInfo is what a scope implies for its code object.
type codeInfo struct {
	name      string
	firstLine int
	flags     int
	cells     []string
	frees     []string
}

// expectedCode computes the code object facts the compiler derives from s.
func expectedCode(s *Scope) codeInfo {
	ci := codeInfo{name: s.Name, firstLine: s.Loc.Lineno}
	switch n := s.Node.(type) {
	case syntax.ModNode:
		ci.name, ci.firstLine = "<module>", 1
	case *syntax.FunctionDef:
		if len(n.DecoratorList) > 0 {
			ci.firstLine = n.DecoratorList[0].Pos().Lineno
		}
	case *syntax.AsyncFunctionDef:
		if len(n.DecoratorList) > 0 {
			ci.firstLine = n.DecoratorList[0].Pos().Lineno
		}
	case *syntax.ClassDef:
		if len(n.DecoratorList) > 0 {
			ci.firstLine = n.DecoratorList[0].Pos().Lineno
		}
	case *syntax.Lambda, *syntax.ListComp, *syntax.SetComp, *syntax.DictComp, *syntax.GeneratorExp:
		ci.name = "<" + s.Name + ">"
	}
	if s.Type == FunctionBlock {
		ci.flags = coOptimized | coNewLocals
		if s.Nested {
			ci.flags |= coNested
		}
		switch {
		case s.Generator && !s.Coroutine:
			ci.flags |= coGenerator
		case !s.Generator && s.Coroutine:
			ci.flags |= coCoroutine
		case s.Generator && s.Coroutine:
			ci.flags |= coAsyncGenerator
		}
		if s.Varargs {
			ci.flags |= coVarargs
		}
		if s.Varkeywords {
			ci.flags |= coVarkeywords
		}
	}
	ci.cells = append([]string{}, s.Cellvars()...)
	ci.frees = append([]string{}, s.Freevars()...)
	return ci
}

// compareCode checks the code objects CPython made against our scopes, for
// the scopes that match exactly one code object by name and first line.
func compareCode(t *Table, code [][]any, tl *tally) string {
	type key struct {
		name string
		line int
	}
	want := map[key][]codeInfo{}
	for _, c := range code {
		ci := codeInfo{name: c[0].(string), firstLine: int(toFloat(c[1])), flags: int(toFloat(c[2]))}
		for _, v := range c[3].([]any) {
			ci.cells = append(ci.cells, v.(string))
		}
		for _, v := range c[4].([]any) {
			ci.frees = append(ci.frees, v.(string))
		}
		if ci.cells == nil {
			ci.cells = []string{}
		}
		if ci.frees == nil {
			ci.frees = []string{}
		}
		k := key{ci.name, ci.firstLine}
		want[k] = append(want[k], ci)
	}
	got := map[key][]codeInfo{}
	var walk func(s *Scope)
	walk = func(s *Scope) {
		ci := expectedCode(s)
		k := key{ci.name, ci.firstLine}
		got[k] = append(got[k], ci)
		for _, c := range s.Children {
			walk(c)
		}
	}
	walk(t.Top)
	keys := make([]key, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].line != keys[j].line {
			return keys[i].line < keys[j].line
		}
		return keys[i].name < keys[j].name
	})
	for _, k := range keys {
		g, w := got[k], want[k]
		if len(g) != 1 || len(w) != 1 {
			continue
		}
		tl.codeCompared++
		if !reflect.DeepEqual(g[0], w[0]) {
			tl.codeMismatch++
			return fmt.Sprintf("code %s line %d: flags %#x cells %v frees %v, want flags %#x cells %v frees %v",
				k.name, k.line, g[0].flags, g[0].cells, g[0].frees, w[0].flags, w[0].cells, w[0].frees)
		}
	}
	return ""
}

// runComparison compares every source and reports the totals.
func runComparison(t *testing.T, sources []pySource, maxReports int) tally {
	var tl tally
	reports := 0
	runDump(t, sources, useCPythonAST(), func(src pySource, res *pyResult) {
		tl.sources++
		diff, skipped := compareSource(src, res, &tl)
		switch {
		case skipped:
			tl.skipped++
		case diff == "":
			tl.match++
		default:
			tl.mismatch++
			if reports < maxReports {
				reports++
				name := src.Name
				if src.Path == "" {
					name = fmt.Sprintf("%s %q", src.Mode, src.Text)
				}
				t.Errorf("%s: %s", name, diff)
			}
		}
	})
	return tl
}

func (tl tally) String() string {
	return fmt.Sprintf("%d/%d sources match (skipped: %d that CPython cannot parse, %d that our parser rejects; "+
		"%d scopes, %d symbols; code objects: %d compared, %d differ)",
		tl.match, tl.match+tl.mismatch, tl.skipped-tl.parseFail, tl.parseFail,
		tl.scopes, tl.symbols, tl.codeCompared, tl.codeMismatch)
}

func TestSnippetsAgainstCPython(t *testing.T) {
	var sources []pySource
	for i, s := range snippets {
		sources = append(sources, pySource{Name: fmt.Sprintf("snippet%d", i), Text: s})
	}
	for i, c := range errorCases {
		sources = append(sources, pySource{Name: fmt.Sprintf("error%d", i), Text: c.src})
	}
	for i, c := range modeSnippets {
		sources = append(sources, pySource{Name: fmt.Sprintf("mode%d", i), Text: c.src, Mode: c.mode})
	}
	tl := runComparison(t, sources, 50)
	t.Logf("snippets: %v", tl)
}

func TestStdlibAgainstCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("stdlib comparison skipped in -short mode")
	}
	if _, err := os.Stat(stdlibDir); err != nil {
		t.Skip("no CPython 3.11 standard library at " + stdlibDir)
	}
	var sources []pySource
	err := filepath.WalkDir(stdlibDir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			sources = append(sources, pySource{Name: path, Path: path})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	tl := runComparison(t, sources, 30)
	t.Logf("stdlib: %v", tl)
}
