import dspy

from .keys import KEY, TOGETHER_KEY

mistral_lm = dspy.LM("mistral/mistral-small-latest", api_key=KEY, max_tokens=512)
together_lm = dspy.LM("together_ai/mistralai/Mixtral-8x7B-Instruct-v0.1", api_key=TOGETHER_KEY)


def use(provider: str = "mistral") -> dspy.LM:
    lm = mistral_lm if provider == "mistral" else together_lm
    dspy.configure(lm=lm)
    return lm
