import dspy

from . import lm  # noqa: F401  configures dspy


class Ticket(dspy.Signature):
    """Classify a support ticket."""

    text: str = dspy.InputField()
    label: str = dspy.OutputField(desc="billing, bug, feature or other")


_predict = dspy.ChainOfThought(Ticket)


def classify(text: str) -> str:
    return _predict(text=text).label
