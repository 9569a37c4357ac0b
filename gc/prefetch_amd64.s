// prefetch_amd64.s holds prefetch for amd64: one PREFETCHT0, which asks
// the cache for a line without waiting for it.

#include "textflag.h"

// func prefetch(p unsafe.Pointer)
TEXT ·prefetch(SB), NOSPLIT, $0-8
	MOVQ p+0(FP), AX
	PREFETCHT0 (AX)
	RET
