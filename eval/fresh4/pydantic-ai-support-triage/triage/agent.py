from pydantic import BaseModel
from pydantic_ai import Agent
from pydantic_ai.models.mistral import MistralModel
from pydantic_ai.providers.mistral import MistralProvider

from .local_secrets import LLM_TOKEN


class Triage(BaseModel):
    team: str
    urgency: int
    summary: str


model = MistralModel("mistral-small-latest", provider=MistralProvider(api_key=LLM_TOKEN))
triage_agent = Agent(model, output_type=Triage, system_prompt="Route support tickets to billing, infra or product.")
