"""An output folder whose files change all at once: generations, one switch, and a lock.

A build writes its whole set of outputs (and its no-change record) into a new, hidden *generation*
folder ``<out>/.gen-XXXXXXXX/``, fsyncs it, then switches ``<out>/.current`` (a symbolic link to
the generation) with one ``os.replace``: the only step that makes the new set visible. The names
users open (``out/graph.ttl`` ...) are stable symbolic links to ``.current/<name>``, so at every
moment, whatever kills the build, they all show the previous set or all the new one, never a mix.
Older generations are removed after the switch (and by the next build, if this one is killed).

An output folder written by an older kg holds regular files: they are first hard-linked into a
generation of their own and the names become links to it (each step keeps the old contents),
so the first switch is as safe as the others.

:class:`OutLock` keeps two builds from writing to one folder: an ``flock`` on ``<out>/.kg-lock``
(released by the system when the holder dies, so never stale); the holder's pid is found in
``/proc/locks``.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from ..errors import KgError

CURRENT = ".current"
PREFIX = ".gen-"
LOCK = ".kg-lock"


def check_out(out: Path) -> None:
    """Raise :class:`KgError` (one line) unless ``out`` is, or can be made, a writable folder."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise KgError(f"--out {out}: exists and is not a folder; give a folder for the outputs")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise KgError(f"--out {out}: cannot create the output folder ({_reason(err)})") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise KgError(f"--out {out}: the output folder is not writable")


class OutLock:
    """An exclusive lock on an output folder for the time of one build.

    A second build waits up to ``wait`` seconds, then refuses with a message naming the holder."""

    def __init__(self, out: Path, wait: float = 5.0) -> None:
        self.path = Path(out) / LOCK
        self.wait = wait
        self._fd: int | None = None

    def __enter__(self) -> OutLock:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as err:
            raise KgError(f"--out {self.path.parent}: cannot create the lock file ({_reason(err)})") from None
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _lock_holder(fd)
                    os.close(fd)
                    raise KgError(
                        f"--out {self.path.parent}: another kg build (pid {holder}) is writing to this folder; "
                        "wait for it to finish or give another --out"
                    ) from None
                time.sleep(0.1)
        self._fd = fd
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            os.close(self._fd)  # releases the flock
            self._fd = None


def _lock_holder(fd: int) -> str:
    """The pid holding the flock on ``fd``'s file, from ``/proc/locks`` (the lock file itself is
    never written, so a no-change build leaves every file of ``out`` untouched)."""
    st = os.fstat(fd)
    inode = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    with contextlib.suppress(OSError):
        for line in Path("/proc/locks").read_text().splitlines():
            fields = line.split()
            if len(fields) > 5 and fields[1] == "FLOCK" and fields[5] == inode:
                return fields[4]
    return "unknown"


def new_generation(out: Path) -> Path:
    """A new, empty generation folder in ``out`` (permissions as the umask allows)."""
    gen = Path(tempfile.mkdtemp(prefix=PREFIX, dir=out))
    os.chmod(gen, 0o777 & ~_umask())
    return gen


def switch(out: Path, gen: Path, names: Iterable[str]) -> None:
    """Make ``gen`` the visible set of ``out`` in one step (files and the folder fsynced first)."""
    out, names = Path(out), list(names)
    for name in names:
        if (gen / name).exists():
            _fsync(gen / name)
    _fsync(gen)
    _adopt_old_files(out, names)
    tmp = out / f"{CURRENT}.{gen.name}.tmp"
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.symlink(gen.name, tmp)
    os.replace(tmp, out / CURRENT)  # the switch
    _link_names(out, names)
    _fsync(out)


def remove_old(out: Path, keep: Path | None = None) -> None:
    """Generations other than the current one (and ``keep``): superseded or left by killed builds.
    Call with the lock held."""
    current = _current(Path(out))
    for entry in Path(out).glob(f"{PREFIX}*"):
        if entry.name in {current, keep.name if keep else None}:
            continue
        shutil.rmtree(entry, ignore_errors=True)
    for tmp in Path(out).glob(f"{CURRENT}.*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()


def _current(out: Path) -> str | None:
    try:
        return os.readlink(out / CURRENT)
    except OSError:
        return None


def _adopt_old_files(out: Path, names: list[str]) -> None:
    """Names that are still regular files (an older kg's folder, or a build killed while turning
    them into links): all visible files hard-linked into a generation, names made links to it.
    Each step keeps what every name shows."""
    if not any((out / n).is_file() and not (out / n).is_symlink() for n in names):
        return
    gen = new_generation(out)
    present = [n for n in names if (out / n).is_file()]
    for name in present:
        source = os.path.realpath(out / name)  # (of a link: its target; link() would link the link)
        try:
            os.link(source, gen / name)
        except OSError:  # a file system without hard links
            shutil.copy2(source, gen / name)
    _fsync(gen)
    os.symlink(gen.name, out / f"{CURRENT}.{gen.name}.tmp")
    os.replace(out / f"{CURRENT}.{gen.name}.tmp", out / CURRENT)
    _link_names(out, present)


def _link_names(out: Path, names: list[str]) -> None:
    """``out/<name>`` -> ``.current/<name>`` for each name (each replaced in one step if needed)."""
    for name in names:
        target = f"{CURRENT}/{name}"
        link = out / name
        with contextlib.suppress(OSError):
            if link.is_symlink() and os.readlink(link) == target:
                continue
        tmp = out / f".{name}.link.tmp"
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        os.symlink(target, tmp)
        os.replace(tmp, link)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _reason(err: OSError) -> str:
    return (err.strerror or type(err).__name__).lower()
