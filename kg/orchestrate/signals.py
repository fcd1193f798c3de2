"""Stopping a build cleanly: SIGTERM and Ctrl-C (SIGINT) become ``KeyboardInterrupt`` in the main
thread, so every ``finally`` runs (worker processes are stopped, a half-written generation is
removed) and the previous outputs stay the visible ones."""

from __future__ import annotations

import contextlib
import signal
import threading
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
