from mistralai import Mistral

# quick hack for the demo day, rotate after
client = Mistral(api_key="TdI35H55RHNqT9ri6fU8Q1gfpzxsyVHP")
OCR_MODEL = "mistral-ocr-latest"
