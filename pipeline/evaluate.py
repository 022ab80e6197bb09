"""evaluate: score extractors against hand-labeled gold (brat, see gold.py).

For each extractor variant (lexicon+rules, model+rules, model+lexicon+rules, …) the raw
pages are built with that variant's settings, then compared with gold:
- entities: nervaluate's strict / exact / partial / ent_type schema (Segura-Bedmar et al.,
  SemEval-2013 task 9), per label and overall;
- relations: pair P/R/F1 per type — the set of (relation, subject, object, negated) facts
  of a page, subject/object matched by concept ID or by surface text;
- qualifiers: for relation instances matched in the same sentence, the share whose
  population / status / biomarker / combination (as sets), approval and negation agree.
Predicted offsets are mapped onto the gold text with difflib when the cleaner's text has
changed since the gold was labeled.
"""
from __future__ import annotations

import copy
import difflib
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from nervaluate import Evaluator

from .gold import LABELS, GoldDoc, read_dir
from .records import QUALIFIERS, RELATIONS
from .tables import atomic_write, to_json

NER_SCHEMAS = ("strict", "exact", "partial", "ent_type")
QUALIFIER_KEYS = ("negated", "approval", *QUALIFIERS)


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def aligner(pred_text: str, gold_text: str):
    """A function mapping (start, end) in pred_text to gold_text, or None."""
    if pred_text == gold_text:
        return lambda s, e: (s, e)
    ops = [op for op in difflib.SequenceMatcher(None, pred_text, gold_text, autojunk=False).get_opcodes()
           if op[0] == "equal"]

    def mapped(s: int, e: int):
        for _, a0, a1, b0, _ in ops:
            if a0 <= s and e <= a1:
                return b0 + s - a0, b0 + e - a0
        return None

    return mapped


def norm(v: str) -> str:
    return " ".join(str(v).lower().split())


def keys_of(cid: str, *texts: str) -> set[str]:
    return ({f"id:{cid}"} if cid else set()) | {f"t:{norm(t)}" for t in texts if t}


def load_predictions(out: Path) -> tuple[dict, dict, dict]:
    texts = {p.stem: p.read_text("utf-8") for p in (out / "clean").glob("*.txt")}
    ments, rels = defaultdict(list), defaultdict(list)
    for m in json.loads((out / "mentions.json").read_text("utf-8")):
        ments[m["doc_id"]].append(m)
    for r in json.loads((out / "relations.json").read_text("utf-8")):
        rels[r["doc_id"]].append(r)
    return texts, ments, rels


def score_page(gold: GoldDoc, text: str, ments: list[dict], rels: list[dict]) -> dict:
    """All scores of one page: {'entities': nervaluate result, 'pairs': {rel: Scores}, 'qualifiers': ...}."""
    amap = aligner(text, gold.text)
    true = [{"label": e.label, "start": e.start, "end": e.end} for e in gold.entities.values()]
    pred = []
    for m in ments:
        span = amap(m["start"], m["end"])
        pred.append({"label": m["label"], "start": span[0] if span else -10, "end": span[1] if span else -9})
    ner = Evaluator([true], [pred], tags=list(LABELS)).evaluate()

    # relation pairs: page-level facts
    def gold_fact(r):
        s, o = gold.entities[r.subject], gold.entities[r.object]
        return r.relation, keys_of(s.concept_id, s.text, s.concept_name), keys_of(o.concept_id, o.text, o.concept_name), r.negated

    def pred_fact(r):
        return (r["relation"], keys_of(r["subject_id"], r["subject_text"], r["subject"]),
                keys_of(r["object_id"], r["object_text"], r["object"]), r["negated"])

    pairs = {}
    for rel in RELATIONS:
        g = merge_facts([gold_fact(r) for r in gold.relations if r.relation == rel])
        p = merge_facts([pred_fact(r) for r in rels if r["relation"] == rel])
        matched = match(g, p)
        pairs[rel] = Scores(len(matched), len(p) - len(matched), len(g) - len(matched))

    # qualifiers: instances matched within the same sentence
    qual = {k: [0, 0] for k in QUALIFIER_KEYS}
    used = set()
    for r in gold.relations:
        s, o = gold.entities[r.subject], gold.entities[r.object]
        gs, go = keys_of(s.concept_id, s.text, s.concept_name), keys_of(o.concept_id, o.text, o.concept_name)
        for i, pr in enumerate(rels):
            if i in used or pr["relation"] != r.relation:
                continue
            ev = amap(pr["evidence_start"], pr["evidence_end"])
            if not ev or not (ev[0] <= o.start and o.end <= ev[1]):
                continue
            _, ps, po, _ = pred_fact(pr)
            if gs & ps and go & po:
                used.add(i)
                for k in QUALIFIER_KEYS:
                    if k == "negated":
                        ok = pr["negated"] == r.negated
                    elif k == "approval":
                        ok = pr["approval"] == r.approval
                    else:
                        ok = {norm(v) for v in pr.get(k, [])} == {norm(v) for v in getattr(r, k)}
                    qual[k][0] += ok
                    qual[k][1] += 1
                break
    return {"entities": ner, "pairs": pairs, "qualifiers": qual, "true": true, "pred": pred}


def merge_facts(facts: list) -> list:
    """One fact per (relation, subject, object, negated), keys of all its mentions pooled."""
    merged: list = []
    for rel, s, o, neg in facts:
        for f in merged:
            if f[0] == rel and f[3] == neg and f[1] & s and f[2] & o:
                f[1] |= s
                f[2] |= o
                break
        else:
            merged.append([rel, set(s), set(o), neg])
    return merged


def match(gold: list, pred: list) -> list:
    used, out = set(), []
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and g[0] == p[0] and g[3] == p[3] and g[1] & p[1] and g[2] & p[2]:
                used.add(i)
                out.append((g, p))
                break
    return out


def rows_for(extractor: str, scope: str, res: dict) -> list[dict]:
    rows = []
    for schema in NER_SCHEMAS:
        r = res["entities"]["overall"][schema]
        rows.append({"extractor": extractor, "scope": scope, "metric": f"entities/{schema}",
                     "precision": r.precision, "recall": r.recall, "f1": r.f1, "n": r.possible})
    for label in LABELS:
        if label not in res["entities"]["entities"]:
            continue  # neither gold nor prediction has this label
        r = res["entities"]["entities"][label]["strict"]
        rows.append({"extractor": extractor, "scope": scope, "metric": f"entities/strict/{label}",
                     "precision": r.precision, "recall": r.recall, "f1": r.f1, "n": r.possible})
    for rel, s in res["pairs"].items():
        p, r, f = s.prf()
        rows.append({"extractor": extractor, "scope": scope, "metric": f"pairs/{rel}",
                     "precision": p, "recall": r, "f1": f, "n": s.tp + s.fn})
    for k, (ok, n) in res["qualifiers"].items():
        rows.append({"extractor": extractor, "scope": scope, "metric": f"qualifier/{k}",
                     "precision": None, "recall": None, "f1": ok / n if n else None, "n": n})
    return rows


def combine(results: list[dict]) -> dict:
    """Overall scores: nervaluate over all pages at once; pairs and qualifiers summed."""
    pairs = {rel: Scores() for rel in RELATIONS}
    qual = {k: [0, 0] for k in QUALIFIER_KEYS}
    for res in results:
        for rel, s in res["pairs"].items():
            pairs[rel].tp += s.tp
            pairs[rel].fp += s.fp
            pairs[rel].fn += s.fn
        for k, (ok, n) in res["qualifiers"].items():
            qual[k][0] += ok
            qual[k][1] += n
    return {"pairs": pairs, "qualifiers": qual}


def evaluate_output(gold_docs: list[GoldDoc], out: Path, extractor: str) -> list[dict]:
    texts, ments, rels = load_predictions(out)
    rows, results, true_all, pred_all = [], [], [], []
    for g in gold_docs:
        if g.doc_id not in texts:
            raise ValueError(f"gold page {g.doc_id!r} has no prediction in {out} (is it in the raw folder?)")
        res = score_page(g, texts[g.doc_id], ments[g.doc_id], rels[g.doc_id])
        results.append(res)
        rows += rows_for(extractor, g.doc_id, res)
        true_all.append(res["true"])
        pred_all.append(res["pred"])
    overall = combine(results)
    overall["entities"] = Evaluator(true_all, pred_all, tags=list(LABELS)).evaluate()
    return rows_for(extractor, "overall", overall) + rows


def variants(cfg: dict) -> dict[str, dict]:
    """Extractor variants available here: name -> settings."""
    from .nlp import model_path

    out = {}
    lex = copy.deepcopy(cfg)
    lex["annotate"]["ner"] = "lexicon"
    out["lexicon+rules"] = lex
    models = sorted({cfg["annotate"]["ner"], "models/ner_bc5cdr"} - {"lexicon"})
    for ner in models:
        if model_path(ner) is None and ner == "models/ner_bc5cdr":
            continue
        name = Path(ner).name
        for label, merge, prefer in [(f"{name}+rules", False, "model"), (f"{name}+lexicon+rules", True, "model"),
                                     (f"lexicon+{name}+rules", True, "lexicon")]:
            c = copy.deepcopy(cfg)
            c["annotate"]["ner"], c["annotate"]["merge"], c["annotate"]["prefer"] = ner, merge, prefer
            out[label] = c
    return out


def run(gold_dir: Path, raw: Path, out: Path, cfg: dict, build: Path | None = None) -> pd.DataFrame:
    """Build every variant, score it, write out/eval/scores.{csv,json}; return the rows."""
    from .runner import run as build_run

    gold_docs = read_dir(gold_dir)
    if not gold_docs:
        raise ValueError(f"no gold pages (*.txt + *.ann) in {gold_dir}")
    rows = []
    for name, c in variants(cfg).items():
        vout = out / "eval" / name
        build_run(raw, vout, c, build)
        rows += evaluate_output(gold_docs, vout, name)
    df = pd.DataFrame(rows, columns=["extractor", "scope", "metric", "precision", "recall", "f1", "n"])
    df = df.sort_values(["scope", "metric", "extractor"], key=lambda s: s.map(lambda v: (v != "overall", v)),
                        kind="stable").reset_index(drop=True)
    atomic_write(out / "eval" / "scores.csv", df.to_csv(index=False, float_format="%.4f", lineterminator="\n"))
    atomic_write(out / "eval" / "scores.json", to_json(df.round(4)))
    return df


def summary(df: pd.DataFrame) -> str:
    """The overall F1 of each metric, one column per extractor."""
    o = df[df["scope"] == "overall"]
    table = o.pivot_table(index="metric", columns="extractor", values="f1", sort=False, aggfunc="first")
    n = o.groupby("metric", sort=False)["n"].first()
    table.insert(0, "n", n)
    return table.to_string(float_format=lambda v: f"{v:.3f}")
