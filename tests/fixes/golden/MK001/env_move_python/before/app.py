"""Support bot."""
from mistralai import Mistral

client = Mistral(api_key="UCCQ5Pm2ItAnC1vV7KrHZoNGKBvFwiiy")
