from mistralai import Mistral


def summarize(settings, text: str) -> str:
    client = Mistral(api_key=settings["mistral.api_key"])
    resp = client.chat.complete(
        model=settings.get("mistral.model", "mistral-small-latest"),
        messages=[{"role": "user", "content": f"Summarize:\n{text}"}],
    )
    return resp.choices[0].message.content
