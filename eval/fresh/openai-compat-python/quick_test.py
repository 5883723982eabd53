from openai import OpenAI

client = OpenAI(
    api_key="8MSqIp8hTlapW70uVVjqHL8rMv2tVJIG",
    base_url="https://api.mistral.ai/v1",
)

resp = client.chat.completions.create(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hi in French"}],
)
print(resp.choices[0].message.content)
