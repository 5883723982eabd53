from groq import Groq

GROQ_API_KEY = "gsk_J75p6I0GK3NDXnR17Jjz4uvsye49QGEA"
client = Groq(api_key=GROQ_API_KEY)
MODEL = "mixtral-8x7b-32768"


def complete(prompt: str) -> str:
    res = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": prompt}])
    return res.choices[0].message.content
