// arith_test.go checks the IR's Python arithmetic (int and float floor
// division and modulo, float min/max, int(float), overflow detection)
// against CPython itself, over a grid of ordinary and edge values.

package ir

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os/exec"
	"strings"
	"testing"
)

const pyArith = `
import json, sys, math
ints, floats = json.load(sys.stdin)
def f2s(x): return repr(float(x))
out = {"idiv": [], "imod": [], "fdiv": [], "fmod": [], "fmin": [], "fmax": [], "ftoi": []}
for a in ints:
    for b in ints:
        out["idiv"].append(str(a // b) if b else "Z")
        out["imod"].append(str(a % b) if b else "Z")
fl = [float(x) for x in floats]
for a in fl:
    for b in fl:
        try: out["fdiv"].append(f2s(a // b))
        except ZeroDivisionError: out["fdiv"].append("Z")
        try: out["fmod"].append(f2s(a % b))
        except ZeroDivisionError: out["fmod"].append("Z")
        out["fmin"].append(f2s(min(a, b)))
        out["fmax"].append(f2s(max(a, b)))
    try: out["ftoi"].append(str(int(a)))
    except (ValueError, OverflowError): out["ftoi"].append("X")
json.dump(out, sys.stdout)
`

func pyRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	return fmt.Sprintf("%v", f) // compared after parsing, see below
}

func TestArithmeticMatchesCPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: cannot compare with CPython")
	}
	ints := []int64{0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 100, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1, 1 << 40, -(1 << 40)}
	floats := []string{"0.0", "-0.0", "1.0", "-1.0", "0.5", "-2.5", "3.75", "7.0", "-7.0", "1e300", "-1e300", "1e-310", "inf", "-inf", "nan", "9.2e18", "-9.3e18", "123.456"}
	in, _ := json.Marshal([]any{ints, floats})
	cmd := exec.Command(py, "-c", pyArith)
	cmd.Stdin = strings.NewReader(string(in))
	outb, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var want map[string][]string
	if err := json.Unmarshal(outb, &want); err != nil {
		t.Fatal(err)
	}
	fl := make([]float64, len(floats))
	for i, s := range floats {
		fmt.Sscan(s, &fl[i])
		switch s {
		case "inf":
			fl[i] = math.Inf(1)
		case "-inf":
			fl[i] = math.Inf(-1)
		case "nan":
			fl[i] = math.NaN()
		case "-0.0":
			fl[i] = math.Copysign(0, -1)
		}
	}
	sameFloat := func(got float64, w string) bool {
		switch w {
		case "nan":
			return math.IsNaN(got)
		case "inf", "-inf":
			return pyRepr(got) == w
		}
		var x float64
		fmt.Sscan(w, &x)
		return x == got && math.Signbit(x) == math.Signbit(got)
	}
	k := 0
	for _, a := range ints {
		for _, b := range ints {
			q, okq := FloorDiv(a, b)
			m, okm := FloorMod(a, b)
			wq, wm := want["idiv"][k], want["imod"][k]
			k++
			if wq == "Z" {
				if okq || okm {
					t.Errorf("%d // %d: want a zero-division exit", a, b)
				}
				continue
			}
			bq, _ := new(big.Int).SetString(wq, 10)
			if okq != bq.IsInt64() || (okq && q != bq.Int64()) {
				t.Errorf("%d // %d = %d (ok %v), CPython %s", a, b, q, okq, wq)
			}
			if !okm || fmt.Sprint(m) != wm {
				t.Errorf("%d %% %d = %d, CPython %s", a, b, m, wm)
			}
		}
	}
	k = 0
	for i, a := range fl {
		for _, b := range fl {
			d, _, okd := FloatDivmod(a, b)
			m, okm := FloatMod(a, b)
			wd, wm := want["fdiv"][k], want["fmod"][k]
			if wd == "Z" {
				if okd || okm {
					t.Errorf("%v // %v: want a zero-division exit", a, b)
				}
			} else {
				if !sameFloat(d, wd) {
					t.Errorf("%v // %v = %v, CPython %s", a, b, d, wd)
				}
				if !sameFloat(m, wm) {
					t.Errorf("%v %% %v = %v, CPython %s", a, b, m, wm)
				}
			}
			if !sameFloat(FloatMin(a, b), want["fmin"][k]) || !sameFloat(FloatMax(a, b), want["fmax"][k]) {
				t.Errorf("min/max(%v, %v) = %v/%v, CPython %s/%s", a, b, FloatMin(a, b), FloatMax(a, b), want["fmin"][k], want["fmax"][k])
			}
			k++
		}
		v, ok := FloatToInt(a)
		w := want["ftoi"][i]
		if w == "X" {
			if ok {
				t.Errorf("int(%v): want an exit", a)
			}
			continue
		}
		bw, _ := new(big.Int).SetString(w, 10)
		if ok != bw.IsInt64() || (ok && v != bw.Int64()) {
			t.Errorf("int(%v) = %d (ok %v), CPython %s", a, v, ok, w)
		}
	}
}

func TestOverflowChecks(t *testing.T) {
	vals := []int64{0, 1, -1, 2, 3, -3, 1 << 31, 1 << 32, 1 << 62, -(1 << 62), math.MaxInt64, math.MinInt64, math.MaxInt64 / 3}
	for _, a := range vals {
		for _, b := range vals {
			ba, bb := big.NewInt(a), big.NewInt(b)
			check := func(name string, got int64, ok bool, exact *big.Int) {
				if ok != exact.IsInt64() || (ok && got != exact.Int64()) {
					t.Errorf("%s(%d, %d) = %d ok=%v, exact %s", name, a, b, got, ok, exact)
				}
			}
			s, ok := AddOv(a, b)
			check("add", s, ok, new(big.Int).Add(ba, bb))
			s, ok = SubOv(a, b)
			check("sub", s, ok, new(big.Int).Sub(ba, bb))
			s, ok = MulOv(a, b)
			check("mul", s, ok, new(big.Int).Mul(ba, bb))
			if b >= 0 && b < 64 {
				s, ok = Shl(a, b)
				check("shl", s, ok, new(big.Int).Lsh(ba, uint(b)))
			}
		}
		s, ok := NegOv(a)
		if ok != (a != math.MinInt64) || (ok && s != -a) {
			t.Errorf("neg(%d)", a)
		}
	}
}
