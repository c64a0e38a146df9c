"""Draw the kernel logos (a yellow square with a black "JS", like the language's mark).

Writes logo-32x32.png and logo-64x64.png into kernelspec/ and jskernel/resources/
(the copies `jskernel install` ships).  Pure standard library: zlib + struct, no PIL.
Run from anywhere:  python kernelspec/make_logos.py
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

YELLOW = (0xF7, 0xDF, 0x1E, 0xFF)
BLACK = (0x00, 0x00, 0x00, 0xFF)

GLYPHS = {  # 5x7 bitmap letters
    "J": ["00111", "00010", "00010", "00010", "10010", "10010", "01100"],
    "S": ["01111", "10000", "10000", "01110", "00001", "00001", "11110"],
}


def draw(size: int) -> list[list[tuple[int, int, int, int]]]:
    pixels = [[YELLOW] * size for _ in range(size)]
    scale = size // 16
    margin = size // 16
    width = (5 + 1 + 5) * scale
    left, top = size - margin - width, size - margin - 7 * scale
    for index, letter in enumerate("JS"):
        x0 = left + index * 6 * scale
        for row, bits in enumerate(GLYPHS[letter]):
            for col, bit in enumerate(bits):
                if bit == "1":
                    for dy in range(scale):
                        for dx in range(scale):
                            pixels[top + row * scale + dy][x0 + col * scale + dx] = BLACK
    return pixels


def png(pixels) -> bytes:
    height, width = len(pixels), len(pixels[0])
    raw = b"".join(b"\x00" + b"".join(bytes(p) for p in row) for row in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    for size in (32, 64):
        data = png(draw(size))
        for folder in (root / "kernelspec", root / "jskernel" / "resources"):
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"logo-{size}x{size}.png").write_bytes(data)


if __name__ == "__main__":
    main()
