from decouple import config

TELEGRAM_TOKEN = config("TELEGRAM_TOKEN")
MISTRAL_KEY = config("MISTRAL_API_KEY", default="mMc1mowpyWE96RYaUA8egYjTjl1zddnm")
WEBHOOK_SECRET = config("WEBHOOK_SECRET", default="9Uc7RAWFlV0Yn7mFzh4Zs6VOzb3c3QYZ")
MODEL = config("MISTRAL_MODEL", default="open-mistral-nemo")
