from mistralai import Mistral

from .config import ToolConfig


class Summariser:
    def __init__(self, cfg: ToolConfig):
        self._cfg = cfg
        self._client = Mistral(api_key=cfg.api_key)

    def summarise(self, text: str) -> str:
        res = self._client.chat.complete(
            model=self._cfg.model,
            messages=[
                {"role": "system", "content": "Summarise the paper in five bullet points."},
                {"role": "user", "content": text[: self._cfg.max_chars]},
            ],
        )
        return res.choices[0].message.content
