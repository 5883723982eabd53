import sys

from summarizer.core import Summarizer

print(Summarizer()(sys.stdin.read()))
