"""relate: mentions + sentences -> TREATS / PREVENTS / CAUSES / ASSOCIATED_WITH relations with qualifiers.

A first, rule-based extractor in the tradition of trigger/pattern relation extraction
(e.g. SemRep, Rindflesch & Fiszman 2003; NegEx-style negation cues, Chapman et al. 2001).
Cue patterns and qualifier tables live in resources/relations.json.

TREATS: a sentence (or a list item under a "... to treat the following:" intro) with a
treatment cue (not "patients treated with X"), or a bare noun-phrase line ("Uncomplicated
gonorrhea caused by N. gonorrhoeae") under an indications/uses heading or a treatment intro;
the subject is a drug of the sentence that is not a partner ("in combination with X") or an
earlier therapy ("failed X"), else the page's main drug (the drug the page is about).
Objects are the diseases after the cue (or before it, for "X can be treated with ...", or
a sub-heading run into the sentence: "1.1 Panic Disorder Paxil is indicated for ..."),
minus those in a prevention cue's scope ("reduces the risk of X", up to "in patients with"),
absent ("patients without X"), generic ("signs and symptoms") or after a cue that ends the
treated list ("X can cause fever"; not "symptoms of X" or "caused by").  A sentence stating
that safety or efficacy "has not been established" negates its relations.  Qualifiers (and the
organisms named as the infection's cause, `pathogen`) come from each object's clause: the text between the previous and the next object, shared by
coordinated objects ("MDS and MPD").  Not objects either: a feature after "with or without",
a status word the tagger took for a disease ("came back"), a disease inside "keep X from coming
back" or after "at risk of", or after a warning / adverse-reaction / diagnostic cue.  A bare class
noun takes its "of" complement ("cancers of the blood and bone marrow").  "People with X need Y"
gives Y TREATS X; a sentence-opening frame ("In women with PCOS, metformin ...") gives the
object when nothing after the cue does.  A list item's population and biomarker include its
intro's; a next sentence that goes on with the statement ("It is given with methotrexate") adds
its partner and earlier drugs; examples ("such as X") of an earlier therapy are asides; an
explicit "approved" beats an off-label heading.  Cues were fitted on Roam train/dev and LabeledIn dev
(benchmarks/bench_rel.py).
Issue 4 (unseen consumer pages): no objects inside a glossing parenthesis ("psoriasis (a skin
disease in which ...)"), whose verbs end no cue scope either; a vague class followed by its
examples or name ("certain skin disorders (such as psoriasis)", "a type of cancer called NHL")
is no object; a class after a copula ("X is an ACE inhibitor that ...") and a salt ("montelukast
sodium") are no subjects; an example of an unnamed partner class ("with other medications,
including insulin") is a partner; a continuing sentence of the same block adds its population.
PREVENTS: the objects of a prevention cue ("reduces the risk of X", "keep X from coming back",
a line "Prevention of X"), with the TREATS subject and qualifiers; "treatment and prevention of
X" gives both; a disease the population has had ("people who have had a TIA") is neither.
CAUSES: a disease before a cause cue (or, for "This/It may cause ...", the disease the
paragraph is about, never a drug) -> the signs, symptoms and diseases after the cue; the subject
is the defined disease ("Asthma is a lung disease that causes"), long form over abbreviation;
a later cue of the sentence goes on with the earlier cue's subject, or finds its own when that
had none.
ASSOCIATED_WITH: a disease and a biomarker in one sentence, the nearest linked pair (adjacent or
a cue between; the defined disease over its class: "CF is a genetic disease caused by"); a biomarker before coordinated diseases applies to each; "Both/They are
associated with X" refers to the diseases opening the sentence before; "no X" negates.
"""
from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from .records import Mention, Relation, Sentence

DISEASES = ("DISEASE", "CONDITION")
PARTNER_WINDOW = 60  # characters before a drug searched for partner / earlier-therapy cues
ASIDE_WINDOW = 100  # ... and for aside cues ("caused by initial and repeat courses of moderately emetogenic cancer chemotherapy")
# "For people with UC, vedolizumab is (usually) offered ...", "To clear H. pylori infection, lansoprazole is taken ...":
# a fronted "For" (or "After surgery for", "To treat/clear ...") phrase and the drug given for it
FRONTED_FOR = re.compile(r"\s*((after [\w-]+ )?for|in|to (treat|clear|control|manage|ease|relieve|get rid of)|if\s+([\w-]+\s+){1,2}(is|are)\s+needed\s+for)\s+(?P<front>[^,;:]{2,100}?)\s*,\s*(?P<subj>[^;:]{1,160}?)\s+(?P<verb>(is|are|can be|may be|will be|should be|might be)\s+"
                         r"((not|usually|often|typically|generally|normally|also|then|first|now|commonly|sometimes|mainly|mostly|most)\s+){0,2}"
                         r"(taken|given|offered|used|prescribed|started|recommended|injected|applied|tried|added|combined|"
                         r"(the|one of the) ([\w-]+ ){0,3}?(choices?|treatments?|options?|therap(y|ies)|chemotherap(y|ies)|regimens?|medicines?|medications?|drugs?|painkillers?|antibiotics?)|"
                         r"(an? )?([\w-]+ ){0,2}?(alternatives?|options?|choices?))\b"
                         r"|(?P<help>(may|can|might|could|will|often)\s+(also\s+)?help)\b)", re.I)  # "are common alternatives", "..., A or B may help"
# "For mCRPC, doctors may use enzalutamide, abiraterone ...", "If you are pregnant and develop a UTI, your GP
# will usually prescribe nitrofurantoin": a fronted "For ..." (or "If you have ...") and who chooses the drugs after it
# "one of the three main medicines used to treat X, alongside A and B": A and B are the others of the group
ONE_OF_GROUP = re.compile(r"\bone of (the|several|many|\w+) ([\w-]+ ){0,3}?(medicines|medications|drugs|treatments|options|choices|therapies)\b", re.I)
ALONGSIDE = re.compile(r",\s*(alongside|along with|together with|as well as)\s+[^,;:.()]*$", re.I)
PLURAL_AFTER = re.compile(r"[^,;:.()]*,\s*(are|were|have been)\b", re.I)
WHO_DEVELOP = re.compile(r"\bwho\s+((then|later)\s+)?(develop|get|are diagnosed with)\s+", re.I)
FRONTED_FOR_ACTIVE = re.compile(r"\s*((after\s+[\w-]+\s+)?for|during|if\s+you\s+((also|already)\s+)?([^,;:]{1,40}?\s+and\s+)?(have|develop|get|are diagnosed with|'re diagnosed with)|(?=if\s+(your|their|the)\s+))\s*(?P<front>[^,;:]{2,100}?)\s*,\s*(?P<verb>(your\s+|the\s+|an?\s+|many\s+|most\s+|some\s+)?(((?-i:[A-Z]{2,})\s+)?"
                                r"(doctors?|specialists?|clinicians?|physicians?|consultants?|gps?|nurses?|pharmacists?|[a-z]+ologists?|[a-z]+iatricians?|[a-z]+iatrists?|(healthcare|health care|care|medical) (providers?|teams?)|teams?|we|you|people|patients|nice|guidelines?)"
                                r"|(?-i:[A-Z]{2,6}))\s+"  # a body by its initials: "For people with HIV who develop VL, WHO recommends"
                                r"((may|might|can|could|will|would|usually|often|typically|generally|commonly|sometimes|also|then|first|now|do not|don't|may not|has|have|"
                                r"(is|are)\s+((more|most)\s+)?likely\s+to|(more|most)\s+(often|commonly|usually))\s+){0,2}"
                                r"(use|prescribe|recommends?|offer|give|suggests?|choose|prefer|try|take|add|start with|start on|approved|licensed|"
                                r"have|get|receive|be given)\s"
                                r"|(the\s+)?((main|usual|other)\s+)?(treatment\s+)?(options|choices|treatments)\s+include\s"  # "options include"
                                r"|(the\s+)?(first|usual|main|standard|best)\s+(treatment|medicine|choice|option)\s+is\s+((usually|often|normally|generally)\s+)?)", re.I)
# a verb in the singular after "A and B": the two drugs name one product
SINGULAR_VERB = re.compile(r"\s*(\([^()]{1,40}\)\s*)?(is|was|has|works|treats|contains|comes|kills)\b")
# a verb in the plural after "A and B": two drugs ("Octreotide and lanreotide are both approved", title or not)
PLURAL_VERB = re.compile(r"\s*(\([^()]{1,40}\)\s*)?(are|were|have|both|work|treat|do|can both|may both)\b")
# "A (Keytruda®) plus B, and C plus D": a pair of drugs ("plus" between them), pairs joined by commas
PAIR = re.compile(r"\s*(\([^()]{1,30}\)\s*)?(plus|\+)\s+", re.I)
PAIR_GAP = re.compile(r"\s*(\([^()]{1,30}\)\s*)?[,;]\s*((and|or)\s+)?", re.I)
FRONTED_LIST_GAP = re.compile(r"(?![^;:.]*\b(with|plus|alongside|together|after|before|than|instead|followed|then)\b)[^;:.]{0,80}")  # "-223, ", ", or the PARP inhibitor "
IT_IS_A = re.compile(r"\b(it|this (medicine|medication|drug|treatment))\s+(is|was)\s+(also\s+)?(a|an|one of)\b", re.I)  # the page's drug, then its class
USED_AFTER = re.compile(r"[^.;:()]{0,60}?,\s*(which|that)\s+(is|are)\s+((also|often|usually|commonly)\s+)?(used|given|taken|prescribed)\b", re.I)
AMOUNT_OF = re.compile(r"\b(levels?|amounts?|build-?up|excess|concentrations?) of\s+(the\s+)?([\w-]+\s+){0,2}$", re.I)
COMPLICATION_OF = re.compile(r"\b(is|are|can be)\s+((a|an|one of the|the|another)\s+)?([\w-]+\s+){0,5}?complications?\s+of\s+", re.I)
CO_CAUSE_GAP = re.compile(r"(\s*\([^()]{1,60}\))?\s*((can|may|might|could|will|all|both|also|often|sometimes|commonly|usually)\s+)*", re.I)  # "... and C can all cause"
RELATIVE_ASIDE = re.compile(r"\s*(\([^()]{1,40}\)\s*)?,\s*(which|that|who)\b[^,;()]{0,120},\s*((can|may|might|often|also|usually|then)\s+)*", re.I)
# ", which can", also an appositive's: "rhabdomyolysis, a breakdown of muscle tissue that can cause ..."
RELATIVE_WHICH = re.compile(r",\s*((an?|the)\s+([\w'-]+\s+){0,6}?(that|which)|which)\s+((can|may|might|could|often|also|sometimes|then|in turn|itself)\s+)*$", re.I)
# a stage or severity word right before the disease that causes a sign: "advanced bowel cancer", "severe acne"
CAUSE_STAGE = re.compile(r"\b(advanced|severe|metastatic|early|mild|moderate)\s+$|^(advanced|severe|metastatic|early|mild|moderate)\s+(?=\S)", re.I)
# "a medicine for erectile dysfunction (ED) such as sildenafil (Viagra) or vardenafil": a class named by
# its use and the drugs given as its examples
EXAMPLES_FOR = re.compile(r"\b((medicines?|medications?|drugs?|treatments?|tablets?|pills?|options?|choices?|drops|creams?|ointments?|sprays?|inhalers?|injections?)\s+((used|taken|prescribed|given|recommended|offered)\s+)?((first|usually|often|commonly|mainly|mostly)\s+)?"
                          r"|[\w-]+s\s+((are|were)\s+((now|currently|commonly|mainly|often|usually)\s+)?)?(used|taken|prescribed|given)\s+((most\s+)?(often|commonly|widely)\s+)?)"
                          r"(for|to treat|(?P<in>in)|(?P<prevent>to (help )?prevent))\s+"
                          r"(?P<obj>(?(in)[^,;:.()\s]+(\s+[^,;:.()\s]+){0,2}?|[^,;:.()]{2,60}?))\s*(\([^()]{1,15}\)\s*)?,?\s*((?(in)(?!))(such as|like|including|e\.g\.,?|include|includes|are)\s*:?|((today|now|currently)\s*)?:)\s+(?=\w)", re.I)
PREVENTIVE_BEFORE = re.compile(r"\b(preventive|preventative|prophylactic|preventer)\s+$", re.I)  # "Preventive options for migraine include"
PREVENTION_OF = re.compile(r"(the\s+)?((long|short)[- ]term\s+)?(prevention|prophylaxis)\s+of\b", re.I)
# a line that introduces a list of drugs, one per item ("Second-line medicines that are sometimes used off-label for
# essential tremor include:")
DRUG_LIST_INTRO = re.compile(r"\b((medicines?|medications?|drugs?|treatments?|options?|choices?|therapies)\s+|[\w-]+s\s+(?=((that|which)\s+|used|taken|prescribed|given)))"
                             r"((that|which)\s+(are|is|can be|may be)\s+)?((sometimes|often|also|usually|commonly|occasionally)\s+)?"
                             r"((used|taken|prescribed|given|tried)\s+)?(['‘’\"“”]?off[- ]label['‘’\"“”]?\s+)?(for|to treat|(?P<prevent>to (help )?prevent))\s+"
                             r"(?P<obj>[^,;:.()]{2,60}?)\s*(\([^()]{1,15}\)\s*)?((may|can|also)\s+)*(include|includes|are)\s*:\s*$", re.I)
# "and extended-release clonidine", "or IV ganciclovir", "topical corticosteroids"
RELEASE = (r"(?i:(((extended|modified|slow|sustained|prolonged|immediate)[- ]release|long-acting|short-acting|"
           r"oral|iv|intravenous|topical|inhaled|subcutaneous)\s+){0,2})")
# between examples, brackets removed: "A (Fosamax) and B", "the bisphosphonate tablets A", "A on its own, B"
EXAMPLE_GAP = re.compile(r"\s*((tablets?|capsules?|injections?|infusions?|medicines?|medications?|drugs?|pills?|on (its|their) own|alone)\s*)?"
                         r"(,\s*)?((or|and|and/or|such as)\s+)?((the|a|an)\s+)?" + RELEASE)
ARTICLE = re.compile(r"(the|a|an)\s+", re.I)
# the page's drug taken in a dose ("adults usually take 25 milligrams", "take one tablet", "you can use it")
DOSE_TAKEN = re.compile(r"\s*(((most\s+)?(adults|children|people|patients|you|kids|teenagers)|the usual dose)\s+)?((usually|normally|typically|often|can|should|may|will|need to)\s+)*"
                        r"(take|use|are given|is|get|have|apply|chew|swallow)\s+(it\b|one\b|two\b|a\s+(single\s+)?(dose|tablet|capsule|patch)\b|\d)", re.I)
# "To prevent rejection, most people take tacrolimus ...": a fronted prevention phrase
FRONTED_PREVENT = re.compile(r"\s*to\s+(help\s+)?(prevent|avoid|stop|(reduce|lower|cut)\s+(the|your|their|his|her)\s+risk\s+of)\s+(?P<front>[^,;:]{2,80}?)\s*,\s*", re.I)
# "not used for" names a negated use when the disease follows it, a contraindication before a population
NOT_USED_FOR = re.compile(r".*\b(used|recommended|suitable)\s+for\s+(?!(people|patients|anyone|those|children|adults|women|men|someone|you)\b)"
                          r"([^,;:.()]{1,60}?(\([^()]{1,20}\))?(,\s*|\s+)(or|and|nor)\s+(for\s+)?)?([\w'-]+\s+){0,2}", re.I)  # "not used for A or for B"
# a cell type written between a biomarker and its disease ("CD20-positive, B-cell non-Hodgkin lymphoma")
CELL_TYPE = re.compile(r"\b(B|T|NK|plasma)[- ]cells?\b|\b(B|T)-(?=\w|$)", re.I)
# Most characters of disease-status words between a biomarker and its disease ("KRAS G12C-mutated
# locally advanced or metastatic NSCLC")
STATUS_GAP = 60
# The verb that introduces a list of drugs as the statement's subjects
LIST_VERB = re.compile(r"\b(include|includes)\s*:?\s*((the|an?)\s+)?([\w-]+\s+){0,3}$|\bare\s*:?\s*$|\b(treat|for|prevent)\s+[^:]{2,80}:\s*$", re.I)
COORDINATION = re.compile(r"^\s*(,|and|or|/|and/or|as well as|\(|\)|,\s*and|,\s*or)*\s*$", re.I)
PAREN = re.compile(r"^\s*\(\s*(\w+\s+){0,2}$")
OPEN_BRACKET = re.compile(r"\([^()]*$")  # text that ends inside a bracket it opened
FUSED_LEAD = re.compile(r"^[\s\d.:)•-]*$")  # nothing but numbering before the disease
FUSED_GAP = re.compile(r"^(\s*\([^()]{1,40}\))?[\s:.-]+$")  # "Multiple Sclerosis (MS) TYSABRI ..."
BACKTRACK = 4  # sentences searched back for the disease that "This"/"It" refers to
# the signs of the disease just named, in people no disease names ("Some people also have weight loss, ...")
SOME_PEOPLE_HAVE = re.compile(r"\s*(some|many|most|other|a few)\s+(people|patients|children|adults|women|men)\s+"
                              r"((also|may|might|can|will|often|usually|first)\s+)*(have|get|feel|develop|notice|experience|report)\b"
                              r"(\s+([\w-]+\s+){0,2}(unwell|ill|sick),?\s+with\b)?", re.I)
# words of a statement about treatment and its effects, not about a disease's signs
TREATMENT_TALK = re.compile(r"\b(side effects?|injections?|infusions?|doses?|medicines?|medications?|drugs?|treatments?|taking|"
                            r"reactions?|procedures?|surgery|risks?|warnings?|safety|precautions?)\b", re.I)
# a class noun and its examples after "a sign of" ("another medical problem, such as ")
CLASS_EXAMPLES = re.compile(r"\s*(an?|another|some|other|an underlying|a more serious)\s+([\w-]+\s+){0,2}(problems?|conditions?|diseases?|illness(es)?|disorders?|inflammation|infections?),?\s+"
                            r"(such as|like|including|e\.g\.,?|called|known as)\s+", re.I)
SYMPTOMS_OF_GAP = 20  # characters between "symptoms of" and the disease it names ("of an untreated ...")
GAP_ABBREV = re.compile(r"\(\s*[^()\s]{1,12}\s*\)")  # "(GPA)" between coordinated objects
RELATIVE = re.compile(r"[^.;:]*?\b(that|which|whose)\b", re.I)
# a cause verb between words: "Fibromyalgia causes pain ..." is a statement (not "Death from Cardiovascular Causes")
# a sentence that opens with a cue naming no disease ("Common symptoms include:", "Other symptoms can include ...")
SIGNS_OPENING = re.compile(r"\s*((when|if|once|the|common|other|main|typical|early|later?|more|most|some|usual|key|first|classic|"
                           r"possible|serious|rare|less common|more serious)\s+)*$", re.I)
DRUG_NOUN_AFTER = re.compile(r"[ -](relievers?|killers?|medicines?|medications?|drugs?|remed(y|ies)|pills?)\b", re.I)
TREATMENT_FOR = re.compile(r" (treatments?|therap(y|ies)|drugs?|medicines?|medications?) (for|of|in)\b")
# a sentence that names a disease (for a "This can cause" after it): "is called X", "a bowel infection
# called X", "leading to a kidney infection"
NAMED_AS = re.compile(r"\b((is|are) (called|known as|termed)|(infection|disease|condition|disorder|illness|syndrome|cancer|complication)\s+"
                      r"(called|known as)|lead(s|ing)? to|led to)\s+((a|an|the)\s+)?$", re.I)
# "High blood sugar can damage ...", "Inflammation of the lungs (pneumonitis) can be serious"
MODAL_AFTER = re.compile(r"(\s+of\s+(the\s+|your\s+)?[\w-]+(\s+[\w-]+)?)?(\s*\([^()]{1,40}\))?\s+(can|may|might|could|will|often|usually)\b", re.I)
# between a drug and a treatment cue that describes it: a relative clause or an appositive after a comma
DESCRIBED = re.compile(r"\s*\)?\s*(\([^()]*\)\s*)?,\s*(?P<appos>(an?|another)\s+([\w-]+\s+){0,3}?)?(?P<rel>(which|that)\s+)?"
                       r"((is|are|was|were)\s+)?((also|often|usually|commonly|mainly|sometimes|mostly|now)\s+)*", re.I)
SIGN_DEFINED = re.compile(r"\s*(\([^()]{1,20}\)\s*)?(is|are)\s+(also\s+)?(a|an|the)\s+([\w-]+\s+){0,4}?(that|which)\s+"
                          r"((can|may|often|also|usually|commonly)\s+)*", re.I)
# "AF increases your risk of having a stroke", "Untreated hypothyroidism in pregnancy increases the risk of
# miscarriage": a disease that opens its sentence causes what it raises the risk of (not "..., which can raise
# your risk of infection, anaemia and bleeding": there the first object would pass for the subject)
RAISES_RISK = re.compile(r"\b(increases?|raises?) (your |the |their |his |her |a person's )?((long-term|lifetime|later|future) )?(risks?|chances?|likelihood) of"
                         r"( (developing|getting|having))?\b", re.I)
RISK_GAP = re.compile(r"(\s+(in|during)\s+[\w'-]+(\s+[\w'-]+){0,2})?(\s*,\s*(in turn|over time|if (it is )?untreated),)?\s+((can|may|might|also|often|greatly|significantly|further)\s+)*")
# a list intro whose items are the treatments of the disease before the cue ("X can be eased with:",
# "Treatment options for X include:")
DISEASE_LIST_INTRO = re.compile(r"\b((can|may|is|are)\s+((usually|often|also|sometimes)\s+)?(be\s+)?(treated|managed|controlled|eased|relieved|helped)\s+(with|by)"
                                r"|(treatments?|treatment options|options|medicines|medications|drugs)\s+(for|to treat)\b[^:]{0,60}?\s+(include|are))\s*:\s*$", re.I)
# "(people with X) take it every day", "... who cannot have surgery are given this medicine"
NEED_IT = re.compile(r"\s*,?\s*((who|whose)\s+[^.;:,()]{1,60}?\s+)?((usually|often|also|generally|typically|may|might|will|must|should|can|now)\s+){0,2}"
                     r"(need|needs|take|takes|use|uses|receive|receives|(are|is)\s+((usually|often|also)\s+)?(given|offered|prescribed))\s+"
                     r"(it|this (medicine|medication|drug|treatment))\b", re.I)
RISK_OF = re.compile(r"\b(risk|chance|odds) (of|for)\s+(\w+\s+){0,2}$", re.I)  # "raise your risk of infection and cause anaemia"
# the cue describes other medicines, not the page's drug ("because of the medicines used to treat it")
GENERIC_DESCRIBED = re.compile(r"\b(the|other|some|these|those|certain|many)\s+([\w-]+\s+)?(medicines|medications|drugs|treatments|therapies)\s+((that|which)\s+(are|were)\s+)?$", re.I)
PARTICIPLE = re.compile(r"(used|given|prescribed|taken|approved|licensed|recommended)\b", re.I)
COPULA_END = re.compile(r"\b(is|are|was|were)\s+(also\s+)?(one of|among)?\s*$", re.I)
# what may follow a cue (or the disease it names) before a list of signs, one per line: "include:",
# "symptoms in other parts of the body, such as:"
LIST_TAIL = re.compile(r"(\s*(attacks?|episodes?|flares?|flare-ups?|crisis|crises))?\s*(((may|can|might|often|also|usually|commonly)\s+)*(include|includes|are)\s*)?"
                       r"([^.;:]{0,100}?,?\s*(such as|including|like))?\s*:\s*"
                       r"|\s+[^.;:]{0,80}?\s+(and|but)\s+((may|can|might|often|also|usually|commonly)\s+)*(include|includes)\s*:\s*", re.I)
# (or after a clause of their own: "Symptoms of giardiasis usually start 1 to 2 weeks after you are infected and can include:")
EXAMPLE_TAIL = re.compile(r"\s*(\([^()]{1,20}\))?\s*,?\s*(such as|including|like|e\.g\.,?)\s+[^,.;:()]{1,40}(\([^()]*\))?\s*,?", re.I)
# after a drug: closing brackets, spaces, or the generic noun it modifies ("glucocorticoid medicines, such as prednisone")
GENERIC_TAIL = re.compile(r"[\s)\]]*((medicines?|medications?|drugs?|tablets?|treatments?|creams?|ointments?|injections?)[\s)\]]*)?")
# a line labelled with a kind of sign, and a list intro about a disease's signs
SIGN_LABEL = re.compile(r"\s*([\w-]+\s+){0,2}(symptoms|signs|features)\s*:\s*(?=\w)", re.I)
# a bracketed gloss that defines the disease before it by what it causes: "glaucoma (an eye disease that can lead
# to vision loss)", "irritable bowel syndrome (IBS; a long-lasting disorder of the intestines that can cause ...)"
PAREN_DEFINITION = re.compile(r"\(\s*((?-i:[A-Z]{2,})\s*[;,]\s*)?(an?\s+)([\w'-]+\s+){0,5}(disease|disorder|condition|illness|infection|problem|syndrome)"
                              r"\b[^()]{0,60}?\b(that|which)\s+((can|may|might|often|usually|also|sometimes)\s+)*", re.I)
PLACE_LABEL = re.compile(r"\s*([\w'-]+\s+){0,2}[\w'-]+\s*:\s*(?=\w)")  # a list item's short label ("Bones: ...")
SIGNS_HEAD = re.compile(r"\s*(its|their|the)\s+([\w-]+\s+)?(symptoms|signs|features)\b[^.]*:\s*$", re.I)
SIGNS_CUE = re.compile(r"(symptoms?|signs?|complications?)\b", re.I)
CAUSE_VERB = re.compile(r"[\w,]\s+(causes|causing|leads to|results in)\s+\w")
# after a benefit verb: the course of a disease, not its features ("decreases the rate of development of overt heart failure")
BENEFIT_COURSE = re.compile(r"\s*(the\s+)?(rate|incidence|occurrence|frequency|development|progression|number)\b")
# "In people with RA, it ...": a fronted frame, then the drug as a pronoun
PRONOUN = r"(it|they|this (drug|medicine|medication))\b"  # the drug as a pronoun
# a sentence whose subject is a procedure or other non-drug care ("Surgery may be needed to relieve X", "In some
# cases, physiotherapy is used for Y"): the page's drug is not its subject
NON_DRUG_SUBJECT = re.compile(r"([^,.;:]{0,40},\s*)?((the|a|an|some|other|your)\s+)?([\w-]+\s+){0,2}(surgery|surgeries|operations?|"
                              r"radiotherapy|radiation therapy|physiotherapy|physical therapy|occupational therapy|speech therapy|"
                              r"exercises?|diets?|lifestyle changes|smoking|(ear )?tubes|transplants?|transplantation|dialysis|counsell?ing|"
                              r"psychotherapy|talking therapy|talking therapies|acupuncture|bracing|braces|splints|ablation|stents?|"
                              r"procedures?|implants?|pacemakers?|phototherapy|light therapy|"
                              r"honey|rest|fluids|humidifiers?|steam|ice packs?|heat packs?|(warm|cold) compress(es)?)\s+"  # home remedies
                              r"((may|can|might|will|should|often|usually|also|sometimes|then)\s+)*(is|are|be|was|were|has|have|helps?|soothes?|eases?|relieves?)\b", re.I)
OCCUR_WITH = re.compile(r"\b(occur|happen|develop|arise)\s+(with|in)$", re.I)  # "Health issues that can occur with X include:"
BELONG = re.compile(r"\s*(all\s+|both\s+)?belongs?\s+to\s+(a|the)\s+([\w-]+\s+)?(group|class|family|type|kind)\s+of\s+"
                    r"(drugs|medicines|medications)\s+(called|known as)\s+", re.I)  # the drugs before it are of the class after it
PLURAL_DRUG = re.compile(r"\s*(they|these (drugs|medicines|medications|treatments)|both (drugs|medicines|medications|treatments)|"
                         r"neither (drug|medicine|medication|treatment)|(neither|both|all|all three|all four)(?=\s+(is|are|was|were|can|may|has|have|works?|helps?)\b))\b", re.I)  # two drugs or a class named just before
# after a drug a population took: a worse outcome, no use ("who took a DOAC had more clots")
WORSE_AFTER = re.compile(r"\s*(\w+\s+){0,3}?(had|have|has|showed|developed)\s+(more|higher|increased|worse|greater risk)\b", re.I)
# between a treated disease and an event it follows ("... dysfunction after a heart attack")
AFTER_EVENT = re.compile(r"\bafter\s+(an?\s+|the\s+|your\s+|their\s+)?$", re.I)
# a disease, then the class it belongs to: ", a long-term liver disease"
CLASS_GLOSS = re.compile(r"\s*,\s*(a|an)\s+([\w'-]+\s+){0,3}", re.I)
# a fronted population with its disease: "In children and young people with MS, ..."
POPULATION_FRAME = re.compile(r"\s*(in|for)\b[^,]{0,80}\b(with|who have|having)\b[^,]{1,60},", re.I)
PAST_VERB = re.compile(r"\w+ed\s*$")
FRAMED_ANAPHOR = re.compile(r"\s*(in|for)\b[^,]{0,80},\s*" + PRONOUN, re.I)
# a comma and a new subject: the phrase before it is closed
NEW_CLAUSE = re.compile(r",\s+(the|your|a|an|he|she|they|we|you|it|doctors?|healthcare providers?)\s", re.I)
# "This condition causes ...": a noun anaphor, which names the disease last introduced
# the damage a disease just named does: "Over time, this damage may lead to heart disease"
EFFECT_ANAPHOR = re.compile(r"\s*(this|that|such|the) (damage|inflammation|build-?up|scarring|injury)\b", re.I)
DEFINITE_ANAPHOR = re.compile(r"\s*(this|that|the) (condition|disease|disorder|illness|infection|cancer|syndrome)\b", re.I)
SETTING = r"\s*(for|in|during|with|after)\b"  # words that open a sentence-initial setting
# a sentence-opening setting that names a drug before the subject ("For highly emetogenic chemotherapy, ...")
FRONTED_SETTING = re.compile(SETTING + r"\s+[^,.;]{0,60}$", re.I)
RISK_IN_IF = re.compile(r"\s*(if|when)\b[^,;]*\brisks?\s+(of|for)$", re.I)  # a fronted condition on who is at risk
FRONTED_LIKE = re.compile(r"\s*(like|unlike|as with)\s+((other|many|most|all|some)\s+)?$", re.I)
FRONTED_REASON = re.compile(r"\s*(because|since|although|though|while)\s+[^,.;]{0,30}$", re.I)  # a reason clause before the subject
# a whole opening setting up to its comma ("In adults having chemotherapy for leukaemia, "), before the subject
FRONTED_CLAUSE = re.compile(SETTING + r"[^.;]{0,100},\s*", re.I)
# between a sign and the disease that causes it ("spasticity is caused by", "anemia due to")
CAUSED_BY = re.compile(r"\s*,?\s*((that|which)\s+)?((is|are|was|were|can be|may be|be|not|often|usually|mostly|mainly|also|most|commonly|sometimes|typically|generally)\s+)*"
                       r"((caused|triggered|brought on) by|due to|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )related to|results? from|resulting from|from(?=\s+(other\s+|certain\s+)?(conditions|diseases|disorders|illnesses|infections)\b"
                       r"[^.;:()]{0,60}?(such as|including|like)\s))\s+", re.I)  # "a long-lasting cough from conditions like lung cancer"
EPISODE_AFTER = re.compile(r"\s+(crisis|crises|attacks?|episodes?|flares?)\b", re.I)  # "an MH crisis", "a panic attack"
# "spasticity caused by conditions that affect the brain or spinal cord, such as spinal cord injury, stroke, ...":
# a class of causes, then its examples
CAUSE_EXAMPLES_GAP = re.compile(r"\s*(other\s+|certain\s+|many\s+|several\s+)?(conditions|diseases|disorders|illnesses|problems|infections)\b"
                                r"[^.;:()]{0,60}?(such as|including|like|e\.g\.,?)\s+", re.I)
CAUSE_EXAMPLES_BEFORE = re.compile(r"\b(caused|triggered|brought on) by" + CAUSE_EXAMPLES_GAP.pattern + r"[^.;:()]*$", re.I)
CAUSE_COORDINATION = re.compile(r"\s*(,|and|or|and other|or other|as well as|including|such as|like|especially|\ban?\b|\bthe\b|\bacute\b|\bchronic\b|\bsevere\b|\s)*\s*", re.I)
# a list of the causes of a disease: "Conditions that can lead to ED include:", "Hyperthyroidism can be caused by:"
CAUSE_LIST_INTRO = re.compile(r"\s*(((the|its|their)\s+)?((main|common|most common|other|possible|known|usual|medical|physical)\s+)*"
                              r"(causes|conditions|diseases|illnesses|health problems|problems)\s+(of|that\s+((can|may|often|commonly)\s+)?"
                              r"(cause|lead\s+to|trigger|bring\s+on|result\s+in))\s+(?P<effect>[^:;]{2,60}?)\s+(include|are)"
                              r"|(?P<effect2>[^:;]{2,60}?)\s+(can|may|is|are)\s+((also|often|usually|sometimes)\s+)?(be\s+)?caused\s+by)\s*:\s*$", re.I)
# a sign, then where it arises: "Osteoporosis is common in SM", "Autonomic dysreflexia (AD) is a ... emergency that
# can occur in people with SCI", "The same kind of spasticity also develops in multiple sclerosis (MS)"
OCCURS_IN = re.compile(r"\s*(\([^()]{1,40}\)\s*)?((is|are)\s+(an?\s+)?[\w\s-]{1,60}?\s+(that|which)\s+)?"
                       r"((is|are)\s+((very|also|particularly|especially|quite|fairly)\s+)*common|"  # not "more common in": a risk
                       r"((can|may|might|often|also|usually|commonly|sometimes)\s+)*(occurs?|develops?|happens?))\s+"
                       r"(in|after|among)\s+((some|many|most)\s+)?((people|patients|children|adults|those|women|men)\s+(with|who have|who have had)\s+)?"
                       r"((an?|the)\s+)?([\w-]+\s+){0,2}?", re.I)
OCCURS_NEXT = re.compile(r"(\s*\([^()]{1,40}\))?\s*(,|and|or)?\s*((and|or)\s+)?((after|in|among)\s+)?((an?|the)\s+)?", re.I)
# "Standard-risk APL: ATRA plus arsenic trioxide ...": a line labelled with a disease, then its treatment
LABEL_LINE = re.compile(r"\s*(?P<label>[^:.;]{2,60}):\s+(?P<rest>((usually|often|mainly|typically|first|either|a|an|the|oral|"
                        r"intravenous|iv|treatment with|a combination of)\s+)*)(?=\S)", re.I)
# events a drug makes fewer ("reduced heart attacks", "cuts the number of fractures"): prevention (relations.json "prevent")
EVENT = re.compile(r"(heart attacks?|strokes?|fractures?|blood clots?|deaths?|myocardial infarctions?)", re.I)
EVENT_CUT = re.compile(r"\b(reduc(e|es|ed|ing)|lower(s|ed|ing)?|cut(s|ting)?|halv(e|es|ed))\s+(the\s+)?(number\s+of\s+)?"
                       r"((further|new|future|recurrent|second|more|major|fatal)\s+)?$", re.I)
# a reference: authors by surname and initials ("Wozel G, Blasum C.", "Reynolds RV, Yeung H, et al."), with a year
CITATION = re.compile(r"\s*[A-Z][a-z'-]+(-[A-Z][a-z'-]+)?\s+[A-Z]{1,3}(,\s+[A-Z][a-z'-]+(-[A-Z][a-z'-]+)?\s+[A-Z]{1,3})*(,?\s+et\s+al\b|\.\s)")
YEAR = re.compile(r"\b(19|20)\d\d\b")
SIGN_KIND = re.compile(r"\s*((the|a|an|some)\s+)?((same|other|similar)\s+)?(kinds?|types?|forms?|sorts?)\s+of\s+", re.I)  # "The same kind of spasticity"
CAUSE_ITEM_END = re.compile(r"\s*(,\s*(which|that|where|a|an)\b|\b(which|that|who|where)\b|[–—(])", re.I)  # the item's own aside
# events of taking a drug that pages list the signs of: not diseases (gold/README.md CAUSES); "opioid overdose" is one
DRUG_EVENT = re.compile(r"((serious|severe)\s+)?(overdose|overdoses|allergic reactions?|hypersensitivity reactions?)", re.I)
DRUG_CAUSED = re.compile(r"\s+(caused|induced|triggered|brought on)\s+by\s+(the\s+)?", re.I)  # "Hepatitis caused by zafirlukast"
STUDIED_NOT_APPROVED = re.compile(r"\bbeing\s+(studied|tested|investigated)\s+(?P<studied>(in|for|as an? [\w ]{1,30}? for)\s)[^.;]{1,120}?"
                                 r"(?P<but>,?\s+(but|although|though))\b[^.;]{0,40}?\bnot\s+((yet|currently)\s+)?(approved|licensed)\s+"
                                 r"(for|to treat)\s+(either|any|both|these|them|those|either condition|any of them)\b", re.I)
SOLID_BEFORE = re.compile(r"\bsolid\s+$", re.I)  # "solid tumors": a treated disease, not the generic "tumors"
# "Mpox is a zoonotic infection", "Strongyloidiasis, an intestinal infection"
CLASS_NOUN_BEFORE = re.compile(r"(\b(is|are)\s+(an?\s+)?|,\s*an?\s+)([\w'-]+\s+){0,2}$", re.I)
# a cause that is a germ or a treatment: "the hepatitis C virus", "cancer immunotherapy medicines"
GERM_AFTER = re.compile(r"\s+(virus(es)?|bacteri(um|a)|fung(us|i)|parasites?|germs?"
                        r"|([\w-]+\s+)?(medicines?|medications?|drugs?|therap(y|ies)|treatments?))\b", re.I)
GLOSS = re.compile(r"\s*\([^()]{1,40}\)")  # a bracketed lay name or synonym after a mention
MAY_BE = re.compile(r"\b(can|may|might|is|are)\s+((often|usually|mostly|most often|sometimes|also)\s+)*be\b|\b(is|are)\s+(often|usually|mostly|most often|commonly)\b"
                    r"|\b(is|are)\s+(caused|triggered)\b", re.I)  # "Less often, TN is caused by MS" (a statement, no name)
# the disease of the people a sentence opens with ("Some patients whose PAH ...")
WHOSE_DISEASE = re.compile(r"^([\w-]+\s+){0,3}(people|patients|adults|children|those|women|men)\s+whose\s+$", re.I)
# a sentence about medicines in general ("Several other types of medicine are used to treat X, including ...")
GENERIC_MEDICINES = re.compile(r"\s*((several|many|other|some|different|various|a few|a number of|two|three|four|five|\d+)\s+)*"
                               r"((main|common|different)\s+)?((types|kinds|classes|groups|sorts) of\s+)?"
                               r"(medicines?|medications?|drugs?|treatments?|tablets?|options?)\b", re.I)
# the drug a patient moves to ("switch to riociguat", "may be switched over to a stronger statin such as")
SWITCH_TO = re.compile(r"\bswitch(es|ed|ing)?\s+((you|them|him|her|patients|people|your child)\s+)?(over\s+|back\s+)?to\s+(an?\s+|the\s+)?([\w-]+\s+)?$", re.I)
# "There is no cure for X": no use of the page's drug unless the sentence goes on ("but ambrisentan can ...")
NO_CURE = re.compile(r"\b(there\s+is|there's|there\s+are)\s+((currently|still|as\s+yet|yet)\s+)?no\s+((known|real|lasting|permanent)\s+)?cures?\b", re.I)
# a warning that lists the signs to act on, not what a disease causes
EMERGENCY_ADVICE = re.compile(r"\b(get|seek|call for) (emergency|immediate|urgent) (medical )?(help|care|attention|treatment)\b|\bcall (your doctor|911|999|000) (at once|right away|straight away|immediately)\b"
                              r"|\b(see|contact|call|phone|ring)\s+(a|your|the)\s+(doctor|gp|hospital|nurse|care team|healthcare provider|health care provider|specialist)\b[^.;]{0,40}?\b(straight away|right away|immediately|urgently|at once)\b", re.I)
# "..., and rarely it can lead to": "it" standing for the drug that opens the sentence
DRUG_IT_CUE = re.compile(r"\b(and|but|which|where)\s+((rarely|sometimes|also|occasionally|very rarely),?\s+)*(it|this)\s+((can|may|could|might|will|also|rarely|sometimes)\s+)*$", re.I)
# after a disease that opens a sentence: the sentence says what it is
DEFINITION = re.compile(r"\s*(\([^()]*\)\s*)?(is|are|means|refers to|happens|occurs)\b", re.I)
# a reason or a describing clause after a statement's objects: its diseases are no objects
REASON = re.compile(r",?\s*\b(because|since (these|this|they|it)|as (these|this|they|it))\b|,\s*which (is|are) (a|an|the|different|other|both|two|all|related to|linked to|due to|caused by)\b", re.I)
# "a preventative (prophylactic) treatment for X": the noun after an adjectival prevention cue
PREVENTIVE_NOUN = re.compile(r"\s*\)?\s*(\([^()]*\)\s*)?(treatments?|therap(y|ies)|medicines?|medications?|drugs?|options?)\s+(for|of|against)\s+", re.I)
# "..., and clarithromycin is used instead": a listed drug with a clause of its own
OWN_CLAUSE = re.compile(r"\s*(\([^()]*\)\s*)?(is|are|can be|may be|will be|might be)\s+((usually|often|also|sometimes|then|normally)\s+)?"
                        r"(used|given|prescribed|offered|recommended|an? (alternative|option|choice))\b", re.I)
# "Urogenital schistosomiasis, caused by S. haematobium, can lead to ...": the organism is an aside of the disease
ORGANISM_ASIDE = re.compile(r",\s*(((mainly|mostly|usually|often|largely)\s+)?(caused by|due to)|an?\s+([\w-]+\s+){0,3}(infection|infestation)\s+(with|by|caused by))"
                            r"\s+[^,;]{2,80},\s*((can|may|might|could|will|often|also|usually)\s+)*$", re.I)  # ", an infection with the parasite Giardia,"
PREVENTION_AFTER = re.compile(r"\s+(prevention|prophylaxis)\b", re.I)  # "licensed for migraine prevention"
UNTREATED = re.compile(r"\s*((untreated|uncontrolled|poorly controlled|severe|long-standing|long-term)\s+)", re.I)  # "Uncontrolled X increases the risk of"
MAIN_CAUSE_OF = re.compile(r"\b(the\s+)?(most common|commonest|main|usual|leading|major|most frequent|(less|more)\s+common|other|rarer|rare|"
                           r"possible|known)\s+causes?\s+of\s+", re.I)  # also "Less common causes of hirsutism include A, B"
COPULA_AFTER = re.compile(r"\s+(is|are|include|includes)\s+((usually|often|probably)\s+)?", re.I)
FOR_BEFORE = re.compile(r"\bfor\s+((the|an?|your|their)\s+)?$", re.I)  # "glycopyrrolate for excess saliva"
SIGNS_ARE = re.compile(r"\b(is|are|(can|may|might|could)\s+(also\s+)?be)\s+((one|two|some|all|among) of\s+)?((the|a|an)\s+)?([\w-]+\s+){0,3}$", re.I)  # "X and Y are the two (symptoms of)"
LOW_COMPOUND = re.compile(r"\b(low|high|reduced|no|zero)[-‐]$", re.I)  # "low-sodium", "high-sugar"
# a drug line "A (Brand), for X", "Xywav (...), a low-sodium version – for X", "Lumryz (...) – a once-at-bedtime version for X"
ITEM_FOR = re.compile(r"\)?(\s*/\s*[\w-]+)*(\s*\([^()]{1,80}\))?(\s*,\s*an?\s+[^,;:()–—]{1,40})?"
                      r"(\s+[\w-]+)?(,?\s*(such as|including|like)\s+[^;:.]{1,150}?)?\s*[,:–—-]\s+"  # "anti-VEGF injections, such as A (B) or C, for X"
                      r"(an?\s+[\w-]+(\s+[\w-]+){0,3}?\s+)?(used\s+)?for\s+(?=\w)")
ITEM_BARE_FOR = re.compile(r"\)?(\s*\([^()]{1,80}\))?\s+for\s+(?=\w)")
WITH_SEGMENT = re.compile(r",\s*(and\s+)?with\s+$", re.I)  # "..., with pyrimethamine for toxoplasmosis"
FRONTED_IN = re.compile(r"\s*in\s+((people|patients|children|adults|those|someone|anyone) (with|who have)\s+)?", re.I)  # "In X, ..."
FRONTED_ASIDE = re.compile(r"\s*(beyond|besides|apart from|aside from|as well as|in addition to|other than|unlike|like)\s+"
                           r"(([\w'-]+,?\s+){1,3}?(?<=,\s))?", re.I)  # also "As well as painful, swollen joints, RA can cause"
DEFINED_AFTER = re.compile(r"\s*\)?\s*,\s+(a|an)\s+([\w'-]+\s+){0,4}?(that|which)\s+", re.I)  # "psoriasis, a skin condition that"
# "(Many) people with X (also) have Y": the signs people with a disease have (gold/README.md CAUSES)
HOLDER_BEFORE = re.compile(r"\b(people|patients|children|kids|teens|teenagers|adolescents|babies|infants|newborns|toddlers|adults|those|someone|anyone|everyone|everybody|men|women|girls|boys)\s+(who (have|has)|with|living with)\s+"
                           r"((a|an)\s+)?(the\s+([\w-]+\s+){0,2}(form|type)s?\s+of\s+)?"  # "babies with the salt-wasting form of classic CAH"
                           r"((advanced|severe|mild|moderate|early|late|chronic|active|untreated|metastatic|classic)\s+){0,2}$", re.I)
IF_HOLDER = re.compile(r"^\s*if\s+(you|they|your child|your baby)\s+(have|has)\s+$", re.I)  # "If you have overactive bladder, you may notice:"
# (a bracket after the disease: "people with systemic mastocytosis (SM) can have flushing")
# (or a relative clause on the disease's control: "Adults with PKU whose Phe levels are high often notice"; or
# the organ: "People with active TB of the lungs may have a cough")
HOLDER_HAVE = re.compile(r"(\s*\([^()]{1,40}\))?(\s+(of|in)\s+the\s+[a-z]+)?(\s*,\s*(you|they|your child|your baby)(?=\s))?(\s+whose\s+[\w\s-]{1,40}?\s+(is|are)\s+((still|very|too|not)\s+)?(high|low|raised|elevated|uncontrolled|poorly controlled|not well controlled))?"
                         r"\s*((also|often|usually|commonly|sometimes|may|can|will|might|already|then|frequently|typically|first|initially|later|eventually)\s+)*"
                         r"(have|has|get|gets|develop|develops|experience|experiences|notice|describe|report|live with|lives with|suffer from|suffers from|struggle with|struggles with"
                         r"|(are|is)\s+((also|much|far)\s+)?more\s+likely\s+to\s+(develop|get|have))(\s+|\s*(?=:))"
                         r"(?!(to|no|an? (higher|greater|lower|increased|high|low) (risk|chance|likelihood))\b)", re.I)
# after a disease that opens a sentence: it needs a treatment, then its examples (the drugs)
DISEASE_NEEDS = re.compile(r"\s+((may|might|will|often|usually|sometimes|can|also)\s+)*(need|needs|require|requires)\s+"
                           r"(an?\s+)?([\w-]+\s+){0,2}(treatments?|medicines?|medications?|therap(y|ies)|drugs?),?\s+"
                           r"(such as|like|including|for example,?)\s+(([\w()-]+\s+){1,3}(or|and|,)\s*)*$", re.I)
# what may open a sentence before its subject: nothing, or a short adverbial up to its comma
# ("Over time, high blood sugar can lead to ...", "Left untreated, ...")
SENTENCE_OPENER = re.compile(r"(\s*((but|and)\s+)?(over time|in time|eventually|left untreated|if (it is |it['’]s |they are |they['’]re )?(not treated|untreated|left untreated)|"
                             r"without treatment|in some people|sometimes|often|rarely|also|however),)?\s*", re.I)
EXAMPLE_WORDS = r"(such as|including|like|e\.g\.,?|for example,?)"  # a class, then its examples
EXAMPLES = re.compile(r"\s*,?\s*\(?\s*" + EXAMPLE_WORDS + r"\s+(an?\s+|the\s+)?")
EXAMPLES_END = re.compile(r"([,(]\s*|\b[A-Za-z-]{3,}s\s+|\b(medicines?|medications?|drugs?|treatments?|tablets?|painkillers?|pain relief|options?|"
                          r"creams?|ointments?|gels?|lotions?|drops|sprays?|inhalers?|antibiotics?|antifungals?|antivirals?|"
                          r"antihistamines?)\s+)" + EXAMPLE_WORDS + r"\s+(an?\s+|the\s+)?$")  # "..., such as " / "antifungal creams such as " before a list
LIST_GAP = re.compile(r"[\s)\]®™]*((tablets?|capsules?|injections?|infusions?)\s*)?(,\s*(and|or)?|and|or|and/or)?\s*(an?\s+)?" + RELEASE)  # between drugs of one list ("an antihistamine and a steroid")
CLASS_COPULA_GAP = re.compile(r"\s*(is|are)\s+(also\s+)?((a|an|another|other|both|two)\s+)?([\w-]+\s+){0,2}", re.I)
# an instruction that opens the sentence: "Treat hyperkalemia with calcium, insulin with glucose, and sodium
# bicarbonate" (the drugs listed after "with" are the subjects; "with glucose" after one of them its partner)
IMPERATIVE_TREAT = re.compile(r"\s*(((in that case|then|if so),?\s+)?(we|they|doctors?|your (doctor|team|gp|specialist)|the (doctor|team))\s+"
                              r"((may|might|will|can|usually|often|then|also)\s+){0,2})?"  # "In that case we may treat your X with A plus B"
                              r"(treat|manage|control|correct)\s+[^.;:,]{1,60}?\s+(with|using)\s+", re.I)
IMPERATIVE_ITEM = re.compile(r"(^|,|\band\b|\bor\b)\s*((and|or)\s+)?((an?|the)\s+)?$")
ALTERNATIVE_GAP = re.compile(r"[\s)\]]*((tablets?|capsules?|injections?|infusions?)\s*)?,?\s*(or|and/or)\s+" + RELEASE)  # "A or B", "A tablets or IV B"
CHOICE_VERB = re.compile(r"\b(take|takes|taking|use|uses|using|try|prescribe|prescribes|recommend|recommends|suggest|suggests|"
                         r"(treated|managed|controlled) with)\s+(an?\s+|the\s+)?(([\w-]+\s+){0,3}(doses?|course) of\s+)?$", re.I)  # "treated with A tablets or IV B"
# "It is caused by changes (mutations) in the GAA gene": the disease that opens the sentence before
IT_CAUSED_BY = re.compile(r"\s*(it|this (condition|disease|disorder|syndrome))\s+(is|was)\s+((usually|mostly|often|most often|always|mainly)\s+)?"
                          r"(caused|triggered) by\b", re.I)
IT_CUE = re.compile(r"\bit\s+((can|may|might|often|also|usually|commonly|typically)\s+)*$", re.I)  # "..., and it causes"
GLOSS_OPEN = re.compile(r"\s*\(\s*(((also|sometimes|often)\s+)?(called|known as|named)\s+|or\s+)?", re.I)  # "Penile thrush (also called candidal balanitis)"
LIST_NEXT = re.compile(r"\s*,?\s*(and|or)\s")  # a list goes on after an item
APPOSED_CLASS = re.compile(r",\s+(a|an)\s+([\w-]+\s+){0,2}")  # "loratadine, an antihistamine,"
ALSO_CALLED = re.compile(r"\s*,\s*(also|sometimes|often)\s+(called|known as|named)\s+", re.I)  # "Hay fever, also called X"
CALLED_GAP = re.compile(r",?\s+(called|named|known as)\s+", re.I)  # "an antibiotic called co-trimoxazole"
OTHER_GAP = re.compile(r",?\s*(and|or)\s+(other|another|similar|related)\s+((standard|common|older|newer|similar|related)\s+)?", re.I)  # "olanzapine and other (standard) antipsychotics"
CLAUSE_BREAK = re.compile(r";\s*|,\s*(and|or|but|while|as well as)\s+")  # between two objects' clauses
POST_QUALIFIER = re.compile(r"^\s*(in|among|for)\s+[^,;()]{1,60}?(,\s*)?\b(and|or)\s*$", re.I)  # "X in adults and Y in children"


@lru_cache(maxsize=1024)  # a sentence is looked at by several rules
def blank_brackets(text: str) -> str:
    """text with each innermost bracketed part blanked, offsets kept ("(DVT; a blood clot ...)")."""
    return re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), text)


def inside(m: Mention, spans) -> bool:
    """Does mention m start inside one of the (start, end) bracket spans?"""
    return any(a < m.start < b for a, b in spans)


def paren_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each top-level parenthesis of text, brackets included; an unclosed one runs to the end."""
    if "(" not in text:
        return ()
    spans, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                start = k
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, k + 1))
    if depth:
        spans.append((start, len(text)))
    return tuple(spans)


def first_outside(rx: re.Pattern, text: str) -> re.Match | None:
    """The first match of rx in text that does not sit inside a parenthesis."""
    spans = paren_spans(text)
    return next((m for m in rx.finditer(text) if not any(a < m.start() < b for a, b in spans)), None)


@lru_cache(maxsize=1)
def cues() -> dict:
    raw = json.loads(resources.files("pipeline").joinpath("resources/relations.json").read_text("utf-8"))
    out = {}
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        try:
            if isinstance(value, str):
                out[key] = re.compile(value, re.I)
            else:
                out[key] = tuple((re.compile(p, re.I), v) for p, v in value)  # hashable: qualifiers() caches on it
        except re.error as e:
            raise ValueError(f"resources/relations.json: {key}: bad regex: {e}") from e
    return out


def name(m: Mention) -> str:
    return m.concept_name or m.text


def key(m: Mention) -> str:
    return m.concept_id or m.concept_name or m.text.lower()


def connective(m: re.Match) -> str:
    """The linking words of a partner_before match ("together with", "and"): its first group that matched."""
    return next((g for g in m.groups() if g is not None), "").lower()


def main_drug(mentions: list[Mention], title: str) -> Mention | None:
    """The drug the page is about: named in the title, else the most frequent, a named drug
    before a class ("It belongs to a class of drugs known as DMARDs")."""
    drugs = [m for m in mentions if m.label == "DRUG"]
    if not drugs:
        return None
    t = title.lower()
    seen = Counter(key(m) for m in drugs)
    # a title word the model alone calls a drug, named once ("Photo by Getty Images" taken for a title) is no topic
    in_title = [m for m in drugs if (m.text.lower() in t or (m.concept_name and m.concept_name.lower() in t))
                and (m.concept_id or seen[key(m)] > 1)]
    named = [m for m in drugs if not cues()["class_drug"].search(m.concept_name or m.text)]
    pool = in_title or named or drugs  # a class page ("Statins: uses ...") is about the class
    counts = Counter(key(m) for m in pool)
    best = max(counts.items(), key=lambda kv: (kv[1], -min(m.start for m in pool if key(m) == kv[0])))[0]
    return next(m for m in pool if key(m) == best)


def status_only(text: str, table: tuple) -> bool:
    """Only disease-status words and coordinators ("locally advanced or metastatic")."""
    for rx, _ in table:
        text = rx.sub(" ", text)
    return bool(COORDINATION.match(CELL_TYPE.sub(" ", text)))


def qualifiers(text: str, table: tuple) -> list[str]:
    """Values of the table's patterns found in text, in text order, each once."""
    return list(_qualifiers(text, table))


@lru_cache(maxsize=4096)  # coordinated objects share their clause: the same text is asked again
def _qualifiers(text: str, table: tuple) -> tuple[str, ...]:
    hits = []
    for rx, value in table:
        for m in rx.finditer(text):
            hits.append((m.start(), m.end(), value.replace("{match}", " ".join(m.group(0).lower().split()))))
    found: list[str] = []
    for a, b, v in sorted(hits):
        if any(a2 <= a and b <= b2 and (a2, b2) != (a, b) for a2, b2, _ in hits):
            continue  # "adult" inside "adult women"
        if v not in found:
            found.append(v)
    return tuple(found)


class PageRelations:
    def __init__(self, text: str, sentences: list[Sentence], mentions: list[Mention], title: str, extractor: str,
                 drug: Mention | None = None):
        self.text = text
        self.sentences = sentences
        self.mentions = mentions
        self.by_sentence: list[list[Mention]] = [[] for _ in sentences]
        for m in mentions:
            if 0 <= m.sentence < len(sentences):
                self.by_sentence[m.sentence].append(m)
        self.main = main_drug(mentions, title) or drug
        self.title = title.lower()
        self.last_cause: tuple[int, Mention] | None = None  # the sentence and subject of the last CAUSES
        self.extractor = extractor
        self.out: list[Relation] = []
        self.objects: dict[int, list[Mention]] = {}  # id(relation) -> its object mention(s) in the evidence
        self.signs_of: dict[str, set[str]] = {}  # cause -> sign mention ids of "sign caused by cause"
        self.c = cues()
        # a class noun -> the drug it names ("the antibiotic amoxicillin"), and back; found once, asked by
        # every drug_role() call
        self.apposition: dict[int, Mention] = {}
        self.apposed_head: dict[int, Mention] = {}
        for m in (m for ms in self.by_sentence for m in ms):
            if (d := self.find_apposed(m)) is not None:
                self.apposition[id(m)] = d
                if m.start < d.start:
                    self.apposed_head.setdefault(id(d), m)

    # -- helpers --------------------------------------------------------------------------

    def stext(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start:s.end]

    def add(self, rel: str, subj: Mention, obj: Mention, i: int, also: list[Mention] | tuple = (), **q) -> None:
        s = self.sentences[i]
        if rel == "CAUSES" and DRUG_EVENT.fullmatch(subj.text):
            return  # "Signs of an overdose may include ...": an event of taking the drug, no disease
        if rel == "CAUSES":
            self.last_cause = (i, subj)
            if "status" not in q and (stage := CAUSE_STAGE.search(self.text, s.start, subj.start)
                                      or CAUSE_STAGE.match(subj.text + " ")):
                q["status"] = [(stage.group(1) or stage.group(2)).lower()]  # "Advanced prostate cancer can cause bone pain"
        self.out.append(r := Relation(
            relation_id="", relation=rel,
            subject=name(subj), subject_id=subj.concept_id, subject_text=subj.text,
            object=name(obj), object_id=obj.concept_id, object_text=obj.text,
            evidence=self.text[s.start:s.end], evidence_start=s.start, evidence_end=s.end,
            extractor=self.extractor, **q,
        ))
        self.objects[id(r)] = [obj, *also]

    def described_drugs(self, i: int, cue: re.Match | None) -> list[Mention]:
        """The drug a treatment cue describes in a relative clause or an appositive after it
        ("riociguat (Adempas), a medication used to treat PAH"; "nitrates, such as nitroglycerin, which
        are used to treat chest pain": both), not the sentence's subject ("Do not take sildenafil with ...")."""
        if cue is None:
            return []
        s = self.sentences[i]
        at = s.start + cue.start()
        before = [d for d in self.by_sentence[i] if d.label == "DRUG" and d.end <= at]
        if not before:
            return []
        d = max(before, key=lambda m: m.end)
        gap = DESCRIBED.fullmatch(self.text, d.end, at)
        named = next((h for h in before if re.fullmatch(r"\s*\(\s*", self.text[h.end:d.start])), None)
        d = named or d  # "riociguat (Adempas), a medication ...": the drug its brand restates
        if gap is None or not (gap.group("rel") or gap.group("appos")):
            return []
        if re.search(r"\b(is|are)\s+((also|now)\s+)?(an?|one of the)\s+([\w-]+\s+){0,2}$", self.text[max(s.start, d.start - 40):d.start]) \
                and self.drug_before_any(d, d.start):
            return []  # "Aprepitant is an antiemetic, a medicine used to prevent ...": the class of the subject
        out = [d]
        for h in before:  # the class d exemplifies
            if h is not d and EXAMPLES.fullmatch(self.text[h.end:d.start].rstrip() + " "):
                out.insert(0, h)
        head = d
        while True:  # the list d ends ("A, B and C, which are used to treat X"), or the drugs that belong to the
            # class d names ("A, B and C belong to a group of drugs called cholinesterase inhibitors, which are used ...")
            prev = next((h for h in reversed(before) if h.end <= head.start and (
                self.listed(h.end, head.start) or head is d and BELONG.fullmatch(self.text, h.end, head.start))), None)
            if prev is None:
                return out
            out.insert(0, prev)
            head = prev

    def named_main(self, i: int, depth: int = BACKTRACK) -> Mention:
        """The page's drug as the sentences just before i last named it as a subject: its brand
        where the section is about one product ("Xgeva is used for people who have cancer that
        affects the bones. It is approved to:"), else the page's main mention."""
        heading = self.sentences[i].heading
        if i > 0 and self.sentences[i - 1].heading == heading and (
                self.sentences[i - 1].kind != "list_item" or "\n" not in self.text[self.sentences[i - 1].end:self.sentences[i].start]):
            if depth > 0 and self.c["subject_anaphor"].match(self.stext(i - 1)) and not any(
                    m.label == "DRUG" and self.drug_role(m) == "subject" for m in self.by_sentence[i - 1]):
                return self.named_main(i - 1, depth - 1)  # "Sotalol is ... It is used ... It is usually started ...": still sotalol
            # "Romiplostim (Nplate) is another TPO-RA. It is used to treat chronic ITP": the drug the
            # sentence before opens with (also within one list item: "Baricitinib (Olumiant), a tablet ... It is also used")
            opener = min(self.by_sentence[i - 1], key=lambda m: m.start, default=None)
            if (opener is not None and opener.label == "DRUG" and opener.start - self.sentences[i - 1].start <= 2
                    and key(opener) != key(self.main) and self.drug_role(opener) == "subject"
                    and not (opener.vocabulary != "DrugBank" and opener.text.lower().endswith("s"))):
                return opener  # (not a class in the plural: "Triptans ... are used ... It is not a treatment for ...")
        for j in range(i - 1, max(-1, i - 1 - BACKTRACK), -1):
            if self.sentences[j].heading != heading:
                break
            named = [m for m in self.by_sentence[j] if m.label == "DRUG" and key(m) == key(self.main)
                     and self.drug_role(m) == "subject"]
            if named:
                return min(named, key=lambda m: m.start)
        return self.main

    def plural_antecedents(self, i: int, depth: int = BACKTRACK) -> list[Mention]:
        """The drugs a plural anaphor at the start of sentence i stands for: the subjects of the sentence
        before (same section) when they are two or more, or one class in the plural ("Antibiotics ...
        They are used to treat bacterial infections"); through a sentence before that opens with one too."""
        if i == 0 or self.sentences[i - 1].heading != self.sentences[i].heading:
            return []
        if depth > 0 and PLURAL_DRUG.match(self.stext(i - 1)) and not any(m.label == "DRUG" for m in self.by_sentence[i - 1]):
            return self.plural_antecedents(i - 1, depth - 1)
        prev = [m for m in self.by_sentence[i - 1] if m.label == "DRUG" and self.drug_role(m) == "subject"]
        for d in sorted((m for m in self.by_sentence[i - 1] if m.label == "DRUG"), key=lambda m: m.start):
            if prev and d not in prev and d.start > prev[-1].end and self.listed(prev[-1].end, d.start):
                prev.append(d)  # "Lecanemab and donanemab are antibody medicines." (no cue: 'and' made a partner)
        if len({key(m) for m in prev}) >= 2 or (len(prev) == 1 and prev[0].vocabulary != "DrugBank"
                                                  and prev[0].text.lower().endswith("s")):
            return prev
        return []

    def drug_role(self, m: Mention) -> str:
        """'partner', 'earlier', 'aside' or 'subject' for a drug mention, from the words before it."""
        if self.c["endogenous"].fullmatch(m.text.strip()):
            return "aside"  # "lowering cholesterol": a substance of the body
        if LOW_COMPOUND.search(self.text, max(0, m.start - 10), m.start):
            return "aside"  # "a low-sodium version": a nutrient of a compound adjective
        if (AMOUNT_OF.search(self.text, max(self.sentences[m.sentence].start, m.start - 40), m.start)
                and not USED_AFTER.match(self.text, m.end, self.sentences[m.sentence].end)):
            return "aside"  # "to lower the amount of phenylalanine", not "blood levels of tacrolimus ..., which are used to"
        if self.c["aside_after"].match(self.text, m.end, self.sentences[m.sentence].end):
            return "aside"  # "areas where chloroquine resistance has not been reported"
        if id(m) in self.apposition:
            return "aside"  # "with the antibiotic amoxicillin": the class noun names the drug after it
        if (head := self.apposed_head.get(id(m))) is not None:
            m = dataclasses.replace(m, start=head.start)  # the drug's phrase starts at its class noun
        if self.fronted_setting(m):
            return "aside"
        s = self.sentences[m.sentence]
        if (order := IMPERATIVE_TREAT.match(self.text, s.start, s.end)) and m.start >= order.end() \
                and IMPERATIVE_ITEM.search(self.text[order.end():m.start]):
            return "subject"
        if GENERIC_MEDICINES.match(self.text, s.start, m.start) and (
                inc := re.search(r",\s*" + EXAMPLE_WORDS, self.text[s.start:m.start])) and self.treat_cue(self.text[s.start:s.start + inc.start()]):
            return "subject"  # "Several other types of medicine are used to treat X, including ACE inhibitors such as A, ..."
        before = self.text[max(s.start, m.start - PARTNER_WINDOW):m.start]
        opening = re.search(r"\(\s*$", before)
        if opening and re.match(r"\s*\)", self.text[m.end:s.end]) and not self.drug_before(m, m.start - len(before) + opening.start()):
            # "Nonsteroidal anti-inflammatory drugs (NSAIDs), colchicine ...": the bracket names the
            # phrase before it, which the recognizer missed; it stands where that phrase stands
            before = self.text[max(s.start, m.start - len(before) + opening.start() - PARTNER_WINDOW):m.start - len(before) + opening.start()]
        elif self.c["aside_before"].search(self.text[max(s.start, m.start - ASIDE_WINDOW):m.start]):
            return "aside"
        if self.c["class_predicate_before"].search(before) and (self.drug_before_any(m, m.start) or IT_IS_A.search(before)):
            return "aside"  # "Lisinopril is an ACE inhibitor that ...", "it is a chemotherapy drug for ...": the class of the subject
        if self.c["salt_word"].fullmatch(m.text.strip()) and self.drug_before(m, m.start - (len(before) - len(before.rstrip()))):
            return "aside"  # "Montelukast sodium": the salt of the drug before it
        if self.product_second(m):
            return "aside"  # "Amoxicillin and clavulanate is used ...": one product, which its first drug stands for
        if any(d.label == "DRUG" and d.end == m.start - 1 and self.text[d.end] == "/" for d in self.by_sentence[m.sentence]):
            return "partner"  # "buprenorphine/naloxone": one product, the second drug its partner
        glued = [d for d in self.by_sentence[m.sentence] if d.label == "DRUG" and d is not m and d.end <= m.start
                 and self.listed(d.end, m.start) and not self.fronted_setting(d)]
        if glued:
            g = glued[-1]
            bracket = OPEN_BRACKET.search(self.text[s.start:g.start])  # "methylphenidate (Ritalin, Concerta) and ..."
            head = self.drug_at(g, g.start - len(bracket.group(0))) if bracket else None
            role = self.drug_role(head or g)  # "NSAIDs (nonsteroidal ...), colchicine": the drug the bracket restates
            if not self.text[glued[-1].end:m.start].strip() or role in ("earlier", "aside"):
                return role  # "with pemetrexed and platinum chemotherapy": one drug phrase; "after A, B and C": a list
            if (role == "subject" and ALTERNATIVE_GAP.fullmatch(self.text, g.end, m.start)
                    and CHOICE_VERB.search(self.text, s.start, g.start)):
                return role  # "take paracetamol or ibuprofen for the pain": alternatives after the verb, each a subject
            last = self.list_end(m)
            first = g  # the start of the list
            while True:
                d = next((d for d in self.by_sentence[m.sentence] if d.label == "DRUG" and d.end < first.start
                          and (LIST_GAP.fullmatch(blank_brackets(self.text[d.end:first.start]))  # "A (B, and C), D"
                               or re.fullmatch(r"\s*\(\s*", self.text[d.end:first.start]))), None)  # "solifenacin (Vesicare), ..."
                if d is None:
                    break
                first = d
            if role == "subject" and LIST_VERB.search(self.text[s.start:first.start]):
                return role  # "medications used to treat insomnia include eszopiclone, suvorexant, and doxepin"
            if role == "subject" and CHOICE_VERB.search(self.text, s.start, first.start) and self.alternatives(first, last):
                return role  # "treated with amphotericin B, posaconazole or isavuconazole": alternatives, each a subject
            if role == "subject" and EXAMPLES_END.search(self.text, s.start, first.start):
                return role  # "treated with other antibiotics, such as bedaquiline, pretomanid and linezolid": examples, each a subject
            rest = self.text[last.end:s.end]
            cue = self.treat_cue(rest) or self.c["passive_treat"].search(rest) or self.c["prevent"].search(rest)
            if role == "subject" and cue and (EXAMPLES.match(rest) or not any(  # "... and painkillers such as ibuprofen are used"
                    d.label == "DRUG" and last.end <= d.start < last.end + cue.start() and id(d) not in self.apposition
                    and not CLASS_COPULA_GAP.fullmatch(self.text, last.end, d.start)  # "A and B are other antibiotics that"
                    for d in self.by_sentence[m.sentence])):
                return role  # "NSAIDs, colchicine and corticosteroids are used to treat gout": co-subjects (or prevent:
                # "denosumab (Xgeva) or zoledronic acid (Zometa) to lower the risk of fractures")
        if self.c["partner_example_before"].search(before):
            return "partner"  # "alone or with other medications, including insulin"
        example = re.search(r"[,(]\s*" + EXAMPLE_WORDS + r"\s+([\w-]+\s+){0,2}$|\s[–—]\s*$", before)  # or "antibiotics – isoniazid, ..."
        at = m.start - len(before) + example.start() if example else m.start  # where the class phrase ends
        head = self.drug_at(m, at) if example else None
        if head is not None and (bracket := re.search(r"\(\s*$", self.text[s.start:head.start])):
            head = self.drug_at(head, s.start + bracket.start()) or head  # "a proton pump inhibitor (PPI), such as": the class
        if head is not None:
            return self.drug_role(head)  # "Thyroid hormones, including levothyroxine, should not be used": the class's role
        if example:  # examples of an earlier therapy's class are asides (below), also past PARTNER_WINDOW: "despite a
            # full course of treatment with at least one other disease modifying drug, such as beta interferon"
            wider = self.text[max(s.start, at - ASIDE_WINDOW):at]
            earlier = self.c["earlier_before"].search(wider)
            if earlier and not NEW_CLAUSE.search(wider, earlier.start()):
                return "aside"
        if any(self.c["earlier_after"].match(self.text, end, s.end) for end in self.phrase_ends(m)):
            return "earlier"  # "has not worked" after the drug, its generic noun or its examples
        if SWITCH_TO.search(before):
            return "subject"  # "whose PAH is not well controlled on a PDE5 inhibitor switch to riociguat": the new drug
        earlier = self.c["earlier_before"].search(before)
        if earlier and (NEW_CLAUSE.search(before, earlier.start()) or re.fullmatch(r"[\w ]+\b[^,]{3,},\s*", earlier.group(0))
                        and not re.search(r"\b(and|or)\s*,?\s*$", before)):
            earlier = None  # "after 6 weeks, the doctor may suggest lisdexamfetamine"; "After hip replacement
            # surgery, enoxaparin reduces ...": the drug after the fronted clause is the subject
        partner = self.c["partner_before"].search(before)
        prev = self.drug_at(m, m.start - len(before) + partner.start()) if partner else None
        if partner and (prev is None or self.fronted_setting(prev)) and (
                partner.group(0).lstrip().startswith(",") or (earlier and connective(partner) in ("and", "or"))):
            partner = None  # "In addition to leukemia, imatinib ...", "after transplant and brentuximab": no drug list
        if partner and connective(partner) in ("and", "or") and self.c["treat"].search(before[-25:]):
            partner = None  # "used to treat X and Y": a list of objects, not partners
        if (earlier or partner) and self.c["example_before"].search(before):
            return "aside"  # "other treatments, such as corticosteroids or immunomodulators": examples, no drugs of the statement
        if earlier and (not partner or earlier.start() >= partner.start()):
            return "earlier"
        if partner and re.search(r",\s*(and|but|or)\s*$", before) and OWN_CLAUSE.match(self.text, m.end, s.end):
            return "subject"  # "X is the first choice for cellulitis, and clarithromycin is used instead": a clause of its own
        if partner and (first := self.pair_before(m)) is not None:
            return self.drug_role(first)  # "A plus B, C plus D, and E plus F": each pair opens as the first did
        if partner and ALONGSIDE.search(self.text, s.start, m.start) and (
                PLURAL_AFTER.match(self.text, m.end, s.end) or ONE_OF_GROUP.search(self.text, s.start, m.start)):
            # "Oral retinoids such as acitretin, along with cyclosporine and methotrexate, are used"; "X is one of the
            # three main medicines used to treat Wilson's disease, alongside A and B": the others of the group
            return "subject"
        return "partner" if partner else "subject"

    def product_second(self, m: Mention) -> bool:
        """m is the second drug of a product named "A and B": the page's title names it so, or it
        opens the sentence and a verb in the singular follows ("Amoxicillin and clavulanate is
        used to treat ...", not "Repeating chemotherapy and etoposide is an option")."""
        a = next((d for d in self.by_sentence[m.sentence] if d.label == "DRUG" and d.end < m.start
                  and re.fullmatch(r"\s+and\s+", self.text[d.end:m.start])), None)
        opener = a is not None and re.fullmatch(r"(?![^,]*ing\b)\s*([\w-]+\s+){0,3}", self.text[self.sentences[m.sentence].start:a.start])
        return a is not None and (self.text[a.start:m.end].lower() in self.title and PLURAL_VERB.match(self.text, m.end) is None
                                  or bool(opener) and SINGULAR_VERB.match(self.text, m.end) is not None)

    def pair_before(self, m: Mention) -> Mention | None:
        """The first drug of the "A plus B" pair listed before m when m opens a pair of its own:
        A for C in "A (Keytruda) plus B, and C plus D"."""
        if not PAIR.match(self.text, m.end, self.sentences[m.sentence].end):
            return None
        ds = [d for d in self.by_sentence[m.sentence] if d.label == "DRUG" and d.end <= m.start]
        b = next((d for d in ds if PAIR_GAP.fullmatch(self.text, d.end, m.start)), None)
        return next((d for d in ds if b is not None and PAIR.fullmatch(self.text, d.end, b.start)), None)

    def own_pair(self, subj: Mention) -> list[str]:
        """In a list of pairs ("A plus B, and C plus D"), a pair's first drug has its second as partner."""
        ds = sorted((d for d in self.by_sentence[subj.sentence] if d.label == "DRUG"), key=lambda d: d.start)
        if not any(self.pair_before(d) for d in ds):
            return []
        after = next((d for d in ds if d.start >= subj.end), None)
        return [name(after)] if after is not None and PAIR.fullmatch(self.text, subj.end, after.start) else []

    def failed_blanked(self, drugs: list[Mention], roles: dict, start: int, end: int) -> str:
        """text[start:end] with what an earlier drug failed to do blanked ("If ibuprofen does not work,
        your doctor may suggest naproxen for the pain": that 'not' negates no later use)."""
        out = self.text[start:end]
        for m in (d for d in drugs if roles[d.mention_id] == "earlier"):
            for e in self.phrase_ends(m):
                if (f := self.c["earlier_after"].match(self.text, e, end)) and f.end() <= end:
                    out = out[:f.start() - start] + " " * (f.end() - f.start()) + out[f.end() - start:]
        return out

    def phrase_ends(self, m: Mention) -> list[int]:
        """Where the phrase of drug m may end before a verb: at m; past its generic noun ("steroid
        creams") or an example tail ("aminosalicylates (5-ASAs), such as mesalazine,"); past the drug
        its examples name ("bisphosphonates such as zoledronic acid")."""
        s = self.sentences[m.sentence]
        ends = [m.end]
        tail = EXAMPLE_TAIL.match(self.text, m.end, s.end) or GENERIC_TAIL.match(self.text, m.end, s.end)
        if tail and tail.end() > m.end:
            ends.append(tail.end())
        ex = EXAMPLES.match(self.text, m.end, s.end)
        ends += [d.end for d in self.by_sentence[m.sentence] if d.label == "DRUG" and ex and d.start == ex.end()][:1]
        return ends

    def fronted_setting(self, m: Mention) -> bool:
        """A drug in a sentence-opening setting before the subject ("For highly emetogenic
        chemotherapy, ondansetron is usually combined with ..."): an aside."""
        s = self.sentences[m.sentence]
        reason = FRONTED_REASON.match(self.text, s.start, m.start) and re.match(r"[^,.;]{0,60},", self.text[m.end:s.end])
        if reason and any(d.label == "DRUG" and d.start >= m.end + reason.end() for d in self.by_sentence[m.sentence]):
            return True  # "Because meloxicam can irritate the stomach, your doctor may suggest a PPI"
        if FRONTED_LIKE.match(self.text, s.start, m.start) and re.match(r"\s*,\s*" + PRONOUN, self.text[m.end:s.end], re.I):
            return True  # "Like other statins, it lowers ...": the page's drug, compared with its class
        c = FRONTED_SETTING.match(self.text, s.start, m.start) and re.match(r"[^,.;]{0,40},", self.text[m.end:s.end])
        return bool(c) and (any(d.label == "DRUG" and d.start >= m.end + c.end() for d in self.by_sentence[m.sentence])
                            or bool(re.match(r"\s*" + PRONOUN, self.text[m.end + c.end():s.end], re.I)))

    def exemplified(self, m: Mention) -> bool:
        """A drug class followed by its examples ("other diabetes medicines, such as insulin or a
        sulfonylurea"): the examples name the partners, not the class."""
        return any(d.label == "DRUG" and d.start >= m.end and EXAMPLES.fullmatch(self.text[m.end:d.start])
                   for d in self.by_sentence[m.sentence])

    def find_apposed(self, m: Mention) -> Mention | None:
        """The drug a class noun stands before with nothing but a space between: "the antibiotic
        amoxicillin", "the PARP inhibitor olaparib" (a drug mention normalized to a MeSH class, not
        to a DrugBank drug, before one that is), or names with "called": "an antibiotic called co-trimoxazole";
        or that follows the drug after a comma: "loratadine, an antihistamine,"."""
        if m.label != "DRUG" or m.vocabulary == "DrugBank" or not m.concept_id:
            return None
        return next((d for d in self.by_sentence[m.sentence] if d.label == "DRUG" and d.concept_id and d.concept_id != m.concept_id
                     and (d.start > m.end and ((d.vocabulary == "DrugBank" and not self.text[m.end:d.start].strip())
                                               or CALLED_GAP.fullmatch(self.text, m.end, d.start))
                          or d.end < m.start and d.vocabulary == "DrugBank" and APPOSED_CLASS.fullmatch(self.text, d.end, m.start)
                          and not LIST_NEXT.match(self.text, m.end))),  # not "dexamethasone, an antihistamine and acetaminophen"
                    None)

    def listed(self, a: int, b: int) -> bool:
        """Does the text between two drugs join them in one list ("A, B and C", "A and other Cs")?"""
        return bool(LIST_GAP.fullmatch(self.text, a, b) or OTHER_GAP.fullmatch(self.text, a, b))

    def brackets(self, i: int) -> list[tuple[int, int]]:
        """Page offsets of sentence i's top-level brackets (paren_spans)."""
        s = self.sentences[i]
        return [(s.start + a, s.start + b) for a, b in paren_spans(self.text[s.start:s.end])]

    def alternatives(self, first: Mention, last: Mention) -> bool:
        """Does the drug list from first to last offer alternatives ("A, B or C", brands in brackets
        aside), not a combination ("A, B and C")?"""
        gap = blank_brackets(self.text[first.end:last.start])
        return bool(re.search(r"(^|,|\w)\s*,?\s*(or|and/or)\s*$", gap)) and not re.search(r"\band\b(?!/)", gap)

    def list_end(self, m: Mention) -> Mention:
        """The last drug of the list m opens or is in ("A, B and C"), past brands in brackets:
        "niraparib (Zejula) and rucaparib (Rubraca) are used ..."."""
        last = m
        for d in sorted((d for d in self.by_sentence[m.sentence] if d.label == "DRUG" and d.start >= m.end), key=lambda d: d.start):
            if not (self.listed(last.end, d.start) or re.fullmatch(r"\s*\(\s*|-\w+\s+", self.text[last.end:d.start])):
                break
            last = d
        return last

    def drug_before_any(self, m: Mention, at: int) -> bool:
        """A drug of m's sentence (not m) ends before `at`."""
        return any(d.label == "DRUG" and d is not m and d.end <= at for d in self.by_sentence[m.sentence])

    def drug_before(self, m: Mention, at: int) -> bool:
        """A drug of m's sentence ends at `at` (closing brackets and spaces aside): 'X, Y' lists drugs."""
        return self.drug_at(m, at) is not None

    def drug_at(self, m: Mention, at: int) -> Mention | None:
        """The drug of m's sentence (not m) that ends at `at`, closing brackets and spaces aside."""
        return next((d for d in self.by_sentence[m.sentence] if d.label == "DRUG" and d is not m and d.end <= at
                     and GENERIC_TAIL.fullmatch(self.text, d.end, at)), None)

    def windows(self, objs: list[Mention], lo: int, hi: int) -> list[tuple[int, int]]:
        """Each object's clause; coordinated objects share one."""
        groups: list[list[int]] = []
        for k, o in enumerate(objs):
            if groups and COORDINATION.match(GAP_ABBREV.sub(" ", self.text[objs[k - 1].end:o.start])):
                groups[-1].append(k)
            else:
                groups.append([k])
        spans = [(0, 0)] * len(objs)
        for g, members in enumerate(groups):
            start = objs[groups[g - 1][-1]].end if g > 0 else lo
            if g > 0 and POST_QUALIFIER.match(GAP_ABBREV.sub(" ", self.text[start:objs[members[0]].start])):
                start = objs[members[0]].start  # "RA in adults and PJIA in children": "in adults" is RA's
            elif g > 0 and (cut := self.clause_cut(start, objs[members[0]].start)):
                start = cut[1]  # "..., and adults with MSI-H CRC": the words after the break are the next object's
            end = objs[groups[g + 1][0]].start if g + 1 < len(groups) else hi
            if g + 1 < len(groups) and not POST_QUALIFIER.match(
                    GAP_ABBREV.sub(" ", self.text[objs[members[-1]].end:end])) and (
                    cut := self.clause_cut(objs[members[-1]].end, end)):
                end = cut[0]  # "X that has relapsed after two treatments, and ...": the relative clause is X's
            for k in members:
                spans[k] = (start, end)
        return spans

    def clause_cut(self, a: int, b: int) -> tuple[int, int] | None:
        """The last clause break (";", ", and", ", or", ", but") between two objects, as
        (end of the first clause, start of the next), outside parentheses; None without one."""
        m = None
        for m in CLAUSE_BREAK.finditer(self.text, a, b):
            pass
        return (m.start(), m.end()) if m else None

    # -- TREATS ---------------------------------------------------------------------------

    def list_head(self, i: int) -> int:
        """The sentence before the run of list items that sentence i ends (-1 at the page's start)."""
        j = i - 1
        while j >= 0 and self.sentences[j].kind == "list_item":
            j -= 1
        return j

    def intro_line(self, i: int) -> bool:
        """Sentence i ends with a colon and a list follows it."""
        return self.stext(i).rstrip().endswith(":") and i + 1 < len(self.sentences) and self.sentences[i + 1].kind == "list_item"

    def list_intro(self, i: int) -> int | None:
        """For a list item, the sentence that introduces its list, if it is a treatment intro."""
        if self.sentences[i].kind != "list_item":
            return None
        j = self.list_head(i)
        if j < 0:
            return None
        intro = self.stext(j)
        if not self.c["list_intro"].search(intro):
            return None
        # "... is approved to treat related cancers. These include:" - the cue may sit one sentence up
        for k in ((j, j - 1) if self.c["intro_continuation"].match(intro) else (j,)):
            bare = re.sub(r"\s*\([^()]*\)", "", self.stext(k)) if k >= 0 else ""  # "used off-label (outside its licence) for:"
            if k >= 0 and self.sentences[k].kind != "heading" and (
                self.c["treat"].search(bare) or self.c["passive_treat"].search(bare)
            ):
                if k == j and self.stopped_intro(intro):
                    return None  # "Most children manage DFMO well, but it can cause side effects, including:"
                if k < j and re.search(r"\bside[- ]effects?\b", bare, re.I):
                    return None  # "X's side effects can be significant, and managing them ... The most common include:"
                return k
        if self.c["intake_intro"].search(intro) and any(m.label == "DRUG" for m in self.by_sentence[j]):
            return j  # "You might have tamoxifen:"
        return None

    def stopped_intro(self, intro: str) -> bool:
        """A treat_stop cue ("cause") after the intro's last treatment cue, outside brackets (not a gloss
        "(conditions in which the immune system ... causes pain)"): the list names what it causes."""
        bare = blank_brackets(intro)
        cues = list(self.c["treat"].finditer(bare))
        return bool(cues) and self.c["treat_stop"].search(bare, cues[-1].end()) is not None

    def intro_frame(self, i: int, intro: int | None) -> str:
        """The text from a list's intro cue down to its items ("X is prescribed for conditions not on
        the label. Off-label uses include:" - both sentences frame the items)."""
        if intro is None:
            return ""
        return self.text[self.sentences[intro].start:self.sentences[max(intro, self.list_head(i))].end]

    def intro_prevents(self, frame: str) -> tuple[str, ...]:
        """The relations a list intro gives its items when its last cue prevents ("approved to
        prevent:", "used for the treatment and prevention of:"), else ()."""
        m = None
        for m in self.c["prevent"].finditer(frame):
            pass
        if m is None or not self.c["prevent_proper"].match(m.group(0)):
            return ()
        treat_before = self.c["treat_prevent_before"].search(frame[:m.start()])
        if treat_before is None and any(t.start() > m.end() for t in self.c["treat"].finditer(frame)):
            return ()
        both = treat_before or self.c["prevent_treat_after"].match(frame[m.end():])
        return ("TREATS", "PREVENTS") if both else ("PREVENTS",)

    def once(self, ms: list[Mention]) -> list[str]:
        """The texts of ms without the bracketed short forms that restate the one before them
        ("HER2 positive (HER2+)", "herpes simplex virus (HSV)")."""
        return [m.text for m in ms if not any(b.end <= m.start and re.fullmatch(r"\s*\(\s*", self.text[b.end:m.start]) for b in ms)]

    def negates(self, text: str) -> bool:
        """A negation cue in text, not counting an explanation of off-label use ("a use not
        approved by the FDA") nor what the population cannot have ("who can't have a transplant")."""
        return bool(self.c["negation"].search(self.c["unable_clause"].sub(" ", self.c["off_label_gloss"].sub(" ", text))))

    def fused_heading(self, o: Mention, sent_start: int, first: int) -> bool:
        """A sub-heading run into its sentence ("1.1 Major Depressive Disorder Fluoxetine is
        indicated for ..."): the disease opens the sentence and the subject drug follows it."""
        return (FUSED_LEAD.match(self.text[sent_start:o.start]) is not None
                and FUSED_GAP.match(self.text[o.end:first]) is not None)

    def fronted(self, o: Mention, sent_start: int, first: int) -> bool:
        """The object sits in a sentence-opening 'In/For (people with) X,' phrase before the subject."""
        if WHOSE_DISEASE.match(self.text[sent_start:o.start]) and not self.c["treat"].search(self.text, sent_start, o.start):
            return True  # "Some patients whose PAH is not well controlled on A switch to B"
        return (self.c["fronted_before"].match(self.text[sent_start:o.start]) is not None
                and re.fullmatch(r"[^.;:]{0,80},\s*", self.text[o.end:first]) is not None)  # "... who are well enough to handle ...,"

    def treat_cue(self, text: str, inside: list[tuple[int, int]] | tuple = ()) -> re.Match | None:
        """The first treatment cue of a sentence that is not part of 'patients treated with', nor of a
        sign named in it (`inside`: mention spans in text's offsets; "difficulty managing time")."""
        skip = [m.span() for m in self.c["treat_exclude"].finditer(text)] + list(inside)
        for m in self.c["treat"].finditer(text):
            if not any(a <= m.start() < b for a, b in skip):
                return m
        return None

    def proper_prevention(self, text: str) -> re.Match | None:
        """The first prevention cue of text that states a prevention (prevent_proper: not "at risk of")."""
        return next((m for m in self.c["prevent"].finditer(text) if self.c["prevent_proper"].match(m.group(0))), None)

    def prevent_cue(self, i: int) -> re.Match | None:
        """A prevention cue that makes a statement without a treatment cue ("metformin reduces
        the risk of developing type 2 diabetes", "it helps keep depression from coming back"):
        a drug, a drug anaphor or "continuing treatment" before it, or nothing (a line "Prevention
        of X"), and no "with food" (advice on taking the drug)."""
        text = self.stext(i)
        m = self.proper_prevention(text)
        if m is None:  # "at risk of X", "risk factors for X" state no prevention
            m = self.c["prevent_around"].search(text)
        if m is None or self.c["prevent_admin"].search(text[:m.start()]):
            return None
        if FUSED_LEAD.match(text[:m.start()]):
            return m  # "Prevention of postoperative nausea and vomiting.": a nominal indication line
        if self.list_intro(i) is not None:
            return m  # an item under "You might have tamoxifen:": "to lower the risk of breast cancer coming back"
        at = self.sentences[i].start + m.start()
        if any(d.label == "DRUG" and d.end <= at and self.drug_role(d) == "subject" for d in self.by_sentence[i]) \
                or any(self.c[k].search(text[:m.start()]) for k in ("anaphor", "drug_anaphor", "maintenance_subject")):
            return m
        return None

    def clause_subjects(self, subjects: list[Mention], o: Mention) -> list[Mention]:
        """The subjects in the object's ';'-clause, when the sentence has any there: "X is not
        recommended to prevent heart attacks; low-dose aspirin is used for that"."""
        near = [d for d in subjects if d.sentence == o.sentence
                and ";" not in self.text[min(d.end, o.end):max(d.start, o.start)]]
        return self.for_segment(near or subjects, o) or near or subjects

    def for_segment(self, subjects: list[Mention], o: Mention) -> list[Mention]:
        """"baclofen or tizanidine for stiffness, mexiletine for muscle cramps, and glycopyrrolate
        for excess saliva": each "for X" takes the drugs between it and the "for Y" before it (a
        listed partner too), when the sentence has two or more such segments, each with its drugs.
        A segment that opens with "with" names a partner of the first segment's subjects: "X is
        used with primaquine for PCP, with pyrimethamine for toxoplasmosis" (X treats both)."""
        s = self.sentences[o.sentence]
        if not any(d.sentence == o.sentence for d in subjects):
            return []
        heads = sorted((m for m in self.by_sentence[o.sentence] if m.label in DISEASES
                        and FOR_BEFORE.search(self.text, s.start, m.start)), key=lambda m: m.start)
        if len(heads) < 2:
            return []
        drugs = [d for d in self.by_sentence[o.sentence] if d.label == "DRUG" and self.drug_role(d) in ("subject", "partner")]
        segments, lo = [], s.start
        for m in heads:
            segments.append((m, [d for d in drugs if lo <= d.start and d.end <= m.start]))
            lo = m.end
        if not all(seg for _, seg in segments):
            return []
        if any(WITH_SEGMENT.search(self.text[prev.end:seg[-1].start]) for (prev, _), (_, seg) in zip(segments, segments[1:])):
            return [d for d in segments[0][1] if self.drug_role(d) == "subject"]
        return next((seg for m, seg in reversed(segments) if m.start <= o.start), [])

    def defines(self, i: int) -> bool:
        """Sentence i opens by saying what a disease is ("A deep vein thrombosis is a blood clot ...")."""
        lead = min(self.by_sentence[i], key=lambda m: m.start, default=None)
        return (lead is not None and lead.label in DISEASES
                and re.fullmatch(r"\s*((a|an|the)\s+)?", self.text[self.sentences[i].start:lead.start], re.I) is not None
                and DEFINITION.match(self.text, lead.end, self.sentences[i].end) is not None)

    def bare_indication(self, i: int) -> bool:
        """A noun-phrase line (no verb) naming a disease under an indications heading or a
        treatment intro ("... indicated in the conditions listed below:"): an indication."""
        raw = self.stext(i)
        lead = min((m for m in self.by_sentence[i] if m.label in DISEASES), key=lambda m: m.start, default=None)
        if lead is not None and FUSED_LEAD.match(self.text[self.sentences[i].start:lead.start]):
            # "Melanoma that has spread or cannot be removed by surgery": a noun phrase with a relative clause
            rel = RELATIVE.match(self.text, lead.end, self.sentences[i].end)
            if rel:
                raw = self.text[self.sentences[i].start:rel.start(1)]
        text = re.sub(r"\([^()]*\)?", " ", raw)  # "(The usual drug of choice ... is penicillin)"
        if (self.c["finite_verb"].search(text) or CAUSE_VERB.search(text)
                or not any(m.label in DISEASES for m in self.by_sentence[i])):
            return False
        if self.sentences[i].kind == "list_item":
            j = self.list_head(i)
            if j >= 0 and self.c["not_indication"].search(self.stext(j)):
                return False  # the list of "tell your doctor if you have ever had:", under a "Uses" heading
        if (self.sentences[i].kind == "paragraph" and 0 < i < len(self.sentences) - 1
                and re.search(r"[.!?]\W*$", self.stext(i - 1)) and not re.search(r"[.!?:;]\W*$", raw)
                and self.sentences[i + 1].kind == "paragraph" and self.defines(i + 1)):
            return False  # a sub-heading over a paragraph that describes the disease ("... at the same time. /
            # Type 2 diabetes and high blood sugar / Type 2 diabetes is a condition where ...")
        if self.c["indication_heading"].search(self.sentences[i].heading):
            # not a sentence under "What prednisolone is not used for" ("Most coughs and colds in children go away ...")
            return not (self.sentences[i].kind == "paragraph" and self.negates(self.sentences[i].heading))
        if (i > 0 and self.sentences[i].kind == self.sentences[i - 1].kind == "table_cell"
                and len(self.stext(i - 1).split()) <= 4 and self.c["indication_heading"].search(self.stext(i - 1))):
            return True  # a table row "Used for | Pain, fever, arthritis"
        for j in range(i - 1, max(-1, i - 1 - BACKTRACK), -1):
            s = self.sentences[j]
            if s.kind == "heading" or s.heading != self.sentences[i].heading:
                return False
            prev = self.stext(j)
            if self.c["treat"].search(prev) and self.c["list_intro"].search(prev):
                return not self.stopped_intro(prev)
        return False

    def unnamed_agent(self, text: str, cue: re.Match | None, passive: re.Match | None) -> bool:
        """The sentence's treatment is no drug and not the page's: "There is no cure for LBD, and no
        medicine can stop it", "Dry eye is usually managed with artificial tears" (an agent that is
        neither a drug mention nor a pronoun for one)."""
        if re.search(r"\b" + PRONOUN, text, re.I) is not None and not NO_CURE.search(text):
            return False
        if cue is not None and NO_CURE.search(text[:cue.end()]) and not re.search(r"\b(but|although|though|however)\b", text, re.I):
            return True
        if passive is None or (cue is not None and not passive.start() <= cue.start() < passive.end()):
            return False
        if re.search(r"\b(whose|who|which|that|when|if|unless|until|despite|not)\b|n't\b", text[:passive.start()], re.I):
            return False  # "in people whose symptoms have not been controlled by other medicines": a status, not the use
        agent = re.split(r"[,;:]| and then | but ", text[passive.end():], maxsplit=1)[0]
        return not self.c["drug_anaphor"].search(agent) and not re.search(r"\b" + PRONOUN, agent, re.I)

    def treats(self, i: int) -> None:
        s, text = self.sentences[i], self.stext(i)
        ms = self.by_sentence[i]
        if (self.drug_list_intro(i) and i + 1 < len(self.sentences) and self.sentences[i + 1].kind == "list_item"
                and any(m.label == "DRUG" for m in self.by_sentence[i + 1])):
            return  # "Other treatments for DLBCL include:" and drugs in the items: they are the subjects (treated_with_list)
        intro = self.list_intro(i)
        frame = self.intro_frame(i, intro)
        signs = [(m.start - s.start, m.end - s.start) for m in ms if m.label == "CONDITION" and m.source == "context"]
        cue = self.treat_cue(text, signs) or self.prevent_cue(i)
        lead = min(ms, key=lambda m: m.start, default=None)
        if (cue is None and lead is not None and lead.label == "DRUG"
                and (s.kind == "list_item" or not self.text[s.start:lead.start].strip())):
            last = self.list_end(lead)  # the drug list the line opens with ("A (B), C (D) or E (F), for X")
            # "lumacaftor/ivacaftor (Orkambi), for CF in children ...", "Xywav (calcium, ... oxybates), a ... version – for X"
            cue = ITEM_FOR.match(text, lead.end - s.start) or ITEM_FOR.match(text, last.end - s.start)
            if cue is None and s.kind == "list_item":  # a bulleted "azacitidine (Vidaza) for higher-risk MDS"
                cue = ITEM_BARE_FOR.match(text, last.end - s.start)
        passive = self.c["passive_treat"].search(text)
        ni = self.c["not_indication"].search(text)
        if ni and cue is not None and ni.start() > cue.end() and re.search(r",\s*(so|and|but)\s+", text[cue.end():ni.start()]):
            ni = None  # "It is not meant to relieve nausea ..., so call your doctor if ...": advice in a clause after the use
        if ni or (frame and self.c["not_indication"].search(frame)):
            return  # also a list under "To make sure X is safe for you, tell your doctor if you have ever had:"
        if EMERGENCY_ADVICE.search(text):
            return  # "Contact the hospital straight away if you have a high temperature": a warning
        generic = GENERIC_DESCRIBED.search(text[:cue.start()]) if cue is not None and PARTICIPLE.match(cue.group(0)) else None
        if generic and not COPULA_END.search(text[:generic.start()]) and not any(
                m.label == "DRUG" and m.start >= s.start + generic.start() for m in ms):
            return  # "..., sometimes because of the medicines used to treat it" (not "X is one of the oldest medications used to")
        if intro is not None and intro != i and self.c["unfit_intro"].search(self.text[self.sentences[intro].start:self.sentences[intro].end]):
            return  # the items of "Don't use enoxaparin if you:" are reasons not to take it, no uses
        benefit = None
        if not (cue or passive or intro is not None):
            benefit = None if self.c["prevent"].search(text) else self.c["benefit"].search(text)  # "gabapentin can reduce hot flashes"
            if benefit and PAST_VERB.search(benefit.group(0)) and not POPULATION_FRAME.match(text[:benefit.start()]):
                benefit = None  # a past result states a use only for a framed population ("In children with MS,
                # fingolimod reduced relapses by 82%"), not "Side effects include ... decreased appetite"
            # a named drug, or "it" after a fronted frame ("In people with RA, it reduces ..."); not
            # "This medication can decrease hallucinations", the features of the disease just named
            if benefit and (any(m.label == "DRUG" and m.start < s.start + benefit.start() and self.drug_role(m) == "subject" for m in ms)
                            or FRAMED_ANAPHOR.match(text[:benefit.start()])):
                cue = benefit
        bare = not (cue or passive or intro is not None)
        if bare and not self.bare_indication(i):
            return
        drugs = [m for m in ms if m.label == "DRUG"]
        roles = {m.mention_id: self.drug_role(m) for m in drugs}
        # a bare list line names conditions, not its subject ("Weight gain caused by antipsychotics")
        subjects = [] if bare else [m for m in drugs if roles[m.mention_id] == "subject"]
        if intro is not None and not subjects:
            subjects = [m for m in self.by_sentence[intro] if m.label == "DRUG" and self.drug_role(m) == "subject"]
        if self.main is not None and self.c["subject_anaphor"].match(text) and key(self.main) not in {key(m) for m in subjects}:
            subjects = [self.named_main(i)]
        if not subjects and PLURAL_DRUG.match(text):
            subjects = self.plural_antecedents(i)  # "Syfovre and Izervay are ... Neither medicine is approved for X"
        if (not subjects and self.main is not None and not DRUG_LIST_INTRO.search(text) and not NON_DRUG_SUBJECT.match(text)
                and not self.unnamed_agent(text, cue, passive)):
            subjects = [self.named_main(i)]  # (a list intro's items name the drugs; "Surgery may be needed to relieve X": no drug)
        described = self.described_drugs(i, cue)
        if described:  # "if you use nitrates, such as nitroglycerin, which are used to treat chest pain"
            subjects = described
        if not subjects:
            return
        subject_keys = {key(m) for m in subjects}
        pronoun = re.search(r"\b" + PRONOUN, text, re.I)
        # the subject's place: its mention, else the pronoun that stands for it ("In adults having
        # chemotherapy for leukaemia, it is given ... to prevent tumour lysis syndrome")
        first = (min(m.start for m in subjects if m.sentence == i) if any(m.sentence == i for m in subjects)
                 else s.start + pronoun.start() if pronoun and FRONTED_CLAUSE.fullmatch(text[:pronoun.start()])
                 else s.start)
        cue_at = s.start + (cue.start() if cue else 0)
        objs = [m for m in ms if m.label in DISEASES]
        frame_objs: list[Mention] = []
        if intro is None:
            if passive and (not cue or passive.start() <= cue.start() < passive.end()):  # "DKA is usually treated with insulin"
                objs = [o for o in objs if o.start < s.start + passive.start() or o.start > s.start + passive.end()]
            else:
                # "In women with PCOS, metformin is used to ...": a fronted frame names the disease
                # when nothing after the cue does (see below)
                frame_objs = [o for o in objs if o.end <= first and self.fronted(o, s.start, first)]
                objs = [o for o in objs if o.start >= min(cue_at, first) or self.fused_heading(o, s.start, first)]
        frame_objs = frame_objs if intro is None and not (passive and not cue) else []
        # "left ventricular dysfunction after a heart attack": the event after the treated disease is its history
        objs = [o for o in objs if not (AFTER_EVENT.search(self.text[s.start:o.start])
                                        and any(p.end <= o.start and p.label in DISEASES for p in objs))]
        if cue is not None and cue is benefit and frame_objs and not BENEFIT_COURSE.match(text, benefit.end()):
            objs = []  # "In people with lupus, X reduces skin rashes and joint pain": lupus is treated, not its features
        if self.c["prevent"].search(text) or self.c["prevent_around"].search(text):
            kinds = {o.mention_id: self.prevention(o, s.start) or ("TREATS",) for o in objs + frame_objs}
        elif intro is not None and not self.treat_cue(text) and (pm := self.intro_prevents(frame)):
            kinds = {o.mention_id: pm for o in objs}  # the items of "Zofran is approved to prevent:"
        else:  # no prevention cue in the sentence (most): all TREATS
            kinds = {}
        if any("PREVENTS" in k for k in kinds.values()):  # "... in people who have had a TIA": a history
            # by mention: "lowers the risk of heart attacks ... in people who have already had a heart attack"
            had = {o.mention_id for o in objs + frame_objs if self.c["history_before"].search(self.text[s.start:o.start])
                   or self.population_frame(o, s.start)}
            objs, frame_objs = ([o for o in group if o.mention_id not in had] for group in (objs, frame_objs))
        objs, frame_objs = ([o for o in group if (not kinds or not self.prevented(o, s.start)
                                                  or "PREVENTS" in kinds[o.mention_id])
                             and not self.absent(o, s.start)
                             and not self.contraindicated(o, s.start)
                             and not (self.c["generic_object"].match(o.text) and not SOLID_BEFORE.search(self.text, s.start, o.start))
                             and not self.qualifier_word(o) and not self.drug_modifier(o)
                             and not self.c["not_object_after"].match(self.text, o.end, s.end)
                             and not self.c["not_object"].search(self.text[max(s.start, o.start - 40):o.end])
                             and not self.c["optional_before"].search(self.text[max(s.start, o.start - 30):o.start])]
                            for group in (objs, frame_objs))
        # "edema caused by cirrhosis" keeps cirrhosis as an object too (measured: unseen pages F1 0.869
        # without it, 0.870 with; Roam dev marks such causes TREATS_OUTCOMES: 0.720 without, 0.727 with)
        objs = self.drop_glosses(objs)
        # but not the examples of a class of causes ("spasticity caused by conditions ..., such as stroke")
        objs = [o for o in objs if not CAUSE_EXAMPLES_BEFORE.search(self.text, s.start, o.start)]
        kept = {o.mention_id for o in objs}  # "(MDS)" after a dropped "myelodysplastic syndromes" goes too
        objs = [o for o in objs if not (o.source == "abbreviation" and any(
            d.mention_id not in kept and d.label in DISEASES and re.fullmatch(r"\s*\(\s*", self.text[d.end:o.start])
            for d in ms if d.end <= o.start))]
        # "hay fever in people who also have asthma": after an object, the population's disease
        objs = [o for k, o in enumerate(objs) if k == 0 or not self.c["comorbid_holder"].search(self.text[max(s.start, o.start - 80):o.start])]
        # "primary biliary cholangitis, a long-term liver disease": the class it is glossed with
        objs = [o for o in objs if not any(d.label in DISEASES and d.end <= o.start and CLASS_GLOSS.fullmatch(self.text[d.end:o.start])
                                           for d in ms)]
        effect = first_outside(self.c["treat_stop"], text)  # not "(condition in which the body does not produce insulin)"
        if effect and cue is not None and (cue.start() <= effect.start() < cue.end() or (
                cue.start() >= effect.end() and RISK_IN_IF.match(text[:effect.end()]) and "," in text[effect.end():cue.start()])):
            effect = None  # "works against the bacteria that cause UTIs": the cue's own "cause"; "If you're at higher
            # risk for another reason, your doctor may prescribe a PPI to lower the chance of an ulcer": the clause's cue
        if effect:  # "X can cause fever": the signs after a cause cue are not treated
            objs = [o for o in objs if o.start < s.start + effect.start()]
        reason = REASON.search(text)
        if reason and any(o.start < s.start + reason.start() for o in objs):
            # "isn't used to treat OA or RA, because it doesn't work on the inflammation these conditions cause"
            objs = [o for o in objs if o.start < s.start + reason.start()]
            if any(m.start < s.start + reason.start() for m in subjects):  # "..., because their ovaries make estrogen"
                subjects = [m for m in subjects if m.start < s.start + reason.start()]
                subject_keys = {key(m) for m in subjects}
            elif intro is not None and intro != i and subjects:  # an item "in severe haemophilia A, because there are no
                # stores of factor VIII to release" under "It is not used:": the reason names no subject
                subjects = ([m for m in self.by_sentence[intro] if m.label == "DRUG" and self.drug_role(m) == "subject"]
                            or ([self.named_main(i)] if self.main is not None else []))
                subject_keys = {key(m) for m in subjects}
        if not objs and not self.intro_line(i):
            objs = frame_objs  # (not "For children with epilepsy, it is used for:": its items are the objects)
        seen, uniq, also = set(), [], {}
        parens = self.brackets(i)
        for o in objs:  # "Myelodysplastic syndrome (MDS)": one relation; "HES or CEL": two
            if uniq and self.c["appositive"].match(self.text[uniq[-1].end:o.start]):
                continue  # "Membranous nephropathy, a kidney disease"
            owner = next((u for u in reversed(uniq) for a, b in parens
                          if u.end <= a < o.start and o.end <= b and not self.text[u.end:a].strip()), None)
            if owner is not None and (not self.c["class_head"].search(owner.text) or re.fullmatch(r"\s*\(\s*", self.text[owner.end:o.start])
                                      and re.match(r"\s*\)", self.text[o.end:s.end])):
                also.setdefault(owner.mention_id, []).append(o)
                continue  # "hay fever (allergic rhinitis)", "postherpetic neuralgia (nerve pain after shingles)":
                # the bracket restates the disease before it; after a class it lists members ("diseases (lupus, RA)")
            restated = bool(uniq) and PAREN.match(self.text[uniq[-1].end:o.start])  # "high blood pressure (hypertension)"
            if key(o) in seen and (o.source == "abbreviation" or restated) or o.text.lower() in seen:
                same = [u for u in uniq if key(u) == key(o) or u.text.lower() == o.text.lower()]
                kind = kinds.get(o.mention_id, ("TREATS",))
                if same and kinds.get(same[-1].mention_id, ("TREATS",)) != kind:
                    uniq.append(o)  # "for people who have Stage 2 T1D, to delay Stage 3 T1D": another statement
                    continue
                if same:
                    also.setdefault(same[-1].mention_id, []).append(o)
                continue
            seen.update({key(o), o.text.lower()})
            uniq.append(o)
        if not uniq:
            return
        uniq = [self.with_complement(o, s.end) for o in uniq]
        more_partners, more_earlier, more_population = self.continuation(i, subject_keys)
        heading = s.heading
        for o, (lo, hi) in zip(uniq, self.windows(uniq, s.start, s.end)):
            clause = self.text[lo:hi]
            context = f"{frame} {clause}"
            partners = [name(m) for m in drugs if roles[m.mention_id] == "partner" and lo <= m.start < hi
                        and key(m) not in subject_keys and not self.exemplified(m)]
            earlier = [name(m) for m in drugs if roles[m.mention_id] == "earlier" and lo <= m.start < hi
                       and key(m) not in subject_keys]  # "When given after surgery, trastuzumab ...": no earlier drug
            partners += [p for p in more_partners if p not in partners]
            earlier += [e for e in more_earlier if e not in earlier]
            status = qualifiers(clause, self.c["status"])
            if re.search(r"\bchronic\s+$", self.text[max(lo, o.start - 12):o.start], re.I) and "chronic" not in status:
                status.append("chronic")  # "moderate to severe chronic plaque psoriasis" (not "chronic" of a name)
            if earlier:  # "not responded well to TNF blockers": failed TNF blockers, not just refractory
                status = [x for x in status if x != "refractory"]
            status += [f"failed {d}" for d in earlier]
            biomarkers = self.once([m for m in ms if m.label == "BIOMARKER" and lo <= m.start < hi and not self.drug_target(m)])
            pathogens = list(dict.fromkeys(self.once([m for m in ms if m.label == "ORGANISM" and lo <= m.start < hi])))
            population = qualifiers(clause, self.c["population"])
            population += [p for p in more_population if p not in population]
            if intro is not None:  # "In adults with CD20-positive NHL, X is approved for:" frames every item
                population += [p for p in qualifiers(frame, self.c["population"]) if p not in population]
                biomarkers += [m.text for m in self.by_sentence[intro] if m.label == "BIOMARKER"
                               and m.text not in biomarkers and not self.drug_target(m)]
            # "children" (in a gloss) beside "children 2 years of age and older": the narrower one
            population = [p for p in population if not any(q.startswith(p + " ") for q in population)]
            if described:  # the clause that describes them ("You must not take X if you use nitrates, which ...")
                negated = self.negates(self.text[described[-1].end:o.start])
            else:
                negated = (self.negates(self.failed_blanked(drugs, roles, s.start, o.start))
                           or bool(self.c["negation_sentence"].search(text)) or (intro is not None and self.negates(frame)))
            if self.c["off_label"].search(context):
                approval = "off-label"
            elif self.c["approved"].search(context) or self.c["approved"].search(self.text[s.start:o.start]):
                approval = "approved"  # "Other anti-CD20 medicines are approved for MS" under an off-label heading
            elif self.c["off_label"].search(heading):
                approval = "off-label"
            else:
                approval = "unspecified"
            for subj in self.clause_subjects(subjects, o):
                for rel in kinds.get(o.mention_id, ("TREATS",)):
                    self.add(rel, subj, o, i, also=also.get(o.mention_id, ()), negated=negated,
                             population=population, status=status,
                             biomarker=biomarkers, combination=self.own_pair(subj) or [p for p in dict.fromkeys(partners) if p != name(subj)],
                             pathogen=pathogens, approval=approval)

    def drug_list_intro(self, j: int) -> re.Match | None:
        """The cue of sentence j when it introduces a list of the drugs that treat the diseases it
        names ("X can be eased with:", "Other treatments for X include:") and names no drug itself:
        "Doctors treat X with:" names its subjects in the items only when the intro has no drug."""
        intro = self.sentences[j]
        if intro.kind == "heading" or any(m.label == "DRUG" for m in self.by_sentence[j]):
            return None
        return DISEASE_LIST_INTRO.search(self.text, intro.start, intro.end)

    def treated_with_list(self, i: int) -> None:
        """A list item that names drugs under an intro that names the disease: "Post-scabetic itch
        can be eased with:" / "crotamiton 10% cream (Eurax)": each subject drug of the item treats
        the disease(s) before the intro's cue."""
        s = self.sentences[i]
        if s.kind != "list_item" or (j := self.list_head(i)) < 0 or (cue := self.drug_list_intro(j)) is None:
            return
        intro = self.sentences[j]
        objs = [o for o in self.by_sentence[j] if o.label in DISEASES and o.end <= cue.end()]  # also "Treatments for X include:"
        if not objs:
            return
        objs = self.coordinated_after(objs[0], objs)
        negated = self.negates(self.text[intro.start:intro.end])
        for d in (m for m in self.by_sentence[i] if m.label == "DRUG"):
            if self.drug_role(d) != "subject":
                continue
            for o in objs:
                self.add("TREATS", d, o, i, negated=negated, population=[], status=[], biomarker=[], combination=[],
                         approval="unspecified")

    def studied_not_approved(self, i: int) -> None:
        """"It is also being studied in myelofibrosis and endometrial cancer, but it is not approved
        for either condition": each disease studied is a negated approval of the page's drug (treats()
        passes over trials, see not_indication)."""
        s, text = self.sentences[i], self.stext(i)
        m = STUDIED_NOT_APPROVED.search(text)
        if m is None or self.main is None:
            return
        drugs = [d for d in self.by_sentence[i] if d.label == "DRUG" and d.start < s.start + m.start("studied")]
        subj = drugs[0] if drugs else self.named_main(i)
        for o in self.by_sentence[i]:
            if o.label == "DISEASE" and s.start + m.end("studied") <= o.start < s.start + m.start("but"):
                self.add("TREATS", subj, o, i, negated=True, population=[], status=[], biomarker=[], combination=[],
                         approval="approved")

    def need_negated(self, between: str) -> bool:
        """Does the text between a population's disease and what it needs negate the need?"""
        return bool(self.c["negation"].search(between) or re.search(r"\bnot\b|n't\b", between))

    def needs(self, i: int) -> None:
        """'People with type 1 diabetes need insulin': the population's disease is treated by the
        drug it needs, takes or receives."""
        s, ms = self.sentences[i], self.by_sentence[i]
        if self.proper_prevention(self.stext(i)):
            return  # "Many people with AF take an anticoagulant ... to lower their risk of stroke": a prevention
        for d in (m for m in ms if m.label == "DRUG"):
            objs = [o for o in ms if o.label in DISEASES and o.end <= d.start]
            if not objs:
                continue
            o = objs[-1]
            between = self.text[o.end:d.start]
            # "Moderate to severe eczema may need a stronger treatment, such as tacrolimus ointment or dupilumab"
            opens = (DISEASE_NEEDS.match(between) is not None and o is min(ms, key=lambda m: m.start)
                     and re.fullmatch(r"[\w\s-]{0,30}", self.text[s.start:o.start]) is not None)
            need = self.c["need_between"].match(between)
            if not (opens or need and self.c["need_holder"].search(self.text[max(s.start, o.start - 60):o.start])):
                continue
            if re.search(r"\bthan\b", between) or WORSE_AFTER.match(self.text, d.end, s.end):
                continue  # "people with APS who took a DOAC had more clots than those who took warfarin"
            if need and need.group("rel"):  # "adults with AML who aren't well enough for intensive chemotherapy
                between = between[need.end("rel"):]  # are now offered azacitidine": the clause names who, negates nothing
            if self.drug_role(d) in ("aside", "earlier"):
                continue
            clause = self.text[s.start:s.end]
            run = [o]  # "people with HIV and hepatitis B take ...": both
            for m in reversed(objs[:-1]):
                if not COORDINATION.match(self.text[m.end:run[-1].start]):
                    break
                run.append(m)
            after = g.end() if (g := GLOSS.match(self.text, d.end, s.end)) else d.end
            ex = EXAMPLES.match(self.text, after, s.end)  # "try NSAIDs (...), such as naproxen or ibuprofen": each
            for drug in [d, *(self.examples(ms, ex.end()) if ex else [])]:
                for m in reversed(run):
                    self.add("TREATS", drug, m, i, negated=self.need_negated(between),
                             population=qualifiers(self.text[s.start:run[-1].start], self.c["population"]),
                             status=qualifiers(clause, self.c["status"]), biomarker=[], combination=[], approval="unspecified")
        if self.main is None:
            return
        for o in (m for m in ms if m.label in DISEASES):  # "Most people with Addison's disease take it every day": the page's drug
            need = NEED_IT.match(self.text[o.end:s.end])
            if need and self.c["need_holder"].search(self.text[max(s.start, o.start - 60):o.start]):
                between = self.text[o.end:o.end + need.end()]
                self.add("TREATS", self.named_main(i), o, i, negated=self.need_negated(between),
                         population=qualifiers(self.text[s.start:o.start], self.c["population"]),
                         status=qualifiers(self.text[s.start:s.end], self.c["status"]), biomarker=[], combination=[], approval="unspecified")

    def fronted_for(self, i: int) -> None:
        """'For people with UC, vedolizumab is offered when ...', 'For vaginal yeast infections, it is
        usually taken as a single dose': the disease of a fronted "For ..." phrase is treated by the
        drug the clause after it gives (the page's drug for "it")."""
        s = self.sentences[i]
        m = FRONTED_FOR.match(self.text, s.start, s.end) or FRONTED_FOR_ACTIVE.match(self.text, s.start, s.end)
        if m is not None and self.intro_line(i):
            return  # "For children with epilepsy, it is used for:": its items are the objects
        if m is not None and self.c["not_indication"].search(self.stext(i)):
            return  # "If you have kidney disease, you may take it less often": a dose, not a use
        if m is None:
            self.fronted_prevention(i)
            return
        objs = [o for o in self.by_sentence[i] if o.label in DISEASES and m.start("front") <= o.start and o.end <= m.end("front")]
        if (who := WHO_DEVELOP.search(self.text, m.start("front"), m.end("front"))) and any(o.start >= who.end() for o in objs):
            objs = [o for o in objs if o.start >= who.end()]  # "For people living with HIV who develop VL": VL
        if not objs:
            return
        objs = self.coordinated_after(min(objs, key=lambda o: o.start), objs)  # not "from a solid tumour"
        if self.proper_prevention(self.text[m.end():s.end]):
            return  # "If you get migraines often, your doctor may suggest propranolol to help prevent migraines"
        if m.re is FRONTED_FOR_ACTIVE:  # "doctors may use A, B or the PARP inhibitor C"
            drugs = self.drug_list(i, m.end())
            if not drugs and re.match(r"(it|this (medicine|medication|drug))\b", self.text[m.end():], re.I):
                drugs = [self.named_main(i)]  # "For relapsed CLL, NICE recommends it on its own"
        elif drugs := [d for d in self.by_sentence[i] if d.label == "DRUG" and m.start("subj") <= d.start and d.end <= m.end("subj")]:
            pool = sorted(drugs, key=lambda d: d.start)
            drugs = [d for d in drugs if self.drug_role(d) in ("subject", "partner")][:1]  # "an alarm or desmopressin is tried"
            last = drugs[0] if drugs else None
            while last is not None:  # "FOLFOX or CAPOX is the standard ...": the list it opens
                if brand := next((d for d in pool if d.start > last.start and re.fullmatch(r"\s*\(\s*", self.text[last.end:d.start])), None):
                    last = brand  # "alpelisib (Piqray) or capivasertib": the name in brackets restates the drug
                nxt = next((d for d in pool if d.start > last.start and self.listed(last.end, d.start)), None)
                if nxt is None:  # "a tetracycline antibiotic such as A or B"; "SSRIs such as A and B, SNRIs such as C, and D"
                    ex = re.search(r"\b" + EXAMPLE_WORDS + r"\s+", self.text[last.end:m.end("subj")])
                    if ex and (last is drugs[0] or EXAMPLES.match(self.text, last.end)
                               or re.fullmatch(r"\s*\(\s*", self.text[drugs[0].end:last.start])):  # "an SSRI (selective ...) such as"
                        examples = [d for d in self.examples(pool, last.end + ex.end()) if d not in drugs]
                        drugs += examples[:-1]
                        nxt = examples[-1] if examples else None  # which may open examples of its own
                if nxt is not None:
                    drugs.append(nxt)
                last = nxt
        elif re.fullmatch(r"(it|they|this (medicine|medication|drug|treatment))", m.group("subj"), re.I):
            drugs = [self.named_main(i)]
        front = self.text[m.start("front"):m.end("front")]
        keys = {key(d) for d in drugs}
        partners = [name(d) for d in self.by_sentence[i] if d.label == "DRUG" and d.start >= m.end()
                    and key(d) not in keys and self.drug_role(d) == "partner"]  # "you might have docetaxel with cisplatin"
        for d in drugs:
            for o in objs:
                self.add("TREATS", d, o, i, negated=bool(re.search(r"\bnot\b|n't\b", m.group("verb"))),
                         population=qualifiers(front, self.c["population"]),
                         status=qualifiers(self.text[s.start:s.end], self.c["status"]), biomarker=[],
                         combination=list(dict.fromkeys(partners)), approval="unspecified")

    def examples_for(self, i: int) -> None:
        """'a medicine for erectile dysfunction (ED) such as sildenafil (Viagra) or vardenafil':
        each example drug treats the disease its class is named for."""
        s = self.sentences[i]
        if (m := DRUG_LIST_INTRO.search(self.text, s.start, s.end)) is not None:
            objs = [o for o in self.by_sentence[i] if o.label in DISEASES and m.start("obj") <= o.start and o.end <= m.end("obj")]
            approval = "off-label" if self.c["off_label"].search(self.stext(i)) else "unspecified"
            j = i + 1
            while objs and j < len(self.sentences) and self.sentences[j].kind == "list_item":
                for d in self.item_drugs(j):
                    self.add("PREVENTS" if m.group("prevent") or PREVENTIVE_BEFORE.search(self.text, s.start, m.start()) else "TREATS",
                             d, objs[0], j, negated=False, population=[],
                             status=[], biomarker=[], combination=[], approval=approval)
                j += 1
        for m in EXAMPLES_FOR.finditer(self.text, s.start, s.end):
            objs = [o for o in self.by_sentence[i] if o.label in DISEASES and m.start("obj") <= o.start and o.end <= m.end("obj")]
            drugs = self.examples(self.by_sentence[i], m.end())
            # "Other medicines used to prevent migraine include A, B and C": each prevents it (also "used for
            # long-term prevention of HAE attacks include")
            prevent = m.group("prevent") or PREVENTION_OF.match(m.group("obj")) or PREVENTIVE_BEFORE.search(self.text, s.start, m.start())
            for d in drugs:
                for o in objs[:1]:
                    self.add("PREVENTS" if prevent else "TREATS", d, o, i, negated=False, population=[], status=[],
                             biomarker=[], combination=[], approval="unspecified")

    def item_drugs(self, j: int) -> list[Mention]:
        """The drugs a list item opens with: "topiramate (Topamax), an anticonvulsant ..." -> topiramate;
        "A or B, ..." -> both (not a brand in brackets, nor a class it is glossed with)."""
        drugs = sorted((d for d in self.by_sentence[j] if d.label == "DRUG"), key=lambda d: d.start)
        if not drugs or not FUSED_LEAD.match(self.text[self.sentences[j].start:drugs[0].start]):
            return []
        out = [drugs[0]]
        for d in drugs[1:]:
            gap = re.sub(r"\([^()]*\)", "", self.text[out[-1].end:d.start])
            if re.fullmatch(r"\s*\(\s*", self.text[out[-1].end:d.start]):
                continue  # "topiramate (Topamax)": the brand restates it
            if not LIST_GAP.fullmatch(gap) or APPOSED_CLASS.match(gap.lstrip()):
                break
            out.append(d)
        return out

    def examples(self, pool: list[Mention], at: int) -> list[Mention]:
        """The drugs of `pool` listed from `at` on: "sildenafil (Viagra) or vardenafil"."""
        out: list[Mention] = []
        at = m.end() if (m := ARTICLE.match(self.text, at)) else at
        for d in sorted((d for d in pool if d.label == "DRUG" and d.start >= at), key=lambda d: d.start):
            if out and d.text[:1].isupper() and OPEN_BRACKET.search(self.text[out[-1].end:d.start]):
                continue  # a brand in the bracket after the drug ("oxybutynin (Ditropan XL), ..."; not the
                # examples of a class: "pentavalent antimonials (sodium stibogluconate and meglumine antimoniate)")
            if (out and not EXAMPLE_GAP.fullmatch(re.sub(r"\([^()]*\)|[()]", "", self.text[out[-1].end:d.start]))) \
                    or (not out and d.start > at):
                break
            out.append(d)
        return out

    def fronted_prevention(self, i: int) -> None:
        """'To prevent rejection, most people take tacrolimus together with mycophenolate': the
        diseases of a fronted "To prevent ..." phrase are prevented by the clause's subject drug."""
        s = self.sentences[i]
        m = FRONTED_PREVENT.match(self.text, s.start, s.end)
        if m is None:
            return
        ms = self.by_sentence[i]
        objs = [o for o in ms if o.label in DISEASES and m.start("front") <= o.start and o.end <= m.end("front")]
        drugs = self.drug_list(i, m.end())  # "your care team will likely recommend aspirin or another antiplatelet drug, a statin"
        if not drugs and self.main is not None and DOSE_TAKEN.match(self.text, m.end(), s.end):
            drugs = [self.named_main(i)]  # "To prevent motion sickness, adults usually take 25 mg 30 minutes before travel"
        if not objs or not drugs:
            return
        rest = self.text[m.end():s.end]
        partners = [name(p) for p in ms if p.label == "DRUG" and p.start > drugs[0].end and p not in drugs
                    and self.drug_role(p) == "partner"]
        for d in drugs:
            for o in self.coordinated_after(min(objs, key=lambda o: o.start), objs):
                self.add("PREVENTS", d, o, i, negated=bool(re.search(r"\bnot\b|n't\b", rest)),
                         population=qualifiers(rest, self.c["population"]),
                         status=[], biomarker=[], combination=partners, approval="unspecified")

    def drug_list(self, i: int, at: int) -> list[Mention]:
        """The first subject drug of sentence i after `at` and the drugs listed with it ("A, B,
        radium-223, or the PARP inhibitor C"; not those joined by "with", "plus", "after" ...)."""
        drugs: list[Mention] = []
        for d in sorted((d for d in self.by_sentence[i] if d.label == "DRUG" and d.start >= at), key=lambda d: d.start):
            role = self.drug_role(d)
            if not drugs and (role == "subject" or (role == "partner" and re.fullmatch(r"\s*((a|an|the|some)\s+)?", self.text[at:d.start]))):
                drugs.append(d)  # (a partner by its "with": "GPs usually start with a laxative")
            elif drugs and role in ("subject", "partner") and FRONTED_LIST_GAP.fullmatch(self.text, drugs[-1].end, d.start):
                drugs.append(d)
            elif drugs and role != "aside":
                break
        return drugs

    def last_cue(self, cue: str, o: Mention, sent_start: int) -> tuple[re.Match | None, str]:
        """The last `cue` of the object's clause (up to a ';') before the object, and that clause."""
        before = self.text[sent_start:o.start]
        masked = blank_brackets(before)  # not "(DVT; a blood clot ...)"
        before = before[masked.rfind(";") + 1:]
        m = None
        for m in self.c[cue].finditer(before):
            pass
        return m, before

    def after_last_cue(self, cue: str, o: Mention, sent_start: int) -> str | None:
        """The words between the last `cue` of the object's clause and the object, or None
        when the clause has no such cue."""
        m, before = self.last_cue(cue, o, sent_start)
        return None if m is None else before[m.end():]

    def prevention(self, o: Mention, sent_start: int) -> tuple[str, ...]:
        """The relations of a disease in a prevention statement: ("PREVENTS",) after a
        prevention cue ("reduces the risk of X", "keep X from coming back"), ("TREATS",
        "PREVENTS") when the cue is coordinated with a treatment cue ("treatment and prevention
        of X", "prevention and treatment of X"), () when there is no prevention statement or
        only a risk ("at risk of X", "risk factors for X": no relation, as before)."""
        if EVENT.fullmatch(o.text) and EVENT_CUT.search(self.text, max(sent_start, o.start - 40), o.start):
            return ("PREVENTS",)  # "prasugrel reduced heart attacks": the cue's own first object
        m, before = self.last_cue("prevent", o, sent_start)
        if m is None:  # "keep depression from coming back"
            return ("PREVENTS",) if self.prevented(o, sent_start) else ()
        after = before[m.end():]
        if self.c["prevent_treat_after"].match(after):
            return ("TREATS", "PREVENTS")  # "prevention and treatment of X"
        if not self.prevented(o, sent_start) or not self.c["prevent_proper"].match(m.group(0)):
            return ()
        return ("TREATS", "PREVENTS") if self.c["treat_prevent_before"].search(before[:m.start()]) else ("PREVENTS",)

    def population_frame(self, o: Mention, sent_start: int) -> bool:
        """After a prevention cue, the disease of the population it is for ("prevent blood clots in
        people with certain types of irregular heartbeat"): no object (gold/README.md)."""
        after = self.after_last_cue("prevent", o, sent_start)
        return after is not None and bool(self.c["prevent_scope_end"].search(after)) and not self.c["treat"].search(after)

    def prevented(self, o: Mention, sent_start: int) -> bool:
        """A disease right after a prevention cue ("reduces the risk of X") or before the noun
        ("used off-label for migraine prevention") is not treated."""
        s = self.sentences[o.sentence]
        if PREVENTION_AFTER.match(self.text, o.end, s.end):
            return True
        m, before = self.last_cue("prevent", o, sent_start)
        after = None if m is None else before[m.end():]
        if after is not None and re.search(r"(ive|ctic)$", m.group(0)) and (noun := PREVENTIVE_NOUN.match(after)):
            after = after[noun.end():]  # "a preventative (prophylactic) treatment for X": the treatment prevents X
        if after is not None and not (self.c["treat"].search(after) or self.c["prevent_scope_end"].search(after)):
            return True
        # "keep depression from coming back": the object inside the cue
        return any(m.start() <= o.start - s.start and o.end - s.start <= m.end()
                   for m in self.c["prevent_around"].finditer(self.text[s.start:s.end]))

    def contraindicated(self, o: Mention, sent_start: int) -> bool:
        """'contraindicated in patients with X', 'do not use if you have X': not treated."""
        m, before = self.last_cue("contraindicated", o, sent_start)
        after = None if m is None else before[m.end():]
        if m is not None and NOT_USED_FOR.fullmatch(m.group(0) + after) and not self.c["need_holder"].search(after):
            return False  # "It is not used for T-cell ALL", "should not be used for everyday aches": a negated
            # use (not "not used for people who have ...")
        # not "You should not take sumatriptan to prevent a migraine": a negated use
        return after is not None and not self.treat_cue(after) and not self.c["prevent"].search(after)

    def continuation(self, i: int, subject_keys: set) -> tuple[list[str], list[str]]:
        """Partner and earlier drugs of the next sentence when it goes on with the same statement:
        same block kind and heading, opens with 'It'/'This medicine', names no disease ("It is given
        in combination with methotrexate")."""
        j = i + 1
        if j >= len(self.sentences):
            return [], [], []
        s, n = self.sentences[i], self.sentences[j]
        if n.kind != s.kind or n.kind == "heading" or n.heading != s.heading or not self.c["subject_anaphor"].match(self.stext(j)):
            return [], [], []
        if any(m.label in DISEASES for m in self.by_sentence[j]):
            return [], [], []
        # "Melanoma that has spread. It is used in adults and children 12 years and older." (one block)
        # (not "It is the only condition for which X is approved in children": a statement of its own)
        same_block = not self.text[s.end:n.start].count("\n")
        own = self.treat_cue(self.stext(j)) or self.c["passive_treat"].search(self.stext(j)) or self.c["prevent"].search(self.stext(j))
        population = qualifiers(self.stext(j), self.c["population"]) if same_block and not own else []
        drugs = [m for m in self.by_sentence[j] if m.label == "DRUG" and key(m) not in subject_keys]
        roles = {m.mention_id: self.drug_role(m) for m in drugs}
        return ([name(m) for m in drugs if roles[m.mention_id] == "partner" and not self.exemplified(m)],
                [name(m) for m in drugs if roles[m.mention_id] == "earlier"], population)

    def drop_glosses(self, objs: list[Mention]) -> list[Mention]:
        """Objects that only describe or stand for other objects: the mentions inside a glossing
        parenthesis ('psoriasis (a skin disease in which ...)'), a class followed by its examples
        or name ('skin disorders (such as psoriasis)', 'a type of cancer called NHL')."""
        s = self.sentences[objs[0].sentence] if objs else None
        if s is None:
            return objs
        text = self.text[s.start:s.end]
        glosses = [(s.start + a, s.start + b) for a, b in paren_spans(text) if self.c["gloss_paren"].match(text[a:b])]
        keep = [o for o in objs if not any(a < o.start and o.end <= b for a, b in glosses)]
        out = []
        for k, o in enumerate(keep):
            nxt = keep[k + 1] if k + 1 < len(keep) else None
            gap = self.text[o.end:nxt.start] if nxt is not None else ""
            if (nxt is not None and self.c["class_head"].search(o.text) and self.c["class_example_after"].match(gap)
                    and self.c["class_vague_before"].search(self.text[max(s.start, o.start - 30):o.start])
                    and (re.search(r"[a-z]", gap) or not (nxt.source == "abbreviation" or key(nxt) == key(o) or nxt.text.isupper()))):
                continue  # "a certain eye disease (uveitis)", not "Crohn's disease (CD)"
            out.append(o)
        return out

    def with_complement(self, o: Mention, limit: int) -> Mention:
        """A bare class noun and its 'of' complement name the disease together ('cancers of the
        blood and bone marrow', 'infections of the skin'): the object spans both."""
        if not self.c["class_noun"].fullmatch(o.text):
            return o
        m = self.c["of_complement"].match(self.text, o.end, limit)
        if not m or any(x.start < m.end() and o.end < x.end and x is not o for x in self.by_sentence[o.sentence]):
            return o  # "infections of the skin" only when no mention sits in the complement
        return dataclasses.replace(o, text=self.text[o.start:m.end()], end=m.end())

    def drug_target(self, b: Mention) -> bool:
        """A biomarker named as what a drug class acts on ('anti-CD20 medicines'), not the patient's."""
        return self.text[max(0, b.start - 5):b.start].lower().endswith("anti-")

    def qualifier_word(self, o: Mention) -> bool:
        """A mention that is only a status word ('came back', 'relapsed') or has no letters ('•'): no disease."""
        t = o.text.strip()
        if not re.search(r"[^\W\d_]", t):
            return True
        return any(rx.fullmatch(t) for rx, _ in self.c["status"])

    def drug_modifier(self, o: Mention) -> bool:
        """A disease written right before a lower-case drug word names the drug's use, no
        object: "cancer chemotherapy", "HIV medicines" (not "1.1 Epilepsy Gabapentin is ...",
        a sub-heading run into its sentence)."""
        return any(d.label == "DRUG" and d.start > o.end and d.text[:1].islower()
                   and re.fullmatch(r" ?-?", self.text[o.end:d.start]) for d in self.by_sentence[o.sentence]) \
            or bool(TREATMENT_FOR.match(self.text, o.end)) \
            or bool(DRUG_NOUN_AFTER.match(self.text, o.end))  # "used as a cancer treatment for most solid tumours", "a pain reliever"

    def absent(self, o: Mention, sent_start: int) -> bool:
        """'patients without clinically evident X': X is absent, not treated."""
        return bool(self.c["absent_before"].search(self.text[max(sent_start, o.start - 50):o.start]))

    # -- CAUSES ---------------------------------------------------------------------------

    def topic_disease(self, i: int) -> Mention | None:
        """The disease a "This/It" sentence refers to: a sentence-initial disease nearby; for "This
        condition/disease ..." the last disease of the sentence before ("Some people with psoriasis
        also develop psoriatic arthritis. This condition causes ...")."""
        if i > 0 and DEFINITE_ANAPHOR.match(self.stext(i), SENTENCE_OPENER.match(self.stext(i)).end()):
            last = [m for m in self.by_sentence[i - 1] if m.label == "DISEASE"]
            if last:
                return self.long_form(max(last, key=lambda m: m.start))
        opener = min(self.by_sentence[i - 1], key=lambda m: m.start, default=None) if i > 0 else None
        drug_led = opener is not None and opener.label == "DRUG" and opener.start - self.sentences[i - 1].start <= 20
        if i > 0 and not (drug_led and re.match(r"\s*it\b", self.stext(i), re.I)):
            # "..., the result is called systemic sclerosis-associated ILD (SSc-ILD). This can cause"; not
            # "Rituximab may cause an infection called PML. It can also cause ...": "It" is the drug
            named = [m for m in self.by_sentence[i - 1] if m.label == "DISEASE"
                     and NAMED_AS.search(self.text[self.sentences[i - 1].start:m.start])]
            if named:
                return self.long_form(min(named, key=lambda m: m.start))
        for j in range(i - 1, max(-1, i - 1 - BACKTRACK), -1):
            s = self.sentences[j]
            for m in sorted(self.by_sentence[j], key=lambda m: m.start):
                if m.start - s.start > 20:
                    break
                if m.label == "DISEASE" or m.label == "CONDITION" and (self.defines(j) or MODAL_AFTER.match(self.text, m.end)):
                    return self.long_form(m)  # also "Cytokine release syndrome is an immune reaction ... It can cause",
                    # "Over time, high blood sugar can damage nerves. This can cause ..."
                if m.label == "DRUG":
                    return None  # "Rituximab may cause PML. It can also cause ...": "It" is the drug
            if s.kind == "heading":
                break
        prev = sorted((m for m in self.by_sentence[i - 1] if m.label in ("DISEASE", "DRUG")), key=lambda m: m.start) if i > 0 else []
        return self.long_form(prev[0]) if prev and prev[0].label == "DISEASE" else None

    def heading_disease(self, i: int) -> Mention | None:
        """The one disease the heading over sentence i names, if it names no drug ("Symptoms of
        ovarian cancer"; not "Olaparib for recurrent ovarian cancer")."""
        heading = self.sentences[i].heading
        for j in range(i - 1, -1, -1):
            if self.sentences[j].kind == "heading" and self.stext(j) == heading:
                ms = self.by_sentence[j]
                ds = {key(m): m for m in ms if m.label == "DISEASE"}
                if len(ds) == 1 and not any(m.label == "DRUG" for m in ms):
                    return self.long_form(next(iter(ds.values())))
                return None
        return None

    def closing_disease(self, i: int) -> Mention | None:
        """The disease that ends the sentence before sentence i on the same line, as its last
        words ("Very rarely, durvalumab ... causes type 1 diabetes. Signs include ...")."""
        if i == 0 or "\n" in self.text[self.sentences[i - 1].end:self.sentences[i].start]:
            return None
        last = max(self.by_sentence[i - 1], key=lambda m: m.end, default=None)
        if last is None or last.label != "DISEASE" or not re.fullmatch(r"[\s.)]*", self.text[last.end:self.sentences[i - 1].end]):
            return None
        return self.long_form(last)

    def long_form(self, m: Mention) -> Mention:
        """A short form's long form: the nearest earlier mention of its concept that is no
        abbreviation ("In wet AMD, ... This can cause ...": wet age-related macular degeneration)."""
        if m.source != "abbreviation":
            return m
        return max((d for d in self.mentions if d.end <= m.start and d.source != "abbreviation" and key(d) == key(m)),
                   key=lambda d: d.start, default=m)

    def causes(self, i: int) -> None:
        s, text = self.sentences[i], self.stext(i)
        spans = paren_spans(text)
        # not inside a parenthesis ("(condition in which the body does not produce insulin)") and not
        # "relieve symptoms of X" (a treated disease); each cue of the sentence has its own subject
        # when the cues before it had none ("Atorvastatin may cause myopathy, a muscle problem that
        # can lead to kidney problems"); else it goes on with theirs ("UC causes sores ..., leading to diarrhea")
        subj = None
        if EMERGENCY_ADVICE.search(text):
            return  # "Get emergency medical help if you have signs of an allergic reaction: hives; ...": a warning
        ms = self.by_sentence[i]
        lead = min(ms, key=lambda m: m.start, default=None)
        comp = COMPLICATION_OF.search(text)  # "Myxoedema coma is a rare complication of severe untreated hypothyroidism"
        if comp and (after := self.named_after(i, s.start + comp.end())):
            signs = [m for m in ms if m.label in DISEASES and m.end <= s.start + comp.start() and key(m) != key(after)]
            if signs and SENTENCE_OPENER.fullmatch(self.text[s.start:signs[0].start]):
                self.add("CAUSES", after, signs[-1], i, negated=False)
        for cue in self.c["cause"].finditer(text):
            if comp and comp.start() <= cue.start() < comp.end():
                continue
            if any(a < cue.start() < b for a, b in spans) or self.c["cause_exclude"].search(text[:cue.start()]):
                continue
            if lead is not None and lead.label == "DRUG" and lead.start < s.start + cue.start() and DRUG_IT_CUE.search(text[:cue.start()]):
                continue  # "Rituximab can also lower ... infections, and rarely it can lead to PML": the drug's effect
            if re.match(r"\s*(,|$)", text[cue.end():]):
                continue  # "As well as the problems MDS causes, CMML can cause ...": a cue with no objects
            if subj is not None and RELATIVE_WHICH.search(text[:cue.start()]):
                # "... lead to iron deficiency anaemia, which can cause tiredness": the noun before "which"
                subj = next((m for m in ms if m.label in DISEASES and RELATIVE_WHICH.fullmatch(self.text, m.end, s.start + cue.start())), None)
            subj = self.cause_at(i, cue, subj)
        risk = RAISES_RISK.search(text)
        if (risk and lead is not None and lead.label == "DISEASE"
                and (SENTENCE_OPENER.fullmatch(self.text[s.start:lead.start]) or UNTREATED.fullmatch(self.text[s.start:lead.start]))
                and RISK_GAP.fullmatch(self.text, lead.end, s.start + risk.start())):
            self.cause_at(i, risk, lead)  # "AF increases your risk of having a stroke": the sentence's subject, only
        self.caused_by(i)
        self.main_cause_of(i)
        for d in ms:  # "Many people with MS also have bladder problems, pain and muscle spasms"
            if (d.label in DISEASES and (HOLDER_BEFORE.search(text[:d.start - s.start]) or IF_HOLDER.match(text[:d.start - s.start]))
                    and (have := HOLDER_HAVE.match(text, d.end - s.start))):
                self.cause_at(i, have, d)
        if ((some := SOME_PEOPLE_HAVE.match(text)) and not any(m.label == "DRUG" for m in ms)
                and not TREATMENT_TALK.search(text) and not TREATMENT_TALK.search(s.heading or "")
                and not re.search(r"\b(no|less|fewer|better|improv\w*|relief)\b", text, re.I)  # "Many patients notice less itching"
                and not any(m.label == "DISEASE" and m.start < s.start + some.end() for m in ms)
                and (topic := self.topic_disease(i)) is not None):
            self.cause_at(i, some, topic)  # "Lyme disease ... Some people also feel generally unwell, with a high temperature"

    def paren_causes(self, i: int) -> None:
        """A bracketed gloss that defines the disease before it by what it causes: "glaucoma (an eye
        disease that can lead to vision loss)": the disease causes the signs named in the bracket
        after the cue (causes() skips cues inside brackets)."""
        s, text, ms = self.sentences[i], self.stext(i), self.by_sentence[i]
        for a, b in paren_spans(text):
            defn = PAREN_DEFINITION.match(text, a, b)
            cue = self.c["cause"].match(text, defn.end(), b) if defn else None
            subj = next((m for m in ms if m.label == "DISEASE" and re.fullmatch(r"\s*", text[m.end - s.start:a])), None)
            if cue is None or subj is None:
                continue
            for o in ms:
                if o.label in DISEASES and s.start + cue.end() <= o.start and o.end <= s.start + b and key(o) != key(subj):
                    self.add("CAUSES", self.long_form(subj), o, i, negated=False)

    def main_cause_of(self, i: int) -> None:
        """"The most common cause of hyperthyroidism in Canada is Graves' disease": the disease(s)
        after the copula cause the one after "cause of"."""
        s, ms = self.sentences[i], self.by_sentence[i]
        m = MAIN_CAUSE_OF.search(self.stext(i))
        if m is None:
            return
        effect = next((o for o in sorted(ms, key=lambda o: o.start) if o.label in DISEASES and o.start >= s.start + m.end()), None)
        if effect is None or effect.start - (s.start + m.end()) > 3:
            return
        copula = COPULA_AFTER.search(self.text, effect.end, s.end)
        if copula is None or re.search(r"[,;:]", self.text[effect.end:copula.start()]):
            return
        causes = [o for o in ms if o.label == "DISEASE" and o.start >= copula.end()]
        if causes and causes[0].start - copula.end() <= 6:
            for c in self.coordinated_after(causes[0], causes):
                self.add("CAUSES", c, effect, i, negated=False)

    def caused_by(self, i: int) -> None:
        """Passive causes: "spasticity caused by multiple sclerosis", "Edema caused by cirrhosis of the
        liver or nephrotic syndrome", "anemia due to myelodysplastic syndromes": the disease after the
        cue (and those coordinated with it) causes the sign right before it. Not a disease with its
        cause ("malaria caused by mosquito bites"), a drug ("nausea caused by cancer chemotherapy")
        or an organism ("infections caused by the herpes simplex virus") after the cue; nor a class
        ("Hepatitis B is a liver infection caused by ..."). Also "coughs caused by respiratory infections
        like the common cold" (each example) and "cough related to COVID-19"."""
        ms = sorted(self.by_sentence[i], key=lambda m: m.start)
        for k, sign in enumerate(ms[:-1]):
            gloss = GLOSS.match(self.text, sign.end, self.sentences[i].end)  # "oedema (swelling) caused by"
            at = gloss.end() if gloss else sign.end
            cue = CAUSED_BY.match(self.text, at, self.sentences[i].end) if sign.label in DISEASES else None
            if (cue is not None and sign.label == "DISEASE" and SENTENCE_OPENER.fullmatch(self.text[self.sentences[i].start:sign.start])
                    and not MAY_BE.search(cue.group(0))):
                cue = None  # "Neuropathic pain can be caused by diabetic neuropathy, ..." (not "X caused by Y" inside a name)
            if cue is not None and sign.label == "DISEASE" and CLASS_NOUN_BEFORE.search(self.text, self.sentences[i].start, sign.start):
                cue = None  # "Hepatitis B is a liver infection caused by the hepatitis B virus": a class, not a sign
            nxt = next((m for m in ms[k + 1:] if m.start >= at), None)
            if nxt is None:
                continue
            if (cue is None or nxt.label != "DISEASE" or key(nxt) == key(sign) or self.drug_modifier(nxt)
                    or GERM_AFTER.match(self.text, nxt.end)  # "caused by the hepatitis C virus"
                    or re.search(r"\b(bites?|stings?)$", nxt.text, re.I)  # "malaria caused by mosquito bites": an exposure
                    or not (re.fullmatch(r"[\w\s'-]{0,40}", self.text[cue.end():nxt.start])
                            or CAUSE_EXAMPLES_GAP.fullmatch(self.text, cue.end(), nxt.start))):
                continue  # "caused by a problem with a heart valve": no disease right after the cue
            run = [nxt]
            for m in ms[ms.index(nxt) + 1:]:
                if OPEN_BRACKET.search(self.text[run[-1].end:m.start]):
                    continue  # "chronic hives (urticaria)": a gloss of the cause before it
                if (m.label not in DISEASES or self.drug_modifier(m)
                        or not CAUSE_COORDINATION.fullmatch(blank_brackets(self.text[run[-1].end:m.start]))):
                    break
                run.append(m)
            for d in run:
                self.add("CAUSES", d, sign, i, negated="not" in cue.group(0).lower().split())
                if not re.search(r"\bdue to\b", cue.group(0), re.I):  # "dementia due to Alzheimer's disease": both are named uses
                    self.signs_of.setdefault(d.mention_id, set()).add(sign.mention_id)

    def cause_list(self, i: int) -> None:
        """The items under "Conditions that can lead to ED include:" / "X can be caused by:" each
        cause the disease the intro names (the item's diseases up to its own aside: "hypogonadism
        (low testosterone)", "neurological conditions such as MS, Parkinson's disease and SCI")."""
        s = self.sentences[i]
        m = CAUSE_LIST_INTRO.fullmatch(self.text, s.start, s.end)
        if m is None or s.kind == "list_item" or not self.intro_line(i):
            return
        span = m.span("effect") if m.group("effect") else m.span("effect2")
        effect = next((d for d in sorted(self.by_sentence[i], key=lambda d: d.start)
                       if d.label in DISEASES and span[0] <= d.start and d.end <= span[1]), None)
        if effect is None:
            return
        j = i + 1
        while j < len(self.sentences) and self.sentences[j].kind == "list_item":
            item = self.sentences[j]
            end = CAUSE_ITEM_END.search(self.text, item.start, item.end)
            for d in self.by_sentence[j]:
                if d.label == "DISEASE" and d.end <= (end.start() if end else item.end) and key(d) != key(effect):
                    self.add("CAUSES", d, effect, j, negated=False)
            j += 1

    def labelled_line(self, i: int) -> None:
        """A line labelled with a disease and no drug, whose text opens with a drug: the drug (and
        those listed with it) treats it, its partners with it ("High-risk APL: ATRA and arsenic
        trioxide plus a chemotherapy drug", "Stomach (gastric) cancer: oxaliplatin with capecitabine")."""
        s, ms = self.sentences[i], self.by_sentence[i]
        m = LABEL_LINE.match(self.text, s.start, s.end)
        if m is None or any(d.label == "DRUG" and d.start < m.end("label") for d in ms):
            return
        objs = [o for o in ms if o.label in DISEASES and o.end <= m.end("label")]
        drugs = [d for d in self.drug_list(i, m.end()) if self.drug_role(d) == "subject"]
        if not objs or not drugs or drugs[0].start != m.end():
            return
        tail = self.text[drugs[-1].end:s.end]  # no statement of another kind ("Renal impairment: dalteparin can accumulate")
        if (self.c["finite_verb"].search(tail) and not self.treat_cue(tail)) or re.match(r"\s*(\([^()]*\)\s*)?[a-z]+s\b(?<!plus)", tail):
            return
        objs = self.coordinated_after(min(objs, key=lambda o: o.start), objs)
        keys = {key(d) for d in drugs}
        partners = [name(d) for d in ms if d.label == "DRUG" and key(d) not in keys and self.drug_role(d) == "partner"]
        label = self.text[m.start("label"):m.end("label")]
        for d in drugs:
            for o in objs:
                self.add("TREATS", d, o, i, negated=False, population=qualifiers(self.stext(i), self.c["population"]),
                         status=qualifiers(label, self.c["status"]), biomarker=[], combination=list(dict.fromkeys(partners)),
                         approval="unspecified")

    def dashed_signs(self, i: int) -> None:
        """A warning line that names a disease, two hyphens and its signs ("liver problems--loss of
        appetite, upper stomach pain, dark urine, jaundice (yellowing of the skin or eyes)"): the
        disease causes each sign (a Drugs.com house style)."""
        s, ms = self.sentences[i], self.by_sentence[i]
        at = self.text.find("--", s.start, s.end)
        if at < 0:
            return
        subj = next((m for m in ms if m.end == at and m.label == "DISEASE" and FUSED_LEAD.match(self.text[s.start:m.start])), None)
        if subj is None:
            return
        for o in ms:
            if o.start > at and o.label in DISEASES and key(o) != key(subj) and not self.gloss(o, ms):
                self.add("CAUSES", subj, o, i, negated=False)

    def sign_line(self, i: int) -> None:
        """A line labelled with a kind of sign ("Positive symptoms: hallucinations, delusions and
        disorganized thinking") under a heading or list intro about one disease ("What is
        schizophrenia?" / "Its symptoms are often grouped into three kinds:"): that disease causes them."""
        s, ms = self.sentences[i], self.by_sentence[i]
        m = SIGN_LABEL.match(self.text, s.start, s.end)
        head = self.list_head(i) if s.kind == "list_item" else -1
        signs_head = head >= 0 and SIGNS_HEAD.match(self.stext(head)) is not None
        if m is None and signs_head:
            m = PLACE_LABEL.match(self.text, s.start, s.end)  # "The symptoms of MBC depend on where it has spread:" / "Bones: pain ..."
        if m is None or s.kind == "heading":
            return
        subj = self.heading_disease(i) if m.re is SIGN_LABEL else None
        if subj is None and signs_head:  # "The symptoms of MBC depend on ...:" names it; "Its symptoms ...:" refers back
            h = self.sentences[head]
            subj = next((d for d in sorted(self.by_sentence[head], key=lambda d: d.start) if d.label == "DISEASE"
                         and re.search(r"\b(symptoms|signs|features)\s+of\s+(the\s+)?$", self.text[h.start:d.start], re.I)), None) \
                or self.topic_disease(head)
        if subj is None:
            return
        for o in ms:
            if o.label in DISEASES and o.start >= m.end() and key(o) != key(subj) and not self.gloss(o, ms):
                self.add("CAUSES", subj, o, i, negated=False)

    def occurs_in(self, i: int) -> None:
        """The signs that open a sentence arise from the disease(s) named where they occur: "Heartburn and
        reflux are common in HG", "Low blood pressure is common after a high-level SCI"."""
        s = self.sentences[i]
        ms = sorted(self.by_sentence[i], key=lambda m: m.start)
        if not ms or ms[0].label not in DISEASES or not (SENTENCE_OPENER.fullmatch(self.text, s.start, ms[0].start)
                                                         or SIGN_KIND.fullmatch(self.text, s.start, ms[0].start)):
            return
        signs = [ms[0]]
        for m in ms[1:]:
            if m.label not in DISEASES or not COORDINATION.match(self.text[signs[-1].end:m.start]) or PAREN.match(self.text[signs[-1].end:m.start]):
                break
            signs.append(m)
        after = next((m for m in ms if m.start >= signs[-1].end and m not in signs
                      and not (m.source == "abbreviation" and PAREN.match(self.text[signs[-1].end:m.start]))), None)
        if (after is None or after.label != "DISEASE" or not OCCURS_IN.fullmatch(self.text, signs[-1].end, after.start)
                or re.fullmatch(r"[a-z]+(ic|al|ous|ive)", after.text)):  # not "after a traumatic event"
            return
        if (ex := EXAMPLES.match(self.text, after.end)) and (first := next((m for m in ms if m.label == "DISEASE" and m.start == ex.end()), None)):
            after = first  # "in several epilepsy syndromes, including JME, Lennox-Gastaut syndrome and Dravet syndrome": the examples
        run = [after]
        for m in ms:  # "in multiple sclerosis (MS), after a stroke or traumatic brain injury, and in cerebral palsy"
            if m.start >= run[-1].end and m.label == "DISEASE" and not (m.source == "abbreviation" and PAREN.match(self.text[run[-1].end:m.start])):
                if not OCCURS_NEXT.fullmatch(self.text, run[-1].end, m.start):
                    break
                run.append(m)
        for d in run:
            for sign in signs:
                if key(sign) != key(d):
                    self.add("CAUSES", d, sign, i, negated=False)

    def next_cause_subject(self, i: int, cue: re.Match) -> int:
        """Where the next cause cue's own subject starts (a disease right before it), else the sentence end."""
        s, text = self.sentences[i], self.stext(i)
        for nxt in self.c["cause"].finditer(text, cue.end()):
            at = s.start + nxt.start()
            own = [m for m in self.by_sentence[i] if m.label == "DISEASE" and s.start + cue.end() <= m.start and m.end <= at
                   and re.fullmatch(r"(\s+(with|without|of|in)\s+[\w'-]+(\s+[\w'-]+){0,3})?\s*((can|may|might|also|often|usually)\s+)*",
                                    self.text[m.end:at])]  # "..., and migraine with brainstem aura can cause .."
            if own:
                return min(own, key=lambda m: m.start).start
            which = [m for m in self.by_sentence[i] if m.label in DISEASES and s.start + cue.end() <= m.start and m.end <= at
                     and RELATIVE_WHICH.fullmatch(self.text, m.end, at)]
            if which:  # "... lead to iron deficiency anaemia, which can cause tiredness": an object, then a subject
                return max(which, key=lambda m: m.end).end
        return s.end

    def gloss(self, o: Mention, ms: list[Mention]) -> bool:
        """o is a bracketed synonym of the mention right before it ("enlarged spleen (splenomegaly)")."""
        return any(d is not o and d.label in DISEASES and re.fullmatch(r"\s*\(\s*", self.text[d.end:o.start]) for d in ms)

    def named_after(self, i: int, at: int) -> Mention | None:
        """The disease a "symptoms of" / "complications of" cue names: the first one within
        SYMPTOMS_OF_GAP characters after it ("Symptoms of lupus include", "signs of an overactive thyroid"),
        else a sign right after it ("The symptoms of anaemia include tiredness"; not the first sign of "the
        signs of a low, like shakiness"), or one named as an episode ("Signs of an MH crisis include:")."""
        if (cls := CLASS_EXAMPLES.match(self.text, at)) is not None and not any(
                m.label == "DISEASE" and at <= m.start < cls.end() for m in self.by_sentence[i]):
            at = cls.end()  # "a sign of another medical problem, such as depression or sleep apnea"
        after = [m for m in self.by_sentence[i] if at <= m.start <= at + SYMPTOMS_OF_GAP
                 and (m.label == "DISEASE" or m.label == "CONDITION" and (not self.text[at:m.start].strip() or (
                     re.fullmatch(r"\s*(an?|the)\s+", self.text[at:m.start], re.I) and EPISODE_AFTER.match(self.text, m.end))))]
        first = [m for m in after if m.label == "DISEASE"] or after
        return min(first, key=lambda m: m.start) if first else None

    def cause_at(self, i: int, cue: re.Match, subj: Mention | None = None) -> Mention | None:
        s, text = self.sentences[i], self.stext(i)
        at = s.start + cue.start()
        objects_from = at + len(cue.group(0))  # objects follow the cue (or the disease it names)
        subjects: list[Mention] = []
        if (subj is None and cue.group(0).endswith(" of") and SIGNS_ARE.search(text[:cue.start()])
                and (named := self.named_after(i, objects_from))):
            # "Fatigue and itch (pruritus) are the two symptoms of PBC": the signs come first
            negated = bool(self.c["negation"].search(text[:cue.start()]))
            nameds = [named]
            if (cls := CLASS_EXAMPLES.match(self.text, objects_from)) and named.start >= cls.end():  # "... such as depression or sleep apnea": each
                nameds = self.coordinated_after(named, [m for m in self.by_sentence[i] if m.label == "DISEASE"])
            for o in self.by_sentence[i]:
                if (o.label in DISEASES and o.end <= at and key(o) != key(named) and not self.gloss(o, self.by_sentence[i])
                        and not FRONTED_IN.fullmatch(self.text, s.start, o.start)):  # not "In people with kidney disease, ..."
                    for n in nameds:
                        self.add("CAUSES", n, o, i, negated=negated)
            return named
        ms = self.by_sentence[i]
        before = sorted((m for m in ms if m.label == "DISEASE" and m.end <= at and not RISK_OF.search(self.text[s.start:m.start])
                         and not self.text.startswith("-like", m.end)), key=lambda m: m.start)  # not "Flu-like symptoms such as"
        # not a fronted "Beyond seizures, ..." nor a bracketed short form of the disease before it ("inflammatory
        # bowel disease (IBD)"): "Ulcerative colitis is an inflammatory bowel disease (IBD) that causes ..."
        before = [m for k, m in enumerate(before) if not (FRONTED_ASIDE.fullmatch(self.text, s.start, m.start)
                                                          and re.match(r"\s*,", self.text[m.end:at]))
                  and not (k > 0 and GLOSS_OPEN.fullmatch(self.text, before[k - 1].end, m.start))]
        if not before:  # "Spasticity can cause stiffness ...": a sign that opens the sentence as its subject
            before = [m for m in ms if m.label == "CONDITION" and m.end <= at
                      and SENTENCE_OPENER.fullmatch(self.text[s.start:m.start])
                      and (re.fullmatch(r"\s*((can|may|often|also|usually|commonly)\s+)*", self.text[m.end:at])
                           or SIGN_DEFINED.fullmatch(self.text[m.end:at]))]  # "CRS is a serious side effect that can cause"
        glosses = self.brackets(i)
        nearest = max((m for m in ms if m.label in ("DISEASE", "DRUG", "ORGANISM") and m.end <= at
                       and not inside(m, glosses)  # "hypercalcemia (too much calcium in the blood)"
                       and not self.text.startswith("-like", m.end)  # not "adrenaline-like hormones"
                       and not (m.label == "DRUG" and AMOUNT_OF.search(self.text, s.start, m.start))),  # "high levels of cystine"
                      key=lambda m: m.end, default=None)
        if subj is not None:
            pass
        elif nearest is not None and nearest.label == "ORGANISM" and not ORGANISM_ASIDE.search(self.text, s.start, at):
            return None  # "caused by the varicella-zoster virus, the same virus that causes chickenpox"
        elif (nearest is not None and nearest.label == "DRUG" and before and nearest.start > before[0].end
              and SENTENCE_OPENER.fullmatch(self.text[s.start:before[0].start])
              and DRUG_CAUSED.fullmatch(self.text, before[0].end, nearest.start)
              and re.fullmatch(r"\s*((can|may|might|could|will|often|also|usually|sometimes)\s+)*", self.text[nearest.end:at])):
            subj = before[0]  # "Hepatitis caused by zafirlukast can lead to abdominal pain, ...": the disease
        elif nearest is not None and nearest.label == "DRUG" and nearest.concept_id:
            # "If you have had hepatitis B, rituximab can cause ...": the drug causes it (a known
            # drug: the model also calls a word such as "spine" a chemical)
            return None
        elif (before and IT_CUE.search(text[:cue.start()]) and re.match(r"\s*it\b", text, re.I)
              and all(HOLDER_BEFORE.search(self.text[s.start:m.start]) for m in before)
              and (topic := self.topic_disease(i)) is not None):
            subj = topic  # "It mostly affects people with advanced HIV, and it causes headache": the disease before
        elif before:
            if (len(before) >= 2 and HOLDER_BEFORE.search(self.text[s.start:before[0].start]) and re.match(r"\s*,", self.text[before[0].end:])
                    and not FRONTED_IN.fullmatch(self.text, s.start, before[0].start)):  # not "In people with CAH, an illness can bring on"
                before = before[1:]  # "In some people, especially people with chronic lung disease, COVID-19 ... can lead to"
            subj = before[-1] if len(before) == 1 or not COORDINATION.match(self.text[before[0].end:before[-1].start]) else before[0]
            if len(before) >= 2 and subj is before[-1] and SENTENCE_OPENER.fullmatch(self.text[s.start:before[0].start]) \
                    and RELATIVE_ASIDE.fullmatch(self.text, before[0].end, at):
                subj = before[0]  # "Carcinoid syndrome, which can develop when a tumor spreads to the liver, causes flushing"
            run = [max((m for m in ms if m.label in DISEASES and m.end <= at), key=lambda m: m.end)]
            while (prev := max((m for m in ms if m.label in DISEASES and m.end <= run[-1].start
                                and not inside(m, glosses)), key=lambda m: m.end, default=None)) \
                    and COORDINATION.match(blank_brackets(self.text[prev.end:run[-1].start])):
                run.append(prev)
            if len(run) >= 2 and subj in run and CO_CAUSE_GAP.fullmatch(self.text, run[0].end, at) \
                    and SENTENCE_OPENER.fullmatch(self.text[s.start:run[-1].start]):
                subjects = run[::-1]  # "Fibroids, polyps and adenomyosis can all cause heavy periods"
            if len(before) >= 2 and subj is before[-1] and self.c["class_copula"].match(self.text[before[-2].end:before[-1].start]):
                subj = before[-2]  # "Asthma is a long-term lung disease that causes ...": the defined disease
            if (k := before.index(subj)) > 0 and ALSO_CALLED.fullmatch(self.text, before[k - 1].end, subj.start):
                subj = before[k - 1]  # "Hay fever, also called allergic rhinitis, causes ..." (or "..., is an allergic reaction that")
            elif (len(before) >= 2 and subj is before[-1] and HOLDER_BEFORE.search(self.text[s.start:subj.start])
                  and SENTENCE_OPENER.fullmatch(self.text[s.start:before[0].start])
                  and not DEFINED_AFTER.match(self.text, subj.end, at)):  # not "... who have psoriasis, a skin condition that causes"
                subj = before[0]  # "Psoriatic arthritis affects some people with psoriasis and causes ...": the opener
            k = before.index(subj)
            if k > 0 and subj.source == "abbreviation" and re.fullmatch(r"\s*\(\s*", self.text[before[k - 1].end:subj.start]):
                subj = before[k - 1]  # "Hidradenitis suppurativa (HS) is ...": the long form
            elif (lay := next((m for m in ms if m.label == "CONDITION" and m.end <= subj.start
                               and re.fullmatch(r"\s*\(\s*", self.text[m.end:subj.start])), None)):
                subj = lay  # "High blood sugar (hyperglycaemia) can cause ...": the name the page uses, not its gloss
        elif (cue.group(0).endswith(" of") or OCCUR_WITH.search(cue.group(0))) and (after := self.named_after(i, objects_from)):
            subj, objects_from = after, after.end  # "Symptoms of lupus include ...": objects after it
        elif (SIGNS_CUE.match(cue.group(0)) and re.match(r"\s*other\b", text, re.I) and (last := self.last_cause) is not None
              and 0 < i - last[0] <= 1 and self.sentences[last[0]].heading == s.heading):
            subj = last[1]  # "Anemia can cause tiredness. Other symptoms may include:": the same disease's
        elif SIGNS_CUE.match(cue.group(0)) and SIGNS_OPENING.fullmatch(text[:cue.start()]) and (framed := self.heading_disease(i)):
            subj = framed  # "Symptoms of ovarian cancer" / "Common symptoms include:"
        elif (SIGNS_CUE.match(cue.group(0)) and SIGNS_OPENING.fullmatch(text[:cue.start()])
              and not re.match(r"\s*other\b", text, re.I) and (closing := self.closing_disease(i))):
            subj = closing  # "... damages the pancreas and causes type 1 diabetes. Signs include thirst, ..."
        elif (re.search(r"\bones\s+(are|include)$", cue.group(0)) and SIGNS_CUE.search(text[:cue.start()])
              and (framed := self.heading_disease(i))):
            subj = framed  # "Symptoms of kidney cancer" / "When symptoms do happen, the most common ones are:"
        elif SIGNS_CUE.match(cue.group(0)) and re.fullmatch(r"\s*its\s+([\w-]+\s+)?", text[:cue.start()], re.I):
            subj = self.topic_disease(i)  # "ADHD is a ... disorder. Its core symptoms are ..."
        elif self.c["drug_anaphor"].search(text[:cue.start()]):
            subj = None  # "This medication may cause ...": a side effect, not a sign of a disease
        elif (self.c["anaphor"].search(text[:cue.start()]) or DEFINITE_ANAPHOR.match(text, SENTENCE_OPENER.match(text).end())
              or EFFECT_ANAPHOR.match(text, SENTENCE_OPENER.match(text).end())):
            subj = self.topic_disease(i)  # (also "Over time, the disease damages nerve cells, leading to ...")
            last = self.last_cause
            opener = min(self.by_sentence[i - 1], key=lambda m: m.start, default=None) if i > 0 else None
            drug_led = opener is not None and opener.label == "DRUG" and opener.start - self.sentences[i - 1].start <= 20
            if last is not None and re.search(r"\balso\b", text[:cue.start()], re.I) and 0 < i - last[0] <= 2 \
                    and self.sentences[last[0]].heading == s.heading and not drug_led:  # "Cephalexin may cause a rash. It can also ..."
                subj = last[1]  # "Osteoporosis can cause fractures. A broken bone is ... Over time, it can also cause .."
        else:
            subj = None
        if subj is None:
            return None
        # a negation before the subject belongs to another clause ("Don't take ondansetron if you have X, ... that can cause")
        lo = subj.end - s.start if s.start <= subj.start and subj.end <= at else 0
        negated = bool(self.c["negation"].search(text[lo:cue.start()]) or re.search(r"(\b(not|never)|n['’]t)(\s+(usually|always|often|normally|typically|necessarily|directly))?\s+$", text[lo:cue.start()], re.I))
        first = min((o.end for o in ms if o.label in DISEASES and o.start >= objects_from), default=None)
        # a subordinate clause after the first object holds no object, up to its comma ("nerve pain that
        # lingers long after the rash heals"; "blurred vision and, if it is not treated, vision loss")
        cut = self.c["cause_clause_end"].search(self.text, first, s.end) if first is not None else None
        comma = self.text.find(",", cut.end(), s.end) if cut else -1
        skip = (cut.start(), comma if comma >= 0 else s.end) if cut else (s.end, s.end)
        limit = self.next_cause_subject(i, cue)  # "Ichthyosis causes scaling, and Darier's disease causes ..."
        for o in ms:
            if (o.label in DISEASES and objects_from <= o.start < limit and not skip[0] <= o.start < skip[1] and key(o) != key(subj)
                    and not self.c["generic_object"].match(re.sub(r"^no\s+", "", o.text.lower()))  # "causes no symptoms"
                    and not self.gloss(o, ms)):  # "an enlarged spleen (splenomegaly)": one sign
                for sj in subjects or [subj]:
                    if key(o) != key(sj):
                        self.add("CAUSES", sj, o, i, negated=negated)
        if first is None and LIST_TAIL.fullmatch(self.text, objects_from, s.end):
            # "Along with plaques, psoriasis can cause:" and a list of signs, one per line
            j = i + 1
            while j < len(self.sentences) and self.sentences[j].kind == "list_item":
                for o in self.by_sentence[j]:
                    if o.label in DISEASES and key(o) != key(subj):
                        self.add("CAUSES", subj, o, j, negated=negated)
                j += 1
        return subj

    # -- ASSOCIATED_WITH ------------------------------------------------------------------

    def coordinated_after(self, d: Mention, pool: list[Mention]) -> list[Mention]:
        """d and the diseases coordinated after it ('DLBCL, Burkitt lymphoma or mature B-cell acute leukemia')."""
        run = [d]
        parens = self.brackets(d.sentence)
        for m in sorted((m for m in pool if m.start >= d.end), key=lambda m: m.start):
            if inside(m, parens):
                continue  # "(formerly called Wegener's granulomatosis)", "(GPA)"
            if not COORDINATION.match(blank_brackets(self.text[run[-1].end:m.start])):
                break
            run.append(m)
        return run

    def associated(self, i: int) -> None:
        s = self.sentences[i]
        ms = self.by_sentence[i]
        diseases = sorted((m for m in ms if m.label == "DISEASE"), key=lambda m: m.start)
        markers = sorted((m for m in ms if m.label == "BIOMARKER"), key=lambda m: m.start)
        for k, b in enumerate(markers):
            if self.drug_target(b) or (k > 0 and PAREN.match(self.text[markers[k - 1].end:b.start])):
                continue  # "anti-CD20 medicines"; "ANCA (anti-neutrophil cytoplasmic antibodies)": one statement
            if not diseases:
                # "Both are usually associated with ANCA": the diseases that open the sentence before
                if (self.c["plural_anaphor"].match(self.stext(i)) and self.c["associated"].search(self.text[s.start:b.start])
                        or IT_CAUSED_BY.match(self.stext(i))) and i > 0:
                    prev = sorted((m for m in self.by_sentence[i - 1] if m.label == "DISEASE"), key=lambda m: m.start)
                    if prev and prev[0].start - self.sentences[i - 1].start <= 5:
                        for d in self.coordinated_after(prev[0], prev):
                            self.add("ASSOCIATED_WITH", d, b, i, negated=bool(self.c["negation"].search(self.text[s.start:b.start])))
                continue
            def before_disease(m: Mention, d: Mention) -> bool:  # "KRAS G12C-mutated (locally advanced) NSCLC"
                gap = re.sub(r"\([^()]{1,30}\)", " ", self.text[m.end:d.start])  # "HER2-negative (HR+/HER2-) metastatic"
                return 0 <= d.start - m.end <= 2 or 0 <= d.start - m.end <= STATUS_GAP and status_only(gap, self.c["status"])

            def linked(d: Mention) -> bool:
                lo, hi = sorted((d.end, b.end))
                return before_disease(b, d) or bool(self.c["associated"].search(self.text[lo:hi]))
            last = b  # "MSI-H or dMMR colorectal cancer": coordinated biomarkers before one disease
            for nb in markers[k + 1:]:
                if not COORDINATION.match(self.text[last.end:nb.start]):
                    break
                last = nb
            head = next((d for d in diseases if before_disease(last, d)), None) if last is not b else None
            cands = [head] if head is not None else [d for d in diseases if linked(d)]
            if not cands and diseases and diseases[0].end < b.start and FRONTED_IN.fullmatch(self.text, s.start, diseases[0].start) \
                    and re.match(r"\s*(\([^()]*\)\s*)?,", self.text[diseases[0].end:b.start]):
                cands = [diseases[0]]  # "In Paget's disease, a raised alkaline phosphatase level is often the first clue"
            if not cands:
                continue
            d = min(cands, key=lambda m: abs(m.start - b.start))
            k = diseases.index(d)
            if k > 0 and d.end <= b.start and self.c["class_copula"].match(self.text[diseases[k - 1].end:d.start]):
                d = diseases[k - 1]  # "Cystic fibrosis is a genetic disease caused by ... the CFTR gene": the defined disease
            adjacent = head is not None or 0 <= d.start - b.end <= 2
            targets = self.coordinated_after(d, diseases) if adjacent else [d]  # "CD20-positive X, Y or Z"
            for d in targets:
                between = self.text[min(d.start, b.start):max(d.end, b.end)]
                negated = bool(self.c["negation"].search(between)) or (
                    b.start > d.end and bool(self.c["associated_negation"].search(self.text[max(s.start, b.start - 30):b.start])))
                self.add("ASSOCIATED_WITH", d, b, i, negated=negated)

    def citation(self, i: int) -> bool:
        """Sentence i is part of a reference-list line ("Bachelez H, et al. Trial of spesolimab for
        generalized pustular psoriasis. N Engl J Med. 2021."): a title, no statement of the page."""
        s = self.sentences[i]
        start = self.text.rfind("\n", 0, s.start) + 1
        end = self.text.find("\n", s.start)
        line = self.text[start:end if end >= 0 else len(self.text)]
        return bool(CITATION.match(line) and YEAR.search(line))

    def run(self) -> list[Relation]:
        for i, ms in enumerate(self.by_sentence):
            if self.sentences[i].kind == "heading" or self.citation(i):
                continue
            labels = {m.label for m in ms}
            if not labels.isdisjoint(DISEASES):  # every TREATS and CAUSES object is in its sentence
                self.treats(i)
                self.needs(i)
                self.fronted_for(i)
                self.examples_for(i)
                self.studied_not_approved(i)
                self.causes(i)
                self.paren_causes(i)
                self.cause_list(i)
                self.occurs_in(i)
                self.labelled_line(i)
                self.dashed_signs(i)
                self.sign_line(i)
            elif self.intro_line(i):
                self.causes(i)  # "Common symptoms include:" and the signs, one per line
            elif "DRUG" in labels:
                self.treated_with_list(i)
            if "BIOMARKER" in labels:
                self.associated(i)
        # "used to treat edema caused by heart failure": the drug treats the sign, its cause is no use
        treated = {(r.evidence_start, r.subject, self.objects[id(r)][0].mention_id) for r in self.out if r.relation == "TREATS"}
        self.out = [r for r in self.out if r.relation != "TREATS" or not any(
            (r.evidence_start, r.subject, sign) in treated for sign in self.signs_of.get(self.objects[id(r)][0].mention_id, ()))]
        seen, out = {}, []
        for r in sorted(self.out, key=lambda r: (r.evidence_start, r.relation, r.object_text, r.subject)):
            sig = (r.relation, r.subject, r.object, r.object_text.lower(), r.evidence_start, r.negated)
            if sig not in seen:
                seen[sig] = r
                out.append(r)
            else:
                kept = self.objects.setdefault(id(seen[sig]), [])
                kept += [m for m in self.objects.get(id(r), []) if m not in kept]
        for n, r in enumerate(out, start=1):
            r.relation_id = f"R{n}"
        return out


def relate(text: str, sentences: list[Sentence], mentions: list[Mention], title: str = "",
           extractor: str = "rules", drug: Mention | None = None) -> list[Relation]:
    """All relations of one page.  `drug`: the page's drug when the caller knows it and the
    page may not name it (a label section); used only when no drug of the page qualifies."""
    return PageRelations(text, sentences, mentions, title, extractor, drug).run()


def relate_objects(text: str, sentences: list[Sentence], mentions: list[Mention], title: str = "",
                   extractor: str = "rules", drug: Mention | None = None) -> list[tuple[Relation, list[Mention]]]:
    """relate(), each relation with its object mention and the object's restatements in the
    evidence sentence ("GERD ... GERD"), for span-level scoring (benchmarks/bench_rel.py)."""
    pr = PageRelations(text, sentences, mentions, title, extractor, drug)
    return [(r, pr.objects.get(id(r), [])) for r in pr.run()]
