# SPDX-License-Identifier: MIT
"""Synchronised queues for passing items between threads (gilvm's queue).

Queue (first in, first out), LifoQueue, PriorityQueue (smallest first, a heap)
and SimpleQueue (unbounded, no task tracking), with CPython 3.11's API and
error messages. A Queue is a container guarded by one lock and three
conditions on it: not_empty (get() waits on it), not_full (put() waits on
it when maxsize > 0) and all_tasks_done (join() waits on it until every
item put has been marked with task_done()).

Subclasses change the container by overriding _init, _qsize, _put and _get,
as in CPython.
"""

import threading
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class _Deque:
    """A list with O(1) removal at the front: the items are items[head:]."""

    def __init__(self):
        self._items = []
        self._head = 0

    def append(self, item):
        self._items.append(item)

    def popleft(self):
        if self._head >= len(self._items):
            raise IndexError("pop from an empty deque")
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        # Drop the dead front once it is half of the list.
        if self._head * 2 >= len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def clear(self):
        self._items = []
        self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __getitem__(self, i):
        return self._items[self._head:][i]

    def __repr__(self):
        return "deque(%r)" % (self._items[self._head:],)


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue; maxsize <= 0 means no limit."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken with get() as processed (for join())."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Wait until every item put has been marked with task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate number of items (other threads may change it at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether the queue is empty (approximately, as qsize())."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Whether the queue is full (approximately, as qsize())."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add item, waiting (at most timeout seconds) for a free slot; Full if none."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        left = deadline - _time()
                        if left <= 0.0:
                            raise Full
                        self.not_full.wait(left)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting (at most timeout seconds); Empty if none."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = _time() + timeout
                while not self._qsize():
                    left = deadline - _time()
                    if left <= 0.0:
                        raise Empty
                    self.not_empty.wait(left)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # The container; subclasses override these four.

    def _init(self, maxsize):
        self.queue = _Deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first (items are often (priority, data))."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """A queue that hands out the item put last first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking: put() never blocks."""

    def __init__(self):
        self._items = _Deque()
        self._cond = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        """Add item (never blocks; block and timeout exist for Queue compatibility)."""
        with self._cond:
            self._items.append(item)
            self._cond.notify()

    def put_nowait(self, item):
        """put(item, block=False)."""
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting (at most timeout seconds); Empty if none."""
        if block and timeout is not None:
            _check_timeout(timeout)
        with self._cond:
            if not self._items:
                if not block:
                    raise Empty
                if timeout is None:
                    while not self._items:
                        self._cond.wait()
                else:
                    deadline = _time() + timeout
                    while not self._items:
                        left = deadline - _time()
                        if left <= 0.0:
                            raise Empty
                        self._cond.wait(left)
            return self._items.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def empty(self):
        """Whether the queue is empty (approximately)."""
        return not self._items

    def qsize(self):
        """The approximate number of items."""
        return len(self._items)
