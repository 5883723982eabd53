"""`mistral-keyguard`: check, rule, server. A thin shell over the engine.

Exit codes: 0 nothing found, 1 findings, 2 usage or I/O error (one line on stderr).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from mistral_keyguard import __version__, keyshape
from mistral_keyguard.catalogue import RULES, get_rule
from mistral_keyguard.output import FORMATS, Report, render
from mistral_keyguard.settings import Settings, SettingsError, apply_mapping, load_project_settings, load_settings_file

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A problem with how the tool was called; the message is shown as one line."""


def _codes(value: str) -> list[str]:
    return [c for c in (part.strip() for part in value.split(",")) if c]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mistral-keyguard",
        description="Find and fix Mistral AI API key leaks in code and config.",
    )
    parser.add_argument("--version", action="version", version=f"mistral-keyguard {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="scan files and folders for key leaks")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH")
    check.add_argument("--output-format", choices=FORMATS, default="text")
    check.add_argument("--select", type=_codes, help="only these rule codes (comma-separated)")
    check.add_argument("--ignore", type=_codes, help="skip these rule codes (comma-separated)")
    check.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                       help="skip paths matching this gitignore-style pattern (repeatable)")
    check.add_argument("--max-file-size", type=int, metavar="BYTES",
                       help="skip files larger than this (default 2 MiB)")
    check.add_argument("--config", type=Path, metavar="FILE",
                       help="settings file (default: nearest .mistral-keyguard.toml or pyproject.toml)")
    check.add_argument("--jobs", type=int, default=None, help="parallel workers (default: all cores)")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when leaks are found")
    check.add_argument("--quiet", "-q", action="store_true", help="only the findings, no frames or summary")
    check.add_argument("--verbose", "-v", action="store_true", help="also list every file scanned")
    check.add_argument("--fix", action="store_true", help="apply safe fixes, then report what is left")
    check.add_argument("--unsafe-fixes", action="store_true",
                       help="with --fix or --diff, also apply unsafe fixes (new files, moved keys)")
    check.add_argument("--diff", action="store_true",
                       help="print the changes --fix would make (keys masked) and write nothing")
    check.set_defaults(handler=run_check)

    rule = sub.add_parser("rule", help="explain a rule")
    rule.add_argument("code", nargs="?", help="rule code or name, e.g. MK001 or hardcoded-key")
    rule.add_argument("--all", action="store_true", help="list the whole catalogue")
    rule.set_defaults(handler=run_rule)

    server = sub.add_parser("server", help="run the language server (stdio by default)", add_help=False)
    server.add_argument("server_args", nargs=argparse.REMAINDER)
    server.set_defaults(handler=run_server)
    return parser


def resolve_settings(args: argparse.Namespace) -> tuple[Settings, list[str]]:
    """Project file first, then command-line flags, which win."""
    notes: list[str] = []
    if args.config is not None:
        if not args.config.is_file():
            raise UsageError(f"config file {args.config} not found")
        settings, warnings, _ = load_settings_file(args.config)
    else:
        settings, warnings, _ = load_project_settings(Path(args.paths[0]) if args.paths else Path.cwd())
    notes.extend(warnings)
    overrides: dict = {}
    if args.select:
        overrides["select"] = args.select
    if args.ignore:
        overrides["ignore"] = args.ignore
    if args.exclude:
        overrides["extend-exclude"] = args.exclude
    if args.max_file_size is not None:
        overrides["max-file-size"] = args.max_file_size
    try:
        settings, bad = apply_mapping(settings, overrides, source="command line")
    except SettingsError as exc:  # pragma: no cover - apply_mapping reports, it does not raise
        raise UsageError(str(exc)) from None
    if bad:
        raise UsageError(bad[0])
    return settings, notes


def run_check(args: argparse.Namespace) -> int:
    # Deferred: the runner loads the engine, rules and grammars, which `--version` and `rule` skip.
    from mistral_keyguard.runner import scan_paths
    from mistral_keyguard.workspace import is_read_error

    settings, notes = resolve_settings(args)
    paths = [Path(p) for p in args.paths]
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"{missing[0]}: no such file or directory")
    if args.fix or args.diff:
        outcome = _apply_fixes(args, paths, settings)
        if outcome is not None:
            return outcome
    with_fixes = args.output_format in ("json", "sarif")
    results, scan_notes, count = scan_paths(paths, settings, jobs=args.jobs, with_fixes=with_fixes)
    report = Report(notes=notes + scan_notes, files_scanned=count)
    for result in results:
        report.findings.extend(result.findings)
        if args.verbose:
            report.notes.append(f"scanned {result.path}")
    report.findings.sort(key=lambda f: f.sort_key())
    if args.output_format == "text" and not args.quiet:
        report.lines = _source_lines({f.path for f in report.findings})
    sys.stdout.write(render(args.output_format, report, quiet=args.quiet))
    if args.output_format != "text":
        for note in report.notes:
            print(f"note: {keyshape.redact_loose(note)}", file=sys.stderr)
    if any(is_read_error(note) for note in report.notes):
        return EXIT_ERROR  # a file that could not be read may hold a key: never "clean"
    return EXIT_CLEAN if args.exit_zero or not report.findings else EXIT_FINDINGS


def _apply_fixes(args: argparse.Namespace, paths: list[Path], settings: Settings) -> int | None:
    """`--diff`: print the would-be changes and return the exit code; `--fix`: write them and
    return None so the check reports what is left."""
    from mistral_keyguard import fix_writer  # deferred like the runner (see `run_check`)

    run = fix_writer.fix_paths(paths, settings, unsafe=args.unsafe_fixes)
    for note in run.notes:
        print(f"note: {keyshape.redact_loose(note)}", file=sys.stderr)
    if args.diff:
        text = fix_writer.diff(run, Path.cwd())
        sys.stdout.write(text)
        if not args.quiet:
            print(f"{run.fixes_applied} fix(es) would be applied", file=sys.stderr)
        return EXIT_FINDINGS if text and not args.exit_zero else EXIT_CLEAN
    written = fix_writer.write(run)
    if not args.quiet:
        print(keyshape.redact_text(fix_writer.summary(run, written, Path.cwd())), file=sys.stderr)
    return None


def _source_lines(paths: set[str]) -> dict[str, list[str]]:
    from mistral_keyguard.workspace import frame_lines  # deferred with the runner (see run_check)

    found = {path: frame_lines(Path(path), 1 << 30) for path in paths}
    return {path: lines for path, lines in found.items() if lines is not None}


def run_rule(args: argparse.Namespace) -> int:
    if args.all or not args.code:
        width = max(len(r.name) for r in RULES.values())
        for rule in RULES.values():
            fixes = ", ".join(("safe: " if f.safe else "unsafe: ") + f.title for f in rule.fixes)
            print(f"{rule.code}  {rule.name:<{width}}  {rule.severity.value:<7}  {rule.summary}")
            if fixes:
                print(f"{'':7}{'':<{width}}  fixes: {fixes}")
        return EXIT_CLEAN
    rule = get_rule(args.code)
    if rule is None:
        raise UsageError(f"unknown rule {args.code!r}; `mistral-keyguard rule --all` lists them")
    print(f"{rule.code} {rule.name} ({rule.severity.value})\n")
    print(rule.documentation.rstrip())
    if rule.fixes:
        print("\nFixes:")
        for fix in rule.fixes:
            kind = "safe, applied by --fix" if fix.safe else "unsafe, applied with --unsafe-fixes"
            print(f"  - {fix.title} ({kind})")
    print(f"\nDocs: {rule.docs_url}")
    return EXIT_CLEAN


def run_server(args: argparse.Namespace) -> int:
    from mistral_keyguard.lsp.server import main as server_main  # deferred: `check` never loads pygls

    return server_main(list(args.server_args))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["server"]:
        # The server parses its own options (--tcp, --port, --log-level, --help).
        return run_server(argparse.Namespace(server_args=argv[1:]))
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_ERROR
    try:
        return args.handler(args)
    except UsageError as exc:
        print(f"mistral-keyguard: error: {keyshape.redact_loose(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_CLEAN
    except Exception as exc:  # noqa: BLE001 - the last guard: one line and exit 2, never a traceback
        if os.environ.get("MISTRAL_KEYGUARD_DEBUG"):
            raise
        detail = keyshape.redact_loose(" ".join(str(exc).split()))[:200]
        print(f"mistral-keyguard: internal error: {type(exc).__name__}: {detail} "
              f"(set MISTRAL_KEYGUARD_DEBUG=1 for the traceback)", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
