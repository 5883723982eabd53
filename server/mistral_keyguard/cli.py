"""`mistral-keyguard`: check, rule, server. A thin shell over the engine.

Exit codes: 0 nothing found, 1 findings, 2 usage or I/O error (one line on stderr).

Start-up is part of the interface (a pre-commit hook runs `check` on every commit): this module
imports what a command needs inside the command, so that `--version` loads nothing of the
package and `check` on a folder with nothing to scan never loads the engine, rules or grammars.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from mistral_keyguard import __version__

if TYPE_CHECKING:
    from mistral_keyguard.output import Report
    from mistral_keyguard.settings import Settings

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("warning", "error")


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
    # `prog` given: argparse would build a help formatter (and load shutil) to compute it.
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog="mistral-keyguard")
    _add_check(sub)

    _add_history(sub)

    rule = sub.add_parser("rule", help="explain a rule, e.g. `mistral-keyguard rule MK001`")
    rule.add_argument("code", nargs="?", metavar="CODE", help="rule code or name, e.g. MK001 or hardcoded-key")
    rule.add_argument("--all", action="store_true", help="list the whole catalogue")
    rule.set_defaults(handler=run_rule)

    server = sub.add_parser("server", help="run the language server (stdio by default)", add_help=False)
    server.add_argument("server_args", nargs=argparse.REMAINDER)
    server.set_defaults(handler=run_server)
    return parser


def _add_check(sub) -> None:
    from mistral_keyguard.output import FORMATS  # deferred (see the module's docstring)

    check = sub.add_parser(
        "check", help="scan files and folders for key leaks, e.g. `mistral-keyguard check src/`",
        description="Scan files and folders for Mistral API key leaks.",
        epilog="Fixes: --fix applies safe fixes (they keep behaviour once the environment provides "
               "the key, e.g. reading MISTRAL_API_KEY instead of a literal); --unsafe-fixes adds "
               "those that create or move files (a key moved to .env, a new server proxy), with "
               "--fix or --diff. --diff prints the changes and writes nothing (exit 1 if any).")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help="files or folders to scan (default: .), e.g. src/ app.py")
    check.add_argument("--output-format", choices=FORMATS, default="text", metavar="FORMAT",
                       help="text (default), json, sarif or github, e.g. --output-format sarif")
    check.add_argument("--select", type=_codes, metavar="CODES",
                       help="only these rule codes or prefixes, e.g. --select MK001,MK002")
    check.add_argument("--ignore", type=_codes, metavar="CODES", help="skip these rule codes, e.g. --ignore MK004")
    check.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                       help="skip paths matching this gitignore-style pattern (repeatable), e.g. --exclude 'dist/'")
    check.add_argument("--max-file-size", type=int, metavar="BYTES",
                       help="skip files larger than this (default 2 MiB), e.g. --max-file-size 5000000")
    check.add_argument("--config", type=Path, metavar="FILE",
                       help="settings file (default: nearest .mistral-keyguard.toml or pyproject.toml), "
                            "e.g. --config ci/keyguard.toml")
    check.add_argument("--jobs", type=int, default=None, metavar="N",
                       help="parallel workers (default: all cores), e.g. --jobs 4")
    check.add_argument("--no-project-view", action="store_true",
                       help="judge each file alone, without what the modules it imports say "
                            "(for comparison), e.g. --no-project-view")
    check.add_argument("--no-cache", action="store_true",
                       help="neither read nor write the cache of what the first pass learned of each file "
                            "(default folder: ~/.cache/mistral-keyguard, or $MISTRAL_KEYGUARD_CACHE_DIR; "
                            "an empty value turns it off too), e.g. --no-cache")
    check.add_argument("--fail-on", choices=FAIL_ON, default="warning", metavar="LEVEL",
                       help="lowest severity that exits 1: warning (default) or error, e.g. --fail-on error")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when leaks are found")
    check.add_argument("--quiet", "-q", action="store_true", help="only the findings, no frames or summary")
    check.add_argument("--verbose", "-v", action="store_true", help="also list every file scanned")
    check.add_argument("--baseline", type=Path, metavar="FILE",
                       help="report only findings not recorded in this baseline "
                            "(default: `baseline` of the settings file), e.g. --baseline .keyguard-baseline.json")
    check.add_argument("--write-baseline", type=Path, metavar="FILE",
                       help="record the current findings as accepted, then exit 0, "
                            "e.g. --write-baseline .keyguard-baseline.json")
    check.add_argument("--staged", action="store_true",
                       help="scan the files staged in git (every tracked file when nothing is staged): "
                            "the pre-commit hook's mode")
    check.add_argument("--fix", action="store_true", help="apply safe fixes, then report what is left")
    check.add_argument("--unsafe-fixes", action="store_true",
                       help="with --fix or --diff, also apply unsafe fixes (new files, moved keys)")
    check.add_argument("--diff", action="store_true",
                       help="print the changes --fix would make (keys masked), write nothing, exit 1 if any")
    check.set_defaults(handler=run_check)


def _add_history(sub) -> None:
    from mistral_keyguard.output import FORMATS  # deferred (see the module's docstring)

    history = sub.add_parser(
        "history", help="list keys ever committed to a git repository, e.g. `mistral-keyguard history .`",
        description="Scan every blob reachable from any ref of a git repository, once each, for "
                    "Mistral API keys: the commit that added each key, its date and path, and whether "
                    "it is still at HEAD. Every key listed must be rotated.")
    history.add_argument("repo", nargs="?", default=".", metavar="REPO",
                         help="the repository (default: .), e.g. ../service")
    history.add_argument("--output-format", choices=FORMATS, default="text", metavar="FORMAT",
                         help="text (default), json, sarif or github, e.g. --output-format json")
    history.add_argument("--config", type=Path, metavar="FILE",
                         help="settings file (default: the repository's), e.g. --config keyguard.toml")
    history.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                         help="skip paths matching this pattern (repeatable), e.g. --exclude 'tests/fixtures/'")
    history.add_argument("--exit-zero", action="store_true", help="exit 0 even when keys are found")
    history.add_argument("--quiet", "-q", action="store_true", help="only the findings: no progress or summary")
    history.set_defaults(handler=run_history, select=None, ignore=None, max_file_size=None)


def resolve_settings(args: argparse.Namespace) -> tuple[Settings, list[str]]:
    """Project file first, then command-line flags, which win."""
    from mistral_keyguard.settings import apply_mapping, load_project_settings, load_settings_file  # deferred

    notes: list[str] = []
    if args.config is not None:
        if not args.config.is_file():
            raise UsageError(f"config file {args.config} not found")
        settings, warnings, _ = load_settings_file(args.config)
    else:
        settings, warnings, _ = load_project_settings(Path(args.paths[0]) if args.paths else Path.cwd())
    notes.extend(warnings)
    overrides: dict = {}
    for flag in ("select", "ignore"):
        codes = getattr(args, flag)
        if codes:
            _check_codes(flag, codes)
            overrides[flag] = codes
    if args.exclude:
        overrides["extend-exclude"] = args.exclude
    if args.max_file_size is not None:
        overrides["max-file-size"] = args.max_file_size
    settings, bad = apply_mapping(settings, overrides, source="command line")
    if bad:
        raise UsageError(bad[0])
    return settings, notes


def _check_codes(flag: str, codes: list[str]) -> None:
    """Unknown codes on the command line are a usage error, not a setting to fall back from."""
    from mistral_keyguard.catalogue import RULES  # deferred (see the module's docstring)

    for code in codes:
        upper = code.upper()
        if upper != "ALL" and not any(c.startswith(upper) for c in RULES):
            raise UsageError(f"--{flag}: unknown rule code {code!r}; `mistral-keyguard rule --all` lists them")


def run_check(args: argparse.Namespace) -> int:
    from mistral_keyguard import keyshape  # deferred (see the module's docstring)
    from mistral_keyguard.catalogue import Severity
    from mistral_keyguard.output import render
    from mistral_keyguard.output.report import is_read_error

    if args.unsafe_fixes and not (args.fix or args.diff):
        raise UsageError("--unsafe-fixes only applies with --fix or --diff; add one of them")
    if args.write_baseline and (args.fix or args.diff or args.baseline):
        raise UsageError("--write-baseline records findings as they are; use it without --fix, --diff or --baseline")
    settings, notes = resolve_settings(args)
    paths = _staged_paths(settings) if args.staged else [Path(p) for p in args.paths]
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"{missing[0]}: no such file or directory")
    if args.fix or args.diff:
        outcome = _apply_fixes(args, paths, settings)
        if outcome is not None:
            return outcome
    baseline_path = _baseline_path(args, settings)
    report = _scan(args, paths, settings, notes, Path.cwd())
    if args.write_baseline:
        return _write_baseline(args.write_baseline, report)
    if baseline_path is not None:
        _apply_baseline(report, baseline_path)
    if args.output_format == "text" and not args.quiet:
        report.lines = _source_lines({f.path for f in report.findings}, Path.cwd())
    sys.stdout.write(render(args.output_format, report, quiet=args.quiet))
    if args.output_format != "text":
        for note in report.notes:
            print(f"note: {keyshape.redact_loose(note)}", file=sys.stderr)
    if any(is_read_error(note) for note in report.notes):
        return EXIT_ERROR  # a file that could not be read may hold a key: never "clean"
    lowest = {Severity.ERROR, Severity.WARNING} if args.fail_on == "warning" else {Severity.ERROR}
    failing = [f for f in report.findings if f.severity in lowest]
    return EXIT_CLEAN if args.exit_zero or not failing else EXIT_FINDINGS


def _scan(args: argparse.Namespace, paths: list[Path], settings: Settings, notes: list[str],
          base: Path) -> Report:
    from mistral_keyguard.output import Report  # deferred (see the module's docstring)
    from mistral_keyguard.output.progress import ProgressBar
    from mistral_keyguard.files import walk  # deferred like the runner, though light

    walk_notes: list[str] = []
    files = walk(paths, settings, walk_notes)
    results, scan_notes, count = [], walk_notes, 0
    if files:
        # Deferred: the runner loads the engine, rules and grammars, which `--version`, `rule` and
        # a folder with nothing to scan skip.
        from mistral_keyguard.first_pass_cache import cache_folder
        from mistral_keyguard.runner import scan_paths

        progress = ProgressBar("check", "files") if sys.stderr.isatty() and not args.quiet else None
        try:
            results, scan_notes, count = scan_paths(paths, settings, jobs=args.jobs, with_fixes=True, base=base,
                                                    project_view=not args.no_project_view,
                                                    progress=progress, walked=(files, walk_notes),
                                                    cache=None if args.no_cache else cache_folder())
        finally:
            if progress is not None:
                progress.clear()
    report = Report(notes=notes + scan_notes, files_scanned=count)
    for result in results:
        report.findings.extend(result.findings)
        if args.verbose:
            report.notes.append(f"scanned {result.path}")
    report.findings.sort(key=lambda f: f.sort_key())
    return report


def _baseline_path(args: argparse.Namespace, settings: Settings) -> Path | None:
    """The baseline being written or read: paths in it are relative to its folder."""
    chosen = args.write_baseline or args.baseline or (Path(settings.baseline) if settings.baseline else None)
    return chosen.resolve() if chosen is not None else None


def _write_baseline(target: Path, report: Report) -> int:
    from mistral_keyguard import baseline  # deferred: hashing and JSON, for this option only

    if not target.resolve().parent.is_dir():
        raise UsageError(f"--write-baseline: folder {target.parent} does not exist")
    baseline.write(target.resolve(), baseline.entries(report.findings, target.resolve().parent))
    n = len(report.findings)
    print(f"Wrote {n} finding{_s(n)} to {target}; `check --baseline {target}` reports only new ones.",
          file=sys.stderr)
    return EXIT_CLEAN


def _apply_baseline(report: Report, path: Path) -> None:
    from mistral_keyguard import baseline  # deferred: hashing and JSON, for this option only

    try:
        entries = baseline.load(path)
    except baseline.BaselineError as exc:
        raise UsageError(str(exc)) from None
    report.findings, old = baseline.split(report.findings, entries, path.parent)
    report.baselined = len(old)


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def _staged_paths(settings: Settings) -> list[Path]:
    from mistral_keyguard import gitcmd  # deferred: it loads pathspec, which plain `check` may skip

    try:
        return gitcmd.staged_or_tracked(Path.cwd(), settings.exclude)
    except gitcmd.GitError as exc:
        raise UsageError(f"--staged: {exc}") from None


def _apply_fixes(args: argparse.Namespace, paths: list[Path], settings: Settings) -> int | None:
    """`--diff`: print the would-be changes and return the exit code; `--fix`: write them and
    return None so the check reports what is left."""
    from mistral_keyguard import fix_writer, keyshape  # deferred like the runner (see `_scan`)
    from mistral_keyguard.output.text import fix_summary

    run = fix_writer.fix_paths(paths, settings, unsafe=args.unsafe_fixes)
    for note in run.notes:
        print(f"note: {keyshape.redact_loose(note)}", file=sys.stderr)
    if args.diff:
        text = fix_writer.diff(run, Path.cwd())
        sys.stdout.write(text)
        if not args.quiet:
            n = run.fixes_applied
            print(f"{n} fix{'es' if n != 1 else ''} would be applied", file=sys.stderr)
        return EXIT_FINDINGS if text and not args.exit_zero else EXIT_CLEAN
    shown = len(run.notes)
    written = fix_writer.write(run)
    for note in run.notes[shown:]:  # a `git rm --cached` that failed
        print(f"note: {keyshape.redact_text(note)}", file=sys.stderr)
    if not args.quiet:
        print(keyshape.redact_text(fix_summary(run, written, Path.cwd())), file=sys.stderr)
    return None


def _source_lines(paths: set[str], base: Path) -> dict[str, list[str]]:
    from mistral_keyguard.files import frame_lines  # deferred (see the module's docstring)

    found = {path: frame_lines(base / path, 1 << 30) for path in paths}
    return {path: lines for path, lines in found.items() if lines is not None}


def run_history(args: argparse.Namespace) -> int:
    from mistral_keyguard import gitcmd  # deferred like `_staged_paths`
    from mistral_keyguard.output import Report, render
    from mistral_keyguard.output.progress import ProgressBar
    from mistral_keyguard.output.text import history_summary

    repo = Path(args.repo)
    if not repo.is_dir():
        raise UsageError(f"{repo}: no such folder")
    args.paths = [args.repo]
    settings, notes = resolve_settings(args)
    # Deferred like the runner: history loads the engine, rules and grammars.
    from mistral_keyguard import history
    progress = ProgressBar("history", "blobs") if sys.stderr.isatty() and not args.quiet else None
    try:
        found = history.scan_history(repo, settings, progress)
    except gitcmd.GitError as exc:
        raise UsageError(str(exc)) from None
    finally:
        if progress is not None:
            progress.clear()
    report = Report(notes=notes + found.notes, files_scanned=found.blobs_scanned,
                    findings=[h.finding for h in found.findings],
                    extra=[{"commit": h.commit, "date": h.date, "at_head": h.at_head} for h in found.findings])
    sys.stdout.write(render(args.output_format, report, quiet=True))
    if not args.quiet:
        print(history_summary(found), file=sys.stderr if args.output_format != "text" else sys.stdout)
    return EXIT_CLEAN if args.exit_zero or not found.findings else EXIT_FINDINGS


def run_rule(args: argparse.Namespace) -> int:
    from mistral_keyguard.catalogue import RULES, get_rule  # deferred (see the module's docstring)

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
    if argv is not None:
        return _main(argv)
    code = _main(sys.argv[1:])
    if sys.argv[1:2] != ["server"]:
        _exit_without_teardown(code)
    return code


def _exit_without_teardown(code: int) -> None:
    """End the `check`/`rule` process once its output is flushed, skipping the interpreter's
    final garbage collection: freeing py-tree-sitter 0.26 objects there segfaulted now and then
    after a complete report (found by the hostile corpus)."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        pass
    os._exit(code)


def _main(argv: list[str]) -> int:
    if argv[:1] == ["--version"]:  # answered before the parser and the commands' modules are loaded
        print(f"mistral-keyguard {__version__}")
        return EXIT_CLEAN
    if argv[:1] == ["server"]:
        # The server parses its own options (--tcp, --port, --log-level, --help).
        return run_server(argparse.Namespace(server_args=argv[1:]))
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_ERROR
    from mistral_keyguard import keyshape  # deferred (see the module's docstring)

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
