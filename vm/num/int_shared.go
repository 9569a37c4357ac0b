// This file gives the vm a copy-free view of an Int's digits. An Int's
// *big.Int is never mutated once set, so a caller that also never mutates
// it may share it; Big copies because its callers may modify the result.

package num

import "math/big"

// BigShared returns x as a *big.Int that shares x's digits when x is
// large: the caller must never modify it. Storing an arithmetic result
// without copying its digits halves the memory traffic of big-int loops.
func (x Int) BigShared() *big.Int {
	if x.big == nil {
		return big.NewInt(x.small)
	}
	return x.big
}
