// pyprof_test.go checks --pyprof: on a CPU-bound program whose time goes
// mostly into one function, the profile written must be a valid pprof
// profile whose heaviest function (by flat samples) is that one, with its
// file and line, and samples labelled by engine.

package tests

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/pprof/profile"
)

// pyprofProgram spends most of its time in hot(), some in cold().
const pyprofProgram = `
def hot(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def cold(n):
    return sum(range(n))


def main():
    acc = 0
    for k in range(40):
        acc += hot(250000) + cold(20000)
    print(acc)


main()
`

func TestPyProf(t *testing.T) {
	if hotloopErr != nil {
		t.Fatal(hotloopErr)
	}
	dir := t.TempDir()
	script := filepath.Join(dir, "prog.py")
	if err := os.WriteFile(script, []byte(pyprofProgram), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "prog.pprof")
	// --jit=off: this checks the interpreter's samples. With the JIT on the
	// program ends in about three samples (30 ms), and a sample that comes
	// due while compiled code runs is taken where the interpreter next polls
	// (in main, after hot returns), so under load hot's share of so few
	// samples can fall to half (seen: 3 of 6).
	cmd := exec.Command(hotloopBin, "--jit=off", "--pyprof="+out, script)
	cmd.Dir = dir
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("hotloop --pyprof: %v\n%s", err, b)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := profile.Parse(f)
	if err != nil {
		t.Fatalf("not a pprof profile: %v", err)
	}
	if len(p.Sample) == 0 {
		t.Fatal("no samples")
	}
	flat := map[string]int64{}
	var total int64
	for _, s := range p.Sample {
		if got := s.Label["engine"]; len(got) != 1 || got[0] != "interpreter" {
			t.Errorf("sample engine label %v, want [interpreter]", got)
		}
		leaf := s.Location[0].Line[0]
		if leaf.Function.Filename != script || leaf.Line <= 0 {
			t.Errorf("leaf %s at %s:%d, want a line of %s", leaf.Function.Name, leaf.Function.Filename, leaf.Line, script)
		}
		flat[leaf.Function.Name] += s.Value[0]
		total += s.Value[0]
	}
	names := make([]string, 0, len(flat))
	for n := range flat {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return flat[names[i]] > flat[names[j]] })
	if names[0] != "hot" || flat["hot"]*2 < total {
		t.Errorf("hottest function %q (%d of %d samples), want hot with most samples; all: %v", names[0], flat[names[0]], total, flat)
	}
}
