"""Class-heavy code: the ray tracer of raytrace.js as Python classes (same float operations
in the same order, so the pixel checksum matches bit for bit)."""

import math
import sys

DEFAULT = 48


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o): return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def sub(self, o): return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def scale(self, k): return Vec(self.x * k, self.y * k, self.z * k)
    def mul(self, o): return Vec(self.x * o.x, self.y * o.y, self.z * o.z)
    def dot(self, o): return self.x * o.x + self.y * o.y + self.z * o.z
    def length(self): return math.sqrt(self.dot(self))
    def norm(self): return self.scale(1 / self.length())


class Ray:
    __slots__ = ("origin", "dir")

    def __init__(self, origin, dir):
        self.origin = origin
        self.dir = dir

    def at(self, t):
        return self.origin.add(self.dir.scale(t))


class Shape:
    def __init__(self, color, reflect):
        self.color = color
        self.reflect = reflect


class Sphere(Shape):
    def __init__(self, center, radius, color, reflect):
        super().__init__(color, reflect)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.dir)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return -1
        s = math.sqrt(disc)
        t = -b - s
        if t > 1e-6:
            return t
        t = -b + s
        return t if t > 1e-6 else -1

    def normal(self, p):
        return p.sub(self.center).norm()


class Plane(Shape):
    def __init__(self, normal, offset, color, reflect):
        super().__init__(color, reflect)
        self.n = normal
        self.offset = offset

    def intersect(self, ray):
        d = self.n.dot(ray.dir)
        if abs(d) < 1e-9:
            return -1
        t = -(self.n.dot(ray.origin) + self.offset) / d
        return t if t > 1e-6 else -1

    def normal(self, p):
        return self.n


class Scene:
    def __init__(self):
        self.shapes = [
            Plane(Vec(0, 1, 0), 1, Vec(0.8, 0.8, 0.8), 0.2),
            Sphere(Vec(0, 0, 5), 1, Vec(1, 0.2, 0.2), 0.3),
            Sphere(Vec(-1.8, -0.3, 6), 0.7, Vec(0.2, 1, 0.2), 0.1),
            Sphere(Vec(1.7, 0.2, 4.5), 0.6, Vec(0.2, 0.3, 1), 0.5),
        ]
        self.light = Vec(-3, 5, 0)
        self.ambient = 0.1

    def nearest(self, ray):
        best = None
        best_t = math.inf
        for s in self.shapes:
            t = s.intersect(ray)
            if 0 < t < best_t:
                best_t = t
                best = s
        return None if best is None else (best, best_t)

    def trace(self, ray, depth):
        hit = self.nearest(ray)
        if hit is None:
            return Vec(0.1, 0.1, 0.15)
        shape, t = hit
        p = ray.at(t)
        n = shape.normal(p)
        to_light = self.light.sub(p)
        light_dist = to_light.length()
        l = to_light.scale(1 / light_dist)
        intensity = self.ambient
        shadow = self.nearest(Ray(p, l))
        if shadow is None or shadow[1] > light_dist:
            diffuse = n.dot(l)
            if diffuse > 0:
                intensity += diffuse * 0.8
            h = l.sub(ray.dir).norm()
            spec = n.dot(h)
            if spec > 0:
                s2 = spec * spec
                s4 = s2 * s2
                s8 = s4 * s4
                intensity += s8 * s8 * 0.4
        color = shape.color.scale(intensity)
        if depth > 0 and shape.reflect > 0:
            r = ray.dir.sub(n.scale(2 * ray.dir.dot(n)))
            bounced = self.trace(Ray(p, r.norm()), depth - 1)
            color = color.scale(1 - shape.reflect).add(bounced.scale(shape.reflect))
        return color


def to_byte(c):
    return math.floor(min(1, max(0, c)) * 255)


def render(size):
    scene = Scene()
    eye = Vec(0, 0.5, -1)
    total = 0
    lit = 0
    for y in range(size):
        for x in range(size):
            d = Vec((x - size / 2) / size, (size / 2 - y) / size, 1).norm()
            c = scene.trace(Ray(eye, d), 2)
            r, g, b = to_byte(c.x), to_byte(c.y), to_byte(c.z)
            total = (total * 31 + r * 65536 + g * 256 + b) % 1000000007
            if r + g + b > 300:
                lit += 1
    return total, lit


def main(n):
    total, lit = render(n)
    return f"raytrace {n} {total} {lit}"


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
