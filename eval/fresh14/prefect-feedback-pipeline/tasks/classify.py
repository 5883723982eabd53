from mistralai import Mistral
from prefect import get_run_logger, task


@task
def classify_batch(rows: list[str], api_key: str) -> list[str]:
    logger = get_run_logger()
    logger.info("classifying %d rows with key=%s", len(rows), api_key)
    client = Mistral(api_key=api_key)
    out = []
    for text in rows:
        res = client.classifiers.moderate(model="mistral-moderation-latest", inputs=[text])
        out.append(max(res.results[0].category_scores, key=res.results[0].category_scores.get))
    return out
