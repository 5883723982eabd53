import dspy


class AnswerWithCitation(dspy.Signature):
    """Answer the question and cite the passage number."""

    passages: list[str] = dspy.InputField()
    question: str = dspy.InputField()
    answer: str = dspy.OutputField()


qa = dspy.ChainOfThought(AnswerWithCitation)
