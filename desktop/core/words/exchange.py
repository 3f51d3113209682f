"""Why a file from outside was refused: exchange files, case lists, returned response tables.

Part of the one catalogue (`desktop.core.words`): look a text up there with `say`.
"""

from __future__ import annotations

from desktop.core.words.entry import Words

EXCHANGE: dict[str, Words] = {
    # Why an exchange file was refused (exchange.errors.Reason).
    "exchange.not_ours": Words(
        "This is not a Panel Review file. Check that you chose the file you were sent.",
        "Nid ffeil Adolygiad Panel yw hon. Gwnewch yn siŵr eich bod wedi dewis y ffeil a anfonwyd atoch.",
    ),
    "exchange.newer_format": Words(
        "This file was made by a newer version of Panel Review. Update Panel Review on this computer, then "
        "try again.",
        "Cafodd y ffeil hon ei gwneud gan fersiwn fwy newydd o Adolygiad Panel. Diweddarwch Adolygiad Panel "
        "ar y cyfrifiadur hwn, yna rhowch gynnig arall arni.",
    ),
    "exchange.wrong_kind": Words(
        "This is a Panel Review file, but not the kind expected here (for example, a member card where an "
        "assignment pack was expected).",
        "Ffeil Adolygiad Panel yw hon, ond nid y math a ddisgwylir yma (er enghraifft, cerdyn aelod lle y "
        "disgwylid pecyn achosion).",
    ),
    "exchange.not_for_you": Words(
        "This file was not addressed to you, so it cannot be opened here. Ask the sender to send it to you "
        "again.",
        "Nid atoch chi y cyfeiriwyd y ffeil hon, felly ni ellir ei hagor yma. Gofynnwch i'r anfonwr ei "
        "hanfon atoch eto.",
    ),
    "exchange.not_encrypted": Words(
        "This file should have been locked so that only you could open it, but it was not. Do not use it. "
        "Ask the sender to send it again.",
        "Dylai'r ffeil hon fod wedi'i chloi fel mai dim ond chi a allai ei hagor, ond nid yw wedi'i chloi. "
        "Peidiwch â'i defnyddio. Gofynnwch i'r anfonwr ei hanfon eto.",
    ),
    "exchange.corrupt": Words(
        "This file is damaged or incomplete: it may not have copied or downloaded fully. Ask the sender to "
        "send it again.",
        "Mae'r ffeil hon wedi'i difrodi neu'n anghyflawn: efallai na chafodd ei chopïo na'i llwytho i lawr "
        "yn llawn. Gofynnwch i'r anfonwr ei hanfon eto.",
    ),
    "exchange.bad_signature": Words(
        "This file's signature does not check out, so there is no proof of who made it. Do not use it. Ask "
        "the sender to send it again.",
        "Nid yw llofnod y ffeil hon yn gywir, felly nid oes prawf pwy a'i gwnaeth. Peidiwch â'i defnyddio. "
        "Gofynnwch i'r anfonwr ei hanfon eto.",
    ),
    "exchange.altered": Words(
        "This file has been changed since it was made, so it cannot be trusted. Ask the sender to send it "
        "again.",
        "Mae'r ffeil hon wedi cael ei newid ers iddi gael ei gwneud, felly ni ellir ymddiried ynddi. "
        "Gofynnwch i'r anfonwr ei hanfon eto.",
    ),
    "exchange.unsafe_entry": Words(
        "This file holds something Panel Review will not open, such as a name that could point outside its "
        "folder, so it was not opened.",
        "Mae'r ffeil hon yn cynnwys rhywbeth na fydd Adolygiad Panel yn ei agor, fel enw a allai bwyntio y "
        "tu allan i'w ffolder, felly ni chafodd ei hagor.",
    ),
    "exchange.too_large": Words(
        "This file is larger than Panel Review allows, so it was not opened. Ask the sender to check what "
        "they sent.",
        "Mae'r ffeil hon yn fwy nag y mae Adolygiad Panel yn ei ganiatáu, felly ni chafodd ei hagor. "
        "Gofynnwch i'r anfonwr wirio'r hyn a anfonodd.",
    ),
    "exchange.malformed": Words(
        "The list of contents inside this file is not in the form Panel Review expects, so it was not "
        "opened. Ask the sender to send it again.",
        "Nid yw'r rhestr cynnwys yn y ffeil hon yn y ffurf y mae Adolygiad Panel yn ei disgwyl, felly ni "
        "chafodd ei hagor. Gofynnwch i'r anfonwr ei hanfon eto.",
    ),
    # What is wrong with a round's case list (exchange.case_list_problems).
    "case_list.file_missing": Words(
        "The case list “{file}” cannot be found.",
        "Ni ellir dod o hyd i'r rhestr achosion “{file}”.",
    ),
    "case_list.file_unreadable": Words(
        "The case list “{file}” cannot be read: {reason}.",
        "Ni ellir darllen y rhestr achosion “{file}”: {reason}.",
    ),
    "case_list.file_too_big": Words(
        "The case list is larger than {limit_mb} MB, bigger than any real list. Is it the right file?",
        "Mae'r rhestr achosion yn fwy na {limit_mb} MB, yn fwy nag unrhyw restr go iawn. Ai hon yw'r ffeil "
        "gywir?",
    ),
    "case_list.file_empty": Words("The case list is empty.", "Mae'r rhestr achosion yn wag."),
    "case_list.file_not_utf16": Words(
        "The case list says it is Unicode text (UTF-16) but cannot be read as such. In Excel, save it as "
        "“CSV UTF-8 (Comma delimited)”.",
        "Mae'r rhestr achosion yn dweud mai testun Unicode (UTF-16) yw hi ond ni ellir ei darllen felly. Yn "
        "Excel, cadwch hi fel “CSV UTF-8 (Comma delimited)”.",
    ),
    "case_list.folder_missing": Words(
        "The documents folder “{folder}” cannot be found.",
        "Ni ellir dod o hyd i'r ffolder dogfennau “{folder}”.",
    ),
    "case_list.no_cases": Words(
        "The case list has no cases in it.",
        "Nid oes achosion yn y rhestr achosion.",
    ),
    "case_list.not_utf8": Words(
        "this line is not UTF-8 text. In Excel, save the list as “CSV UTF-8 (Comma delimited)”.",
        "nid yw'r llinell hon yn destun UTF-8. Yn Excel, cadwch y rhestr fel “CSV UTF-8 (Comma delimited)”.",
    ),
    "case_list.not_utf8_more": Words(
        "this line and {count} more after it are not UTF-8 text either.",
        "nid yw'r llinell hon a {count} arall ar ei hôl yn destun UTF-8 chwaith.",
    ),
    "case_list.csv_unreadable": Words(
        "this line cannot be read as CSV, so reading stopped here. Check that every opening quote mark has "
        "a closing one.",
        "ni ellir darllen y llinell hon fel CSV, felly daeth y darllen i ben yma. Gwiriwch fod gan bob "
        "dyfynnod agoriadol un sy'n cau.",
    ),
    "case_list.too_many_cases": Words(
        "the list has more than {limit} cases. Split the round into smaller ones.",
        "mae mwy na {limit} achos yn y rhestr. Rhannwch y cylch yn rhai llai.",
    ),
    "case_list.missing_column": Words(
        "this column is missing. A case list needs the columns {required}.",
        "mae'r golofn hon ar goll. Mae angen y colofnau {required} ar restr achosion.",
    ),
    "case_list.unknown_column": Words(
        "Panel Review does not know this column. Delete it, or give it one of the names {known}.",
        "Nid yw Adolygiad Panel yn adnabod y golofn hon. Dilëwch hi, neu rhowch un o'r enwau {known} iddi.",
    ),
    "case_list.unknown_column_suggest": Words(
        "Panel Review does not know this column. Did you mean “{suggestion}”?",
        "Nid yw Adolygiad Panel yn adnabod y golofn hon. Ai “{suggestion}” oedd dan sylw?",
    ),
    "case_list.duplicate_column": Words(
        "this column appears twice. Keep one of them.",
        "mae'r golofn hon yn ymddangos ddwywaith. Cadwch un ohonynt.",
    ),
    "case_list.unnamed_cell": Words(
        "cell {position} holds “{value}” but has no column name above it. Is there a comma or semicolon "
        "that should be inside quote marks?",
        "mae cell {position} yn dal “{value}” ond nid oes enw colofn uwch ei phen. A oes coma neu hanner "
        "colon a ddylai fod rhwng dyfynodau?",
    ),
    "case_list.empty_cell": Words(
        "this cell is empty, but every case needs one.",
        "mae'r gell hon yn wag, ond mae angen un ar bob achos.",
    ),
    "case_list.too_long": Words(
        "this cell is longer than {limit} characters.",
        "mae'r gell hon yn hwy na {limit} nod.",
    ),
    "case_list.control_character": Words(
        "this cell holds a control character (such as a tab or an invisible character), which is not "
        "allowed here.",
        "mae'r gell hon yn cynnwys nod rheoli (fel tab neu nod anweledig), nad yw'n cael ei ganiatáu yma.",
    ),
    "case_list.direction_character": Words(
        "this cell holds a hidden character that reverses or reorders the text, so the reference would not "
        "read as it was typed.",
        "mae'r gell hon yn cynnwys nod cudd sy'n troi'r testun o chwith neu'n newid ei drefn, felly ni "
        "fyddai'r cyfeirnod yn darllen fel y cafodd ei deipio.",
    ),
    "case_list.invisible_character": Words(
        "this cell holds an invisible character (such as a zero-width space), which could make two "
        "references look the same.",
        "mae'r gell hon yn cynnwys nod anweledig (fel bwlch lled sero), a allai wneud i ddau gyfeirnod "
        "edrych yr un fath.",
    ),
    "case_list.no_visible_text": Words(
        "this cell has no letter or number that can be seen.",
        "nid oes yn y gell hon unrhyw lythyren na rhif y gellir ei weld.",
    ),
    "case_list.multiline": Words(
        "this cell runs over more than one line. Is a closing quote mark missing?",
        "mae'r gell hon yn rhedeg dros fwy nag un llinell. A oes dyfynnod cau ar goll?",
    ),
    "case_list.duplicate_reference": Words(
        "the reference “{reference}” is already used on line {other_line}.",
        "mae'r cyfeirnod “{reference}” eisoes yn cael ei ddefnyddio ar linell {other_line}.",
    ),
    "case_list.case_type_bad": Words(
        "“{value}” is not a case type. Use a short name of letters, digits, “_” or “-”, such as hate_crime "
        "or nchi.",
        "nid yw “{value}” yn fath o achos. Defnyddiwch enw byr o lythrennau, digidau, “_” neu “-”, fel "
        "hate_crime neu nchi.",
    ),
    "case_list.case_type_typo": Words(
        "“{value}” is not a case type Panel Review knows. Did you mean {suggestion}?",
        "nid yw “{value}” yn fath o achos y mae Adolygiad Panel yn ei adnabod. "
        "Ai {suggestion} oedd dan sylw?",
    ),
    "case_list.strand_unknown": Words(
        "“{value}” is not a hate crime strand. Use one or more of {known}, separated by “;”.",
        "nid yw “{value}” yn llinyn trosedd casineb. Defnyddiwch un neu fwy o {known}, wedi'u gwahanu gan "
        "“;”.",
    ),
    "case_list.strand_needed": Words(
        "a case of type {case_type} needs at least one strand.",
        "mae angen o leiaf un llinyn ar achos o'r math {case_type}.",
    ),
    "case_list.uid_bad": Words(
        "“{value}” is not a uid. A uid looks like 3f2b6c1e-9d4a-4e8b-a1c2-5d6e7f809a1b; leave the cell "
        "empty and Panel Review makes one.",
        "nid yw “{value}” yn uid. Mae uid yn edrych fel 3f2b6c1e-9d4a-4e8b-a1c2-5d6e7f809a1b; gadewch y "
        "gell yn wag a bydd Adolygiad Panel yn gwneud un.",
    ),
    "case_list.duplicate_uid": Words(
        "this uid is already used on line {other_line}.",
        "mae'r uid hwn eisoes yn cael ei ddefnyddio ar linell {other_line}.",
    ),
    "case_list.member_too_long": Words(
        "“{value}” is too long for a member's name or fingerprint ({limit} characters at most).",
        "mae “{value}” yn rhy hir ar gyfer enw neu ôl bys aelod ({limit} nod ar y mwyaf).",
    ),
    "case_list.documents_none": Words(
        "list at least one document, as file names separated by “;”.",
        "rhestrwch o leiaf un ddogfen, fel enwau ffeiliau wedi'u gwahanu gan “;”.",
    ),
    "case_list.document_bad_name": Words(
        "“{name}” is not a file name inside the documents folder: it must not start with “/”, name a drive "
        "or use “..”.",
        "nid yw “{name}” yn enw ffeil o fewn y ffolder dogfennau: rhaid iddo beidio â dechrau gyda “/”, "
        "enwi gyriant na defnyddio “..”.",
    ),
    "case_list.document_twice": Words(
        "“{name}” is listed twice for this case.",
        "mae “{name}” wedi'i restru ddwywaith ar gyfer yr achos hwn.",
    ),
    "case_list.document_missing": Words(
        "the file “{name}” is not in the folder.",
        "nid yw'r ffeil “{name}” yn y ffolder.",
    ),
    "case_list.document_outside": Words(
        "“{name}” is a link to a file outside the documents folder. Copy the file itself into the folder.",
        "mae “{name}” yn ddolen i ffeil y tu allan i'r ffolder dogfennau. Copïwch y ffeil ei hun i'r "
        "ffolder.",
    ),
    "case_list.document_not_file": Words(
        "“{name}” is not a file (it is a folder or something else).",
        "nid ffeil yw “{name}” (ffolder neu rywbeth arall ydyw).",
    ),
    "case_list.document_extension": Words(
        "“{name}” is neither a PDF (.pdf) nor a text file (.txt).",
        "nid PDF (.pdf) na ffeil destun (.txt) yw “{name}”.",
    ),
    "case_list.document_too_big": Words(
        "“{name}” is larger than {limit_mb} MB.",
        "mae “{name}” yn fwy na {limit_mb} MB.",
    ),
    "case_list.document_empty": Words("“{name}” is empty.", "mae “{name}” yn wag."),
    "case_list.document_not_pdf": Words(
        "“{name}” is not a PDF (it does not start with %PDF-). Is it damaged, or another kind of file "
        "renamed?",
        "nid PDF yw “{name}” (nid yw'n dechrau gyda %PDF-). A yw wedi'i difrodi, neu'n fath arall o ffeil "
        "wedi'i hailenwi?",
    ),
    "case_list.document_not_utf8": Words(
        "“{name}” is not UTF-8 text (line {text_line} of the file). Save it again as UTF-8.",
        "nid yw “{name}” yn destun UTF-8 (llinell {text_line} o'r ffeil). Cadwch hi eto fel UTF-8.",
    ),
    "case_list.document_unreadable": Words(
        "“{name}” cannot be read: {reason}.",
        "ni ellir darllen “{name}”: {reason}.",
    ),
    "case_list.where_column": Words(
        "Line {line}, column {column}: {detail}",
        "Llinell {line}, colofn {column}: {detail}",
    ),
    "case_list.where_line": Words("Line {line}: {detail}", "Llinell {line}: {detail}"),
    "case_list.template_summary": Words(
        "Replace this row with your first case: what happened, in a sentence or two.",
        "Rhowch eich achos cyntaf yn lle'r rhes hon: beth ddigwyddodd, mewn brawddeg neu ddwy.",
    ),
    "case_list.member_not_on_roster": Words(
        "“{name}” has a conflict of interest but is not on the roster. Add their member card on the "
        "Members page first, or take the name out of this column.",
        "mae gan “{name}” wrthdaro buddiannau ond nid yw ar y rhestr aelodau. Ychwanegwch eu cerdyn aelod "
        "ar y dudalen Aelodau yn gyntaf, neu tynnwch yr enw o'r golofn hon.",
    ),
    # Why a returned response table was refused (exchange.response_refusals).
    "response_file.unreadable": Words(
        "The file could not be read. Check that it is still there and try again.",
        "Nid oedd modd darllen y ffeil. Gwiriwch ei bod yno o hyd a rhowch gynnig arall arni.",
    ),
    "response_file.empty": Words("The file is empty.", "Mae'r ffeil yn wag."),
    "response_file.too_big": Words(
        "The file is larger than {limit} MB, far more than a response table needs, so it was not opened.",
        "Mae'r ffeil yn fwy na {limit} MB, llawer mwy nag sydd ei angen ar dabl ymatebion, felly ni chafodd "
        "ei hagor.",
    ),
    "response_file.not_a_table_file": Words(
        "This is neither a Word document (.docx) nor a CSV file.",
        "Nid yw hon yn ddogfen Word (.docx) nac yn ffeil CSV.",
    ),
    "response_file.pdf": Words(
        "This is a PDF. Ask for the response table back as the Word document or CSV file it was sent as.",
        "PDF yw hon. Gofynnwch am gael y tabl ymatebion yn ôl fel y ddogfen Word neu'r ffeil CSV a anfonwyd.",
    ),
    "response_file.damaged": Words(
        "The Word document is damaged or incomplete. Ask for it to be saved and sent again.",
        "Mae'r ddogfen Word wedi'i difrodi neu'n anghyflawn. Gofynnwch iddi gael ei chadw a'i hanfon eto.",
    ),
    "response_file.unpacks_too_big": Words(
        "The Word document would unpack to more than {limit} MB, so it was not opened.",
        "Byddai'r ddogfen Word yn dadbacio i fwy na {limit} MB, felly ni chafodd ei hagor.",
    ),
    "response_file.no_table": Words(
        "The document has no response table in it.",
        "Nid oes tabl ymatebion yn y ddogfen.",
    ),
    "response_file.columns_changed": Words(
        "The response table no longer has its five columns (No., Observation, Cases, Force response, Date "
        "of response).",
        "Nid oes gan y tabl ymatebion ei bum colofn bellach (Rhif, Arsylwad, Achosion, Ymateb yr heddlu, "
        "Dyddiad yr ymateb).",
    ),
    "response_file.newer_format": Words(
        "The table was made by a newer version of Panel Review. Update this app to read it.",
        "Cafodd y tabl ei wneud gan fersiwn fwy newydd o Adolygiad Panel. "
        "Diweddarwch yr ap hwn i'w ddarllen.",
    ),
    "response_file.not_ours": Words(
        "The file does not say which observations it answers, so its responses cannot be matched to them.",
        "Nid yw'r ffeil yn dweud pa arsylwadau y mae'n eu hateb, felly nid oes modd paru ei hymatebion â "
        "nhw.",
    ),
    "response_file.other_round": Words(
        "This table is for the round “{file_round}”, not for “{round}”.",
        "Mae'r tabl hwn ar gyfer y cylch “{file_round}”, nid ar gyfer “{round}”.",
    ),
    "response_file.csv_columns": Words(
        "The CSV file must have exactly the columns {expected}; it has {found}.",
        "Rhaid i'r ffeil CSV gynnwys yr union golofnau {expected}; mae ganddi {found}.",
    ),
    "response_file.csv_encoding": Words(
        "The CSV file is not saved as UTF-8, so Welsh letters would be misread. Save it as “CSV UTF-8” and "
        "try again.",
        "Nid yw'r ffeil CSV wedi'i chadw fel UTF-8, felly byddai llythrennau Cymraeg yn cael eu "
        "camddarllen. Cadwch hi fel “CSV UTF-8” a rhowch gynnig arall arni.",
    ),
    "response_file.csv_broken": Words(
        "The CSV file could not be read after line {line}: a quotation mark is probably missing.",
        "Nid oedd modd darllen y ffeil CSV ar ôl llinell {line}: mae'n debyg bod dyfynnod ar goll.",
    ),
    "response_file.too_many_rows": Words(
        "The table has more than {limit} rows, far more than a round’s observations.",
        "Mae gan y tabl fwy na {limit} o resi, llawer mwy nag arsylwadau cylch.",
    ),
    # The two-column Word table a translator fills in (exchange.translation_docx).
    "translation_table.title": Words("Texts to translate", "Testunau i'w cyfieithu"),
    "translation_table.instructions": Words(
        "Write the translation of each text in the empty cell beside it. Only those cells can be edited; "
        "do not add, remove or reorder rows.",
        "Ysgrifennwch gyfieithiad pob testun yn y gell wag wrth ei ochr. Dim ond y celloedd hynny y gellir "
        "eu golygu; peidiwch ag ychwanegu, dileu nac aildrefnu rhesi.",
    ),
    "translation_table.english": Words("English", "Saesneg"),
    "translation_table.welsh": Words("Welsh", "Cymraeg"),
}
