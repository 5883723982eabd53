from datetime import datetime

from airflow.decorators import dag, task
from airflow.models import Variable


@dag(schedule="0 7 * * *", start_date=datetime(2024, 9, 1), catchup=False, tags=["llm"])
def news_digest():
    @task
    def fetch_headlines() -> list[str]:
        import feedparser

        feed = feedparser.parse("https://www.lemonde.fr/rss/une.xml")
        return [e.title for e in feed.entries[:15]]

    @task
    def summarize(headlines: list[str]) -> str:
        from mistralai import Mistral

        key = Variable.get("mistral_api_key", default_var="OwlDMCHkZnMoNVoFv3ogpWe6Ndmw9BNz")
        client = Mistral(api_key=key)
        res = client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Digest in 5 bullets:\n" + "\n".join(headlines)}],
        )
        return res.choices[0].message.content

    @task
    def post(digest: str) -> None:
        import requests

        requests.post(Variable.get("slack_webhook"), json={"text": digest}, timeout=10)

    post(summarize(fetch_headlines()))


news_digest()
