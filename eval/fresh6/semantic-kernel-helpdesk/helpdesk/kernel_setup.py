from semantic_kernel import Kernel
from semantic_kernel.connectors.ai.mistral_ai import MistralAIChatCompletion
from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion

from .config import AzureFallback, LLMConfig


def build_kernel(use_azure: bool = False) -> Kernel:
    kernel = Kernel()
    if use_azure:
        az = AzureFallback()
        kernel.add_service(AzureChatCompletion(deployment_name=az.deployment, endpoint=az.endpoint, api_key=az.key))
    else:
        cfg = LLMConfig()
        kernel.add_service(MistralAIChatCompletion(ai_model_id=cfg.model_id, api_key=cfg.key))
    return kernel
