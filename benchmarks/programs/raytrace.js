// Class-heavy code: a small ray tracer written with ES2015 classes (immutable vectors,
// spheres and planes, diffuse + specular lighting, shadows, one reflection bounce).
const N = typeof SIZE === "number" ? SIZE : 48;

class Vec {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }
  add(o) { return new Vec(this.x + o.x, this.y + o.y, this.z + o.z); }
  sub(o) { return new Vec(this.x - o.x, this.y - o.y, this.z - o.z); }
  scale(k) { return new Vec(this.x * k, this.y * k, this.z * k); }
  mul(o) { return new Vec(this.x * o.x, this.y * o.y, this.z * o.z); }
  dot(o) { return this.x * o.x + this.y * o.y + this.z * o.z; }
  length() { return Math.sqrt(this.dot(this)); }
  norm() { return this.scale(1 / this.length()); }
}

class Ray {
  constructor(origin, dir) {
    this.origin = origin;
    this.dir = dir;
  }
  at(t) { return this.origin.add(this.dir.scale(t)); }
}

class Shape {
  constructor(color, reflect) {
    this.color = color;
    this.reflect = reflect;
  }
}

class Sphere extends Shape {
  constructor(center, radius, color, reflect) {
    super(color, reflect);
    this.center = center;
    this.radius = radius;
  }
  intersect(ray) {
    const oc = ray.origin.sub(this.center);
    const b = oc.dot(ray.dir);
    const c = oc.dot(oc) - this.radius * this.radius;
    const disc = b * b - c;
    if (disc < 0) return -1;
    const s = Math.sqrt(disc);
    let t = -b - s;
    if (t > 1e-6) return t;
    t = -b + s;
    return t > 1e-6 ? t : -1;
  }
  normal(p) { return p.sub(this.center).norm(); }
}

class Plane extends Shape {
  constructor(normal, offset, color, reflect) {
    super(color, reflect);
    this.n = normal;
    this.offset = offset;
  }
  intersect(ray) {
    const d = this.n.dot(ray.dir);
    if (Math.abs(d) < 1e-9) return -1;
    const t = -(this.n.dot(ray.origin) + this.offset) / d;
    return t > 1e-6 ? t : -1;
  }
  normal(p) { return this.n; }
}

class Scene {
  constructor() {
    this.shapes = [
      new Plane(new Vec(0, 1, 0), 1, new Vec(0.8, 0.8, 0.8), 0.2),
      new Sphere(new Vec(0, 0, 5), 1, new Vec(1, 0.2, 0.2), 0.3),
      new Sphere(new Vec(-1.8, -0.3, 6), 0.7, new Vec(0.2, 1, 0.2), 0.1),
      new Sphere(new Vec(1.7, 0.2, 4.5), 0.6, new Vec(0.2, 0.3, 1), 0.5),
    ];
    this.light = new Vec(-3, 5, 0);
    this.ambient = 0.1;
  }
  nearest(ray) {
    let best = null;
    let bestT = Infinity;
    for (const s of this.shapes) {
      const t = s.intersect(ray);
      if (t > 0 && t < bestT) {
        bestT = t;
        best = s;
      }
    }
    return best === null ? null : { shape: best, t: bestT };
  }
  trace(ray, depth) {
    const hit = this.nearest(ray);
    if (hit === null) return new Vec(0.1, 0.1, 0.15);
    const p = ray.at(hit.t);
    const n = hit.shape.normal(p);
    const toLight = this.light.sub(p);
    const lightDist = toLight.length();
    const l = toLight.scale(1 / lightDist);
    let intensity = this.ambient;
    const shadowHit = this.nearest(new Ray(p, l));
    if (shadowHit === null || shadowHit.t > lightDist) {
      const diffuse = n.dot(l);
      if (diffuse > 0) intensity += diffuse * 0.8;
      const h = l.sub(ray.dir).norm();
      const spec = n.dot(h);
      if (spec > 0) {
        const s2 = spec * spec, s4 = s2 * s2, s8 = s4 * s4;
        intensity += s8 * s8 * 0.4;
      }
    }
    let color = hit.shape.color.scale(intensity);
    if (depth > 0 && hit.shape.reflect > 0) {
      const r = ray.dir.sub(n.scale(2 * ray.dir.dot(n)));
      const bounced = this.trace(new Ray(p, r.norm()), depth - 1);
      color = color.scale(1 - hit.shape.reflect).add(bounced.scale(hit.shape.reflect));
    }
    return color;
  }
}

function toByte(c) {
  return Math.floor(Math.min(1, Math.max(0, c)) * 255);
}

function render(size) {
  const scene = new Scene();
  const eye = new Vec(0, 0.5, -1);
  let sum = 0;
  let lit = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dir = new Vec((x - size / 2) / size, (size / 2 - y) / size, 1).norm();
      const c = scene.trace(new Ray(eye, dir), 2);
      const r = toByte(c.x), g = toByte(c.y), b = toByte(c.z);
      sum = (sum * 31 + r * 65536 + g * 256 + b) % 1000000007;
      if (r + g + b > 300) lit++;
    }
  }
  return [sum, lit];
}

const [sum, lit] = render(N);
console.log(`raytrace ${N} ${sum} ${lit}`);
