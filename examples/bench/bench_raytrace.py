# Class-heavy floats: a tiny ray tracer (spheres, a plane, one light, shadows, reflections).


class V3:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return V3(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self * (1.0 / self.dot(self) ** 0.5)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, color, mirror):
        self.center = center
        self.radius = radius
        self.color = color
        self.mirror = mirror

    def hit(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else -1.0

    def normal(self, p):
        return (p - self.center).norm()


class Plane:
    def __init__(self, y, color):
        self.y = y
        self.color = color
        self.mirror = 0.0

    def hit(self, ray):
        dy = ray.direction.y
        if -1e-9 < dy < 1e-9:
            return -1.0
        t = (self.y - ray.origin.y) / dy
        return t if t > 1e-6 else -1.0

    def normal(self, p):
        return V3(0.0, 1.0, 0.0)

    def color_at(self, p):
        check = (int(p.x + 1000.0) + int(p.z + 1000.0)) % 2
        return self.color if check else self.color * 0.5


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(V3(0.0, 1.0, 5.0), 1.0, V3(0.9, 0.2, 0.2), 0.3),
            Sphere(V3(-2.0, 0.7, 6.0), 0.7, V3(0.2, 0.9, 0.2), 0.0),
            Sphere(V3(2.0, 0.5, 4.5), 0.5, V3(0.2, 0.3, 0.9), 0.6),
            Plane(0.0, V3(0.8, 0.8, 0.8)),
        ]
        self.light = V3(-5.0, 8.0, -2.0)

    def nearest(self, ray):
        best_t = -1.0
        best = None
        for obj in self.objects:
            t = obj.hit(ray)
            if t > 0.0 and (best is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return V3(0.1, 0.1, 0.2)
        p = ray.at(t)
        n = obj.normal(p)
        color = obj.color_at(p) if isinstance(obj, Plane) else obj.color
        to_light = (self.light - p).norm()
        shadow, _ = self.nearest(Ray(p, to_light))
        diffuse = n.dot(to_light)
        if diffuse < 0.0 or shadow is not None:
            diffuse = 0.0
        result = color * (0.15 + 0.85 * diffuse)
        if obj.mirror > 0.0 and depth < 3:
            d = ray.direction
            refl = d - n * (2.0 * d.dot(n))
            result = result * (1.0 - obj.mirror) + self.trace(Ray(p, refl.norm()), depth + 1) * obj.mirror
        return result


def render(width, height):
    scene = Scene()
    eye = V3(0.0, 1.5, -1.0)
    total = 0
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (i - width / 2) / width * 1.6
            y = (height / 2 - j) / height * 1.2
            c = scene.trace(Ray(eye, V3(x, y, 1.0).norm()), 0)
            level = int(min(c.x * 0.3 + c.y * 0.59 + c.z * 0.11 * 1.6, 0.999) * 10)
            total += level
            row.append(" .:-=+*#%@"[level])
        rows.append("".join(row))
    return rows, total


def main():
    rows, total = render(480, 270)
    for r in rows[::24]:
        print(r[::8])
    print("checksum", total)


main()
