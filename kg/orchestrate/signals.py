"""Stopping a build cleanly: SIGTERM and Ctrl-C (SIGINT) become ``KeyboardInterrupt`` in the main
thread, so every ``finally`` runs (worker processes are stopped, a half-written generation is
removed) and the previous outputs stay the visible ones. Worker processes die with their parent
(:func:`bind_to_parent`)."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator


class Stopped:
    """Which signal stopped the build (``name``) and the exit code to return (128 + its number)."""

    def __init__(self) -> None:
        self.signum = signal.SIGINT

    @property
    def name(self) -> str:
        return "Ctrl-C" if self.signum == signal.SIGINT else signal.Signals(self.signum).name

    @property
    def exit_code(self) -> int:
        return 128 + int(self.signum)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[Stopped]:
    stopped = Stopped()
    if threading.current_thread() is not threading.main_thread():
        yield stopped  # (signal handlers can only be set in the main thread)
        return

    def handler(signum, frame):
        stopped.signum = signum
        raise KeyboardInterrupt

    previous = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield stopped
    finally:
        for s, h in previous.items():
            signal.signal(s, h)


@contextlib.contextmanager
def sigint_blocked() -> Iterator[None]:
    """SIGINT held back in this thread (and in the processes it starts, which inherit the mask):
    a Ctrl-C, which a terminal sends to every process of the group, never reaches a worker while it
    starts, before it could ignore it. A Ctrl-C held here is delivered on exit."""
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def bind_to_parent(parent: int) -> None:
    """End this worker when ``parent`` dies, whatever kills it (SIGKILL and the OOM killer included)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent decides
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # died before the signal was asked for
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watchdog", daemon=True).start()
