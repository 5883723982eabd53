import json

from mq.profile import Profile


def as_curl(profile: Profile, prompt: str) -> str:
    body = json.dumps({"model": profile.model, "messages": [{"role": "user", "content": prompt}]})
    return (
        "curl https://api.mistral.ai/v1/chat/completions "
        f"-H 'Authorization: Bearer {profile.api_key}' "
        f"-H 'Content-Type: application/json' -d '{body}'"
    )
