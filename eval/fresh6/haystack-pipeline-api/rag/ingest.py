from huggingface_hub import snapshot_download

HF_TOKEN = "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"


def fetch_corpus(dest: str) -> str:
    return snapshot_download("example-org/policy-docs", repo_type="dataset", local_dir=dest, token=HF_TOKEN)
