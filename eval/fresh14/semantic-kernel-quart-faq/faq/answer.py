from semantic_kernel.contents import ChatHistory

from .config import load_config
from .kernel_factory import build_kernel

_cfg = load_config()
_kernel = build_kernel(_cfg)
_faq = open(_cfg.faq_file, encoding="utf-8").read() if _cfg.faq_file else ""


async def answer(question: str) -> str:
    history = ChatHistory(system_message=f"Answer only from this FAQ:\n{_faq}")
    history.add_user_message(question)
    svc = _kernel.get_service("faq")
    result = await svc.get_chat_message_content(history, settings=svc.get_prompt_execution_settings_class()())
    return str(result)


async def safe_answer(question: str) -> str:
    try:
        return await answer(question)
    except Exception:
        return "Sorry, the FAQ assistant is not available right now."
