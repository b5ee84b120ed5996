# SPDX-License-Identifier: MIT
"""Futures and a thread pool (gilvm's concurrent.futures).

CPython 3.11's API for the thread side of concurrent.futures: Future,
ThreadPoolExecutor, wait() and as_completed(), with the same states,
messages and exceptions (TimeoutError is the builtin one, as in 3.11).
There is no ProcessPoolExecutor.

How it fits together:

- A Future is a state (PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED,
  FINISHED) and a result or exception, guarded by a Condition that
  result() waits on. Each Future also has a list of _Waiter objects, one
  per wait()/as_completed() call watching it, told about every completion.
- ThreadPoolExecutor puts a _WorkItem per submit() in a SimpleQueue. Worker
  threads (non-daemon, at most max_workers, started on demand when no
  worker is idle) take items and run them; a None in the queue tells a
  worker to stop (and it puts the None back for the next one).
- gilvm has no weak references, so a pool that is dropped without
  shutdown() keeps its idle workers until the program ends: at exit
  (threading._register_atexit) every pool still running is told to stop
  and its workers are joined, before threading joins the other threads.

Differences from CPython: the default max_workers is min(32, cpu_count + 4)
with cpu_count taken as 4 (so 8), because gilvm has no os.cpu_count().
"""

import sys as _sys
import threading
import queue as _queue
from time import monotonic as _time

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait',
           'as_completed', 'ThreadPoolExecutor')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_DESCRIPTION = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
# What wait() and as_completed() count as done: a cancelled future counts
# only once its executor has noticed (set_running_or_notify_cancel).
_REPORTED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)

TimeoutError = TimeoutError


class Error(Exception):
    """Base class for the exceptions of this module."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


class InvalidStateError(Error):
    """The operation is not allowed in the Future's current state."""
    pass


class BrokenExecutor(RuntimeError):
    """The executor cannot be used any more (a worker failed to initialise)."""
    pass


class BrokenThreadPool(BrokenExecutor):
    """A worker of a ThreadPoolExecutor failed to initialise."""
    pass


def _report_callback_error(future):
    err = _sys.exc_info()[1]
    print("exception calling callback for %r" % (future,), file=_sys.stderr, flush=True)
    hook = getattr(_sys, '__excepthook__', None)
    if hook is not None:
        hook(type(err), err, err.__traceback__)
    else:
        print("%s: %s" % (type(err).__name__, err), file=_sys.stderr, flush=True)


class _Waiter:
    """What one wait()/as_completed() call learns from the futures it watches."""

    def __init__(self):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished = []     # futures in the order they completed

    def completed(self, future):
        with self.lock:
            self.finished.append(future)
        self.event.set()


class Future:
    """The result of a call that runs elsewhere (in a pool's worker thread)."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            desc = _DESCRIPTION[self._state]
            if self._state == FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), desc,
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), desc, self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), desc)

    def _run_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _report_callback_error(self)

    def cancel(self):
        """Cancel the call if it has not started; True if it is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        """Whether the call was cancelled."""
        return self._state in _CANCELLED_STATES

    def running(self):
        """Whether the call is running now."""
        return self._state == RUNNING

    def done(self):
        """Whether the call finished or was cancelled."""
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _outcome(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (at once if it is done now)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report_callback_error(self)

    def result(self, timeout=None):
        """The call's return value, waiting at most timeout seconds.

        Raises the call's exception if it raised one, CancelledError if it was
        cancelled, TimeoutError if it did not finish in time.
        """
        with self._condition:
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state == FINISHED:
                return self._outcome()
            self._condition.wait(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state == FINISHED:
                return self._outcome()
            raise TimeoutError()

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting as result()."""
        with self._condition:
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # For executors (and tests).

    def set_running_or_notify_cancel(self):
        """Mark the future running (True), or report its cancellation (False)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.completed(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            # What CPython logs (at CRITICAL level) before it raises.
            print('Future %s in unexpected state: %s' % (id(self), self._state),
                  file=_sys.stderr, flush=True)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Finish the future with a result."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.completed(self)
            self._condition.notify_all()
        self._run_callbacks()

    def set_exception(self, exception):
        """Finish the future with an exception."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.completed(self)
            self._condition.notify_all()
        self._run_callbacks()


# ---- wait() and as_completed() ----

class DoneAndNotDoneFutures:
    """What wait() returns: the sets done and not_done (a named 2-tuple in CPython)."""

    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.done, self.not_done)[i]

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self.done, self.not_done)


def _watch(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.append(waiter)


def _unwatch(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)


def _enough(done, fs, return_when):
    if len(done) == len(fs):
        return True
    if return_when == FIRST_COMPLETED:
        return len(done) > 0
    if return_when == FIRST_EXCEPTION:
        for f in done:
            if f._state == FINISHED and f._exception is not None:
                return True
    return False


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures fs (at most timeout seconds).

    return_when: FIRST_COMPLETED, FIRST_EXCEPTION (or all done) or
    ALL_COMPLETED. Returns DoneAndNotDoneFutures(done, not_done), two sets.
    """
    fs = set(fs)
    deadline = None if timeout is None else _time() + timeout
    waiter = _Waiter()
    _watch(fs, waiter)
    try:
        while True:
            # Clear first: a completion after this line sets the event again.
            waiter.event.clear()
            done = set(f for f in fs if f._state in _REPORTED_STATES)
            if _enough(done, fs, return_when):
                break
            if deadline is None:
                waiter.event.wait()
            else:
                left = deadline - _time()
                if left <= 0:
                    break
                waiter.event.wait(left)
    finally:
        _unwatch(fs, waiter)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yield the futures fs as they complete (those done already first).

    Raises TimeoutError if some are still not done timeout seconds after the
    first next(). A future given twice is yielded once.
    """
    deadline = None if timeout is None else _time() + timeout
    fs = set(fs)
    total = len(fs)
    waiter = _Waiter()
    _watch(fs, waiter)
    try:
        # The futures that are done already, then those the waiter hears of.
        with waiter.lock:
            heard = list(waiter.finished)
            waiter.finished = []
        yielded = set()
        for f in fs:
            if f._state in _REPORTED_STATES and f not in yielded:
                yielded.add(f)
                yield f
        for f in heard:
            if f not in yielded:
                yielded.add(f)
                yield f
        while len(yielded) < total:
            if deadline is None:
                waiter.event.wait()
            else:
                left = deadline - _time()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (total - len(yielded), total))
                waiter.event.wait(left)
            with waiter.lock:
                heard = waiter.finished
                waiter.finished = []
                waiter.event.clear()
            for f in heard:
                if f not in yielded:
                    yielded.add(f)
                    yield f
    finally:
        _unwatch(fs, waiter)


# ---- executors ----

class Executor:
    """Runs calls asynchronously; subclasses implement submit() and shutdown()."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls run concurrently.

        Every call is submitted now; the returned iterator yields the results
        in order, raising a call's exception when it gets to it and
        TimeoutError if a result is not there timeout seconds after this call.
        """
        deadline = None if timeout is None else _time() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results_in_order(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources (waiting for running calls if wait)."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _results_in_order(futures, deadline):
    i = 0
    try:
        while i < len(futures):
            f = futures[i]
            futures[i] = None
            i += 1
            try:
                if deadline is None:
                    value = f.result()
                else:
                    value = f.result(deadline - _time())
            finally:
                # Finished: no effect. Timed out: not wanted any more.
                f.cancel()
            f = None
            yield value
    finally:
        # Abandoned (an exception, a timeout, or the iterator dropped): the
        # calls not started yet are not wanted any more.
        for f in futures[i:]:
            f.cancel()


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


_pools_lock = threading.Lock()
_live_pools = []           # the _PoolState of every pool that has workers
_interpreter_exiting = False


class _PoolState:
    """What the workers of one pool share (they hold this, not the executor)."""

    def __init__(self, initializer, initargs):
        self.work = _queue.SimpleQueue()
        self.idle = threading.Semaphore(0)
        self.shutdown = False
        self.broken = False
        self.initializer = initializer
        self.initargs = initargs
        self.threads = []


def _worker(pool):
    if pool.initializer is not None:
        try:
            pool.initializer(*pool.initargs)
        except BaseException:
            _report_initializer_error()
            _mark_broken(pool)
            return
    while True:
        item = pool.work.get(block=True)
        if item is not None:
            item.run()
            item = None
            pool.idle.release()
            continue
        # A None: stop, and pass it on to the next worker.
        pool.work.put(None)
        return


def _report_initializer_error():
    err = _sys.exc_info()[1]
    print("Exception in initializer:", file=_sys.stderr, flush=True)
    hook = getattr(_sys, '__excepthook__', None)
    if hook is not None:
        hook(type(err), err, err.__traceback__)
    else:
        print("%s: %s" % (type(err).__name__, err), file=_sys.stderr, flush=True)


def _mark_broken(pool):
    pool.broken = 'A thread initializer failed, the thread pool is not usable anymore'
    # Fail every call still waiting for a worker.
    while True:
        try:
            item = pool.work.get_nowait()
        except _queue.Empty:
            break
        if item is not None:
            item.future.set_exception(BrokenThreadPool(pool.broken))


def _at_exit():
    global _interpreter_exiting
    with _pools_lock:
        _interpreter_exiting = True
        pools = list(_live_pools)
    for pool in pools:
        pool.work.put(None)
    for pool in pools:
        for t in pool.threads:
            t.join()


threading._register_atexit(_at_exit)


def _default_workers():
    try:
        from os import cpu_count
        n = cpu_count() or 1
    except ImportError:
        n = 4
    return min(32, n + 4)


class ThreadPoolExecutor(Executor):
    """An Executor that runs the calls in a pool of at most max_workers threads."""

    _pool_counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            max_workers = _default_workers()
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._pool = _PoolState(initializer, initargs)
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            with _pools_lock:
                number = ThreadPoolExecutor._pool_counter
                ThreadPoolExecutor._pool_counter = number + 1
            thread_name_prefix = "ThreadPoolExecutor-%d" % number
        self._thread_name_prefix = thread_name_prefix

    @property
    def _threads(self):
        return set(self._pool.threads)

    @property
    def _shutdown(self):
        return self._pool.shutdown

    def submit(self, fn, /, *args, **kwargs):
        pool = self._pool
        # _pools_lock too: _at_exit() either sees this pool with its new
        # worker, or this call sees that the program is ending.
        with self._shutdown_lock, _pools_lock:
            if pool.broken:
                raise BrokenThreadPool(pool.broken)
            if pool.shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _interpreter_exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            pool.work.put(_WorkItem(f, fn, args, kwargs))
            self._add_worker_if_needed()
            return f

    def _add_worker_if_needed(self):
        pool = self._pool
        # A worker that is waiting for work will take the new item.
        if pool.idle.acquire(timeout=0):
            return
        n = len(pool.threads)
        if n < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, n),
                                 target=_worker, args=(pool,))
            t.start()
            if not pool.threads:
                _live_pools.append(pool)
            pool.threads.append(t)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pool = self._pool
        with self._shutdown_lock:
            pool.shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = pool.work.get_nowait()
                    except _queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            pool.work.put(None)
        if wait:
            for t in list(pool.threads):
                t.join()
        with _pools_lock:
            if pool in _live_pools and not any(t.is_alive() for t in pool.threads):
                _live_pools.remove(pool)
