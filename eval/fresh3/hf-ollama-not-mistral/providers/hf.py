from huggingface_hub import InferenceClient

API_KEY = "hfFtaNSxxxq1p4D3syXuaZSZIMYkAANi"
HF_TOKEN = "hf_kdlTIvdvQI2KQXCmjYl9BraPo9yiFXAGK3"

hosted = InferenceClient("mistralai/Mistral-7B-Instruct-v0.3", token=API_KEY)
backup = InferenceClient("mistralai/Mixtral-8x7B-Instruct-v0.1", token=HF_TOKEN)


def hosted_answer(prompt: str) -> str:
    return hosted.text_generation(prompt, max_new_tokens=256)
