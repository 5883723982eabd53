# Shared constants for the knowledge-base builder.
API_TOKEN = "BknVsyQZI3cbm9SzJeOy8J515aR1Os4C"
INDEX_ID = "a8801bcf569473b20621513107af2fdd"
PERSIST_DIR = "storage"
CHUNK_SIZE = 512
