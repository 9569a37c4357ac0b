# base64_differential: round trips of pseudo-random byte strings through every
# codec of base64 and binascii, printing digests of the encodings so that any
# byte that differs from CPython's output changes the golden file.
import base64
import binascii

state = 12345


def rand(n):
    global state
    out = bytearray()
    for _ in range(n):
        state = (state * 1103515245 + 12345) % (1 << 31)
        out.append(state >> 23)
    return bytes(out)


codecs = [
    ("b64", base64.b64encode, base64.b64decode),
    ("url", base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    ("b32", base64.b32encode, base64.b32decode),
    ("b32hex", base64.b32hexencode, base64.b32hexdecode),
    ("b16", base64.b16encode, base64.b16decode),
    ("b85", base64.b85encode, base64.b85decode),
    ("a85", base64.a85encode, base64.a85decode),
    ("lines", base64.encodebytes, base64.decodebytes),
]
for name, enc, dec in codecs:
    total = 0
    crc = 0
    for n in list(range(0, 20)) + [57, 58, 100, 255, 1000]:
        data = rand(n)
        if n % 7 == 3:
            data = b"\0" * n
        if n % 7 == 5:
            data = b" " * n
        e = enc(data)
        assert dec(e) == data, (name, n)
        total += len(e)
        crc = binascii.crc32(e, crc)
    print(name, total, crc)

# the lenient decoder on noisy input: random junk inserted into valid text
noise = b"!*\n \t.;~"
for n in range(30):
    data = rand(n)
    e = bytearray(base64.b64encode(data))
    for k in range(n % 4):
        pos = rand(1)[0] % (len(e) + 1)
        e[pos:pos] = noise[(n + k) % len(noise):(n + k) % len(noise) + 1]
    try:
        out = base64.b64decode(bytes(e))
        print(n, out == data, len(out))
    except binascii.Error as err:
        print(n, "Error", err)
    try:
        base64.b64decode(bytes(e), validate=True)
        print(n, "valid")
    except binascii.Error as err:
        print(n, "strict", err)

# truncated and over-padded inputs
for n in range(1, 12):
    e = base64.b64encode(rand(n))
    for cut in range(1, 4):
        for extra in (b"", b"=", b"==", b"==="):
            s = e[:-cut] + extra
            try:
                r = binascii.a2b_base64(s)
                print(n, cut, extra, len(r))
            except binascii.Error as err:
                print(n, cut, extra, err)
print(binascii.crc32(rand(5000)), binascii.crc_hqx(rand(5000), 0xffff))
print(binascii.hexlify(rand(17), "-", 3), binascii.hexlify(rand(17), b" ", -4))
