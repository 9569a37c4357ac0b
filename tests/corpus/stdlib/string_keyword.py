# string constants and capwords; keyword lists.
import string
import keyword

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    print(name, repr(getattr(string, name)))
print(string.capwords("hello   big  world"), string.capwords("a-b-c", "-"))
print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(keyword.iskeyword("print"), keyword.issoftkeyword("_"))
