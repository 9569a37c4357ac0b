# A bank/event simulation: customers arrive (random.seed makes the run repeatable), a heapq
# event queue drives tellers, accounts move money, and a report sums it up.
import heapq
import random
from collections import deque


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(-amount)


class Event:
    __slots__ = ("time", "seq", "kind", "data")

    def __init__(self, time, seq, kind, data):
        self.time, self.seq, self.kind, self.data = time, seq, kind, data

    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)


class Bank:
    def __init__(self, tellers, accounts):
        self.free_tellers = list(range(tellers))
        self.queue = deque()
        self.events = []
        self.seq = 0
        self.accounts = accounts
        self.waits = []
        self.failures = 0
        self.served = [0] * tellers
        self.max_queue = 0

    def schedule(self, time, kind, data):
        self.seq += 1
        heapq.heappush(self.events, Event(time, self.seq, kind, data))

    def run(self, until):
        now = 0.0
        while self.events:
            ev = heapq.heappop(self.events)
            if ev.time > until:
                break
            now = ev.time
            getattr(self, "on_" + ev.kind)(now, ev.data)
        return now

    def on_arrive(self, now, cust):
        self.queue.append((now, cust))
        self.max_queue = max(self.max_queue, len(self.queue))
        self.schedule(now + random.expovariate(1 / 1.1), "arrive", self.next_customer())
        self.try_start(now)

    def try_start(self, now):
        while self.free_tellers and self.queue:
            teller = heapq.heappop(self.free_tellers)
            arrived, cust = self.queue.popleft()
            self.waits.append(now - arrived)
            self.schedule(now + random.uniform(1.0, 5.0), "done", (teller, cust))

    def on_done(self, now, data):
        teller, (name, op, amount) = data
        acct = self.accounts[name]
        try:
            if op == "deposit":
                acct.deposit(amount)
            else:
                acct.withdraw(amount)
        except InsufficientFunds:
            self.failures += 1
        self.served[teller] += 1
        heapq.heappush(self.free_tellers, teller)
        self.try_start(now)

    def next_customer(self):
        name = random.choice(sorted(self.accounts))
        op = random.choice(["deposit", "withdraw", "withdraw"])
        return name, op, random.randint(1, 40) * 5


random.seed(20240501)
names = ["ann", "bob", "cy", "dee", "eve", "fay", "gus"]
accounts = {n: Account(n, random.randrange(50, 500, 10)) for n in names}
start = sum(a.balance for a in accounts.values())
bank = Bank(3, accounts)
bank.schedule(0.0, "arrive", bank.next_customer())
end = bank.run(3000.0)
print(f"ended at {end:.3f}, served {sum(bank.served)} {bank.served}, failures {bank.failures}")
print(f"mean wait {sum(bank.waits) / len(bank.waits):.4f} max wait {max(bank.waits):.4f} max queue {bank.max_queue}")
for n in names:
    a = accounts[n]
    print(f"{n:>4} {a.balance:6d} {len(a.history):4d} {sum(h for h in a.history if h > 0):6d}")
total = sum(a.balance for a in accounts.values())
moved = sum(sum(a.history) for a in accounts.values())
print(total - start == moved, len(bank.events), heapq.nsmallest(3, [e.time for e in bank.events]) == sorted(e.time for e in bank.events)[:3])
print(heapq.nlargest(3, bank.waits) == sorted(bank.waits, reverse=True)[:3])
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(heapq.heappushpop(h, 4), heapq.heapreplace(h, 0), [heapq.heappop(h) for _ in range(len(h))])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), random.random(), random.gauss(0, 1))
try:
    accounts["ann"].deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Account("zed", 10).withdraw(20)
except InsufficientFunds as e:
    print(type(e).__name__, e)
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
