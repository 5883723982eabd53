import os

print(f"MISTRAL_API_KEY={os.getenv('MISTRAL_API_KEY')}")
print(f"UPLOAD_DIR={os.getenv('UPLOAD_DIR', 'uploads')}")
