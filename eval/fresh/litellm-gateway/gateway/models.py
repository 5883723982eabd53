import os

from litellm import acompletion


async def mistral_reply(prompt: str) -> str:
    res = await acompletion(
        model="mistral/mistral-small-latest",
        messages=[{"role": "user", "content": prompt}],
        api_key=os.environ["MISTRAL_API_KEY"],
    )
    return res.choices[0].message.content


async def openrouter_reply(prompt: str) -> str:
    res = await acompletion(
        model="openrouter/mistralai/mistral-7b-instruct",
        messages=[{"role": "user", "content": prompt}],
        api_key=os.environ["OPENROUTER_API_KEY"],
    )
    return res.choices[0].message.content


async def local_reply(prompt: str) -> str:
    res = await acompletion(
        model="ollama/mistral",
        messages=[{"role": "user", "content": prompt}],
        api_base="http://localhost:11434",
    )
    return res.choices[0].message.content
