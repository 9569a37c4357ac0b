// This file is the fallback for systems without wait4's rusage: peak
// memory is simply not reported there.

//go:build !unix

package bench

import "os"

// maxRSSKiB returns -1: this OS gives no peak resident set size.
func maxRSSKiB(*os.ProcessState) int64 { return -1 }
