"""Built-in equivalences of local-government and children's-services vocabulary.

Each group lists words and phrases a query treats as the same thing: acronyms (upper case) and
their expansions (lower case). Definitions a corpus writes itself ("Elective Home Education
(EHE)") are learned at ingest (see index.acronyms) and added to these."""
from __future__ import annotations

GLOSSARY: tuple[tuple[str, ...], ...] = (
    ("LAC", "CLA", "looked after children", "looked after child", "children looked after", "children in care"),
    ("CIN", "children in need", "child in need"),
    ("CP", "child protection"),
    ("CSE", "child sexual exploitation"),
    ("CCE", "child criminal exploitation"),
    ("MASH", "multi agency safeguarding hub"),
    ("SEND", "special educational needs and disabilities", "special educational needs and disability"),
    ("SEN", "special educational needs"),
    ("EHCP", "education health and care plan", "education health and care plans"),
    ("LSCB", "KSCB", "local safeguarding children board", "safeguarding children board"),
    ("DCS", "director of children's services", "director of childrens services"),
    ("SGO", "special guardianship order", "special guardianship orders"),
    ("ICPC", "initial child protection conference", "initial child protection conferences"),
    ("RCPC", "review child protection conference"),
    ("CAMHS", "child and adolescent mental health services", "child and adolescent mental health service"),
    ("EHE", "elective home education", "electively home educated"),
    ("NEET", "not in education employment or training"),
    ("UASC", "unaccompanied asylum seeking children", "unaccompanied asylum seeking child"),
    ("IRO", "independent reviewing officer", "independent reviewing officers"),
    ("LADO", "local authority designated officer"),
    ("YOT", "youth offending team"),
    ("ILACS", "inspection of local authority children's services"),
    ("JTAI", "joint targeted area inspection"),
    ("SCR", "serious case review"),
    ("CSPR", "child safeguarding practice review"),
    ("OSMC", "overview and scrutiny management committee"),
    ("DSG", "dedicated schools grant"),
    ("MTFS", "medium term financial strategy"),
    ("EqIA", "equality impact assessment"),
    ("KPI", "key performance indicator", "key performance indicators"),
    ("CQC", "care quality commission"),
    ("ICB", "integrated care board"),
    ("CCG", "clinical commissioning group"),
    ("PCC", "police and crime commissioner"),
    ("DfE", "department for education"),
    ("NHS", "national health service"),
)
