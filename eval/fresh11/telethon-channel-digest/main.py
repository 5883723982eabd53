from telethon import TelegramClient, events

import config
from summarizer import digest

client = TelegramClient("digest", config.API_ID, config.API_HASH)


@client.on(events.NewMessage(pattern=r"/digest"))
async def on_digest(event):
    posts = [m.text async for m in client.iter_messages(config.CHANNELS[0], limit=20) if m.text]
    try:
        text = await digest(posts)
    except Exception as exc:
        await event.reply(f"Digest failed: {exc}")
        return
    await event.reply(text)


client.start()
client.run_until_disconnected()
