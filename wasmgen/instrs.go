// instrs.go holds one typed method per instruction of the op table (see
// ops.go), so that code generators read like the text format.

package wasmgen

// I32Eqz appends i32.eqz.
func (f *Func) I32Eqz() { f.Op(OpI32Eqz) }

// I32Eq appends i32.eq.
func (f *Func) I32Eq() { f.Op(OpI32Eq) }

// I32Ne appends i32.ne.
func (f *Func) I32Ne() { f.Op(OpI32Ne) }

// I32LtS appends i32.lt_s.
func (f *Func) I32LtS() { f.Op(OpI32LtS) }

// I32LtU appends i32.lt_u.
func (f *Func) I32LtU() { f.Op(OpI32LtU) }

// I32GtS appends i32.gt_s.
func (f *Func) I32GtS() { f.Op(OpI32GtS) }

// I32GtU appends i32.gt_u.
func (f *Func) I32GtU() { f.Op(OpI32GtU) }

// I32LeS appends i32.le_s.
func (f *Func) I32LeS() { f.Op(OpI32LeS) }

// I32LeU appends i32.le_u.
func (f *Func) I32LeU() { f.Op(OpI32LeU) }

// I32GeS appends i32.ge_s.
func (f *Func) I32GeS() { f.Op(OpI32GeS) }

// I32GeU appends i32.ge_u.
func (f *Func) I32GeU() { f.Op(OpI32GeU) }

// I64Eqz appends i64.eqz.
func (f *Func) I64Eqz() { f.Op(OpI64Eqz) }

// I64Eq appends i64.eq.
func (f *Func) I64Eq() { f.Op(OpI64Eq) }

// I64Ne appends i64.ne.
func (f *Func) I64Ne() { f.Op(OpI64Ne) }

// I64LtS appends i64.lt_s.
func (f *Func) I64LtS() { f.Op(OpI64LtS) }

// I64LtU appends i64.lt_u.
func (f *Func) I64LtU() { f.Op(OpI64LtU) }

// I64GtS appends i64.gt_s.
func (f *Func) I64GtS() { f.Op(OpI64GtS) }

// I64GtU appends i64.gt_u.
func (f *Func) I64GtU() { f.Op(OpI64GtU) }

// I64LeS appends i64.le_s.
func (f *Func) I64LeS() { f.Op(OpI64LeS) }

// I64LeU appends i64.le_u.
func (f *Func) I64LeU() { f.Op(OpI64LeU) }

// I64GeS appends i64.ge_s.
func (f *Func) I64GeS() { f.Op(OpI64GeS) }

// I64GeU appends i64.ge_u.
func (f *Func) I64GeU() { f.Op(OpI64GeU) }

// F32Eq appends f32.eq.
func (f *Func) F32Eq() { f.Op(OpF32Eq) }

// F32Ne appends f32.ne.
func (f *Func) F32Ne() { f.Op(OpF32Ne) }

// F32Lt appends f32.lt.
func (f *Func) F32Lt() { f.Op(OpF32Lt) }

// F32Gt appends f32.gt.
func (f *Func) F32Gt() { f.Op(OpF32Gt) }

// F32Le appends f32.le.
func (f *Func) F32Le() { f.Op(OpF32Le) }

// F32Ge appends f32.ge.
func (f *Func) F32Ge() { f.Op(OpF32Ge) }

// F64Eq appends f64.eq.
func (f *Func) F64Eq() { f.Op(OpF64Eq) }

// F64Ne appends f64.ne.
func (f *Func) F64Ne() { f.Op(OpF64Ne) }

// F64Lt appends f64.lt.
func (f *Func) F64Lt() { f.Op(OpF64Lt) }

// F64Gt appends f64.gt.
func (f *Func) F64Gt() { f.Op(OpF64Gt) }

// F64Le appends f64.le.
func (f *Func) F64Le() { f.Op(OpF64Le) }

// F64Ge appends f64.ge.
func (f *Func) F64Ge() { f.Op(OpF64Ge) }

// I32Clz appends i32.clz.
func (f *Func) I32Clz() { f.Op(OpI32Clz) }

// I32Ctz appends i32.ctz.
func (f *Func) I32Ctz() { f.Op(OpI32Ctz) }

// I32Popcnt appends i32.popcnt.
func (f *Func) I32Popcnt() { f.Op(OpI32Popcnt) }

// I32Add appends i32.add.
func (f *Func) I32Add() { f.Op(OpI32Add) }

// I32Sub appends i32.sub.
func (f *Func) I32Sub() { f.Op(OpI32Sub) }

// I32Mul appends i32.mul.
func (f *Func) I32Mul() { f.Op(OpI32Mul) }

// I32DivS appends i32.div_s.
func (f *Func) I32DivS() { f.Op(OpI32DivS) }

// I32DivU appends i32.div_u.
func (f *Func) I32DivU() { f.Op(OpI32DivU) }

// I32RemS appends i32.rem_s.
func (f *Func) I32RemS() { f.Op(OpI32RemS) }

// I32RemU appends i32.rem_u.
func (f *Func) I32RemU() { f.Op(OpI32RemU) }

// I32And appends i32.and.
func (f *Func) I32And() { f.Op(OpI32And) }

// I32Or appends i32.or.
func (f *Func) I32Or() { f.Op(OpI32Or) }

// I32Xor appends i32.xor.
func (f *Func) I32Xor() { f.Op(OpI32Xor) }

// I32Shl appends i32.shl.
func (f *Func) I32Shl() { f.Op(OpI32Shl) }

// I32ShrS appends i32.shr_s.
func (f *Func) I32ShrS() { f.Op(OpI32ShrS) }

// I32ShrU appends i32.shr_u.
func (f *Func) I32ShrU() { f.Op(OpI32ShrU) }

// I32Rotl appends i32.rotl.
func (f *Func) I32Rotl() { f.Op(OpI32Rotl) }

// I32Rotr appends i32.rotr.
func (f *Func) I32Rotr() { f.Op(OpI32Rotr) }

// I64Clz appends i64.clz.
func (f *Func) I64Clz() { f.Op(OpI64Clz) }

// I64Ctz appends i64.ctz.
func (f *Func) I64Ctz() { f.Op(OpI64Ctz) }

// I64Popcnt appends i64.popcnt.
func (f *Func) I64Popcnt() { f.Op(OpI64Popcnt) }

// I64Add appends i64.add.
func (f *Func) I64Add() { f.Op(OpI64Add) }

// I64Sub appends i64.sub.
func (f *Func) I64Sub() { f.Op(OpI64Sub) }

// I64Mul appends i64.mul.
func (f *Func) I64Mul() { f.Op(OpI64Mul) }

// I64DivS appends i64.div_s.
func (f *Func) I64DivS() { f.Op(OpI64DivS) }

// I64DivU appends i64.div_u.
func (f *Func) I64DivU() { f.Op(OpI64DivU) }

// I64RemS appends i64.rem_s.
func (f *Func) I64RemS() { f.Op(OpI64RemS) }

// I64RemU appends i64.rem_u.
func (f *Func) I64RemU() { f.Op(OpI64RemU) }

// I64And appends i64.and.
func (f *Func) I64And() { f.Op(OpI64And) }

// I64Or appends i64.or.
func (f *Func) I64Or() { f.Op(OpI64Or) }

// I64Xor appends i64.xor.
func (f *Func) I64Xor() { f.Op(OpI64Xor) }

// I64Shl appends i64.shl.
func (f *Func) I64Shl() { f.Op(OpI64Shl) }

// I64ShrS appends i64.shr_s.
func (f *Func) I64ShrS() { f.Op(OpI64ShrS) }

// I64ShrU appends i64.shr_u.
func (f *Func) I64ShrU() { f.Op(OpI64ShrU) }

// I64Rotl appends i64.rotl.
func (f *Func) I64Rotl() { f.Op(OpI64Rotl) }

// I64Rotr appends i64.rotr.
func (f *Func) I64Rotr() { f.Op(OpI64Rotr) }

// F32Abs appends f32.abs.
func (f *Func) F32Abs() { f.Op(OpF32Abs) }

// F32Neg appends f32.neg.
func (f *Func) F32Neg() { f.Op(OpF32Neg) }

// F32Ceil appends f32.ceil.
func (f *Func) F32Ceil() { f.Op(OpF32Ceil) }

// F32Floor appends f32.floor.
func (f *Func) F32Floor() { f.Op(OpF32Floor) }

// F32Trunc appends f32.trunc.
func (f *Func) F32Trunc() { f.Op(OpF32Trunc) }

// F32Nearest appends f32.nearest.
func (f *Func) F32Nearest() { f.Op(OpF32Nearest) }

// F32Sqrt appends f32.sqrt.
func (f *Func) F32Sqrt() { f.Op(OpF32Sqrt) }

// F32Add appends f32.add.
func (f *Func) F32Add() { f.Op(OpF32Add) }

// F32Sub appends f32.sub.
func (f *Func) F32Sub() { f.Op(OpF32Sub) }

// F32Mul appends f32.mul.
func (f *Func) F32Mul() { f.Op(OpF32Mul) }

// F32Div appends f32.div.
func (f *Func) F32Div() { f.Op(OpF32Div) }

// F32Min appends f32.min.
func (f *Func) F32Min() { f.Op(OpF32Min) }

// F32Max appends f32.max.
func (f *Func) F32Max() { f.Op(OpF32Max) }

// F32Copysign appends f32.copysign.
func (f *Func) F32Copysign() { f.Op(OpF32Copysign) }

// F64Abs appends f64.abs.
func (f *Func) F64Abs() { f.Op(OpF64Abs) }

// F64Neg appends f64.neg.
func (f *Func) F64Neg() { f.Op(OpF64Neg) }

// F64Ceil appends f64.ceil.
func (f *Func) F64Ceil() { f.Op(OpF64Ceil) }

// F64Floor appends f64.floor.
func (f *Func) F64Floor() { f.Op(OpF64Floor) }

// F64Trunc appends f64.trunc.
func (f *Func) F64Trunc() { f.Op(OpF64Trunc) }

// F64Nearest appends f64.nearest.
func (f *Func) F64Nearest() { f.Op(OpF64Nearest) }

// F64Sqrt appends f64.sqrt.
func (f *Func) F64Sqrt() { f.Op(OpF64Sqrt) }

// F64Add appends f64.add.
func (f *Func) F64Add() { f.Op(OpF64Add) }

// F64Sub appends f64.sub.
func (f *Func) F64Sub() { f.Op(OpF64Sub) }

// F64Mul appends f64.mul.
func (f *Func) F64Mul() { f.Op(OpF64Mul) }

// F64Div appends f64.div.
func (f *Func) F64Div() { f.Op(OpF64Div) }

// F64Min appends f64.min.
func (f *Func) F64Min() { f.Op(OpF64Min) }

// F64Max appends f64.max.
func (f *Func) F64Max() { f.Op(OpF64Max) }

// F64Copysign appends f64.copysign.
func (f *Func) F64Copysign() { f.Op(OpF64Copysign) }

// I32WrapI64 appends i32.wrap_i64.
func (f *Func) I32WrapI64() { f.Op(OpI32WrapI64) }

// I32TruncF32S appends i32.trunc_f32_s.
func (f *Func) I32TruncF32S() { f.Op(OpI32TruncF32S) }

// I32TruncF32U appends i32.trunc_f32_u.
func (f *Func) I32TruncF32U() { f.Op(OpI32TruncF32U) }

// I32TruncF64S appends i32.trunc_f64_s.
func (f *Func) I32TruncF64S() { f.Op(OpI32TruncF64S) }

// I32TruncF64U appends i32.trunc_f64_u.
func (f *Func) I32TruncF64U() { f.Op(OpI32TruncF64U) }

// I64ExtendI32S appends i64.extend_i32_s.
func (f *Func) I64ExtendI32S() { f.Op(OpI64ExtendI32S) }

// I64ExtendI32U appends i64.extend_i32_u.
func (f *Func) I64ExtendI32U() { f.Op(OpI64ExtendI32U) }

// I64TruncF32S appends i64.trunc_f32_s.
func (f *Func) I64TruncF32S() { f.Op(OpI64TruncF32S) }

// I64TruncF32U appends i64.trunc_f32_u.
func (f *Func) I64TruncF32U() { f.Op(OpI64TruncF32U) }

// I64TruncF64S appends i64.trunc_f64_s.
func (f *Func) I64TruncF64S() { f.Op(OpI64TruncF64S) }

// I64TruncF64U appends i64.trunc_f64_u.
func (f *Func) I64TruncF64U() { f.Op(OpI64TruncF64U) }

// F32ConvertI32S appends f32.convert_i32_s.
func (f *Func) F32ConvertI32S() { f.Op(OpF32ConvertI32S) }

// F32ConvertI32U appends f32.convert_i32_u.
func (f *Func) F32ConvertI32U() { f.Op(OpF32ConvertI32U) }

// F32ConvertI64S appends f32.convert_i64_s.
func (f *Func) F32ConvertI64S() { f.Op(OpF32ConvertI64S) }

// F32ConvertI64U appends f32.convert_i64_u.
func (f *Func) F32ConvertI64U() { f.Op(OpF32ConvertI64U) }

// F32DemoteF64 appends f32.demote_f64.
func (f *Func) F32DemoteF64() { f.Op(OpF32DemoteF64) }

// F64ConvertI32S appends f64.convert_i32_s.
func (f *Func) F64ConvertI32S() { f.Op(OpF64ConvertI32S) }

// F64ConvertI32U appends f64.convert_i32_u.
func (f *Func) F64ConvertI32U() { f.Op(OpF64ConvertI32U) }

// F64ConvertI64S appends f64.convert_i64_s.
func (f *Func) F64ConvertI64S() { f.Op(OpF64ConvertI64S) }

// F64ConvertI64U appends f64.convert_i64_u.
func (f *Func) F64ConvertI64U() { f.Op(OpF64ConvertI64U) }

// F64PromoteF32 appends f64.promote_f32.
func (f *Func) F64PromoteF32() { f.Op(OpF64PromoteF32) }

// I32ReinterpretF32 appends i32.reinterpret_f32.
func (f *Func) I32ReinterpretF32() { f.Op(OpI32ReinterpretF32) }

// I64ReinterpretF64 appends i64.reinterpret_f64.
func (f *Func) I64ReinterpretF64() { f.Op(OpI64ReinterpretF64) }

// F32ReinterpretI32 appends f32.reinterpret_i32.
func (f *Func) F32ReinterpretI32() { f.Op(OpF32ReinterpretI32) }

// F64ReinterpretI64 appends f64.reinterpret_i64.
func (f *Func) F64ReinterpretI64() { f.Op(OpF64ReinterpretI64) }

// I32Extend8S appends i32.extend8_s.
func (f *Func) I32Extend8S() { f.Op(OpI32Extend8S) }

// I32Extend16S appends i32.extend16_s.
func (f *Func) I32Extend16S() { f.Op(OpI32Extend16S) }

// I64Extend8S appends i64.extend8_s.
func (f *Func) I64Extend8S() { f.Op(OpI64Extend8S) }

// I64Extend16S appends i64.extend16_s.
func (f *Func) I64Extend16S() { f.Op(OpI64Extend16S) }

// I64Extend32S appends i64.extend32_s.
func (f *Func) I64Extend32S() { f.Op(OpI64Extend32S) }

// I32TruncSatF32S appends i32.trunc_sat_f32_s.
func (f *Func) I32TruncSatF32S() { f.Op(OpI32TruncSatF32S) }

// I32TruncSatF32U appends i32.trunc_sat_f32_u.
func (f *Func) I32TruncSatF32U() { f.Op(OpI32TruncSatF32U) }

// I32TruncSatF64S appends i32.trunc_sat_f64_s.
func (f *Func) I32TruncSatF64S() { f.Op(OpI32TruncSatF64S) }

// I32TruncSatF64U appends i32.trunc_sat_f64_u.
func (f *Func) I32TruncSatF64U() { f.Op(OpI32TruncSatF64U) }

// I64TruncSatF32S appends i64.trunc_sat_f32_s.
func (f *Func) I64TruncSatF32S() { f.Op(OpI64TruncSatF32S) }

// I64TruncSatF32U appends i64.trunc_sat_f32_u.
func (f *Func) I64TruncSatF32U() { f.Op(OpI64TruncSatF32U) }

// I64TruncSatF64S appends i64.trunc_sat_f64_s.
func (f *Func) I64TruncSatF64S() { f.Op(OpI64TruncSatF64S) }

// I64TruncSatF64U appends i64.trunc_sat_f64_u.
func (f *Func) I64TruncSatF64U() { f.Op(OpI64TruncSatF64U) }

// MemorySize appends memory.size.
func (f *Func) MemorySize() { f.Op(OpMemorySize) }

// MemoryGrow appends memory.grow.
func (f *Func) MemoryGrow() { f.Op(OpMemoryGrow) }

// MemoryCopy appends memory.copy.
func (f *Func) MemoryCopy() { f.Op(OpMemoryCopy) }

// MemoryFill appends memory.fill.
func (f *Func) MemoryFill() { f.Op(OpMemoryFill) }

// I32Load appends i32.load with natural alignment and the given offset.
func (f *Func) I32Load(offset uint32) { f.Mem(OpI32Load, 2, offset) }

// I64Load appends i64.load with natural alignment and the given offset.
func (f *Func) I64Load(offset uint32) { f.Mem(OpI64Load, 3, offset) }

// AddI64At adds the i64 that push leaves on the stack to the int64 at
// the fixed linear-memory address addr (a counter word).
func (f *Func) AddI64At(addr uint32, push func()) {
	f.I32Const(0)
	f.I32Const(0)
	f.I64Load(addr)
	push()
	f.Op(OpI64Add)
	f.I64Store(addr)
}

// F32Load appends f32.load with natural alignment and the given offset.
func (f *Func) F32Load(offset uint32) { f.Mem(OpF32Load, 2, offset) }

// F64Load appends f64.load with natural alignment and the given offset.
func (f *Func) F64Load(offset uint32) { f.Mem(OpF64Load, 3, offset) }

// I32Load8S appends i32.load8_s with natural alignment and the given offset.
func (f *Func) I32Load8S(offset uint32) { f.Mem(OpI32Load8S, 0, offset) }

// I32Load8U appends i32.load8_u with natural alignment and the given offset.
func (f *Func) I32Load8U(offset uint32) { f.Mem(OpI32Load8U, 0, offset) }

// I32Load16S appends i32.load16_s with natural alignment and the given offset.
func (f *Func) I32Load16S(offset uint32) { f.Mem(OpI32Load16S, 1, offset) }

// I32Load16U appends i32.load16_u with natural alignment and the given offset.
func (f *Func) I32Load16U(offset uint32) { f.Mem(OpI32Load16U, 1, offset) }

// I64Load8S appends i64.load8_s with natural alignment and the given offset.
func (f *Func) I64Load8S(offset uint32) { f.Mem(OpI64Load8S, 0, offset) }

// I64Load8U appends i64.load8_u with natural alignment and the given offset.
func (f *Func) I64Load8U(offset uint32) { f.Mem(OpI64Load8U, 0, offset) }

// I64Load16S appends i64.load16_s with natural alignment and the given offset.
func (f *Func) I64Load16S(offset uint32) { f.Mem(OpI64Load16S, 1, offset) }

// I64Load16U appends i64.load16_u with natural alignment and the given offset.
func (f *Func) I64Load16U(offset uint32) { f.Mem(OpI64Load16U, 1, offset) }

// I64Load32S appends i64.load32_s with natural alignment and the given offset.
func (f *Func) I64Load32S(offset uint32) { f.Mem(OpI64Load32S, 2, offset) }

// I64Load32U appends i64.load32_u with natural alignment and the given offset.
func (f *Func) I64Load32U(offset uint32) { f.Mem(OpI64Load32U, 2, offset) }

// I32Store appends i32.store with natural alignment and the given offset.
func (f *Func) I32Store(offset uint32) { f.Mem(OpI32Store, 2, offset) }

// I64Store appends i64.store with natural alignment and the given offset.
func (f *Func) I64Store(offset uint32) { f.Mem(OpI64Store, 3, offset) }

// F32Store appends f32.store with natural alignment and the given offset.
func (f *Func) F32Store(offset uint32) { f.Mem(OpF32Store, 2, offset) }

// F64Store appends f64.store with natural alignment and the given offset.
func (f *Func) F64Store(offset uint32) { f.Mem(OpF64Store, 3, offset) }

// I32Store8 appends i32.store8 with natural alignment and the given offset.
func (f *Func) I32Store8(offset uint32) { f.Mem(OpI32Store8, 0, offset) }

// I32Store16 appends i32.store16 with natural alignment and the given offset.
func (f *Func) I32Store16(offset uint32) { f.Mem(OpI32Store16, 1, offset) }

// I64Store8 appends i64.store8 with natural alignment and the given offset.
func (f *Func) I64Store8(offset uint32) { f.Mem(OpI64Store8, 0, offset) }

// I64Store16 appends i64.store16 with natural alignment and the given offset.
func (f *Func) I64Store16(offset uint32) { f.Mem(OpI64Store16, 1, offset) }

// I64Store32 appends i64.store32 with natural alignment and the given offset.
func (f *Func) I64Store32(offset uint32) { f.Mem(OpI64Store32, 2, offset) }
