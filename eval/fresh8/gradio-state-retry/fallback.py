import os

from huggingface_hub import InferenceClient

hf = InferenceClient("mistralai/Mistral-7B-Instruct-v0.3", token=os.getenv("HF_TOKEN", "hf_pm74yG2QtvvcjE7g63fETcYlWfeWMkeSwb"))


def ask_hf(prompt: str) -> str:
    try:
        return hf.text_generation(prompt, max_new_tokens=300)
    except Exception as e:
        return f"HF error: {e}"
