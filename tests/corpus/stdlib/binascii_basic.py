# binascii_basic: binascii's base64 and hex codecs and CRCs, with the strict and
# lenient base64 decoder's edge cases and the error classes and messages.
import binascii
cases = [b"", b"QQ", b"QQ=", b"QQ==", b"QQ===", b"QUJD", b"QUJDR", b"QUJDRA", b"QUJDRA=", b"QUJDRA==x", b"Q=Q=", b"QU=JD", b"!!QU JD\n", b"QUJD=QUJD", b"QUJDR===", b"=QUJD", b"Q", b"QUJDRUZH", "QUJD", "QUJ\xe9"]
for c in cases:
    for strict in (False, True):
        try:
            print(repr(c), strict, binascii.a2b_base64(c, strict_mode=strict))
        except Exception as e:
            print(repr(c), strict, type(e).__name__, e)
for c in [b"", b"a", b"ab", b"abc", bytearray(b"abcd")]:
    print(binascii.b2a_base64(c), binascii.b2a_base64(c, newline=False), binascii.hexlify(c), binascii.crc32(c), binascii.crc32(c, 5))
for bad in ["abc", 3, None]:
    try: binascii.b2a_base64(bad)
    except Exception as e: print(type(e).__name__, e)
for h in [b"0a", "0A0b", "0", "zz", b"0g"]:
    try: print(binascii.unhexlify(h))
    except Exception as e: print(type(e).__name__, e)
print(binascii.hexlify(b"abcdef", "-"), binascii.hexlify(b"abcdef", ":", 2), binascii.hexlify(b"abcdefg", b"_", -2), binascii.b2a_hex(b"\x00\xff", "|", 1))
try: binascii.hexlify(b"ab", "--")
except Exception as e: print(type(e).__name__, e)
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(binascii.crc_hqx(b"hello", 0), binascii.crc32(b"hello", -1), binascii.crc32(b"x", 2**40))
cases = [b"QUJD=", b"QUJD\n", b"QQ==\n", b"Q===", b"QQ=x=", b"QUI=", b"QUI==", b"QUI=\n", b"QQ=\n=", b"QUJDRA=\n=",b"====", b"QUJD====", b"=", b"Q\x80UJD"]
for c in cases:
    for strict in (False, True):
        try:
            print(repr(c), strict, binascii.a2b_base64(c, strict_mode=strict))
        except Exception as e:
            print(repr(c), strict, type(e).__name__, e)
try: binascii.a2b_base64(bytearray(b"QUJD")); print("ba ok")
except Exception as e: print(e)
try: binascii.a2b_base64(3)
except Exception as e: print(type(e).__name__, e)
try: binascii.unhexlify(3)
except Exception as e: print(type(e).__name__, e)
try: binascii.hexlify("ab")
except Exception as e: print(type(e).__name__, e)
