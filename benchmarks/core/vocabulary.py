"""The words the generated register is written in: functions, budget headings, owners, titles."""

FUNCTIONS = (
    "Major Crime Investigation", "Firearms Training", "Forensic Services", "Professional Standards",
    "Occupational Health", "Legal Services", "Procurement", "Fleet Management", "ICT Shared Service",
    "Serious and Organised Crime", "Roads Policing", "Dog Section", "Collision Investigation",
    "Payroll and HR Transactional Services", "Cyber Crime Unit", "Economic Crime", "Vetting",
    "Learning and Development", "Witness Care", "Custody Health Care", "Criminal Justice Unit",
    "Armed Policing", "Public Order Training", "Digital Forensics", "Information Management",
)
DEPARTMENTS = (
    "Local Policing", "Crime and Justice", "Operational Support", "Specialist Operations",
    "Public Contact", "Corporate Services", "Estates", "ICT", "Fleet", "People Services",
    "Finance", "Professional Standards", "Office of the Commissioner", "Collaboration Contributions",
    "Capital Financing", "Central Costs",
)
SUBJECTIVES = (
    "Police officer pay", "Police staff pay", "PCSO pay", "Overtime", "Allowances", "Pensions",
    "Training", "Premises", "Transport", "Supplies and services", "Third party payments", "Income",
)
OWNERS = (
    "Chief Finance Officer", "Chief Executive", "Deputy Chief Constable", "Head of Estates",
    "Head of ICT", "Director of Finance", "Head of HR", "Head of Performance", "Monitoring Officer",
    "Head of Corporate Services", "Assistant Chief Constable", "Head of Procurement",
)
ACTION_TEXTS = (
    "Report back to the Board on {t} in six months",
    "Circulate the revised {t} paper to members",
    "Bring the {t} business case to the next meeting",
    "Confirm the savings profile for {t}",
    "Seek legal advice on the {t} agreement",
    "Update the risk register for {t}",
    "Arrange a workshop on {t} for members",
)
NOTICE_SUBJECTS = (
    "Approval of the {t} collaboration agreement", "Award of contract for {t}",
    "Revenue budget virement: {t}", "Capital scheme approval: {t}", "Variation of the {t} agreement",
    "Grant funding: {t}", "Disposal of property: {t}", "Precept and budget: {t}",
)
AGENDA_FIXED = ("Welcome and apologies", "Minutes of the previous meeting and matters arising")
