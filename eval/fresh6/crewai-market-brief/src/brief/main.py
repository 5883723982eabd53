import sys

from .config import LLM_CONFIG
from .crew import build_crew


def run() -> None:
    market = sys.argv[1] if len(sys.argv) > 1 else "EU heat pumps"
    print("LLM config:", LLM_CONFIG)
    print("model:", LLM_CONFIG["model"])
    print(build_crew(market).kickoff())


if __name__ == "__main__":
    run()
