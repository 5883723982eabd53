import os
import sys

from mistralai import Mistral

from review_bot.config import load
from review_bot.gitlab import post_note

settings = load()
print(f"review bot starting with {settings}")
diff = os.popen("git diff origin/main...HEAD").read()
try:
    res = Mistral(api_key=settings.mistral_key).chat.complete(
        model=settings.model, messages=[{"role": "user", "content": f"Review this diff:\n{diff}"}])
except Exception as e:
    print("review failed:", e)
    sys.exit(1)
post_note(settings, os.environ["CI_PROJECT_ID"], os.environ["CI_MERGE_REQUEST_IID"], res.choices[0].message.content)
