import os

import httpx
from prefect import task

HUBSPOT_TOKEN = os.environ["HUBSPOT_TOKEN"]


@task
def load_leads(limit: int) -> list[dict]:
    r = httpx.get(
        "https://api.hubapi.com/crm/v3/objects/contacts",
        params={"limit": limit},
        headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"},
    )
    return [{"id": c["id"], "notes": c["properties"].get("notes", "")} for c in r.json()["results"]]
