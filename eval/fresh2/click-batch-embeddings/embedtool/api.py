import requests

from embedtool.settings import API_BASE, get_api_key


def auth_headers() -> dict:
    return {"Authorization": f"Bearer {get_api_key()}", "Content-Type": "application/json"}


def embed(texts: list[str], verbose: bool = False) -> list[list[float]]:
    resp = requests.post(
        f"{API_BASE}/embeddings",
        json={"model": "mistral-embed", "input": texts},
        headers=auth_headers(),
        timeout=60,
    )
    if verbose:
        print("request headers:", resp.request.headers)
        print("status:", resp.status_code, "usage:", resp.json().get("usage"))
    resp.raise_for_status()
    return [row["embedding"] for row in resp.json()["data"]]
