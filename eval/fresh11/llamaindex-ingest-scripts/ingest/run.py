import os
import sys

from ingest.index_builder import build

key = os.environ.get("MISTRAL_API_KEY", "")
print(f"Using Mistral key {key[:4]}... ({len(key)} chars)")
build(sys.argv[1] if len(sys.argv) > 1 else "data", "storage")
