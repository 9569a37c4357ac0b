// This file holds the differential test harness: cases are encoded as
// JSON lines, evaluated by one python3 process running testdata/pyref.py,
// and the canonical encoding of CPython's result (or exception) is
// compared with the encoding of what this package computes.

package num

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os/exec"
	"strings"
	"testing"
)

// pyCase is one operation: its name in pyref.py's table, its encoded
// arguments, and the encoding of hotloop's result.
type pyCase struct {
	op     string
	args   []string
	got    string
	alt    string  // if set, an op whose result is also accepted (see addAlt)
	relTol float64 // if set, nearly equal floats are accepted (see addClose)
}

// batch collects cases for one python3 run.
type batch struct {
	cases []pyCase
}

func (b *batch) add(op string, got string, args ...string) {
	b.cases = append(b.cases, pyCase{op: op, args: args, got: got})
}

// addAlt adds a case whose result may also equal that of the op alt
// instead of op's: used where CPython's result comes from a C library
// function that is not correctly rounded and hotloop's is, alt being an
// exact computation of the correctly rounded value.
func (b *batch) addAlt(op, alt string, got string, args ...string) {
	b.cases = append(b.cases, pyCase{op: op, args: args, got: got, alt: alt})
}

// addClose adds a case whose floats (alone or in a complex) may differ
// from CPython's by up to relTol times the magnitude of CPython's result:
// used where CPython calls C library functions (exp, log, atan2, sin, cos)
// that Go's math package computes slightly differently.
func (b *batch) addClose(op string, relTol float64, got string, args ...string) {
	b.cases = append(b.cases, pyCase{op: op, args: args, got: got, relTol: relTol})
}

// decodeFloats decodes an encoded float or complex into its parts.
func decodeFloats(s string) ([]float64, bool) {
	if s == "" || (s[0] != 'f' && s[0] != 'c') {
		return nil, false
	}
	var out []float64
	for _, p := range strings.Split(strings.TrimPrefix(s, "c"), ",") {
		if p == "fnan" {
			out = append(out, math.NaN())
			continue
		}
		var bits uint64
		if _, err := fmt.Sscanf(p, "f%x", &bits); err != nil {
			return nil, false
		}
		out = append(out, math.Float64frombits(bits))
	}
	return out, true
}

// closeEnough reports whether two encoded floats or complex numbers agree
// within relTol of the magnitude of want.
func closeEnough(got, want string, relTol float64) bool {
	g, ok1 := decodeFloats(got)
	w, ok2 := decodeFloats(want)
	if !ok1 || !ok2 || len(g) != len(w) || got[0] != want[0] {
		return false
	}
	mag := 0.0
	for _, v := range w {
		mag = math.Max(mag, math.Abs(v))
	}
	for i := range g {
		if g[i] == w[i] || (math.IsNaN(g[i]) && math.IsNaN(w[i])) {
			continue
		}
		if math.IsInf(g[i], 0) || math.IsInf(w[i], 0) || !(math.Abs(g[i]-w[i]) <= relTol*mag) {
			return false
		}
	}
	return true
}

// check runs python3 on every case and reports mismatches.
func (b *batch) check(t *testing.T) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: the differential tests need CPython 3.11")
	}
	var in bytes.Buffer
	for _, c := range b.cases {
		line, _ := json.Marshal(append([]string{c.op}, c.args...))
		in.Write(line)
		in.WriteByte('\n')
		if c.alt != "" {
			line, _ := json.Marshal(append([]string{c.alt}, c.args...))
			in.Write(line)
			in.WriteByte('\n')
		}
	}
	cmd := exec.Command(py, "testdata/pyref.py")
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	i, bad, alts, close := 0, 0, 0, 0
	next := func() string {
		if !sc.Scan() {
			t.Fatalf("python answered %d of %d cases", i, len(b.cases))
		}
		var want string
		if err := json.Unmarshal(sc.Bytes(), &want); err != nil {
			t.Fatalf("bad python output %q", sc.Text())
		}
		return want
	}
	for i < len(b.cases) {
		c := b.cases[i]
		want := next()
		if c.alt != "" {
			if alt := next(); c.got != want && c.got == alt {
				alts++
				if alts <= 5 {
					t.Logf("%s(%s): CPython's C library gives %s, hotloop the correctly rounded %s",
						c.op, strings.Join(c.args, ", "), want, c.got)
				}
				i++
				continue
			}
		}
		if c.got != want && c.relTol > 0 && closeEnough(c.got, want, c.relTol) {
			close++
			i++
			continue
		}
		if c.got != want {
			bad++
			if bad <= 25 {
				t.Errorf("%s(%s):\n  got  %s\n  want %s", c.op, strings.Join(abbrev(c.args), ", "), abbrevOne(c.got), abbrevOne(want))
			}
		}
		i++
	}
	if sc.Scan() {
		t.Fatalf("python answered more lines than cases")
	}
	if alts > 0 {
		t.Logf("%d of %d cases differ from CPython only because CPython's C library result is not correctly rounded", alts, len(b.cases))
	}
	if close > 0 {
		t.Logf("%d of %d cases differ from CPython by a rounding error only (C library functions)", close, len(b.cases))
	}
	if bad > 0 {
		t.Errorf("%d of %d cases differ from CPython", bad, len(b.cases))
	}
	t.Logf("%d cases checked against CPython", len(b.cases))
}

func abbrev(args []string) []string {
	r := make([]string, len(args))
	for i, a := range args {
		r[i] = abbrevOne(a)
	}
	return r
}

func abbrevOne(s string) string {
	if len(s) > 120 {
		return fmt.Sprintf("%s...(%d chars)", s[:100], len(s))
	}
	return s
}

// Encoders: the same canonical forms as pyref.py's enc.

func encInt(x Int) string {
	b := x.Big()
	if b.Sign() < 0 {
		return "i-0x" + new(big.Int).Neg(b).Text(16)
	}
	return "i0x" + b.Text(16)
}

func encFloat(f float64) string {
	if math.IsNaN(f) {
		return "fnan"
	}
	return fmt.Sprintf("f%016x", math.Float64bits(f))
}

func encComplex(c complex128) string {
	return "c" + encFloat(real(c)) + "," + encFloat(imag(c))
}

func encBool(b bool) string {
	if b {
		return "T"
	}
	return "F"
}

func encStr(s string) string { return "s" + s }

func encTuple(parts ...string) string { return "(" + strings.Join(parts, ",") + ")" }

func encErr(err error) string {
	e, ok := err.(*Error)
	if !ok {
		return "Enot a *num.Error: " + err.Error()
	}
	return "E" + e.Type + ":" + e.Msg
}

// encResult encodes a value or the error that replaced it.
func encResult(s string, err error) string {
	if err != nil {
		return encErr(err)
	}
	return s
}

// argInt and argFloat encode arguments.
func argInt(x Int) string       { return encInt(x) }
func argInt64(v int64) string   { return encInt(NewInt(v)) }
func argFloat(f float64) string { return fmt.Sprintf("f%016x", math.Float64bits(f)) }
func argStr(s string) string    { return "s" + s }
func argBool(b bool) string     { return encBool(b) }

// Value generators.

// edgeInts are ints near every boundary the representation or CPython's
// 30-bit digits have.
func edgeInts() []Int {
	var out []Int
	seen := map[string]bool{}
	addBig := func(b *big.Int) {
		for _, v := range []*big.Int{b, new(big.Int).Neg(b)} {
			k := v.String()
			if !seen[k] {
				seen[k] = true
				out = append(out, NewIntBig(new(big.Int).Set(v)))
			}
		}
	}
	for _, v := range []int64{0, 1, 2, 3, 5, 7, 10, 255, 256, 1000, 12345, 999999937} {
		addBig(big.NewInt(v))
	}
	for _, k := range []uint{15, 30, 31, 32, 52, 53, 54, 60, 61, 62, 63, 64, 65, 90, 120, 127, 128, 200} {
		p := new(big.Int).Lsh(big.NewInt(1), k)
		addBig(p)
		addBig(new(big.Int).Sub(p, big.NewInt(1)))
		addBig(new(big.Int).Add(p, big.NewInt(1)))
	}
	// 10**k, for decimal conversions.
	for _, k := range []int64{18, 19, 20, 40} {
		addBig(new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil))
	}
	return out
}

// randInt returns a random int whose bit length is drawn up to maxBits,
// biased towards small values and towards runs of ones and zeros.
func randInt(r *rand.Rand, maxBits int) Int {
	n := r.Intn(maxBits + 1)
	if r.Intn(3) == 0 {
		n = r.Intn(65)
	}
	v := new(big.Int)
	for v.BitLen() < n {
		var w int64
		switch r.Intn(4) {
		case 0:
			w = 0
		case 1:
			w = (1 << 31) - 1
		default:
			w = r.Int63n(1 << 31)
		}
		v.Lsh(v, 31).Or(v, big.NewInt(w))
	}
	if n > 0 {
		v.SetBit(v, n-1, 1)
		v.And(v, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(n)), big.NewInt(1)))
	}
	if r.Intn(2) == 0 {
		v.Neg(v)
	}
	return NewIntBig(v)
}

// edgeFloats are floats at every special value and boundary.
func edgeFloats() []float64 {
	base := []float64{0, 1, 2, 0.5, 1.5, 2.5, 3, 10, 0.1, 1e-5, 1e16, 1e22, 1e300,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308,
		1 << 52, 1 << 53, 1<<53 + 2, 1 << 63, 1 << 64, 9007199254740993, 4503599627370495.5,
		math.Inf(1), math.NaN(), 123.456, 0.3, 2.675, 1e15, 7, 1.0000000000000002,
		0.9999999999999999}
	var out []float64
	for _, f := range base {
		out = append(out, f, -f)
	}
	return out
}

// randFloat returns a random float: random bits, random "nice" values,
// or integers.
func randFloat(r *rand.Rand) float64 {
	switch r.Intn(5) {
	case 0:
		for {
			f := math.Float64frombits(r.Uint64())
			if !math.IsNaN(f) {
				return f
			}
		}
	case 1:
		return float64(r.Int63n(2000)-1000) / 8
	case 2:
		return float64(r.Int63n(1<<40) - 1<<39)
	case 3:
		return (r.Float64()*2 - 1) * math.Pow(10, float64(r.Intn(40)-20))
	}
	return r.NormFloat64() * 100
}

func newBigFromHex(s string) (*big.Int, bool) { return new(big.Int).SetString(s, 16) }

func hexBytes(b []byte) string { return fmt.Sprintf("%x", b) }
