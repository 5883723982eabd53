import logging
import os

import modal

log = logging.getLogger("embed")
app = modal.App("doc-embeddings")
image = modal.Image.debian_slim().pip_install("mistralai>=1.2", "numpy")
mistral_secret = modal.Secret.from_dict({"MISTRAL_API_KEY": "GZ07fpqqLQNgGOo05LZDtg03OrEwgxBN"})
qdrant_secret = modal.Secret.from_name("qdrant-prod")


def debug_env():
    log.debug("container env: %s", dict(os.environ))
