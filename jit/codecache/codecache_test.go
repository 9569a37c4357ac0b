package codecache

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

func TestDir(t *testing.T) {
	env := func(m map[string]string) func(string) string {
		return func(k string) string { return m[k] }
	}
	for _, c := range []struct {
		setting string
		env     map[string]string
		want    string
	}{
		{"", map[string]string{"HOME": "/h"}, "/h/.cache/hotloop/jit"},
		{"", map[string]string{"HOME": "/h", "XDG_CACHE_HOME": "/x"}, "/x/hotloop/jit"},
		{"", map[string]string{"HOME": "/h", "XDG_CACHE_HOME": "rel"}, "/h/.cache/hotloop/jit"},
		{"", map[string]string{}, ""},
		{"", map[string]string{"HOME": "/h", EnvVar: "off"}, ""},
		{"", map[string]string{"HOME": "/h", EnvVar: "0"}, ""},
		{"", map[string]string{"HOME": "/h", EnvVar: "/c"}, "/c"},
		{"/d", map[string]string{"HOME": "/h", EnvVar: "/c"}, "/d"},
		{"off", map[string]string{"HOME": "/h", EnvVar: "/c"}, ""},
	} {
		if got := Dir(c.setting, env(c.env)); got != c.want {
			t.Errorf("Dir(%q, %v) = %q, want %q", c.setting, c.env, got, c.want)
		}
	}
}

// fill makes n files in dir whose modification times increase with their
// number, and returns their names oldest first.
func fill(t *testing.T, dir string, n int) []string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	base := time.Now().Add(-time.Hour)
	var names []string
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("m%03d", i)
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		at := base.Add(time.Duration(i) * time.Second)
		if err := os.Chtimes(p, at, at); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	return names
}

func list(t *testing.T, dir string) []string {
	t.Helper()
	names, err := readNames(dir)
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	return names
}

func TestTrim(t *testing.T) {
	root := t.TempDir()
	over := filepath.Join(root, "wazero-v1-amd64-linux")
	under := filepath.Join(root, "wazero-v2-amd64-linux")
	other := filepath.Join(root, "not-wazero")
	marks := filepath.Join(root, marksDir)
	markNames := fill(t, marks, 12)
	names := fill(t, over, 11)
	small := fill(t, under, 4)
	foreign := fill(t, other, 12)
	if err := Trim(root, 10); err != nil {
		t.Fatal(err)
	}
	// 11 > 10: down to 5, the newest kept.
	if got, want := list(t, over), names[6:]; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("over the bound: kept %v, want %v", got, want)
	}
	if got := list(t, under); fmt.Sprint(got) != fmt.Sprint(small) {
		t.Errorf("under the bound: kept %v, want all %v", got, small)
	}
	if got, want := list(t, marks), markNames[7:]; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("marks over the bound: kept %v, want %v", got, want)
	}
	if got := list(t, other); fmt.Sprint(got) != fmt.Sprint(foreign) {
		t.Errorf("a directory that is not wazero's was trimmed: %v", got)
	}
	if err := Trim(filepath.Join(root, "missing"), 10); err != nil {
		t.Errorf("a missing cache directory: %v", err)
	}
}

func TestOpenCreates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	c, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(t.Context())
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() || st.Mode().Perm() != 0o700 {
		t.Fatalf("cache directory: %v %v", st, err)
	}
	file := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(filepath.Join(file, "sub")); err == nil {
		t.Error("Open under a regular file succeeded")
	}
}

func TestMarks(t *testing.T) {
	dir := t.TempDir()
	m := NewMarks(dir)
	a, b := []byte("module a"), []byte("module b")
	if m.Known(a) {
		t.Fatal("a fresh directory knows a module")
	}
	m.Compiled(a)
	m.Compiled(a)
	if !m.Known(a) || m.Known(b) {
		t.Errorf("after marking a: Known(a)=%v Known(b)=%v", m.Known(a), m.Known(b))
	}
	if again := NewMarks(dir); !again.Known(a) {
		t.Error("a mark does not outlive its Marks value")
	}
	var none Marks
	none.Compiled(a)
	if none.Known(a) || NewMarks("").Known(a) {
		t.Error("Marks without a directory knows a module")
	}
	// A directory that cannot be made leaves marking silent.
	file := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	broken := NewMarks(file)
	broken.Compiled(a)
	if broken.Known(a) {
		t.Error("a mark under a regular file")
	}
}
