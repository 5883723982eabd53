from litellm import completion

from .keys import LLM_KEY

SYSTEM = "You are a patient French tutor. Correct the learner's sentence and explain briefly."


def correct(sentence: str) -> str:
    resp = completion(
        model="mistral/mistral-small-latest",
        api_key=LLM_KEY,
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": sentence},
        ],
    )
    return resp.choices[0].message.content
