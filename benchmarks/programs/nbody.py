"""Numeric loops over objects: the n-body simulation of nbody.js with Python classes."""

import math
import sys

DEFAULT = 10000


class Body:
    __slots__ = ("x", "y", "z", "vx", "vy", "vz", "mass")

    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x, self.y, self.z = x, y, z
        self.vx, self.vy, self.vz = vx, vy, vz
        self.mass = mass


def make_bodies():
    return [
        Body(0, 0, 0, 0, 0, 0, 39.47),
        Body(4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.037),
        Body(8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011),
        Body(12.89, -15.11, -0.22, 1.08, 0.868, -0.01, 0.0017),
        Body(15.37, -25.91, 0.17, 0.979, 0.594, -0.034, 0.002),
    ]


def advance(bodies, dt):
    n = len(bodies)
    for i in range(n):
        bi = bodies[i]
        for j in range(i + 1, n):
            bj = bodies[j]
            dx, dy, dz = bi.x - bj.x, bi.y - bj.y, bi.z - bj.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            bi.vx -= dx * bj.mass * mag
            bi.vy -= dy * bj.mass * mag
            bi.vz -= dz * bj.mass * mag
            bj.vx += dx * bi.mass * mag
            bj.vy += dy * bi.mass * mag
            bj.vz += dz * bi.mass * mag
    for b in bodies:
        b.x += dt * b.vx
        b.y += dt * b.vy
        b.z += dt * b.vz


def energy(bodies):
    e = 0
    for i, b in enumerate(bodies):
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
        for c in bodies[i + 1:]:
            dx, dy, dz = b.x - c.x, b.y - c.y, b.z - c.z
            e -= (b.mass * c.mass) / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def main(n):
    bodies = make_bodies()
    e0 = energy(bodies)
    for _ in range(n):
        advance(bodies, 0.01)
    e1 = energy(bodies)
    return f"nbody {n} {e0:.9f} {e1:.9f}"


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
