# getopt_basic: getopt and gnu_getopt over short and long options, abbreviations,
# '--' and '-', option arguments, and every GetoptError message.
import getopt
cases = [
    (["-a", "-b", "x", "file"], "ab:", []),
    (["-abx", "file"], "ab:", []),
    (["-ab"], "ab:", []),
    (["-c"], "ab:", []),
    (["--alpha", "--beta=3", "rest", "-a"], "a", ["alpha", "beta="]),
    (["--al"], "", ["alpha", "beta="]),
    (["--a"], "", ["alpha", "alps"]),
    (["--alpha=1"], "", ["alpha"]),
    (["--beta"], "", ["beta="]),
    (["--beta", "v"], "", ["beta="]),
    (["--gamma"], "", ["alpha"]),
    (["--", "-a"], "a", []),
    (["-", "-a"], "a", []),
    (["x", "-a", "y", "--alpha", "--", "-b"], "ab", ["alpha"]),
    (["-a", "x", "-b"], "+ab", []),
    (["--alpha", "x"], "", "alpha"),
    (["--opt="], "", ["opt="]),
    (["--alp", "--alpha"], "", ["alpha", "alpha="]),
    (["--al"], "", ["alpha", "alpha="]),
    (["-a-"], "a-", []),
]
for args, s, l in cases:
    for f in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(f.__name__, f(args, s, l))
        except getopt.GetoptError as e:
            print(f.__name__, "GetoptError", e.msg, e.opt, str(e), e.args)
print(getopt.error is getopt.GetoptError, getopt.GetoptError.__mro__)
e = getopt.GetoptError("m")
print(e.msg, repr(e.opt), e.args)
