package tests

// TestStdlibAST parses every file of CPython's standard library with
// hotloop's front end and checks that syntax.Dump prints exactly what
// CPython's ast.dump prints (compared by SHA-256, with a diff of the first
// difference for files that fail). Files that CPython rejects must be
// rejected by hotloop too. The test needs python3 3.11 and skips loudly
// without it.

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/hotloop/hotloop/vm/syntax"
)

// cpythonAST is one line of tools/stdlib_ast_hashes.py's output.
type cpythonAST struct {
	Path  string `json:"path"`
	Sha   string `json:"sha"`
	Dump  string `json:"dump"`
	Error string `json:"error"`
}

// python311 returns the path of python3 if it is CPython 3.11, or skips.
func python311(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("SKIPPED LOUDLY: python3 not found; the CPython comparison cannot run")
	}
	out, err := exec.Command(py, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
	if err != nil || strings.TrimSpace(string(out)) != "True" {
		t.Skip("SKIPPED LOUDLY: python3 is not CPython 3.11; the CPython comparison cannot run")
	}
	return py
}

// stdlibFiles lists the .py files of python3's standard library, without
// site-packages.
func stdlibFiles(t *testing.T, py string) []string {
	t.Helper()
	out, err := exec.Command(py, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		t.Fatalf("asking python3 for its stdlib: %v", err)
	}
	root := strings.TrimSpace(string(out))
	var files []string
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walking %s: %v", root, err)
	}
	sort.Strings(files)
	return files
}

// cpythonDumps runs tools/stdlib_ast_hashes.py over files.
func cpythonDumps(t *testing.T, py string, files []string, full bool) map[string]cpythonAST {
	t.Helper()
	args := []string{filepath.Join("tools", "stdlib_ast_hashes.py")}
	if full {
		args = append(args, "--dump")
	}
	cmd := exec.Command(py, args...)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("running stdlib_ast_hashes.py: %v\n%s", err, stderr.String())
	}
	res := make(map[string]cpythonAST, len(files))
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		var r cpythonAST
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("bad line from stdlib_ast_hashes.py: %v", err)
		}
		res[r.Path] = r
	}
	return res
}

// hotloopDump parses one file; it returns the dump, or the error.
func hotloopDump(path string) (dump string, err error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	mod, err := syntax.ParseFile(path, raw)
	if err != nil {
		return "", err
	}
	return syntax.Dump(mod), nil
}

func TestStdlibAST(t *testing.T) {
	py := python311(t)
	files := stdlibFiles(t, py)
	if len(files) < 1000 {
		t.Fatalf("found only %d stdlib files; expected the whole library", len(files))
	}
	want := cpythonDumps(t, py, files, false)

	type result struct {
		path, problem string
	}
	var (
		mu       sync.Mutex
		failures []result
		wg       sync.WaitGroup
	)
	jobs := make(chan string)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for path := range jobs {
				problem := compareOne(path, want[path])
				if problem != "" {
					mu.Lock()
					failures = append(failures, result{path, problem})
					mu.Unlock()
				}
			}
		}()
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()

	matched := len(files) - len(failures)
	t.Logf("stdlib ast.dump comparison: %d/%d files match CPython (%.2f%%)",
		matched, len(files), 100*float64(matched)/float64(len(files)))
	if len(failures) == 0 {
		return
	}
	sort.Slice(failures, func(i, j int) bool { return failures[i].path < failures[j].path })
	// Show the first differences in full, with CPython's dump for context.
	var shown []string
	for i, f := range failures {
		if i < 40 {
			shown = append(shown, f.path)
		}
	}
	full := cpythonDumps(t, py, shown, true)
	for i, f := range failures {
		if i >= 40 {
			t.Errorf("... and %d more", len(failures)-40)
			break
		}
		msg := f.problem
		if c, ok := full[f.path]; ok && c.Dump != "" {
			if got, err := hotloopDump(f.path); err == nil {
				msg = firstDifference(c.Dump, got)
			}
		}
		t.Errorf("%s: %s", f.path, msg)
	}
}

// compareOne returns "" when hotloop agrees with CPython on path.
func compareOne(path string, want cpythonAST) (problem string) {
	defer func() {
		if r := recover(); r != nil {
			problem = fmt.Sprintf("Go panic: %v", r)
		}
	}()
	got, err := hotloopDump(path)
	switch {
	case want.Path == "":
		return "no CPython result"
	case want.Error != "" && err != nil:
		return ""
	case want.Error != "":
		return "CPython raises " + want.Error + " but hotloop parses the file"
	case err != nil:
		return "hotloop fails: " + err.Error()
	}
	sum := sha256.Sum256([]byte(got))
	if hex.EncodeToString(sum[:]) != want.Sha {
		return "dump differs"
	}
	return ""
}

// firstDifference describes where two dumps first differ.
func firstDifference(want, got string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	lo := max(0, i-150)
	return fmt.Sprintf("dump differs at byte %d:\n  CPython: ...%s\n  hotloop: ...%s",
		i, want[lo:min(len(want), i+150)], got[lo:min(len(got), i+150)])
}
