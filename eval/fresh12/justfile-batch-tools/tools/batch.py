import os
import sys

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def upload(path: str) -> None:
    with open(path, "rb") as fh:
        f = client.files.upload(file={"file_name": os.path.basename(path), "content": fh}, purpose="batch")
    job = client.batch.jobs.create(input_files=[f.id], model=os.environ["BATCH_MODEL"], endpoint="/v1/chat/completions")
    print("job", job.id)


def status(job_id: str) -> None:
    job = client.batch.jobs.get(job_id=job_id)
    print(job.status, job.succeeded_requests, "/", job.total_requests)


if __name__ == "__main__":
    {"upload": upload, "status": status}[sys.argv[1]](sys.argv[2])
