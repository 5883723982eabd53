# shared across the ingest and query pipelines
TOKEN = "qAXogvmYndhHDTuJ8d8tvCNjc90w7STH"
COLLECTION = "handbook"
