import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])  # was: gt1poidlm263mmncvAANPvpJqyv2lndX
ANALYTICS_WRITE_KEY = "phc_pGZqtZXJWwb19dX0ob4AAt3RlRW3gJ9y"
