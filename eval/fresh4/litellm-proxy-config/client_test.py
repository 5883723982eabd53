from openai import OpenAI

# talks to the local litellm proxy, not to Mistral
client = OpenAI(api_key="sk-1234", base_url="http://localhost:4000")

for name in ("small", "large", "local"):
    r = client.chat.completions.create(model=name, messages=[{"role": "user", "content": "ping"}])
    print(name, r.choices[0].message.content[:60])
