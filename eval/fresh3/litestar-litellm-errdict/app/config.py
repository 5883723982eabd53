from decouple import config

MISTRAL_API_KEY = config("MISTRAL_API_KEY", default="UN0tnKmJ4vlt99BBevDDmN4DyuUQ0rDO")
SECRET_KEY = config("SECRET_KEY", default="zPdoI5TuhREUsfXQ6GVlTzq1LrFoKCHI")
MODEL = config("LLM_MODEL", default="mistral/mistral-small-latest")
