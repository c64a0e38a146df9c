"""Numeric loops: Mandelbrot set membership on an N x N grid (same work as mandelbrot.js)."""

import sys

DEFAULT = 120


def mandelbrot(size, max_iter):
    inside = 0
    iter_sum = 0
    for y in range(size):
        ci = (2.0 * y) / size - 1.0
        for x in range(size):
            cr = (2.5 * x) / size - 2.0
            zr = zi = zr2 = zi2 = 0.0
            i = 0
            while i < max_iter and zr2 + zi2 <= 4.0:
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                zr2 = zr * zr
                zi2 = zi * zi
                i += 1
            if i == max_iter:
                inside += 1
            iter_sum += i
    return inside, iter_sum


def main(n):
    inside, iter_sum = mandelbrot(n, 50)
    return f"mandelbrot {n} {inside} {iter_sum}"


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
