"""A small CPU-bound program: the bundled example of the Quick start."""


def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main() -> None:
    total = 0
    for i in range(30):
        total += fib(i) % 1_000_007
    print(f"checksum: {total}")


if __name__ == "__main__":
    main()
