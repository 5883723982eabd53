"""Print a curl command to inspect batch jobs by hand."""
from batch.client import API, KEY

print(f"curl -H 'Authorization: Bearer {KEY}' {API}/batch/jobs?page_size=5")
