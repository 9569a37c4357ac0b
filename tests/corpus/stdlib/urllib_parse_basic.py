# urllib.parse: quoting, query strings, URL splitting/joining and the
# result namedtuples, with their error messages.
from urllib.parse import (quote, quote_plus, unquote, unquote_plus,
                          quote_from_bytes, unquote_to_bytes, urlencode,
                          parse_qs, parse_qsl, urlparse, urlsplit,
                          urlunparse, urlunsplit, urljoin, urldefrag)
import urllib.parse


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- quote")
for s in ["abc def", "/a b/c?d=e&f", "caf\u00e9", "~_.-", "", "a+b", "100%",
          "\u20ac x"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/+"))
print(quote(b"a b\xff"), quote_from_bytes(b"a/b c"), quote_from_bytes(b"", "/"))
print(quote("a\u00e9", encoding="latin-1"), quote("\u20ac", encoding="ascii", errors="replace"))
print(quote("a&b=c", safe="&="), quote(b"x y", safe=b" "), quote_plus(b"x y"))
show("q1", quote, b"x", encoding="utf-8")
show("q2", quote, b"x", errors="strict")
show("q3", quote_from_bytes, "str")
show("q4", quote, "\u20ac", encoding="ascii")
show("q5", quote, 5)

print("-- unquote")
for s in ["abc%20def", "%7e/abc+def", "caf%C3%A9", "%E2%82%AC", "%ZZ%4", "%",
          "bad%ff", "\u00e9%20x", "no escapes", ""]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(repr(unquote("%e9", encoding="latin-1")), repr(unquote(b"a%20b")))
print(repr(unquote("%ff", errors="strict") if False else unquote("%ff", errors="ignore")))
show("u1", unquote, "%ff", errors="strict")
show("u2", unquote, None)
show("u3", unquote_to_bytes, None)
show("u4", unquote_to_bytes, b"a%2Fb%2f")
show("u5", unquote_plus, 3)

print("-- urlencode")
print(urlencode({"a": 1, "b": "x y", "c": "\u00e9&"}))
print(urlencode([("k", "v1"), ("k", "v2"), ("z", b"by tes")]))
print(urlencode({"l": [1, 2, "t u"], "s": "str", "n": 7}, doseq=True))
print(urlencode({"l": [1, 2]}))
print(urlencode({"p": "a/b c"}, quote_via=quote), urlencode({"p": "a/b"}, safe="/"))
print(urlencode({b"bk": b"bv"}), repr(urlencode([])), repr(urlencode({})))
show("e1", urlencode, "abc")
show("e2", urlencode, [1, 2])
show("e3", urlencode, 5)
try:
    urlencode(5)
except TypeError as e:
    print("cause", type(e.__cause__).__name__)

print("-- parse_qs")
qs = "a=1&b=2&a=3&c=&d&e=x+y%21&=v"
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(b"x=%20y&z=1"))
print(parse_qsl("n=%E9", encoding="latin-1"), parse_qsl(""), parse_qs(""))
show("p1", parse_qsl, "a=1&&b=2", strict_parsing=True)
show("p2", parse_qsl, "a=1&b", strict_parsing=True)
show("p3", parse_qsl, "a=1&b=2&c=3", max_num_fields=2)
show("p4", parse_qsl, "a=1&b=2", max_num_fields=2)
show("p5", parse_qsl, "a=1", separator="")
show("p6", parse_qsl, "a=1", separator=None)

print("-- urlparse / urlsplit")
urls = ["http://user:pw@www.Example.COM:8080/p/a/t/h;params?q=1&r=2#frag",
        "https://example.com", "//host/path", "/just/path?x", "mailto:joe@example.com",
        "file:///etc/passwd", "http://[::1]:80/x", "http://[fe80::1%eth0]/",
        "HTTP://H/p", "  http://h/a\tb\nc", "path;p?q#f", "ftp://u@h/f;type=a",
        "tel:+1-555;ext=1", "a1+.-:rest", "1http://x", "http://h:/p", "http://@h",
        "svn+ssh://h/r", "http://h?q#f#g", "urn:isbn:0451450523"]
for u in urls:
    p = urlparse(u)
    s = urlsplit(u)
    print(repr(u))
    print(" ", p)
    print(" ", tuple(s), p.username, p.password, p.hostname, p.port, repr(p.geturl()), repr(s.geturl()))
print(urlparse("x", scheme="http"), urlparse("https://h/a#b", allow_fragments=False))
print(urlsplit("http://h/a#b", "", False), urlparse("//x/y", "ftp"))
r = urlparse("http://u@h:1/p")
print(type(r).__name__, r._fields, r.scheme, r[1], len(r), r._replace(path="/q").geturl())
print(isinstance(r, tuple), r == ("http", "u@h:1", "/p", "", "", ""))
s = urlsplit("http://h/p")
print(type(s).__name__, s._fields, s._asdict())
b = urlparse(b"http://u:p@h:9/x?y#z")
print(b, b.hostname, b.port, b.username, b.password, b.geturl())
print(b.decode(), urlsplit("http://h/p").encode())
for u in ["http://h:99999/", "http://h:abc/", "http://h:-1/", "http://h:+1/", "http://h: 8/"]:
    try:
        print(urlsplit(u).port)
    except ValueError as e:
        print("port", type(e).__name__, e)
for u in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[xyz]/",
          "http://[v1.x]/", "http://[vz.x]/", "http://[::ffff:1.2.3.4]/"]:
    show("v6", urlsplit, u)
show("mix", urlparse, "http://h", b"x")
show("mix2", urljoin, "http://h", b"x")

print("-- urlunparse / urlunsplit")
print(urlunparse(("http", "h", "/p", "pa", "q", "f")))
print(urlunparse(("", "", "p", "", "", "")), urlunsplit(("http", "", "p", "", "")))
print(urlunsplit(("mailto", "", "a@b", "", "")), urlunsplit(("file", "", "/x", "", "")))
print(urlunsplit(("", "h", "p", "", "")), urlunsplit(("s", "", "//x", "q", "")))
print(urlunsplit(iter(["http", "h", "", "", "f"])))
show("uu1", urlunsplit, ("a", "b"))
show("uu2", urlunparse, ("a", "b", "c", "d", "e", "f", "g"))

print("-- urljoin")
base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s",
            "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g",
            "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.",
            ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h",
            "https://x/y", "mailto:z"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("", "x"), urljoin("http://h/a", ""), urljoin("http://h/a/b", "c", False))
print(urljoin(b"http://h/a/b", b"../c"), urljoin("mailto:a@b", "c"), urljoin("http://h", "p"))

print("-- urldefrag")
for u in ["http://h/p?q#frag", "http://h/p", "http://h/p#", "rel#x", b"http://h#f"]:
    d = urldefrag(u)
    print(d, d.url, d.fragment, d.geturl(), type(d).__name__)
print(urllib.parse.__name__, "urlparse" in urllib.parse.__all__)

print("-- mixed ASCII and non-ASCII unquote")
for s in ["\ud800%41", "%C3\u00e9%A9", "a\U0001F600%F0%9F%98%80b", "%e9\u00e9", "x\udfff"]:
    print(ascii(unquote(s)), ascii(unquote(s, encoding="latin-1")), ascii(unquote(s, errors="ignore")))
show("mu1", unquote, "\u00e9%ff", errors="strict")
print(quote_from_bytes(bytearray(b"a b/c")), quote_from_bytes(b"abc~", ""), quote(b"/x", b"/"))
print(quote("a/b", safe=b"/"), quote("\u00ff", safe="\u00ff"), quote_from_bytes(b"\xff", b"\xff"))
big = "caf%C3%A9+x%20y\u00e9" * 2000
print(len(unquote(big)), unquote(big)[:12], len(quote(unquote(big))))
