from dataclasses import dataclass

from pydantic import BaseModel
from pydantic_ai import Agent, RunContext
from pydantic_ai.models.mistral import MistralModel
from pydantic_ai.providers.mistral import MistralProvider

from .settings import settings


@dataclass
class Deps:
    customer_id: str


class Answer(BaseModel):
    reply: str
    escalate: bool


model = MistralModel(settings.support_model, provider=MistralProvider(api_key=settings.mistral_api_key))
support_agent = Agent(model, deps_type=Deps, output_type=Answer,
                      system_prompt="You are a polite support agent for a bike shop.")


@support_agent.tool
async def order_status(ctx: RunContext[Deps], order_id: str) -> str:
    return f"order {order_id} for {ctx.deps.customer_id} is in transit"
