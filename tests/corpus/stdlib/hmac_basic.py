# hmac over hashlib: new, digest, copy, compare_digest and their errors.
import hashlib
import hmac

print(hmac.new(b'k', b'm', 'sha256').hexdigest())
print(hmac.digest(b'k', b'm', 'md5').hex())
m = hmac.new(b'key', digestmod=hashlib.sha1)
print(m.name, m.digest_size, m.block_size, type(m).__name__)
m.update(b'x')
c = m.copy()
c.update(b'y')
print(m.hexdigest(), c.hexdigest())
print(hmac.new(b'key', b'xy', 'sha1').hexdigest() == c.hexdigest())
print(hmac.new(b'k' * 100, b'm', 'sha512').hexdigest())
print(hmac.new(bytearray(b'k' * 200), b'm', 'sha3_256').hexdigest())
print(hmac.new(b'k', b'm', lambda: hashlib.sha256()).hexdigest())
print(hmac.new(b'k', b'm', hashlib.sha384).digest()[:8])
print(hmac.digest_size, hmac.HMAC.__name__)

print(hmac.compare_digest('ab', 'ab'), hmac.compare_digest('ab', 'ac'))
print(hmac.compare_digest(b'ab', bytearray(b'ab')), hmac.compare_digest(b'a', b'ab'))

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)

err(hmac.new, b'k')
err(hmac.new, 'k', b'm', 'md5')
err(hmac.new, b'k', 'm', 'md5')
err(hmac.new, b'k', b'm', 'foo')
err(hmac.new, b'k', b'm', 3)
err(hmac.digest, b'k', b'm', 'foo')
for a, b in [(b'a', 'a'), (1, b'a'), (b'a', 1), ('a', 1), ('é', 'é'), (1, 2)]:
    err(hmac.compare_digest, a, b)
