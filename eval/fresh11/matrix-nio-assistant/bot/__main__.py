import asyncio

from nio import AsyncClient, RoomMessageText

from bot import settings
from bot.handlers import make_handler


async def main():
    client = AsyncClient(settings.HOMESERVER, settings.USER_ID)
    await client.login(settings.PASSWORD)
    client.add_event_callback(make_handler(client), RoomMessageText)
    await client.sync_forever(timeout=30000)


asyncio.run(main())
