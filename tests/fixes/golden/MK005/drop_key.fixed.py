# fix: MK005 drop-key
import logging
import os

from mistralai import Mistral

logger = logging.getLogger(__name__)
api_key = os.environ["MISTRAL_API_KEY"]
client = Mistral(api_key=api_key)

print("Loaded Mistral key: [redacted]")
logger.info("key=%s", "[redacted]")
print("key prefix", "[redacted]")
print("key configured:", bool(api_key))
