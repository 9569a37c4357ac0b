"""The argparse module, basics: ArgumentParser with positional and optional
arguments, the store/store_const/store_true/store_false/append/count/help/
version actions, nargs (None, '?', '*', '+', N), type, default, choices,
required, metavar, dest, argument groups, Namespace, and the help and
error output of CPython 3.11's default formatter.

Written for hotloop. The parser reads the command line left to right:
each option takes its values right away, positional strings are gathered
and then handed to the positional arguments in order, each taking as many
as its nargs allows while leaving enough for the ones after it. CPython
interleaves these two steps; the results differ only for command lines
that mix options into the middle of a variable-length positional.
Not done: subparsers, mutually exclusive groups, fromfile_prefix_chars,
parse_intermixed_args.
"""

import os as _os
import re as _re
import sys as _sys
import textwrap as _textwrap

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "FileType", "HelpFormatter",
           "ArgumentDefaultsHelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
           "MetavarTypeHelpFormatter", "Namespace", "Action", "ONE_OR_MORE", "OPTIONAL", "PARSER",
           "REMAINDER", "SUPPRESS", "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."

_NEGATIVE_NUMBER = _re.compile(r"^-\d+$|^-\d*\.\d+$")


class Namespace:
    """A plain object holding the parsed attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        args = []
        star = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                args.append(f"{name}={value!r}")
            else:
                star[name] = value
        if star:
            args.append(f"**{star!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """An error in an argument: its name and the message."""

    def __init__(self, argument, message):
        self.argument_name = _argument_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f"argument {self.argument_name}: {self.message}"


class ArgumentTypeError(Exception):
    """Raised by a type function to report a bad value."""


def _argument_name(action):
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar if isinstance(action.metavar, str) else action.metavar[0]
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


class Action:
    """One argument: how many strings it takes and what it stores."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __repr__(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        return f"{type(self).__name__}({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to store, "
                             "actions such as store true or store const may be more appropriate")
        if kwargs.get("const") is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default, required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default, required=required, help=help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not supplying "
                             "the value to append, the append const action may be more appropriate")
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version if self.version is not None else parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.extend(values)
        setattr(namespace, self.dest, items)


_ACTIONS = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction, "store_false": _StoreFalseAction, "append": _AppendAction,
    "append_const": _AppendConstAction, "count": _CountAction, "help": _HelpAction,
    "version": _VersionAction, "extend": _ExtendAction,
}


class FileType:
    """A type= factory that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            return _sys.stdout if "w" in self._mode else _sys.stdin
        try:
            return open(string, self._mode, encoding=self._encoding, errors=self._errors)
        except OSError as e:
            raise ArgumentTypeError(f"can't open '{string}': {e}")


# ---- help formatting ----

class HelpFormatter:
    """Formats usage, descriptions and the argument list as CPython's default."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        self._parts = []

    # sections are accumulated as (kind, payload)
    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._parts.append(self._format_usage(usage, actions, prefix))

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._parts.append(self._format_text(text))

    def format_help(self):
        text = "".join(self._parts)
        text = _re.sub(r"\n\n\n+", "\n\n", text)
        text = text.strip("\n")
        return text + "\n" if text else ""

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join(str(c) for c in params["choices"])
        return self._get_help_string(action) % params

    def _get_help_string(self, action):
        return action.help

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join(str(c) for c in action.choices)
        else:
            result = default_metavar

        def format(size):
            if isinstance(result, tuple):
                return result
            return (result,) * size
        return format

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        n = action.nargs
        if n is None:
            return "%s" % get(1)
        if n == OPTIONAL:
            return "[%s]" % get(1)
        if n == ZERO_OR_MORE:
            m = get(1)
            if len(m) == 2:
                return "[%s [%s ...]]" % m
            return "[%s ...]" % m
        if n == ONE_OR_MORE:
            return "%s [%s ...]" % get(2)
        if n == REMAINDER:
            return "..."
        if n == PARSER:
            return "%s ..." % get(1)
        if n == SUPPRESS:
            return ""
        try:
            formats = ["%s" for _ in range(n)]
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return " ".join(formats) % get(n)

    def _default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _default_metavar_for_positional(self, action):
        return action.dest

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return self._metavar_formatter(action, self._default_metavar_for_positional(action))(1)[0]
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._format_args(action, self._default_metavar_for_optional(action))
        return ", ".join(f"{opt} {args}" for opt in action.option_strings)

    def _format_usage(self, usage, actions, prefix):
        if prefix is None:
            prefix = "usage: "
        if usage is not None:
            return f"{prefix}{usage % dict(prog=self._prog)}\n\n"
        prog = self._prog
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        opt_parts = self._usage_parts(optionals)
        pos_parts = self._usage_parts(positionals)
        usage = " ".join(s for s in [prog, " ".join(opt_parts), " ".join(pos_parts)] if s)
        text_width = self._width - self._current_indent
        if len(prefix) + len(usage) > text_width:
            def get_lines(parts, indent, prefix=None):
                lines = []
                line = []
                line_len = len(prefix) - 1 if prefix is not None else len(indent) - 1
                for part in parts:
                    if line_len + 1 + len(part) > text_width and line:
                        lines.append(indent + " ".join(line))
                        line = []
                        line_len = len(indent) - 1
                    line.append(part)
                    line_len += len(part) + 1
                if line:
                    lines.append(indent + " ".join(line))
                if prefix is not None:
                    lines[0] = lines[0][len(indent):]
                return lines

            if len(prefix) + len(prog) <= 0.75 * text_width:
                indent = " " * (len(prefix) + len(prog) + 1)
                if opt_parts:
                    lines = get_lines([prog] + opt_parts, indent, prefix)
                    lines.extend(get_lines(pos_parts, indent))
                elif pos_parts:
                    lines = get_lines([prog] + pos_parts, indent, prefix)
                else:
                    lines = [prog]
            else:
                indent = " " * len(prefix)
                lines = get_lines(opt_parts + pos_parts, indent)
                if len(lines) > 1:
                    lines = get_lines(opt_parts, indent)
                    lines.extend(get_lines(pos_parts, indent))
                lines = [prog] + lines
            usage = "\n".join(lines)
        return f"{prefix}{usage}\n\n"

    def _usage_parts(self, actions):
        parts = []
        for action in actions:
            if action.help is SUPPRESS:
                continue
            if not action.option_strings:
                part = self._format_args(action, self._default_metavar_for_positional(action))
                parts.append(part)
                continue
            opt = action.option_strings[0]
            if action.nargs == 0:
                part = opt
            else:
                part = f"{opt} {self._format_args(action, self._default_metavar_for_optional(action))}"
            if not action.required:
                part = f"[{part}]"
            parts.append(part)
        return parts

    def _format_text(self, text):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - self._current_indent, 11)
        indent = " " * self._current_indent
        return self._fill_text(text, text_width, indent) + "\n\n"

    def _fill_text(self, text, width, indent):
        text = _re.sub(r"\s+", " ", text).strip()
        return _textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        text = _re.sub(r"\s+", " ", text).strip()
        return _textwrap.wrap(text, width)

    def _format_section(self, title, description, actions):
        if not actions and not description:
            return ""
        out = [f"{title}:\n"] if title else []
        self._current_indent += self._indent_increment
        if description:
            out.append(self._format_text(description).rstrip("\n") + "\n")
            if actions:
                out.append("\n")
        for action in actions:
            out.append(self._format_action(action))
        self._current_indent -= self._indent_increment
        return "".join(out) + "\n"

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            return " " * self._current_indent + header + "\n"
        if len(header) <= action_width:
            first = " " * self._current_indent + header.ljust(action_width) + "  "
            indent_first = 0
        else:
            first = " " * self._current_indent + header + "\n"
            indent_first = help_position
        lines = self._split_lines(self._expand_help(action), help_width)
        out = [first + " " * indent_first + lines[0] + "\n"] if lines else [first + "\n"]
        for line in lines[1:]:
            out.append(" " * help_position + line + "\n")
        return "".join(out)

    def _note_action(self, action):
        if action.help is SUPPRESS:
            return
        length = len(self._format_action_invocation(action)) + self._current_indent + self._indent_increment
        self._action_max_length = max(self._action_max_length, length)


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds the default value to each argument's help."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses each argument's type name as its metavar."""

    def _default_metavar_for_optional(self, action):
        return action.type.__name__

    def _default_metavar_for_positional(self, action):
        return action.type.__name__


def _terminal_columns():
    try:
        columns = int(_os.environ["COLUMNS"])
        if columns > 0:
            return columns
    except (KeyError, ValueError):
        pass
    get = getattr(_os, "get_terminal_size", None)
    if get is not None:
        try:
            return get(_sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError, ImportError):
            pass
    return 80


# ---- the parser ----

class _ArgumentGroup:
    def __init__(self, container, title=None, description=None):
        self._container = container
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, _group=self, **kwargs)
        return action


class ArgumentParser:
    """Parses a command line into a Namespace, as CPython's argparse."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else "python3"
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_map = {}
        self._defaults = {}
        self._positionals = _ArgumentGroup(self, "positional arguments")
        self._optionals = _ArgumentGroup(self, "options")
        self._groups = [self._positionals, self._optionals]
        if add_help:
            self.add_argument("-h", "--help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if action.option_strings and action.option_strings[0] in ("-h", "--help") and add_help:
                    continue
                self._add_action(action, None)
            self._defaults.update(parent._defaults)

    def __repr__(self):
        names = ["prog", "usage", "description", "formatter_class", "conflict_handler", "add_help"]
        vals = {"conflict_handler": "error"}
        parts = []
        for n in names:
            parts.append(f"{n}={vals.get(n, getattr(self, n, None))!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    # -- adding arguments --
    def add_argument(self, *args, _group=None, **kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0] and args[0][0] not in chars):
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            if not args:
                raise TypeError("add_argument() missing required argument: name")
            dest = args[0]
            option_strings = []
            if "required" in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
            nargs = kwargs.get("nargs")
            kwargs["required"] = nargs not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0)
            if nargs == ZERO_OR_MORE and "default" not in kwargs:
                kwargs["required"] = True
        else:
            option_strings = []
            long_opts = []
            for s in args:
                if not s or s[0] not in chars:
                    raise ValueError(f"invalid option string {s!r}: must start with a character {chars!r}")
                option_strings.append(s)
                if len(s) > 1 and s[1] in chars:
                    long_opts.append(s)
            dest = kwargs.pop("dest", None)
            if dest is None:
                first = long_opts[0] if long_opts else option_strings[0]
                dest = first.lstrip(chars)
                if not dest:
                    raise ValueError(f"dest= is required for options like {option_strings[0]!r}")
                dest = dest.replace("-", "_")
        action_name = kwargs.pop("action", None)
        if "default" not in kwargs:
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        cls = _ACTIONS.get(action_name, action_name) if not callable(action_name) or action_name is None else action_name
        if isinstance(cls, str):
            raise ValueError(f"unknown action {cls!r}")
        type_func = kwargs.get("type")
        if type_func is not None and not callable(type_func):
            raise ValueError(f"{type_func!r} is not callable")
        action = cls(option_strings=option_strings, dest=dest, **kwargs)
        return self._add_action(action, _group)

    def _add_action(self, action, group):
        for opt in action.option_strings:
            if opt in self._option_map:
                raise ArgumentError(action, f"conflicting option string: {opt}")
        for opt in action.option_strings:
            self._option_map[opt] = action
        self._actions.append(action)
        if group is None:
            group = self._optionals if action.option_strings else self._positionals
        group._group_actions.append(action)
        return action

    def add_argument_group(self, title=None, description=None):
        group = _ArgumentGroup(self, title, description)
        self._groups.append(group)
        return group

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # -- parsing --
    def parse_args(self, args=None, namespace=None):
        args, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, extras = self._parse(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        return namespace, extras

    def _looks_like_option(self, s):
        if not s or s[0] not in self.prefix_chars or s == "-":
            return False
        if _NEGATIVE_NUMBER.match(s) and not any(_NEGATIVE_NUMBER.match(o) for o in self._option_map):
            return False
        if " " in s and not self._find_option(s.split("=", 1)[0])[0]:
            return False
        return True

    def _find_option(self, s):
        """(action, option string, explicit value) for an option string, or (None, ...)."""
        if s in self._option_map:
            return self._option_map[s], s, None
        if "=" in s:
            name, value = s.split("=", 1)
            if name in self._option_map:
                return self._option_map[name], name, value
        if self.allow_abbrev and s.startswith("--"):
            name, sep, value = s.partition("=")
            hits = [o for o in self._option_map if o.startswith("--") and o.startswith(name)]
            if len(hits) > 1:
                raise ArgumentError(None, "ambiguous option: %s could match %s" % (name, ", ".join(hits)))
            if len(hits) == 1:
                return self._option_map[hits[0]], hits[0], value if sep else None
        if len(s) > 2 and s[1] not in self.prefix_chars:
            short = s[:2]
            if short in self._option_map:
                return self._option_map[short], short, s[2:]
        return None, s, None

    def _parse(self, args, namespace):
        positional_strings = []
        extras = []
        seen = set()
        i = 0
        n = len(args)
        while i < n:
            arg = args[i]
            if arg == "--":
                positional_strings.extend(args[i + 1:])
                break
            if not self._looks_like_option(arg):
                positional_strings.append(arg)
                i += 1
                continue
            action, opt, explicit = self._find_option(arg)
            i += 1
            if action is None:
                extras.append(arg)
                continue
            # short flags may be bundled: -vq
            while explicit is not None and action.nargs == 0 and opt[1] not in self.prefix_chars:
                self._take(action, opt, [], namespace, seen)
                nxt = "-" + explicit
                if not explicit:
                    action = None
                    break
                action, opt, explicit = self._find_option(nxt)
                if action is None:
                    raise ArgumentError(self._option_map.get(opt) or None, f"ignored explicit argument {explicit!r}")
            if action is None:
                continue
            if explicit is not None:
                if action.nargs == 0:
                    raise ArgumentError(action, f"ignored explicit argument {explicit!r}")
                values = [explicit]
            else:
                values = []
                while i < n and not self._looks_like_option(args[i]) and args[i] != "--":
                    if not self._wants_more(action, len(values)):
                        break
                    values.append(args[i])
                    i += 1
            self._check_count(action, len(values))
            self._take(action, opt, values, namespace, seen)
        rest = self._assign_positionals(positional_strings, namespace, seen)
        extras = rest + extras if rest and not extras else extras + rest
        required = [_argument_name(a) for a in self._actions
                    if a.required and a not in seen]
        if required:
            raise ArgumentError(None, "the following arguments are required: %s" % ", ".join(required))
        for action in self._actions:
            if action not in seen and isinstance(action.default, str) and action.dest is not SUPPRESS:
                if getattr(namespace, action.dest, None) is action.default and action.type is not None:
                    setattr(namespace, action.dest, self._convert(action, action.default))
        return namespace, extras

    def _wants_more(self, action, have):
        nargs = action.nargs
        if nargs is None or nargs == OPTIONAL:
            return have < 1
        if nargs in (ZERO_OR_MORE, ONE_OR_MORE, REMAINDER):
            return True
        if nargs == 0:
            return False
        return have < nargs

    def _check_count(self, action, count):
        nargs = action.nargs
        if nargs is None and count != 1:
            raise ArgumentError(action, "expected one argument")
        if nargs == ONE_OR_MORE and count < 1:
            raise ArgumentError(action, "expected at least one argument")
        if isinstance(nargs, int) and nargs > 0 and count != nargs:
            word = "argument" if nargs == 1 else "arguments"
            raise ArgumentError(action, f"expected {nargs} {word}")

    def _assign_positionals(self, strings, namespace, seen):
        actions = [a for a in self._actions if not a.option_strings]
        minimum = []
        for a in actions:
            if a.nargs is None:
                minimum.append(1)
            elif a.nargs == ONE_OR_MORE:
                minimum.append(1)
            elif isinstance(a.nargs, int):
                minimum.append(a.nargs)
            else:
                minimum.append(0)
        pos = 0
        for k, action in enumerate(actions):
            available = len(strings) - pos
            after = sum(minimum[k + 1:])
            nargs = action.nargs
            if nargs is None:
                take = 1
            elif isinstance(nargs, int):
                take = nargs
            elif nargs == OPTIONAL:
                take = 1 if available - after >= 1 else 0
            else:
                take = max(available - after, 0)
                if nargs == ONE_OR_MORE and take < 1:
                    take = 1
            if take > available:
                if nargs in (None, ONE_OR_MORE) or isinstance(nargs, int):
                    return strings[pos:]
                take = available
            values = strings[pos:pos + take]
            pos += take
            self._take(action, None, values, namespace, seen)
        return strings[pos:]

    def _take(self, action, opt, values, namespace, seen):
        nargs = action.nargs
        if nargs == 0:
            value = None
        elif nargs is None:
            value = self._convert(action, values[0])
            self._check_choice(action, value)
        elif nargs == OPTIONAL:
            if not values:
                value = action.const if action.option_strings else action.default
                if isinstance(value, str) and action.type is not None:
                    value = self._convert(action, value)
                if not action.option_strings:
                    self._check_choice_default(action, value)
            else:
                value = self._convert(action, values[0])
                self._check_choice(action, value)
        elif nargs == ZERO_OR_MORE and not values and not action.option_strings:
            value = action.default if action.default is not None else []
        elif nargs == REMAINDER:
            value = list(values)
        else:
            value = [self._convert(action, v) for v in values]
            for v in value:
                self._check_choice(action, v)
        seen.add(action)
        action(self, namespace, value, opt)

    def _check_choice_default(self, action, value):
        pass

    def _convert(self, action, string):
        func = action.type
        if func is None:
            return string
        try:
            return func(string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err)) from None
        except (TypeError, ValueError):
            name = getattr(func, "__name__", repr(func))
            raise ArgumentError(action, f"invalid {name} value: {string!r}") from None

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, f"invalid choice: {value!r} (choose from {choices})")

    # -- output --
    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, [])
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, [])
        formatter.add_text(self.description)
        for group in self._groups:
            for action in group._group_actions:
                formatter._note_action(action)
        for group in self._groups:
            actions = [a for a in group._group_actions if a.help is not SUPPRESS]
            section = formatter._format_section(group.title, group.description, actions)
            if section:
                formatter._parts.append(section)
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stderr
            file.write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")
