"""Where queries run: a thread with a large stack that cannot open a network connection.

Oxigraph answers ``SERVICE`` by connecting to the endpoint named in the query, and pyoxigraph offers
no way to turn that off. kg refuses such queries before they run (:func:`kg.graph.store.run`); as a
second, independent guard every query is parsed and evaluated in a thread whose system calls
``socket``, ``connect`` and ``io_uring_setup`` fail with EPERM (a seccomp filter, Linux x86-64 and
ARM64). The filter belongs to that thread only (and threads it starts), so the rest of the process is
unaffected; it is dropped when the thread ends. The large stack (256 MiB, reserved, not used) lets the
engine's recursive parser and evaluator handle long chains of UNION/OPTIONAL/operators without a
stack overflow; deep bracket nesting is refused before parsing (:mod:`kg.graph.querytext`).
"""

from __future__ import annotations

import ctypes
import functools
import gc
import platform
import struct
import threading
import traceback
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
STACK_BYTES = 256 << 20
# (audit arch, socket, connect, io_uring_setup) system call numbers
_ARCHES = {"x86_64": (0xC000003E, 41, 42, 425), "aarch64": (0xC00000B7, 198, 203, 425)}
_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2
_ALLOW, _EPERM = 0x7FFF0000, 0x00050000 | 1
_LD_ABS, _JEQ, _JGE, _RET = 0x20, 0x15, 0x35, 0x06


def _program(arch: int, socket_nr: int, connect_nr: int, uring_nr: int) -> bytes:
    """A classic BPF filter: foreign ABIs and the three calls return EPERM, all else is allowed."""
    insns = [
        (_LD_ABS, 0, 0, 4),  # seccomp_data.arch
        (_JEQ, 0, 6, arch),  # another ABI (e.g. 32-bit calls): deny
        (_LD_ABS, 0, 0, 0),  # seccomp_data.nr
        (_JGE, 4, 0, 0x40000000),  # x32 ABI: deny
        (_JEQ, 3, 0, socket_nr),
        (_JEQ, 2, 0, connect_nr),
        (_JEQ, 1, 0, uring_nr),
        (_RET, 0, 0, _ALLOW),
        (_RET, 0, 0, _EPERM),
    ]
    return b"".join(struct.pack("HBBI", *insn) for insn in insns)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


_NUMBERS = _ARCHES.get(platform.machine()) if platform.system() == "Linux" else None
_FILTER = ctypes.create_string_buffer(_program(*_NUMBERS)) if _NUMBERS else None


@functools.cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def block_network() -> bool:
    """Forbid new sockets and connections to the calling thread (and threads it starts). Applied?"""
    if _FILTER is None:
        return False
    try:
        libc = _libc()
    except OSError:
        return False
    prog = _SockFprog((len(_FILTER) - 1) // 8, ctypes.addressof(_FILTER))
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    return libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) == 0


def run_confined(fn: Callable[..., T], *args, _collect: bool = True, **kwargs) -> T:
    """``fn(*args, **kwargs)`` in a fresh thread with a large stack and no network; its result or error."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["confined"] = block_network()
            box["value"] = fn(*args, **kwargs)
        except BaseException as err:  # handed to the caller's thread below, without this thread's frames
            box["error"] = _detached(err)
        # The engine's objects must be freed in the thread that made them: a young collection after an
        # answer (cheap), a full one after an error (tracebacks make cycles; about 60 ms in a big process).
        if _collect:
            gc.collect(2 if "error" in box else 1)

    with _STACK_LOCK:
        old = threading.stack_size(STACK_BYTES)
        try:
            thread = threading.Thread(target=target, name="kg-query", daemon=True)
            thread.start()
        finally:
            threading.stack_size(old)
    thread.join()
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def _detached(err: BaseException) -> BaseException:
    """``err`` without tracebacks: the engine's result objects must be freed in the thread that made them."""
    seen = set()
    node: BaseException | None = err
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        if node.__traceback__ is not None:
            traceback.clear_frames(node.__traceback__)
            node.__traceback__ = None
        node = node.__cause__ or node.__context__
    return err


_STACK_LOCK = threading.Lock()
