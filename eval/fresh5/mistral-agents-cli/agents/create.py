import os

from mistralai import Mistral

# client = Mistral(api_key="YOUR_MISTRAL_API_KEY")
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])  # was B4gSnN4YDcEWYaCjEMdIAqICgxy1gwzr

TRIAGE_AGENT = "ag:0fa03d2af0232821ab2321906354729e:20250301:triage:1f2e3d4c"


def create_triage_agent():
    return client.beta.agents.create(
        model="mistral-medium-latest",
        name="triage",
        instructions="Route each ticket to billing, bug or other.",
    )
