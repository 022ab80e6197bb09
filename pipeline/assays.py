"""Named diagnostic tests as BIOMARKER spans: "a tuberculin skin test (TST)", "a urea breath test",
"an interferon gamma release assay", "haemoglobin electrophoresis".

Pages say how a disease is found ("Latent TB is diagnosed with a tuberculin skin test"); the test
is what the relate stage links to the disease (ASSOCIATED_WITH).  A test is up to MAX_WORDS words
before a test noun (HEADS), not all of them generic ("a blood test", "a simple urine test" name no
test), without the adjectives in front (LEADING: "a simple urea breath test" -> "urea breath test").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

HEADS = {"test", "tests", "assay", "assays"}
ALONE = {"electrophoresis", "spirometry", "karyotype"}  # nouns that name a test by themselves
# words that name no test on their own
GENERIC = {"blood", "urine", "stool", "genetic", "diagnostic", "lab", "laboratory", "physical", "eye", "hearing",
           "home", "pregnancy", "screening", "molecular", "skin", "breath", "swab", "positive", "negative", "normal",
           "abnormal", "pcr", "antibody", "liver", "kidney", "function", "specific", "follow-up", "test", "tests"}
# adjectives in front of a test name ("a simple urea breath test"), and verbs and adjectives that the
# walk back from the head runs into ("arrange blood tests", "need frequent medical tests")
LEADING = {"simple", "special", "quick", "rapid", "further", "other", "routine", "regular", "new", "newer", "first",
           "second", "single", "standard", "more", "repeat", "same", "different", "another", "painless", "short",
           "frequent", "medical", "specialist", "separate", "several", "various", "multiple", "extra", "additional",
           "arrange", "arranges", "order", "orders", "need", "needs", "have", "has", "had", "do", "does", "run", "runs",
           "use", "uses", "offer", "offers", "request", "requests", "take", "takes", "perform", "performs", "book",
           "get", "gets", "recommend", "recommends", "suggest", "suggests", "require", "requires", "involve", "involves"}
MAX_WORDS = 3
VERB_AFTER = {"positive", "negative", "for", "whether", "if"}  # "test positive for" is no test's name


def spans(doc: Doc) -> list[Span]:
    out: list[Span] = []
    for t in doc:
        if t.lower_ in ALONE:
            out.append(Span(doc, t.i, t.i + 1, label="BIOMARKER"))
            continue
        if t.lower_ not in HEADS or (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in VERB_AFTER):
            continue  # "people with RA test positive for": a verb
        start = t.i
        while (start > 0 and t.i - start < MAX_WORDS and (doc[start - 1].is_alpha or doc[start - 1].text == "-")
               and not doc[start - 1].is_stop):
            start -= 1
        while start < t.i and (doc[start].text == "-" or doc[start].lower_ in LEADING):
            start += 1
        if named(doc[start:t.i + 1]):
            out.append(Span(doc, start, t.i + 1, label="BIOMARKER"))
    return out


def named(span: Span) -> bool:
    """Does a test span name a test: a noun of ALONE, or a head with a word that is not GENERIC?"""
    if len(span) == 1:
        return span[0].lower_ in ALONE
    words = [w.lower_ for w in span[:-1] if w.is_alpha]
    return bool(words) and not all(w in GENERIC for w in words)
