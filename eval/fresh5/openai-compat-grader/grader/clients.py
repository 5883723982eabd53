import os

from openai import OpenAI

mistral = OpenAI(
    base_url="https://api.mistral.ai/v1",
    api_key=os.getenv("MISTRAL_API_KEY", "i7nn8rHbod7ey9SIGFi8FZlZGsbzZsX5"),
)

together = OpenAI(
    base_url="https://api.together.xyz/v1",
    api_key=os.getenv("TOGETHER_API_KEY", "094ef07226d4215f88f4fdaa50269c7c12963a30012f6add591d149c6f2b69fb"),
)
