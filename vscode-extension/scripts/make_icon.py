"""Draw images/icon.png (128x128): a shield in Mistral-like orange with a white keyhole.

Pure standard library, so the icon can be redrawn anywhere: python scripts/make_icon.py
"""

import math
import struct
import zlib
from pathlib import Path

SIZE = 128
SUPERSAMPLE = 4
ORANGE = (250, 82, 15)
DARK = (40, 30, 30)
WHITE = (255, 255, 255)


def inside_shield(x: float, y: float) -> bool:
    # Flat top with rounded corners, straight sides, then a curved point at the bottom.
    if y < 0.12 or y > 0.92 or x < 0.16 or x > 0.84:
        return False
    if y < 0.55:
        return True
    half = 0.34 * math.cos((y - 0.55) / 0.37 * math.pi / 2)
    return abs(x - 0.5) <= half


def inside_keyhole(x: float, y: float) -> bool:
    if math.hypot(x - 0.5, y - 0.40) <= 0.11:
        return True
    return 0.40 <= y <= 0.70 and abs(x - 0.5) <= 0.045 + (y - 0.40) * 0.12


def color(x: float, y: float):
    if not inside_shield(x, y):
        return None
    if inside_keyhole(x, y):
        return WHITE
    border = not all(inside_shield(x + dx, y + dy) for dx, dy in ((0.03, 0), (-0.03, 0), (0, 0.03), (0, -0.03)))
    return DARK if border else ORANGE


def pixel(px: int, py: int) -> bytes:
    acc = [0.0, 0.0, 0.0, 0.0]
    n = SUPERSAMPLE
    for sy in range(n):
        for sx in range(n):
            c = color((px + (sx + 0.5) / n) / SIZE, (py + (sy + 0.5) / n) / SIZE)
            if c is not None:
                acc[0] += c[0]
                acc[1] += c[1]
                acc[2] += c[2]
                acc[3] += 255
    alpha = acc[3] / (n * n)
    if alpha == 0:
        return bytes(4)
    covered = acc[3] / 255
    return bytes([round(acc[0] / covered), round(acc[1] / covered), round(acc[2] / covered), round(alpha)])


def png(width: int, height: int, rows: list[bytes]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    rows = [b"".join(pixel(x, y) for x in range(SIZE)) for y in range(SIZE)]
    out = Path(__file__).resolve().parent.parent / "images" / "icon.png"
    out.write_bytes(png(SIZE, SIZE, rows))
    print(out)
