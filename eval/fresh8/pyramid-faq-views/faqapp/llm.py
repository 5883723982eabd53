from mistralai import Mistral


class FaqAnswerer:
    def __init__(self, api_key: str, model: str):
        self._client = Mistral(api_key=api_key)
        self._model = model

    def answer(self, question: str, context: str) -> str:
        res = self._client.chat.complete(
            model=self._model,
            messages=[{"role": "system", "content": context}, {"role": "user", "content": question}],
        )
        return res.choices[0].message.content
