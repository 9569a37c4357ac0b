# AttributeError messages with and without "Did you mean", on instances, classes and modules.
import math

class Account:
    kind = "savings"
    def __init__(self):
        self.balance = 100
    def deposit(self, n):
        self.balance += n

acct = Account()
tests = [
    lambda: acct.balanse,
    lambda: acct.deposite,
    lambda: Account.kinds,
    lambda: acct.zzz,
    lambda: [].appendd,
    lambda: "s".uper,
    lambda: (1).real.foo,
    lambda: None.attr,
    lambda: math.pie,
    lambda: math.nothing_like_this,
    lambda: Account.deposit.nope,
    lambda: type.mro_x,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(type(e).__name__, e)
acct.deposit(5)
print(acct.balance)
acct.blance
