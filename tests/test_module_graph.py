"""Import reading and resolution for the project view."""

from __future__ import annotations

from pathlib import Path

from mistral_keyguard.module_graph import ModuleResolver, import_specs, imports_of, module_names
from mistral_keyguard.project_view import ProjectView
from mistral_keyguard.runner import tree_module_names
from mistral_keyguard.settings import Settings


def _tree(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_python_imports_are_read_from_the_bytes() -> None:
    data = b"import os\nfrom .client import (get_client,\n    Thing as Other)\nfrom app.llm import ask  # x\n"
    found = {(i.spec, i.names) for i in imports_of(data, "python")}
    assert (".client", (("get_client", "get_client"), ("Thing", "Other"))) in found
    assert ("app.llm", (("ask", "ask"),)) in found
    assert ("os", (("", "os"),)) in found  # a module object: `os.x` is its member


def test_python_module_object_imports() -> None:
    data = b"import app.llm as llm_mod, json\nimport app.textutil\nfrom app import llm\n"
    found = {(i.spec, i.names) for i in imports_of(data, "python")}
    assert ("app.llm", (("", "llm_mod"),)) in found
    assert ("json", (("", "json"),)) in found
    assert ("app.textutil", (("", "app.textutil"),)) in found
    assert ("app", (("llm", "llm"),)) in found


def test_import_words_elsewhere_are_not_imports() -> None:
    data = b'x = "from app import secret"\nmessage = f"from {a} import {b}"\ny = "import app"\n'
    assert imports_of(data, "python") == []
    assert imports_of(b"const s = 'exported from \"./x\"';\n", "javascript") == []


def test_ecma_imports_requires_and_reexports() -> None:
    data = (b"import express from 'express';\nimport { a, b as c } from './lib';\n"
            b"export * from './ai';\nexport { x } from \"./m\";\nconst { d, e: f } = require('./cfg');\n")
    found = {(i.spec, i.names, i.reexport) for i in imports_of(data, "typescript")}
    assert ("./lib", (("a", "a"), ("b", "c")), False) in found
    assert ("./ai", (("*", "*"),), True) in found
    assert ("./m", (("x", "x"),), True) in found
    assert ("./cfg", (("d", "d"), ("e", "f")), False) in found
    assert ("express", (("default", "express"),), False) in found


def test_python_resolution(tmp_path: Path) -> None:
    _tree(tmp_path, {"pyproject.toml": "", "app/__init__.py": "", "app/llm.py": "", "app/views.py": "",
                     "src/pkg/__init__.py": "", "src/pkg/keys.py": ""})
    resolver = ModuleResolver(tmp_path)
    views = tmp_path / "app" / "views.py"
    assert resolver.resolve(views, ".llm", "python") == (tmp_path / "app/llm.py").resolve()
    assert resolver.resolve(views, "app.llm", "python") == (tmp_path / "app/llm.py").resolve()
    assert resolver.resolve(views, "pkg.keys", "python") == (tmp_path / "src/pkg/keys.py").resolve()
    assert resolver.resolve(views, "app", "python") == (tmp_path / "app/__init__.py").resolve()
    assert resolver.resolve(views, "requests", "python") is None


def test_ecma_resolution_with_aliases(tmp_path: Path) -> None:
    _tree(tmp_path, {"tsconfig.json": '{ // comment\n "compilerOptions": {"baseUrl": ".", "paths": {"~lib/*": ["lib/*"]},},}',
                     "lib/ai.ts": "", "src/lib/index.ts": "", "src/routes/a.ts": "", "src/util/index.js": ""})
    resolver = ModuleResolver(tmp_path)
    importer = tmp_path / "src/routes/a.ts"
    assert resolver.resolve(importer, "~lib/ai", "typescript") == (tmp_path / "lib/ai.ts").resolve()
    assert resolver.resolve(importer, "../util", "typescript") == (tmp_path / "src/util/index.js").resolve()
    assert resolver.resolve(importer, "@/lib", "typescript") == (tmp_path / "src/lib/index.ts").resolve()
    assert resolver.resolve(importer, "$lib", "typescript") == (tmp_path / "src/lib/index.ts").resolve()
    assert resolver.resolve(importer, "express", "typescript") is None


def test_the_default_at_alias_falls_back_to_the_root_without_src(tmp_path: Path) -> None:
    """A Next.js app with `lib/` at its root and no tsconfig `paths`: `@/lib/ai` is `lib/ai`."""
    _tree(tmp_path, {"lib/ai.ts": "", "pages/index.tsx": ""})
    resolver = ModuleResolver(tmp_path)
    assert resolver.resolve(tmp_path / "pages/index.tsx", "@/lib/ai", "tsx") == (tmp_path / "lib/ai.ts").resolve()
    assert resolver.target_names(str(tmp_path / "pages"), "@/lib/ai", "tsx") == ("ai",)


def test_resolution_never_leaves_the_root(tmp_path: Path) -> None:
    _tree(tmp_path, {"outside.py": "", "proj/app.py": ""})
    (tmp_path / "proj" / "link.py").symlink_to(tmp_path / "outside.py")
    resolver = ModuleResolver(tmp_path / "proj")
    app = tmp_path / "proj" / "app.py"
    assert resolver.resolve(app, "..outside", "python") is None
    assert resolver.resolve(app, ".link", "python") is None
    assert resolver.resolve(app, "../outside", "javascript") is None


def test_target_names_name_every_file_an_import_resolves_to(tmp_path: Path) -> None:
    """`check` resolves only the imports whose `target_names` meet the `module_names` of a module
    that may have a summary: both must agree on every import that resolves."""
    _tree(tmp_path, {"tsconfig.json": '{"compilerOptions": {"baseUrl": ".", "paths": {"~lib/*": ["lib/*"], '
                                      '"@cfg": ["src/config/settings.ts"]}}}',
                     "lib/ai.ts": "", "src/lib/index.ts": "", "src/routes/a.ts": "", "src/util/index.js": "",
                     "src/config/settings.ts": "", "src/routes/helper.js": "", "src/routes/index.ts": "",
                     "app/__init__.py": "", "app/llm.py": "", "app/views/__init__.py": "", "app/views/home.py": "",
                     "src/pkg/__init__.py": "", "src/pkg/keys.py": ""})
    resolver = ModuleResolver(tmp_path)
    cases = [("src/routes/a.ts", spec, "typescript") for spec in
             ("~lib/ai", "../util", "@/lib", "$lib", "@cfg", "./helper", "./helper.js", ".", "./index", "express")]
    cases += [("app/views/home.py", spec, "python") for spec in
              ("..llm", "app.llm", "pkg.keys", "pkg", ".", "..", "app", "requests")]
    resolved = 0
    for importer, spec, language in cases:
        target = resolver.resolve(tmp_path / importer, spec, language)
        names = resolver.target_names(str(tmp_path / importer).rsplit("/", 1)[0], spec, language)
        if target is not None:
            resolved += 1
            assert set(names) & module_names(str(target)), (spec, target, names)
    assert resolved == 16  # all but the two packages


def test_tsconfig_extends_chain_inside_the_root(tmp_path: Path) -> None:
    """`baseUrl` and `paths` come from extended configs, resolved from the folder of the config
    that sets them; a chain stops at a cycle, a package name, a link and the project root."""
    _tree(tmp_path, {
        "shared.json": '{"compilerOptions": {"baseUrl": "proj", "paths": {"#up/*": ["src/*"]}}}',
        "proj/tsconfig.json": '{"extends": ["../shared.json", "./cfg/paths", "@tsconfig/node20"]}',
        "proj/cfg/paths.json": '{"extends": "./loop.json", "compilerOptions": {"baseUrl": "..", "paths": {"~/*": ["src/*"]}}}',
        "proj/cfg/loop.json": '{"extends": "./paths.json", "compilerOptions": {"paths": {"#loop/*": ["cfg/*"]}}}',
        "proj/src/ai.ts": "", "proj/src/routes/a.ts": "",
    })
    resolver = ModuleResolver(tmp_path / "proj")
    importer = tmp_path / "proj/src/routes/a.ts"
    assert resolver.resolve(importer, "~/ai", "typescript") == (tmp_path / "proj/src/ai.ts").resolve()
    assert resolver.resolve(importer, "#up/ai", "typescript") is None  # set above the root: not read
    assert resolver.resolve(importer, "#loop/ai", "typescript") is None  # overridden by the extending config


def test_tsconfig_extends_through_a_link_is_not_followed(tmp_path: Path) -> None:
    # (`#ext/`, not `~/`: `~/*` names src/ by default, with or without a config.)
    _tree(tmp_path, {"outside.json": '{"compilerOptions": {"baseUrl": ".", "paths": {"#ext/*": ["src/*"]}}}',
                     "proj/tsconfig.json": '{"extends": "./base.json"}', "proj/src/ai.ts": "",
                     "proj/src/a.ts": ""})
    (tmp_path / "proj" / "base.json").symlink_to(tmp_path / "outside.json")
    resolver = ModuleResolver(tmp_path / "proj")
    assert resolver.resolve(tmp_path / "proj/src/a.ts", "#ext/ai", "typescript") is None


def test_import_specs_name_python_submodules_and_module_objects(tmp_path: Path) -> None:
    """`from pkg import mod` may take the submodule (a namespace package has no `__init__`), and
    `import pkg.mod as m` is a module object: `check`'s plan must see both files."""
    _tree(tmp_path, {"nspkg/llm.py": "", "app/__init__.py": "", "app/keys.py": "", "app/views/home.py": ""})
    data = b"from nspkg import llm\nfrom .. import keys as k\nimport app.keys as ak, nspkg.llm\n"
    specs = import_specs(data, "python")
    assert {"nspkg.llm", "..keys", "app.keys"} <= set(specs)
    resolver = ModuleResolver(tmp_path)
    importer = tmp_path / "app/views/home.py"
    resolved = {spec: resolver.resolve(importer, spec, "python") for spec in specs}
    assert resolved["nspkg.llm"] == (tmp_path / "nspkg/llm.py").resolve()
    assert resolved["..keys"] == (tmp_path / "app/keys.py").resolve()
    for spec, target in resolved.items():
        if target is not None:
            assert set(resolver.target_names(str(importer.parent), spec, "python")) & module_names(str(target))


def test_dynamic_imports_and_the_imports_of_pages_and_components() -> None:
    """`await import("./x")` loads a project module too; Vue/Svelte scripts and an HTML page's
    `<script src>` import as code does (`check`'s first pass reads them for placement)."""
    code = b'export async function go() {\n  const { ask } = await import("../lib/ask");\n  return ask();\n}\n'
    assert [(i.spec, i.names) for i in imports_of(code, "typescript")] == [("../lib/ask", ())]
    assert import_specs(code, "typescript") == ["../lib/ask"]
    component = b'<script setup>\nimport { useQuiz } from "../composables/useQuiz";\n</script>\n'
    assert import_specs(component, "vue") == ["../composables/useQuiz"]
    page = b'<html><script type="module" src="main.js"></script><script src="https://cdn.example/x.js"></script></html>'
    assert import_specs(page, "html") == ["./main.js"]


def test_default_aliases_name_src_then_the_root(tmp_path: Path) -> None:
    """With no config stating them, `@/` and `~/` name `src/` first, else the project root (Next
    without a src folder, Nuxt's srcDir); a scoped package (`@scope/x`) is never one."""
    _tree(tmp_path, {"proj/package.json": "{}", "proj/lib/ai.ts": "", "proj/src/utils.ts": "", "proj/app/a.ts": ""})
    resolver = ModuleResolver(tmp_path / "proj")
    importer = tmp_path / "proj/app/a.ts"
    assert resolver.resolve(importer, "@/lib/ai", "typescript") == (tmp_path / "proj/lib/ai.ts").resolve()
    assert resolver.resolve(importer, "~/lib/ai", "typescript") == (tmp_path / "proj/lib/ai.ts").resolve()
    assert resolver.resolve(importer, "@/utils", "typescript") == (tmp_path / "proj/src/utils.ts").resolve()
    assert resolver.resolve(importer, "@scope/lib/ai", "typescript") is None


def _auto_imported(resolver: ModuleResolver, importer: Path) -> set[Path | None]:
    return {resolver.resolve(importer, item.spec, "typescript") for item in resolver.auto_imports(importer, "typescript")
            if item.names == (("*", "*"),)}


def test_nuxt_server_files_auto_import_server_utils(tmp_path: Path) -> None:
    """A file under `server/` of a Nuxt or Nitro app (package.json names nuxt or nitropack, or a
    nuxt.config or nitro.config exists) imports every module of `server/utils/` with no statement; other files and apps do not."""
    files = {"server/utils/mistral.ts": "", "server/utils/format.ts": "", "server/utils/types.d.ts": "",
             "server/api/chat.post.ts": "", "components/Chat.ts": ""}
    _tree(tmp_path / "by-package", {"package.json": '{"dependencies": {"nuxt": "^3.15.0"}}', **files})
    _tree(tmp_path / "by-config", {"nuxt.config.ts": "export default defineNuxtConfig({})", **files})
    _tree(tmp_path / "nitro-package", {"package.json": '{"dependencies": {"nitropack": "^2.9.7"}}', **files})
    _tree(tmp_path / "nitro-config", {"nitro.config.ts": 'export default defineNitroConfig({ srcDir: "server" })',
                                      **files})
    _tree(tmp_path / "express", {"package.json": '{"dependencies": {"express": "^4.0.0"}}', **files})
    for app in ("by-package", "by-config", "nitro-package", "nitro-config"):
        root = (tmp_path / app).resolve()
        resolver = ModuleResolver(root)
        utils = {root / "server/utils/mistral.ts", root / "server/utils/format.ts"}
        assert _auto_imported(resolver, root / "server/api/chat.post.ts") == utils
        assert _auto_imported(resolver, root / "server/utils/format.ts") == {root / "server/utils/mistral.ts"}
        assert resolver.auto_imports(root / "components/Chat.ts", "typescript") == []
    express = (tmp_path / "express").resolve()
    assert ModuleResolver(express).auto_imports(express / "server/api/chat.post.ts", "typescript") == []


def test_import_names_keep_only_absolute_imports_that_may_name_a_walked_file(tmp_path: Path) -> None:
    """`check`'s first pass drops `os`, `typing`, `flask`: no folder or Python module it walked
    has that name, so the import resolves to no file its plan can hold. Every import that can
    resolve to such a file stays, whichever folder it resolves in."""
    _tree(tmp_path, {"pyproject.toml": "", "app/__init__.py": "", "app/llm.py": "", "src/pkg/keys.py": "",
                     "tools/scripts/helpers.py": "", "tools/scripts/run.py": ""})
    run = tmp_path / "tools/scripts/run.py"
    data = (b"import os, typing\nfrom flask import Flask\nimport app.llm\nfrom pkg.keys import KEY\n"
            b"from helpers import ask\nfrom llm_extra import x\nfrom .sibling import y\n")
    view = ProjectView(Settings())
    everything = [spec for spec, _names in view.import_names(run, data, "python", tmp_path)]
    view.tree_names = tree_module_names([(str(p), "") for p in tmp_path.rglob("*") if p.is_file()])
    specs = [spec for spec, _names in view.import_names(run, data, "python", tmp_path)]
    assert specs == ["pkg.keys", "pkg.keys.KEY", "helpers", "helpers.ask", ".sibling", ".sibling.y", "app.llm"]
    assert {"os", "typing", "flask", "llm_extra"} <= set(everything)  # the editor's view keeps them all
    resolver = ModuleResolver(tmp_path)
    for spec in ("os", "typing", "flask", "llm_extra"):
        assert resolver.resolve(run, spec, "python") is None  # what was dropped resolves nowhere


def test_ember_module_prefix_names_the_app_and_its_config(tmp_path: Path) -> None:
    """`<modulePrefix>/config/environment` is `config/environment.js`, `<modulePrefix>/x` is
    `app/x`; the prefix is read from the config, and a tree with no `app/` folder has no alias."""
    _tree(tmp_path / "ember", {
        "config/environment.js": "module.exports = function () { return { modulePrefix: 'helpdesk' }; };\n",
        "app/services/assistant.js": "import config from 'helpdesk/config/environment';\n",
        "app/utils/ask.js": "export const ask = 1;\n",
    })
    resolver = ModuleResolver(tmp_path / "ember")
    importer = tmp_path / "ember" / "app" / "services" / "assistant.js"
    assert resolver.resolve(importer, "helpdesk/config/environment", "javascript") == \
        (tmp_path / "ember" / "config" / "environment.js").resolve()
    assert resolver.resolve(importer, "helpdesk/utils/ask", "javascript") == \
        (tmp_path / "ember" / "app" / "utils" / "ask.js").resolve()
    assert resolver.resolve(importer, "other/config/environment", "javascript") is None
    _tree(tmp_path / "plain", {"config/environment.js": "module.exports = { modulePrefix: 'site' };\n",
                               "lib/x.js": "import c from 'site/config/environment';\n"})
    plain = ModuleResolver(tmp_path / "plain")
    assert plain.resolve(tmp_path / "plain" / "lib" / "x.js", "site/config/environment", "javascript") is None


def test_a_nested_tsconfig_governs_the_files_below_it(tmp_path: Path) -> None:
    """A front end in `web/` of a Python project, its tsconfig there and no manifest: its `@/*` and
    custom aliases resolve from `web/`, as TypeScript resolves them from the nearest config."""
    _tree(tmp_path, {"server/app.py": "", "web/tsconfig.json": '{"compilerOptions": {"baseUrl": ".", '
                     '"paths": {"@/*": ["./*"], "#ui/*": ["components/*"]}}}',
                     "web/lib/mistral.ts": "", "web/components/Ask.tsx": "", "web/components/Button.tsx": "",
                     "other/lib/mistral.ts": "", "other/page.tsx": ""})
    resolver = ModuleResolver(tmp_path)
    ask = tmp_path / "web/components/Ask.tsx"
    assert resolver.resolve(ask, "@/lib/mistral", "tsx") == (tmp_path / "web/lib/mistral.ts").resolve()
    assert resolver.resolve(ask, "#ui/Button", "tsx") == (tmp_path / "web/components/Button.tsx").resolve()
    assert resolver.target_names(str(tmp_path / "web/components"), "#ui/Button", "tsx") == ("Button",)
    # Outside `web/`, its config does not apply.
    assert resolver.resolve(tmp_path / "other/page.tsx", "#ui/Button", "tsx") is None
    assert resolver.target_names(str(tmp_path / "other"), "#ui/Button", "tsx") == ()
