// price.go keeps the JIT's measured compile prices between runs (jit/
// compileprice.go): how many times the payoff model's price a compile
// took on this machine, for trace modules and for loop functions. A run
// starts its measurement from what earlier runs with the same cache
// directory found, instead of from a default fitted elsewhere, and adds
// its own when it ends. The file is a hint: a missing or unreadable one
// is the same as none.

package codecache

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// priceFile is the name of the prices' file in the cache directory.
const priceFile = "price"

// Price is the measured factors over the model's compile prices; 0 is
// unknown.
type Price struct {
	Traces, LoopFuncs float64
}

// ReadPrice returns the prices saved in cache directory dir (zero when
// there are none or the file does not parse).
func ReadPrice(dir string) Price {
	var p Price
	if dir == "" {
		return p
	}
	data, err := os.ReadFile(filepath.Join(dir, priceFile))
	if err != nil {
		return p
	}
	for _, line := range strings.Split(string(data), "\n") {
		key, val, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		f, err := strconv.ParseFloat(val, 64)
		if err != nil || f <= 0 || f > 100 {
			continue
		}
		switch key {
		case "traces":
			p.Traces = f
		case "loopfuncs":
			p.LoopFuncs = f
		}
	}
	return p
}

// SavePrice blends a run's measured prices (run; a zero field: nothing of
// that kind was timed) into those saved in dir, half each, and writes the
// result (through a temporary file renamed over the old one, so that a
// concurrent run reads the old or the new file, never a torn one).
func SavePrice(dir string, run Price) error {
	if dir == "" || run.Traces <= 0 && run.LoopFuncs <= 0 {
		return nil
	}
	old := ReadPrice(dir)
	blend := func(old, run float64) float64 {
		switch {
		case run <= 0:
			return old
		case old <= 0:
			return run
		}
		return (old + run) / 2
	}
	p := Price{Traces: blend(old.Traces, run.Traces), LoopFuncs: blend(old.LoopFuncs, run.LoopFuncs)}
	var b strings.Builder
	if p.Traces > 0 {
		fmt.Fprintf(&b, "traces %.3f\n", p.Traces)
	}
	if p.LoopFuncs > 0 {
		fmt.Fprintf(&b, "loopfuncs %.3f\n", p.LoopFuncs)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("codecache: saving the compile price: %w", err)
	}
	tmp, err := os.CreateTemp(dir, priceFile+".*")
	if err != nil {
		return fmt.Errorf("codecache: saving the compile price: %w", err)
	}
	_, werr := tmp.WriteString(b.String())
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), filepath.Join(dir, priceFile))
	}
	if werr != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("codecache: saving the compile price: %w", werr)
	}
	return nil
}
