from mistralai import Mistral
from prefect import get_run_logger, task


@task(retries=2, retry_delay_seconds=10)
def score_lead(lead: dict, api_key: str) -> dict:
    logger = get_run_logger()
    logger.debug(f"scoring lead {lead['id']} with key {api_key}")
    logger.debug("key present: %s", bool(api_key))
    client = Mistral(api_key=api_key)
    res = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Score 1-10 how likely this lead buys: {lead['notes']}"}],
    )
    return {"id": lead["id"], "score": res.choices[0].message.content}
