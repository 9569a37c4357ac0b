package jit

import "testing"

// coldOuterSrc is jit/nested_traces' rows: `for v in row` runs 30-40
// iterations per row under `for row in matrix`, whose 200-250 rows per
// call never make that loop hot, between float loops whose work the
// inner loop's measured time per iteration takes in.
const coldOuterSrc = `def grid(n, m):
    total = 0
    for i in range(n):
        for j in range(m):
            total += i * j
    return total
def escape(w, h, limit):
    count = 0
    for y in range(h):
        for x in range(w):
            zr = zi = 0.0
            cr, ci = x / w * 3 - 2, y / h * 2 - 1
            k = 0
            while k < limit:
                zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
                if zr * zr + zi * zi > 4:
                    break
                k += 1
            count += k
    return count
def rows(matrix):
    out = 0.0
    for row in matrix:
        for v in row:
            out += v
    return out
print(escape(60, 40, 50))
print(rows([[i * 0.5 + j for j in range(30)] for i in range(200)]))
for rep in range(3):
    print(rep, grid(100 + rep, 30), rows([[1.5] * 40] * (50 + rep)))
`

// TestListRunsUnderColdLoop: an inner loop over short lists under a
// same-frame loop that has never been hot and whose run (200-253 rows)
// ends before it could be (coldRun: no trace of it will call the inner
// loop's trace) is priced by the list's length, as under a loop that
// gets no trace, and is not compiled. Without coldRun it was priced at
// four times its bytecodes (the float loops' time between its hook
// calls) by ski rental and compiled: 1 trace, 44 exits to Go, each run
// entering it from the interpreter.
func TestListRunsUnderColdLoop(t *testing.T) {
	j, lg := runPayoffLogged(t, "cold outer loop", coldOuterSrc, 1039)
	if s := j.Stats(); s.TracesCompiled > 0 || s.GuardExits > 0 {
		t.Fatalf("%d traces compiled, %d exits to Go, want none:\n%s", s.TracesCompiled, s.GuardExits, lg)
	}
}
