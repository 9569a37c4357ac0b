"""getopt for hotloop: command-line option parsing in the style of C's
getopt() (CPython 3.11's interface, results and messages).

Written for hotloop. getopt() stops at the first argument that is not an
option; gnu_getopt() lets options and other arguments mix, unless the
short options start with '+' or POSIXLY_CORRECT is set.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad option: msg says what is wrong, opt is the option (without
    its dashes), or '' when none is concerned."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError  # the old name


def getopt(args, shortopts, longopts=[]):
    """Parse the options at the front of args (sys.argv[1:], say).

    shortopts holds the letters of the short options, each followed by ':'
    if it takes an argument; longopts the names of the long ones, each
    followed by '=' if it takes one. Returns (options, rest): options a
    list of (option, value) pairs, rest the arguments after the options.
    """
    longs = _long_list(longopts)
    found = []
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            args = _take_long(found, args[0][2:], longs, args[1:])
        else:
            args = _take_short(found, args[0][1:], shortopts, args[1:])
    return found, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may come after other arguments, which
    are collected in order: parsing stops only at '--' (or at the first
    other argument when shortopts starts with '+' or the environment has
    POSIXLY_CORRECT)."""
    longs = _long_list(longopts)
    found = []
    others = []
    stop_early = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_early = True
    elif os.environ.get("POSIXLY_CORRECT"):
        stop_early = True
    args = list(args)
    while args:
        arg = args[0]
        if arg == '--':
            others += args[1:]
            break
        if arg[:2] == '--':
            args = _take_long(found, arg[2:], longs, args[1:])
        elif arg[:1] == '-' and arg != '-':
            args = _take_short(found, arg[1:], shortopts, args[1:])
        elif stop_early:
            others += args
            break
        else:
            others.append(arg)
            args = args[1:]
    return found, others


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def _take_long(found, text, longs, rest):
    name, eq, value = text.partition('=')
    wants_value, name = _match_long(name, longs)
    if wants_value:
        if not eq:
            if not rest:
                raise GetoptError('option --%s requires argument' % name, name)
            value, rest = rest[0], rest[1:]
    elif eq:
        raise GetoptError('option --%s must not have an argument' % name, name)
    found.append(('--' + name, value if eq or wants_value else ''))
    return rest


def _match_long(name, longs):
    # (takes a value, full name) of the long option name abbreviates.
    candidates = [o for o in longs if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _take_short(found, letters, shortopts, rest):
    while letters:
        letter, letters = letters[0], letters[1:]
        if _short_wants_value(letter, shortopts):
            if not letters:
                if not rest:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                letters, rest = rest[0], rest[1:]
            found.append(('-' + letter, letters))
            letters = ''
        else:
            found.append(('-' + letter, ''))
    return rest


def _short_wants_value(letter, shortopts):
    for i, c in enumerate(shortopts):
        if c == letter and letter != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)
