import json

from mattermostdriver import Driver

from .config import load
from .llm import Answerer

cfg = load()
print("starting with", cfg)
answerer = Answerer(cfg.mistral_api_key, cfg.model)
driver = Driver({"url": cfg.url, "token": cfg.bot_token, "scheme": "https", "port": 443})


async def on_event(raw):
    event = json.loads(raw)
    if event.get("event") != "posted":
        return
    post = json.loads(event["data"]["post"])
    if not post["message"].startswith("!ask "):
        return
    try:
        text = answerer.answer(post["message"][5:])
    except Exception as e:
        text = f"Mistral error: {e}"
    driver.posts.create_post({"channel_id": post["channel_id"], "message": text, "root_id": post["id"]})


if __name__ == "__main__":
    driver.login()
    driver.init_websocket(on_event)
