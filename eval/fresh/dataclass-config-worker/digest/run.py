import logging

from mistralai import Mistral

from .config import load_config

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("digest")


def main() -> None:
    cfg = load_config()
    log.info("starting with %s", cfg)
    log.info("model=%s batch=%d", cfg.model, cfg.batch_size)
    client = Mistral(api_key=cfg.mistral_api_key)
    log.info("key present: %s", bool(cfg.mistral_api_key))
    for doc in ["a", "b"]:
        res = client.chat.complete(model=cfg.model, messages=[{"role": "user", "content": doc}])
        log.info("tokens=%s", res.usage.total_tokens)


if __name__ == "__main__":
    main()
