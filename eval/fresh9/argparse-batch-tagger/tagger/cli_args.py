import argparse
import os


def parse_args(argv=None):
    p = argparse.ArgumentParser(prog="tagger")
    p.add_argument("input")
    p.add_argument("--model", default="ministral-3b-latest")
    p.add_argument("--api-key", default=os.environ.get("MISTRAL_API_KEY"))
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)
