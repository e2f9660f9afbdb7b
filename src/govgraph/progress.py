"""A one-line progress bar with documents per second, for long builds.

It draws on stderr only when stderr is a terminal, so logs, pipes and tests stay quiet.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Count documents and redraw ``  120/1000 docs  12%  8.4 docs/s  ETA 1m45s`` at most 5 times a second.

    total (int): documents expected.
    stream (TextIO | None): where to draw (stderr by default).
    enabled (bool | None): draw or not; None draws when the stream is a terminal.
    """

    def __init__(self, total: int, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.done = 0
        self._start = time.monotonic()
        self._drawn = 0.0

    @property
    def rate(self) -> float:
        """Documents per second so far."""
        elapsed = time.monotonic() - self._start
        return self.done / elapsed if elapsed > 0 else 0.0

    def update(self, count: int = 1) -> None:
        """Count ``count`` more documents done."""
        self.done += count
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= 0.2 or self.done >= self.total):
            self._drawn = now
            self._draw()

    def _draw(self) -> None:
        rate = self.rate
        share = f"{100 * self.done // self.total:3d}%" if self.total else ""
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        eta = f"ETA {int(left // 60)}m{int(left % 60):02d}s" if rate > 0 and self.done < self.total else ""
        self.stream.write(f"\r{self.done:>7}/{self.total} docs {share} {rate:6.1f} docs/s {eta:<12}")
        self.stream.flush()

    def close(self) -> None:
        """End the line drawn so far."""
        if self.enabled and self.done:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
