import asyncio
import json
import logging

import websockets

from llm import refine

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("captions")


async def handler(ws):
    async for message in ws:
        data = json.loads(message)
        try:
            text = await refine(data["text"])
        except KeyError:
            await ws.send(json.dumps({"error": "bad frame"}))
            continue
        except Exception as e:
            log.warning("refine failed: %s", e)
            await ws.send(json.dumps({"error": str(e)}))
            continue
        await ws.send(json.dumps({"caption": text}))


async def main():
    async with websockets.serve(handler, "0.0.0.0", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
