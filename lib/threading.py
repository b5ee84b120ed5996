# SPDX-License-Identifier: MIT
"""Thread objects and synchronisation primitives, on top of _thread.

gilvm's own implementation of CPython 3.11's threading API (the names, the
behaviour and the error messages are CPython's; the code is written for
gilvm). The C module _thread gives OS threads, Lock and RLock; everything
else is built here from those two locks:

- A Thread runs _bootstrap() in a new OS thread. The thread that calls
  start() first takes the new thread's "done" lock; the new thread releases
  it as its last step in Python, so join() is an acquire of that lock (with
  the timeout) followed by a release. Where _thread has _set_sentinel(),
  join() then also waits for the sentinel lock, which the C side lets go
  only after the thread has left the interpreter for good (its counters are
  recorded, it touches no object any more). While a thread waits in
  acquire() it is detached (it does not hold the GIL), so joining costs
  nothing.
- Condition keeps a list of waiter locks: wait() parks on a fresh locked
  lock, notify() releases the oldest ones. Semaphore, Event and Barrier are
  small state machines around one Condition.
- local keeps one attribute dict per thread; a thread drops its dicts when
  it ends (gilvm has no weak references to do that from the outside).

Differences from CPython: there is no settrace/setprofile, RLock is the
_thread.RLock type (CPython: a factory function), and the default excepthook
prints the traceback with sys.__excepthook__ when gilvm provides it.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'local', 'stack_size', 'excepthook', 'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _allocate_lock
RLock = _thread.RLock
# gilvm names its threads in --stats reports; other Pythons lack this.
_set_thread_name = getattr(_thread, '_set_thread_name', None)
# A lock held until the calling thread has completely ended, C side included.
_set_sentinel = getattr(_thread, '_set_sentinel', None)


# ---- Condition ----

class Condition:
    """A condition variable: wait() until notified, with a lock held around it.

    The lock defaults to a new RLock. While a thread waits it holds no level of
    the lock (an RLock is released completely and re-taken to the same depth).
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock knows how to let go of every level at once; a plain lock
        # uses the methods of this class.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: it counts as ours if it is taken at all.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or timed out, take it back.

        Returns False if the timeout expired, True otherwise.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        notified = False
        try:
            if timeout is None:
                notified = waiter.acquire()
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(state)
            if not notified:
                # Timed out (or interrupted): leave the queue, unless a
                # notify() took us out in the meantime.
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true; return its last value."""
        deadline = None
        left = timeout
        result = predicate()
        while not result:
            if left is not None:
                if deadline is None:
                    deadline = _time() + left
                else:
                    left = deadline - _time()
                    if left <= 0:
                        break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n of the threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        waiters = self._waiters
        while woken < n and waiters:
            waiter = waiters.pop(0)
            woken += 1
            try:
                waiter.release()
            except RuntimeError:
                pass

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """An obsolete synonym of notify_all()."""
        self.notify_all()


# ---- Semaphores ----

class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%s>" % (cls.__module__, cls.__qualname__,
                                             id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter; False if it stayed zero (non-blocking or timed out)."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                    if timeout <= 0:
                        return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n and wake up to n waiters."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose counter may never go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%s/%s>" % (cls.__module__, cls.__qualname__, id(self),
                                                self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---- Event ----

class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__, id(self), status)

    def is_set(self):
        """Whether the flag is set."""
        return self._flag

    def isSet(self):
        """An obsolete synonym of is_set()."""
        return self._flag

    def set(self):
        """Set the flag and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is set; False if the timeout expired first."""
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


# ---- Barrier ----

class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    """One filling of a Barrier: it ends passed (every party came) or broken."""

    def __init__(self):
        self.passed = False
        self.broken = False


class Barrier:
    """Block parties threads until all of them have called wait().

    Each filling is a _Round. The last thread to arrive runs the action and
    marks the round passed; a timeout, abort() or a failing action marks it
    broken instead, and every thread waiting in it gets BrokenBarrierError.
    A broken barrier stays broken until reset().
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._round = _Round()
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %#x: broken>" % (cls.__module__, cls.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%s/%s>" % (cls.__module__, cls.__qualname__, id(self),
                                                  self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Wait for the other parties; return this thread's arrival index (0 .. parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            rnd = self._round
            if rnd.broken:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            if self._count == self._parties:
                if self._action is not None:
                    try:
                        self._action()
                    except BaseException:
                        self._break()
                        raise
                rnd.passed = True
                self._round = _Round()
                self._count = 0
                self._cond.notify_all()
                return index
            ended = self._cond.wait_for(lambda: rnd.passed or rnd.broken, timeout)
            if rnd.passed:
                return index
            if not ended:
                self._break()
            raise BrokenBarrierError

    def _break(self):
        self._round.broken = True
        self._cond.notify_all()

    def reset(self):
        """Back to the empty state; threads waiting now get BrokenBarrierError."""
        with self._cond:
            if self._count > 0 or self._round.broken:
                self._break()
            self._round = _Round()
            self._count = 0

    def abort(self):
        """Break the barrier: waiting and future wait() calls raise BrokenBarrierError."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting in the current round."""
        if self._round.broken:
            return 0
        return self._count

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._round.broken


# ---- Thread registry ----

_registry_lock = _allocate_lock()
_active = {}    # ident -> Thread, for the threads that are running
_limbo = {}     # Thread -> Thread, started but not yet running
_nondaemon = []  # started non-daemon threads not yet seen completely ended
_name_counter = 0
_shutting_down = False
_atexit_calls = []


def _newname(template):
    global _name_counter
    with _registry_lock:
        _name_counter += 1
        return template % _name_counter


# ---- excepthook ----

class ExceptHookArgs:
    """What excepthook() gets: exc_type, exc_value, exc_traceback, thread."""

    def __init__(self, fields):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = fields

    def _fields(self):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return self._fields()[i]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, "
                "thread=%r)" % self._fields())


def _print_exception(exc_type, exc_value, exc_tb, file):
    hook = getattr(_sys, '__excepthook__', None)
    if hook is not None:
        hook(exc_type, exc_value, exc_tb)
        return
    # Without sys.__excepthook__ no Python code can reach the traceback's
    # entries: print the exception line alone.
    name = exc_type.__qualname__
    module = exc_type.__module__
    if module not in ('builtins', '__main__'):
        name = module + '.' + name
    text = str(exc_value)
    print(name + ': ' + text if text else name, file=file, flush=True)


def excepthook(args, /):
    """Report an exception that ended a thread (SystemExit ends it silently)."""
    if args.exc_type is not None and issubclass(args.exc_type, SystemExit):
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print("Exception in thread %s:" % name, file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread):
    """Called inside an except block: hand the exception to excepthook."""
    exc_type, exc_value, exc_tb = _sys.exc_info()
    hook = excepthook
    if hook is None:
        raise RuntimeError("threading.excepthook is None")
    try:
        hook(ExceptHookArgs((exc_type, exc_value, exc_tb, thread)))
    except Exception as err:
        err.__suppress_context__ = True
        _print_exception(type(err), err, err.__traceback__, _sys.stderr)


# ---- Thread ----

class Thread:
    """A thread of control: start() runs run() (by default target(*args,
    **kwargs)) in a new OS thread."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done = None
        self._end = None
        self._locals = []
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        if self._is_stopped:
            status = "stopped"
        elif self._started.is_set():
            status = "started"
        else:
            status = "initial"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread; at most once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        done = _allocate_lock()
        done.acquire()
        self._done = done
        with _registry_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                del _limbo[self]
            raise
        self._started.wait()
        if not self._daemonic:
            with _registry_lock:
                # Forget the threads that are over, so the list stays short.
                _nondaemon[:] = [t for t in _nondaemon if not t._ended()]
                _nondaemon.append(self)

    def run(self):
        """What the thread does: call the target. Subclasses override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # The thread may live on (in enumerate()) after its work is done:
            # do not keep the arguments alive.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            if _set_thread_name is not None:
                _set_thread_name(self._name)
            if _set_sentinel is not None:
                self._end = _set_sentinel()
            with _registry_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            try:
                self.run()
            except BaseException:
                _invoke_excepthook(self)
        finally:
            self._drop_locals()
            with _registry_lock:
                self._is_stopped = True
                if _active.get(self._ident) is self:
                    del _active[self._ident]
            self._done.release()

    def _drop_locals(self):
        ident = self._ident
        for impl in self._locals:
            impl.dicts.pop(ident, None)
        self._locals = []

    def join(self, timeout=None):
        """Wait until the thread ends, or for at most timeout seconds."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        self._wait_end(timeout)

    def _ended(self):
        # Completely over (without waiting): both locks free.
        for lock in (self._done, self._end):
            if lock is not None and lock.locked():
                return False
        return True

    def _wait_end(self, timeout=None):
        # The end of the Python part (done), then of the C part (_end).
        deadline = None if timeout is None else _time() + max(timeout, 0)
        for lock in (self._done, self._end):
            if lock is None:
                continue
            if deadline is None:
                got = lock.acquire()
            else:
                got = lock.acquire(True, max(deadline - _time(), 0))
            if not got:
                return False
            lock.release()
        return True

    def is_alive(self):
        """Whether the thread has started and not yet ended."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        """The thread's name (only for display; several threads may share one)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if _set_thread_name is not None and self._ident == get_ident():
            _set_thread_name(self._name)

    @property
    def ident(self):
        """The thread identifier (get_ident() in the thread), or None before start."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The kernel's id of the thread, or None before start."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        """Whether the program may end while this thread is still running."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """An obsolete synonym of the daemon property."""
        return self.daemon

    def setDaemon(self, daemonic):
        """An obsolete synonym of the daemon property."""
        self.daemon = daemonic

    def getName(self):
        """An obsolete synonym of the name property."""
        return self.name

    def setName(self, name):
        """An obsolete synonym of the name property."""
        self.name = name


class _MainThread(Thread):
    """The thread the program started in ("MainThread"); it ends at _shutdown()."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._done = _allocate_lock()
        self._done.acquire()
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started with _thread directly ("Dummy-N")."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


class Timer(Thread):
    """Call function(*args, **kwargs) after interval seconds, unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---- module functions ----

def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """An obsolete synonym of current_thread()."""
    return current_thread()


def main_thread():
    """The Thread object of the thread the program started in."""
    return _main_thread


def active_count():
    """The number of Thread objects that are alive."""
    with _registry_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """An obsolete synonym of active_count()."""
    return active_count()


def enumerate():
    """A list of the Thread objects that are alive."""
    with _registry_lock:
        return list(_active.values()) + list(_limbo.values())


def _register_atexit(func, *args, **kwargs):
    """Call func at _shutdown(), before the non-daemon threads are joined."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _atexit_calls.append((func, args, kwargs))


def _shutdown():
    """Called when the program ends: wait for every non-daemon thread."""
    global _shutting_down
    if _main_thread._is_stopped:
        return
    _shutting_down = True
    for func, args, kwargs in reversed(_atexit_calls):
        func(*args, **kwargs)
    _main_thread._is_stopped = True
    _main_thread._done.release()
    with _registry_lock:
        if _active.get(_main_thread._ident) is _main_thread:
            del _active[_main_thread._ident]
    # Threads may start more threads meanwhile: until none is left.
    while True:
        with _registry_lock:
            waiting = list(_nondaemon)
            _nondaemon[:] = []
        if not waiting:
            break
        for t in waiting:
            t._wait_end()


# ---- local ----

class _LocalImpl:
    """The per-thread attribute dicts of one local object, by thread ident."""

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}


def _local_dict(self):
    impl = object.__getattribute__(self, '__dict__')['_local__impl']
    ident = get_ident()
    d = impl.dicts.get(ident)
    if d is None:
        d = {}
        impl.dicts[ident] = d
        thread = current_thread()
        if thread is not _main_thread:
            thread._locals.append(impl)
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *impl.args, **impl.kwargs)
    return d


def _local_type_name(cls):
    # As CPython's messages: the C type's name, or the subclass's.
    return '_thread._local' if cls is local else cls.__name__


def _class_attr(cls, name):
    for klass in cls.__mro__:
        d = klass.__dict__
        if name in d:
            return True, d[name]
    return False, None


class local:
    """Thread-local data: each thread sees its own attributes.

    A subclass's __init__ runs again, with the constructor's arguments, the
    first time another thread touches the object.
    """

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kwargs)
        object.__getattribute__(self, '__dict__')['_local__impl'] = impl
        # The creating thread's dict: __init__ runs through the normal call.
        impl.dicts[get_ident()] = {}
        thread = current_thread()
        if thread is not _main_thread:
            thread._locals.append(impl)
        return self

    def __repr__(self):
        cls = type(self)
        if cls is local:
            return '<_thread._local object at %#x>' % id(self)
        return '<%s.%s object at %#x>' % (cls.__module__, cls.__qualname__, id(self))

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        cls = type(self)
        found, attr = _class_attr(cls, name)
        if found:
            kind = type(attr)
            if hasattr(kind, '__get__') and (hasattr(kind, '__set__') or
                                             hasattr(kind, '__delete__')):
                return kind.__get__(attr, self, cls)
        if name in d:
            return d[name]
        if found:
            kind = type(attr)
            if hasattr(kind, '__get__'):
                return kind.__get__(attr, self, cls)
            return attr
        if name == '__class__':
            return cls
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (_local_type_name(cls), name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(type(self)))
        d = _local_dict(self)
        found, attr = _class_attr(type(self), name)
        if found and hasattr(type(attr), '__set__'):
            type(attr).__set__(attr, self, value)
            return
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(type(self)))
        d = _local_dict(self)
        found, attr = _class_attr(type(self), name)
        if found and hasattr(type(attr), '__delete__'):
            type(attr).__delete__(attr, self)
            return
        if name not in d:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_local_type_name(type(self)), name))
        del d[name]


_main_thread = _MainThread()
