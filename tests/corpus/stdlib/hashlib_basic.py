# hashlib: the algorithms of Go's standard library, hash objects, errors.
import hashlib

names = sorted(hashlib.algorithms_guaranteed - {'blake2b', 'blake2s'})
print(names)
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available or sorted(hashlib.algorithms_guaranteed - hashlib.algorithms_available))

for n in names:
    if n.startswith('shake'):
        continue
    h = hashlib.new(n, b'abc')
    print(n, h.name, h.digest_size, h.block_size, type(h).__name__, h.hexdigest())
    f = getattr(hashlib, n)
    print(' ', f(b'abc').digest() == h.digest(), f().hexdigest()[:20])
    c = h.copy()
    c.update(b'def')
    print(' ', h.hexdigest() == f(b'abc').hexdigest(), c.hexdigest() == f(b'abcdef').hexdigest())

for n in ['sha512_224', 'sha512_256']:
    h = hashlib.new(n)
    h.update(b'hello ')
    h.update(bytearray(b'world'))
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest())

# incremental feeding equals one-shot
h = hashlib.sha256()
for i in range(1000):
    h.update(str(i).encode())
print(h.hexdigest() == hashlib.sha256(''.join(str(i) for i in range(1000)).encode()).hexdigest())
print(hashlib.md5(b'x' * 100000).hexdigest())
print(hashlib.sha1(b'').hexdigest(), hashlib.sha384(b'').hexdigest()[:32])

# SHAKE: the caller picks the length
s = hashlib.shake_128(b'ab')
print(s.name, s.digest_size, s.block_size, type(s).__name__)
print(s.hexdigest(5), s.digest(3), len(s.digest(100)))
print(hashlib.shake_256(b'ab').hexdigest(40))
print(hashlib.new('shake_256', b'x').digest(0))

# constructor keywords
print(hashlib.md5(string=b'x').hexdigest(), hashlib.sha256(b'abc', usedforsecurity=False).hexdigest()[:16])
print(hashlib.new('SHA256', b'abc').name, hashlib.new('md5', data=b'x').hexdigest())
print(hashlib.md5.__name__, hashlib.sha3_256.__name__)

# pbkdf2_hmac
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 10).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 10, 5).hex())
print(hashlib.pbkdf2_hmac('sha512', bytearray(b'password'), b'NaCl', 3, dklen=70).hex())

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)

h = hashlib.sha256(b'a')
err(h.update, 'x')
err(hashlib.sha256, 'x')
err(hashlib.new, 'foo')
err(hashlib.new, 'sha3_256', 'x')
err(hashlib.sha256, 1)
err(hashlib.sha3_256, [1])
err(hashlib.md5, data=b'x')
err(hashlib.sha256, b'a', b'b')
err(hashlib.new, 1)
err(hashlib.new)
err(h.update)
err(h.update, b'a', b'b')
err(h.digest, 3)
err(hashlib.new('shake_128').digest)
err(hashlib.new('shake_128').hexdigest)
err(hashlib.new('shake_128').digest, 'a')
err(setattr, h, 'name', 'x')
err(setattr, h, 'digest_size', 3)
err(setattr, h, 'x', 1)
err(hashlib.pbkdf2_hmac, 'sha256', 'pw', b's', 1)
err(hashlib.pbkdf2_hmac, 'sha256', b'pw', b's', 0)
err(hashlib.pbkdf2_hmac, 'sha256', b'pw', b's', 1, 0)
err(hashlib.pbkdf2_hmac, b'x', b'p', b's', 1)
print(hashlib.sha256(b'x') == hashlib.sha256(b'x'))
s = hashlib.shake_256()
err(setattr, s, 'name', 'x')
err(setattr, s, 'y', 1)
err(type(h))
err(type(s))
err(s.digest, 1, 2)
err(s.hexdigest, length=-1 if False else 'x')
print(type(h).__module__, type(h).__name__, type(s).__name__, type(s).__mro__[1].__name__)
h2 = hashlib.md5()
h2.update(memo := b'walrus')
print(h2.hexdigest(), s.copy().hexdigest(4), s.hexdigest(length=4))
print(repr(hashlib.md5()).startswith('<md5 _hashlib.HASH object @ 0x'))

hashlib.sha1('text')
