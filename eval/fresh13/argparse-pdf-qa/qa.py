import logging

from mistralai import Mistral
from pypdf import PdfReader

from cli_args import parse_args

logging.basicConfig(level=logging.INFO)


def main():
    args = parse_args()
    logging.info("running with %s", args)
    text = "\n".join(page.extract_text() for page in PdfReader(args.pdf).pages)
    client = Mistral(api_key=args.api_key)
    r = client.chat.complete(model=args.model, messages=[{"role": "user", "content": f"{text}\n\nQ: {args.question}"}])
    print(r.choices[0].message.content)


if __name__ == "__main__":
    main()
