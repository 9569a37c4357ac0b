package syntax

// Fuzz targets for the tokenizer and the parser. The property is the one a
// runtime owes its users: any byte string either parses or yields a
// *Error, promptly, and never a Go panic or a hang. The seed corpus is the
// small files of CPython's standard library (when python3 is present) plus
// a few hand-picked fragments that exercise error paths.

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fuzzSeeds returns seed sources: fragments, and stdlib files under 6 KB.
func fuzzSeeds(tb testing.TB) [][]byte {
	seeds := [][]byte{
		[]byte("x = 1\n"),
		[]byte("def f(a, /, b=1, *c, d, **e) -> int:\n    return a if b else c\n"),
		[]byte("f'{x!r:>{w}} {y=}'\n"),
		[]byte("match p:\n    case [1, *r] | {'k': v} if v: pass\n    case C(a=1): pass\n"),
		[]byte("async def g():\n    async with a as b, c:\n        await d\n"),
		[]byte("try:\n    pass\nexcept* E as e:\n    raise\n"),
		[]byte("x = (1,\n"),
		[]byte("if x\n    y\n"),
		[]byte("'''unterminated\n"),
		[]byte("\tif x:\n        y\n\tz\n"),
		[]byte("# -*- coding: latin-1 -*-\nx = '\xe9'\n"),
		[]byte("\xef\xbb\xbfprint(1)\n"),
		[]byte("lambda *, k=1: (yield)\n"),
		[]byte("[x for x in y if (z := x)]\n"),
		[]byte("a[1:2, ::3, ...] = b @ c ** -d\n"),
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		return seeds
	}
	out, err := exec.Command(py, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		return seeds
	}
	root := strings.TrimSpace(string(out))
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || (d.IsDir() && d.Name() == "site-packages") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		if info, err := d.Info(); err == nil && info.Size() < 6<<10 {
			if b, err := os.ReadFile(path); err == nil {
				seeds = append(seeds, b)
			}
		}
		return nil
	})
	return seeds
}

// within runs f and fails t if it takes longer than d (a hang).
func within(t *testing.T, d time.Duration, src []byte, f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("no result after %v on input %q", d, src)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		within(t, 5*time.Second, raw, func() {
			text, err := DecodeSource("<fuzz>", raw)
			if err != nil {
				return
			}
			toks := tokenize(newSource("<fuzz>", text))
			if len(toks) == 0 {
				t.Fatalf("empty token stream for %q", raw)
			}
			last := toks[len(toks)-1]
			if last.Kind != ENDMARKER && last.Kind != ERRORTOKEN {
				t.Fatalf("stream ends with %v, not ENDMARKER or ERRORTOKEN, for %q", last.Kind, raw)
			}
			if last.Kind == ERRORTOKEN && last.Err == nil {
				t.Fatalf("ERRORTOKEN without an error for %q", raw)
			}
		})
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		within(t, 5*time.Second, raw, func() {
			mod, err := ParseFile("<fuzz>", raw)
			if err != nil {
				var se *Error
				if !errors.As(err, &se) {
					t.Fatalf("error of type %T, not *Error: %v", err, err)
				}
				if se.Report() == "" {
					t.Fatalf("empty report for %q", raw)
				}
				return
			}
			if Dump(mod) == "" {
				t.Fatalf("empty dump for %q", raw)
			}
		})
	})
}
