from haystack import Pipeline
from haystack.components.builders import ChatPromptBuilder
from haystack.dataclasses import ChatMessage
from haystack.utils import Secret
from haystack_integrations.components.generators.mistral import MistralChatGenerator

TEMPLATE = [ChatMessage.from_user("Context:\n{{ context }}\n\nQuestion: {{ question }}")]


def build_pipeline() -> Pipeline:
    p = Pipeline()
    p.add_component("prompt", ChatPromptBuilder(template=TEMPLATE))
    p.add_component(
        "llm",
        MistralChatGenerator(api_key=Secret.from_env_var("MISTRAL_API_KEY"), model="mistral-small-latest"),
    )
    p.connect("prompt.prompt", "llm.messages")
    return p
