from mistralai import Mistral

import config

_client = Mistral(api_key=config.MISTRAL_API_KEY)


def describe(df_summary: str) -> str:
    resp = _client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Give three insights about these sales figures:\n" + df_summary}],
    )
    return resp.choices[0].message.content
