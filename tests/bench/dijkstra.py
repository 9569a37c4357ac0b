# dijkstra: shortest paths on a random sparse graph with a binary heap
# (heapq); tuples in a priority queue, dict adjacency lists.
import heapq

def make_graph(n, degree, seed):
    x = seed
    adj = {i: [] for i in range(n)}
    for u in range(n):
        for _ in range(degree):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            v = x % n
            w = 1 + (x >> 16) % 100
            adj[u].append((v, w))
    return adj

def shortest(adj, src):
    dist = {src: 0}
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist.get(v, 1 << 60):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist

adj = make_graph(20000, 5, 42)
total = 0
for src in range(0, 10):
    dist = shortest(adj, src * 997)
    total += sum(dist.values()) % 1000003 + len(dist)
print("checksum", total)
