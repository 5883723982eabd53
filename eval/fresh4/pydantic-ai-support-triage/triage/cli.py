import sys

from .agent import triage_agent


def main() -> None:
    ticket = sys.stdin.read()
    result = triage_agent.run_sync(ticket)
    print(result.output.model_dump_json(indent=2))


if __name__ == "__main__":
    main()
