async def f(xs):
    yield from xs
