from mistralai import Mistral


def tag_lines(lines, model, api_key):
    client = Mistral(api_key=api_key)
    for line in lines:
        res = client.chat.complete(model=model, messages=[{"role": "user", "content": f"Tags for: {line}"}])
        yield line, res.choices[0].message.content
