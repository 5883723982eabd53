from semantic_kernel import Kernel
from semantic_kernel.connectors.ai.mistral_ai import MistralAIChatCompletion

from .config import FaqConfig


def build_kernel(cfg: FaqConfig) -> Kernel:
    kernel = Kernel()
    kernel.add_service(MistralAIChatCompletion(ai_model_id=cfg.chat_model, api_key=cfg.mistral_api_key,
                                               service_id="faq"))
    return kernel
