# bytearray's repr escapes every single quote, even inside double quotes;
# bytes' repr does not.
for data in (b"a|'b'", b"'", b"'\"", b'"', b"\\'", b"plain", b"\x00'\x7f"):
    print(repr(data), repr(bytearray(data)), "%r" % bytearray(data), str(bytearray(data)))
print([bytearray(b"it's")], (bytearray(b"'"),), {bytes(b"'"): bytearray(b"'")})
