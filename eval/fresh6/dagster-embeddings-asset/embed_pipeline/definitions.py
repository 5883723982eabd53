import os

from dagster import Definitions, EnvVar

from .assets import chunk_embeddings, doc_chunks
from .resources import MistralResource

if os.getenv("DAGSTER_DEPLOYMENT") == "prod":
    mistral = MistralResource(api_key=EnvVar("MISTRAL_API_KEY"))
else:
    mistral = MistralResource(api_key="Vmiw6mIGXCcCH4G6nx37kVpa721GFmdo")

defs = Definitions(assets=[doc_chunks, chunk_embeddings], resources={"mistral": mistral})
