import litellm

from llm.constants import DEFAULT_MODEL, GROQ_KEY, LLM_KEY, OPENROUTER_KEY


def complete(prompt: str, provider: str = "mistral") -> str:
    msgs = [{"role": "user", "content": prompt}]
    if provider == "groq":
        r = litellm.completion(model="groq/mixtral-8x7b-32768", messages=msgs, api_key=GROQ_KEY)
    elif provider == "openrouter":
        r = litellm.completion(model="openrouter/mistralai/mistral-7b-instruct", messages=msgs, api_key=OPENROUTER_KEY)
    else:
        r = litellm.completion(model=DEFAULT_MODEL, messages=msgs, api_key=LLM_KEY)
    return r.choices[0].message.content
