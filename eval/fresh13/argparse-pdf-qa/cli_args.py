import argparse
import os


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="Ask questions about a PDF")
    p.add_argument("pdf")
    p.add_argument("--question", required=True)
    p.add_argument("--api-key", default=os.environ.get("MISTRAL_API_KEY"))
    p.add_argument("--model", default="mistral-large-latest")
    return p.parse_args(argv)
