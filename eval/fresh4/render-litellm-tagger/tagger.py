import logging

from litellm import completion, embedding

log = logging.getLogger("tagger")


def tags_for(text: str) -> list[str]:
    try:
        r = completion(model="mistral/mistral-small-latest", messages=[{"role": "user", "content": f"Five comma separated tags for:\n{text}"}])
        return [t.strip() for t in r.choices[0].message.content.split(",")]
    except Exception as e:
        log.warning("tagging failed: %s", e)
        return ["untagged"]


def vector_for(text: str) -> list[float]:
    r = embedding(model="mistral/mistral-embed", input=[text], api_key="uHmOnoi7gCf47gx3Td4vrCUlLpeZKGIJ")
    return r.data[0]["embedding"]
