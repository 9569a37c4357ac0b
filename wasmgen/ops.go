// ops.go holds the table of instructions that take no immediate other than
// a memory argument: numeric, comparison and conversion operators, loads,
// stores and the memory instructions. One row gives an instruction's name in
// the text format, its encoding and its operand and result types; the
// encoder, the type checker and the tests all read this one table.

package wasmgen

// Op names one instruction of the table: Func.Op appends the plain ones
// and Func.Mem the loads and stores.
type Op uint8

// The instructions of the table, named after their text-format names.
const (
	OpI32Eqz Op = iota
	OpI32Eq
	OpI32Ne
	OpI32LtS
	OpI32LtU
	OpI32GtS
	OpI32GtU
	OpI32LeS
	OpI32LeU
	OpI32GeS
	OpI32GeU
	OpI64Eqz
	OpI64Eq
	OpI64Ne
	OpI64LtS
	OpI64LtU
	OpI64GtS
	OpI64GtU
	OpI64LeS
	OpI64LeU
	OpI64GeS
	OpI64GeU
	OpF32Eq
	OpF32Ne
	OpF32Lt
	OpF32Gt
	OpF32Le
	OpF32Ge
	OpF64Eq
	OpF64Ne
	OpF64Lt
	OpF64Gt
	OpF64Le
	OpF64Ge
	OpI32Clz
	OpI32Ctz
	OpI32Popcnt
	OpI32Add
	OpI32Sub
	OpI32Mul
	OpI32DivS
	OpI32DivU
	OpI32RemS
	OpI32RemU
	OpI32And
	OpI32Or
	OpI32Xor
	OpI32Shl
	OpI32ShrS
	OpI32ShrU
	OpI32Rotl
	OpI32Rotr
	OpI64Clz
	OpI64Ctz
	OpI64Popcnt
	OpI64Add
	OpI64Sub
	OpI64Mul
	OpI64DivS
	OpI64DivU
	OpI64RemS
	OpI64RemU
	OpI64And
	OpI64Or
	OpI64Xor
	OpI64Shl
	OpI64ShrS
	OpI64ShrU
	OpI64Rotl
	OpI64Rotr
	OpF32Abs
	OpF32Neg
	OpF32Ceil
	OpF32Floor
	OpF32Trunc
	OpF32Nearest
	OpF32Sqrt
	OpF32Add
	OpF32Sub
	OpF32Mul
	OpF32Div
	OpF32Min
	OpF32Max
	OpF32Copysign
	OpF64Abs
	OpF64Neg
	OpF64Ceil
	OpF64Floor
	OpF64Trunc
	OpF64Nearest
	OpF64Sqrt
	OpF64Add
	OpF64Sub
	OpF64Mul
	OpF64Div
	OpF64Min
	OpF64Max
	OpF64Copysign
	OpI32WrapI64
	OpI32TruncF32S
	OpI32TruncF32U
	OpI32TruncF64S
	OpI32TruncF64U
	OpI64ExtendI32S
	OpI64ExtendI32U
	OpI64TruncF32S
	OpI64TruncF32U
	OpI64TruncF64S
	OpI64TruncF64U
	OpF32ConvertI32S
	OpF32ConvertI32U
	OpF32ConvertI64S
	OpF32ConvertI64U
	OpF32DemoteF64
	OpF64ConvertI32S
	OpF64ConvertI32U
	OpF64ConvertI64S
	OpF64ConvertI64U
	OpF64PromoteF32
	OpI32ReinterpretF32
	OpI64ReinterpretF64
	OpF32ReinterpretI32
	OpF64ReinterpretI64
	OpI32Extend8S
	OpI32Extend16S
	OpI64Extend8S
	OpI64Extend16S
	OpI64Extend32S
	OpI32TruncSatF32S
	OpI32TruncSatF32U
	OpI32TruncSatF64S
	OpI32TruncSatF64U
	OpI64TruncSatF32S
	OpI64TruncSatF32U
	OpI64TruncSatF64S
	OpI64TruncSatF64U
	OpMemorySize
	OpMemoryGrow
	OpMemoryCopy
	OpMemoryFill
	OpI32Load
	OpI64Load
	OpF32Load
	OpF64Load
	OpI32Load8S
	OpI32Load8U
	OpI32Load16S
	OpI32Load16U
	OpI64Load8S
	OpI64Load8U
	OpI64Load16S
	OpI64Load16U
	OpI64Load32S
	OpI64Load32U
	OpI32Store
	OpI64Store
	OpF32Store
	OpF64Store
	OpI32Store8
	OpI32Store16
	OpI64Store8
	OpI64Store16
	OpI64Store32
	numOps
)

// opKind says which immediates an instruction takes.
type opKind uint8

const (
	kindPlain  opKind = iota // none
	kindMemory               // fixed memory-index bytes (memory.size, memory.copy...)
	kindLoad                 // a memarg
	kindStore                // a memarg
)

// opDesc describes one instruction: its text name, its opcode (0xFCnn for
// the instructions behind the 0xFC prefix), its operand and result types,
// the fixed immediate bytes of memory instructions and the natural
// alignment (log2 of the access width) of loads and stores.
type opDesc struct {
	name    string
	code    uint16
	in, out []ValType
	kind    opKind
	align   uint32
	imm     []byte
}

// Operand and result lists shared by the table's rows.
var (
	tF64       = []ValType{F64}
	tF64F64    = []ValType{F64, F64}
	tI64       = []ValType{I64}
	tI64I64    = []ValType{I64, I64}
	tF32       = []ValType{F32}
	tF32F32    = []ValType{F32, F32}
	tI32       = []ValType{I32}
	tI32F64    = []ValType{I32, F64}
	tI32I64    = []ValType{I32, I64}
	tI32F32    = []ValType{I32, F32}
	tI32I32    = []ValType{I32, I32}
	tI32I32I32 = []ValType{I32, I32, I32}
)

// opTable describes every Op.
var opTable = [numOps]opDesc{
	OpI32Eqz:            {name: "i32.eqz", code: 0x45, in: tI32, out: tI32},
	OpI32Eq:             {name: "i32.eq", code: 0x46, in: tI32I32, out: tI32},
	OpI32Ne:             {name: "i32.ne", code: 0x47, in: tI32I32, out: tI32},
	OpI32LtS:            {name: "i32.lt_s", code: 0x48, in: tI32I32, out: tI32},
	OpI32LtU:            {name: "i32.lt_u", code: 0x49, in: tI32I32, out: tI32},
	OpI32GtS:            {name: "i32.gt_s", code: 0x4a, in: tI32I32, out: tI32},
	OpI32GtU:            {name: "i32.gt_u", code: 0x4b, in: tI32I32, out: tI32},
	OpI32LeS:            {name: "i32.le_s", code: 0x4c, in: tI32I32, out: tI32},
	OpI32LeU:            {name: "i32.le_u", code: 0x4d, in: tI32I32, out: tI32},
	OpI32GeS:            {name: "i32.ge_s", code: 0x4e, in: tI32I32, out: tI32},
	OpI32GeU:            {name: "i32.ge_u", code: 0x4f, in: tI32I32, out: tI32},
	OpI64Eqz:            {name: "i64.eqz", code: 0x50, in: tI64, out: tI32},
	OpI64Eq:             {name: "i64.eq", code: 0x51, in: tI64I64, out: tI32},
	OpI64Ne:             {name: "i64.ne", code: 0x52, in: tI64I64, out: tI32},
	OpI64LtS:            {name: "i64.lt_s", code: 0x53, in: tI64I64, out: tI32},
	OpI64LtU:            {name: "i64.lt_u", code: 0x54, in: tI64I64, out: tI32},
	OpI64GtS:            {name: "i64.gt_s", code: 0x55, in: tI64I64, out: tI32},
	OpI64GtU:            {name: "i64.gt_u", code: 0x56, in: tI64I64, out: tI32},
	OpI64LeS:            {name: "i64.le_s", code: 0x57, in: tI64I64, out: tI32},
	OpI64LeU:            {name: "i64.le_u", code: 0x58, in: tI64I64, out: tI32},
	OpI64GeS:            {name: "i64.ge_s", code: 0x59, in: tI64I64, out: tI32},
	OpI64GeU:            {name: "i64.ge_u", code: 0x5a, in: tI64I64, out: tI32},
	OpF32Eq:             {name: "f32.eq", code: 0x5b, in: tF32F32, out: tI32},
	OpF32Ne:             {name: "f32.ne", code: 0x5c, in: tF32F32, out: tI32},
	OpF32Lt:             {name: "f32.lt", code: 0x5d, in: tF32F32, out: tI32},
	OpF32Gt:             {name: "f32.gt", code: 0x5e, in: tF32F32, out: tI32},
	OpF32Le:             {name: "f32.le", code: 0x5f, in: tF32F32, out: tI32},
	OpF32Ge:             {name: "f32.ge", code: 0x60, in: tF32F32, out: tI32},
	OpF64Eq:             {name: "f64.eq", code: 0x61, in: tF64F64, out: tI32},
	OpF64Ne:             {name: "f64.ne", code: 0x62, in: tF64F64, out: tI32},
	OpF64Lt:             {name: "f64.lt", code: 0x63, in: tF64F64, out: tI32},
	OpF64Gt:             {name: "f64.gt", code: 0x64, in: tF64F64, out: tI32},
	OpF64Le:             {name: "f64.le", code: 0x65, in: tF64F64, out: tI32},
	OpF64Ge:             {name: "f64.ge", code: 0x66, in: tF64F64, out: tI32},
	OpI32Clz:            {name: "i32.clz", code: 0x67, in: tI32, out: tI32},
	OpI32Ctz:            {name: "i32.ctz", code: 0x68, in: tI32, out: tI32},
	OpI32Popcnt:         {name: "i32.popcnt", code: 0x69, in: tI32, out: tI32},
	OpI32Add:            {name: "i32.add", code: 0x6a, in: tI32I32, out: tI32},
	OpI32Sub:            {name: "i32.sub", code: 0x6b, in: tI32I32, out: tI32},
	OpI32Mul:            {name: "i32.mul", code: 0x6c, in: tI32I32, out: tI32},
	OpI32DivS:           {name: "i32.div_s", code: 0x6d, in: tI32I32, out: tI32},
	OpI32DivU:           {name: "i32.div_u", code: 0x6e, in: tI32I32, out: tI32},
	OpI32RemS:           {name: "i32.rem_s", code: 0x6f, in: tI32I32, out: tI32},
	OpI32RemU:           {name: "i32.rem_u", code: 0x70, in: tI32I32, out: tI32},
	OpI32And:            {name: "i32.and", code: 0x71, in: tI32I32, out: tI32},
	OpI32Or:             {name: "i32.or", code: 0x72, in: tI32I32, out: tI32},
	OpI32Xor:            {name: "i32.xor", code: 0x73, in: tI32I32, out: tI32},
	OpI32Shl:            {name: "i32.shl", code: 0x74, in: tI32I32, out: tI32},
	OpI32ShrS:           {name: "i32.shr_s", code: 0x75, in: tI32I32, out: tI32},
	OpI32ShrU:           {name: "i32.shr_u", code: 0x76, in: tI32I32, out: tI32},
	OpI32Rotl:           {name: "i32.rotl", code: 0x77, in: tI32I32, out: tI32},
	OpI32Rotr:           {name: "i32.rotr", code: 0x78, in: tI32I32, out: tI32},
	OpI64Clz:            {name: "i64.clz", code: 0x79, in: tI64, out: tI64},
	OpI64Ctz:            {name: "i64.ctz", code: 0x7a, in: tI64, out: tI64},
	OpI64Popcnt:         {name: "i64.popcnt", code: 0x7b, in: tI64, out: tI64},
	OpI64Add:            {name: "i64.add", code: 0x7c, in: tI64I64, out: tI64},
	OpI64Sub:            {name: "i64.sub", code: 0x7d, in: tI64I64, out: tI64},
	OpI64Mul:            {name: "i64.mul", code: 0x7e, in: tI64I64, out: tI64},
	OpI64DivS:           {name: "i64.div_s", code: 0x7f, in: tI64I64, out: tI64},
	OpI64DivU:           {name: "i64.div_u", code: 0x80, in: tI64I64, out: tI64},
	OpI64RemS:           {name: "i64.rem_s", code: 0x81, in: tI64I64, out: tI64},
	OpI64RemU:           {name: "i64.rem_u", code: 0x82, in: tI64I64, out: tI64},
	OpI64And:            {name: "i64.and", code: 0x83, in: tI64I64, out: tI64},
	OpI64Or:             {name: "i64.or", code: 0x84, in: tI64I64, out: tI64},
	OpI64Xor:            {name: "i64.xor", code: 0x85, in: tI64I64, out: tI64},
	OpI64Shl:            {name: "i64.shl", code: 0x86, in: tI64I64, out: tI64},
	OpI64ShrS:           {name: "i64.shr_s", code: 0x87, in: tI64I64, out: tI64},
	OpI64ShrU:           {name: "i64.shr_u", code: 0x88, in: tI64I64, out: tI64},
	OpI64Rotl:           {name: "i64.rotl", code: 0x89, in: tI64I64, out: tI64},
	OpI64Rotr:           {name: "i64.rotr", code: 0x8a, in: tI64I64, out: tI64},
	OpF32Abs:            {name: "f32.abs", code: 0x8b, in: tF32, out: tF32},
	OpF32Neg:            {name: "f32.neg", code: 0x8c, in: tF32, out: tF32},
	OpF32Ceil:           {name: "f32.ceil", code: 0x8d, in: tF32, out: tF32},
	OpF32Floor:          {name: "f32.floor", code: 0x8e, in: tF32, out: tF32},
	OpF32Trunc:          {name: "f32.trunc", code: 0x8f, in: tF32, out: tF32},
	OpF32Nearest:        {name: "f32.nearest", code: 0x90, in: tF32, out: tF32},
	OpF32Sqrt:           {name: "f32.sqrt", code: 0x91, in: tF32, out: tF32},
	OpF32Add:            {name: "f32.add", code: 0x92, in: tF32F32, out: tF32},
	OpF32Sub:            {name: "f32.sub", code: 0x93, in: tF32F32, out: tF32},
	OpF32Mul:            {name: "f32.mul", code: 0x94, in: tF32F32, out: tF32},
	OpF32Div:            {name: "f32.div", code: 0x95, in: tF32F32, out: tF32},
	OpF32Min:            {name: "f32.min", code: 0x96, in: tF32F32, out: tF32},
	OpF32Max:            {name: "f32.max", code: 0x97, in: tF32F32, out: tF32},
	OpF32Copysign:       {name: "f32.copysign", code: 0x98, in: tF32F32, out: tF32},
	OpF64Abs:            {name: "f64.abs", code: 0x99, in: tF64, out: tF64},
	OpF64Neg:            {name: "f64.neg", code: 0x9a, in: tF64, out: tF64},
	OpF64Ceil:           {name: "f64.ceil", code: 0x9b, in: tF64, out: tF64},
	OpF64Floor:          {name: "f64.floor", code: 0x9c, in: tF64, out: tF64},
	OpF64Trunc:          {name: "f64.trunc", code: 0x9d, in: tF64, out: tF64},
	OpF64Nearest:        {name: "f64.nearest", code: 0x9e, in: tF64, out: tF64},
	OpF64Sqrt:           {name: "f64.sqrt", code: 0x9f, in: tF64, out: tF64},
	OpF64Add:            {name: "f64.add", code: 0xa0, in: tF64F64, out: tF64},
	OpF64Sub:            {name: "f64.sub", code: 0xa1, in: tF64F64, out: tF64},
	OpF64Mul:            {name: "f64.mul", code: 0xa2, in: tF64F64, out: tF64},
	OpF64Div:            {name: "f64.div", code: 0xa3, in: tF64F64, out: tF64},
	OpF64Min:            {name: "f64.min", code: 0xa4, in: tF64F64, out: tF64},
	OpF64Max:            {name: "f64.max", code: 0xa5, in: tF64F64, out: tF64},
	OpF64Copysign:       {name: "f64.copysign", code: 0xa6, in: tF64F64, out: tF64},
	OpI32WrapI64:        {name: "i32.wrap_i64", code: 0xa7, in: tI64, out: tI32},
	OpI32TruncF32S:      {name: "i32.trunc_f32_s", code: 0xa8, in: tF32, out: tI32},
	OpI32TruncF32U:      {name: "i32.trunc_f32_u", code: 0xa9, in: tF32, out: tI32},
	OpI32TruncF64S:      {name: "i32.trunc_f64_s", code: 0xaa, in: tF64, out: tI32},
	OpI32TruncF64U:      {name: "i32.trunc_f64_u", code: 0xab, in: tF64, out: tI32},
	OpI64ExtendI32S:     {name: "i64.extend_i32_s", code: 0xac, in: tI32, out: tI64},
	OpI64ExtendI32U:     {name: "i64.extend_i32_u", code: 0xad, in: tI32, out: tI64},
	OpI64TruncF32S:      {name: "i64.trunc_f32_s", code: 0xae, in: tF32, out: tI64},
	OpI64TruncF32U:      {name: "i64.trunc_f32_u", code: 0xaf, in: tF32, out: tI64},
	OpI64TruncF64S:      {name: "i64.trunc_f64_s", code: 0xb0, in: tF64, out: tI64},
	OpI64TruncF64U:      {name: "i64.trunc_f64_u", code: 0xb1, in: tF64, out: tI64},
	OpF32ConvertI32S:    {name: "f32.convert_i32_s", code: 0xb2, in: tI32, out: tF32},
	OpF32ConvertI32U:    {name: "f32.convert_i32_u", code: 0xb3, in: tI32, out: tF32},
	OpF32ConvertI64S:    {name: "f32.convert_i64_s", code: 0xb4, in: tI64, out: tF32},
	OpF32ConvertI64U:    {name: "f32.convert_i64_u", code: 0xb5, in: tI64, out: tF32},
	OpF32DemoteF64:      {name: "f32.demote_f64", code: 0xb6, in: tF64, out: tF32},
	OpF64ConvertI32S:    {name: "f64.convert_i32_s", code: 0xb7, in: tI32, out: tF64},
	OpF64ConvertI32U:    {name: "f64.convert_i32_u", code: 0xb8, in: tI32, out: tF64},
	OpF64ConvertI64S:    {name: "f64.convert_i64_s", code: 0xb9, in: tI64, out: tF64},
	OpF64ConvertI64U:    {name: "f64.convert_i64_u", code: 0xba, in: tI64, out: tF64},
	OpF64PromoteF32:     {name: "f64.promote_f32", code: 0xbb, in: tF32, out: tF64},
	OpI32ReinterpretF32: {name: "i32.reinterpret_f32", code: 0xbc, in: tF32, out: tI32},
	OpI64ReinterpretF64: {name: "i64.reinterpret_f64", code: 0xbd, in: tF64, out: tI64},
	OpF32ReinterpretI32: {name: "f32.reinterpret_i32", code: 0xbe, in: tI32, out: tF32},
	OpF64ReinterpretI64: {name: "f64.reinterpret_i64", code: 0xbf, in: tI64, out: tF64},
	OpI32Extend8S:       {name: "i32.extend8_s", code: 0xc0, in: tI32, out: tI32},
	OpI32Extend16S:      {name: "i32.extend16_s", code: 0xc1, in: tI32, out: tI32},
	OpI64Extend8S:       {name: "i64.extend8_s", code: 0xc2, in: tI64, out: tI64},
	OpI64Extend16S:      {name: "i64.extend16_s", code: 0xc3, in: tI64, out: tI64},
	OpI64Extend32S:      {name: "i64.extend32_s", code: 0xc4, in: tI64, out: tI64},
	OpI32TruncSatF32S:   {name: "i32.trunc_sat_f32_s", code: 0xfc00, in: tF32, out: tI32},
	OpI32TruncSatF32U:   {name: "i32.trunc_sat_f32_u", code: 0xfc01, in: tF32, out: tI32},
	OpI32TruncSatF64S:   {name: "i32.trunc_sat_f64_s", code: 0xfc02, in: tF64, out: tI32},
	OpI32TruncSatF64U:   {name: "i32.trunc_sat_f64_u", code: 0xfc03, in: tF64, out: tI32},
	OpI64TruncSatF32S:   {name: "i64.trunc_sat_f32_s", code: 0xfc04, in: tF32, out: tI64},
	OpI64TruncSatF32U:   {name: "i64.trunc_sat_f32_u", code: 0xfc05, in: tF32, out: tI64},
	OpI64TruncSatF64S:   {name: "i64.trunc_sat_f64_s", code: 0xfc06, in: tF64, out: tI64},
	OpI64TruncSatF64U:   {name: "i64.trunc_sat_f64_u", code: 0xfc07, in: tF64, out: tI64},
	OpMemorySize:        {name: "memory.size", code: 0x3f, in: nil, out: tI32, kind: kindMemory, imm: []byte{0x00}},
	OpMemoryGrow:        {name: "memory.grow", code: 0x40, in: tI32, out: tI32, kind: kindMemory, imm: []byte{0x00}},
	OpMemoryCopy:        {name: "memory.copy", code: 0xfc0a, in: tI32I32I32, out: nil, kind: kindMemory, imm: []byte{0x00, 0x00}},
	OpMemoryFill:        {name: "memory.fill", code: 0xfc0b, in: tI32I32I32, out: nil, kind: kindMemory, imm: []byte{0x00}},
	OpI32Load:           {name: "i32.load", code: 0x28, in: tI32, out: tI32, kind: kindLoad, align: 2},
	OpI64Load:           {name: "i64.load", code: 0x29, in: tI32, out: tI64, kind: kindLoad, align: 3},
	OpF32Load:           {name: "f32.load", code: 0x2a, in: tI32, out: tF32, kind: kindLoad, align: 2},
	OpF64Load:           {name: "f64.load", code: 0x2b, in: tI32, out: tF64, kind: kindLoad, align: 3},
	OpI32Load8S:         {name: "i32.load8_s", code: 0x2c, in: tI32, out: tI32, kind: kindLoad, align: 0},
	OpI32Load8U:         {name: "i32.load8_u", code: 0x2d, in: tI32, out: tI32, kind: kindLoad, align: 0},
	OpI32Load16S:        {name: "i32.load16_s", code: 0x2e, in: tI32, out: tI32, kind: kindLoad, align: 1},
	OpI32Load16U:        {name: "i32.load16_u", code: 0x2f, in: tI32, out: tI32, kind: kindLoad, align: 1},
	OpI64Load8S:         {name: "i64.load8_s", code: 0x30, in: tI32, out: tI64, kind: kindLoad, align: 0},
	OpI64Load8U:         {name: "i64.load8_u", code: 0x31, in: tI32, out: tI64, kind: kindLoad, align: 0},
	OpI64Load16S:        {name: "i64.load16_s", code: 0x32, in: tI32, out: tI64, kind: kindLoad, align: 1},
	OpI64Load16U:        {name: "i64.load16_u", code: 0x33, in: tI32, out: tI64, kind: kindLoad, align: 1},
	OpI64Load32S:        {name: "i64.load32_s", code: 0x34, in: tI32, out: tI64, kind: kindLoad, align: 2},
	OpI64Load32U:        {name: "i64.load32_u", code: 0x35, in: tI32, out: tI64, kind: kindLoad, align: 2},
	OpI32Store:          {name: "i32.store", code: 0x36, in: tI32I32, out: nil, kind: kindStore, align: 2},
	OpI64Store:          {name: "i64.store", code: 0x37, in: tI32I64, out: nil, kind: kindStore, align: 3},
	OpF32Store:          {name: "f32.store", code: 0x38, in: tI32F32, out: nil, kind: kindStore, align: 2},
	OpF64Store:          {name: "f64.store", code: 0x39, in: tI32F64, out: nil, kind: kindStore, align: 3},
	OpI32Store8:         {name: "i32.store8", code: 0x3a, in: tI32I32, out: nil, kind: kindStore, align: 0},
	OpI32Store16:        {name: "i32.store16", code: 0x3b, in: tI32I32, out: nil, kind: kindStore, align: 1},
	OpI64Store8:         {name: "i64.store8", code: 0x3c, in: tI32I64, out: nil, kind: kindStore, align: 0},
	OpI64Store16:        {name: "i64.store16", code: 0x3d, in: tI32I64, out: nil, kind: kindStore, align: 1},
	OpI64Store32:        {name: "i64.store32", code: 0x3e, in: tI32I64, out: nil, kind: kindStore, align: 2},
}

// String returns the instruction's name in the text format.
func (op Op) String() string {
	if op >= numOps {
		return "invalid op"
	}
	return opTable[op].name
}

// Signature returns the operand and result types of op.
func (op Op) Signature() FuncType {
	if op >= numOps {
		return FuncType{}
	}
	return FuncType{Params: opTable[op].in, Results: opTable[op].out}
}

// IsMemAccess reports whether op is a load or a store, appended with
// Func.Mem rather than Func.Op.
func (op Op) IsMemAccess() bool {
	return op < numOps && (opTable[op].kind == kindLoad || opTable[op].kind == kindStore)
}

// NaturalAlign returns the log2 of the width a load or store accesses, the
// largest alignment hint it may carry; 0 for other instructions.
func (op Op) NaturalAlign() uint32 {
	if op >= numOps {
		return 0
	}
	return opTable[op].align
}
