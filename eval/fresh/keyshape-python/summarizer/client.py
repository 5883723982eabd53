import os

from mistralai import Mistral

MISTRAL_API_KEY = "mPdBUwaJWuoAUSSxYSQNmPTjcJCmjfKR"

client = Mistral(api_key=os.environ.get("MISTRAL_API_KEY") or MISTRAL_API_KEY)
backup = Mistral(api_key=os.environ["MISTRAL_BACKUP_KEY"])  # rotated, old one was mPdZ3bJiWCHxU8fSu9USWiZGNiiPVbD9
