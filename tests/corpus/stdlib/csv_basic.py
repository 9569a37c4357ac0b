import csv, io

# Writing and reading back through a file opened with newline=''.
rows = [["name", "qty", "note"], ["apple", 3, 'says "hi"'], ["pear", 2.5, "a,b"], ["fig", None, "line\nbreak"], [], [""]]
with open("csv_basic.tmp", "w", newline="") as f:
    w = csv.writer(f)
    for r in rows:
        print(w.writerow(r))
with open("csv_basic.tmp", newline="") as f:
    print(repr(f.read()))
with open("csv_basic.tmp", newline="") as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)
import os
os.remove("csv_basic.tmp")

# Dialects and their parameters.
print(csv.list_dialects(), csv.get_dialect("excel-tab").delimiter == "\t")
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.field_size_limit())
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
out = io.StringIO()
csv.writer(out, "semi").writerows([[1, "x;y"], ["", None]])
print(repr(out.getvalue()))
print(list(csv.reader(['"1";"x;y"', '"";""'], dialect="semi")))
csv.unregister_dialect("semi")
for bad in ["semi", 3]:
    try:
        csv.get_dialect(bad)
    except csv.Error as e:
        print("Error", e)
try:
    csv.unregister_dialect("semi")
except csv.Error as e:
    print("Error", e)
d = csv.get_dialect("unix")
print(repr(d.lineterminator), d.quoting, d.doublequote, d.escapechar, type(d).__name__, type(d).__module__)
try:
    d.delimiter = ";"
except AttributeError as e:
    print("AttributeError", e)
for kw in [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(quotechar=''), dict(quotechar=None),
           dict(quoting=csv.QUOTE_ALL, quotechar=None), dict(quoting=9), dict(lineterminator=1), dict(escapechar='ab'),
           dict(doublequote=0), dict(escapechar=1), dict(quotechar=1), dict(quoting='x'), dict(quoting=1.0),
           dict(lineterminator=None), dict(delimiter=None), dict(escapechar=None, quoting=csv.QUOTE_NONE)]:
    try:
        d = csv.reader([], **kw).dialect
        print(kw, 'ok', repr(d.delimiter), repr(d.quotechar), d.quoting, repr(d.escapechar), d.doublequote)
    except Exception as e:
        print(kw, type(e).__name__, e)
class Semi(csv.excel):
    delimiter = ";"
print(list(csv.reader(["a;b", "c;'d;e'"], Semi, quotechar="'")))
class Broken(csv.Dialect):
    delimiter = ";"
try:
    Broken()
except csv.Error as e:
    print("Error", e)

# Reader edge cases.
for lines in [['a,"b'], ['"a"b,c'], ['a\0b'], [b'a,b'], ['a,b\nc'], ['a\rb'], ['"x" y,z'], ['a,"b', 'c"'], ['', '\n', 'x']]:
    for strict in (False, True):
        try:
            print(lines, strict, list(csv.reader(lines, strict=strict)))
        except csv.Error as e:
            print(lines, strict, "Error", e)
print(list(csv.reader(["1,2.5,x", '"3",4'], quoting=csv.QUOTE_NONNUMERIC)) if False else "")
try:
    list(csv.reader(["1,abc"], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError", e)
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)), list(csv.reader(["a\\,b,c"], escapechar="\\")))
old = csv.field_size_limit(5)
try:
    list(csv.reader(["abcdef"]))
except csv.Error as e:
    print("Error", e, old)
csv.field_size_limit(old)
try:
    csv.field_size_limit("x")
except TypeError as e:
    print("TypeError", e)

# Writer errors.
w = csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE)
for row in [[''], ['a,b'], [None]]:
    try:
        w.writerow(row)
    except csv.Error as e:
        print(row, "Error", e)
try:
    w.writerow(3)
except csv.Error as e:
    print("Error", e)
try:
    csv.writer(3)
except TypeError as e:
    print("TypeError", e)
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC).writerow([1, 2.5, "s", None, True, 3 + 0j])
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(['a,b', 'q"q', "x\\y"])
csv.writer(out, doublequote=False, escapechar="\\").writerow(['q"q', "x\\y"])
print(repr(out.getvalue()))

# DictReader and DictWriter.
text = "id,name,score\r\n1,ann,9.5\r\n\r\n2,bob\r\n3,cy,7,extra,more\r\n"
r = csv.DictReader(io.StringIO(text, newline=""), restval="?")
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(["x;y", "1;2"], fieldnames=["p", "q"], delimiter=";", restkey="rest")
print(list(r))
print(csv.DictReader([]).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], restval="-")
print(dw.writeheader(), dw.writerow({"id": 1}), dw.writerows([{"id": 2, "name": "b,c"}]))
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 1, "zzz": 2})
except ValueError as e:
    print("ValueError", e)
try:
    csv.DictWriter(out, ["a"], extrasaction="drop")
except ValueError as e:
    print("ValueError", e)
csv.DictWriter(out, ["a"], extrasaction="IGNORE").writerow({"a": 1, "b": 2})
print(csv.Error.__module__, issubclass(csv.Error, Exception))
