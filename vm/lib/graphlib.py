"""graphlib for hotloop: topological sorting of a graph of hashable
nodes (CPython 3.11's TopologicalSorter and CycleError).

Written for hotloop. The order in which nodes come out is CPython's:
nodes are kept in the order they were first mentioned, a node's
successors in the order the edges were added, and the ready nodes in the
order they became ready; prepare() reports the first cycle a depth-first
walk in that order meets.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# States of a node: a count >= 0 of predecessors not yet done, or one of
_PASSED_OUT = -1  # returned by get_ready(), not yet done
_DONE = -2


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] holds the
    cycle as a list whose first and last items are the same node."""
    pass


class _Node:
    __slots__ = ("node", "waiting", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting = 0  # predecessors not done, or _PASSED_OUT / _DONE
        self.successors = []


class TopologicalSorter:
    """Sorts a graph of hashable nodes topologically, all at once
    (static_order) or in rounds of nodes whose predecessors are done
    (prepare, get_ready, done, is_active)."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None  # None until prepare()
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add node, with edges from each of predecessors to it."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles (CycleError)."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.waiting == 0]
        cycle = self._cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """The nodes whose predecessors are all done and that were not
        returned before, as a tuple (empty when there is none yet)."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        out = tuple(self._ready)
        nodes = self._nodes
        for node in out:
            nodes[node].waiting = _PASSED_OUT
        self._ready.clear()
        self._passed_out += len(out)
        return out

    def is_active(self):
        """Whether more nodes can come out of get_ready(): some are ready,
        or some that were returned are not done yet."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes, returned by get_ready(), as processed: their
        successors waiting for nothing else become ready."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        infos = self._nodes
        for node in nodes:
            info = infos.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting != _PASSED_OUT:
                if info.waiting >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting = _DONE
            for succ in info.successors:
                s = infos[succ]
                s.waiting -= 1
                if s.waiting == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _cycle(self):
        # A depth-first walk along successor edges, nodes in insertion
        # order; the path is kept with each node's position on it, so the
        # first edge back into the path closes a cycle.
        infos = self._nodes
        visited = set()
        for start in infos:
            if start in visited:
                continue
            path = [start]
            where = {start: 0}
            pending = [iter(infos[start].successors)]
            visited.add(start)
            while pending:
                nxt = next(pending[-1], _END)
                if nxt is _END:
                    pending.pop()
                    del where[path.pop()]
                    continue
                if nxt in where:
                    return path[where[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                where[nxt] = len(path)
                path.append(nxt)
                pending.append(iter(infos[nxt].successors))
        return None

    def static_order(self):
        """The nodes in a topological order (prepare() is called here)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
