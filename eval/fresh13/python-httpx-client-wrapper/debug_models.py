from mistral_wrapper import MistralClient

client = MistralClient()
print("client headers:", client.http.headers)
for name in client.models():
    print(name)
