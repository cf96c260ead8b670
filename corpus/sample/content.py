"""The words of minutebook's own sample corpus: a fictional council, fictional people.

Northfield Borough Council's Children and Families Scrutiny Panel over 2023-2024 (elective
home education is the issue that keeps coming back), three consecutive meetings of the
Northfield Children's Partnership Board whose actions are created, carried forward and closed
(the action register's fixture), and an Ofsted-style inspection report. `corpus.sample.build` lays
these out as PDFs and derives the gold records from the same data.
"""
from __future__ import annotations

import functools

from corpus.sample.model import (
    ActionLog,
    Actions,
    ActionUpdate,
    Agenda,
    AgendaItem,
    Decision,
    GradesReported,
    Inspection,
    Item,
    Minutes,
    Para,
    Person,
    Report,
    Resolved,
    SampleAction,
    SampleFile,
    Section,
    StatusNote,
    Table,
)

COUNCIL = "Northfield Borough Council"
PANEL = "Children and Families Scrutiny Panel"
BOARD = "Northfield Children's Partnership Board"
TOWN_HALL = "Council Chamber, Northfield Town Hall"

# --- people -------------------------------------------------------------------------------
CLLR = "Councillor"
MARSH = Person("Helen Marsh", CLLR, role="Chair")
OKAFOR = Person("David Okafor", CLLR, role="Vice-Chair")
RAMAN = Person("Priya Raman", CLLR)
HADLEY = Person("Tom Hadley", CLLR)
WHITCOMBE = Person("Sarah Whitcombe", CLLR)
PELL = Person("Graham Pell", CLLR)
GRANT = Person("Fiona Grant", "Mrs", role="Parent Governor Representative")
LYLE = Person("Andrew Lyle", "Rev", role="Diocesan Representative")
BOOTH = Person("Janet Booth", CLLR, role="Cabinet Member for Children and Families")
DOYLE = Person("Karen Doyle", role="Director of Children's Services")
ELLISON = Person("Mark Ellison", role="Head of Inclusion and Attendance")
PENHALE = Person("Ruth Penhale", role="Elective Home Education Lead")
ASHBY = Person("Simon Ashby", role="Head of Home to School Transport")
TRAN = Person("Lucy Tran", role="Democratic Services Officer")

SIDDIQUI = Person("Imran Siddiqui", "Dr", organisation="Northfield Integrated Care Board")
ROWAN = Person("Claire Rowan", "Detective Superintendent", organisation="Westshire Police")
GREAVES = Person("Paula Greaves", organisation="Northfield Schools Alliance")
FERRIS = Person("Neil Ferris", organisation="Northfield Voluntary Action")
COLE = Person("Bernadette Cole", organisation="Westshire NHS Foundation Trust")
MOSS = Person("Alan Moss", organisation="Northfield College")
WHITFIELD = Person("Jo Whitfield", role="Partnership Business Manager")
BOARD_DOYLE = Person("Karen Doyle", organisation="Northfield Borough Council")
BOARD_BOOTH = Person("Janet Booth", CLLR, role="Chair")


def sitting_for(member: Person, absent: Person) -> Person:
    """`member` attending as the substitute of `absent`."""
    return Person(member.name, member.honorific, member.role, member.organisation, substitute_for=absent)


# --- Children and Families Scrutiny Panel, 12 June 2023 -------------------------------------
PANEL_2023_06 = Minutes(
    council=COUNCIL, body=PANEL, date="2023-06-12", date_text="Monday 12 June 2023",
    time_text="6.00 pm", venue="Committee Room 2, Northfield Town Hall",
    present=(MARSH, OKAFOR, RAMAN, HADLEY, sitting_for(PELL, WHITCOMBE), GRANT),
    apologies=(WHITCOMBE, LYLE),
    in_attendance=(BOOTH, DOYLE, ELLISON, PENHALE, ASHBY, TRAN),
    items=(
        Item("CFS/23/1", "Apologies for Absence and Substitutions", (
            Para("Apologies for absence were received from Councillor Sarah Whitcombe and Rev Andrew Lyle. "
                 "Councillor Graham Pell attended as a substitute for Councillor Whitcombe."),
        )),
        Item("CFS/23/2", "Declarations of Interest", (
            Para("Mrs Fiona Grant declared a non-pecuniary interest in item CFS/23/5 as a governor of a "
                 "special school in the borough."),
        )),
        Item("CFS/23/3", "Minutes of the Previous Meeting", (
            Resolved(("That the minutes of the meeting held on 13 March 2023 be approved as a correct "
                      "record and signed by the Chair.",)),
        )),
        Item("CFS/23/4", "Elective Home Education", (
            Para("The Head of Inclusion and Attendance introduced a report on Elective Home Education (EHE). "
                 "Parents have the right to educate their children at home, and the Council has a duty to "
                 "identify children who are not receiving a suitable education."),
            Para("The number of children registered as electively home educated had risen from 412 in "
                 "September 2021 to 587 in May 2023, in line with regional and national trends. Most "
                 "children were withdrawn from school in Years 9 and 10."),
            Para("Members asked how the quality of home education was checked. The Elective Home "
                 "Education Lead explained that families were offered a visit within 20 school days of "
                 "registration, but that parents were not obliged to accept it; around a third declined."),
            Para("Members expressed concern that some children were withdrawn after a dispute with their "
                 "school, or because their special educational needs were not being met."),
            Resolved((
                "That the report on Elective Home Education be noted.",
                "That the Head of Inclusion and Attendance provide a breakdown of EHE registrations by "
                "reason and by school year to the November meeting of the Panel.",
                "That the Chair write to the Secretary of State for Education supporting a statutory "
                "register of children not in school.",
            )),
        )),
        Item("CFS/23/5", "Special Educational Needs and Disabilities (SEND) Sufficiency", (
            Para("The Director of Children's Services presented an update on the sufficiency of places for "
                 "children with Special Educational Needs and Disabilities (SEND). The number of Education, "
                 "Health and Care Plans (EHCPs) had grown by 14 per cent in the year, and 63 children were "
                 "placed in independent special schools outside the borough."),
            Resolved((
                "That the SEND sufficiency update be noted.",
                "That the draft SEND Strategy 2024-2027 be brought to the Panel before it goes to Cabinet.",
            )),
        )),
        Item("CFS/23/6", "Home to School Transport", (
            Para("The Head of Home to School Transport reported that 41 complaints about late or missed "
                 "taxis had been received in the spring term, most on routes to special schools. A new "
                 "route-planning contract would start in September 2023."),
            Resolved(("That the Head of Home to School Transport report on the first term of the new "
                      "route-planning contract to the November meeting of the Panel.",)),
        )),
        Item("CFS/23/7", "Work Programme 2023/24", (
            Resolved(("That the work programme for 2023/24 be agreed, with a review of elective home "
                      "education added for the autumn.",)),
        )),
    ),
    closing="The meeting closed at 7.52 pm.",
)

# --- Children and Families Scrutiny Panel, 6 November 2023 ----------------------------------
EHE_PROTOCOL = SampleAction(
    "CFS-1", "Head of Inclusion and Attendance to circulate the EHE monitoring visit protocol to Panel "
    "members.", owner="Head of Inclusion and Attendance")

PANEL_2023_11 = Minutes(
    council=COUNCIL, body=PANEL, date="2023-11-06", date_text="Monday, 6th November, 2023",
    time_text="10.00 am", venue=TOWN_HALL,
    present=(MARSH, OKAFOR, RAMAN, WHITCOMBE, sitting_for(PELL, HADLEY), GRANT, LYLE),
    apologies=(HADLEY,),
    in_attendance=(BOOTH, ELLISON, PENHALE, ASHBY, TRAN),
    attendance_style="lines", resolved_heading="RESOLVED -",
    items=(
        Item("1", "Apologies and Substitutions", (
            Para("Apologies were received from Councillor Tom Hadley, for whom Councillor Graham Pell "
                 "attended as substitute."),
        )),
        Item("2", "Declarations of Interest", (Para("No interests were declared."),)),
        Item("3", "Minutes of the Previous Meeting", (
            Decision("The minutes of the meeting held on 12 June 2023 were approved as a correct record."),
            Para("Matters arising: the Chair confirmed that her letter to the Secretary of State for "
                 "Education about a register of children not in school had been sent on 3 July 2023 and "
                 "that a reply was awaited."),
        )),
        Item("4", "Elective Home Education: Reasons for Registration", (
            Para("The Head of Inclusion and Attendance presented the breakdown of EHE registrations the "
                 "Panel had asked for in June. Of the 251 families who gave a reason, 34 per cent cited "
                 "their child's anxiety or mental health, 19 per cent said their child's special "
                 "educational needs were not met in school and 12 per cent gave a philosophical or "
                 "religious preference."),
            Para("Members were concerned that home education was, for many families, not a free choice. "
                 "The Elective Home Education Lead described the monitoring visits made in the autumn "
                 "term and the protocol the team followed when a visit was refused."),
            Decision("It was agreed that the Panel would establish a task and finish group on elective home "
                     "education, chaired by Councillor Okafor, to report to the Panel in March 2024."),
            Actions((EHE_PROTOCOL,)),
        )),
        Item("5", "Home to School Transport: New Route-Planning Contract", (
            Para("The Head of Home to School Transport reported that complaints had fallen to 17 in the "
                 "autumn term. Three routes to special schools still depended on agency passenger "
                 "assistants."),
            Decision("It was agreed that the Panel would receive a further update on transport for pupils "
                     "with an Education, Health and Care Plan in March 2024."),
        )),
        Item("6", "Work Programme", (
            Decision("It was agreed that the work programme be updated to include the final report of the "
                     "elective home education task and finish group."),
        )),
        Item("7", "Date of Next Meeting", (
            Para("The next meeting of the Panel will be held on Monday 11 March 2024 at 10.00 am."),
        )),
    ),
)

# --- Children and Families Scrutiny Panel, 11 March 2024 (minutes printed in the July pack) --
PANEL_2024_03 = Minutes(
    council=COUNCIL, body=PANEL, date="2024-03-11", date_text="Monday 11 March 2024",
    time_text="10.00 am", venue=TOWN_HALL,
    present=(MARSH, OKAFOR, RAMAN, HADLEY, sitting_for(PELL, WHITCOMBE), GRANT),
    apologies=(WHITCOMBE, LYLE),
    in_attendance=(BOOTH, DOYLE, ELLISON, PENHALE, ASHBY, TRAN),
    resolved_heading="RESOLVED -",
    items=(
        Item("CFS/24/12", "Apologies and Substitutions", (
            Para("Apologies were received from Councillor Sarah Whitcombe, for whom Councillor Graham Pell "
                 "attended as substitute, and from Rev Andrew Lyle."),
        )),
        Item("CFS/24/13", "Declarations of Interest", (Para("There were no declarations of interest."),)),
        Item("CFS/24/14", "Minutes of the Previous Meeting", (
            Resolved(("That the minutes of the meeting held on 6 November 2023 be approved as a correct "
                      "record.",)),
            StatusNote(ActionUpdate(
                EHE_PROTOCOL, "done",
                "Matters arising: the Head of Inclusion and Attendance confirmed that the EHE monitoring "
                "visit protocol had been circulated to Panel members on 20 November 2023.")),
        )),
        Item("CFS/24/15", "Elective Home Education Task and Finish Group: Final Report", (
            Para("Councillor Okafor presented the final report of the task and finish group, which had met "
                 "five times and heard from parents, head teachers and the Elective Home Education Lead."),
            Para("The group found that children with SEND were over-represented among those "
                 "withdrawn from school, that one in five monitoring visits took place more than a term "
                 "after registration, and that families were not always told how to return to school."),
            Resolved((
                "That the final report of the Elective Home Education Task and Finish Group be endorsed.",
                "That the six recommendations of the Task and Finish Group be referred to Cabinet for "
                "consideration.",
                "That an annual update on elective home education be brought to the Panel in July 2024.",
            ), labels="(a)"),
        )),
        Item("CFS/24/16", "Home to School Transport for Children with an EHCP", (
            Para("The Head of Home to School Transport reported that all three agency-staffed routes now "
                 "had permanent passenger assistants."),
            Resolved(("That the update on home to school transport be noted.",)),
        )),
        Item("CFS/24/17", "Work Programme", (
            Resolved(("That the work programme for 2024/25 be agreed.",)),
        )),
    ),
    closing="The meeting closed at 12.05 pm.",
)

PANEL_2024_07_AGENDA = Agenda(
    council=COUNCIL, body=PANEL, date="2024-07-08", date_text="Monday 8 July 2024", time_text="10.00 am",
    venue=TOWN_HALL, issued_text="Friday 28 June 2024", contact=TRAN,
    members=(MARSH, OKAFOR, RAMAN, HADLEY, WHITCOMBE, GRANT, LYLE),
    items=(
        AgendaItem("1", "Apologies and Substitutions",
                   "To receive apologies for absence and to note any substitute members."),
        AgendaItem("2", "Declarations of Interest",
                   "Members are asked to declare any interests in the items on this agenda."),
        AgendaItem("3", "Minutes of the Previous Meeting",
                   "To approve the minutes of the meeting held on 11 March 2024.", document=1),
        AgendaItem("4", "Elective Home Education: Annual Update",
                   "To consider the annual update of the Head of Inclusion and Attendance.", document=2),
        AgendaItem("5", "Ofsted Inspection of Local Authority Children's Services",
                   "To receive a verbal update on the inspection held in May 2024."),
        AgendaItem("6", "Work Programme 2024/25", "To consider the Panel's work programme."),
    ),
)

PANEL_2024_07_REPORT = Report(
    council=COUNCIL, body=PANEL, date="2024-07-08", date_text="8 July 2024",
    title="Elective Home Education: Annual Update", report_of="Head of Inclusion and Attendance",
    sections=(
        Section("1. Purpose of the Report", (
            Para("This report updates the Panel on elective home education in Northfield in the school "
                 "year 2023/24 and on progress with the recommendations of the Panel's task and finish "
                 "group."),
        )),
        Section("2. Recommendations", (
            Para("That the Panel note the number of children electively home educated in 2023/24."),
            Para("That the Panel comment on the progress made against the task and finish group's "
                 "recommendations."),
        )),
        Section("3. Background", (
            Para("On 31 May 2024, 644 children were registered as electively home educated, compared with "
                 "587 a year earlier. 96 of them had an Education, Health and Care Plan (EHCP). 71 per cent "
                 "of families accepted a monitoring visit, up from 66 per cent."),
        )),
        Section("4. Progress against the Task and Finish Group Recommendations", (
            Table((
                ("Recommendation", "Progress"),
                ("Visit every newly registered family within 20 school days", "Achieved for 88% of families"),
                ("Publish a guide to returning to school", "Published April 2024"),
                ("Review every EHE registration of a child with an EHCP", "Reviews under way"),
            )),
        )),
        Section("5. Contact Officer", (
            Para("Mark Ellison, Head of Inclusion and Attendance, mark.ellison@northfield.example.gov.uk"),
        )),
    ),
)

# --- Children and Families Scrutiny Panel, 4 November 2024 ----------------------------------
PANEL_2024_11 = Minutes(
    council=COUNCIL, body=PANEL, date="2024-11-04", date_text="4 November 2024",
    time_text="10.00 am", venue=TOWN_HALL,
    present=(MARSH, OKAFOR, RAMAN, HADLEY, WHITCOMBE, GRANT),
    apologies=(LYLE,),
    in_attendance=(BOOTH, DOYLE, ELLISON, ASHBY, TRAN),
    attendance_style="table", resolved_heading="It was RESOLVED:",
    items=(
        Item("1", "Apologies and Substitutions", (
            Para("Apologies were received from Rev Andrew Lyle. There were no substitutions."),
        )),
        Item("2", "Declarations of Interest", (Para("No interests were declared."),)),
        Item("3", "Minutes of the Previous Meeting", (
            Resolved(("That the minutes of the meeting held on 8 July 2024 be approved as a correct "
                      "record.",)),
        )),
        Item("4", "Ofsted Inspection of Local Authority Children's Services", (
            GradesReported(
                "The Director of Children's Services presented the outcome of the Ofsted inspection of "
                "May 2024: children's services were judged Good overall, with the experiences and "
                "progress of care leavers judged to require improvement.",
                (("Overall effectiveness", "Good"),
                 ("The experiences and progress of care leavers", "Requires improvement to be good")), 2024),
            Para("Members noted that inspectors had asked for better oversight of children who are "
                 "electively home educated and known to children's social care."),
            Resolved((
                "That the outcome of the inspection be noted and staff be thanked for their work.",
                "That the improvement plan for care leavers be brought to the Panel in March 2025.",
            ), labels="(1)"),
        )),
        Item("5", "Elective Home Education: Cabinet Response to the Task and Finish Group", (
            Para("The Cabinet Member for Children and Families reported that Cabinet had accepted five of "
                 "the six recommendations on elective home education; a dedicated EHE caseworker for "
                 "children with SEND had not been funded."),
            Resolved((
                "That the Cabinet response to the Task and Finish Group be welcomed.",
                "That the Panel monitor the implementation of the elective home education recommendations "
                "through six-monthly updates.",
            ), labels="(1)"),
        )),
        Item("6", "Home to School Transport Policy 2025/26", (
            Decision("It was agreed that the Panel's comments on the draft Home to School Transport Policy "
                     "2025/26 be submitted to the consultation by the Chair."),
        )),
    ),
    closing="The meeting closed at 11.48 am.",
)

# --- Northfield Children's Partnership Board: the action register's series -------------------
LETTER_DFE = SampleAction(
    "CPB-1", "Clerk to write to the Department for Education asking for data on children missing "
    "education to be published termly.", owner="Clerk", due="2023-10-31", due_text="31/10/2023")
PROTOCOL = SampleAction(
    "CPB-2", "Paula Greaves to share the schools' attendance protocol with Board members by 31 October "
    "2023.", owner="Paula Greaves", due="2023-10-31", due_text="31/10/2023")
CAMHS_DATA = SampleAction(
    "CPB-3", "Dr Siddiqui to bring CAMHS waiting time data by school to the next meeting.",
    owner="Imran Siddiqui", due="2023-12-14", due_text="Next meeting")
DIRECTORY = SampleAction(
    "CPB-4", "Neil Ferris to circulate the directory of voluntary sector wellbeing services.",
    owner="Neil Ferris", due="2023-12-14", due_text="14/12/2023")
COMPLAINTS = SampleAction(
    "CPB-5", "Provide a breakdown of home to school transport complaints by route.",
    owner="Simon Ashby", due="2024-03-21", due_text="21/03/2024")
ASSISTANTS = SampleAction(
    "CPB-6", "Raise the shortage of passenger assistants with the Cabinet Member for Children and "
    "Families.", owner="Karen Doyle", due="2024-01-31", due_text="31/01/2024")
SCHOOLS_FORUM = SampleAction(
    "CPB-7", "Ruth Penhale to present the EHE task and finish group recommendations to the Schools Forum.",
    owner="Ruth Penhale", due="2024-06-20")
RECRUITMENT = SampleAction(
    "CPB-8", "Simon Ashby to report on passenger assistant recruitment at the next meeting.",
    owner="Simon Ashby", due="2024-06-20")

# the Board always meets at the same time and place, and its clerk always uses the same layout
board_minutes = functools.partial(
    Minutes, council=COUNCIL, body=BOARD, time_text="2.00 pm", venue="Meeting Room 1, Northfield Civic Centre",
    attendance_style="organisation_table", heading_style="fields", item_number_suffix=".")

BOARD_2023_09 = board_minutes(
    date="2023-09-21", date_text="Thursday 21 September 2023",
    present=(BOARD_BOOTH, BOARD_DOYLE, SIDDIQUI, ROWAN, GREAVES, FERRIS, MOSS),
    apologies=(COLE,),
    in_attendance=(ELLISON, WHITFIELD),
    items=(
        Item("1", "Welcome and Apologies", (
            Para("The Chair welcomed members. Apologies were received from Bernadette Cole."),
        )),
        Item("2", "Minutes and Matters Arising", (
            Decision("The minutes of the meeting held on 15 June 2023 were agreed as an accurate record."),
        )),
        Item("3", "School Attendance and Children Missing Education", (
            Para("Mark Ellison reported that persistent absence in secondary schools was 24 per cent, and "
                 "that 38 children were recorded as missing education. Some of them had been removed from "
                 "school rolls to be electively home educated and could not be traced."),
            Decision("Board members agreed that the Chair would ask for national data, so that Northfield "
                     "could be compared with similar areas."),
            Actions((LETTER_DFE, PROTOCOL)),
        )),
        Item("4", "Emotional Wellbeing and Mental Health", (
            Para("Dr Siddiqui said that the median wait for a first appointment with Child and Adolescent "
                 "Mental Health Services (CAMHS) was 19 weeks. Schools reported that anxiety was the most "
                 "common reason for long-term absence."),
            Actions((CAMHS_DATA, DIRECTORY)),
        )),
        Item("5", "Any Other Business", (
            Decision("It was agreed that the December meeting would focus on home to school transport."),
        )),
    ),
    closing="Date of next meeting: Thursday 14 December 2023, 2.00 pm.",
)

BOARD_2023_12 = board_minutes(
    date="2023-12-14", date_text="Thursday 14 December 2023",
    present=(BOARD_BOOTH, BOARD_DOYLE, SIDDIQUI, GREAVES, FERRIS, COLE, MOSS),
    apologies=(ROWAN,),
    in_attendance=(ASHBY, WHITFIELD),
    items=(
        Item("1", "Welcome and Apologies", (
            Para("Apologies were received from Detective Superintendent Claire Rowan."),
        )),
        Item("2", "Minutes of the Previous Meeting", (
            Decision("The minutes of the meeting held on 21 September 2023 were agreed as an accurate record."),
        )),
        Item("3", "Action Log", (
            Para("The Board reviewed the action log from the meeting held on 21 September 2023."),
            ActionLog((
                ActionUpdate(LETTER_DFE, "carried forward", "Carried forward: draft letter with the Chair"),
                ActionUpdate(PROTOCOL, "done", "Complete"),
                ActionUpdate(CAMHS_DATA, "carried forward", "Carried forward to March 2024"),
                ActionUpdate(DIRECTORY, "carried forward", "In progress"),
            )),
        )),
        Item("4", "Home to School Transport", (
            Para("Simon Ashby described the new route-planning contract. Complaints had fallen, but the "
                 "service was short of passenger assistants for pupils with complex needs."),
            Actions((COMPLAINTS, ASSISTANTS), style="table"),
        )),
        Item("5", "Any Other Business", (Para("There was no other business."),)),
    ),
    closing="Date of next meeting: Thursday 21 March 2024, 2.00 pm.",
)

BOARD_2024_03 = board_minutes(
    date="2024-03-21", date_text="Thursday 21 March 2024",
    present=(BOARD_BOOTH, BOARD_DOYLE, SIDDIQUI, ROWAN, GREAVES, FERRIS, COLE),
    apologies=(MOSS,),
    in_attendance=(ASHBY, PENHALE, WHITFIELD),
    items=(
        Item("1", "Welcome and Apologies", (Para("Apologies were received from Alan Moss."),)),
        Item("2", "Minutes and Matters Arising", (
            Decision("The minutes of the meeting held on 14 December 2023 were agreed as an accurate record."),
            StatusNote(ActionUpdate(
                LETTER_DFE, "done",
                "Matters arising: the Clerk confirmed the letter to the Department for Education about "
                "children missing education had been sent.")),
            StatusNote(ActionUpdate(
                DIRECTORY, "done",
                "Neil Ferris reported that the directory of voluntary sector wellbeing services had been "
                "circulated to Board members on 9 January 2024.")),
            StatusNote(ActionUpdate(
                CAMHS_DATA, "carried forward",
                "Dr Siddiqui explained that CAMHS waiting time data by school was not yet available and "
                "would be brought to the June meeting.")),
        )),
        Item("3", "Elective Home Education", (
            Para("Ruth Penhale presented the findings of the Scrutiny Panel's task and finish group on "
                 "elective home education. Board members discussed how health visitors and school nurses "
                 "could support families who home educate."),
            Actions((SCHOOLS_FORUM,)),
        )),
        Item("4", "Home to School Transport", (
            StatusNote(ActionUpdate(
                COMPLAINTS, "done",
                "Simon Ashby presented the breakdown of home to school transport complaints by route, which "
                "showed that most complaints concerned four routes to special schools.")),
            Decision("It was agreed that the Board would write to the transport operators on those four "
                     "routes to ask for an improvement plan."),
            Actions((RECRUITMENT,)),
        )),
    ),
    closing="Date of next meeting: Thursday 20 June 2024, 2.00 pm.",
)

# --- Inspection report ------------------------------------------------------------------------
INSPECTION_2024 = Inspection(
    council=COUNCIL, title="Inspection of Northfield local authority children's services",
    dates_text="Inspection dates: 13 May to 24 May 2024",
    published_text="Published: 28 June 2024", inspector="Hannah Wilde, His Majesty's Inspector", year=2024,
    judgements=(
        ("The impact of leaders on social work practice with children and families", "Good"),
        ("The experiences and progress of children who need help and protection", "Good"),
        ("The experiences and progress of children in care", "Good"),
        ("The experiences and progress of care leavers", "Requires improvement to be good"),
        ("Overall effectiveness", "Good"),
    ),
    summary=(
        "Children in Northfield receive help that is timely and proportionate to their needs. Since the "
        "last inspection, leaders have strengthened the front door and reduced the caseloads of social "
        "workers.",
        "Care leavers do not yet receive consistently good support: too few have an up-to-date pathway plan "
        "and the choice of suitable homes for young people leaving care is limited.",
    ),
    improvements=(
        "The quality and timeliness of pathway plans for care leavers.",
        "The availability of suitable homes for care leavers aged 18 to 21.",
        "The oversight of children who are electively home educated and known to children's social care.",
    ),
    recommendations=(
        "Ensure that every care leaver has an up-to-date pathway plan written with them.",
        "Increase the range of suitable homes for care leavers, including staying close arrangements.",
        "Ensure that social workers know which children on their caseload are electively home educated "
        "and that visits check the suitability of their education.",
    ),
    findings=(
        Section("The experiences and progress of children who need help and protection: good", (
            Para("Children who need help and protection are seen promptly and their views inform their "
                 "plans. Children with special educational needs and disabilities (SEND) are well "
                 "supported by a specialist disabled children's team."),
            Para("Leaders know the number of children who are electively home educated, but social workers "
                 "do not always know when a child they support is removed from a school roll."),
        )),
        Section("The experiences and progress of care leavers: requires improvement to be good", (
            Para("Personal advisers know their young people well, but pathway plans are often out of date "
                 "and do not reflect young people's aspirations."),
        )),
    ),
)

SAMPLE_FILES = (
    SampleFile("northfield-cfs-panel-2023-06-12-minutes", (PANEL_2023_06,),
               header=f"{PANEL} - 12 June 2023"),
    SampleFile("northfield-cfs-panel-2023-11-06-minutes", (PANEL_2023_11,),
               header=f"{PANEL} - 6 November 2023"),
    SampleFile("northfield-cfs-panel-2024-07-08-agenda-pack",
               (PANEL_2024_07_AGENDA, PANEL_2024_03, PANEL_2024_07_REPORT),
               stamps={1: "Agenda Item 3", 2: "Agenda Item 4"},
               document_headers={1: f"{PANEL} - 11 March 2024"}),
    SampleFile("northfield-cfs-panel-2024-11-04-minutes", (PANEL_2024_11,),
               header=f"{COUNCIL} - {PANEL}", page_footer="Page {n}"),
    SampleFile("northfield-partnership-board-2023-09-21-minutes", (BOARD_2023_09,),
               header=BOARD, page_footer="{n}"),
    SampleFile("northfield-partnership-board-2023-12-14-minutes", (BOARD_2023_12,),
               header=BOARD, page_footer="{n}"),
    SampleFile("northfield-partnership-board-2024-03-21-minutes", (BOARD_2024_03,),
               header=BOARD, page_footer="{n}"),
    SampleFile("northfield-ofsted-ilacs-2024", (INSPECTION_2024,),
               header="Ofsted inspection of Northfield local authority children's services"),
)
