import dspy


class Ticket(dspy.Signature):
    """Classify a support ticket."""

    text: str = dspy.InputField()
    label: str = dspy.OutputField(desc="billing, bug, or question")


classify = dspy.Predict(Ticket)
