#!/usr/bin/env python3
"""Draws src/icon.png, the package icon (128 x 128 RGBA): three bars of different lengths, one per source, on a
rounded dark square, the shape of a frame-distribution chart. Standard library only (zlib, struct): rerun after
changing a colour or a size, and commit the PNG."""
import pathlib
import struct
import zlib

SIZE = 128
RADIUS = 20
BACKGROUND = (28, 43, 74)
BARS = [  # (top, length, colour): outlet bars as in the report's charts
    (30, 84, (242, 169, 59)),
    (56, 58, (86, 180, 233)),
    (82, 96, (0, 158, 115)),
]
BAR_HEIGHT = 16
LEFT = 16


def inside_rounded_square(x: int, y: int) -> bool:
    cx = min(max(x, RADIUS), SIZE - 1 - RADIUS)
    cy = min(max(y, RADIUS), SIZE - 1 - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2


def pixel(x: int, y: int) -> tuple[int, int, int, int]:
    if not inside_rounded_square(x, y):
        return (0, 0, 0, 0)
    for top, length, colour in BARS:
        if top <= y < top + BAR_HEIGHT and LEFT <= x < LEFT + length:
            return (*colour, 255)
    return (*BACKGROUND, 255)


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def main() -> None:
    rows = b"".join(b"\x00" + bytes(c for x in range(SIZE) for c in pixel(x, y)) for y in range(SIZE))
    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows, 9))
           + chunk(b"IEND", b""))
    out = pathlib.Path(__file__).resolve().parent.parent / "src" / "icon.png"
    out.write_bytes(png)
    print(f"{out}: {len(png)} bytes")


if __name__ == "__main__":
    main()
