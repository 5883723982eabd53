"""`check` runs with the project view: a route's leak through an imported helper is found, with
the helper as a SARIF related location; a helper that falls back leaves its route clean."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from keyguard_testing import FIXTURES


def _check_sarif(tree: Path) -> subprocess.CompletedProcess:
    """`check .` in `tree` with SARIF output; it must report something (exit 1)."""
    run = subprocess.run([sys.executable, "-m", "mistral_keyguard", "check", ".", "--output-format", "sarif"],
                         cwd=tree, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr
    return run


def test_sarif_points_at_the_helper_in_the_other_file(tmp_path: Path) -> None:
    tree = tmp_path / "project_view_py"
    shutil.copytree(FIXTURES / "MK006" / "project_view_py", tree)
    run = _check_sarif(tree)
    results = json.loads(run.stdout)["runs"][0]["results"]
    leaks = [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results if r["ruleId"] == "MK006"]
    assert leaks == [("app/views.py", 15)]  # /faq (helper falls back) and /local (no Mistral) stay clean
    [leak] = [r for r in results if r["ruleId"] == "MK006"]
    [related] = leak["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "app/services.py"


def test_a_key_constant_used_by_a_client_in_another_module(tmp_path: Path) -> None:
    """The second step of `check`: the literal is reported where it is, the use is related."""
    tree = tmp_path / "project_view_constant"
    shutil.copytree(FIXTURES / "MK001" / "project_view_constant", tree)
    run = _check_sarif(tree)
    results = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK001"]
    assert [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
             r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results] == [("kb/constants.py", 2)]
    [related] = results[0]["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "kb/models.py"
    plain = subprocess.run([sys.executable, "-m", "mistral_keyguard", "check", ".", "--no-project-view",
                            "--output-format", "json"], cwd=tree, capture_output=True, text=True, timeout=120)
    assert plain.returncode == 0, "without the project view the constant is just a string"


def test_a_key_constant_of_another_uv_workspace_member(tmp_path: Path) -> None:
    """`libs/common/src/common/creds.py` is imported by `apps/worker` as `common.creds`: the root
    pyproject's `[tool.uv.workspace] members` say where that package lives."""
    tree = tmp_path / "uv_workspace"
    shutil.copytree(FIXTURES / "MK001" / "uv_workspace", tree)
    run = _check_sarif(tree)
    results = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK001"]
    assert [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
             r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results] == \
        [("libs/common/src/common/creds.py", 2)]  # CACHE_TOKEN goes to redis: not Mistral's
    [related] = results[0]["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "apps/worker/src/worker/main.py"


def test_a_key_field_of_an_angular_environment_sent_to_mistral_elsewhere(tmp_path: Path) -> None:
    """`environment.apiToken` goes into a Mistral request's Authorization header in a service
    that imports `environment.ts`; angular.json's fileReplacements swap in `environment.prod.ts`
    for production builds: its literal is reported, the service is related. `sessionSalt`, sent to
    the app's own backend, is not; `environment.staging.ts`, which no build uses, is not;
    `mistralKey` says what it is by its name."""
    tree = tmp_path / "angular_environment"
    shutil.copytree(FIXTURES / "MK001" / "angular_environment", tree)
    run = _check_sarif(tree)
    results = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK001"]
    where = {(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              r["locations"][0]["physicalLocation"]["region"]["startLine"]): r for r in results}
    assert set(where) == {("src/environments/environment.prod.ts", 3), ("src/environments/environment.ts", 3)}
    [related] = where[("src/environments/environment.prod.ts", 3)]["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "src/app/chat.service.ts"


def test_a_global_of_a_page_script_sent_to_mistral_by_another_script_of_the_page(tmp_path: Path) -> None:
    """`config.js` sets `window.APP_CONFIG = { key: … }`, `assets/app.js` sends
    `window.APP_CONFIG.key` as the Bearer key; `index.html` loads both. `check` reports the literal
    with the script as the related location; the admin page's same global, read by a script that
    calls no Mistral, stays clean."""
    tree = tmp_path / "page_global_config"
    shutil.copytree(FIXTURES / "MK001" / "page_global_config", tree)
    run = _check_sarif(tree)
    results = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK001"]
    where = {(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              r["locations"][0]["physicalLocation"]["region"]["startLine"]): r for r in results}
    assert set(where) == {("config.js", 2), ("settings.js", 3)}
    [related] = where[("config.js", 2)]["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "assets/app.js"


def test_commonjs_fallback_helpers_keep_a_bot_command_clean(tmp_path: Path) -> None:
    """Helpers required with `require()` that catch the Mistral error and return a fallback
    (`module.exports = { askMistral }`, `exports.summarize =`, `module.exports = function`, a
    promise `.catch`) leave the commands that call them clean; the one that lets the error
    escape is the only leak, with its module as the related location."""
    tree = tmp_path / "discord_fallback_require"
    shutil.copytree(FIXTURES / "MK006" / "discord_fallback_require", tree)
    run = _check_sarif(tree)
    leaks = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK006"]
    assert [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
             r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in leaks] == [("commands/more.js", 26)]
    [related] = leaks[0]["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "escaping-default.js"
def test_an_error_middleware_learns_from_the_routes_its_importer_mounts(tmp_path: Path) -> None:
    """`check`'s second step: the error middleware's module says nothing of Mistral; the app that
    imports it mounts a router whose catch hands a Mistral error to `next(err)`."""
    tree = tmp_path / "express_error_middleware"
    shutil.copytree(FIXTURES / "MK006" / "express_error_middleware", tree)
    run = _check_sarif(tree)
    [leak] = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK006"]
    where = leak["locations"][0]["physicalLocation"]
    assert (where["artifactLocation"]["uri"], where["region"]["startLine"]) == ("src/middleware/errorHandler.js", 4)
    [related] = leak["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "src/routes/recipes.js"


def test_an_error_middleware_a_prefilter_wants_still_learns_from_its_importers(tmp_path: Path) -> None:
    """The same middleware also logs the key (MK005's prefilter wants the file, so `check`'s first
    pass does not decide it): the second step still asks its importers about Mistral errors."""
    tree = tmp_path / "express_error_middleware"
    shutil.copytree(FIXTURES / "MK006" / "express_error_middleware", tree)
    with open(tree / "src/middleware/errorHandler.js", "a", encoding="utf-8") as handle:
        handle.write('\nconsole.log("mistral", process.env.MISTRAL_API_KEY);\n')
    run = _check_sarif(tree)
    found = sorted((r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                    r["locations"][0]["physicalLocation"]["region"]["startLine"])
                   for r in json.loads(run.stdout)["runs"][0]["results"])
    assert found == [("MK005", "src/middleware/errorHandler.js", 9), ("MK006", "src/middleware/errorHandler.js", 4)]


def test_a_bot_error_handler_learns_from_the_handlers_its_importer_registers(tmp_path: Path) -> None:
    """`check`'s second step for python-telegram-bot: the error handler's module says nothing of
    Mistral; the module importing it registers a command handler that lets a Mistral error escape
    (one bot), a catching one (another) or one that never calls Mistral (a third)."""
    tree = tmp_path / "ptb_error_handler"
    shutil.copytree(FIXTURES / "MK006" / "ptb_error_handler", tree)
    run = _check_sarif(tree)
    [leak] = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK006"]
    where = leak["locations"][0]["physicalLocation"]
    assert (where["artifactLocation"]["uri"], where["region"]["startLine"]) == ("askbot/failures.py", 12)
    [related] = leak["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "askbot/run.py"


def test_sveltekit_handle_error_learns_from_the_routes_no_import_joins(tmp_path: Path) -> None:
    """`check`'s step for SvelteKit's hook: nothing imports `hooks.server.ts`; the `+server.ts`
    route that lets a Mistral error escape is found in the scanned files by its name."""
    tree = tmp_path / "sveltekit_handle_error"
    shutil.copytree(FIXTURES / "MK006" / "sveltekit_handle_error", tree)
    run = _check_sarif(tree)
    [leak] = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK006"]
    where = leak["locations"][0]["physicalLocation"]
    assert (where["artifactLocation"]["uri"], where["region"]["startLine"]) == ("src/hooks.server.ts", 5)
    [related] = leak["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "src/routes/api/summarize/+server.ts"


def test_sveltekit_handle_error_stays_clean_when_no_route_lets_mistral_errors_escape(tmp_path: Path) -> None:
    tree = tmp_path / "sveltekit_handle_error_caught"
    shutil.copytree(FIXTURES / "MK006" / "sveltekit_handle_error_caught", tree)
    run = subprocess.run([sys.executable, "-m", "mistral_keyguard", "check", ".", "--output-format", "sarif"],
                         cwd=tree, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_failed_jobs_reason_learns_from_the_worker_of_its_queue(tmp_path: Path) -> None:
    """`check`'s step for BullMQ: nothing imports the worker; the status route's queue name
    (`new Queue("reports")`) finds the worker whose processor lets a Mistral error escape. The
    queues whose worker falls back, throws its own message or never calls Mistral stay clean."""
    tree = tmp_path / "bullmq_failed_reason"
    shutil.copytree(FIXTURES / "MK006" / "bullmq_failed_reason", tree)
    run = _check_sarif(tree)
    [leak] = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK006"]
    where = leak["locations"][0]["physicalLocation"]
    assert (where["artifactLocation"]["uri"], where["region"]["startLine"]) == ("src/server.js", 14)
    [related] = leak["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "src/worker.js"


def test_an_error_handed_to_a_shared_responder_is_reported_where_it_is_handed(tmp_path: Path) -> None:
    """`check`'s plan gives the module of `handleRouteError(res, error)` a summary though nothing of
    Mistral is in it: the routes whose catch hands it a Mistral error are reported, the helper is
    their related location; a fallback helper, a fixed-message responder and a database error are not."""
    tree = tmp_path / "express_error_helper"
    shutil.copytree(FIXTURES / "MK006" / "express_error_helper", tree)
    run = _check_sarif(tree)
    leaks = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK006"]
    assert sorted((r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                   r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in leaks) == \
        [("src/routes/chat.ts", 17), ("src/routes/chat.ts", 25), ("src/routes/chat.ts", 32)]
    first = next(r for r in leaks if r["locations"][0]["physicalLocation"]["region"]["startLine"] == 17)
    assert first["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "src/utils/errors.ts"


def test_a_cqrs_controller_learns_from_the_handler_no_import_names(tmp_path: Path) -> None:
    """`check`'s step for NestJS CQRS: the controller imports the command's module only; the
    handler registered for it (`@CommandHandler(SummarizeCommand)`) is found by the command's name."""
    tree = tmp_path / "nest_cqrs_split"
    shutil.copytree(FIXTURES / "MK006" / "nest_cqrs_split", tree)
    run = _check_sarif(tree)
    [leak] = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK006"]
    where = leak["locations"][0]["physicalLocation"]
    assert (where["artifactLocation"]["uri"], where["region"]["startLine"]) == ("src/summaries/summaries.controller.ts", 15)
    [related] = leak["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "src/summaries/commands/handlers/summarize.handler.ts"


def test_an_extension_less_json_config_list_is_read_by_its_content(tmp_path: Path) -> None:
    """AutoGen's `OAI_CONFIG_LIST` has no extension: `check` sniffs its first byte and reads it as
    JSON; the same file git-ignored is the local copy the docs recommend and stays clean."""
    committed = tmp_path / "autogen-config-list"
    shutil.copytree(FIXTURES / "MK007" / "autogen-config-list", committed)
    run = subprocess.run([sys.executable, "-m", "mistral_keyguard", "check", ".", "--output-format", "sarif"],
                         cwd=committed, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr
    found = sorted((r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                    r["locations"][0]["physicalLocation"]["region"]["startLine"])
                   for r in json.loads(run.stdout)["runs"][0]["results"])
    assert found == [("MK007", "OAI_CONFIG_LIST", 4), ("MK007", "agents/model_config", 1)]
    ignored = tmp_path / "autogen-config-ignored"
    shutil.copytree(FIXTURES / "MK007" / "autogen-config-ignored", ignored)
    clean = subprocess.run([sys.executable, "-m", "mistral_keyguard", "check", ".", "--output-format", "json"],
                           cwd=ignored, capture_output=True, text=True, timeout=120)
    assert clean.returncode == 0, clean.stdout


def _mk002_lines(results) -> list[tuple[str, int]]:
    return sorted((r.path, f.span.start.line + 1) for r in results for f in r.findings if f.code == "MK002")


def test_check_places_chains_of_modules_from_its_first_pass_without_walking_a_project(tmp_path: Path,
                                                                                      monkeypatch) -> None:
    """`check` of whole folders knows who imports each module from its first pass: no project is
    walked again, and placement is what the walk gives (the editor's path, `test_fixtures`)."""
    from mistral_keyguard import runner
    from mistral_keyguard.project_view import ProjectView
    from mistral_keyguard.settings import Settings

    for name in ("no_manifest_front_end", "no_manifest_vue_chain", "redux_chain", "no_manifest_scraper",
                 "no_manifest_next_pages", "no_manifest_cra_js", "dynamic_import", "no_manifest_next_js_pages"):
        shutil.copytree(FIXTURES / "MK002" / name, tmp_path / name)

    def no_walk(self, root):
        raise AssertionError(f"walked {root}")

    monkeypatch.setattr(ProjectView, "_importers", no_walk)
    monkeypatch.setattr(runner, "_VIEWS", {})
    results, _notes, _count = runner.scan_paths([tmp_path], Settings(), jobs=1, base=tmp_path)
    assert _mk002_lines(results) == [("dynamic_import/lib/draft.ts", 4),
                                     ("no_manifest_cra_js/src/api/rewrite.js", 2),
                                     ("no_manifest_front_end/src/services/summarize.js", 5),
                                     ("no_manifest_next_js_pages/lib/complete.js", 2),
                                     ("no_manifest_next_pages/lib/askModel.ts", 3),
                                     ("no_manifest_next_pages/lib/browserChat.ts", 4),
                                     ("no_manifest_vue_chain/src/services/quiz.ts", 4),
                                     ("redux_chain/src/api/mistral.js", 4)]


def test_check_of_one_file_still_finds_its_importers(tmp_path: Path, monkeypatch) -> None:
    """Files given alone (pre-commit's staged files): the first pass saw only them, so the
    importers come from a walk of the project."""
    from mistral_keyguard import runner
    from mistral_keyguard.settings import Settings

    tree = tmp_path / "no_manifest_front_end"
    shutil.copytree(FIXTURES / "MK002" / "no_manifest_front_end", tree)
    monkeypatch.setattr(runner, "_VIEWS", {})
    service = tree / "src" / "services" / "summarize.js"
    results, _notes, _count = runner.scan_paths([service, tree / "src" / "lib" / "translate.js"], Settings(),
                                                jobs=1, base=tree)
    assert _mk002_lines(results) == [("src/services/summarize.js", 5)]


def test_the_editor_walks_no_project_for_importers_where_no_front_end_file_is(tmp_path: Path, monkeypatch) -> None:
    """The server's path (no first pass): a Mistral call in a module nothing places, in a tree
    without manifest or front-end file, reads no importer (a walk of the heads of every file)."""
    from mistral_keyguard.project_view import ProjectView
    from mistral_keyguard.settings import Settings
    from mistral_keyguard.workspace import ProjectIndex, scan_file

    tree = tmp_path / "no_manifest_scraper"
    shutil.copytree(FIXTURES / "MK002" / "no_manifest_scraper", tree)
    walked: list[Path] = []
    walk = ProjectView._importers
    monkeypatch.setattr(ProjectView, "_importers", lambda self, root: walked.append(root) or walk(self, root))
    result = scan_file(tree / "lib" / "mistral.js", "lib/mistral.js", Settings(), ProjectIndex(),
                       view=ProjectView(Settings()))
    assert [f.code for f in result.findings] == [] and walked == []


def test_front_end_files_by_their_path_in_the_project() -> None:
    from mistral_keyguard.project_view import is_front_end_file

    front = [("src", "App.jsx"), ("components", "Chat.vue"), ("src", "routes", "+page.svelte"), ("Box.tsx",),
             ("entrypoints", "popup", "index.html"), ("web", "index.html"),
             ("public", "index.html"), ("pages", "index.js"), ("pages", "blog", "[slug].ts"),
             ("src", "pages", "index.js")]
    back = [("templates", "index.html"), ("dist", "index.html"), ("index.js",), ("pages", "api", "chat.js"), ("pages", "1_Chat.py"),
            ("src", "pages", "api", "x.js"), ("src", "public", "index.html"), ("lib", "mistral.ts")]
    assert [is_front_end_file(p) for p in front] == [True] * len(front)
    assert [is_front_end_file(p) for p in back] == [False] * len(back)


def test_the_walk_for_front_end_files_is_bounded_by_folders_too(tmp_path: Path, monkeypatch) -> None:
    """A tree of empty folders costs the editor's walk as much as one of files: both count."""
    from mistral_keyguard import project_view

    for n in range(10):
        (tmp_path / f"empty{n}").mkdir()
    (tmp_path / "zz").mkdir()
    (tmp_path / "zz" / "App.jsx").write_text("export default () => <main />;\n")
    assert project_view._holds_front_end_files(tmp_path)
    monkeypatch.setattr(project_view, "_MAX_PROJECT_FILES", 5)
    assert not project_view._holds_front_end_files(tmp_path)


def test_the_plan_skips_only_walked_modules_it_left_out() -> None:
    """`check`'s workers do not read a module the walk took and the plan found nothing in."""
    from mistral_keyguard.project_view import PlannedModules

    planned = PlannedModules(frozenset({"/p/app/services.py"}), b"/p/app/services.py\n/p/app/views.py\n/p/app/util.py")
    assert planned.says_nothing("/p/app/util.py")
    assert not planned.says_nothing("/p/app/services.py")  # the plan kept it
    assert not planned.says_nothing("/p/app/ignored.py")  # not walked: read as before


def test_nuxt_server_routes_see_auto_imported_utils(tmp_path: Path) -> None:
    """A Nuxt server route calls a util of server/utils with no import statement: its leak is
    found by `check`, with the util as the related location; routes whose util falls back or
    reaches no Mistral call stay clean."""
    tree = tmp_path / "nuxt_auto_imports"
    shutil.copytree(FIXTURES / "MK006" / "nuxt_auto_imports", tree)
    results = json.loads(_check_sarif(tree).stdout)["runs"][0]["results"]
    leaks = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r for r in results if r["ruleId"] == "MK006"}
    assert sorted(leaks) == ["server/api/chat.post.ts", "server/api/complete.post.ts", "server/api/summary.post.ts"]
    related = leaks["server/api/chat.post.ts"]["relatedLocations"]
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in related] == ["server/utils/mistral.ts"]


def test_a_generic_headers_builder_logged_by_an_importer(tmp_path: Path) -> None:
    """`check`'s last step: `lib/request_headers.js` names no provider (no plan takes it), yet
    `startup.js` logs what its builder makes of the key; the builder without a key stays clean."""
    tree = tmp_path / "project_view_param_header_builder"
    shutil.copytree(FIXTURES / "MK004" / "project_view_param_header_builder", tree)
    run = _check_sarif(tree)
    results = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK004"]
    assert sorted((r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                   r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results) == \
        [("startup.js", 7), ("startup.js", 8)]


def test_headers_a_provider_less_builder_makes_logged_where_they_are_sent_to_mistral(tmp_path: Path) -> None:
    """`check`'s last step also takes builders whose Authorization value is not a parameter
    (`authHeaders()`, a generic token): their importer's headers count where it sends them to a
    Mistral URL; those sent to the app's own API or a partner's stay clean."""
    tree = tmp_path / "project_view_sent_header_builder"
    shutil.copytree(FIXTURES / "MK004" / "project_view_sent_header_builder", tree)
    run = _check_sarif(tree)
    results = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK004"]
    assert sorted((r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                   r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results) == \
        [("app/llm.py", 13), ("app/llm.py", 26), ("src/lib/mistral.ts", 8), ("src/lib/mistral.ts", 9),
         ("src/lib/mistral.ts", 31), ("src/lib/translate.ts", 10)]


def test_an_error_middleware_learns_that_its_routes_forward_a_keyed_axios_error(tmp_path: Path) -> None:
    """`check`'s second step: `middleware/errors.js` names neither Mistral nor axios; the module
    mounting it says its router hands `next()` the error of a keyed instance. The middleware whose
    routes forward the SDK's errors, and the one behind a helper that falls back, stay clean."""
    tree = tmp_path / "project_view_error_middleware_axios"
    shutil.copytree(FIXTURES / "MK004" / "project_view_error_middleware_axios", tree)
    run = _check_sarif(tree)
    results = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK004"]
    assert sorted((r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                   r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results) == \
        [("express_app.js", 17), ("hono_app.ts", 13), ("middleware/errors.js", 3)]


def test_an_arq_jobs_result_learns_from_the_worker_settings(tmp_path: Path) -> None:
    """`check`'s step for arq: the route enqueues the job by name (`enqueue_job("summarize")`) and
    imports no module of it; the worker settings registering it (`functions = [...]`) are found
    by that name. The job that falls back and the one that never calls Mistral stay clean."""
    tree = tmp_path / "arq_job_result"
    shutil.copytree(FIXTURES / "MK006" / "arq_job_result", tree)
    run = _check_sarif(tree)
    [leak] = [r for r in json.loads(run.stdout)["runs"][0]["results"] if r["ruleId"] == "MK006"]
    where = leak["locations"][0]["physicalLocation"]
    assert (where["artifactLocation"]["uri"], where["region"]["startLine"]) == ("routes.py", 30)
    [related] = leak["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "settings.py"
