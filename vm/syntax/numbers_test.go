package syntax

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// numberScript evaluates each input line as a NUMBER literal with CPython's
// compiler and prints repr(value) or "ERR: message".
const numberScript = `
for line in sys.stdin:
    src = line.strip()
    try:
        v = eval(compile(src, "<n>", "eval"))
    except SyntaxError as e:
        print("ERR: " + e.msg)
        continue
    try:
        print(repr(v))
    except ValueError:  # an int too long for repr: compare in hex
        print("HEX: " + hex(v))
`

func checkNumbers(t *testing.T, lits []string) {
	t.Helper()
	lines := pyLines(t, numberScript, strings.Join(lits, "\n")+"\n")
	if len(lines) != len(lits) {
		t.Fatalf("got %d lines for %d literals", len(lines), len(lits))
	}
	bad := 0
	for i, lit := range lits {
		v, msg := parseNumber(lit)
		got := "ERR: " + msg
		if msg == "" {
			got = v.Repr()
			if strings.HasPrefix(lines[i], "HEX: ") {
				got = fmt.Sprintf("HEX: %#x", v.(IntConst).V)
			}
		}
		if got != lines[i] {
			if bad++; bad < 20 {
				t.Errorf("parseNumber(%.60q) = %.200s, python3 %.200s", lit, got, lines[i])
			}
		}
	}
}

func TestParseNumberCases(t *testing.T) {
	checkNumbers(t, []string{
		"0", "00", "0_0", "7", "1_000_000", "123456789012345678901234567890",
		"0x0", "0xff", "0XFF", "0x_dead_BEEF", "0o17", "0O777", "0b1010", "0B_1", "0o0",
		"0x" + strings.Repeat("f", 5000),
		"1.", ".5", "1.5", "1e5", "1E5", "1e+5", "1e-5", "1_0.0_1e1_0", "1e400", "1e-400", "0.0", "0e0",
		"1e16", "1e15", "123456789012345678.0", "0.0001", "0.00001", "2.5e-324", "2.4e-324",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e308",
		"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999999",
		"1j", "1J", "0j", "1.5j", "1e400j", "1_0j", ".5j", "1.j", "1e-5j", "1e16j", "0.1j",
		strings.Repeat("1", 4300), strings.Repeat("1", 4301), strings.Repeat("1_", 4300) + "1",
		strings.Repeat("0", 4301), strings.Repeat("0", 6000), strings.Repeat("1", 4301) + ".0",
		strings.Repeat("1", 4301) + "j", strings.Repeat("9", 5000) + "e-5000",
		"1" + strings.Repeat("0", 20000) + "e-20000", strings.Repeat("9", 801) + "e-801",
		"0." + strings.Repeat("0", 5000) + "1e5000", "1e99999999999999999999", "0e99999999999999999999",
		"1e-99999999999999999999", strings.Repeat("1", 330) + ".5e-330",
		"9223372036854775807", "9223372036854775808", "18446744073709551616",
	})
}

// TestParseNumberRandomFloats checks correct rounding on many random
// decimal literals, including long and halfway-looking ones.
func TestParseNumberRandomFloats(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	var lits []string
	for i := 0; i < 3000; i++ {
		nd := 1 + rng.Intn(30)
		var b strings.Builder
		b.WriteByte(byte('1' + rng.Intn(9)))
		for j := 1; j < nd; j++ {
			b.WriteByte(byte('0' + rng.Intn(10)))
		}
		digits := b.String()
		switch i % 4 {
		case 0:
			lits = append(lits, fmt.Sprintf("%se%d", digits, rng.Intn(700)-350))
		case 1:
			k := rng.Intn(len(digits) + 1)
			lits = append(lits, digits[:k]+"."+digits[k:])
		case 2:
			lits = append(lits, fmt.Sprintf("0.%se%d", digits, rng.Intn(40)-20))
		default:
			// 17 significant digits ending in 5: near-halfway cases.
			lits = append(lits, fmt.Sprintf("%s5e%d", digits[:min(len(digits), 16)], rng.Intn(600)-300))
		}
		if i%10 == 0 {
			lits[len(lits)-1] += "j"
		}
	}
	checkNumbers(t, lits)
}

// TestParseNumberHalfway checks literals of more than 800 digits that sit
// exactly on, just above and just below the halfway point between two
// doubles (python3 writes them and evaluates them).
func TestParseNumberHalfway(t *testing.T) {
	lines := pyLines(t, `
import random, math
from decimal import Decimal, getcontext
getcontext().prec = 3000
random.seed(5)
for i in range(400):
    if i % 4 == 0:
        d = random.uniform(0, 1e-300) * 1e-10  # subnormal range
    else:
        d = random.uniform(1, 10) * 10.0 ** random.randint(-300, 300)
    mid = (Decimal(d) + Decimal(math.nextafter(d, math.inf))) / 2
    tiny = Decimal(10) ** (mid.adjusted() - 1200)
    for v in (mid, mid + tiny, mid - tiny):
        lit = format(v, "f") if abs(v.adjusted()) < 400 else format(v, "e")
        if "." not in lit and "e" not in lit:
            lit += ".0"
        print(lit + " " + repr(float(lit)))
`, "")
	bad := 0
	for _, l := range lines {
		lit, want, _ := strings.Cut(l, " ")
		v, _ := parseNumber(lit)
		if got := v.Repr(); got != want {
			if bad++; bad < 10 {
				t.Errorf("parseNumber(%.40s... [%d digits]) = %s, python3 %s", lit, len(lit), got, want)
			}
		}
	}
	t.Logf("%d long literals compared", len(lines))
}
