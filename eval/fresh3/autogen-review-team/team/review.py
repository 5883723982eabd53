import autogen

from .llm import llm_config


def review(code: str) -> str:
    cfg = llm_config()
    print("using llm config", cfg)
    reviewer = autogen.AssistantAgent("reviewer", llm_config=cfg)
    user = autogen.UserProxyAgent("user", human_input_mode="NEVER", code_execution_config=False)
    chat = user.initiate_chat(reviewer, message=f"Review this diff:\n{code}", max_turns=2)
    return chat.summary
