"""A one-line progress bar on a terminal's stderr, for long scans."""

from __future__ import annotations

import sys
import time


class ProgressBar:
    """Call with (done, total); appears once the work has taken half a second (short scans stay
    quiet), redraws at most ten times a second; `clear()` wipes the line."""

    WIDTH = 30
    DELAY = 0.5

    def __init__(self, label: str, unit: str, stream=None) -> None:
        self.label, self.unit = label, unit
        self.stream = stream or sys.stderr
        self._last = 0.0
        self._started = time.monotonic()
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and (now - self._last < 0.1 or now - self._started < self.DELAY):
            return
        self._last = now
        filled = self.WIDTH * done // total if total else self.WIDTH
        percent = 100 * done // total if total else 100
        bar = "#" * filled + "." * (self.WIDTH - filled)
        self.stream.write(f"\r{self.label}: [{bar}] {percent:3}% {done}/{total} {self.unit}")
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
