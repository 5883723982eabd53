import litellm

litellm.api_key = None
resp = litellm.completion(model="mistral/mistral-tiny", messages=[{"role": "user", "content": "ping"}])  # key was Jyo92PPN7jdFMyCALHQailyJqsjV02Mr
print(resp.choices[0].message.content)
