from pipeline import pubtator_io
from pipeline.pubtator import iter_pubtator

DOCS = ("123|t|Imatinib in chronic myeloid leukemia.\n123|a|Gleevec (imatinib) caused anemia in patients.\n"
        "123\t0\t8\tImatinib\tChemical\tD000068877\n\n"
        "456|t|Lidocaine-induced seizures.\n456|a|No abstract words about drugs.\n")


def test_pubtator_round_trip(tmp_path, nlp):
    src, dst = tmp_path / "in.txt", tmp_path / "out.txt"
    src.write_text(DOCS, encoding="utf-8")
    assert pubtator_io.run(nlp, src, dst) == 2
    docs = list(iter_pubtator(dst))  # the reader checks every offset against the text
    got = {(d.pmid, a.text, a.type, a.concept_id) for d in docs for a in d.annotations}
    assert ("123", "Imatinib", "Chemical", "MESH:D000068877") in got  # the input's own line is replaced
    assert ("123", "Gleevec", "Chemical", "MESH:D000068877") in got  # brand -> generic -> MeSH
    assert ("123", "chronic myeloid leukemia", "Disease", "MESH:D015464") in got
    assert ("456", "Lidocaine", "Chemical", "MESH:D008012") in got  # "Lidocaine-induced" split by the tokenizer
    assert ("456", "seizures", "Disease", "MESH:D012640") in got
    text = dst.read_text()
    assert text.startswith("123|t|Imatinib in chronic myeloid leukemia.\n123|a|Gleevec")
    assert sum(1 for line in text.splitlines() if "\tImatinib\t" in line) == 1
