# mpyrom's asyncio: MicroPython's asyncio API without I/O polling (no select), written for
# mpyrom. Coroutines are generators; a task runs until its coroutine yields to the
# scheduler. Awaitables yield None after arranging to be resumed (a timer, an event, another
# task finishing); the scheduler only resumes tasks found in the ready queue.
from time import ticks_ms, ticks_diff, ticks_add, sleep_ms as _block_ms

__all__ = ["run", "create_task", "sleep", "sleep_ms", "gather", "wait_for", "wait_for_ms",
           "Event", "Lock", "Task", "CancelledError", "TimeoutError", "current_task",
           "get_event_loop", "new_event_loop"]


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


class InvalidStateError(Exception):
    pass


_ready = []     # tasks to resume, first in first out
_timers = []    # [wake_ticks, sequence, task], sorted by wake time then sequence
_seq = 0
_current = None


def _push_ready(task):
    _ready.append(task)


def _push_timer(task, wake):
    global _seq
    _seq += 1
    entry = [wake, _seq, task]
    i = len(_timers)
    while i > 0 and ticks_diff(_timers[i - 1][0], wake) > 0:
        i -= 1
    _timers.insert(i, entry)
    task._timer = entry


def _unlink(task):
    # Removes a task from whatever it is waiting in (a timer, an event, a lock, a task).
    if task._timer is not None:
        try:
            _timers.remove(task._timer)
        except ValueError:
            pass
        task._timer = None
    w = task._waiting_in
    if w is not None:
        try:
            w.remove(task)
        except ValueError:
            pass
        task._waiting_in = None


class _Suspend:
    # Awaitable that parks the current task once (it was already queued somewhere) and
    # then completes with `value`.
    def __init__(self, value=None):
        self.value = value
        self.parked = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.parked:
            raise StopIteration(self.value)
        self.parked = True
        return None


def sleep_ms(t):
    t = max(0, int(t))
    if t == 0:
        _push_ready(_current)
    else:
        _push_timer(_current, ticks_add(ticks_ms(), t))
    return _Suspend()


def sleep(t):
    return sleep_ms(t * 1000)


class Task:
    def __init__(self, coro):
        self.coro = coro
        self._result = None
        self._exc = None
        self._done = False
        self._throw = None
        self._waiters = []
        self._timer = None
        self._waiting_in = None

    def done(self):
        return self._done

    def cancel(self):
        if self._done:
            return False
        if self is _current:
            # Cancelling yourself takes effect at the next suspension point.
            self._throw = CancelledError()
            return True
        _unlink(self)
        self._throw = CancelledError()
        _push_ready(self)
        return True

    def result(self):
        if not self._done:
            raise InvalidStateError("result is not ready")
        if self._exc is not None:
            raise self._exc
        return self._result

    def _finish(self, result, exc):
        self._done = True
        self._result = result
        self._exc = exc
        for t in self._waiters:
            t._waiting_in = None
            _push_ready(t)
        self._waiters = []

    def __iter__(self):
        return _TaskWait(self)

    __await__ = __iter__

    def __repr__(self):
        return "<Task>"


class _TaskWait:
    def __init__(self, task):
        self.task = task
        self.parked = False

    def __iter__(self):
        return self

    def __next__(self):
        t = self.task
        if t._done:
            if t._exc is not None:
                raise t._exc
            raise StopIteration(t._result)
        if t is _current:
            raise RuntimeError("can't wait")
        t._waiters.append(_current)
        _current._waiting_in = t._waiters
        return None


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro)
    _push_ready(t)
    return t


def current_task():
    if _current is None:
        raise RuntimeError("no running event loop")
    return _current


def _step(t):
    global _current
    _current = t
    exc = t._throw
    t._throw = None
    try:
        if exc is None:
            t.coro.send(None)
        else:
            t.coro.throw(exc)
    except StopIteration as e:
        t._finish(e.value, None)
    except CancelledError as e:
        t._finish(None, e)
    except Exception as e:
        t._finish(None, e)
    _current = None


def _run_until(main):
    while not main._done:
        if _ready:
            t = _ready.pop(0)
            if not t._done:
                _step(t)
            continue
        if not _timers:
            raise RuntimeError("deadlock: no task can run")
        wait = ticks_diff(_timers[0][0], ticks_ms())
        if wait > 0:
            _block_ms(wait)
        now = ticks_ms()
        while _timers and ticks_diff(_timers[0][0], now) <= 0:
            t = _timers.pop(0)[2]
            t._timer = None
            _push_ready(t)
    if main._exc is not None:
        raise main._exc
    return main._result


def run(coro):
    return _run_until(create_task(coro))


async def gather(*aws, return_exceptions=False):
    tasks = [a if isinstance(a, Task) else create_task(a) for a in aws]
    results = []
    for t in tasks:
        try:
            results.append(await t)
        except Exception as e:
            if not return_exceptions:
                raise
            results.append(e)
    return results


async def wait_for(aw, timeout):
    t = aw if isinstance(aw, Task) else create_task(aw)
    if timeout is None:
        return await t
    expired = [False]

    async def watchdog():
        await sleep(timeout)
        if not t.done():
            expired[0] = True
            t.cancel()

    w = create_task(watchdog())
    try:
        r = await t
    except CancelledError:
        if expired[0]:
            raise TimeoutError
        raise
    finally:
        w.cancel()
    return r


def wait_for_ms(aw, timeout):
    return wait_for(aw, timeout / 1000)


class Event:
    def __init__(self):
        self.state = False
        self._waiters = []

    def is_set(self):
        return self.state

    def set(self):
        self.state = True
        for t in self._waiters:
            t._waiting_in = None
            _push_ready(t)
        self._waiters = []

    def clear(self):
        self.state = False

    async def wait(self):
        if not self.state:
            self._waiters.append(_current)
            _current._waiting_in = self._waiters
            await _Suspend()
        return True


class Lock:
    def __init__(self):
        self.state = 0
        self._waiters = []

    def locked(self):
        return self.state == 1

    def release(self):
        if self.state != 1:
            raise RuntimeError("Lock not acquired")
        if self._waiters:
            # Hand the lock straight to the next waiter (fair, first come first served).
            t = self._waiters.pop(0)
            t._waiting_in = None
            _push_ready(t)
        else:
            self.state = 0

    async def acquire(self):
        if self.state != 0:
            # `release` hands the lock over: when we resume, we own it.
            self._waiters.append(_current)
            _current._waiting_in = self._waiters
            await _Suspend()
        self.state = 1
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Loop:
    def create_task(self, coro):
        return create_task(coro)

    def run_until_complete(self, aw):
        return _run_until(aw if isinstance(aw, Task) else create_task(aw))

    def run_forever(self):
        while _ready or _timers:
            _run_until(create_task(sleep(0)))

    def close(self):
        pass


_loop = Loop()


def get_event_loop():
    return _loop


def new_event_loop():
    global _ready, _timers
    _ready = []
    _timers = []
    return _loop
