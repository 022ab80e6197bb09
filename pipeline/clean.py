"""clean: mark site-chrome blocks of a Document and build its clean text.

One heuristic block classifier for HTML blocks and text-dump lines alike, in the spirit of
jusText (Pomikálek, 2011), BTE (Finn et al., 2001) and trafilatura (Barbaresi, 2021).  Rules and
calibrated constants live in resources/chrome.json (validated by `rules()`); each constant there
says what it was calibrated on (benchmarks/bench_clean.py, calibration half of the
article-extraction and trafilatura benchmarks, HTML and flattened-text versions).

Signals, each switchable for ablation (`DISABLED`, names in `SIGNALS`):

  patterns      known chrome shapes in the block text (copyright, bylines, breadcrumbs, share,
                advertisement, feedback, disclaimers ...; chrome.json line_patterns)
  dom           tag / id / class / role words of the block's ancestors (HTML), ignored on an
                element that holds most of the page's sentence text (a wrapper, not chrome)
  link-density  share of the block's characters inside <a> (HTML)
  density       text length and sentence-likeness: stopword share (multilingual lists in
                chrome.json) and terminal punctuation -> good / near-good / short / bad
  repetition    a short line that occurs more than once on the page ("Advertisement")
  title-list    text dumps: a run of short title-shaped lines ("Rituximab Dosage", "Rituximab
                and Pregnancy") not introduced by a colon: a list of links flattened to text
  sections      a heading / label like "Related Articles" and the short lines under it
  region        position: the main-content span(s) of the page, maximum-sum segments of
                good (+) and bad (-) text; short blocks are kept only inside it (or as the
                list that ends it); in text dumps a heading outside it goes unless it titles it
  topic         the words of the main span: a later span sharing almost none of them (teasers,
                author box, footer) goes, one sharing most of them stays even when small, and
                the lead sentence a few lines above the main span stays
  container     HTML: the deepest element holding most of the good text counts as inside too
  headings      a heading stays with its section; a heading whose whole section is chrome goes
                ("chrome-heading"; "empty-section": nothing under it and the next heading went)
  stranded      a short fragment between two chrome blocks is chrome

HTML with the page source (`clean(doc, html)`) and chrome.json "html_assist": "trafilatura":
trafilatura's extraction, aligned word by word to our blocks (one monotone alignment, so a
caption or pull-quote repeating the article is not kept for it), decides content; our
high-precision chrome signals veto blocks it kept, and sentences we keep are added when they
are long, sit in an element where it kept text, or are the article's lead (`combine_assist`).
On the calibration half this beats trafilatura alone on both HTML benchmarks
(benchmarks/results/clean.md); without trafilatura installed, or without the source, our
classifier alone decides.

Everything is page-local: a page's result depends only on its own bytes and the code and
resources (which the cache key covers).  A cross-page "template" signal (lines many pages of
one site share) is not used -- see benchmarks/results/clean.md.

The clean text holds the kept blocks, one per line; each block's clean offsets are recorded
on the block (`start`, `end`) and `src_start`/`src_end` point back into the source.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .records import Document

SIGNALS = ("patterns", "dom", "link-density", "density", "repetition", "title-list", "sections", "region",
           "topic", "container", "headings", "stranded")
DISABLED: set[str] = set()  # signals switched off (benchmarks/bench_clean.py --ablate)
OVERRIDES: dict = {}  # threshold values tried while calibrating (bench_clean.py --set)

WEAK_DOM_TOKENS = {"header", "search", "print", "email", "tags", "popular"}
# class names of a boxed note set into the article text (<aside class="callout">): content there
# (a set 12 page of tests/fixtures/unseen lost its only biomarker statement to the aside rule; an "At a glance"
# box of key points, set 103)
CALLOUT_TOKENS = {"callout", "note", "notice", "tip", "tips", "fact", "facts", "highlight", "highlights", "keypoints",
                  "takeaways", "glance"}
TOKEN_SPLIT = re.compile(r"[-_\s:.#\[\]=]+|(?<=[a-z])(?=[A-Z])")
SENTENCE_END = re.compile(r"[.!?:;)\"”’»。！？]$")
WORD = re.compile(r"\w+", re.UNICODE)
# CJK and other scripts written without spaces: length counts in characters there
CJK_CHAR_WEIGHT = 3
NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

THRESHOLDS = {
    # name: (type, low, high)
    "sentence_min_words": (int, 1, 50),
    "short_chars": (int, 1, 1000),
    "long_chars": (int, 1, 5000),
    "stop_low": (float, 0.0, 1.0),
    "stop_high": (float, 0.0, 1.0),
    "page_stop_min": (float, 0.0, 1.0),
    "link_density": (float, 0.0, 1.0),
    "link_density_short": (float, 0.0, 1.0),
    "link_density_min_words": (int, 0, 1000),
    "dom_guard_share": (float, 0.0, 1.0),
    "neargood_weight": (float, 0.0, 5.0),
    "bad_weight": (float, 0.0, 5.0),
    "short_penalty": (float, 0.0, 1000.0),
    "section_barrier": (float, 0.0, 100000.0),
    "region_keep": (float, 0.0, 1.0),
    "container_share": (float, 0.0, 1.0),
    "list_max_words": (int, 1, 1000),
    "repeat_max_words": (int, 0, 50),
    "repeat_long_words": (int, 1, 100000),
    "title_run_min": (int, 2, 50),
    "title_max_words": (int, 1, 50),
    "stranded_max_words": (int, 0, 50),
    "section_label_words": (int, 1, 50),
    "topic_min_share": (float, 0.0, 1.0),
    "topic_keep": (float, 0.0, 1.0),
    "lead_window": (int, 0, 1000),
    "lead_min_share": (float, 0.0, 1.0),
    "assist_min_share": (float, 0.0, 1.0),
    "assist_keep_words": (int, 1, 100000),
    "assist_sibling_words": (int, 1, 100000),
}
VETO_KINDS = {"pattern", "dom", "link-density", "repeated", "title-list", "chrome-section", "chrome-heading",
              "outside-content", "low-stopwords", "empty-section", "stranded"}


@lru_cache(maxsize=1)
def rules() -> dict:
    """Load and validate resources/chrome.json (compiled regexes, checked thresholds)."""
    return load_rules(json.loads(resources.files("pipeline").joinpath("resources/chrome.json").read_text("utf-8")))


def load_rules(raw: dict) -> dict:
    """Validate the parsed chrome.json; ValueError names the offending entry."""
    for key in ("line_patterns", "dom_tokens", "dom_tags", "content_tokens", "section_headings", "stopwords",
                "thresholds"):
        if key not in raw:
            raise ValueError(f"chrome.json: missing {key!r}")
    patterns = []
    for i, p in enumerate(raw["line_patterns"]):
        missing = {"name", "pattern", "max_words"} - set(p)
        if missing:
            raise ValueError(f"chrome.json: line_patterns[{i}] lacks {sorted(missing)}")
        try:
            patterns.append((p["name"], re.compile(p["pattern"], re.I), int(p["max_words"])))
        except re.error as e:
            raise ValueError(f"chrome.json: line_patterns[{i}] ({p['name']}): bad regex: {e}") from e
    th = {}
    for name, (typ, lo, hi) in THRESHOLDS.items():
        entry = raw["thresholds"].get(name)
        if not isinstance(entry, dict) or "value" not in entry or not entry.get("calibrated"):
            raise ValueError(f"chrome.json: thresholds.{name} needs a value and a 'calibrated' note")
        v = OVERRIDES.get(name, entry["value"])
        if not isinstance(v, (int, float)) or isinstance(v, bool) or (typ is int and v != int(v)) or not lo <= v <= hi:
            raise ValueError(f"chrome.json: thresholds.{name} = {v!r} is not a {typ.__name__} in [{lo}, {hi}]")
        th[name] = typ(v)
    if raw.get("html_assist", "none") not in ("none", "trafilatura"):
        raise ValueError("chrome.json: html_assist must be 'none' or 'trafilatura'")
    veto = raw.get("assist_veto", {}).get("value", []) if isinstance(raw.get("assist_veto"), dict) else None
    if not isinstance(veto, list) or not set(veto) <= VETO_KINDS:
        raise ValueError(f"chrome.json: assist_veto.value must be a list of {sorted(VETO_KINDS)}")
    unknown = set(raw["thresholds"]) - set(THRESHOLDS) - {"_doc"}
    if unknown:
        raise ValueError(f"chrome.json: unknown thresholds {sorted(unknown)}")
    if th["short_chars"] > th["long_chars"] or th["stop_low"] > th["stop_high"]:
        raise ValueError("chrome.json: short_chars <= long_chars and stop_low <= stop_high are required")
    stop = set()
    for lang, ws in raw["stopwords"].items():
        if not isinstance(ws, list) or not all(isinstance(w, str) and w == w.lower() for w in ws):
            raise ValueError(f"chrome.json: stopwords.{lang} must be a list of lower-case words")
        stop.update(ws)
    try:
        section = re.compile(raw["section_headings"], re.I)
    except re.error as e:
        raise ValueError(f"chrome.json: section_headings: bad regex: {e}") from e
    return {
        "patterns": patterns,
        "dom_tokens": set(raw["dom_tokens"]),
        "dom_tags": set(raw["dom_tags"]),
        "content_tokens": set(raw["content_tokens"]),
        "lead_tokens": frozenset(raw.get("lead_tokens", [])),
        "section": section,
        "stopwords": frozenset(stop),
        "html_assist": OVERRIDES.get("html_assist", raw.get("html_assist", "none")),
        "assist_veto": frozenset(veto),
        **th,
    }


def words(text: str) -> int:
    return len(text.split())


def sentence_like(text: str) -> bool:
    return words(text) >= rules()["sentence_min_words"] and bool(SENTENCE_END.search(text))


def pattern_reason(text: str) -> str:
    n = words(text)
    for name, rx, max_words in rules()["patterns"]:
        if (max_words == 0 or n <= max_words) and rx.search(text):
            return name
    return ""


def dom_reason(path: str) -> tuple[str, int]:
    """The chrome signal of the block's DOM path and the depth of the element carrying it."""
    r = rules()
    parts = [p for p in path.split(">") if p]
    in_content = False
    for depth, part in enumerate(parts):
        tag = re.match(r"[\w-]+", part)
        tag_name = tag.group(0).lower() if tag else ""
        if tag_name in ("html", "body"):
            continue  # page-wide classes ("has-sidebar", "ads-on") say nothing about a block
        tokens = {t.lower() for t in TOKEN_SPLIT.split(part[len(tag_name):]) if t}
        content = tag_name in {"main", "article"} or bool(tokens & r["content_tokens"])
        chrome_tokens = tokens & r["dom_tokens"]
        if "elementor" in tokens:
            chrome_tokens.discard("widget")  # the Elementor page builder calls every block a widget ("elementor-widget-container")
        if tag_name in r["dom_tags"]:
            chrome_tokens.add(tag_name)
        if in_content:
            chrome_tokens -= WEAK_DOM_TOKENS
            if tokens & CALLOUT_TOKENS:
                chrome_tokens.discard("aside")  # a boxed note inside the article is the article's
        if chrome_tokens and not content and not any(strong_content(p) for p in parts[depth + 1:]):
            return "dom:" + sorted(chrome_tokens)[0], depth
        in_content = in_content or content
    return "", -1


def name_tokens(part: str) -> set[str]:
    """The lower-case words of one DOM path element: its tag, id and class names."""
    return {t.lower() for t in TOKEN_SPLIT.split(part) if t}


def strong_content(part: str) -> bool:
    """An element named as the article body ("post-body", "entry-content", "articleBody")."""
    tokens = name_tokens(part)
    return bool(tokens & {"post", "entry", "article", "story"}) and bool(tokens & {"body", "content", "text"})


@dataclass
class Feat:
    words: int
    chars: int
    stop: float
    end: bool
    ld: float
    cls: str = ""  # good | neargood | short | bad
    barrier: bool = False  # starts a chrome section ("Related articles", "Comments"): ends a region
    contents: bool = False  # a line of a table of contents: inside the article, it weighs nothing


def on(signal: str) -> bool:
    return signal not in DISABLED


def features(doc: Document) -> list[Feat]:
    r = rules()
    stop = r["stopwords"]
    feats = []
    total = total_stop = 0
    for b in doc.blocks:
        toks = [t.lower() for t in WORD.findall(b.text)]
        n_stop = sum(1 for t in toks if t in stop)
        total += len(toks)
        total_stop += n_stop
        chars = len(b.text)
        feats.append(Feat(words(b.text), chars, n_stop / len(toks) if toks else 0.0,
                          bool(SENTENCE_END.search(b.text)),
                          min(1.0, b.link_chars / chars) if chars and doc.format == "html" else 0.0))
    # a page in a language (or script) the stopword lists do not cover: length alone decides
    cjk = bool(NO_SPACE_SCRIPT.search("".join(b.text for b in doc.blocks[:50])))
    if total == 0 or total_stop / total < r["page_stop_min"] or cjk:
        for f in feats:
            f.stop = 1.0
            if cjk:  # one CJK character carries about as much as a word of 3 latin letters
                f.chars *= CJK_CHAR_WEIGHT
    return feats


def dom_chrome(doc: Document, feats: list[Feat]) -> list[str]:
    """DOM reason per block, ignoring an element that holds most of the page's sentence text."""
    r = rules()
    blocks = doc.blocks
    good_total = sum(f.chars for f, b in zip(feats, blocks) if sentence_like(b.text)) or 1
    parts = [[p for p in b.path.split(">") if p] for b in blocks]
    memo: dict[tuple[int, int], bool] = {}
    out = []
    for i, b in enumerate(blocks):
        reason, depth = dom_reason(b.path)
        if reason:
            key = (i, depth)
            if key not in memo:
                prefix = parts[i][:depth + 1]
                lo = i
                while lo > 0 and parts[lo - 1][:depth + 1] == prefix:
                    lo -= 1
                hi = i
                while hi + 1 < len(blocks) and parts[hi + 1][:depth + 1] == prefix:
                    hi += 1
                good = sum(feats[k].chars for k in range(lo, hi + 1) if sentence_like(blocks[k].text))
                wrapper = good > r["dom_guard_share"] * good_total
                for k in range(lo, hi + 1):
                    memo[(k, depth)] = wrapper
            if memo[key]:
                reason = ""
        out.append(reason)
    return out


def initial_class(doc: Document, feats: list[Feat]) -> None:
    """First pass: chrome reasons (why) and a density class per block."""
    r = rules()
    blocks = doc.blocks
    doms = dom_chrome(doc, feats) if doc.format == "html" and on("dom") else [""] * len(blocks)
    counts: dict[str, int] = {}
    for b in blocks:
        counts[b.text.lower()] = counts.get(b.text.lower(), 0) + 1
    for i, (b, f, dom) in enumerate(zip(blocks, feats, doms)):
        b.chrome, b.why = False, ""
        long_sentence = sentence_like(b.text) and f.words > r["link_density_min_words"]
        reason = pattern_reason(b.text) if on("patterns") else ""
        if not reason and dom:
            reason = dom
        if not reason and on("link-density") and doc.format == "html" and not long_sentence:
            limit = r["link_density_short"] if f.chars < r["short_chars"] else r["link_density"]
            if f.ld > limit:
                reason = "link-density"
        if not reason and on("repetition") and counts[b.text.lower()] > 1 and b.kind != "list_item" and (
                (f.words <= r["repeat_max_words"] and not f.end) or f.words >= r["repeat_long_words"]) \
                and not (heads_text(blocks, feats, i) and in_contents(blocks, counts, i)):
            reason = "repeated"  # a label ("Advertisement") or a teaser printed twice
        if reason:
            b.chrome, b.why, f.cls = True, reason, "bad"
            continue
        if not on("density"):
            f.cls = "good" if sentence_like(b.text) else "short"
        elif f.chars < r["short_chars"]:
            f.cls = "neargood" if sentence_like(b.text) and f.stop >= r["stop_low"] else "short"
        elif f.stop >= r["stop_high"] and f.chars >= r["long_chars"]:
            f.cls = "good"
        elif f.stop >= r["stop_low"]:
            f.cls = "neargood"
        elif sentence_like(b.text):
            # a sentence with few stopwords (dense medical prose, results lists full of names and
            # numbers) counts as near-good text (as "short" it cost article text 0.916 -> 0.901)
            f.cls = "neargood"
        elif b.kind == "list_item":
            f.cls = "short"  # a list entry of names ("Polyarticular course juvenile idiopathic arthritis (pcJIA) ...")
        else:
            f.cls = "bad"
            b.why = "low-stopwords"  # a keyword list, a menu flattened to one line


def heads_text(blocks: list, feats: list[Feat], i: int) -> bool:
    """A heading right above a paragraph of sentences: the section's own heading, also where a
    table of contents above repeats it ("Side effects")."""
    return (blocks[i].kind == "heading" and i + 1 < len(blocks) and blocks[i + 1].kind == "paragraph"
            and sentence_like(blocks[i + 1].text) and feats[i + 1].words >= HEADED_TEXT_MIN_WORDS)


def in_contents(blocks: list, counts: dict[str, int], i: int) -> bool:
    """Block i's text also stands in a table of contents: next to another line that the page repeats."""
    text = blocks[i].text.lower()
    return any(any(0 <= k < len(blocks) and counts[blocks[k].text.lower()] > 1 for k in (j - 1, j + 1))
               for j, b in enumerate(blocks) if j != i and b.text.lower() == text)


HEADED_TEXT_MIN_WORDS = 10


def title_shaped(text: str, max_words: int) -> bool:
    ws = text.split()
    if not 2 <= len(ws) <= max_words or (SENTENCE_END.search(text) and not text.endswith("?")):
        return False
    content = [w for w in ws if w.lower() not in rules()["stopwords"]]
    caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return bool(content) and caps / len(content) >= 0.6 and ws[0][0].isupper()


def title_lists(doc: Document, feats: list[Feat]) -> None:
    """Runs of short title-shaped lines not introduced by a colon: flattened lists of links."""
    r = rules()
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and not blocks[j].chrome and title_shaped(blocks[j].text, r["title_max_words"]):
            j += 1
        if j - i >= r["title_run_min"]:
            intro = blocks[i - 1].text if i > 0 else ""
            if not intro.endswith(":"):
                for k in range(i, j):
                    blocks[k].chrome, blocks[k].why, feats[k].cls = True, "title-list", "bad"
        i = max(j, i + 1)


# labels of a page's table of contents (a kind of chrome section, see section_headings)
CONTENTS = re.compile(r"(in this (article|section|page)|on this page|(table of )?contents|jump to|page contents)\b", re.I)


def chrome_sections(doc: Document, feats: list[Feat]) -> None:
    """'Related ...' sections: the heading (or short label) and the short lines under it."""
    section, label_words = rules()["section"], rules()["section_label_words"]
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        # a share widget line ("Share on Pinterest" above a picture) is no section label: its own
        # pattern marks it, and the article's next heading stays
        if (b.kind == "heading" or words(b.text) <= label_words) and section.search(b.text) and not sentence_like(b.text) \
                and b.why != "share":
            # a table of contents sits inside the article: its label and lines weigh nothing against
            # the region (the lead above it stays with the text below it)
            toc = CONTENTS.match(b.text) is not None
            b.chrome, b.why = True, "chrome-section"
            feats[i].cls, feats[i].contents = "short" if toc else "bad", toc
            j = i + 1
            # in HTML the section ends with the label's parent element: a "Leave a comment" link
            # in the byline does not take the article's first lines with it (calibration half
            # HTML: traf-eval 0.9249 -> 0.9257, article -0.0003)
            inside = parent(b.path) + ">" if doc.format == "html" else ""
            # in a text dump a link title looks like a heading: go on over title lines unless one
            # directly introduces a paragraph; in a table of contents, a line that repeats one of
            # its entries is the article's own heading ("On this page" ... "What is X used for?"
            # ... "What is X used for?"): the contents end there
            seen: set[str] = set()
            while j < len(blocks) and not sentence_like(blocks[j].text) and blocks[j].path.startswith(inside) and (
                    blocks[j].kind != "heading" or (
                    doc.format == "text" and j + 1 < len(blocks) and not sentence_like(blocks[j + 1].text))) \
                    and blocks[j].text.lower() not in seen:
                if toc:
                    seen.add(blocks[j].text.lower())
                blocks[j].chrome, blocks[j].why = True, "chrome-section"
                feats[j].cls, feats[j].contents = "short" if toc else "bad", toc
                j += 1
            if j < len(blocks) and blocks[j].text.lower() in seen:
                blocks[j].why = "contents-entry"  # not chrome: the article's heading the contents named
            feats[i].barrier = j > i + 1 and not toc  # a real section (a list under it), not a lone "Share"
            i = j
        else:
            i += 1


def segments(values: list[float]) -> list[tuple[int, int, float]]:
    """Maximum-sum segments: the best one, then the best ones left and right of it, ..."""
    out = []

    def best(lo: int, hi: int) -> None:
        if lo >= hi:
            return
        cur, start, top = 0.0, lo, (0.0, -1, -1)
        for k in range(lo, hi):
            if cur <= 0:
                cur, start = 0.0, k
            cur += values[k]
            if cur > top[0]:
                top = (cur, start, k + 1)
        if top[1] < 0:
            return
        out.append((top[1], top[2], top[0]))
        best(lo, top[1])
        best(top[2], hi)

    best(0, len(values))
    return out


def region(doc: Document, feats: list[Feat]) -> list[bool]:
    """Blocks inside the page's main-content span(s)."""
    r = rules()
    weight = {"good": 1.0, "neargood": r["neargood_weight"], "short": 0.0, "bad": -r["bad_weight"]}
    # a short line is a small cost (BTE counts every tag against the text): a run of them
    # (datelines, vote counts, user names) separates the article from what follows it
    # (not a bullet list item: a list of diseases is content)
    values = [weight[f.cls] * f.chars - (r["short_penalty"] if f.cls == "short" and b.kind != "list_item" and not f.contents else 0)
              - (r["section_barrier"] if f.barrier else 0) for f, b in zip(feats, doc.blocks)]
    segs = segments(values)
    inside = [False] * len(feats)
    if not segs:
        return inside
    tlo, thi, top = max(segs, key=lambda t: t[2])
    topic = on("topic")
    top_words = content_words(doc, feats, tlo, thi)
    for lo, hi, s in segs:
        ok = s >= r["region_keep"] * top
        if topic and (lo, hi) != (tlo, thi):
            # topical overlap with the main span: what follows an article and shares (almost) none
            # of its words is a teaser list, comments, an author box or the site footer; a span
            # that shares most of them is the article going on (after an ad, a table)
            share = overlap(content_words(doc, feats, lo, hi), top_words)
            if lo >= thi and share < r["topic_min_share"]:
                ok = False
            elif share >= TOPIC_CLOSE_SHARE and s >= r["topic_keep"] * r["region_keep"] * top:
                ok = True
        if ok:
            for k in range(lo, hi):
                inside[k] = True
            opening(doc, feats, inside, lo)
            # a list (or a sentence) ending the content stays with it, and so do questions the
            # article goes on answering ("Does desloratadine help with colds?" / "No. It does not ...")
            k, in_list, answer = hi, doc.blocks[hi - 1].text.endswith(":"), False
            while k < len(feats) and not doc.blocks[k].chrome and (
                    feats[k].cls in ("short", "neargood") or in_list or answer) \
                    and (feats[k].words <= r["list_max_words"] or feats[k].cls == "neargood" or answer):
                b = doc.blocks[k]
                question = (b.kind == "heading" and b.text.rstrip().endswith("?") and k + 1 < len(feats)
                            and not doc.blocks[k + 1].chrome and doc.blocks[k + 1].kind != "heading"
                            and feats[k + 1].cls in ("good", "neargood") and sentence_like(doc.blocks[k + 1].text))
                if b.text.endswith(":"):
                    in_list = True
                elif not (b.kind == "list_item" or in_list or question or answer) and feats[k].cls != "neargood" and not (
                        b.kind != "heading" and b.text.endswith((".", "!")) and feats[k].stop > 0
                        and feats[k].words >= CLOSING_MIN_WORDS):
                    break
                inside[k] = True
                answer = question
                k += 1
    if topic:
        # the lead: a sentence a few lines above the main span (past the headline, byline, date
        # and picture credit) on the same subject
        for k in range(max(0, tlo - r["lead_window"]), tlo):
            b = doc.blocks[k]
            if not inside[k] and not b.chrome and feats[k].cls in ("good", "neargood") and sentence_like(b.text) \
                    and overlap(content_words(doc, feats, k, k + 1), top_words) >= r["lead_min_share"]:
                inside[k] = True
                opening(doc, feats, inside, k)  # a box of key facts: the bullets above the lead
    # a short line between two kept blocks is a subheading of the content ("Common side effects")
    for k in range(1, len(feats) - 1):
        if not inside[k] and inside[k - 1] and inside[k + 1] and not doc.blocks[k].chrome and feats[k].cls == "short":
            inside[k] = True
    return inside


def opening(doc: Document, feats: list[Feat], inside: list[bool], lo: int) -> None:
    """Short sentences opening kept text at `lo` stay with it ("X is a medicine.")."""
    k = lo - 1
    while k >= 0 and not inside[k] and not doc.blocks[k].chrome and feats[k].cls in ("short", "neargood") \
            and doc.blocks[k].kind != "heading" and doc.blocks[k].text.endswith((".", "!")) \
            and feats[k].stop > 0 and feats[k].words >= OPENING_MIN_WORDS:
        inside[k] = True
        k -= 1


OPENING_MIN_WORDS = 3  # a short sentence just above the main span joins it (not swept)
# ... and one of 5+ words just below it ("Pembrolizumab treats MSI-H colorectal cancer."): calibration
# half text +0.001 on both benchmarks (benchmarks/bench_clean.py)
CLOSING_MIN_WORDS = 5
TOPIC_CLOSE_SHARE = 0.5  # "most of its words": a span that continues the article (not swept)
TOPIC_MIN_CHARS = 4  # content words: 4+ letters, not a stopword


def content_words(doc: Document, feats: list[Feat], lo: int, hi: int) -> set[str]:
    """Distinct content words of the good and near-good blocks lo..hi-1."""
    stop = rules()["stopwords"]
    return {w for k in range(lo, hi) if feats[k].cls in ("good", "neargood")
            for w in (t.lower() for t in WORD.findall(doc.blocks[k].text)) if len(w) >= TOPIC_MIN_CHARS and w not in stop}


def overlap(ws: set[str], ref: set[str]) -> float:
    """Share of `ws` found in `ref` (0 for no words)."""
    return len(ws & ref) / len(ws) if ws else 0.0


def assist_keep(doc: Document, html: str) -> list[bool] | None:
    """Which blocks trafilatura keeps on this HTML page, or None (not installed, finds nothing).

    trafilatura's output is aligned with the page's blocks as two word sequences (`aligned`):
    one monotone alignment, so a text the page prints twice (a caption or pull-quote repeating
    the article, a teaser of it) is matched once, where trafilatura has it.  A block of 4+ words
    is kept when `assist_min_share` of its words are aligned; a shorter block ("Gout", "Tech")
    when all its words are, in one run.
    """
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        out = trafilatura.extract(html, include_comments=False) or ""
    except Exception:  # noqa: BLE001 - a trafilatura crash: our classifier alone decides
        return None
    if not out.strip():
        return None
    r = rules()
    toks = [WORD.findall(b.text.lower()) for b in doc.blocks]
    hit = aligned([t for ts in toks for t in ts], WORD.findall(out.lower()))
    keep, k = [], 0
    for ts in toks:
        n = len(ts)
        js = hit[k:k + n]
        k += n
        if not n or None in js and n < 4:
            keep.append(False)
        elif n < 4:
            keep.append(all(js[i + 1] == js[i] + 1 for i in range(n - 1)))
        else:
            keep.append(sum(j is not None for j in js) >= r["assist_min_share"] * n)
    return keep


def aligned(a: list[str], b: list[str]) -> list[int | None]:
    """For each token of `a`, its position in `b` under one monotone alignment (or None).

    difflib's matcher: the longest common run first, then recursively left and right of it
    (about 1 s for the 604 calibration pages together; its autojunk heuristic only stops very
    frequent words from starting a run).
    """
    from difflib import SequenceMatcher

    hit: list[int | None] = [None] * len(a)
    for i, j, n in SequenceMatcher(None, a, b).get_matching_blocks():
        for d in range(n):
            hit[i + d] = j + d
    return hit


def reason_kind(why: str) -> str:
    """The signal family of a chrome reason: pattern, dom, or the reason itself."""
    if why.startswith("dom:"):
        return "dom"
    if why in {n for n, _, _ in rules()["patterns"]}:
        return "pattern"
    return why


LEAD_DEPTH = 3  # a lead's name sits on its element or up to 2 levels above (p in div.intro>div);
# calibration half HTML: 2 levels lost traf-eval 0.001, 5 changed nothing


def lead_path(path: str) -> bool:
    """The block sits in an element named as the article's lead (chrome.json lead_tokens)."""
    parts = [p for p in path.split(">") if p][-LEAD_DEPTH:]
    return any(name_tokens(p) & rules()["lead_tokens"] for p in parts)


# a boxed note that speaks for the site ("Our Care Services team can help", "Call 13 11 20") is a promotion
PROMO = re.compile(r"\b(our|we|us|call|contact|donate|join|sign up|subscribe|helpline)\b|\d{2,}[ -]?\d{2,}", re.I)


def article_callout(path: str) -> bool:
    """The block sits in a boxed note (CALLOUT_TOKENS) inside the article ("Did you know?" in
    <article><aside class="callout">): trafilatura drops every aside."""
    parts = [p for p in path.split(">") if p]
    k = next((k for k, p in enumerate(parts) if re.match(r"[\w-]*", p).group(0).lower() in ("main", "article")), None)
    return k is not None and any(name_tokens(p) & CALLOUT_TOKENS for p in parts[k + 1:])


def expander(path: str) -> bool:
    """The block sits in a <details> element, a collapsed answer the reader opens ("Common
    questions" on NHS pages): trafilatura drops their text with the closed element."""
    return any(re.match(r"details\b", p) for p in path.split(">"))


def parent(path: str) -> str:
    """The DOM path of a block's parent element."""
    return path.rsplit(">", 1)[0]


def combine_assist(doc: Document, assist: list[bool]) -> None:
    """trafilatura's choice, corrected by ours (set after our own classification).

    Kept: blocks trafilatura keeps, plus sentences we keep that it dropped when they are
    * long paragraphs (`assist_keep_words`: it sometimes loses half an article),
    * in an element where it kept text too (`assist_sibling_words`: a paragraph it dropped
      between paragraphs it kept; also an item of a list inside such an element), or
    * the article's lead: above the first block it kept, in an element named "intro",
      "teaser", "dek", ... (`lead_path`; it drops the standfirst with the header), or
    * in a boxed note inside the article (`article_callout`; it drops every aside), or
    * in a <details> expander (`expander`; it drops the collapsed answers of an FAQ).
    Dropped: blocks trafilatura dropped, and blocks it kept that one of our high-precision
    signals (`assist_veto`: a known chrome shape, DOM names, a "Related ..." section, a heading
    over chrome only) marked as chrome.
    """
    r = rules()
    veto = r["assist_veto"]
    vetoed = [b.chrome and reason_kind(b.why) in veto for b in doc.blocks]
    kept = [t and not v for t, v in zip(assist, vetoed)]
    parents = {parent(b.path) for b, k in zip(doc.blocks, kept) if k}
    first = kept.index(True) if True in kept else len(kept)
    for i, (b, t_keep, v) in enumerate(zip(doc.blocks, assist, vetoed)):
        n = words(b.text)
        ours = not b.chrome and sentence_like(b.text) and (
            n >= r["assist_keep_words"] or n >= r["assist_sibling_words"] and (
                parent(b.path) in parents or b.kind == "list_item" and parent(parent(b.path)) in parents)
            or i < first and lead_path(b.path) or article_callout(b.path) and not PROMO.search(b.text)
            or expander(b.path))
        if (t_keep or ours) and not v:
            b.chrome, b.why = False, ""
        elif not b.chrome:
            b.chrome, b.why = True, "assist"


def container(doc: Document, feats: list[Feat]) -> list[bool]:
    """HTML: blocks inside the deepest element holding most of the page's good text.

    Elements are approximated by runs of consecutive blocks sharing a DOM path prefix (the
    same element, or identical adjacent siblings).
    """
    r = rules()
    blocks = doc.blocks
    total = sum(f.chars for f in feats if f.cls == "good")
    inside = [False] * len(blocks)
    if not total or r["container_share"] >= 1:
        return inside
    parts = [[p for p in b.path.split(">") if p] for b in blocks]
    for depth in range(max(len(p) for p in parts) - 1, -1, -1):
        i = 0
        while i < len(blocks):
            if len(parts[i]) <= depth:
                i += 1
                continue
            prefix, j, good = parts[i][:depth + 1], i, 0
            while j < len(blocks) and parts[j][:depth + 1] == prefix:
                good += feats[j].chars if feats[j].cls == "good" else 0
                j += 1
            if good >= r["container_share"] * total:
                for k in range(i, j):
                    inside[k] = True
                return inside
            i = j
    return inside


LIST_SPAN = 12  # blocks under a kept list intro that it may keep (a list, not a page)


def classify(doc: Document, html: str | None = None) -> None:
    """Set chrome/why on every block (`html`: the page source, for the optional assist)."""
    r = rules()
    blocks = doc.blocks
    if not blocks:
        return
    feats = features(doc)
    initial_class(doc, feats)
    if on("title-list") and doc.format == "text":  # in HTML, link density sees these lists (and
        title_lists(doc, feats)                      # the rule cost 0.001-0.002 F1 there)
    if on("sections"):
        chrome_sections(doc, feats)

    assist = assist_keep(doc, html) if html and doc.format == "html" and r["html_assist"] == "trafilatura" else None
    inside = region(doc, feats) if on("region") else [True] * len(blocks)
    # with trafilatura deciding, the container no longer adds blocks to ours (its blocks only
    # added long paragraphs trafilatura had rightly dropped: calibration article HTML 0.956 -> 0.959)
    if doc.format == "html" and on("container") and assist is None:
        inside = [a or b for a, b in zip(inside, container(doc, feats))]
    if not any(inside):
        inside = [True] * len(blocks)
    for i, (b, f, ins) in enumerate(zip(blocks, feats, inside)):
        if b.kind == "heading" and not b.chrome and not ins and doc.format == "text" and on("region"):
            # text dumps guess headings from capitalisation: one outside the content span is a
            # byline, a date, a caption or a menu entry -- unless it is the title right above it
            # (with at most known chrome -- byline, "Print this page" -- in between)
            j = i + 1
            while j < len(blocks) and (blocks[j].chrome or blocks[j].why == "contents-entry"):
                j += 1
            if not (j < len(blocks) and inside[j]):
                b.chrome, b.why = True, "outside-content"
            continue
        if b.chrome or b.kind == "heading":
            continue
        if not ins:
            b.chrome, b.why = True, b.why or "outside-content"
        elif f.cls == "bad":
            b.chrome = True

    # A kept line that announces a list ("The FDA has approved Cosentyx to treat:") keeps the
    # lines under it that only the content span or the stopword share left out (short lines make
    # a low-density gap; "Children 1 year and older with symptomatic heart failure ..." has few
    # stopwords): its list items, or any such run that kept text closes.
    if on("region"):
        for i, b in enumerate(blocks):
            if b.chrome or b.kind == "heading" or not b.text.rstrip().endswith(":"):
                continue
            weak, j = [], i + 1
            while (j < len(blocks) and j <= i + LIST_SPAN and blocks[j].kind != "heading"
                   and (not blocks[j].chrome or blocks[j].why in ("outside-content", "low-stopwords"))):
                if blocks[j].chrome:
                    weak.append(j)
                j += 1
            # closed by kept text, or by the next section's heading ("Each of these uses is described
            # below." / "Cosentyx for plaque psoriasis")
            closed = bool(weak) and (any(not blocks[k].chrome for k in range(weak[-1] + 1, j)) or (
                j < len(blocks) and j <= i + LIST_SPAN and blocks[j].kind == "heading" and not blocks[j].chrome))
            if closed or all(blocks[k].kind == "list_item" for k in weak):
                for k in weak:
                    blocks[k].chrome, blocks[k].why = False, ""

    # ... and a list's own intro that the content span left out comes back when its items stay,
    # with the heading right above it when kept text precedes that ("What is olaparib used for?" /
    # "Olaparib is approved to treat:" between a short opening paragraph and the bullets)
    if on("region"):
        for i in range(len(blocks) - 1):
            b = blocks[i]
            if (b.chrome and b.why == "outside-content" and b.kind != "heading" and b.text.rstrip().endswith(":")
                    and blocks[i + 1].kind == "list_item" and not blocks[i + 1].chrome):
                b.chrome, b.why = False, ""
                h = i - 1
                if (h >= 1 and blocks[h].kind == "heading" and blocks[h].chrome and blocks[h].why == "outside-content"
                        and not blocks[h - 1].chrome):
                    blocks[h].chrome, blocks[h].why = False, ""
            elif (b.chrome and b.why == "outside-content" and b.kind != "heading" and b.text.rstrip().endswith(":")
                  and i >= 1 and not blocks[i - 1].chrome and blocks[i - 1].kind != "heading"):
                # between kept text and kept text: "It's used to treat:" / "hay fever" / "allergic rhinitis
                # caused by house dust mites ..." (the span began at the first long item)
                j = i + 1
                while (j < len(blocks) and j <= i + LIST_SPAN and blocks[j].chrome and blocks[j].why == "outside-content"
                       and blocks[j].kind != "heading"):
                    j += 1
                if j < len(blocks) and j <= i + LIST_SPAN and not blocks[j].chrome and blocks[j].kind != "heading":
                    for k in range(i, j):
                        blocks[k].chrome, blocks[k].why = False, ""

    # A heading whose section (up to the next kept heading) holds chrome and no content goes;
    # a heading with an empty section follows the fate of the next kept heading.
    if on("headings"):
        follows = False  # the fate passed up from below; past the end of the page: chrome
        content = chrome = 0
        for b in reversed(blocks):
            if b.kind == "heading" and not b.chrome:
                if content:
                    follows = True
                elif chrome or not follows:
                    b.chrome, b.why = True, "chrome-heading" if chrome else "empty-section"
                content = chrome = 0
                follows = follows and not b.chrome
            elif b.chrome:
                chrome += 1
            else:
                content += 1

    # Short fragments stranded between chrome blocks ("verify here.", a lone site name).
    if on("stranded"):
        changed = True
        while changed:
            changed = False
            for i, b in enumerate(blocks):
                if b.chrome or b.kind == "heading" or words(b.text) > r["stranded_max_words"] or sentence_like(b.text):
                    continue
                neighbours = [blocks[k].chrome for k in (i - 1, i + 1) if 0 <= k < len(blocks)]
                if neighbours and all(neighbours):
                    b.chrome, b.why, changed = True, "stranded", True

    if assist is not None:
        combine_assist(doc, assist)
        restore_headings(blocks)


def restore_headings(blocks: list) -> None:
    """After the combination with trafilatura: a heading dropped for a section of chrome or
    nothing ("chrome-heading", "empty-section") comes back when its section now holds kept
    text (the page title above a subtitle that trafilatura kept)."""
    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.chrome and b.why in ("chrome-heading", "empty-section"):
            j = i + 1
            while j < len(blocks) and blocks[j].kind != "heading":
                if not blocks[j].chrome:
                    b.chrome, b.why = False, ""
                    break
                j += 1


def clean(doc: Document, html: str | None = None) -> Document:
    """Classify blocks and set doc.text (kept blocks, one per line) and block offsets.

    `html` (the decoded page source of an HTML page) turns on the trafilatura combination
    (chrome.json "html_assist"); without it our classifier alone decides."""
    classify(doc, html)
    lines: list[str] = []
    pos = 0
    for b in doc.blocks:
        if b.chrome:
            b.start = b.end = -1
            continue
        b.start, b.end = pos, pos + len(b.text)
        lines.append(b.text)
        pos = b.end + 1
    doc.text = "\n".join(lines) + ("\n" if lines else "")
    if doc.format == "text" and any(b.chrome and b.text == doc.title for b in doc.blocks):
        # the first line named the site, not the page: take the first kept heading
        doc.title = next((b.text for b in doc.blocks if b.kind == "heading" and not b.chrome), doc.title)
    return doc

