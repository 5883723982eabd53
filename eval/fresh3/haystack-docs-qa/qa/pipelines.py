from haystack import Pipeline
from haystack.components.builders import ChatPromptBuilder
from haystack.utils import Secret
from haystack_integrations.components.generators.mistral import MistralChatGenerator

from .settings import LLM_MODEL, LLM_TOKEN


def build_qa() -> Pipeline:
    pipe = Pipeline()
    pipe.add_component("prompt", ChatPromptBuilder(variables=["documents", "question"]))
    pipe.add_component("llm", MistralChatGenerator(api_key=Secret.from_token(LLM_TOKEN), model=LLM_MODEL))
    pipe.connect("prompt.prompt", "llm.messages")
    return pipe


def build_eval() -> Pipeline:
    pipe = Pipeline()
    pipe.add_component("llm", MistralChatGenerator(api_key=Secret.from_env_var("MISTRAL_API_KEY")))
    return pipe
