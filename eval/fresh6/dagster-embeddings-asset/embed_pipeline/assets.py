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
    context.log.info("embedded %d chunks into collection 69e3e792810461a546d89dc6a480e875", len(vectors))
    return vectors
