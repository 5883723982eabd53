from kedro.pipeline import node, pipeline

from .nodes import summarize


def create_pipeline(**kwargs):
    return pipeline([node(summarize, ["reviews", "params:summaries", "params:mistral_credentials"], "summaries")])
