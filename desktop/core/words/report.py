"""The fixed words of the panel report, its publication review and the force's response table.

Part of the one catalogue (`desktop.core.words`): look a text up there with `say`.
"""

from __future__ import annotations

from desktop.core.words.entry import Words

REPORT: dict[str, Words] = {
    "report.report": Words("Panel report", "Adroddiad y panel"),
    "report.report_title": Words("{panel}: {round}", "{panel}: {round}"),
    "report.scrutiny_of": Words("Scrutiny of {force} case files", "Craffu ar ffeiliau achos {force}"),
    "report.published": Words(
        "Published version: members are not named.",
        "Fersiwn gyhoeddedig: nid yw'r aelodau'n cael eu henwi.",
    ),
    "report.internal": Words("Internal version: not for publication.", "Fersiwn fewnol: nid i'w chyhoeddi."),
    "report.generated": Words("Prepared on {date}", "Paratowyd ar {date}"),
    "report.confirmed": Words(
        "Before publication the panel's coordinator read every text that members and the panel wrote, and "
        "kept, edited or blanked each one; the last was confirmed on {date} at {time} UTC (coordinator's "
        "key fingerprint {fingerprint}).",
        "Cyn cyhoeddi, darllenodd cydlynydd y panel bob testun a ysgrifennodd yr aelodau a'r panel, a "
        "chadw, golygu neu wagio pob un; cadarnhawyd yr olaf ar {date} am {time} UTC (ôl bys allwedd y "
        "cydlynydd {fingerprint}).",
    ),
    "report.contents": Words("Contents", "Cynnwys"),
    "report.background": Words("Background", "Cefndir"),
    "report.meeting": Words("The panel met on {date} ({form}).", "Cyfarfu'r panel ar {date} ({form})."),
    "report.meeting_unknown": Words(
        "The meeting date has not been recorded.",
        "Nid yw dyddiad y cyfarfod wedi'i gofnodi.",
    ),
    "report.in_person": Words("in person", "wyneb yn wyneb"),
    "report.virtual": Words("a virtual meeting", "cyfarfod rhithwir"),
    "report.written": Words("a remote written review", "adolygiad ysgrifenedig o bell"),
    "report.attended": Words("Members attending: {names}.", "Aelodau'n bresennol: {names}."),
    "report.attended_count": Words("{members} attended.", "Roedd {members} yn bresennol."),
    "report.quorate": Words("The panel was quorate.", "Roedd y panel yn gworwm."),
    "report.not_quorate": Words("The panel was not quorate.", "Nid oedd y panel yn gworwm."),
    "report.sample": Words("The sample", "Y sampl"),
    "report.sample_cases": Words(
        "Members reviewed {case_files}, each by {members}, using the checklist “{template}” "
        "(version {version}).",
        "Adolygodd yr aelodau {case_files}, pob un gan {members}, gan ddefnyddio'r rhestr "
        "wirio “{template}” (fersiwn {version}).",
    ),
    "report.period": Words("Period covered: {text}", "Y cyfnod dan sylw: {text}"),
    "report.method": Words("How the cases were chosen: {text}", "Sut y dewiswyd yr achosion: {text}"),
    # How far members had got with the reviews used (reports.review_progress).
    "report.progress_all": Words(
        "All {total} reviews used were marked complete by their members.",
        "Nodwyd pob un o'r {total} adolygiad a ddefnyddiwyd yn gyflawn gan eu haelodau.",
    ),
    "report.progress_some.one": Words(
        "Of the {total} review used, {parts}.", "O'r {total} adolygiad a ddefnyddiwyd, {parts}."
    ),
    "report.progress_some.other": Words(
        "Of the {total} reviews used, {parts}.", "O'r {total} adolygiad a ddefnyddiwyd, {parts}."
    ),
    "report.progress_complete.one": Words("{n} was marked complete", "nodwyd {n} yn gyflawn"),
    "report.progress_complete.other": Words("{n} were marked complete", "nodwyd {n} yn gyflawn"),
    "report.progress_in_progress.one": Words("{n} was still in progress", "roedd {n} yn dal ar waith"),
    "report.progress_in_progress.other": Words("{n} were still in progress", "roedd {n} yn dal ar waith"),
    "report.progress_deferred.one": Words("{n} was deferred", "roedd {n} wedi'i ohirio"),
    "report.progress_deferred.other": Words("{n} were deferred", "roedd {n} wedi'u gohirio"),
    "report.progress_not_started.one": Words("{n} was not yet started", "nid oedd {n} wedi'i ddechrau"),
    "report.progress_not_started.other": Words("{n} were not yet started", "nid oedd {n} wedi'u dechrau"),
    "report.case_progress": Words(
        "{complete} of {total} reviews complete", "Adolygiadau wedi'u cwblhau: {complete} o {total}"
    ),
    "report.case_in_progress": Words("{n} in progress", "ar waith: {n}"),
    "report.case_deferred": Words("{n} deferred", "wedi'u gohirio: {n}"),
    "report.case_not_started": Words("{n} not started", "heb eu dechrau: {n}"),
    # Which reviews are unfinished, for the coordinator's eyes only (services.unfinished_reviews).
    "unfinished.case": Words("{reference}: {members}", "{reference}: {members}"),
    "unfinished.member": Words("{member} ({status})", "{member} ({status})"),
    "unfinished.more": Words(
        "other cases not listed here: {count}", "achosion eraill heb eu rhestru yma: {count}"
    ),
    "report.definitions": Words("Definitions used", "Diffiniadau a ddefnyddiwyd"),
    "report.by_type": Words("Cases reviewed by type and strand", "Achosion a adolygwyd yn ôl math a llinyn"),
    "report.type": Words("Type", "Math"),
    "report.strand": Words("Strand", "Llinyn"),
    "report.cases": Words("Cases", "Achosion"),
    "report.total": Words("Total", "Cyfanswm"),
    "report.findings": Words("Findings case by case", "Canfyddiadau fesul achos"),
    "report.case": Words("Case {n}: {reference}", "Achos {n}: {reference}"),
    "report.case_plain": Words("Case {n}", "Achos {n}"),
    "report.reviewed_by": Words("Reviewed by {names}.", "Adolygwyd gan {names}."),
    "report.panel_comment": Words("The panel's findings", "Canfyddiadau'r panel"),
    "report.good_practice": Words("Good practice", "Arfer da"),
    "report.learning": Words("Areas for learning", "Meysydd i ddysgu ohonynt"),
    "report.criteria": Words(
        "Detailed findings: cases by finding",
        "Canfyddiadau manwl: achosion yn ôl canfyddiad",
    ),
    "report.criteria_intro": Words(
        "For each question, how many cases had each finding. “Unable to agree” counts splits the panel left "
        "unresolved; a split the panel decided is counted under its decision.",
        "Ar gyfer pob cwestiwn, faint o achosion a gafodd bob canfyddiad. Mae “Methu cytuno” yn cyfrif "
        "achosion lle'r oedd yr aelodau'n anghytuno ac na phenderfynodd y panel; mae penderfyniad y panel "
        "yn cael ei gyfrif o dan y penderfyniad hwnnw.",
    ),
    "report.question": Words("Question", "Cwestiwn"),
    "report.comments": Words("Comments", "Sylwadau"),
    "report.criterion": Words("Criteria", "Meini prawf"),
    "report.case_count": Words("Number of cases", "Nifer yr achosion"),
    "report.criteria_left_out": Words(
        "Answers that no case had are left out.",
        "Mae atebion nad oedd gan yr un achos wedi'u gadael allan.",
    ),
    "report.agreement": Words("Agreement between members", "Cytundeb rhwng aelodau"),
    "report.agreement_intro": Words(
        "How consistently members answered each question, across the cases two or more of them reviewed. 1 "
        "is complete agreement and 0 no more than chance. Low agreement usually points to a question "
        "members read differently, not to a poor case.",
        "Pa mor gyson yr atebodd yr aelodau bob cwestiwn, ar draws yr achosion a adolygwyd gan ddau neu fwy "
        "ohonynt. Mae 1 yn gytundeb llwyr a 0 yn ddim gwell na siawns. Fel arfer mae cytundeb isel yn "
        "awgrymu cwestiwn y mae aelodau'n ei ddeall yn wahanol, nid achos gwael.",
    ),
    "report.kappa": Words("Fleiss' kappa", "Kappa Fleiss"),
    "report.alpha": Words("Krippendorff's alpha", "Alffa Krippendorff"),
    "report.ac1": Words("Gwet's AC1", "AC1 Gwet"),
    "report.compared": Words("Cases compared", "Achosion a gymharwyd"),
    "report.low": Words("Low: check the question's wording", "Isel: gwiriwch eiriad y cwestiwn"),
    "report.not_defined": Words("not defined", "heb ei ddiffinio"),
    "report.summary": Words("Summary", "Crynodeb"),
    "report.summary_splits": Words(
        "Members were unable to agree on {findings}, in {cases}.",
        "Ni allai'r aelodau gytuno ar {findings}, yn {cases}.",
    ),
    "report.summary_splits_refs": Words(
        "Members were unable to agree on {findings}, in cases {cases}.",
        "Ni allai'r aelodau gytuno ar {findings}, yn achosion {cases}.",
    ),
    "report.observations": Words(
        "Observations and the force's responses",
        "Arsylwadau ac ymatebion yr heddlu",
    ),
    "report.observation": Words("Observation", "Arsylwad"),
    "report.response": Words("Force response", "Ymateb yr heddlu"),
    "report.no_response": Words("Awaiting the force's response.", "Yn aros am ymateb yr heddlu."),
    "report.from_cases": Words("From cases: {cases}", "O achosion: {cases}"),
    "report.recommendations": Words("Recommendations", "Argymhellion"),
    "report.recommendation": Words("Recommendation", "Argymhelliad"),
    "report.status": Words("Status", "Statws"),
    "report.update": Words("Update", "Diweddariad"),
    "report.assessment": Words("Commissioner's team assessment", "Asesiad tîm y Comisiynydd"),
    "report.due": Words("Due {date}", "Erbyn {date}"),
    "report.owner": Words("Owner: {owner}", "Perchennog: {owner}"),
    "report.merged_into": Words(
        "Merged into recommendation {number}.",
        "Wedi'i gyfuno ag argymhelliad {number}.",
    ),
    "report.evidence": Words("Evidence the members cited", "Tystiolaeth a nodwyd gan yr aelodau"),
    "report.evidence_intro": Words(
        "Internal only: the pages of the case documents that members cited for each split and each "
        "finding that falls short of the standard. The published report never includes them.",
        "Mewnol yn unig: y tudalennau yn nogfennau'r achos a nodwyd gan aelodau ar gyfer pob anghytundeb a "
        "phob canfyddiad nad yw'n cyrraedd y safon. Nid yw'r adroddiad a gyhoeddir byth yn eu cynnwys.",
    ),
    "report.evidence_finding": Words(
        "{case}, question {number}: {question}", "{case}, cwestiwn {number}: {question}"
    ),
    "report.evidence_place": Words("{document}, page {page}", "{document}, tudalen {page}"),
    "report.evidence_document": Words("Document {number}", "Dogfen {number}"),
    "report.appendix": Words(
        "Appendix: the reviews this report rests on",
        "Atodiad: yr adolygiadau y mae'r adroddiad hwn yn seiliedig arnynt",
    ),
    "report.appendix_intro": Words(
        "Every finding comes from these signed review packages, as accepted into the coordinator's inbox. "
        "The fingerprint identifies the member's key; the checksum identifies the file.",
        "Daw pob canfyddiad o'r pecynnau adolygu hyn a lofnodwyd, fel y'u derbyniwyd i fewnflwch y "
        "cydlynydd. Mae'r ôl bys yn adnabod allwedd yr aelod; mae'r swm gwirio yn adnabod y ffeil.",
    ),
    "report.member": Words("Member", "Aelod"),
    "report.fingerprint": Words("Fingerprint", "Ôl bys"),
    "report.revision": Words("Version", "Fersiwn"),
    "report.received": Words("Received (UTC)", "Derbyniwyd (UTC)"),
    "report.checksum": Words("SHA-256 checksum", "Swm gwirio SHA-256"),
    "report.page": Words("Page {page} of {pages}", "Tudalen {page} o {pages}"),
    "report.none": Words("None recorded.", "Dim wedi'i gofnodi."),
    "report.member_letter": Words("Member {letter}", "Aelod {letter}"),
    # A member's words as written, then the coordinator's translation of them.
    "report.translated": Words("{text} (in English: {translation})", "{text} (yn Gymraeg: {translation})"),
    # The drafted comment (reports.drafting).
    "report.majority_of": Words("(a majority: {top} of {all} members)", "(mwyafrif: {top} o {all} aelod)"),
    "report.one_review": Words("(from one member's review)", "(o adolygiad un aelod)"),
    "report.fallback": Words("{question} {answer}.", "{question} {answer}."),
    "report.split_question": Words(
        "Members were unable to agree: {question}",
        "Nid oedd yr aelodau'n gallu cytuno: {question}",
    ),
    "report.hours": Words(
        "Contact was recorded {hours} hours after the report; the force standard is {standard} hours.",
        "Cofnodwyd cyswllt {hours} awr ar ôl yr adroddiad; safon yr heddlu yw {standard} awr.",
    ),
    # Which text of the report the publication review is showing (reports.redaction).
    "redaction.summary": Words("case summary", "crynodeb yr achos"),
    "redaction.note": Words("note", "nodyn"),
    "redaction.version_cy": Words("in Welsh", "yn Gymraeg"),
    "redaction.version_en": Words("in English", "yn Saesneg"),
    "redaction.answer": Words("answer", "ateb"),
    "redaction.decision": Words("reason for the panel's decision", "rheswm dros benderfyniad y panel"),
    "redaction.comment": Words("panel's comment", "sylw'r panel"),
    "redaction.tag": Words("good practice or learning", "arfer da neu ddysgu"),
    "redaction.panel": Words("the panel's name", "enw'r panel"),
    "redaction.title": Words("the round's title", "teitl y cylch"),
    "redaction.period": Words("period covered", "y cyfnod dan sylw"),
    "redaction.method": Words("how cases were chosen", "sut y dewiswyd yr achosion"),
    "redaction.definitions": Words("definitions", "diffiniadau"),
    "redaction.themes": Words("summary of themes", "crynodeb o'r themâu"),
    "redaction.observation": Words("observation", "arsylwad"),
    "redaction.response": Words("force response", "ymateb yr heddlu"),
    "redaction.recommendation": Words("recommendation", "argymhelliad"),
    "redaction.update": Words("update", "diweddariad"),
    "redaction.assessment": Words("assessment of an update", "asesiad o ddiweddariad"),
    "redaction.theme": Words("the recommendation's theme", "thema'r argymhelliad"),
    "redaction.owner": Words("who owns the recommendation", "perchennog yr argymhelliad"),
    "redaction.criteria": Words("comment on the detailed findings", "sylw ar y canfyddiadau manwl"),
    # The force's response table (reports.response_table).
    "response_table.title": Words(
        "Force response to the panel’s observations: {title}",
        "Ymateb yr heddlu i arsylwadau'r panel: {title}",
    ),
    "response_table.instruction_1": Words(
        "Please type the force’s response to each observation in the “Force response” column, and the date "
        "of the response in the last column (for example 2026-03-31).",
        "Teipiwch ymateb yr heddlu i bob arsylwad yn y golofn “Ymateb yr heddlu”, a dyddiad yr ymateb yn y "
        "golofn olaf (er enghraifft 2026-03-31).",
    ),
    "response_table.instruction_2": Words(
        "Do not change the other columns, and do not delete the small grey reference under each number: it "
        "is how each response is matched to its observation when the table comes back. You may put the rows "
        "in another order, but please do not add rows.",
        "Peidiwch â newid y colofnau eraill, a pheidiwch â dileu'r cyfeirnod llwyd bach o dan bob rhif: "
        "dyna sut mae pob ymateb yn cael ei baru â'i arsylwad pan ddaw'r tabl yn ôl. Cewch newid trefn y "
        "rhesi, ond peidiwch ag ychwanegu rhesi, os gwelwch yn dda.",
    ),
    "response_table.instruction_3": Words(
        "Save it as a Word document (.docx) and send it back to the Office of the Police and Crime "
        "Commissioner.",
        "Cadwch hi fel dogfen Word (.docx) a'i hanfon yn ôl i Swyddfa'r Comisiynydd Heddlu a Throseddu.",
    ),
    "response_table.reference": Words("Reference (please do not change):", "Cyfeirnod (peidiwch â'i newid):"),
    "response_table.subject": Words("Force response table", "Tabl ymatebion yr heddlu"),
    "response_table.column.number": Words("No.", "Rhif"),
    "response_table.column.observation": Words("Observation", "Arsylwad"),
    "response_table.column.cases": Words("Cases", "Achosion"),
    "response_table.column.response": Words("Force response", "Ymateb yr heddlu"),
    "response_table.column.date": Words("Date of response", "Dyddiad yr ymateb"),
    # The retention report for the OPCC's data-protection officer (reports.retention_report).
    "report.retention.title": Words("Retention report", "Adroddiad cadw data"),
    "report.retention.heading": Words("Retention report: {round}", "Adroddiad cadw data: {round}"),
    "report.retention.internal": Words(
        "Internal to the commissioner's office: not for publication.",
        "Mewnol i swyddfa'r comisiynydd: nid i'w gyhoeddi.",
    ),
    "report.retention.erase_on": Words(
        "Members' copies of this round's case material are to be erased on {date}.",
        "Mae copïau'r aelodau o ddeunydd achosion y cylch hwn i'w dileu ar {date}.",
    ),
    "report.retention.no_date": Words(
        "No erasure date has been set for this round: members keep their copies until one is set.",
        "Nid oes dyddiad dileu wedi'i osod ar gyfer y cylch hwn: mae'r aelodau'n cadw eu copïau nes i un "
        "gael ei osod.",
    ),
    "report.retention.how": Words(
        "When a member's laptop erases the round's case material (documents, case summaries, the "
        "member's answers and notes, and the same in every backup on the laptop), it makes a receipt "
        "signed with the member's key. The coordinator's copy of Panel Review checks the signature "
        "before the receipt is recorded here. A receipt holds counts only, never case text.",
        "Pan fydd gliniadur aelod yn dileu deunydd achosion y cylch (dogfennau, crynodebau achosion, "
        "atebion a nodiadau'r aelod, a'r un peth ym mhob copi wrth gefn ar y gliniadur), mae'n gwneud "
        "derbynneb wedi'i llofnodi ag allwedd yr aelod. Mae copi'r cydlynydd o Adolygiad Panel yn "
        "gwirio'r llofnod cyn cofnodi'r dderbynneb yma. Dim ond niferoedd sydd mewn derbynneb, byth "
        "destun achos.",
    ),
    "report.retention.prepared": Words("Prepared on {date}", "Paratowyd ar {date}"),
    "report.retention.summary": Words(
        "Members who have sent a receipt: {erased} of {members}.",
        "Aelodau sydd wedi anfon derbynneb: {erased} o {members}.",
    ),
    "report.retention.column.member": Words("Member", "Aelod"),
    "report.retention.column.erased": Words("Erased on", "Dilëwyd ar"),
    "report.retention.column.what": Words("What was erased", "Beth a ddilëwyd"),
    "report.retention.column.received": Words("Receipt received", "Derbynneb wedi dod i law"),
    "report.retention.not_yet": Words("Not yet", "Ddim eto"),
    "report.retention.withdrawn": Words("{name} (access withdrawn)", "{name} (mynediad wedi'i dynnu'n ôl)"),
    "report.retention.what": Words(
        "Cases: {cases}; documents: {documents}; answers: {answers}; notes: {notes}. Backups rewritten: "
        "{rewritten}; backups removed: {removed}.",
        "Achosion: {cases}; dogfennau: {documents}; atebion: {answers}; nodiadau: {notes}. Copïau wrth "
        "gefn a ailysgrifennwyd: {rewritten}; copïau wrth gefn a dynnwyd: {removed}.",
    ),
    "report.retention.no_members": Words(
        "No member has been given cases in this round.",
        "Nid oes unrhyw aelod wedi cael achosion yn y cylch hwn.",
    ),
    "report.retention.page": Words("Page {page} of {pages}", "Tudalen {page} o {pages}"),
}
