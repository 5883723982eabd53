from openai import OpenAI


class OpenAICompatibleProvider:
    base_url: str = "https://api.openai.com/v1"

    def __init__(self, api_key: str, model: str) -> None:
        self.client = OpenAI(api_key=api_key, base_url=self.base_url)
        self.model = model

    def complete(self, prompt: str) -> str:
        res = self.client.chat.completions.create(
            model=self.model, messages=[{"role": "user", "content": prompt}]
        )
        return res.choices[0].message.content
