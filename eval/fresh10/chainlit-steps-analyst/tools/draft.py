import httpx

OLLAMA = "http://localhost:11434/api/generate"


async def quick_draft(prompt: str) -> str:
    async with httpx.AsyncClient(timeout=60) as http:
        r = await http.post(OLLAMA, json={"model": "mistral:7b-instruct", "prompt": prompt, "stream": False})
        r.raise_for_status()
        return r.json()["response"]
