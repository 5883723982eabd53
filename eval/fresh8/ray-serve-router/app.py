import os

from mistralai import Mistral
from ray import serve
from starlette.requests import Request
from starlette.responses import JSONResponse
from together import Together


@serve.deployment(num_replicas=2)
class Assistant:
    def __init__(self):
        self.mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
        self.together = Together(api_key=os.environ["TOGETHER_API_KEY"])

    async def __call__(self, request: Request):
        body = await request.json()
        msgs = [{"role": "user", "content": body["prompt"]}]
        if body.get("provider") == "together":
            try:
                r = self.together.chat.completions.create(model="mistralai/Mixtral-8x7B-Instruct-v0.1", messages=msgs)
                return JSONResponse({"text": r.choices[0].message.content})
            except Exception as e:
                return JSONResponse({"error": str(e)}, status_code=502)
        try:
            r = await self.mistral.chat.complete_async(model="mistral-small-latest", messages=msgs)
            return JSONResponse({"text": r.choices[0].message.content})
        except Exception:
            return JSONResponse({"error": "model unavailable"}, status_code=502)


deployment = Assistant.bind()
