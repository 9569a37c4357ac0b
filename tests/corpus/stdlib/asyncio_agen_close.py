# asyncio closes the async generators a program left unfinished (a break
# out of async for) when asyncio.run ends: shutdown_asyncgens.
import asyncio

async def agen(n):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", n)

async def main():
    async for x in agen(1):
        break
    print("after loop 1")
    g = agen(2)
    async for x in g:
        break
    print("after loop 2")
    async for x in agen(3):
        pass
    print("after loop 3 (ran to the end)")
    never = agen(4)
    await asyncio.sleep(0)
    print("after sleep")

asyncio.run(main())
print("end")
