# hashlib.blake2b / blake2s (vm/blake2.go): parameters, limits and their errors,
# digests across block boundaries, keyed/salted/personalized, incremental and copy.
import hashlib
b=hashlib.blake2b
print(b.SALT_SIZE,b.PERSON_SIZE,b.MAX_KEY_SIZE,b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2s.MAX_KEY_SIZE)
for kw in [dict(digest_size=0),dict(digest_size=65),dict(key=b'k'*65),dict(salt=b's'*17),dict(person=b'p'*17),dict(fanout=256),dict(fanout=-1),dict(depth=0),dict(depth=256),dict(leaf_size=-1),dict(leaf_size=2**32),dict(node_offset=-1),dict(node_offset=2**64),dict(node_depth=256),dict(inner_size=65),dict(inner_size=-1),dict(key='s'),dict(digest_size='x'),dict(foo=1)]:
  try: b(**kw); print('ok', kw)
  except Exception as e: print(type(e).__name__, e)
for kw in [dict(node_offset=2**48),dict(leaf_size=2**32),dict(inner_size=33),dict(digest_size=33)]:
  try: hashlib.blake2s(**kw); print('ok', kw)
  except Exception as e: print(type(e).__name__, e)
try: b(b'a', b'b')
except Exception as e: print(type(e).__name__, e)
try: b('a')
except Exception as e: print(type(e).__name__, e)
h=b(b'abc', digest_size=20, key=b'key', salt=b'salt', person=b'me', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True)
print(h.hexdigest(), h.name, h.digest_size, h.block_size, type(h).__module__, repr(h)[:18])
print(hashlib.blake2s(b'abc', digest_size=20, key=b'key', salt=b'salt', person=b'me', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True).hexdigest())
try: h.update('x')
except Exception as e: print(type(e).__name__, e)
print(hashlib.new('blake2b', b'x', digest_size=16).hexdigest())
for n in (0, 1, 63, 64, 65, 127, 128, 129, 255, 256, 257, 1000):
    d = bytes(i % 251 for i in range(n))
    x, y = hashlib.blake2b(d), hashlib.blake2s(d)
    k1, k2 = hashlib.blake2b(d, key=b'secret' * 10, digest_size=33), hashlib.blake2s(d, key=b'k' * 32, salt=b'12345678', person=b'abcdefgh')
    print(n, x.hexdigest()[:24], y.hexdigest()[:24], k1.hexdigest()[:24], k2.hexdigest()[:24])
    inc = hashlib.blake2b()
    for i in range(0, n, 7):
        inc.update(d[i:i + 7])
    c = inc.copy(); c.update(b'more')
    print(inc.digest() == x.digest(), c.hexdigest() == hashlib.blake2b(d + b'more').hexdigest())
print(hashlib.blake2s(b'x' * 100000).hexdigest(), hashlib.blake2b(b'x' * 100000).hexdigest())
print(isinstance(h, hashlib.blake2b), type(h).__name__, type(hashlib.blake2s()).__name__)
try: h.name = 'x'
except Exception as e: print(type(e).__name__, e)
try: h.update()
except Exception as e: print(type(e).__name__, e)
