"""Vocabularies the action register reads later minutes with: how minutes say an action is done
or still going, which items review earlier actions, and words too common to match on.

Kept as data, one constant per concern, so a council's own wording is a one-line addition."""
from __future__ import annotations

# Values of an action table's Status column, and the words a clerk writes after an action in
# "Matters arising" ("Action 3 - complete"). Compared after casefolding and squashing spaces.
# "Open" / "Not started" say nothing new: on a new action it is open, on a re-listed one the
# re-listing itself says it was carried forward.
DONE_STATUSES = (
    "complete", "completed", "done", "closed", "achieved", "actioned", "discharged", "delivered",
    "resolved", "finished", "no further action", "nfa", "green", "cleared",
    # Closed without being done; the register has no separate status for them, the evidence
    # keeps the word.
    "superseded", "withdrawn", "no longer required", "cancelled", "canceled", "dropped",
)
CARRIED_STATUSES = (
    "ongoing", "on going", "in progress", "carried forward", "carry forward", "c/f", "cf", "c/fwd",
    "b/f", "brought forward", "outstanding", "pending", "deferred", "on hold", "underway",
    "partially complete", "partly complete", "delayed", "amber",
    "red", "rolled forward", "to be carried forward", "awaiting", "still outstanding",
)

# A sentence of later minutes that says the thing was done ("the letter had been sent",
# "newsletter was circulated", "Action completed").
DONE_MARKERS = (
    r"\bcomplete[d]?\b", r"\bdone\b", r"\bclosed\b", r"\bactioned\b", r"\bachieved\b",
    r"\bfinished\b", r"\bdelivered\b", r"\bha(?:s|ve|d) been\b", r"\bhad\s+\w+(?:ed|en|t)\b",
    r"\b(?:was|were)\s+\w+(?:ed|en|t)\b", r"\bha(?:s|ve)\s+\w+(?:ed|en|t)\b", r"\bconfirmed that\b",
    r"\bnow in place\b",
)
# Irregular past tenses of the verbs actions use; "<owner> <past tense>" ("Simon Ashby presented
# the breakdown", "the Clerk wrote to ...") records the thing done. Regular ones end in -ed.
IRREGULAR_PAST = frozenset("""
sent wrote written gave given made took taken brought met spoke held put set built bought paid told
found led read ran won sought sold shared drew drawn
""".split())

# Past tenses that report talk, not the deed: "Board members discussed the sponsor roles".
TALK_PAST = frozenset("""
noted discussed agreed asked requested considered welcomed thanked queried reported explained
questioned raised expressed suggested proposed felt commented stated advised informed highlighted
acknowledged recognised recognized emphasised emphasized mentioned confirmed undertook offered
""".split())

# A sentence that says it is still going; checked before DONE_MARKERS because "has not yet been
# sent" also contains "has been"-like words.
CARRIED_MARKERS = (
    r"\bongoing\b", r"\bin progress\b", r"\bcarried forward\b", r"\bc/f\b", r"\boutstanding\b",
    r"\bstill\b", r"\bnot yet\b", r"\bawaiting\b", r"\bpending\b", r"\bdeferred\b",
    r"\bcontinu(?:e|es|ed|ing) to\b", r"\bremains?\b", r"\bdelayed\b", r"\bchas(?:e|ed|ing)\b",
    r"\bnot\b", r"\bn't\b", r"\bto be\b", r"\bwill\b", r"\bawait\b",
)

# Item titles under which minutes review the actions of earlier meetings. Any later item may
# record a thing done, but these items are where clerks say so, so matching there is looser.
REVIEW_ITEM_WORDS = (
    "matters arising", "action log", "action tracker", "actions log", "action list", "action sheet",
    "actions from", "action points", "review of actions", "outstanding actions", "previous actions",
    "progress on actions", "update on actions", "minutes of the previous", "minutes of the last",
)

# Phrases that put an action's due date at the next meeting of the same body.
NEXT_MEETING_PATTERN = r"\b(?:by|before|at|to|for|until|in time for)\s+(?:the\s+)?next\s+(?:\w+\s+){0,2}meeting\b"

# Honorifics dropped when comparing owners ("Cllr Anderson" is "Anderson").
HONORIFICS = (
    "cllr", "councillor", "county councillor", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir",
    "dame", "rev", "the",
)

# Words that carry no meaning of their own when matching an action to a later mention.
STOPWORDS = frozenset("""
a an and are as at be been being by for from had has have he her his in into is it its of on or
our so than that the their them then there these they this those to was we were which who will
with would should could can may might shall also all any each other again further more most
very such only own same just not no nor too s t now re ve ll d action actions item items minute
minutes meeting meetings agreed noted asked requested reported updated said
""".split())
