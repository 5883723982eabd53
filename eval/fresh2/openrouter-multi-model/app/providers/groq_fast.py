from groq import Groq

API_KEY = "q66oqXr1lf3p4EWZffEKybPsra6gnjzK"
client = Groq(api_key=API_KEY)


def ask_groq(prompt: str) -> str:
    res = client.chat.completions.create(
        model="mixtral-8x7b-32768",
        messages=[{"role": "user", "content": prompt}],
    )
    return res.choices[0].message.content
