import pandas as pd
from dagster import AssetExecutionContext, asset

from .resources import MistralResource


@asset
def articles() -> pd.DataFrame:
    return pd.read_parquet("data/articles.parquet")


@asset
def article_embeddings(context: AssetExecutionContext, articles: pd.DataFrame, mistral: MistralResource) -> pd.DataFrame:
    context.log.info(f"embedding {len(articles)} rows, resource key {mistral.api_key}")
    vectors = mistral.embed(articles["body"].tolist())
    return articles.assign(vector=vectors)
