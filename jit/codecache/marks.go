// marks.go remembers which trace modules were compiled before, so that
// the JIT can load them at once instead of waiting for them to pay for a
// compile they will not need (jit/payoff.go). wazero's cache key mixes in
// the CPU's features, which only wazero knows, so the cache cannot be
// asked whether it holds a module; a mark is an empty file named by the
// hash of the module's bytes, made after the module was compiled.

package codecache

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
)

// marksDir is the subdirectory of the cache directory holding the marks;
// Trim bounds it as it bounds wazero's directories.
const marksDir = "known"

// Marks records and answers which module binaries were compiled with a
// cache directory. The zero Marks (no directory) knows nothing.
type Marks struct {
	dir string
}

// NewMarks returns the marks of cache directory dir ("" : none).
func NewMarks(dir string) Marks {
	if dir == "" {
		return Marks{}
	}
	return Marks{dir: filepath.Join(dir, marksDir)}
}

func (m Marks) path(wasm []byte) string {
	sum := sha256.Sum256(wasm)
	return filepath.Join(m.dir, hex.EncodeToString(sum[:16]))
}

// Known reports whether a module with these bytes was compiled (and so
// is most likely in the cache: a trim may have removed it since, which
// costs one compile).
func (m Marks) Known(wasm []byte) bool {
	if m.dir == "" {
		return false
	}
	_, err := os.Lstat(m.path(wasm))
	return err == nil
}

// Compiled marks a module's bytes as compiled. Errors are ignored: a
// missing mark only makes the next run wait as a first run does.
func (m Marks) Compiled(wasm []byte) {
	if m.dir == "" {
		return
	}
	p := m.path(wasm)
	if _, err := os.Lstat(p); err == nil {
		return
	}
	if err := os.MkdirAll(m.dir, 0o700); err != nil {
		return
	}
	if f, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY, 0o600); err == nil {
		f.Close()
	}
}
