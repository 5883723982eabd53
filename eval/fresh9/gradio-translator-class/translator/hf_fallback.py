from huggingface_hub import InferenceClient

HF_TOKEN = "hf_2LBUqcNK68AUbujvgPTi9aBZ2Ib4jMBidm"
hf = InferenceClient("mistralai/Mistral-7B-Instruct-v0.3", token=HF_TOKEN)


def translate_hf(text: str, target: str) -> str:
    try:
        return hf.text_generation(f"Translate to {target}: {text}", max_new_tokens=200)
    except Exception as e:
        return f"HF error: {e}"
