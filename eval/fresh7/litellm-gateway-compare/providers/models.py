from litellm import completion

from .keys import CODESTRAL_KEY, COHERE_API_KEY, GROQ_API_KEY, TOGETHER_API_KEY

GATEWAY_ROUTES = {
    "groq-mixtral": dict(model="groq/mixtral-8x7b-32768", api_key=GROQ_API_KEY),
    "together-mistral": dict(model="together_ai/mistralai/Mistral-7B-Instruct-v0.3", api_key=TOGETHER_API_KEY),
    "cohere": dict(model="command-r", api_key=COHERE_API_KEY),
}


def run_codestral(prompt: str) -> str:
    res = completion(model="mistral/codestral-latest", api_key=CODESTRAL_KEY, messages=[{"role": "user", "content": prompt}])
    return res.choices[0].message.content


def run_gateway(route: str, prompt: str) -> str:
    res = completion(messages=[{"role": "user", "content": prompt}], **GATEWAY_ROUTES[route])
    return res.choices[0].message.content
