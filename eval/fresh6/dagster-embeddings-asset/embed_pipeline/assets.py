from dagster import AssetExecutionContext, asset

from .resources import MistralResource


@asset
def doc_chunks() -> list[str]:
    with open("data/handbook.md") as fh:
        text = fh.read()
    return [text[i : i + 800] for i in range(0, len(text), 800)]


@asset
def chunk_embeddings(context: AssetExecutionContext, mistral: MistralResource, doc_chunks: list[str]):
    vectors = mistral.embed(doc_chunks)
    context.log.info("embedded %d chunks into collection e5a6fdb1b29c78b641c6f69d41f63eba", len(vectors))
    return vectors
