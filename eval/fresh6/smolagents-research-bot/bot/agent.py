import os

from smolagents import CodeAgent, InferenceClientModel, LiteLLMModel

from .tools import web_search

model = LiteLLMModel(model_id="mistral/mistral-large-latest", api_key=os.environ["MISTRAL_API_KEY"])
agent = CodeAgent(tools=[web_search], model=model, max_steps=6)

# offline experiments only
hf_model = InferenceClientModel(model_id="mistralai/Mistral-7B-Instruct-v0.3", token="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")
