// Package codecache keeps the machine code wazero compiles for trace
// modules on disk, so that the next run of the same program loads its
// traces instead of compiling them again (docs/jit.md "The code cache").
//
// A trace module's bytes depend only on the program, its input and the
// hotloop build (heap addresses are deterministic), so a cache keyed by
// the module's bytes hits whenever a program is run again. wazero's own
// file cache does the keying (a hash of the module, its version, the
// CPU's features), the checksums and the atomic writes; this package
// picks the directory and bounds its size.
package codecache

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tetratelabs/wazero"
)

// EnvVar names the environment variable that sets the cache directory;
// "off" (or "0") turns the cache off.
const EnvVar = "HOTLOOP_JIT_CACHE"

// MaxEntries bounds the number of cached modules per wazero version
// directory (about 30 KiB each for typical traces); Trim removes the
// oldest beyond it.
const MaxEntries = 2048

// Dir returns the cache directory a run should use: setting (from
// --jit-cache, may be empty), else the environment variable, else
// hotloop/jit under the user's cache directory ($XDG_CACHE_HOME or
// ~/.cache). It returns "" when the cache is off or no directory is known.
func Dir(setting string, getenv func(string) string) string {
	v := setting
	if v == "" {
		v = getenv(EnvVar)
	}
	switch v {
	case "off", "0":
		return ""
	case "":
	default:
		return v
	}
	base := getenv("XDG_CACHE_HOME")
	if base == "" || !filepath.IsAbs(base) {
		home := getenv("HOME")
		if home == "" {
			return ""
		}
		base = filepath.Join(home, ".cache")
	}
	return filepath.Join(base, "hotloop", "jit")
}

// Open returns wazero's compilation cache in dir, creating the directory
// (mode 0700: the cache holds machine code that the process will run).
func Open(dir string) (wazero.CompilationCache, error) {
	c, err := wazero.NewCompilationCacheWithDir(dir)
	if err != nil {
		return nil, fmt.Errorf("codecache: opening %s: %w", dir, err)
	}
	return c, nil
}

// Trim removes the oldest cached modules (by modification time) from each
// wazero version directory under dir, and the oldest marks (marks.go),
// where a directory holds more than limit of them,
// down to limit/2, so that a trim is needed only every limit/2 new modules.
// Counting costs one directory read per version directory; files are
// looked at only when a directory is over the bound. Errors are returned
// but leave the cache usable: a module that is gone is compiled again.
func Trim(dir string, limit int) error {
	versions, err := os.ReadDir(dir)
	if err != nil {
		if os.IsNotExist(err) {
			return nil
		}
		return fmt.Errorf("codecache: %w", err)
	}
	var errs []string
	for _, v := range versions {
		if !v.IsDir() || !strings.HasPrefix(v.Name(), "wazero-") && v.Name() != marksDir {
			continue
		}
		if err := trimDir(filepath.Join(dir, v.Name()), limit); err != nil {
			errs = append(errs, err.Error())
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("codecache: %s", strings.Join(errs, "; "))
	}
	return nil
}

func trimDir(dir string, limit int) error {
	names, err := readNames(dir)
	if err != nil || len(names) <= limit {
		return err
	}
	type entry struct {
		path string
		mod  int64
	}
	entries := make([]entry, 0, len(names))
	for _, n := range names {
		p := filepath.Join(dir, n)
		st, err := os.Lstat(p)
		if err != nil || !st.Mode().IsRegular() {
			continue // removed meanwhile, or not ours
		}
		entries = append(entries, entry{p, st.ModTime().UnixNano()})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].mod < entries[j].mod })
	var firstErr error
	for _, e := range entries[:max(len(entries)-limit/2, 0)] {
		if err := os.Remove(e.path); err != nil && !os.IsNotExist(err) && firstErr == nil {
			firstErr = err
		}
	}
	return firstErr
}

// readNames lists a directory's entry names without stat-ing them.
func readNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Readdirnames(-1)
}
