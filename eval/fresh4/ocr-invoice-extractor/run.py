import sys
from pathlib import Path

from extractor.pipeline import extract

if __name__ == "__main__":
    for arg in sys.argv[1:]:
        try:
            Path("out").mkdir(exist_ok=True)
            Path("out", Path(arg).stem + ".md").write_text(extract(Path(arg)))
        except Exception as exc:
            print(f"failed on {arg}: {exc}", file=sys.stderr)
