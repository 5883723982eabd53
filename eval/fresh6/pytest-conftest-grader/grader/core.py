import os

from mistralai import Mistral


def grade(answer: str, rubric: str) -> int:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    res = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Rubric:\n{rubric}\n\nAnswer:\n{answer}\n\nScore 0-5, digit only."}],
    )
    return int(res.choices[0].message.content.strip()[0])
