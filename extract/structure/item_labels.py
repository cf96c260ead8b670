"""Labels that open a line ("Planning: two applications ...") but never title an item.

Minutes that number nothing often title their items as run-in labels ("Matters Arising: The
Clerk reported ...", "Correspondence:"). The same "Label:" shape also opens the meeting's header
(who attended) and the fields of one record ("Proposed:", "Date:", "Notice:"); these words tell
them apart. Lower case, without full stops.
"""
from __future__ import annotations

# A label holding one of these words belongs to the attendance block of the header.
ATTENDANCE_WORDS = frozenset("present apologies apology regrets attending attendance absent attendees".split())

# Labels of a field inside a record, a table row or a signing-off block.
FIELD_LABELS = frozenset(
    "proposed seconded moved resolved agreed carried lost action actions owner due deadline date dated time"
    " venue location place notice note notes recommendation recommendations decision decisions outcome vote"
    " votes result results manager attorney address contact email tel telephone phone signed signature chair"
    " chairman chairperson clerk mayor ref reference cost costs amount total status update response reply"
    " question answer comment comments purpose summary background author lead officer staff guests".split())

# A figure before a street's name is a house number, not an item's: "78 Lansdowne Street" in the
# address of a letter bound into a pack ("7. High Street", with its full stop, may be an item).
STREET_WORDS = frozenset(
    "street road avenue lane drive way crescent court place boulevard highway close terrace square".split())
