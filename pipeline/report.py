"""report: the tables of an output folder as one static HTML page, OUT/report/index.html.

Sections: dataset summary (pages, mentions by label, relations by type, most frequent drugs
and diseases), the TREATS table with its qualifiers (one row per TREATS row of relations.csv,
each with ``data-relation-id="<doc_id>/<relation_id>"``), one view per page (its clean text
with the mentions rendered by displaCy, its relations beside it), the evaluation
(OUT/eval/scores.csv, when present: tables and matplotlib plots, OUT/report/eval-*.svg) and
the errors table.

The page is offline: no script, no external URL, styles inline.  Every piece of page text is
escaped: ours with html.escape, the displaCy markup by displaCy (checked below: it escapes the
text, not the labels, which we escape ourselves).  Output is deterministic — no dates, no
absolute paths, rows sorted, SVG with a fixed hash salt and no date — so an unchanged output
folder gives byte-identical files, and files whose bytes would not change are not rewritten.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import math
from collections import Counter, defaultdict
from html import escape
from pathlib import Path

from .records import QUALIFIERS, RELATIONS
from .tables import SEP, atomic_write

LABELS = ("DRUG", "DISEASE", "CONDITION", "BIOMARKER", "ORGANISM")
COLORS = {"DRUG": "#7aecec", "DISEASE": "#feca74", "CONDITION": "#c887fb", "BIOMARKER": "#bfeeb7", "ORGANISM": "#e4e7d2"}
PLOTS = ("eval-prf.svg", "eval-qualifiers.svg")
TOP = 15

CSS = """
body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#243b53;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;font-size:13px;color:#d9e2ec}
nav{padding:8px 24px;background:#e4e7eb;font-size:13px}
nav a{margin-right:14px;color:#243b53}
main{padding:8px 24px 40px}
h2{border-bottom:2px solid #243b53;padding-bottom:4px;margin-top:28px}
h3{margin:18px 0 6px}
.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#fff;border:1px solid #d9e2ec;border-radius:6px;padding:10px 16px;min-width:120px}
.card b{display:block;font-size:24px}
.row{display:flex;gap:24px;flex-wrap:wrap;align-items:flex-start}
table{border-collapse:collapse;background:#fff;font-size:12.5px;margin:6px 0}
th,td{border:1px solid #d9e2ec;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f0f4f8}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.ev{max-width:420px;color:#444}
tr.neg td{background:#fff1f1}
.id{color:#627d98;font-size:11px}
.page{background:#fff;border:1px solid #d9e2ec;border-radius:6px;padding:8px 14px;margin:14px 0}
.page .grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:18px}
.page-relations{font-size:12px}
.page .text{font-size:13.5px;max-height:700px;overflow:auto;border-right:1px solid #eee;padding-right:10px}
.page .rels{max-height:700px;overflow:auto}
.scroll{max-height:560px;overflow:auto;border:1px solid #d9e2ec}
.scroll table{margin:0}
.scroll th{position:sticky;top:0}
.legend span{display:inline-block;padding:2px 8px;margin-right:6px;border-radius:4px;font-size:12px}
.muted{color:#627d98}
img.plot{max-width:100%;background:#fff;border:1px solid #d9e2ec;margin:6px 0}
"""


def e(v) -> str:
    """Escaped text for an element or a quoted attribute."""
    return escape("" if v is None else str(v), quote=True)


def anchor(doc_id: str) -> str:
    """A stable element id for a page, whatever characters its doc_id has."""
    return "p-" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:12]


def fmt(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "–"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def table(head: list[str], rows: list[str], cls: str = "", tid: str = "") -> str:
    attrs = (f' id="{e(tid)}"' if tid else "") + (f' class="{e(cls)}"' if cls else "")
    h = "".join(f"<th>{e(c)}</th>" for c in head)
    return f"<table{attrs}><thead><tr>{h}</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>"


def tr(cells: list[str], attrs: str = "") -> str:
    """A row of already-escaped cells ('<td>…</td>' strings or plain escaped text)."""
    return f"<tr{attrs}>" + "".join(c if c.startswith("<td") else f"<td>{c}</td>" for c in cells) + "</tr>"


def num(v) -> str:
    return f'<td class="num">{e(fmt(v))}</td>'


def named(name: str, cid: str) -> str:
    return e(name) + (f' <span class="id">{e(cid)}</span>' if cid else "")


# -- data ------------------------------------------------------------------------------------

def load(out: Path) -> dict:
    path = out / "documents.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: build the output first (python -m pipeline run --out {out})")
    data = {name: json.loads((out / f"{name}.json").read_text("utf-8"))
            for name in ("documents", "mentions", "relations")}
    data["documents"].sort(key=lambda d: d["doc_id"])
    errors = out / "errors.csv"
    data["errors"] = list(csv.DictReader(io.StringIO(errors.read_text("utf-8")))) if errors.is_file() else []
    data["texts"] = {d["doc_id"]: (out / "clean" / f"{d['doc_id']}.txt").read_text("utf-8")
                     for d in data["documents"] if d["status"] == "ok" and (out / "clean" / f"{d['doc_id']}.txt").is_file()}
    scores = out / "eval" / "scores.csv"
    data["scores"] = None
    if scores.is_file():
        import pandas as pd

        data["scores"] = pd.read_csv(scores)
    return data


# -- sections --------------------------------------------------------------------------------

def summary(data: dict) -> str:
    docs, ments, rels = data["documents"], data["mentions"], data["relations"]
    ok = sum(d["status"] == "ok" for d in docs)
    concepts = {m["concept_id"] for m in ments if m["concept_id"]}
    cards = [("pages", len(docs)), ("pages ok", ok), ("pages with errors", len(docs) - ok),
             ("mentions", len(ments)), ("concepts", len(concepts)), ("relations", len(rels))]
    html = ['<div class="cards">' + "".join(f'<div class="card"><b>{e(v)}</b>{e(k)}</div>' for k, v in cards) + "</div>"]

    by_label = []
    for label in LABELS:
        ms = [m for m in ments if m["label"] == label]
        norm = sum(bool(m["concept_id"]) for m in ms)
        by_label.append(tr([e(label), num(len(ms)), num(len({m["concept_id"] for m in ms if m["concept_id"]})),
                            num(f"{norm / len(ms):.0%}" if ms else "–")]))
    by_type = []
    for rel in RELATIONS:
        rs = [r for r in rels if r["relation"] == rel]
        by_type.append(tr([e(rel), num(len(rs)), num(sum(r["negated"] for r in rs)),
                           num(len({r["doc_id"] for r in rs}))]))
    html.append('<div class="row"><div><h3>Mentions by label</h3>'
                + table(["label", "mentions", "concepts", "normalized"], by_label) + "</div>"
                + "<div><h3>Relations by type</h3>"
                + table(["relation", "relations", "negated", "pages"], by_type) + "</div></div>")

    tops = []
    for label, title in (("DRUG", "Most frequent drugs"), ("DISEASE", "Most frequent diseases")):
        count: Counter = Counter()
        pages: dict = defaultdict(set)
        for m in ments:
            if m["label"] == label:
                key = (m["concept_name"] or m["text"], m["concept_id"])
                count[key] += 1
                pages[key].add(m["doc_id"])
        rows = [tr([named(*k), num(n), num(len(pages[k]))])
                for k, n in sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]]
        tops.append(f"<div><h3>{e(title)}</h3>" + table(["concept", "mentions", "pages"], rows) + "</div>")
    html.append('<div class="row">' + "".join(tops) + "</div>")
    return "\n".join(html)


def treats_table(data: dict) -> str:
    rows = []
    for r in data["relations"]:
        if r["relation"] != "TREATS":
            continue
        rid = f"{r['doc_id']}/{r['relation_id']}"
        attrs = (f' id="{e(anchor(r["doc_id"]))}-{e(r["relation_id"])}" data-relation-id="{e(rid)}"'
                 + (' class="neg"' if r["negated"] else ""))
        rows.append(tr([f'<a href="#{e(anchor(r["doc_id"]))}">{e(r["doc_id"])}</a>', e(r["relation_id"]),
                        named(r["subject"], r["subject_id"]), named(r["object"], r["object_id"]),
                        "yes" if r["negated"] else "no", *[e(SEP.join(r[q])) for q in QUALIFIERS],
                        e(r["approval"]), f'<td class="ev">{e(r["evidence"])}</td>'], attrs))
    if not rows:
        return '<p class="muted">No TREATS relations.</p>'
    return ('<div class="scroll">' + table(["page", "id", "drug", "disease", "negated", *QUALIFIERS, "approval",
                                            "evidence"], rows, tid="treats") + "</div>")


def render_text(text: str, mentions: list[dict]) -> str:
    """displaCy's entity view of a page, from mentions.json: text escaped by displaCy (checked),
    labels escaped here; overlapping mentions (displaCy cannot draw them) keep the first."""
    from spacy import displacy

    ents, end = [], -1
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        if m["start"] >= end:
            ents.append({"start": m["start"], "end": m["end"], "label": e(m["label"])})
            end = m["end"]
    check_displacy_escapes()
    return displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True, page=False,
                           options={"ents": list(LABELS), "colors": COLORS})


@functools.cache
def check_displacy_escapes() -> None:
    """displaCy escapes the text it renders, inside and outside entities (spaCy 3.8); refuse to
    write a report if an installed version ever stops doing so."""
    from spacy import displacy

    probe = '<b>"&</b>'
    text = f"{probe} x {probe}\n{probe}"
    start = text.index(" x ") + 1  # the entity: "x <probe>"
    markup = displacy.render({"text": text, "ents": [{"start": start, "end": start + 2 + len(probe), "label": "DRUG"}],
                              "title": None}, style="ent", manual=True, page=False)
    if "<b>" in markup or markup.count(escape(probe)) != 3:
        raise RuntimeError("displaCy did not escape the page text; refusing to write the report")


def page_views(data: dict) -> str:
    by_doc_m, by_doc_r = defaultdict(list), defaultdict(list)
    for m in data["mentions"]:
        by_doc_m[m["doc_id"]].append(m)
    for r in data["relations"]:
        by_doc_r[r["doc_id"]].append(r)
    legend = '<p class="legend">' + "".join(f'<span style="background:{COLORS[k]}">{e(k)}</span>' for k in LABELS) + "</p>"
    out = [legend]
    for d in data["documents"]:
        doc_id = d["doc_id"]
        head = (f'<section class="page" id="{e(anchor(doc_id))}" data-doc-id="{e(doc_id)}">'
                f'<h3>{e(d["title"] or doc_id)}</h3><p class="muted">{e(doc_id)} · {e(d["source"])} · {e(d["format"])} · '
                f'{e(d["chars_clean"])} characters of clean text · {len(by_doc_m[doc_id])} mentions · '
                f'{len(by_doc_r[doc_id])} relations</p>')
        if d["status"] != "ok" or doc_id not in data["texts"]:
            out.append(head + f'<p>error: {e(d["error"] or "no clean text")}</p></section>')
            continue
        rows = []
        for r in by_doc_r[doc_id]:
            rid = e(r["relation_id"])
            if r["relation"] == "TREATS":
                rid = f'<a href="#{e(anchor(doc_id))}-{rid}">{rid}</a>'
            quals = "; ".join(f"{q}: {SEP.join(r[q])}" for q in QUALIFIERS if r[q])
            if r["relation"] == "TREATS":
                quals = "; ".join(x for x in (quals, f"approval: {r['approval']}") if x)
            rows.append(tr([rid, e(r["relation"]), named(r["subject"], r["subject_id"]),
                            named(r["object"], r["object_id"]), "yes" if r["negated"] else "no", e(quals)],
                           ' class="neg"' if r["negated"] else ""))
        rels = (table(["id", "relation", "subject", "object", "negated", "qualifiers"], rows, cls="page-relations")
                if rows else '<p class="muted">No relations.</p>')
        out.append(head + '<div class="grid"><div class="text">' + render_text(data["texts"][doc_id], by_doc_m[doc_id])
                   + f'</div><div class="rels">{rels}</div></div></section>')
    return "\n".join(out)


def evaluation(data: dict, plots: dict[str, bytes]) -> str:
    df = data["scores"]
    if df is None or df.empty:
        return '<p class="muted">No evaluation: run <code>python -m pipeline evaluate</code> to get OUT/eval/scores.csv.</p>'
    extractors = sorted(df["extractor"].unique())
    overall = df[df["scope"] == "overall"]
    rows = []
    for metric in overall["metric"].drop_duplicates():
        sub = overall[overall["metric"] == metric].set_index("extractor")
        cells = [e(metric), num(int(sub["n"].max()))]
        for x in extractors:
            for k in ("precision", "recall", "f1"):
                cells.append(num(float(sub.at[x, k]) if x in sub.index else None))
        rows.append(tr(cells))
    head = ('<table id="eval-overall"><thead><tr><th rowspan="2">metric</th><th rowspan="2">n</th>'
            + "".join(f'<th colspan="3">{e(x)}</th>' for x in extractors) + "</tr><tr>"
            + "<th>P</th><th>R</th><th>F1</th>" * len(extractors) + "</tr></thead><tbody>\n")
    html = ["<h3>Overall</h3>", '<p class="muted">Precision, recall and F1 per extractor; qualifier rows give the '
            'accuracy (F1 column) over n matched relation instances.</p>',
            head + "\n".join(rows) + "\n</tbody></table>"]
    for name in PLOTS:
        if name in plots:
            html.append(f'<img class="plot" src="{e(name)}" alt="{e(name)}">')
    per = df[df["scope"] != "overall"]
    prow = []
    for (scope, metric), sub in per.groupby(["scope", "metric"], sort=True):
        sub = sub.set_index("extractor")
        prow.append(tr([e(scope), e(metric), num(int(sub["n"].max()))]
                       + [num(float(sub.at[x, "f1"]) if x in sub.index else None) for x in extractors]))
    html.append(f"<details><summary>Per page ({len(prow)} rows, F1 or accuracy)</summary>"
                + table(["page", "metric", "n", *extractors], prow, tid="eval-pages") + "</details>")
    return "\n".join(html)


def errors(data: dict) -> str:
    if not data["errors"]:
        return '<p class="muted">No errors: every page was processed.</p>'
    rows = [tr([e(r.get("doc_id")), e(r.get("source")), e(r.get("stage")), e(r.get("error"))]) for r in data["errors"]]
    return table(["doc_id", "source", "stage", "error"], rows, tid="errors")


# -- plots -----------------------------------------------------------------------------------

def plot_svgs(df) -> dict[str, bytes]:
    """Deterministic SVG plots of the overall scores: fixed size, dpi, hash salt, no date."""
    if df is None or df.empty:
        return {}
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rc = {"svg.hashsalt": "pipeline-report", "svg.fonttype": "path", "figure.dpi": 100, "savefig.dpi": 100,
          "font.family": "DejaVu Sans", "font.size": 9, "axes.spines.top": False, "axes.spines.right": False}
    overall = df[df["scope"] == "overall"]
    extractors = sorted(overall["extractor"].unique())
    xt = [x.replace("+", "+\n") for x in extractors]
    colors = ("#486581", "#f0b429", "#3ebd93", "#ef4e4e", "#9446ed")

    def value(x, metric, col):
        s = overall[(overall["extractor"] == x) & (overall["metric"] == metric)][col]
        v = float(s.iloc[0]) if len(s) else float("nan")
        return 0.0 if math.isnan(v) else v

    def svg(fig) -> bytes:
        buf = io.BytesIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
        plt.close(fig)
        return buf.getvalue()

    out = {}
    with matplotlib.rc_context(rc):
        panels = [("entities/strict", "entities (strict)")] + [(f"pairs/{r}", r) for r in RELATIONS]
        fig, axes = plt.subplots(1, len(panels), figsize=(12, 3.6), sharey=True)
        width = 0.8 / 3
        for ax, (metric, title) in zip(axes, panels):
            for k, (col, lab) in enumerate((("precision", "P"), ("recall", "R"), ("f1", "F1"))):
                xs = [i + (k - 1) * width for i in range(len(extractors))]
                ax.bar(xs, [value(x, metric, col) for x in extractors], width, label=lab, color=colors[k])
            ax.set_title(title)
            ax.set_xticks(range(len(extractors)), xt, fontsize=7.5)
            ax.set_ylim(0, 1)
            ax.grid(axis="y", alpha=0.3)
        axes[0].set_ylabel("score")
        handles, labels = axes[0].get_legend_handles_labels()
        fig.legend(handles, labels, loc="upper right", ncol=3, frameon=False)
        fig.suptitle("Precision, recall and F1 per extractor: entities and relation pairs per type", x=0.4)
        fig.tight_layout(rect=(0, 0, 1, 0.97))
        out["eval-prf.svg"] = svg(fig)

        quals = [m for m in overall["metric"].drop_duplicates() if m.startswith("qualifier/")]
        if quals:
            fig, ax = plt.subplots(figsize=(12, 3.6))
            width = 0.8 / max(1, len(extractors))
            for k, x in enumerate(extractors):
                xs = [i + (k - (len(extractors) - 1) / 2) * width for i in range(len(quals))]
                vals = [overall[(overall["extractor"] == x) & (overall["metric"] == q)]["f1"] for q in quals]
                ys = [float(v.iloc[0]) if len(v) else float("nan") for v in vals]
                ax.bar(xs, [0.0 if math.isnan(y) else y for y in ys], width, label=x, color=colors[k % len(colors)])
                for xx, y in zip(xs, ys):
                    if math.isnan(y):
                        ax.text(xx, 0.02, "n/a", ha="center", fontsize=7, rotation=90)
            ax.set_xticks(range(len(quals)), [q.split("/", 1)[1] for q in quals])
            ax.set_ylim(0, 1.25)
            ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
            ax.set_ylabel("accuracy")
            ax.grid(axis="y", alpha=0.3)
            ax.legend(loc="upper center", ncol=len(extractors), frameon=False, fontsize=8)
            ax.set_title("Qualifier accuracy on matched relation instances, per extractor")
            fig.tight_layout()
            out["eval-qualifiers.svg"] = svg(fig)
    return out


# -- the page --------------------------------------------------------------------------------

def html_page(data: dict, plots: dict[str, bytes], name: str) -> str:
    sections = [("summary", "Dataset summary", summary(data)),
                ("treats", "TREATS relations", treats_table(data)),
                ("pages", "Pages", page_views(data)),
                ("evaluation", "Evaluation", evaluation(data, plots)),
                ("errors", "Errors", errors(data))]
    nav = "".join(f'<a href="#sec-{k}">{e(t)}</a>' for k, t, _ in sections)
    nav += " | " + "".join(f'<a href="#{e(anchor(d["doc_id"]))}">{e(d["doc_id"])}</a>' for d in data["documents"])
    body = "\n".join(f'<section id="sec-{k}"><h2>{e(t)}</h2>\n{html}\n</section>' for k, t, html in sections)
    n_treats = sum(r["relation"] == "TREATS" for r in data["relations"])
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self'; "
            "style-src 'unsafe-inline'\">\n"
            f"<title>Drug–disease relations report: {e(name)}</title>\n<style>{CSS}</style></head>\n<body>\n"
            f"<header><h1>Drug–disease relations</h1><p>output folder {e(name)} · {len(data['documents'])} pages · "
            f"{len(data['mentions'])} mentions · {len(data['relations'])} relations ({n_treats} TREATS)</p></header>\n"
            f"<nav>{nav}</nav>\n<main>\n{body}\n</main>\n</body></html>\n")


def write_if_changed(path: Path, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if not (path.is_file() and path.read_bytes() == raw):
        atomic_write(path, raw)


def build(out: Path) -> Path:
    """Write out/report/index.html (and its plots); return the index path."""
    data = load(out)
    plots = plot_svgs(data["scores"])
    folder = out / "report"
    for name, svg in plots.items():
        write_if_changed(folder / name, svg)
    for name in PLOTS:  # plots of an evaluation that is gone
        if name not in plots:
            (folder / name).unlink(missing_ok=True)
    index = folder / "index.html"
    write_if_changed(index, html_page(data, plots, out.resolve().name))
    return index
