import argparse
import pathlib

from utils.http_debug import enable_wire_logging
from utils.mistral_api import summarize

p = argparse.ArgumentParser()
p.add_argument("folder")
p.add_argument("--verbose", action="store_true")
args = p.parse_args()

if args.verbose:
    enable_wire_logging()
for f in pathlib.Path(args.folder).glob("*.txt"):
    print(f.name, summarize(f.read_text())[:80])
