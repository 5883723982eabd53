import fire
from mistralai import Mistral

from digest.config import load


class Digest:
    def show_config(self):
        print(load())

    def run(self, feed: str):
        cfg = load()
        client = Mistral(api_key=cfg["api_key"])
        res = client.chat.complete(model=cfg["model"], messages=[{"role": "user", "content": f"Digest {feed}"}])
        print(res.choices[0].message.content)


if __name__ == "__main__":
    fire.Fire(Digest)
