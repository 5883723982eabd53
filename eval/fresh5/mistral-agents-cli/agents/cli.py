import argparse
import logging

from agents.create import TRIAGE_AGENT, create_triage_agent
from agents.session import BASE, make_session

log = logging.getLogger("agents")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("ticket")
    p.add_argument("--new", action="store_true")
    p.add_argument("-v", action="store_true")
    args = p.parse_args()
    logging.basicConfig(level=logging.DEBUG if args.v else logging.INFO)

    agent_id = create_triage_agent().id if args.new else TRIAGE_AGENT
    session = make_session()
    log.debug("session headers: %s", session.headers)
    r = session.post(f"{BASE}/agents/completions", json={"agent_id": agent_id, "messages": [{"role": "user", "content": args.ticket}]})
    log.info("status %s in %.2fs", r.status_code, r.elapsed.total_seconds())
    print(r.json()["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main()
