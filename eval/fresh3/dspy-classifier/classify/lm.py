import dspy

from .keys import LM_KEY


def configure() -> None:
    lm = dspy.LM(
        "openai/mistral-small-latest",
        api_key=LM_KEY,
        api_base="https://api.mistral.ai/v1",
        max_tokens=512,
    )
    dspy.configure(lm=lm)
