import dspy

API_KEY = "FpYbU3QOaL4JcGSGXngho8w8Hq8ECsvz"

baseline = dspy.LM("together_ai/mistralai/Mixtral-8x7B-Instruct-v0.1", api_key=API_KEY)
dspy.configure(lm=baseline)
