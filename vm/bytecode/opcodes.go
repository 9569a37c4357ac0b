package bytecode

// This file is the opcode table: every instruction, its operand modes and
// its flags, as data. The compiler, the disassembler, the interpreter and the
// trace recorder read this table; adding an instruction means adding one
// row here and one handler in the interpreter.
//
// Notation in the comments: R[x] is register x of the frame, K[x] constant
// x of the code object, N[x] the name (an interned str constant) at K[x].
// "pc" operands are absolute instruction indexes.

// Op is an opcode.
type Op uint8

// Mode says how an operand is read, for the disassembler and the verifier.
type Mode uint8

// Operand modes.
const (
	ModeUnused  Mode = iota // operand not used
	ModeReg                 // a register
	ModeConst               // a constant index
	ModeName                // a constant index holding a name
	ModeInt                 // a plain count or small integer
	ModeJump                // Bx: an absolute pc
	ModeConstBx             // Bx: a constant index
	ModeNameBx              // Bx: a constant index holding a name
	ModeCell                // a cell/free variable index
)

// Flag marks properties of an opcode.
type Flag uint8

const (
	// FlagJump: the instruction may transfer control to its jump operand.
	// A jump to a lower pc is a loop back-edge, where hot counters count.
	FlagJump Flag = 1 << iota
	// FlagCache: the instruction has an inline cache entry.
	FlagCache
	// FlagTerminator: control never falls through to the next instruction.
	FlagTerminator
)

// Info describes one opcode.
type Info struct {
	Name    string
	A, B, C Mode // for Bx instructions, B holds the Bx mode and C is unused
	HasBx   bool
	Flags   Flag
}

// The opcodes. Keep each comment as the instruction's specification.
const (
	NOP                 Op = iota // do nothing
	MOVE                          // R[A] = R[B]
	LOADCONST                     // R[A] = K[Bx]
	LOADNONE                      // R[A] = None
	LOADTRUE                      // R[A] = True
	LOADFALSE                     // R[A] = False
	LOADGLOBAL                    // R[A] = globals or builtins [N[Bx]] (NameError); cached
	STOREGLOBAL                   // globals[N[Bx]] = R[A]
	DELGLOBAL                     // del globals[N[Bx]]
	LOADNAME                      // R[A] = locals, globals or builtins [N[Bx]] (class and module bodies)
	STORENAME                     // locals[N[Bx]] = R[A]
	DELNAME                       // del locals[N[Bx]]
	CHECKBOUND                    // raise UnboundLocalError for local N[Bx] if R[A] is empty
	DELFAST                       // R[A] = empty, after the same check
	LOADDEREF                     // R[A] = cell(B).contents (NameError/UnboundLocalError when empty)
	STOREDEREF                    // cell(B).contents = R[A]
	DELDEREF                      // cell(B).contents = empty, after the check
	LOADATTR                      // R[A] = R[B].N[C]; cached
	STOREATTR                     // R[A].N[B] = R[C]; cached
	DELATTR                       // del R[A].N[B]
	LOADMETHOD                    // R[A], R[A+1] = unbound method and R[B] for R[B].N[C], or the attribute and empty; cached
	GETITEM                       // R[A] = R[B][R[C]]
	SETITEM                       // R[A][R[B]] = R[C]
	DELITEM                       // del R[A][R[B]]
	ADD                           // R[A] = R[B] + R[C]
	SUB                           // R[A] = R[B] - R[C]
	MUL                           // R[A] = R[B] * R[C]
	TRUEDIV                       // R[A] = R[B] / R[C]
	FLOORDIV                      // R[A] = R[B] // R[C]
	MOD                           // R[A] = R[B] % R[C]
	POW                           // R[A] = R[B] ** R[C]
	MATMUL                        // R[A] = R[B] @ R[C]
	LSHIFT                        // R[A] = R[B] << R[C]
	RSHIFT                        // R[A] = R[B] >> R[C]
	BITAND                        // R[A] = R[B] & R[C]
	BITOR                         // R[A] = R[B] | R[C]
	BITXOR                        // R[A] = R[B] ^ R[C]
	INPLACE                       // R[A] = R[B] op= R[C], op = binary opcode in the spare bits
	NEG                           // R[A] = -R[B]
	POS                           // R[A] = +R[B]
	INVERT                        // R[A] = ~R[B]
	NOT                           // R[A] = not R[B]
	LT                            // R[A] = R[B] < R[C]
	LE                            // R[A] = R[B] <= R[C]
	EQ                            // R[A] = R[B] == R[C]
	NE                            // R[A] = R[B] != R[C]
	GT                            // R[A] = R[B] > R[C]
	GE                            // R[A] = R[B] >= R[C]
	IS                            // R[A] = R[B] is R[C]
	ISNOT                         // R[A] = R[B] is not R[C]
	IN                            // R[A] = R[B] in R[C]
	NOTIN                         // R[A] = R[B] not in R[C]
	JUMP                          // pc = Bx (a backward jump is a loop back-edge)
	JUMPIFTRUE                    // if R[A] is true: pc = Bx
	JUMPIFFALSE                   // if not R[A]: pc = Bx
	GETITER                       // R[A] = iter(R[B])
	FORITER                       // R[A+1] = next(R[A]) where R[A] is the iterator, or pc = Bx when exhausted
	CALL                          // R[A] = R[A](R[A+1], ..., R[A+B]); C = 1 + K index of a keyword-names tuple (its n names name the last n args), or 0
	CALLMETHOD                    // R[A] = R[A](R[A+1], R[A+2], ..., R[A+1+B]), or R[A](R[A+2], ...) when R[A+1] is empty; C as CALL
	CALLEX                        // R[A] = R[A](*R[A+1], **R[A+2]) (R[A+2] empty: no keywords)
	RETURN                        // return R[A]
	BUILDTUPLE                    // R[A] = (R[B], ..., R[B+C-1])
	BUILDLIST                     // R[A] = [R[B], ..., R[B+C-1]]
	BUILDSET                      // R[A] = {R[B], ..., R[B+C-1]}
	BUILDDICT                     // R[A] = {R[B]: R[B+1], ...} for C pairs
	BUILDSLICE                    // R[A] = slice(R[B], R[B+1], R[B+2]) (C = 2 or 3 operands)
	BUILDSTRING                   // R[A] = "".join(R[B], ..., R[B+C-1]) (f-strings)
	FORMAT                        // R[A] = format(R[B], R[C]) (C = 0xffff: no spec); conversion in spare bits
	LISTAPPEND                    // R[A].append(R[B]) (comprehensions)
	LISTEXTEND                    // R[A].extend(R[B])
	SETADD                        // R[A].add(R[B])
	SETUPDATE                     // R[A].update(R[B])
	DICTSET                       // R[A][R[B]] = R[C] (comprehensions, displays)
	DICTUPDATE                    // R[A].update(R[B]) (** in displays)
	DICTMERGE                     // merge R[B] into R[A] for **kwargs, raising on duplicate keys (R[A] is CALLEX's R[A+2]: the callee, for the message, is R[A-2])
	LISTTOTUPLE                   // R[A] = tuple(R[B])
	UNPACK                        // R[A], ..., R[A+C-1] = R[B] (exactly C items)
	UNPACKEX                      // starred unpack of R[B] into C registers from R[A]; the star's index in spare bits
	MAKEFUNCTION                  // R[A] = function from code K[B]; R[C..C+3] = defaults tuple, kwdefaults dict, annotations dict, closure tuple (each may be empty)
	MAKECELL                      // R[A] = new cell holding R[B] (or empty when B == A); the compiler emits one per cell variable at the start of the code (free variables are not made: the call places the closure's cells in their registers)
	LOADCLOSURE                   // R[A] = the cell object of cell/free variable B
	LOADBUILDCLASS                // R[A] = builtins.__build_class__
	IMPORTNAME                    // R[A] = __import__(N[B], fromlist R[C], level in spare bits)
	IMPORTFROM                    // R[A] = from-import of N[C] out of module R[B]
	IMPORTSTAR                    // from R[A] import *
	RAISE                         // raise R[A] from R[B] (B == A: no cause; A == 0xffff: re-raise)
	RERAISE                       // re-raise the exception in R[A]
	CHECKEXCMATCH                 // R[A] = the exception in R[B] matches the class(es) R[C]
	POPEXCEPT                     // restore the previous "current exception" from R[A]
	PUSHEXCINFO                   // R[A] = previous current exception; current exception = R[B]
	WITHENTER                     // R[A] = R[B].__enter__(); R[B+1] = R[B].__exit__
	WITHEXIT                      // R[A] = R[B+1](type, value, traceback) of the exception in R[C], or R[B+1](None, None, None) when R[C] is empty
	YIELDVALUE                    // yield R[B]; the sent value arrives in R[A]
	YIELDFROM                     // R[A] = yield from R[B] (R[B] is already an iterator: the compiler emits GETITER, GETAWAITABLE or GETANEXT first)
	SETUPANNOTATIONS              // create __annotations__ in the local namespace
	ASSERTFAIL                    // raise AssertionError(R[A]) (A == 0xffff: no message)
	PRINTEXPR                     // interactive mode: display R[A] via sys.displayhook
	LOADEMPTY                     // R[A] = empty (no value): the absent operand of CALLEX, MAKEFUNCTION and WITHEXIT
	LOADCLASSDEREF                // R[A] = the class body's local N[C] if it has one, else cell(B).contents (NameError when empty); class bodies only
	MATCHSEQUENCE                 // R[A] = R[B] is a sequence for a match statement (its type has Py_TPFLAGS_SEQUENCE: not str, bytes, bytearray)
	MATCHMAPPING                  // R[A] = R[B] is a mapping for a match statement (its type has Py_TPFLAGS_MAPPING)
	GETLEN                        // R[A] = len(R[B])
	MATCHKEYS                     // R[A] = tuple of R[B].get(k) for each key k of the tuple R[C], or None if one is missing (CPython's MATCH_KEYS)
	MATCHCLASS                    // R[A] = tuple of the C positional then the keyword attributes (names: the tuple R[B+2]) of subject R[B] for class R[B+1], or None when it does not match (CPython's MATCH_CLASS)
	COPYDICTWITHOUTKEYS           // R[A] = dict(R[B]) without the keys in the tuple R[C] (the **rest of a mapping pattern)
	GETAWAITABLE                  // R[A] = the iterator to delegate to for `await R[B]` (CPython's GET_AWAITABLE; spare bits for the error message: 0 await, 1 the result of __aenter__, 2 of __aexit__); YIELDFROM then runs it
	GETAITER                      // R[A] = R[B].__aiter__()
	GETANEXT                      // R[A] = the awaitable iterator of R[B].__anext__() (CPython's GET_ANEXT); YIELDFROM then runs it
	ENDASYNCFOR                   // if the exception in R[A] is a StopAsyncIteration, go on with the next instruction (the async for loop ends); else re-raise it
	ASYNCWITHENTER                // R[A] = R[B].__aenter__() (an awaitable); R[B+1] = R[B].__aexit__
	CHECKEGMATCH                  // R[A], R[A+1] = the part of the exception (group) R[B] that matches the class(es) R[C] (None if none; a bare exception that matches is wrapped in a group) and the rest (None if none); when R[A] is not None it becomes the current exception (CPython's CHECK_EG_MATCH)
	PREPRERAISESTAR               // R[A] = the exception to re-raise after the except* clauses of a try whose exception was R[B], given the list R[C] of exceptions the clauses raised or left unhandled; None if there is none (CPython's PREP_RERAISE_STAR)
	ENDFOR                        // the for loop over iterator R[A] is left early (break, return): close R[A] if the loop owns it (a generator its GETITER took straight from the call that made it; GETITER's spare bits are 1 when its operand is a call)

	NumOps // the number of opcodes
)

// Table holds the Info of each opcode.
var Table = [NumOps]Info{
	NOP:                 {Name: "NOP"},
	MOVE:                {Name: "MOVE", A: ModeReg, B: ModeReg},
	LOADCONST:           {Name: "LOADCONST", A: ModeReg, B: ModeConstBx, HasBx: true},
	LOADNONE:            {Name: "LOADNONE", A: ModeReg},
	LOADTRUE:            {Name: "LOADTRUE", A: ModeReg},
	LOADFALSE:           {Name: "LOADFALSE", A: ModeReg},
	LOADGLOBAL:          {Name: "LOADGLOBAL", A: ModeReg, B: ModeNameBx, HasBx: true, Flags: FlagCache},
	STOREGLOBAL:         {Name: "STOREGLOBAL", A: ModeReg, B: ModeNameBx, HasBx: true},
	DELGLOBAL:           {Name: "DELGLOBAL", B: ModeNameBx, HasBx: true},
	LOADNAME:            {Name: "LOADNAME", A: ModeReg, B: ModeNameBx, HasBx: true},
	STORENAME:           {Name: "STORENAME", A: ModeReg, B: ModeNameBx, HasBx: true},
	DELNAME:             {Name: "DELNAME", B: ModeNameBx, HasBx: true},
	CHECKBOUND:          {Name: "CHECKBOUND", A: ModeReg, B: ModeNameBx, HasBx: true},
	DELFAST:             {Name: "DELFAST", A: ModeReg, B: ModeNameBx, HasBx: true},
	LOADDEREF:           {Name: "LOADDEREF", A: ModeReg, B: ModeCell},
	STOREDEREF:          {Name: "STOREDEREF", A: ModeReg, B: ModeCell},
	DELDEREF:            {Name: "DELDEREF", B: ModeCell},
	LOADATTR:            {Name: "LOADATTR", A: ModeReg, B: ModeReg, C: ModeName, Flags: FlagCache},
	STOREATTR:           {Name: "STOREATTR", A: ModeReg, B: ModeName, C: ModeReg, Flags: FlagCache},
	DELATTR:             {Name: "DELATTR", A: ModeReg, B: ModeName},
	LOADMETHOD:          {Name: "LOADMETHOD", A: ModeReg, B: ModeReg, C: ModeName, Flags: FlagCache},
	GETITEM:             {Name: "GETITEM", A: ModeReg, B: ModeReg, C: ModeReg},
	SETITEM:             {Name: "SETITEM", A: ModeReg, B: ModeReg, C: ModeReg},
	DELITEM:             {Name: "DELITEM", A: ModeReg, B: ModeReg},
	ADD:                 binop("ADD"),
	SUB:                 binop("SUB"),
	MUL:                 binop("MUL"),
	TRUEDIV:             binop("TRUEDIV"),
	FLOORDIV:            binop("FLOORDIV"),
	MOD:                 binop("MOD"),
	POW:                 binop("POW"),
	MATMUL:              binop("MATMUL"),
	LSHIFT:              binop("LSHIFT"),
	RSHIFT:              binop("RSHIFT"),
	BITAND:              binop("BITAND"),
	BITOR:               binop("BITOR"),
	BITXOR:              binop("BITXOR"),
	INPLACE:             binop("INPLACE"),
	NEG:                 {Name: "NEG", A: ModeReg, B: ModeReg},
	POS:                 {Name: "POS", A: ModeReg, B: ModeReg},
	INVERT:              {Name: "INVERT", A: ModeReg, B: ModeReg},
	NOT:                 {Name: "NOT", A: ModeReg, B: ModeReg},
	LT:                  binop("LT"),
	LE:                  binop("LE"),
	EQ:                  binop("EQ"),
	NE:                  binop("NE"),
	GT:                  binop("GT"),
	GE:                  binop("GE"),
	IS:                  {Name: "IS", A: ModeReg, B: ModeReg, C: ModeReg},
	ISNOT:               {Name: "ISNOT", A: ModeReg, B: ModeReg, C: ModeReg},
	IN:                  {Name: "IN", A: ModeReg, B: ModeReg, C: ModeReg},
	NOTIN:               {Name: "NOTIN", A: ModeReg, B: ModeReg, C: ModeReg},
	JUMP:                {Name: "JUMP", B: ModeJump, HasBx: true, Flags: FlagJump | FlagTerminator},
	JUMPIFTRUE:          {Name: "JUMPIFTRUE", A: ModeReg, B: ModeJump, HasBx: true, Flags: FlagJump},
	JUMPIFFALSE:         {Name: "JUMPIFFALSE", A: ModeReg, B: ModeJump, HasBx: true, Flags: FlagJump},
	GETITER:             {Name: "GETITER", A: ModeReg, B: ModeReg},
	FORITER:             {Name: "FORITER", A: ModeReg, B: ModeJump, HasBx: true, Flags: FlagJump | FlagCache},
	CALL:                {Name: "CALL", A: ModeReg, B: ModeInt, C: ModeInt, Flags: FlagCache},
	CALLMETHOD:          {Name: "CALLMETHOD", A: ModeReg, B: ModeInt, C: ModeInt, Flags: FlagCache},
	CALLEX:              {Name: "CALLEX", A: ModeReg},
	RETURN:              {Name: "RETURN", A: ModeReg, Flags: FlagTerminator},
	BUILDTUPLE:          {Name: "BUILDTUPLE", A: ModeReg, B: ModeReg, C: ModeInt},
	BUILDLIST:           {Name: "BUILDLIST", A: ModeReg, B: ModeReg, C: ModeInt},
	BUILDSET:            {Name: "BUILDSET", A: ModeReg, B: ModeReg, C: ModeInt},
	BUILDDICT:           {Name: "BUILDDICT", A: ModeReg, B: ModeReg, C: ModeInt},
	BUILDSLICE:          {Name: "BUILDSLICE", A: ModeReg, B: ModeReg, C: ModeInt},
	BUILDSTRING:         {Name: "BUILDSTRING", A: ModeReg, B: ModeReg, C: ModeInt},
	FORMAT:              {Name: "FORMAT", A: ModeReg, B: ModeReg, C: ModeReg},
	LISTAPPEND:          {Name: "LISTAPPEND", A: ModeReg, B: ModeReg},
	LISTEXTEND:          {Name: "LISTEXTEND", A: ModeReg, B: ModeReg},
	SETADD:              {Name: "SETADD", A: ModeReg, B: ModeReg},
	SETUPDATE:           {Name: "SETUPDATE", A: ModeReg, B: ModeReg},
	DICTSET:             {Name: "DICTSET", A: ModeReg, B: ModeReg, C: ModeReg},
	DICTUPDATE:          {Name: "DICTUPDATE", A: ModeReg, B: ModeReg},
	DICTMERGE:           {Name: "DICTMERGE", A: ModeReg, B: ModeReg},
	LISTTOTUPLE:         {Name: "LISTTOTUPLE", A: ModeReg, B: ModeReg},
	UNPACK:              {Name: "UNPACK", A: ModeReg, B: ModeReg, C: ModeInt},
	UNPACKEX:            {Name: "UNPACKEX", A: ModeReg, B: ModeReg, C: ModeInt},
	MAKEFUNCTION:        {Name: "MAKEFUNCTION", A: ModeReg, B: ModeConst, C: ModeReg},
	MAKECELL:            {Name: "MAKECELL", A: ModeReg, B: ModeReg},
	LOADCLOSURE:         {Name: "LOADCLOSURE", A: ModeReg, B: ModeCell},
	LOADBUILDCLASS:      {Name: "LOADBUILDCLASS", A: ModeReg},
	IMPORTNAME:          {Name: "IMPORTNAME", A: ModeReg, B: ModeName, C: ModeReg},
	IMPORTFROM:          {Name: "IMPORTFROM", A: ModeReg, B: ModeReg, C: ModeName},
	IMPORTSTAR:          {Name: "IMPORTSTAR", A: ModeReg},
	RAISE:               {Name: "RAISE", A: ModeReg, B: ModeReg, Flags: FlagTerminator},
	RERAISE:             {Name: "RERAISE", A: ModeReg, Flags: FlagTerminator},
	CHECKEXCMATCH:       {Name: "CHECKEXCMATCH", A: ModeReg, B: ModeReg, C: ModeReg},
	POPEXCEPT:           {Name: "POPEXCEPT", A: ModeReg},
	PUSHEXCINFO:         {Name: "PUSHEXCINFO", A: ModeReg, B: ModeReg},
	WITHENTER:           {Name: "WITHENTER", A: ModeReg, B: ModeReg},
	WITHEXIT:            {Name: "WITHEXIT", A: ModeReg, B: ModeReg, C: ModeReg},
	YIELDVALUE:          {Name: "YIELDVALUE", A: ModeReg, B: ModeReg},
	YIELDFROM:           {Name: "YIELDFROM", A: ModeReg, B: ModeReg},
	SETUPANNOTATIONS:    {Name: "SETUPANNOTATIONS"},
	ASSERTFAIL:          {Name: "ASSERTFAIL", A: ModeReg, Flags: FlagTerminator},
	PRINTEXPR:           {Name: "PRINTEXPR", A: ModeReg},
	LOADEMPTY:           {Name: "LOADEMPTY", A: ModeReg},
	LOADCLASSDEREF:      {Name: "LOADCLASSDEREF", A: ModeReg, B: ModeCell, C: ModeName},
	MATCHSEQUENCE:       {Name: "MATCHSEQUENCE", A: ModeReg, B: ModeReg},
	MATCHMAPPING:        {Name: "MATCHMAPPING", A: ModeReg, B: ModeReg},
	GETLEN:              {Name: "GETLEN", A: ModeReg, B: ModeReg},
	MATCHKEYS:           {Name: "MATCHKEYS", A: ModeReg, B: ModeReg, C: ModeReg},
	MATCHCLASS:          {Name: "MATCHCLASS", A: ModeReg, B: ModeReg, C: ModeInt},
	COPYDICTWITHOUTKEYS: {Name: "COPYDICTWITHOUTKEYS", A: ModeReg, B: ModeReg, C: ModeReg},
	GETAWAITABLE:        {Name: "GETAWAITABLE", A: ModeReg, B: ModeReg},
	GETAITER:            {Name: "GETAITER", A: ModeReg, B: ModeReg},
	GETANEXT:            {Name: "GETANEXT", A: ModeReg, B: ModeReg},
	ENDASYNCFOR:         {Name: "ENDASYNCFOR", A: ModeReg},
	ASYNCWITHENTER:      {Name: "ASYNCWITHENTER", A: ModeReg, B: ModeReg},
	CHECKEGMATCH:        {Name: "CHECKEGMATCH", A: ModeReg, B: ModeReg, C: ModeReg},
	PREPRERAISESTAR:     {Name: "PREPRERAISESTAR", A: ModeReg, B: ModeReg, C: ModeReg},
	ENDFOR:              {Name: "ENDFOR", A: ModeReg},
}

func binop(name string) Info {
	return Info{Name: name, A: ModeReg, B: ModeReg, C: ModeReg, Flags: FlagCache}
}

// String returns the opcode's name.
func (op Op) String() string {
	if op < NumOps && Table[op].Name != "" {
		return Table[op].Name
	}
	return "OP?"
}
