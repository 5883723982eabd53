import asyncio
import sys

from triage.cfg import TriageConfig
from triage.workflow import TriageFlow


async def main(ticket: str):
    cfg = TriageConfig()
    print("config:", vars(cfg))
    result = await TriageFlow(cfg, timeout=60).run(ticket=ticket)
    print(result)


if __name__ == "__main__":
    asyncio.run(main(" ".join(sys.argv[1:])))
