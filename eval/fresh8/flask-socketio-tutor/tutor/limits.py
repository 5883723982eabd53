import time

_last: dict[str, float] = {}


def allowed(sid: str, every: float = 2.0) -> bool:
    now = time.monotonic()
    if now - _last.get(sid, 0) < every:
        return False
    _last[sid] = now
    return True
