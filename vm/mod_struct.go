// mod_struct.go holds _struct, the Go core of the struct module
// (vm/lib/struct.py): format parsing with byte order, sizes and native
// alignment, and pack/unpack/calcsize/iter_unpack/pack_into/unpack_from
// with CPython's struct.error messages. struct.py defines struct.error and
// hands it over with _set_error, and wraps the functions in Struct.

package vm

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// structItem is one code of a parsed format with its repeat count.
type structItem struct {
	code   byte
	count  int // for s and p: the length; else the repeat count
	size   int // bytes of one value
	offset int
}

// structFormat is a parsed format.
type structFormat struct {
	items  []structItem
	size   int
	nvals  int
	order  binary.ByteOrder
	native bool // '@': native sizes and alignment
}

// structState is what the _struct module keeps: struct.error and the
// parsed formats.
type structState struct {
	errCls gc.Value
	cache  map[string]*structFormat
}

func (st *structState) fail(vm *VM, format string, args ...any) error {
	if st.errCls.IsEmpty() {
		return vm.raise("ValueError", format, args...)
	}
	e, err := vm.callValue(st.errCls, []gc.Value{vm.newStr(fmt.Sprintf(format, args...))}, nil)
	if err != nil {
		return err
	}
	return vm.raiseValue(e, vEmpty)
}

// structNativeSize and structStdSize are the sizes of each code.
var structNativeSize = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
var structStdSize = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}

func (st *structState) parse(vm *VM, f string) (*structFormat, error) {
	if sf, ok := st.cache[f]; ok {
		return sf, nil
	}
	sf := &structFormat{order: binary.LittleEndian, native: true}
	s := f
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<':
			sf.native = false
			s = s[1:]
		case '>', '!':
			sf.native = false
			sf.order = binary.BigEndian
			s = s[1:]
		}
	}
	sizes := structNativeSize
	if !sf.native {
		sizes = structStdSize
	}
	off := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		count, hasCount := 1, false
		if c >= '0' && c <= '9' {
			count, hasCount = 0, true
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				count = count*10 + int(s[i]-'0')
				if count > 1<<40 {
					return nil, st.fail(vm, "total struct size too long")
				}
				i++
			}
			if i >= len(s) {
				return nil, st.fail(vm, "repeat count given without format specifier")
			}
			c = s[i]
		}
		_ = hasCount
		size, ok := sizes[c]
		if !ok {
			return nil, st.fail(vm, "bad char in struct format")
		}
		i++
		if sf.native && c != 's' && c != 'p' && c != 'x' && c != 'c' && size > 1 {
			off = (off + size - 1) / size * size
		}
		switch c {
		case 's', 'p':
			sf.items = append(sf.items, structItem{code: c, count: count, size: count, offset: off})
			off += count
			sf.nvals++
		case 'x':
			off += count
		default:
			for k := 0; k < count; k++ {
				sf.items = append(sf.items, structItem{code: c, count: 1, size: size, offset: off})
				off += size
				sf.nvals++
			}
		}
	}
	sf.size = off
	if len(st.cache) > 256 {
		st.cache = map[string]*structFormat{}
	}
	st.cache[strings.Clone(f)] = sf
	return sf, nil
}

// formatArg reads a format given as str or bytes.
func (st *structState) formatArg(vm *VM, v gc.Value) (*structFormat, string, error) {
	switch v.Tag() {
	case TagStr:
		s := vm.str(v)
		sf, err := st.parse(vm, s)
		return sf, s, err
	case TagBytes:
		b, _ := vm.bytesView(v)
		sf, err := st.parse(vm, string(b))
		return sf, string(b), err
	}
	return nil, "", vm.raise("TypeError", "Struct() argument 1 must be a str or bytes object, not %s", vm.typeOf(v).Name)
}

// intRange gives the range message of an integer code.
func (sf *structFormat) intRange(c byte, size int) (lo, hi *big.Int, msg string) {
	signed := c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'
	bits := uint(size * 8)
	if signed {
		lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits-1), big.NewInt(1))
	} else {
		lo = big.NewInt(0)
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
	}
	switch {
	case c == 'b':
		msg = "byte format requires -128 <= number <= 127"
	case c == 'B':
		msg = "ubyte format requires 0 <= number <= 255"
	case c == 'h':
		msg = "short format requires -32768 <= number <= 32767"
	case c == 'H':
		msg = "ushort format requires 0 <= number <= 65535"
	case size == 8:
		msg = "argument out of range"
	default:
		msg = fmt.Sprintf("'%c' format requires %s <= number <= %s", c, lo.String(), hi.String())
	}
	return
}

// pack packs vals into buf (len sf.size).
func (st *structState) pack(vm *VM, sf *structFormat, buf []byte, vals []gc.Value) error {
	for k, it := range sf.items {
		v := vals[k]
		b := buf[it.offset:]
		switch it.code {
		case 's', 'p':
			data, ok := vm.bytesLike(v)
			if !ok {
				return st.fail(vm, "argument for '%c' must be a bytes object", it.code)
			}
			if it.code == 's' {
				n := copy(b[:it.count], data)
				clear(b[n:it.count])
			} else if it.count > 0 {
				n := min(len(data), it.count-1, 255)
				b[0] = byte(n)
				copy(b[1:it.count], data[:n])
				clear(b[1+n : it.count])
			}
		case 'c':
			data, ok := vm.bytesLike(v)
			if !ok || len(data) != 1 {
				return st.fail(vm, "char format requires a bytes object of length 1")
			}
			b[0] = data[0]
		case '?':
			t, err := vm.truth(v)
			if err != nil {
				return err
			}
			b[0] = 0
			if t {
				b[0] = 1
			}
		case 'e', 'f', 'd':
			f, err := st.floatArg(vm, v)
			if err != nil {
				return err
			}
			switch it.code {
			case 'd':
				sf.order.PutUint64(b, math.Float64bits(f))
			case 'f':
				f32 := float32(f)
				if math.IsInf(float64(f32), 0) && !math.IsInf(f, 0) && !sf.native {
					return vm.raise("OverflowError", "float too large to pack with f format")
				}
				sf.order.PutUint32(b, math.Float32bits(f32))
			case 'e':
				h, ok := float16Bits(f)
				if !ok {
					return vm.raise("OverflowError", "float too large to pack with e format")
				}
				sf.order.PutUint16(b, h)
			}
		default:
			n, err := st.intArg(vm, v)
			if err != nil {
				return err
			}
			lo, hi, msg := sf.intRange(it.code, it.size)
			if n.Sign() < 0 && lo.Sign() == 0 && it.code != 'B' && it.code != 'H' {
				return st.fail(vm, "argument out of range")
			}
			if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
				return st.fail(vm, "%s", msg)
			}
			var u uint64
			if n.Sign() < 0 {
				u = uint64(n.Int64())
			} else {
				u = n.Uint64()
			}
			switch it.size {
			case 1:
				b[0] = byte(u)
			case 2:
				sf.order.PutUint16(b, uint16(u))
			case 4:
				sf.order.PutUint32(b, uint32(u))
			case 8:
				sf.order.PutUint64(b, u)
			}
		}
	}
	return nil
}

func (st *structState) intArg(vm *VM, v gc.Value) (*big.Int, error) {
	switch v.Tag() {
	case gc.TagInt, gc.TagBool:
		return big.NewInt(int64(v.Bits())), nil
	case TagBigInt:
		return vm.bigOf(v), nil
	case TagObject:
		if m, ok := vm.lookupS(vm.typeOf(v), "__index__"); ok {
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			if err != nil {
				return nil, err
			}
			if isIntLike(r) {
				return st.intArg(vm, r)
			}
		}
		if b, ok := vm.baseOf(v); ok && isIntLike(b) {
			return st.intArg(vm, b)
		}
	}
	return nil, st.fail(vm, "required argument is not an integer")
}

func (st *structState) floatArg(vm *VM, v gc.Value) (float64, error) {
	switch v.Tag() {
	case gc.TagFloat:
		return v.Float(), nil
	case gc.TagInt, gc.TagBool:
		return float64(int64(v.Bits())), nil
	case TagBigInt:
		f, _ := new(big.Float).SetInt(vm.bigOf(v)).Float64()
		if math.IsInf(f, 0) {
			return 0, vm.raise("OverflowError", "int too large to convert to float")
		}
		return f, nil
	case TagObject:
		if b, ok := vm.baseOf(v); ok && (b.Tag() == gc.TagFloat || isIntLike(b)) {
			return st.floatArg(vm, b)
		}
		if m, ok := vm.lookupS(vm.typeOf(v), "__float__"); ok {
			r, err := vm.callValue(m, []gc.Value{v}, nil)
			if err != nil {
				return 0, err
			}
			if r.Tag() == gc.TagFloat {
				return r.Float(), nil
			}
		}
	}
	return 0, st.fail(vm, "required argument is not a float")
}

// float16Bits converts f to IEEE half precision, rounding half to even;
// ok is false when f is finite but too large.
func float16Bits(f float64) (uint16, bool) {
	sign := uint16(0)
	if math.Signbit(f) {
		sign = 0x8000
		f = -f
	}
	switch {
	case f != f:
		return sign | 0x7e00, true
	case math.IsInf(f, 0):
		return sign | 0x7c00, true
	case f == 0:
		return sign, true
	}
	e := math.Ilogb(f)
	if e < -14 {
		// Subnormal: units of 2**-24.
		m := math.RoundToEven(f * (1 << 24))
		if m >= 1024 {
			return sign | 0x0400, true
		}
		return sign | uint16(m), true
	}
	m := math.RoundToEven(f / math.Ldexp(1, e) * 1024) // 1024..2048
	if m >= 2048 {
		m /= 2
		e++
	}
	if e > 15 {
		return 0, false
	}
	return sign | uint16(e+15)<<10 | (uint16(m) - 1024), true
}

func float16Value(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * math.Ldexp(m, -24)
	case 31:
		if m != 0 {
			return math.NaN()
		}
		return math.Inf(int(sign))
	}
	return sign * math.Ldexp(1+m/1024, e-15)
}

// unpack decodes buf (len sf.size) into values.
func (st *structState) unpack(vm *VM, sf *structFormat, buf []byte) gc.Value {
	out := make([]gc.Value, 0, sf.nvals)
	for _, it := range sf.items {
		b := buf[it.offset:]
		switch it.code {
		case 's':
			out = append(out, vm.newBytes(append([]byte(nil), b[:it.count]...)))
		case 'p':
			if it.count == 0 {
				out = append(out, vm.newBytes(nil))
				continue
			}
			n := min(int(b[0]), it.count-1)
			out = append(out, vm.newBytes(append([]byte(nil), b[1:1+n]...)))
		case 'c':
			out = append(out, vm.newBytes([]byte{b[0]}))
		case '?':
			out = append(out, gc.Bool(b[0] != 0))
		case 'd':
			out = append(out, gc.Float(math.Float64frombits(sf.order.Uint64(b))))
		case 'f':
			out = append(out, gc.Float(float64(math.Float32frombits(sf.order.Uint32(b)))))
		case 'e':
			out = append(out, gc.Float(float16Value(sf.order.Uint16(b))))
		default:
			var u uint64
			switch it.size {
			case 1:
				u = uint64(b[0])
			case 2:
				u = uint64(sf.order.Uint16(b))
			case 4:
				u = uint64(sf.order.Uint32(b))
			case 8:
				u = sf.order.Uint64(b)
			}
			signed := it.code == 'b' || it.code == 'h' || it.code == 'i' || it.code == 'l' || it.code == 'q' || it.code == 'n'
			if signed {
				shift := 64 - uint(it.size*8)
				out = append(out, gc.Int(int64(u<<shift)>>shift))
			} else if u > math.MaxInt64 {
				out = append(out, vm.newBig(new(big.Int).SetUint64(u)))
			} else {
				out = append(out, gc.Int(int64(u)))
			}
		}
	}
	return vm.newTuple(out)
}

// structModule builds _struct.
func (vm *VM) structModule(d gc.Value) {
	st := &structState{cache: map[string]*structFormat{}}
	vm.def(d, "_set_error", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) == 1 {
			st.errCls = args[0]
			vm.heap.AddPermanentRoot(args[0])
		}
		return vNone, nil
	})
	vm.def(d, "calcsize", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.oneArg("calcsize", "calcsize", args, kw); err != nil {
			return vEmpty, err
		}
		sf, _, err := st.formatArg(vm, args[0])
		if err != nil {
			return vEmpty, err
		}
		return gc.Int(int64(sf.size)), nil
	})
	vm.def(d, "pack", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) < 1 {
			return vEmpty, vm.raise("TypeError", "pack expected at least 1 argument, got 0")
		}
		sf, _, err := st.formatArg(vm, args[0])
		if err != nil {
			return vEmpty, err
		}
		vals := args[1:]
		if len(vals) != sf.nvals {
			return vEmpty, st.fail(vm, "pack expected %d items for packing (got %d)", sf.nvals, len(vals))
		}
		buf := make([]byte, sf.size)
		if err := st.pack(vm, sf, buf, vals); err != nil {
			return vEmpty, err
		}
		return vm.newBytes(buf), nil
	})
	vm.def(d, "pack_into", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) < 3 {
			return vEmpty, vm.raise("TypeError", "pack_into expected at least 3 arguments, got %d", len(args))
		}
		sf, _, err := st.formatArg(vm, args[0])
		if err != nil {
			return vEmpty, err
		}
		if args[1].Tag() != TagByteArray {
			return vEmpty, vm.raise("TypeError", "argument must be read-write bytes-like object, not %s", vm.typeOf(args[1]).Name)
		}
		off, err := vm.ssize(args[2])
		if err != nil {
			return vEmpty, err
		}
		vals := args[3:]
		if len(vals) != sf.nvals {
			return vEmpty, st.fail(vm, "pack expected %d items for packing (got %d)", sf.nvals, len(vals))
		}
		ba := vm.byteArrayOf(args[1])
		n := len(ba.b)
		if off < 0 {
			if off+n < 0 {
				return vEmpty, st.fail(vm, "offset %d out of range for %d-byte buffer", off, n)
			}
			off += n
		}
		if n-off < sf.size {
			return vEmpty, st.fail(vm, "pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", sf.size+off, sf.size, off, n)
		}
		tmp := make([]byte, sf.size)
		if err := st.pack(vm, sf, tmp, vals); err != nil {
			return vEmpty, err
		}
		copy(vm.byteArrayOf(args[1]).b[off:], tmp)
		return vNone, nil
	})
	vm.def(d, "unpack", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("unpack", "unpack", args, kw, 2, 2); err != nil {
			return vEmpty, err
		}
		sf, _, err := st.formatArg(vm, args[0])
		if err != nil {
			return vEmpty, err
		}
		b, ok := vm.bytesLike(args[1])
		if !ok {
			return vEmpty, vm.raise("TypeError", "a bytes-like object is required, not '%s'", vm.typeOf(args[1]).Name)
		}
		if len(b) != sf.size {
			return vEmpty, st.fail(vm, "unpack requires a buffer of %d bytes", sf.size)
		}
		return st.unpack(vm, sf, b), nil
	})
	vm.def(d, "unpack_from", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		a, err := vm.parseArgs(&clinic{fname: "unpack_from", names: []string{"format", "buffer", "offset"}, maxpos: 3, posonly: 1, minargs: 2}, args, kw)
		if err != nil {
			return vEmpty, err
		}
		sf, _, err := st.formatArg(vm, a[0])
		if err != nil {
			return vEmpty, err
		}
		b, ok := vm.bytesLike(a[1])
		if !ok {
			return vEmpty, vm.raise("TypeError", "a bytes-like object is required, not '%s'", vm.typeOf(a[1]).Name)
		}
		off := 0
		if !a[2].IsEmpty() {
			if off, err = vm.ssize(a[2]); err != nil {
				return vEmpty, err
			}
		}
		n := len(b)
		if off < 0 {
			if off+n < 0 {
				return vEmpty, st.fail(vm, "offset %d out of range for %d-byte buffer", off, n)
			}
			off += n
		}
		if n-off < sf.size {
			if off > n {
				return vEmpty, st.fail(vm, "offset %d out of range for %d-byte buffer", off, n)
			}
			return vEmpty, st.fail(vm, "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", sf.size+off, sf.size, off, n)
		}
		return st.unpack(vm, sf, b[off:off+sf.size]), nil
	})
	vm.def(d, "iter_unpack", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("iter_unpack", "iter_unpack", args, kw, 2, 2); err != nil {
			return vEmpty, err
		}
		sf, _, err := st.formatArg(vm, args[0])
		if err != nil {
			return vEmpty, err
		}
		b, ok := vm.bytesLike(args[1])
		if !ok {
			return vEmpty, vm.raise("TypeError", "a bytes-like object is required, not '%s'", vm.typeOf(args[1]).Name)
		}
		if sf.size == 0 {
			return vEmpty, st.fail(vm, "cannot iteratively unpack with a struct of length 0")
		}
		if len(b)%sf.size != 0 {
			return vEmpty, st.fail(vm, "iterative unpacking requires a buffer of a multiple of %d bytes", sf.size)
		}
		var out []gc.Value
		for i := 0; i < len(b); i += sf.size {
			out = append(out, st.unpack(vm, sf, b[i:i+sf.size]))
		}
		return vm.getIter(vm.newList(out, 0))
	})
}
