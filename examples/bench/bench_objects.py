# Method calls and object creation: a small particle simulation with vector objects.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.bounces = 0

    def step(self, gravity, dt):
        self.vel = self.vel.add(gravity.scale(dt))
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.y < 0.0:
            self.pos = Vec(self.pos.x, -self.pos.y)
            self.vel = Vec(self.vel.x, -self.vel.y * 0.9)
            self.bounces += 1

    def energy(self):
        return 0.5 * self.mass * self.vel.dot(self.vel) + self.mass * 9.81 * self.pos.y


class World:
    def __init__(self, n):
        self.gravity = Vec(0.0, -9.81)
        self.particles = []
        for i in range(n):
            pos = Vec(i * 0.5, 10.0 + (i % 7))
            vel = Vec((i % 5) - 2.0, (i % 3) * 1.5)
            self.particles.append(Particle(pos, vel, 1.0 + (i % 4)))

    def run(self, steps, dt):
        for _ in range(steps):
            for p in self.particles:
                p.step(self.gravity, dt)

    def total_energy(self):
        e = 0.0
        for p in self.particles:
            e += p.energy()
        return e

    def bounces(self):
        return sum([p.bounces for p in self.particles])


def main():
    world = World(300)
    e0 = world.total_energy()
    world.run(3300, 0.01)
    print("energy %.6f -> %.6f" % (e0, world.total_energy()))
    print("bounces", world.bounces())


main()
