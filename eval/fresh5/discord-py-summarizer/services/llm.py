from mistralai import Mistral

from config import API_SECRET, SUMMARY_MODEL

client = Mistral(api_key=API_SECRET)


async def summarize(lines: list[str]) -> str:
    transcript = "\n".join(lines[-200:])
    res = await client.chat.complete_async(
        model=SUMMARY_MODEL,
        messages=[{"role": "user", "content": "Summarize this channel:\n" + transcript}],
    )
    return res.choices[0].message.content
