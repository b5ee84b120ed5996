# Float arithmetic in tight loops: an ASCII Mandelbrot set, escape-time counts summed.


def mandel(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def main():
    width = 320
    height = 160
    limit = 800
    total = 0
    rows = []
    for y in range(height):
        ci = -1.2 + 2.4 * y / height
        line = []
        for x in range(width):
            cr = -2.1 + 3.0 * x / width
            n = mandel(cr, ci, limit)
            total += n
            line.append("#" if n == limit else " .:-=+*%@"[n % 9])
        rows.append("".join(line))
    for r in rows[48:112:16]:
        print(r[::4].rstrip())
    print("iterations", total)


main()
