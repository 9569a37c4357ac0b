// mod_binascii.go is the native core of binascii (vm/lib/binascii.py): the
// base64 and hex codecs and the CRCs, with CPython 3.11's results and
// messages. binascii.py declares binascii.Error and binascii.Incomplete
// (so their __module__ and their place in tracebacks are CPython's) and
// hands them over with _set_errors, as struct.py does for struct.error.
//
// The base64 decoder follows the rules CPython 3.11's decoder shows from
// the outside (docs/stdlib.md "binascii"): outside strict mode characters
// outside the alphabet are skipped, a '=' ends the data only once a
// quantum holds at least two characters and the pads complete it, and an
// unfinished quantum is "Incorrect padding" (or, with a single character
// left over, the "1 more than a multiple of 4" message); strict mode turns
// each of those tolerances into its own error.

package vm

import (
	"hash/crc32"
	"math/big"

	"github.com/hotloop/hotloop/gc"
)

// binasciiState is what the module keeps: the two exception classes.
type binasciiState struct {
	errCls        gc.Value
	incompleteCls gc.Value
}

// fail raises binascii.Error (ValueError until binascii.py set it).
func (st *binasciiState) fail(vm *VM, msg string) error {
	if st.errCls.IsEmpty() {
		return vm.raise("ValueError", "%s", msg)
	}
	e, err := vm.callValue(st.errCls, []gc.Value{vm.newStr(msg)}, nil)
	if err != nil {
		return err
	}
	return vm.raiseValue(e, vEmpty)
}

// binasciiBase64Alphabet is the standard alphabet; binasciiBase64Value maps
// a byte back to its 6-bit value, or 0xff for bytes outside the alphabet.
const binasciiBase64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var binasciiBase64Value = func() [256]byte {
	var t [256]byte
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < len(binasciiBase64Alphabet); i++ {
		t[binasciiBase64Alphabet[i]] = byte(i)
	}
	return t
}()

// asciiData is the data argument of the a2b_* functions: a bytes-like
// object, or a str of ASCII characters only.
func (vm *VM) asciiData(v gc.Value) ([]byte, error) {
	if b, ok := vm.bytesLike(v); ok {
		return b, nil
	}
	if v.Tag() == TagStr {
		s := vm.str(v)
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return nil, vm.raise("ValueError", "string argument should contain only ASCII characters")
			}
		}
		return []byte(s), nil
	}
	return nil, vm.raise("TypeError", "argument should be bytes, buffer or ASCII string, not '%s'", vm.typeOf(v).Name)
}

// binaryData is the data argument of the b2a_* functions and the CRCs.
func (vm *VM) binaryData(v gc.Value) ([]byte, error) {
	if b, ok := vm.bytesLike(v); ok {
		return b, nil
	}
	return nil, vm.raise("TypeError", "a bytes-like object is required, not '%s'", vm.typeOf(v).Name)
}

// maskedUint32 converts an int argument to its low 32 bits, as the
// Argument Clinic's "I" conversion does (no overflow check).
func (vm *VM) maskedUint32(v gc.Value) (uint32, error) {
	if v.Tag() == TagBigInt {
		m := new(big.Int).And(vm.bigOf(v), big.NewInt(0xffffffff))
		return uint32(m.Uint64()), nil
	}
	if v.Tag() == gc.TagFloat {
		return 0, vm.raise("TypeError", "'float' object cannot be interpreted as an integer")
	}
	n, err := vm.indexValue(v)
	if err != nil {
		return 0, err
	}
	return uint32(n), nil
}

// decodeBase64 decodes data as binascii.a2b_base64 does.
func (st *binasciiState) decodeBase64(vm *VM, data []byte, strict bool) ([]byte, error) {
	out := make([]byte, 0, len(data)/4*3+3)
	quad := 0 // characters of the current quantum seen
	var left byte
	pads := 0
	padding := false
	for i, c := range data {
		if c == '=' {
			padding = true
			if strict && i == 0 {
				return nil, st.fail(vm, "Leading padding not allowed")
			}
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(data) {
						return nil, st.fail(vm, "Excess data after padding")
					}
					return out, nil
				}
			}
			continue
		}
		v := binasciiBase64Value[c]
		if v == 0xff {
			if strict {
				return nil, st.fail(vm, "Only base64 data is allowed")
			}
			continue
		}
		if strict && padding {
			return nil, st.fail(vm, "Discontinuous padding not allowed")
		}
		pads = 0
		switch quad {
		case 0:
			left = v
			quad = 1
		case 1:
			out = append(out, left<<2|v>>4)
			left = v & 0x0f
			quad = 2
		case 2:
			out = append(out, left<<4|v>>2)
			left = v & 0x03
			quad = 3
		default:
			out = append(out, left<<6|v)
			quad = 0
		}
	}
	switch quad {
	case 0:
		return out, nil
	case 1:
		return nil, st.fail(vm, "Invalid base64-encoded string: number of data characters ("+
			itoa(len(out)/3*4+1)+") cannot be 1 more than a multiple of 4")
	}
	return nil, st.fail(vm, "Incorrect padding")
}

// encodeBase64 encodes data in the standard alphabet with padding.
func encodeBase64(data []byte, newline bool) []byte {
	out := make([]byte, 0, (len(data)+2)/3*4+1)
	for len(data) >= 3 {
		w := uint32(data[0])<<16 | uint32(data[1])<<8 | uint32(data[2])
		out = append(out, binasciiBase64Alphabet[w>>18], binasciiBase64Alphabet[w>>12&63],
			binasciiBase64Alphabet[w>>6&63], binasciiBase64Alphabet[w&63])
		data = data[3:]
	}
	switch len(data) {
	case 1:
		w := uint32(data[0]) << 16
		out = append(out, binasciiBase64Alphabet[w>>18], binasciiBase64Alphabet[w>>12&63], '=', '=')
	case 2:
		w := uint32(data[0])<<16 | uint32(data[1])<<8
		out = append(out, binasciiBase64Alphabet[w>>18], binasciiBase64Alphabet[w>>12&63],
			binasciiBase64Alphabet[w>>6&63], '=')
	}
	if newline {
		out = append(out, '\n')
	}
	return out
}

// decodeHex decodes pairs of hex digits.
func (st *binasciiState) decodeHex(vm *VM, data []byte) ([]byte, error) {
	if len(data)%2 != 0 {
		return nil, st.fail(vm, "Odd-length string")
	}
	out := make([]byte, len(data)/2)
	for i := range out {
		hi, ok1 := hexDigitValue(data[2*i])
		lo, ok2 := hexDigitValue(data[2*i+1])
		if !ok1 || !ok2 {
			return nil, st.fail(vm, "Non-hexadecimal digit found")
		}
		out[i] = hi<<4 | lo
	}
	return out, nil
}

// hexDigitValue is the value of one hex digit of either case.
func hexDigitValue(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// crcHqx is the CRC-CCITT (XModem) binhex uses: polynomial 0x1021, no
// reflection, the caller's start value.
func crcHqx(data []byte, crc uint32) uint32 {
	crc &= 0xffff
	for _, b := range data {
		crc ^= uint32(b) << 8
		for k := 0; k < 8; k++ {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
		crc &= 0xffff
	}
	return crc
}

// binasciiModule builds _binascii.
func (vm *VM) binasciiModule(d gc.Value) {
	st := &binasciiState{}
	vm.def(d, "_set_errors", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(args) == 2 {
			st.errCls, st.incompleteCls = args[0], args[1]
			vm.heap.AddPermanentRoot(args[0])
			vm.heap.AddPermanentRoot(args[1])
		}
		return vNone, nil
	})
	a2bBase64 := &clinic{fname: "a2b_base64", names: []string{"data", "strict_mode"}, maxpos: 1, posonly: 1, minargs: 1}
	vm.def(d, "a2b_base64", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		a, err := vm.parseArgs(a2bBase64, args, kw)
		if err != nil {
			return vEmpty, err
		}
		data, err := vm.asciiData(a[0])
		if err != nil {
			return vEmpty, err
		}
		strict := false
		if !a[1].IsEmpty() {
			n, err := vm.indexValue(a[1])
			if err != nil {
				return vEmpty, err
			}
			strict = n != 0
		}
		out, err := st.decodeBase64(vm, data, strict)
		if err != nil {
			return vEmpty, err
		}
		return vm.newBytes(out), nil
	})
	b2aBase64 := &clinic{fname: "b2a_base64", names: []string{"data", "newline"}, maxpos: 1, posonly: 1, minargs: 1}
	vm.def(d, "b2a_base64", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		a, err := vm.parseArgs(b2aBase64, args, kw)
		if err != nil {
			return vEmpty, err
		}
		data, err := vm.binaryData(a[0])
		if err != nil {
			return vEmpty, err
		}
		newline := true
		if !a[1].IsEmpty() {
			n, err := vm.indexValue(a[1])
			if err != nil {
				return vEmpty, err
			}
			newline = n != 0
		}
		return vm.newBytes(encodeBase64(data, newline)), nil
	})
	for _, name := range []string{"a2b_hex", "unhexlify"} {
		spec := &clinic{fname: name, names: []string{"hexstr"}, maxpos: 1, posonly: 1, minargs: 1}
		vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			a, err := vm.parseArgs(spec, args, kw)
			if err != nil {
				return vEmpty, err
			}
			data, err := vm.asciiData(a[0])
			if err != nil {
				return vEmpty, err
			}
			out, err := st.decodeHex(vm, data)
			if err != nil {
				return vEmpty, err
			}
			return vm.newBytes(out), nil
		})
	}
	for _, name := range []string{"b2a_hex", "hexlify"} {
		spec := &clinic{fname: name, names: []string{"data", "sep", "bytes_per_sep"}, maxpos: 3, minargs: 1}
		vm.def(d, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			a, err := vm.parseArgs(spec, args, kw)
			if err != nil {
				return vEmpty, err
			}
			data, err := vm.binaryData(a[0])
			if err != nil {
				return vEmpty, err
			}
			s, err := hexWithSep(vm, data, a[1], a[2])
			if err != nil {
				return vEmpty, err
			}
			return vm.newBytes([]byte(s)), nil
		})
	}
	crc32Spec := &clinic{fname: "crc32", names: []string{"data", "crc"}, maxpos: 2, posonly: 2, minargs: 1}
	vm.def(d, "crc32", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		a, err := vm.parseArgs(crc32Spec, args, kw)
		if err != nil {
			return vEmpty, err
		}
		data, err := vm.binaryData(a[0])
		if err != nil {
			return vEmpty, err
		}
		var crc uint32
		if !a[1].IsEmpty() {
			if crc, err = vm.maskedUint32(a[1]); err != nil {
				return vEmpty, err
			}
		}
		return gc.Int(int64(crc32.Update(crc, crc32.IEEETable, data))), nil
	})
	vm.def(d, "crc_hqx", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if len(kw) > 0 {
			return vEmpty, vm.raise("TypeError", "crc_hqx() takes no keyword arguments")
		}
		if len(args) != 2 {
			return vEmpty, vm.raise("TypeError", "crc_hqx expected 2 arguments, got %d", len(args))
		}
		data, err := vm.binaryData(args[0])
		if err != nil {
			return vEmpty, err
		}
		crc, err := vm.maskedUint32(args[1])
		if err != nil {
			return vEmpty, err
		}
		return gc.Int(int64(crcHqx(data, crc))), nil
	})
}
