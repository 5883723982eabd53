from litellm import completion

res = completion(
    model="mistral/mistral-tiny",
    messages=[{"role": "user", "content": "ping"}],
    api_key="HTF5yz3bPtaJhDP1LMSZZUNFh3XCkCDM",
)
print(res.choices[0].message.content)

other = completion(
    model="together_ai/mistralai/Mixtral-8x7B-Instruct-v0.1",
    messages=[{"role": "user", "content": "ping"}],
    api_key="f7c208f7da927a4b48827abe694b2dea",
)
print(other.choices[0].message.content)
