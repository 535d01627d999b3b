"""Run KGX's own validator (``kgx validate``'s function, ``kgx.cli.cli_utils.validate``) on a
``kg export --format kgx`` directory, offline, against the Biolink Model of the installed
``biolink-model`` package.

Out of the box kgx fetches what it checks against from GitHub: the Biolink schema YAML (bmt's
``Toolkit()``), the predicate map, and a JSON-LD context of CURIE prefixes (kgx's ``config.yml``
names Biolink 2.2.5's). This script hands it the same things from the package instead: the
schema YAML, an empty predicate map (the validator does not use it) and the package's prefix
map as the JSON-LD context, plus, unless ``--biolink-prefixes-only``, the CURIE prefixes of our
own nodes that the export declares in ``prefixes.json``. It prints one JSON object:
``{"biolink": version, "errors": {type: {message: [entities]}}, "warnings": {...}}``.

Usage: python tests/kgx_validate.py DIR [--biolink-prefixes-only]
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0])
    spec = importlib.util.find_spec("biolink_model")
    if spec is None or not spec.submodule_search_locations:
        print("biolink-model is not installed: pip install -e '.[test]'", file=sys.stderr)
        return 2
    folder = Path(next(iter(spec.submodule_search_locations)))
    context = json.loads((folder / "prefixmaps" / "biolink_model_prefix_map.json").read_text(encoding="utf-8"))
    if "--biolink-prefixes-only" not in argv:
        context.update(json.loads((out_dir / "prefixes.json").read_text(encoding="utf-8")))

    import bmt.toolkit

    # kgx builds a Toolkit() with bmt's defaults (GitHub URLs) as it is imported: point the
    # defaults at the package's files before the first import of kgx
    bmt.toolkit.Toolkit.__init__.__defaults__ = (str(folder / "schema" / "biolink_model.yaml"),
                                                 {"predicate mappings": []})
    import kgx.config
    import kgx.utils.kgx_utils
    from kgx.cli.cli_utils import validate

    kgx.config.jsonld_context_map["biolink"] = context
    found = validate([str(out_dir / "nodes.jsonl"), str(out_dir / "edges.jsonl")], "jsonl", None,
                     str(out_dir / "kgx-validate.txt"))
    version = kgx.utils.kgx_utils.get_toolkit().get_model_version()
    print(json.dumps({"biolink": version, "errors": found.get("ERROR", {}),
                      "warnings": found.get("WARNING", {})}, default=sorted))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
