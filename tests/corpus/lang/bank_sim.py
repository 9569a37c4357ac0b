# A small simulation with classes, class-level state, exceptions and formatted reports.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.shortfall = amount - account.balance


class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def __repr__(self):
        return f"<Account #{self.id} {self.owner}: {self.balance}>"


class Savings(Account):
    rate = 0.02

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


bank = [Account("ann", 100), Savings("bob", 1000), Account("cy")]
ops = [(0, "withdraw", 30), (1, "deposit", 250), (2, "withdraw", 5), (0, "deposit", -1), (1, "withdraw", 2000)]
for idx, op, amt in ops:
    acct = bank[idx]
    try:
        getattr(acct, op)(amt)
        print("ok", op, amt, acct)
    except InsufficientFunds as e:
        print("refused:", e, "short by", e.shortfall)
    except ValueError as e:
        print("invalid:", e)
print("interest", bank[1].add_interest(), bank[1].balance)
print(sorted(bank, key=lambda a: -a.balance))
print({a.owner: len(a.history) for a in bank}, Account.next_id)
total = sum(a.balance for a in bank)
print(f"total {total:,.2f} avg {total / len(bank):.3f}")
