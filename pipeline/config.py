"""Settings: defaults, overridden by pipeline.toml in the working folder (or --config)."""
from __future__ import annotations

import copy
import hashlib
import json
import tomllib
from pathlib import Path

DEFAULTS: dict = {
    # max_page_mb: larger files are refused with an error row (drug pages are 10-500 kB;
    # a 50 MB "page" is a crawl accident, and spaCy would need minutes and gigabytes for it).
    "run": {"raw": "raw", "out": "output", "build": "build", "max_page_mb": 10},
    "annotate": {
        # "lexicon": dictionary matching only; otherwise a spaCy model: a folder
        # (relative to the project) or the name of an installed package, e.g.
        # "en_ner_bc5cdr_md".  merge=true adds the lexicon's entities the model missed;
        # merge=false keeps the model's only.  Either way they are normalized from the lexicons.
        "ner": "models/ner_bc5cdr",
        "merge": True,
        # with merge: "lexicon" = a lexicon term replaces the model spans it covers (a longer
        # model span keeps its boundaries); "model" = the model's spans win every overlap
        "prefer": "lexicon",
        "batch_size": 16,
        # signs and symptoms from "X can cause a, b and c" lists (pipeline/symptoms.py); the
        # pubtator command turns it off: on BC5CDR dev abstracts it costs 0.9 Disease F.
        "symptom_lists": True,
        # consumer names of drug classes ("blood thinners", resources/drug_classes.tsv); the
        # pubtator command turns it off: BC5CDR marks chemicals, not classes (dev: 73 of 100 were no gold Chemical)
        "drug_classes": True,
        # disease acronyms pages use undefined ("MS", "RA"; resources/acronyms.tsv); off in the
        # pubtator command: in abstracts MS is mass spectrometry
        "acronyms": True,
        # brand names a page introduces as a medicine ("Paxlovid is an oral antiviral medicine",
        # pipeline/drug_names.py); the pubtator command turns it off (abstracts are not pages)
        "drug_names": True,
    },
}


# Model folders in the config are relative to the project.
PROJECT = Path(__file__).resolve().parent.parent


class ConfigError(ValueError):
    pass


def model_path(ner: str) -> Path | None:
    """A model folder named in the config (relative to the project), or None for a package."""
    p = Path(ner)
    if not p.is_absolute():
        p = PROJECT / p
    return p if p.is_dir() else None


def model_fingerprint(ner: str) -> str:
    """Hash of a model folder's files (or the package name), for the build cache; its Markdown
    (the model card) is documentation and does not count."""
    if ner == "lexicon":
        return "lexicon"
    path = model_path(ner)
    if path is None:
        return "package:" + ner
    h = hashlib.sha256()
    for f in sorted(path.rglob("*")):
        if f.is_file() and f.suffix != ".md":
            h.update(str(f.relative_to(path)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def load(path: str | Path | None = None) -> dict:
    cfg = copy.deepcopy(DEFAULTS)
    p = Path(path) if path else Path("pipeline.toml")
    if path and not p.is_file():
        raise ConfigError(f"{p}: config file not found")
    if p.is_file():
        try:
            user = tomllib.loads(p.read_text("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"{p}: not valid TOML: {e}") from e
        for section, values in user.items():
            if section not in cfg or not isinstance(values, dict):
                raise ConfigError(f"{p}: unknown section [{section}]")
            for key, value in values.items():
                if key not in cfg[section]:
                    raise ConfigError(f"{p}: unknown setting {section}.{key}")
                cfg[section][key] = value
    return cfg


def fingerprint(cfg: dict) -> str:
    return hashlib.sha256(json.dumps(cfg["annotate"], sort_keys=True).encode()).hexdigest()
