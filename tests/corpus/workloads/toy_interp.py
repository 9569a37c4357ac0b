# A small interpreter for a toy language: a tokenizer built on re, a recursive-descent
# parser producing node classes, and an evaluator with environments, functions,
# closures, while loops and error reporting.
import re

TOKEN_RE = re.compile(r"""
    (?P<ws>[ \t]+|\#[^\n]*)
  | (?P<nl>\n)
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>==|!=|<=|>=|&&|\|\||[-+*/%<>=!(){},;])
""", re.VERBOSE)
KEYWORDS = {"let", "fn", "if", "else", "while", "return", "print", "true", "false"}


class LangError(Exception):
    def __init__(self, msg, line):
        super().__init__(f"line {line}: {msg}")
        self.line = line


class Token:
    __slots__ = ("kind", "text", "line")

    def __init__(self, kind, text, line):
        self.kind, self.text, self.line = kind, text, line

    def __repr__(self):
        return f"{self.kind}:{self.text}"


def tokenize(src):
    pos, line, out = 0, 1, []
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise LangError(f"unexpected character {src[pos]!r}", line)
        kind = m.lastgroup
        text = m.group()
        if kind == "nl":
            line += 1
        elif kind == "name" and text in KEYWORDS:
            out.append(Token(text, text, line))
        elif kind != "ws":
            out.append(Token(kind, text, line))
        pos = m.end()
    out.append(Token("eof", "", line))
    return out


class Node:
    def __init__(self, line, **fields):
        self.line = line
        self.__dict__.update(fields)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items() if k != "line")
        return f"{type(self).__name__}({inner})"


class Num(Node): pass
class Str(Node): pass
class Var(Node): pass
class BinOp(Node): pass
class Unary(Node): pass
class Call(Node): pass
class Let(Node): pass
class Assign(Node): pass
class If(Node): pass
class While(Node): pass
class Return(Node): pass
class Print(Node): pass
class FnDef(Node): pass
class ExprStmt(Node): pass
class Block(Node): pass


PRECEDENCE = [("||",), ("&&",), ("==", "!="), ("<", "<=", ">", ">="), ("+", "-"), ("*", "/", "%")]


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, text=None):
        t = self.toks[self.i]
        if (kind and t.kind != kind) or (text and t.text != text):
            want = text or kind
            raise LangError(f"expected {want!r}, got {t.text or 'end of input'!r}", t.line)
        self.i += 1
        return t

    def at(self, text):
        return self.peek().text == text and self.peek().kind != "str"

    def program(self):
        stmts = []
        while self.peek().kind != "eof":
            stmts.append(self.statement())
        return Block(1, body=stmts)

    def block(self):
        t = self.take(text="{")
        body = []
        while not self.at("}"):
            if self.peek().kind == "eof":
                raise LangError("unclosed block", t.line)
            body.append(self.statement())
        self.take(text="}")
        return Block(t.line, body=body)

    def statement(self):
        t = self.peek()
        if t.kind == "let":
            self.take()
            name = self.take("name").text
            self.take(text="=")
            value = self.expr()
            self.take(text=";")
            return Let(t.line, name=name, value=value)
        if t.kind == "fn":
            self.take()
            name = self.take("name").text
            self.take(text="(")
            params = []
            while not self.at(")"):
                params.append(self.take("name").text)
                if not self.at(")"):
                    self.take(text=",")
            self.take(text=")")
            return FnDef(t.line, name=name, params=params, body=self.block())
        if t.kind == "if":
            self.take()
            cond = self.expr()
            then = self.block()
            other = None
            if self.peek().kind == "else":
                self.take()
                other = self.statement() if self.peek().kind == "if" else self.block()
            return If(t.line, cond=cond, then=then, other=other)
        if t.kind == "while":
            self.take()
            return While(t.line, cond=self.expr(), body=self.block())
        if t.kind == "return":
            self.take()
            value = self.expr()
            self.take(text=";")
            return Return(t.line, value=value)
        if t.kind == "print":
            self.take()
            args = [self.expr()]
            while self.at(","):
                self.take()
                args.append(self.expr())
            self.take(text=";")
            return Print(t.line, args=args)
        if t.kind == "name" and self.toks[self.i + 1].text == "=":
            self.take()
            self.take()
            value = self.expr()
            self.take(text=";")
            return Assign(t.line, name=t.text, value=value)
        e = self.expr()
        self.take(text=";")
        return ExprStmt(t.line, expr=e)

    def expr(self, level=0):
        if level == len(PRECEDENCE):
            return self.unary()
        left = self.expr(level + 1)
        while self.peek().kind == "op" and self.peek().text in PRECEDENCE[level]:
            op = self.take()
            left = BinOp(op.line, op=op.text, left=left, right=self.expr(level + 1))
        return left

    def unary(self):
        t = self.peek()
        if t.kind == "op" and t.text in ("-", "!"):
            self.take()
            return Unary(t.line, op=t.text, operand=self.unary())
        return self.postfix()

    def postfix(self):
        e = self.primary()
        while self.at("("):
            t = self.take()
            args = []
            while not self.at(")"):
                args.append(self.expr())
                if not self.at(")"):
                    self.take(text=",")
            self.take(text=")")
            e = Call(t.line, fn=e, args=args)
        return e

    def primary(self):
        t = self.take()
        if t.kind == "num":
            return Num(t.line, value=float(t.text) if "." in t.text else int(t.text))
        if t.kind == "str":
            return Str(t.line, value=t.text[1:-1].replace('\\"', '"').replace("\\n", "\n"))
        if t.kind in ("true", "false"):
            return Num(t.line, value=t.kind == "true")
        if t.kind == "name":
            return Var(t.line, name=t.text)
        if t.text == "(":
            e = self.expr()
            self.take(text=")")
            return e
        raise LangError(f"unexpected {t.text or 'end of input'!r}", t.line)


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent

    def find(self, name, line):
        e = self
        while e is not None:
            if name in e.vars:
                return e
            e = e.parent
        raise LangError(f"undefined variable {name}", line)


class Function:
    def __init__(self, node, env):
        self.node = node
        self.env = env

    def __repr__(self):
        return f"<fn {self.node.name}/{len(self.node.params)}>"


class Interpreter:
    def __init__(self):
        self.out = []
        self.steps = 0
        self.globals = Env()
        self.globals.vars["len"] = len
        self.globals.vars["str"] = lambda v: self.show(v)

    def show(self, v):
        if v is True:
            return "true"
        if v is False:
            return "false"
        return str(v)

    def run(self, src):
        tree = Parser(tokenize(src)).program()
        self.exec_block(tree, self.globals)
        return tree

    def exec_block(self, block, env):
        for s in block.body:
            self.exec(s, env)

    def exec(self, s, env):
        self.steps += 1
        kind = type(s)
        if kind is Let:
            env.vars[s.name] = self.eval(s.value, env)
        elif kind is Assign:
            env.find(s.name, s.line).vars[s.name] = self.eval(s.value, env)
        elif kind is ExprStmt:
            self.eval(s.expr, env)
        elif kind is Print:
            self.out.append(" ".join(self.show(self.eval(a, env)) for a in s.args))
        elif kind is If:
            if self.truthy(self.eval(s.cond, env)):
                self.exec_block(s.then, Env(env))
            elif s.other is not None:
                if type(s.other) is Block:
                    self.exec_block(s.other, Env(env))
                else:
                    self.exec(s.other, env)
        elif kind is While:
            while self.truthy(self.eval(s.cond, env)):
                self.exec_block(s.body, Env(env))
        elif kind is FnDef:
            env.vars[s.name] = Function(s, env)
        elif kind is Return:
            raise ReturnSignal(self.eval(s.value, env))
        else:
            raise LangError(f"bad statement {kind.__name__}", s.line)

    def truthy(self, v):
        return v not in (0, "", False)

    def eval(self, e, env):
        kind = type(e)
        if kind is Num or kind is Str:
            return e.value
        if kind is Var:
            return env.find(e.name, e.line).vars[e.name]
        if kind is Unary:
            v = self.eval(e.operand, env)
            return -v if e.op == "-" else not self.truthy(v)
        if kind is BinOp:
            if e.op == "&&":
                return self.truthy(self.eval(e.left, env)) and self.truthy(self.eval(e.right, env))
            if e.op == "||":
                return self.truthy(self.eval(e.left, env)) or self.truthy(self.eval(e.right, env))
            a = self.eval(e.left, env)
            b = self.eval(e.right, env)
            try:
                return self.binop(e.op, a, b)
            except ZeroDivisionError:
                raise LangError("division by zero", e.line) from None
            except TypeError as exc:
                raise LangError(f"type error: {exc}", e.line) from None
        if kind is Call:
            fn = self.eval(e.fn, env)
            args = [self.eval(a, env) for a in e.args]
            if isinstance(fn, Function):
                if len(args) != len(fn.node.params):
                    raise LangError(f"{fn.node.name} takes {len(fn.node.params)} arguments, got {len(args)}", e.line)
                local = Env(fn.env)
                local.vars.update(zip(fn.node.params, args))
                try:
                    self.exec_block(fn.node.body, local)
                except ReturnSignal as r:
                    return r.value
                return 0
            if callable(fn):
                return fn(*args)
            raise LangError(f"not a function: {self.show(fn)}", e.line)
        raise LangError(f"bad expression {kind.__name__}", e.line)

    def binop(self, op, a, b):
        if op == "+":
            if isinstance(a, str) or isinstance(b, str):
                return self.show(a) + self.show(b)
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return a // b if isinstance(a, int) and isinstance(b, int) else a / b
        if op == "%":
            return a % b
        if op == "==":
            return a == b
        if op == "!=":
            return a != b
        if op == "<":
            return a < b
        if op == "<=":
            return a <= b
        if op == ">":
            return a > b
        return a >= b


PROGRAM = r'''
# recursion, closures, loops
fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
fn make_counter(start) {
    let count = start;
    fn step(by) { count = count + by; return count; }
    return step;
}
let c = make_counter(10);
c(1); c(2);
print "counter", c(3);
print "fib", fib(18);
let i = 0; let acc = 0;
while i < 3000 {
    if i % 3 == 0 && i % 5 != 0 { acc = acc + i; } else if i % 7 == 0 { acc = acc - 1; }
    i = i + 1;
}
print "acc", acc, 7 / 2, 7.0 / 2, -3 % 5, !false, 1 < 2 || missing;
fn compose(f, g) { fn h(x) { return f(g(x)); } return h; }
fn inc(x) { return x + 1; }
fn dbl(x) { return x * 2; }
print "compose", compose(inc, dbl)(20), compose(dbl, inc)(20);
let s = "";
let k = 0;
while k < 5 { s = s + str(k) + ","; k = k + 1; }
print "str", s, len(s), "quote\"d";
fn gcd(a, b) { while b != 0 { let t = b; b = a % b; a = t; } return a; }
print "gcd", gcd(1071, 462), gcd(2 * 3 * 5 * 7 * 11, 3 * 7 * 13);
'''

interp = Interpreter()
tree = interp.run(PROGRAM)
print("\n".join(interp.out))
print("statements", len(tree.body), "steps", interp.steps)
print(tokenize("let x = 1.5; # comment\nprint x;"))
print(Parser(tokenize("1 + 2 * -x")).expr())
for bad in ["let = 3;", "print 1 / 0;", "print y;", "fn f(a) { return a; } f(1, 2);",
            "let a = 1 $ 2;", "if 1 { print 1;", "print \"a\" - 1;", "3(4);"]:
    try:
        Interpreter().run(bad)
    except LangError as e:
        print(type(e).__name__, e, e.line)
Interpreter().run("fn loop(n) { return loop(n + 1); } loop(0);")
