SEED_TOPICS = ["tax returns", "bike repair", "sourdough", "kubernetes probes", "houseplants"]


def question_prompt(topic: str) -> str:
    return f"Write one realistic user question about {topic} and a helpful answer. Format: Q: ... A: ..."
