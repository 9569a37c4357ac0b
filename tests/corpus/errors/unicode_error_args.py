# UnicodeDecodeError, UnicodeEncodeError and UnicodeTranslateError check
# their arguments (count and types) as CPython's PyArg_ParseTuple formats
# UOnnU, UUnnU and UnnU; the attributes and str() of valid ones.
def attempt(label, f):
    try:
        r = f()
        print(label, repr(r), r.args)
    except (TypeError, OverflowError) as e:
        print(label, type(e).__name__, e)
attempt("dec1", lambda: UnicodeDecodeError('x'))
attempt("dec0", lambda: UnicodeDecodeError())
attempt("dec6", lambda: UnicodeDecodeError('a', b'x', 0, 1, 'r', 6))
attempt("dec ok", lambda: UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'))
attempt("dec bytearray", lambda: UnicodeDecodeError('utf-8', bytearray(b'\xff'), 0, 1, 'bad'))
attempt("dec str obj", lambda: UnicodeDecodeError('utf-8', 'x', 0, 1, 'bad'))
attempt("dec int enc", lambda: UnicodeDecodeError(1, b'x', 0, 1, 'bad'))
attempt("dec str start", lambda: UnicodeDecodeError('u', b'x', '0', 1, 'bad'))
attempt("dec int reason", lambda: UnicodeDecodeError('u', b'x', 0, 1, 2))
attempt("dec kw", lambda: UnicodeDecodeError('u', b'x', 0, 1, reason='r'))
attempt("enc1", lambda: UnicodeEncodeError('x'))
attempt("enc ok", lambda: UnicodeEncodeError('ascii', 'é', 0, 1, 'bad'))
attempt("enc bytes", lambda: UnicodeEncodeError('ascii', b'x', 0, 1, 'bad'))
attempt("enc big", lambda: UnicodeEncodeError("ascii", "x", 10**30, 1, "bad"))
attempt("tr1", lambda: UnicodeTranslateError('x'))
attempt("tr4", lambda: UnicodeTranslateError('é', 0, 1, 'bad'))
attempt("tr5", lambda: UnicodeTranslateError('é', 0, 1, 'bad', 5))
attempt("tr bytes", lambda: UnicodeTranslateError(b'x', 0, 1, 'bad'))
attempt("uerr", lambda: UnicodeError('x', 1))
e = UnicodeDecodeError('utf-8', b'ab\xff', 2, 3, 'invalid start byte')
print(str(e), e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeEncodeError('ascii', 'aé', 1, 2, 'ordinal not in range(128)')
print(str(e), e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeTranslateError('aé', 1, 2, 'nope')
print(str(e), e.object, e.start, e.end, e.reason, e.encoding)
class MyDec(UnicodeDecodeError):
    pass
attempt("sub1", lambda: MyDec('x'))
class MyDec2(UnicodeDecodeError):
    def __init__(self, msg):
        self.msg = msg
attempt("sub init", lambda: MyDec2('x'))
