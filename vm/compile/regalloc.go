package compile

// This file holds the register allocator. Registers are laid out as
// docs/vm.md says: fast locals first (parameters in co_varnames order),
// then one register per cell and free variable from CellBase, then
// temporaries. Temporaries are a stack: an expression takes registers from
// the top and the statement that started it gives them all back, so the
// frame size (NumRegs) is the deepest point the stack reaches. Calls and
// displays take consecutive registers, so their operands are evaluated
// straight into place and the interpreter copies nothing.
//
// Numeric constants used inside a loop are loaded into registers once,
// before the loop (hoistConstants), so that the loop body reads them as
// operands directly.

import (
	"github.com/hotloop/hotloop/vm/bytecode"
	"github.com/hotloop/hotloop/vm/syntax"
)

// allocTemp reserves the next temporary register.
func (c *compiler) allocTemp() int {
	return c.allocTemps(1)
}

// allocTemps reserves n consecutive temporaries and returns the first.
func (c *compiler) allocTemps(n int) int {
	u := c.u
	r := u.temp
	u.temp += n
	if u.temp > u.maxReg {
		u.maxReg = u.temp
	}
	c.checkOperand(u.temp)
	return r
}

// freeTo releases every temporary from r up.
func (c *compiler) freeTo(r int) {
	if r < c.u.tempBase {
		r = c.u.tempBase
	}
	c.u.temp = r
}

// isTemp reports whether r is a temporary (not a local or cell register).
func (c *compiler) isTemp(r int) bool { return r >= c.u.tempBase }

// maxHoisted bounds the constants one loop keeps in registers.
const maxHoisted = 16

// hoistConstants loads the constants that appear as operands in the
// given parts of a loop (its test and body) into registers before the
// loop, so that an operation with a constant operand inside the loop is
// one instruction (`i += 1` is one INPLACE, not a LOADCONST and an
// INPLACE per iteration). exprAny hands out these registers, which nothing
// writes; an inner loop adds its own. The returned function ends the
// hoisting; the registers are freed with the loop statement's
// temporaries.
func (c *compiler) hoistConstants(nodes []syntax.Node) func() {
	u := c.u
	saved := u.hoisted
	next := make(map[string]int, len(saved))
	for k, r := range saved {
		next[k] = r
	}
	var vals []bytecode.Constant
	var keys []string
	for _, n := range nodes {
		scanLoopConstants(n, func(k *syntax.Constant) {
			if len(keys) >= maxHoisted {
				return
			}
			key, ok := constKey(k.Value)
			if !ok {
				return
			}
			if _, ok := next[key]; ok {
				return
			}
			next[key] = -1
			keys = append(keys, key)
			vals = append(vals, k.Value)
		})
	}
	if len(keys) > 0 {
		r := c.allocTemps(len(keys))
		for i, key := range keys {
			next[key] = r + i
			c.loadConst(vals[i], r+i)
		}
	}
	u.hoisted = next
	return func() { u.hoisted = saved }
}

// scanLoopConstants calls f with the numeric constants of n that the
// current code unit evaluates: it does not enter nested functions,
// classes, lambdas or comprehensions (other code units), nor f-strings.
func scanLoopConstants(n syntax.Node, f func(*syntax.Constant)) {
	scanPruned(n, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Constant:
			switch n.Value.(type) {
			case syntax.IntConst, syntax.FloatConst, syntax.ComplexConst:
				f(n)
			}
		case *syntax.ListComp, *syntax.SetComp, *syntax.DictComp, *syntax.GeneratorExp, *syntax.JoinedStr:
			return false
		}
		return true
	})
}
