# SPDX-License-Identifier: MIT
"""Binary min-heaps kept in plain lists (gilvm's heapq).

heap[0] is the smallest item, and heap[k] <= heap[2*k+1], heap[k] <= heap[2*k+2]
for every k. Items are compared with < only. The algorithms are the classic
ones CPython uses too, so a list goes through the same layouts in both: a
push bubbles the new item up; a pop moves the last item to the root, walks the
hole down along the smaller children to a leaf, and then bubbles the item up
from there (fewer comparisons than stopping early, since the moved item tends
to belong near the bottom).
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop',
           'nlargest', 'nsmallest']


def _bubble_up(heap, top, pos):
    # Move heap[pos] up towards index top while it is smaller than its parent.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    # Refill the hole at pos from the smaller child, down to a leaf, then put
    # the item that was at pos into the leaf's place and bubble it up.
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


def heappush(heap, item):
    """Add item to the heap."""
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Remove and return the smallest item (IndexError if the heap is empty)."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop the smallest item, then push item (the heap does not grow)."""
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest item (faster than the two calls)."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    """Turn the list x into a heap, in place, in linear time."""
    for i in reversed(range(len(x) // 2)):
        _sink(x, i)


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (sorted(iterable, key=key)[:n])."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (sorted(iterable, key=key, reverse=True)[:n])."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
