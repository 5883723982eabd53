import sys

from dotenv import load_dotenv

from .crew import build_crew


def run() -> None:
    load_dotenv()
    topic = sys.argv[1] if len(sys.argv) > 1 else "edge AI chips"
    try:
        result = build_crew(topic).kickoff()
    except Exception as err:
        print(f"crew failed: {err}")
        raise SystemExit(1)
    print(result)
