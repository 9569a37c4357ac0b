# repr of str: quote choice, escapes of control, non-printable and astral characters.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\n", "cr\r", "\x00\x01\x1f", "\x7f", "\x80\x9f", "\xa0", "\xad", "é", "ÿ", "\u0100", "\u2028\u2029", "\ufeff", "\ufffe\uffff", "\ud800", "\udfff", "\U0001F600", "\U000E0001", "\U0010FFFF", "\u0378", "\u200b\u200e", "\u3000", "a\u0301", "'\"'", "\\n", "", "\x1b[0m", "\u061c", "\U0001D400"]
for s in samples:
    r = repr(s)
    print(r, ascii(s), len(s), len(r), eval(r) == s)
print(repr("'"), repr('"'), repr("'\""), repr("\\'"), str(["'", '"']), repr(("a'b",)), repr({"k'": '"v'}))
print("%r" % "x\ty", "{!r}".format("x\ny"), f"{'x'!r}", repr(repr("q")), repr(str(repr("\n"))))
print([chr(i) for i in range(0x7f, 0xa2)])
print([chr(i) for i in range(0, 0x21)])
print(ascii("日本😀é"), ascii(["é"]), ascii({"é": "ü"}), ascii(1.5), ascii(None))
