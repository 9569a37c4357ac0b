# html: escape and unescape (named, numeric and invalid references) and
# the html.entities tables.
import html
import html.entities


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- escape")
for s in ["<a href=\"x\">'Tom' & Jerry</a>", "plain", "", "&amp;", "\u00e9<>"]:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))
show("e1", html.escape, None)
show("e2", html.escape, b"<b>")
show("e3", html.escape)

print("-- unescape")
cases = ["&lt;p&gt;", "&amp;amp;", "&quot;&#x27;&apos;", "&eacute;&Eacute;",
         "&copy 2024", "&copy;2024", "&notit;", "&notin;", "&not", "&nbsp;x",
         "&#65;&#x42;&#X43;&#068", "&#0;", "&#13;", "&#128;&#x80;&#150;&#x9f;",
         "&#129;&#x8d;", "&#1;&#x7f;&#xb;", "&#xd800;&#xDFFF;", "&#x110000;",
         "&#99999999999999999999;", "&#xfffe;&#x10ffff;&#xfdd0;", "&#x1F600;",
         "&unknown;", "&;", "&", "& amp;", "&#;", "&#x;", "&#xZZ;", "a&b",
         "&AMP;&AMP", "&ltx", "&gtgt", "&frac12;&frac34", "&NotEqualTilde;",
         "&bne;", "&" + "a" * 40 + ";", "&amp" + "x" * 35, "no refs",
         "&lt;&lt;&lt;", "&#60;&#060;&#x3C;&#x003c;", "&Amp;", "&zwnj;&zwj;"]
for c in cases:
    print(repr(c), ascii(html.unescape(c)))
show("u1", html.unescape, None)
show("u2", html.unescape, 5)
print(html.unescape(html.escape("<&>\"'")))

print("-- entities")
e = html.entities
print(len(e.html5), len(e.name2codepoint), len(e.codepoint2name), len(e.entitydefs))
print(e.name2codepoint["amp"], e.codepoint2name[0x3c], ascii(e.entitydefs["nbsp"]))
print(ascii(e.html5["lt;"]), ascii(e.html5["lt"]), ascii(e.html5["NotEqualTilde;"]))
print(sorted(e.html5)[:5], sorted(e.name2codepoint)[-3:])
print(html.__all__, sorted(e.__all__))
