# string.Template: substitute, safe_substitute, braces, escapes, errors,
# identifiers, validity and subclasses with another delimiter or pattern.
from string import Template
t = Template("$who likes ${what}; $$5 costs $$$amount")
print(t.substitute(who="tim", what="kung pao", amount=3))
print(t.substitute({"who": "a", "what": "b"}, amount=1))
print(t.safe_substitute(who="x"))
print(t.get_identifiers(), t.is_valid())
for s, kw in (("$who and $missing", {"who": 1}), ("bad $ here", {}), ("line1\nline2 ${bad", {}), ("$", {})):
    try:
        print(Template(s).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(repr(Template(s).safe_substitute(**kw)), Template(s).is_valid())
class Pct(Template):
    delimiter = "%"
print(Pct("%a + %{b} = 100%%").substitute(a=1, b=2))
class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print(Dotted("$user.name!").safe_substitute({"user.name": "ann"}))
class Own(Template):
    pattern = r"""
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>!) |
      (?P<invalid>)
    )"""
print(Own("[x] and [[").substitute(x=9))
print(Template("$é").safe_substitute(), Template("${Name}").substitute(Name="N"))
print(Template.delimiter, Template("x").template)
