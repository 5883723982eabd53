from pathlib import Path

from mistralai import Mistral

client = Mistral(api_key="Sa3q7SFUpPe6TSqnC95c4zaIM46GZ72p")

for img in Path("samples").glob("*.png"):
    print(img.name, client.models.list().data[0].id)
