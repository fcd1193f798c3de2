"""A loopback listener that counts the connections it receives (and closes each at once).

For the tests that prove kg never connects out: a query names this listener's address, and the
test asserts that ``connections`` is still 0 afterwards. Closing at once means a kg that did
connect gets an error quickly instead of hanging the test.
"""

from __future__ import annotations

import socket
import threading
import time


class Listener:
    def __init__(self, host: str = "127.0.0.1"):
        self.sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
        self.sock.bind((host, 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        self.sock.settimeout(0.05)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            conn.close()

    def settle(self, seconds: float = 0.3) -> int:
        """The number of connections seen, after waiting ``seconds`` for late ones."""
        time.sleep(seconds)
        return self.connections

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._stop = True
        self._thread.join(2)
        self.sock.close()
