// mod_hashlib.go holds _hashlib, the Go core of the hashlib and hmac
// modules (vm/lib/hashlib.py, vm/lib/hmac.py): the message digests of Go's
// standard library (MD5, SHA-1, SHA-2, SHA-3, SHAKE), PBKDF2-HMAC and a
// constant-time comparison.
//
// A hash object (_hashlib.HASH, _hashlib.HASHXOF for SHAKE) is a native
// instance whose Go side entry holds the running hash.Hash; the sweep
// drops the entry with the object, so nothing leaks. copy() clones the
// state through MarshalBinary/UnmarshalBinary, which every digest here has.

package vm

import (
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"encoding/hex"
	"fmt"
	"hash"
	"strings"

	"github.com/hotloop/hotloop/gc"
)

// hashAlgo describes one digest: how to make it, its sizes, and whether
// it is an extendable-output function (SHAKE), whose digest length the
// caller chooses.
type hashAlgo struct {
	make      func() hash.Hash
	shake     func() *sha3.SHAKE
	size      int
	blockSize int
}

// hashAlgos are the digests _hashlib provides, by CPython's name.
var hashAlgos = map[string]hashAlgo{
	"md5":        {make: md5.New, size: md5.Size, blockSize: md5.BlockSize},
	"sha1":       {make: sha1.New, size: sha1.Size, blockSize: sha1.BlockSize},
	"sha224":     {make: sha256.New224, size: sha256.Size224, blockSize: sha256.BlockSize},
	"sha256":     {make: sha256.New, size: sha256.Size, blockSize: sha256.BlockSize},
	"sha384":     {make: sha512.New384, size: sha512.Size384, blockSize: sha512.BlockSize},
	"sha512":     {make: sha512.New, size: sha512.Size, blockSize: sha512.BlockSize},
	"sha512_224": {make: sha512.New512_224, size: sha512.Size224, blockSize: sha512.BlockSize},
	"sha512_256": {make: sha512.New512_256, size: sha512.Size256, blockSize: sha512.BlockSize},
	"sha3_224":   {make: func() hash.Hash { return sha3.New224() }, size: 28, blockSize: 144},
	"sha3_256":   {make: func() hash.Hash { return sha3.New256() }, size: 32, blockSize: 136},
	"sha3_384":   {make: func() hash.Hash { return sha3.New384() }, size: 48, blockSize: 104},
	"sha3_512":   {make: func() hash.Hash { return sha3.New512() }, size: 64, blockSize: 72},
	"shake_128":  {shake: sha3.NewSHAKE128, size: 0, blockSize: 168},
	"shake_256":  {shake: sha3.NewSHAKE256, size: 0, blockSize: 136},
}

// hashState is a running digest: a hash.Hash, or a *sha3.SHAKE. Copies
// are made through MarshalBinary/UnmarshalBinary, or cloneState for the
// digests of blake2.go.
type hashState interface {
	Write([]byte) (int, error)
}

// hashCloner is a digest that copies itself (BLAKE2).
type hashCloner interface {
	cloneState() hashState
}

// hashObj is the Go side of a HASH or HASHXOF instance.
type hashObj struct {
	name string
	algo hashAlgo
	h    hashState
	typ  *Type // the instance's type, for copy()
}

// hashTypes are the two native types of _hashlib.
type hashTypes struct {
	hash, xof, blake2b, blake2s *Type
}

// hashLookup finds an algorithm by name (case-insensitive, as OpenSSL's
// lookup is) or raises CPython's ValueError.
func (vm *VM) hashLookup(v gc.Value) (string, hashAlgo, error) {
	if v.Tag() != TagStr {
		return "", hashAlgo{}, vm.raise("TypeError", "name must be a string")
	}
	name := vm.str(v)
	lower := strings.ToLower(name)
	a, ok := hashAlgos[lower]
	if !ok {
		return "", hashAlgo{}, vm.raise("ValueError", "unsupported hash type %s", name)
	}
	return lower, a, nil
}

// hashFresh makes a new running state of a.
func (a hashAlgo) hashFresh() hashState {
	if a.shake != nil {
		return a.shake()
	}
	return a.make()
}

// hashData reads the bytes to hash, with CPython's errors for a str and
// for an object without the buffer interface.
func (vm *VM) hashData(v gc.Value) ([]byte, error) {
	if b, ok := vm.bytesLike(v); ok {
		return b, nil
	}
	if v.Tag() == TagStr || vm.isInstance(v, vm.tStr) {
		return nil, vm.raise("TypeError", "Strings must be encoded before hashing")
	}
	return nil, vm.raise("TypeError", "object supporting the buffer API required")
}

// newHashObj makes a HASH (or HASHXOF) instance around h.
func (vm *VM) newHashObj(ht *hashTypes, name string, a hashAlgo, h hashState) gc.Value {
	t := ht.hash
	if a.shake != nil {
		t = ht.xof
	}
	o := vm.newInstance(t)
	vm.heap.SetSide(o.Ref(), &hashObj{name: name, algo: a, h: h, typ: t})
	return o
}

// hashSelf returns the Go side of a HASH method's self.
func (vm *VM) hashSelf(ht *hashTypes, method string, args []gc.Value) (*hashObj, error) {
	if len(args) > 0 && args[0].Tag() == TagObject {
		if t := vm.typeOf(args[0]); t == ht.hash || t == ht.xof || t == ht.blake2b || t == ht.blake2s {
			if ho, ok := vm.heap.Side(args[0].Ref()).(*hashObj); ok {
				return ho, nil
			}
		}
	}
	return nil, vm.raise("TypeError", "descriptor '%s' requires a '_hashlib.HASH' object", method)
}

// hashSum finishes a copy of the running state: the digest, or for
// SHAKE n bytes of output.
func (vm *VM) hashSum(ho *hashObj, n int) ([]byte, error) {
	if ho.algo.shake == nil {
		return ho.h.(hash.Hash).Sum(nil), nil
	}
	if n < 0 {
		return nil, vm.raise("ValueError", "length must be non-negative")
	}
	if n > 1<<30 {
		return nil, vm.raise("MemoryError", "")
	}
	c, err := vm.hashClone(ho)
	if err != nil {
		return nil, err
	}
	out := make([]byte, n)
	_, _ = c.(*sha3.SHAKE).Read(out)
	return out, nil
}

// hashClone copies the running state of ho.
func (vm *VM) hashClone(ho *hashObj) (hashState, error) {
	if cl, ok := ho.h.(hashCloner); ok {
		return cl.cloneState(), nil
	}
	m, ok1 := ho.h.(encoding.BinaryMarshaler)
	c := ho.algo.hashFresh()
	u, ok2 := c.(encoding.BinaryUnmarshaler)
	if !ok1 || !ok2 {
		return nil, vm.raise("SystemError", "cannot copy hash state of %s", ho.name)
	}
	st, err := m.MarshalBinary()
	if err != nil {
		return nil, vm.raise("SystemError", "cannot copy hash state: %v", err)
	}
	if err := u.UnmarshalBinary(st); err != nil {
		return nil, vm.raise("SystemError", "cannot copy hash state: %v", err)
	}
	return c, nil
}

// hashlibTypes declares _hashlib.HASH and _hashlib.HASHXOF.
func (vm *VM) hashlibTypes(d gc.Value) *hashTypes {
	ht := &hashTypes{}
	ht.hash = vm.newNativeType("_hashlib", "HASH", nil, TagObject, 0)
	ht.xof = vm.newNativeType("_hashlib", "HASHXOF", ht.hash, TagObject, 0)
	for _, t := range []*Type{ht.hash, ht.xof} {
		t.noSubcls = true
		t.restricted = true
		t.attrCap = 1
	}
	ht.blake2b = vm.newNativeType("_blake2", "blake2b", nil, TagObject, 0)
	ht.blake2s = vm.newNativeType("_blake2", "blake2s", nil, TagObject, 0)
	for _, t := range []*Type{ht.blake2b, ht.blake2s} {
		t.noSubcls = true
		t.restricted = true
		t.attrCap = 1
	}
	common := func(short string) map[string]bfunc {
		return map[string]bfunc{
			"update": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				ho, err := vm.hashSelf(ht, "update", args)
				if err != nil {
					return vEmpty, err
				}
				if len(kw) > 0 {
					return vEmpty, vm.raise("TypeError", "%s.update() takes no keyword arguments", short)
				}
				if err := vm.nargs(short+".update", args[1:], 1, 1); err != nil {
					return vEmpty, err
				}
				data, err := vm.hashData(args[1])
				if err != nil {
					return vEmpty, err
				}
				_, _ = ho.h.Write(data)
				return vNone, nil
			},
			"digest": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				ho, err := vm.hashSelf(ht, "digest", args)
				if err != nil {
					return vEmpty, err
				}
				if err := vm.nargs(short+".digest", args[1:], 0, 0); err != nil {
					return vEmpty, err
				}
				b, err := vm.hashSum(ho, 0)
				if err != nil {
					return vEmpty, err
				}
				return vm.newBytes(b), nil
			},
			"hexdigest": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				ho, err := vm.hashSelf(ht, "hexdigest", args)
				if err != nil {
					return vEmpty, err
				}
				if err := vm.nargs(short+".hexdigest", args[1:], 0, 0); err != nil {
					return vEmpty, err
				}
				b, err := vm.hashSum(ho, 0)
				if err != nil {
					return vEmpty, err
				}
				return vm.newStr(hex.EncodeToString(b)), nil
			},
			"copy": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				ho, err := vm.hashSelf(ht, "copy", args)
				if err != nil {
					return vEmpty, err
				}
				if err := vm.nargs(short+".copy", args[1:], 0, 0); err != nil {
					return vEmpty, err
				}
				c, err := vm.hashClone(ho)
				if err != nil {
					return vEmpty, err
				}
				o := vm.newInstance(ho.typ)
				vm.heap.SetSide(o.Ref(), &hashObj{name: ho.name, algo: ho.algo, h: c, typ: ho.typ})
				return o, nil
			},
			"__repr__": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				ho, err := vm.hashSelf(ht, "__repr__", args)
				if err != nil {
					return vEmpty, err
				}
				if t := vm.typeOf(args[0]); t == ht.blake2b || t == ht.blake2s {
					return vm.newStr(fmt.Sprintf("<%s object at %s>", t.Name, addr(args[0]))), nil
				}
				return vm.newStr(fmt.Sprintf("<%s %s object @ %s>", ho.name, vm.typeOf(args[0]).Name, addr(args[0]))), nil
			},
		}
	}
	hashMethods := common("HASH")
	hashMethods["__init__"] = func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		return vEmpty, vm.raise("TypeError", "cannot create '%s' instances", vm.typeOf(args[0]).Name)
	}
	vm.nativeMethods(ht.hash, "HASH", hashMethods)
	for _, t := range []*Type{ht.blake2b, ht.blake2s} {
		m := common(t.Qualname)
		t := t
		m["__init__"] = func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			return vNone, vm.blake2Init(t, t == ht.blake2b, args, kw)
		}
		vm.nativeMethods(t, t.Qualname, m)
		maxKey, saltSize := 32, 8
		if t == ht.blake2b {
			maxKey, saltSize = 64, 16
		}
		for k, v := range map[string]int{"SALT_SIZE": saltSize, "PERSON_SIZE": saltSize, "MAX_KEY_SIZE": maxKey, "MAX_DIGEST_SIZE": maxKey} {
			vm.dictSet(t.Dict, vm.intern(k), gc.Int(int64(v)))
		}
	}
	xofLength := &clinic{fname: "digest", names: []string{"length"}, maxpos: 1, minargs: 1}
	xofHexLength := &clinic{fname: "hexdigest", names: []string{"length"}, maxpos: 1, minargs: 1}
	xofOut := func(c *clinic, method string, args []gc.Value, kw []string) (*hashObj, []byte, error) {
		ho, err := vm.hashSelf(ht, method, args)
		if err != nil {
			return nil, nil, err
		}
		if len(args)-1 > 1 {
			// Argument Clinic's wording for this one-parameter method
			return nil, nil, vm.raise("TypeError", "%s() takes at most 1 argument (%d given)", c.fname, len(args)-1)
		}
		a, err := vm.parseArgs(c, args[1:], kw)
		if err != nil {
			return nil, nil, err
		}
		n, err := vm.ssize(a[0])
		if err != nil {
			return nil, nil, err
		}
		b, err := vm.hashSum(ho, n)
		return ho, b, err
	}
	vm.nativeMethods(ht.xof, "HASHXOF", map[string]bfunc{
		"digest": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			_, b, err := xofOut(xofLength, "digest", args, kw)
			if err != nil {
				return vEmpty, err
			}
			return vm.newBytes(b), nil
		},
		"hexdigest": func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
			_, b, err := xofOut(xofHexLength, "hexdigest", args, kw)
			if err != nil {
				return vEmpty, err
			}
			return vm.newStr(hex.EncodeToString(b)), nil
		},
	})
	getter := func(name string, get func(ho *hashObj) gc.Value) {
		for _, t := range []*Type{ht.hash, ht.blake2b, ht.blake2s} {
			owner := t.Name
			vm.nativeGetter(t, name, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				ho, err := vm.hashSelf(ht, name, args)
				if err != nil {
					return vEmpty, err
				}
				return get(ho), nil
			}, func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
				return vEmpty, vm.raise("AttributeError", "attribute '%s' of '%s' objects is not writable", name, owner)
			})
		}
	}
	getter("name", func(ho *hashObj) gc.Value { return vm.newStr(ho.name) })
	getter("digest_size", func(ho *hashObj) gc.Value { return gc.Int(int64(ho.algo.size)) })
	getter("block_size", func(ho *hashObj) gc.Value { return gc.Int(int64(ho.algo.blockSize)) })
	for _, t := range []*Type{ht.hash, ht.xof, ht.blake2b, ht.blake2s} {
		vm.dictSet(d, vm.intern(t.Qualname), t.Value())
	}
	return ht
}

// hashlibModule fills the _hashlib module.
func (vm *VM) hashlibModule(d gc.Value) {
	ht := vm.hashlibTypes(d)
	// new(name, data=None): a hash object, fed data if given.
	vm.def(d, "new", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("_hashlib.new", "new", args, kw, 1, 2); err != nil {
			return vEmpty, err
		}
		name, a, err := vm.hashLookup(args[0])
		if err != nil {
			return vEmpty, err
		}
		h := a.hashFresh()
		if len(args) == 2 && args[1].Tag() != gc.TagNone {
			data, err := vm.hashData(args[1])
			if err != nil {
				return vEmpty, err
			}
			_, _ = h.Write(data)
		}
		return vm.newHashObj(ht, name, a, h), nil
	})
	// info(name) -> (canonical name, digest_size, block_size)
	vm.def(d, "info", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("_hashlib.info", "info", args, kw, 1, 1); err != nil {
			return vEmpty, err
		}
		name, a, err := vm.hashLookup(args[0])
		if err != nil {
			return vEmpty, err
		}
		return vm.newTuple([]gc.Value{vm.newStr(name), gc.Int(int64(a.size)), gc.Int(int64(a.blockSize))}), nil
	})
	// pbkdf2_hmac(name, password, salt, iterations, dklen) with the
	// arguments already checked by hashlib.py.
	vm.def(d, "pbkdf2_hmac", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("_hashlib.pbkdf2_hmac", "pbkdf2_hmac", args, kw, 5, 5); err != nil {
			return vEmpty, err
		}
		_, a, err := vm.hashLookup(args[0])
		if err != nil {
			return vEmpty, err
		}
		if a.make == nil {
			return vEmpty, vm.raise("ValueError", "unsupported hash type %s", vm.str(args[0]))
		}
		password, ok1 := vm.bytesLike(args[1])
		salt, ok2 := vm.bytesLike(args[2])
		if !ok1 || !ok2 {
			return vEmpty, vm.raise("TypeError", "a bytes-like object is required")
		}
		iter, err := vm.ssize(args[3])
		if err != nil {
			return vEmpty, err
		}
		dklen, err := vm.ssize(args[4])
		if err != nil {
			return vEmpty, err
		}
		if iter < 1 || dklen < 1 || dklen > 1<<30 {
			return vEmpty, vm.raise("ValueError", "invalid pbkdf2_hmac arguments")
		}
		key, err := pbkdf2.Key(a.make, string(password), salt, iter, dklen)
		if err != nil {
			return vEmpty, vm.raise("ValueError", "pbkdf2_hmac: %v", err)
		}
		return vm.newBytes(key), nil
	})
	// compare_bytes(a, b): constant-time equality of two byte strings.
	vm.def(d, "compare_bytes", func(vm *VM, args []gc.Value, kw []string) (gc.Value, error) {
		if err := vm.posOnly("_hashlib.compare_bytes", "compare_bytes", args, kw, 2, 2); err != nil {
			return vEmpty, err
		}
		a, ok1 := vm.bytesLike(args[0])
		b, ok2 := vm.bytesLike(args[1])
		if !ok1 || !ok2 {
			return vEmpty, vm.raise("TypeError", "compare_bytes needs two bytes-like objects")
		}
		return gc.Bool(subtle.ConstantTimeCompare(a, b) == 1), nil
	})
}

// blake2Clinic are the parameters of blake2b() and blake2s().
var blake2Clinic = func(fname string) *clinic {
	return &clinic{fname: fname, names: []string{"data", "digest_size", "key", "salt", "person", "fanout", "depth",
		"leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"}, maxpos: 1, posonly: 1}
}

// blake2Init is blake2b.__init__ / blake2s.__init__: it checks the
// parameters with CPython's messages and attaches the running state.
func (vm *VM) blake2Init(t *Type, wide bool, args []gc.Value, kw []string) error {
	fname, maxSize, saltSize := "blake2s", 32, 8
	if wide {
		fname, maxSize, saltSize = "blake2b", 64, 16
	}
	if len(args) == 0 || vm.typeOf(args[0]) != t {
		return vm.raise("TypeError", "descriptor '__init__' requires a '_blake2.%s' object", fname)
	}
	if len(args)-len(kw) > 2 {
		return vm.raise("TypeError", "%s() takes at most 1 positional argument (%d given)", fname, len(args)-len(kw)-1)
	}
	a, err := vm.parseArgs(blake2Clinic(fname), args[1:], kw)
	if err != nil {
		return err
	}
	p := &blake2Params{digestSize: maxSize, fanout: 1, depth: 1, wide: wide}
	intArg := func(i int, def int64) (int64, error) {
		if a[i].IsEmpty() {
			return def, nil
		}
		n, err := vm.ssize(a[i])
		return int64(n), err
	}
	bytesArg := func(i int) ([]byte, error) {
		if a[i].IsEmpty() {
			return nil, nil
		}
		b, ok := vm.bytesLike(a[i])
		if !ok {
			return nil, vm.raise("TypeError", "a bytes-like object is required, not '%s'", vm.typeOf(a[i]).Name)
		}
		return append([]byte(nil), b...), nil
	}
	n, err := intArg(1, int64(maxSize))
	if err != nil {
		return err
	}
	if n < 1 || n > int64(maxSize) {
		return vm.raise("ValueError", "digest_size must be between 1 and %d bytes", maxSize)
	}
	p.digestSize = int(n)
	if p.key, err = bytesArg(2); err != nil {
		return err
	}
	if len(p.key) > maxSize {
		return vm.raise("ValueError", "maximum key length is %d bytes", maxSize)
	}
	if p.salt, err = bytesArg(3); err != nil {
		return err
	}
	if len(p.salt) > saltSize {
		return vm.raise("ValueError", "maximum salt length is %d bytes", saltSize)
	}
	if p.person, err = bytesArg(4); err != nil {
		return err
	}
	if len(p.person) > saltSize {
		return vm.raise("ValueError", "maximum person length is %d bytes", saltSize)
	}
	if n, err = intArg(5, 1); err != nil {
		return err
	}
	if n < 0 || n > 255 {
		return vm.raise("ValueError", "fanout must be between 0 and 255")
	}
	p.fanout = int(n)
	if n, err = intArg(6, 1); err != nil {
		return err
	}
	if n < 1 || n > 255 {
		return vm.raise("ValueError", "depth must be between 1 and 255")
	}
	p.depth = int(n)
	if n, err = intArg(7, 0); err != nil {
		return err
	}
	if n < 0 {
		return vm.raise("ValueError", "value must be positive")
	}
	if n > 0xffffffff {
		return vm.raise("OverflowError", "leaf_size is too large")
	}
	p.leafSize = uint32(n)
	if !a[8].IsEmpty() {
		if a[8].Tag() == TagBigInt {
			return vm.raise("OverflowError", "int too big to convert")
		}
		if n, err = intArg(8, 0); err != nil {
			return err
		}
		if n < 0 {
			return vm.raise("ValueError", "value must be positive")
		}
		if !wide && n >= 1<<48 {
			return vm.raise("OverflowError", "node_offset is too large")
		}
		p.nodeOffset = uint64(n)
	}
	if n, err = intArg(9, 0); err != nil {
		return err
	}
	if n < 0 || n > 255 {
		return vm.raise("ValueError", "node_depth must be between 0 and 255")
	}
	p.nodeDepth = int(n)
	if n, err = intArg(10, 0); err != nil {
		return err
	}
	if n < 0 || n > int64(maxSize) {
		return vm.raise("ValueError", "inner_size must be between 0 and is %d", maxSize)
	}
	p.innerSize = int(n)
	if !a[11].IsEmpty() {
		truth, err := vm.truth(a[11])
		if err != nil {
			return err
		}
		p.lastNode = truth
	}
	st := newBlake2(p)
	if !a[0].IsEmpty() {
		data, err := vm.hashData(a[0])
		if err != nil {
			return err
		}
		_, _ = st.Write(data)
	}
	algo := hashAlgo{size: p.digestSize, blockSize: st.blockSize()}
	vm.heap.SetSide(args[0].Ref(), &hashObj{name: fname, algo: algo, h: st, typ: t})
	return nil
}
