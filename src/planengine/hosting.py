"""Running an evaluator's code so that whatever it does costs its own target and nothing more.

The engine calls every evaluator through :func:`run_evaluator`. The signals ``NoData`` and
``NotEvaluable`` become labelled outcomes; anything else the code does wrong becomes the
status ``error`` for that target, naming the plugin:

* an exception, ``sys.exit()``, or a ``KeyboardInterrupt`` the plugin raised itself (a real
  Ctrl-C still stops the run);
* ``os._exit()``, which is intercepted while a plugin that is not ``bounded`` runs;
* running past the time limit, even when the plugin catches the timeout: in the main thread
  the alarm repeats until the code gives up, and a result that comes back late is refused;
* returning something other than a well-formed :class:`~planengine.evaluator.Outcome`
  (a wrong type in a field, a NaN or an infinite number).

The time limit costs no thread per target. In the main thread a timer signal interrupts the
code. Elsewhere (signals reach only the main thread: a thread pool, a Dask worker) the code
runs on a long-lived runner thread taken from a per-process pool while the caller waits
with the limit, so a thread is started only when every runner is busy (one per thread
judging at the same time) or to replace a runner that overran. An overrunning runner is
abandoned, not killed: it ends when its call does, and is never used again.

Why not raise the timeout inside the runner (``PyThreadState_SetAsyncExc``)? On CPython
3.11 an asynchronous exception waiting for a thread blocked in a C call (a long sleep, a
read without a timeout) keeps the interpreter's eval breaker signalled, and any thread
running under ``sys.settrace`` (coverage, a debugger, Hypothesis) then spins until it is
delivered: possibly forever. A stuck plugin must not hang its host, so it is left alone.
"""

from __future__ import annotations

import datetime as dt
import os
import queue
import signal
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from .evaluator import Context, Outcome, Status
from .explanations import Explanation, NoData, NotEvaluable
from .plugins import RegisteredEvaluator
from .progress import Progress

__all__ = ["EvaluatorTimeout", "outcome_of_exception", "run_evaluator"]

#: After the time limit, the alarm is raised again at this interval until the code stops.
_REPEAT = 0.05


class EvaluatorTimeout(BaseException):
    """An evaluator ran longer than the time limit on one target.

    A ``BaseException``, like ``KeyboardInterrupt``, so that an evaluator's own
    ``except Exception`` cannot swallow it; the one exception outside
    :class:`~planengine.PlanengineError`, and it never leaves the engine (the target
    becomes ``error``).
    """


class _PluginExit(BaseException):
    """A plugin called ``os._exit``; raised in its place so that the process lives on."""

    def __init__(self, code: object) -> None:
        super().__init__(code)
        self.code = code


class _UserInterrupt(BaseException):
    """Marks a real Ctrl-C (SIGINT) that arrived while a plugin ran: it is re-raised as such."""


def _failed(registered: RegisteredEvaluator, zh: str, en: str) -> Outcome:
    """The ``error`` outcome of an evaluator's failure, naming the evaluator and its plugin."""
    name = registered.evaluator.name
    return Outcome(
        Status.ERROR,
        Explanation(
            f"评价器“{name}”(插件 {registered.plugin}){zh}",
            f"the evaluator {name!r} (plugin {registered.plugin}) {en}",
        ),
    )


def outcome_of_exception(registered: RegisteredEvaluator, exc: Exception) -> Outcome:
    """What an exception raised by one of planengine's own rules makes of its target.

    The rules are prepared for their targets when a plan is compiled and called directly:
    planengine's code is bounded (no time limit), does not exit the process and returns a
    well-formed :class:`Outcome` by construction, so that outcome is not checked again.
    Its signals and failures become outcomes as a plugin's do.
    """
    if isinstance(exc, NoData):
        return Outcome(Status.NO_DATA, exc.explanation)
    if isinstance(exc, NotEvaluable):
        return Outcome(Status.NOT_EVALUABLE, exc.explanation)
    message = f"{type(exc).__name__}: {exc}"
    return _failed(registered, f"出错:{message}", f"failed: {message}")


def run_evaluator(registered: RegisteredEvaluator, params: Any, context: Context, timeout: float | None) -> Outcome:
    """Call an evaluator on one target; every failure of its code becomes an ``error`` outcome."""
    evaluator = registered.evaluator

    def failed(zh: str, en: str) -> Outcome:
        return _failed(registered, zh, en)

    try:
        outcome = _call(lambda: evaluator.evaluate(params, context), timeout)
    except NoData as signal_:
        return Outcome(Status.NO_DATA, signal_.explanation)
    except NotEvaluable as signal_:
        return Outcome(Status.NOT_EVALUABLE, signal_.explanation)
    except EvaluatorTimeout:
        return failed(f"超过{timeout}秒未完成,已放弃", f"took longer than {timeout} s on this target and was given up")
    except _UserInterrupt:
        raise KeyboardInterrupt from None
    except _PluginExit as exc:
        return failed(f"调用了 os._exit({exc.code}),已拦截", f"called os._exit({exc.code}); the call was stopped")
    except SystemExit as exc:
        return failed(f"调用了 sys.exit({exc.code}),已拦截", f"called sys.exit({exc.code}); the call was stopped")
    except (Exception, KeyboardInterrupt, GeneratorExit) as exc:  # a plugin's failure must not stop the plan
        message = f"{type(exc).__name__}: {exc}"
        return failed(f"出错:{message}", f"failed: {message}")
    # an evaluator that is not bounded also has its explanation written now, inside its time
    # limit: a deferred sentence that fails would otherwise fail later, in a report
    problem = _malformed(outcome, write_explanation=not evaluator.bounded)
    if problem is not None:
        return failed(f"返回的结果无效:{problem}", f"returned an unusable result: {problem}")
    return outcome


_NUMBERS = ("actual", "required", "completion", "expected", "gap")


def _malformed(outcome: object, *, write_explanation: bool = True) -> str | None:
    """What is wrong with a returned outcome, or None when it can be used as it is.

    The checks of types are cheap; writing a deferred explanation is not, so a bounded
    evaluator's explanation stays deferred until someone reads it.
    """
    if not isinstance(outcome, Outcome):
        return f"{type(outcome).__name__} instead of an Outcome"
    if not isinstance(outcome.status, Status):
        return f"status is {outcome.status!r}, not a planengine.Status"
    if not isinstance(outcome.explanation, Explanation):
        return f"explanation is {type(outcome.explanation).__name__}, not an Explanation"
    for name in _NUMBERS:
        value = getattr(outcome, name)
        if value is None:
            continue
        if not isinstance(value, Decimal) or isinstance(value, bool):
            return f"{name} is {type(value).__name__} {value!r}, not a Decimal"
        if not value.is_finite():
            return f"{name} is {value}, not a finite number"
    if not isinstance(outcome.unit, str):
        return f"unit is {outcome.unit!r}, not text"
    if outcome.figure_date is not None and (
        not isinstance(outcome.figure_date, dt.date) or isinstance(outcome.figure_date, dt.datetime)
    ):
        return f"figure_date is {outcome.figure_date!r}, not a date"
    if not isinstance(outcome.gap_strict, bool):
        return f"gap_strict is {outcome.gap_strict!r}, not true or false"
    if outcome.progress is not None and not isinstance(outcome.progress, Progress):
        return f"progress is {type(outcome.progress).__name__}, not a Progress"
    if not write_explanation:
        return None
    try:
        outcome.explanation.zh.encode("utf-8")
        outcome.explanation.en.encode("utf-8")
    except Exception as exc:  # a deferred explanation that fails, or text that cannot be written
        return f"its explanation cannot be written: {type(exc).__name__}: {exc}"
    return None


def _call(function: Callable[[], Outcome], timeout: float | None) -> Outcome:
    """Call ``function``; raise :class:`EvaluatorTimeout` when it runs past ``timeout`` seconds.

    In the main thread a timer signal interrupts the code, and keeps interrupting it every
    few hundredths of a second until it stops; a SIGINT meanwhile is the user's and passes
    through. Elsewhere (signals reach only the main thread) the code runs on a pooled runner
    thread that is abandoned if it overruns. Either way ``os._exit`` is intercepted meanwhile.
    """
    _guard_exit()
    if timeout is None:
        return _as_plugin(function)
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        return _call_with_alarm(function, timeout)
    return _call_on_runner(function, timeout)


#: Whether the current thread is running plugin code (os._exit then raises instead).
_inside = threading.local()
_real_exit = os._exit
_guard_lock = threading.Lock()


def _guarded_exit(code: int) -> None:
    """``os._exit`` while planengine is loaded: the real one, except inside a plugin's call."""
    if getattr(_inside, "plugin", False):
        raise _PluginExit(code)
    _real_exit(code)


def _guard_exit() -> None:
    """Install the guard once, for the whole process: installing and removing it per call
    would race between threads (one call could put back another's guard for good)."""
    if os._exit is not _guarded_exit:
        with _guard_lock:
            if os._exit is not _guarded_exit:
                os._exit = _guarded_exit  # type: ignore[assignment]


def _as_plugin(function: Callable[[], Outcome]) -> Outcome:
    """Run ``function`` marked as plugin code in this thread (a thread abandoned midway stays marked)."""
    before = getattr(_inside, "plugin", False)
    _inside.plugin = True
    try:
        return function()
    finally:
        _inside.plugin = before


def _call_with_alarm(function: Callable[[], Outcome], timeout: float) -> Outcome:
    host_delay, host_interval = signal.getitimer(signal.ITIMER_REAL)
    if host_delay and host_delay <= timeout:  # the host's own timer is due first: leave it alone
        return _as_plugin(function)
    expired = False

    def expire(signum: int, frame: object) -> None:
        nonlocal expired
        expired = True
        raise EvaluatorTimeout()

    def interrupt(signum: int, frame: object) -> None:
        raise _UserInterrupt()

    started = time.monotonic()
    previous_alarm = signal.signal(signal.SIGALRM, expire)
    previous_interrupt = signal.signal(signal.SIGINT, interrupt)
    signal.setitimer(signal.ITIMER_REAL, timeout, _REPEAT)
    try:
        outcome = _as_plugin(function)
    except BaseException:
        if expired:  # whatever the code raised after catching the timeout, it ran out of time
            raise EvaluatorTimeout() from None
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_alarm)
        signal.signal(signal.SIGINT, previous_interrupt)
        if host_delay:  # give the host's timer back what it has left
            remaining = max(host_delay - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, remaining, host_interval)
    if expired:  # the code caught the timeout and went on: its late result is not used
        raise EvaluatorTimeout()
    return outcome


def _call_on_runner(function: Callable[[], Outcome], timeout: float) -> Outcome:
    """Run ``function`` on an idle runner thread and wait at most ``timeout`` seconds for it."""
    runner = _pool.take()
    try:
        finished = runner.submit(function, min(timeout, threading.TIMEOUT_MAX))
    except BaseException:  # the wait itself was interrupted: the call may still run
        runner.close()
        raise
    if not finished:
        runner.close()  # abandoned: it ends when the call does, and is never used again
        raise EvaluatorTimeout()
    _pool.give_back(runner)
    return runner.result()


class _Runner:
    """A long-lived daemon thread that runs the plugin calls handed to it, one at a time.

    Its thread runs only plugin code, so it is marked as such for good (``os._exit`` raises
    in it). The caller waits on ``_done``; the outcome or the exception is handed back.
    """

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], Outcome] | None] = queue.SimpleQueue()
        self._done = threading.Lock()
        self._done.acquire()
        self._outcome: Outcome | None = None
        self._error: BaseException | None = None
        self.thread = threading.Thread(target=self._serve, name="planengine-evaluator", daemon=True)
        self.thread.start()

    def submit(self, function: Callable[[], Outcome], timeout: float) -> bool:
        """Hand ``function`` to the thread; whether it finished within ``timeout`` seconds."""
        self._jobs.put(function)
        return self._done.acquire(timeout=timeout)

    def result(self) -> Outcome:
        """What the finished call returned, or the exception it raised, raised here."""
        outcome, error = self._outcome, self._error
        self._outcome = self._error = None
        if error is not None:
            raise error
        return outcome  # type: ignore[return-value]

    def close(self) -> None:
        """Let the thread end once its current call (if any) is over."""
        self._jobs.put(None)

    def _serve(self) -> None:
        _inside.plugin = True
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                self._outcome = job()
            except BaseException as exc:  # handed back to the caller's thread
                self._error = exc
            self._done.release()


class _RunnerPool:
    """The idle runners of this process: a caller takes one, and gives it back when it finished in time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: list[_Runner] = []

    def take(self) -> _Runner:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return _Runner()

    def give_back(self, runner: _Runner) -> None:
        with self._lock:
            self._idle.append(runner)


_pool = _RunnerPool()


def _after_fork() -> None:
    """A forked child (a process pool's worker) has none of its parent's runner threads: start afresh."""
    global _pool
    _pool = _RunnerPool()


os.register_at_fork(after_in_child=_after_fork)
