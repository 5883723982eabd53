import os

from prefect import flow

from tasks.classify import classify_batch
from tasks.load import load_feedback


@flow(log_prints=True)
def feedback_flow(limit: int = 200):
    rows = load_feedback(os.environ.get("FEEDBACK_BUCKET", "s3://acme-feedback"), limit)
    labels = classify_batch(rows, api_key=os.environ["MISTRAL_API_KEY"])
    print(f"classified {len(labels)} rows")
