import queue
q = queue.Queue()
for i in range(5):
    q.put(i * i)
print(q.qsize(), q.empty(), q.full())
out = []
while not q.empty():
    out.append(q.get())
    q.task_done()
print(out, q.unfinished_tasks)
q.join()
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), queue.Empty)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
b = queue.Queue(maxsize=2)
b.put(1); b.put(2)
print(b.full())
try:
    b.put(3, block=False)
except queue.Full as e:
    print("Full", repr(e), queue.Full)
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
p = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b")]:
    p.put(x)
print([p.get() for _ in range(3)])
l = queue.LifoQueue()
for x in "abc":
    l.put_nowait(x)
print([l.get() for _ in range(3)])
s = queue.SimpleQueue()
s.put(1); s.put(2)
print(s.qsize(), s.get(), s.get(), s.empty(), queue.SimpleQueue)
try:
    s.get(block=False)
except queue.Empty:
    print("simple empty")
print(queue.Queue[int])
# BFS
graph = {0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [5], 5: []}
dist = {0: 0}
q = queue.Queue()
q.put(0)
while not q.empty():
    u = q.get()
    for v in graph[u]:
        if v not in dist:
            dist[v] = dist[u] + 1
            q.put(v)
print(sorted(dist.items()))
