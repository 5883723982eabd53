from mistralai import Mistral

PROMPT = "Explain the term '{term}' in two plain sentences."


def explain(client: Mistral, model: str, term: str) -> str:
    res = client.chat.complete(
        model=model,
        messages=[{"role": "user", "content": PROMPT.format(term=term)}],
    )
    return res.choices[0].message.content
