# The if __name__ == "__main__" idiom and a small simulation.
def simulate(steps):
    pos, vel = 0.0, 1.0
    for _ in range(steps):
        vel -= 0.1 * pos
        pos += 0.1 * vel
    return round(pos, 6), round(vel, 6)


def main():
    for steps in (10, 100, 1000):
        print(steps, simulate(steps))


if __name__ == "__main__":
    main()
