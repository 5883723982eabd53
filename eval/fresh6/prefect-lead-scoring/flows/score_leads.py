from prefect import flow, get_run_logger
from prefect.blocks.system import Secret

from tasks.crm import load_leads
from tasks.llm import score_lead


@flow(name="score-leads", retries=1)
def score_leads(limit: int = 50):
    logger = get_run_logger()
    api_key = Secret.load("mistral-api-key").get()
    leads = load_leads(limit)
    logger.info("scoring %d leads", len(leads))
    return [score_lead(lead, api_key) for lead in leads]


if __name__ == "__main__":
    score_leads.serve(name="nightly", cron="0 2 * * *")
