"""Why the services refused something, and the faults a person meets outside a screen.

Part of the one catalogue (`desktop.core.words`): look a text up there with `say`.
"""

from __future__ import annotations

from desktop.core.words.entry import Words

REFUSALS: dict[str, Words] = {
    # Why a review package was taken with a warning (services.review_packages.AuditFlag).
    "audit_flag.rewritten": Words(
        "Check before relying on it: the member's audit log was changed after their previous package "
        "for this round, as this package's log does not continue the one that package carried. Ask "
        "the member what happened.",
        "Gwiriwch cyn dibynnu arno: newidiwyd log archwilio'r aelod ar ôl pecyn blaenorol yr aelod ar "
        "gyfer y cylch hwn, gan nad yw log y pecyn hwn yn parhau'r log a oedd yn y pecyn hwnnw. Holwch "
        "yr aelod beth ddigwyddodd.",
    ),
    "audit_flag.missing": Words(
        "Check before relying on it: this package carries no audit log, though the member's previous "
        "package for this round did. It was made by an older Panel Review, or made to look so. Ask "
        "the member why.",
        "Gwiriwch cyn dibynnu arno: nid oes log archwilio yn y pecyn hwn, er bod un ym mhecyn "
        "blaenorol yr aelod ar gyfer y cylch hwn. Cafodd ei wneud gan fersiwn hŷn o Adolygiad Panel, "
        "neu ei wneud i edrych felly. Holwch yr aelod pam.",
    ),
    # Why the services refuse an intact file (services.refusals).
    "refusal.not_on_roster": Words(
        "It was signed by someone who is not on your roster of panel members.",
        "Cafodd ei llofnodi gan rywun nad yw ar eich rhestr o aelodau'r panel.",
    ),
    "refusal.revoked": Words(
        "It was signed by a member whose access you have withdrawn.",
        "Cafodd ei llofnodi gan aelod rydych wedi tynnu ei fynediad yn ôl.",
    ),
    "refusal.not_a_member": Words(
        "It was not signed by a panel member, so it cannot be a review.",
        "Ni chafodd ei llofnodi gan aelod o'r panel, felly ni all fod yn adolygiad.",
    ),
    "refusal.not_a_coordinator": Words(
        "It was not signed by a panel coordinator, so it cannot be a set of cases.",
        "Ni chafodd ei llofnodi gan gydlynydd panel, felly ni all fod yn set o achosion.",
    ),
    "refusal.wrong_role": Words(
        "This kind of file is opened in the other kind of profile (member or coordinator).",
        "Mae'r math hwn o ffeil yn cael ei agor yn y math arall o broffil (aelod neu gydlynydd).",
    ),
    "refusal.unknown_round": Words(
        "It belongs to a review round that is not in this profile.",
        "Mae'n perthyn i gylch adolygu nad yw yn y proffil hwn.",
    ),
    "refusal.wrong_round": Words(
        "Its contents name a different review round from the one it was signed for.",
        "Mae ei chynnwys yn enwi cylch adolygu gwahanol i'r un y cafodd ei llofnodi ar ei gyfer.",
    ),
    "refusal.not_assigned": Words(
        "It holds reviews of cases that were not given to that member.",
        "Mae'n cynnwys adolygiadau o achosion na chawsant eu rhoi i'r aelod hwnnw.",
    ),
    "refusal.template_differs": Words(
        "It was answered on a different checklist from the one chosen for the round.",
        "Cafodd ei hateb ar restr wirio wahanol i'r un a ddewiswyd ar gyfer y cylch.",
    ),
    "refusal.round_erased": Words(
        "This round's case material has already been removed from this laptop, as the "
        "commissioner's office asked, so nothing more can be added to it. Ask your coordinator "
        "what they need.",
        "Mae deunydd achosion y cylch hwn eisoes wedi'i dynnu oddi ar y gliniadur hwn, fel y "
        "gofynnodd swyddfa'r comisiynydd, felly ni ellir ychwanegu dim mwy ato. Gofynnwch i'ch "
        "cydlynydd beth sydd ei angen arnynt.",
    ),
    "refusal.receipt_taken": Words(
        "A different erasure receipt from this member for this round was taken before. The first one "
        "is kept; ask the member why they sent another.",
        "Derbyniwyd derbynneb dileu wahanol gan yr aelod hwn ar gyfer y cylch hwn o'r blaen. Mae'r "
        "gyntaf yn cael ei chadw; gofynnwch i'r aelod pam yr anfonodd un arall.",
    ),
    "refusal.receipt_not_signer": Words(
        "It is an erasure receipt that names a different member from the one who signed it.",
        "Mae'n dderbynneb dileu sy'n enwi aelod gwahanol i'r un a'i llofnododd.",
    ),
    "refusal.not_in_round": Words(
        "It comes from a member who was given no cases in that review round.",
        "Mae'n dod gan aelod na chafodd unrhyw achosion yn y cylch adolygu hwnnw.",
    ),
    "refusal.older_revision": Words(
        "A later version of this file has already been taken, so this older one was not.",
        "Mae fersiwn ddiweddarach o'r ffeil hon eisoes wedi'i derbyn, felly ni dderbyniwyd yr un hŷn hon.",
    ),
    "refusal.revision_reused": Words(
        "A different file with the same version number has already been taken.",
        "Mae ffeil wahanol gyda'r un rhif fersiwn eisoes wedi'i derbyn.",
    ),
    "refusal.coordinator_key_changed": Words(
        "It claims to come from your coordinator but was signed with a different key. Do not use it: phone "
        "your coordinator and check.",
        "Mae'n honni ei bod yn dod oddi wrth eich cydlynydd ond cafodd ei llofnodi ag allwedd wahanol. "
        "Peidiwch â'i defnyddio: ffoniwch eich cydlynydd i wirio.",
    ),
    "refusal.not_confirmed": Words(
        "The coordinator’s fingerprint has not been confirmed yet.",
        "Nid yw ôl bys y cydlynydd wedi'i gadarnhau eto.",
    ),
    "refusal.unreadable_contents": Words(
        "It is signed correctly, but what is inside could not be read.",
        "Mae wedi'i llofnodi'n gywir, ond nid oedd modd darllen yr hyn sydd y tu mewn.",
    ),
    "refusal.off_checklist": Words(
        "It holds answers that the round’s checklist does not allow.",
        "Mae'n cynnwys atebion nad yw rhestr wirio'r cylch yn eu caniatáu.",
    ),
    "refusal.bad_template": Words(
        "The checklist that came with it could not be read, so nothing was taken from it.",
        "Nid oedd modd darllen y rhestr wirio a ddaeth gyda hi, felly ni chymerwyd dim ohoni.",
    ),
    "refusal.same_name": Words(
        "A member whose name looks the same is already on the roster. Check both fingerprints with the "
        "members before adding this card.",
        "Mae aelod ag enw sy'n edrych yr un fath eisoes ar y rhestr aelodau. Gwiriwch y ddau ôl bys gyda'r "
        "aelodau cyn ychwanegu'r cerdyn hwn.",
    ),
    # An answer the round's checklist does not allow (services.checklist_refusals).
    "checklist.answer_unknown_question": Words(
        "Case {case}: it answers a question, “{question}”, that the round’s checklist does not have.",
        "Achos {case}: mae'n ateb cwestiwn, “{question}”, nad yw yn rhestr wirio'r cylch.",
    ),
    "checklist.answer_not_a_choice": Words(
        "Case {case}, question “{question}”: the answer is not one of the choices the question offers.",
        "Achos {case}, cwestiwn “{question}”: nid yw'r ateb yn un o'r dewisiadau y mae'r cwestiwn yn eu "
        "cynnig.",
    ),
    "checklist.answer_wrong_type": Words(
        "Case {case}, question “{question}”: the answer is not the kind of answer this question takes.",
        "Achos {case}, cwestiwn “{question}”: nid yw'r ateb o'r math y mae'r cwestiwn hwn yn ei gymryd.",
    ),
    "checklist.answer_text_not_asked": Words(
        "Case {case}, question “{question}”: the answer is written text, but the question asks for a choice.",
        "Achos {case}, cwestiwn “{question}”: testun ysgrifenedig yw'r ateb, ond mae'r cwestiwn yn gofyn am "
        "ddewis.",
    ),
    "checklist.answer_hours_not_asked": Words(
        "Case {case}, question “{question}”: it gives a number of hours, but the question does not ask for "
        "hours.",
        "Achos {case}, cwestiwn “{question}”: mae'n rhoi nifer o oriau, ond nid yw'r cwestiwn yn gofyn am "
        "oriau.",
    ),
    "checklist.answer_hours_not_a_number": Words(
        "Case {case}, question “{question}”: the hours are not a whole number.",
        "Achos {case}, cwestiwn “{question}”: nid yw'r oriau'n rhif cyfan.",
    ),
    "checklist.answer_hours_negative": Words(
        "Case {case}, question “{question}”: the hours are less than zero.",
        "Achos {case}, cwestiwn “{question}”: mae'r oriau'n llai na sero.",
    ),
    "checklist.answer_hours_too_many": Words(
        "Case {case}, question “{question}”: the hours are more than 8,760 (a year), which cannot be right.",
        "Achos {case}, cwestiwn “{question}”: mae'r oriau'n fwy na 8,760 (blwyddyn), ac ni all hynny fod yn "
        "gywir.",
    ),
    "checklist.answer_hidden_question": Words(
        "Case {case}, question “{question}”: it answers a question that the checklist skips, given the "
        "case’s other answers.",
        "Achos {case}, cwestiwn “{question}”: mae'n ateb cwestiwn y mae'r rhestr wirio yn ei hepgor, o "
        "ystyried atebion eraill yr achos.",
    ),
    "checklist.answer_note_too_long": Words(
        "Case {case}, question “{question}”: the note is longer than 100,000 characters.",
        "Achos {case}, cwestiwn “{question}”: mae'r nodyn yn hirach na 100,000 o nodau.",
    ),
    "checklist.answer_note_language": Words(
        "Case {case}, question “{question}”: the note is marked as written in a language other than "
        "English or Welsh.",
        "Achos {case}, cwestiwn “{question}”: mae'r nodyn wedi'i nodi fel un a ysgrifennwyd mewn iaith "
        "heblaw Cymraeg neu Saesneg.",
    ),
    "checklist.answer_too_long": Words(
        "Case {case}, question “{question}”: the written answer is longer than 100,000 characters.",
        "Achos {case}, cwestiwn “{question}”: mae'r ateb ysgrifenedig yn hirach na 100,000 o nodau.",
    ),
    "checklist.answer_cites_other_document": Words(
        "Case {case}, question “{question}”: it cites a document that is not one of the case’s documents.",
        "Achos {case}, cwestiwn “{question}”: mae'n cyfeirio at ddogfen nad yw'n un o ddogfennau'r achos.",
    ),
    "checklist.answer_cites_missing_page": Words(
        "Case {case}, question “{question}”: it cites a page that the document does not have.",
        "Achos {case}, cwestiwn “{question}”: mae'n cyfeirio at dudalen nad yw yn y ddogfen.",
    ),
    "checklist.answer_quote_too_long": Words(
        "Case {case}, question “{question}”: a quoted passage is longer than 500 characters.",
        "Achos {case}, cwestiwn “{question}”: mae darn a ddyfynnwyd yn hirach na 500 o nodau.",
    ),
    # A person's mistake or the computer's state (services.user_faults).
    "fault.wrong_passphrase": Words(
        "That passphrase does not open this profile. Nothing was changed.",
        "Nid yw'r cyfrinymadrodd hwnnw'n agor y proffil hwn. Ni newidiwyd dim.",
    ),
    "fault.no_profile": Words(
        "There is no profile in {path}. Create one with “panel-review profile create”, or name another with "
        "--profile.",
        "Nid oes proffil yn {path}. Crëwch un gyda “panel-review profile create”, neu enwch un arall gyda "
        "--profile.",
    ),
    "fault.profile_empty": Words(
        "The file that holds this profile’s reviews is empty (0 bytes), so nothing in it can be read: "
        "{path}. It has been left as it is. Choose “Restore from backup” to get your work back from the "
        "latest backup.",
        "Mae'r ffeil sy'n cadw adolygiadau'r proffil hwn yn wag (0 beit), felly nid oes dim ynddi y gellir "
        "ei ddarllen: {path}. Mae wedi'i gadael fel y mae. Dewiswch “Adfer o gopi wrth gefn” i gael eich "
        "gwaith yn ôl o'r copi wrth gefn diweddaraf.",
    ),
    "fault.profile_empty_no_backup": Words(
        "The file that holds this profile’s reviews is empty (0 bytes), so nothing in it can be read: "
        "{path}. There is no backup of it. Setting up again keeps the empty file beside the new one; "
        "nothing is overwritten.",
        "Mae'r ffeil sy'n cadw adolygiadau'r proffil hwn yn wag (0 beit), felly nid oes dim ynddi y gellir "
        "ei ddarllen: {path}. Nid oes copi wrth gefn ohoni. Mae gosod eto yn cadw'r ffeil wag wrth ymyl yr "
        "un newydd; nid oes dim yn cael ei drosysgrifo.",
    ),
    "fault.setup_unfinished": Words(
        "Setting up this profile did not finish, so nothing was saved in it: {path}. Open Panel Review to "
        "set it up again.",
        "Ni orffennodd gosod y proffil hwn, felly ni chadwyd dim ynddo: {path}. Agorwch Adolygiad Panel i'w "
        "osod eto.",
    ),
    "fault.not_ours": Words(
        "This file is not a Panel Review database, so it cannot be opened: {path}. If another file was put "
        "in its place, move it away and restore a backup.",
        "Nid yw'r ffeil hon yn gronfa ddata Adolygiad Panel, felly ni ellir ei hagor: {path}. Os rhoddwyd "
        "ffeil arall yn ei lle, symudwch hi ac adferwch gopi wrth gefn.",
    ),
    "fault.damaged": Words(
        "This profile’s reviews file is damaged, so it cannot be opened safely: {path}. Restore the latest "
        "backup; the damaged file is kept, not deleted.",
        "Mae ffeil adolygiadau'r proffil hwn wedi'i difrodi, felly ni ellir ei hagor yn ddiogel: {path}. "
        "Adferwch y copi wrth gefn diweddaraf; mae'r ffeil sydd wedi'i difrodi yn cael ei chadw, nid ei "
        "dileu.",
    ),
    "fault.folder_not_accessible": Words(
        "Panel Review cannot read or write the folder that holds this profile: {path}. Check that the disk "
        "is connected and not read-only, and that you may change files in that folder.",
        "Ni all Adolygiad Panel ddarllen nac ysgrifennu'r ffolder sy'n cadw'r proffil hwn: {path}. Gwiriwch "
        "fod y ddisg wedi'i chysylltu ac nad yw'n ddarllen yn unig, a'ch bod yn cael newid ffeiliau yn y "
        "ffolder honno.",
    ),
    "fault.disk_full": Words(
        "The disk that holds this profile is full: {path}. Free some space, then try again.",
        "Mae'r ddisg sy'n cadw'r proffil hwn yn llawn: {path}. Rhyddhewch rywfaint o le, yna rhowch gynnig "
        "arall arni.",
    ),
    "fault.profile_in_use": Words(
        "Panel Review has this profile open. Close it, then run the command again.",
        "Mae Adolygiad Panel ar agor ar y proffil hwn. Caewch ef, yna rhedwch y gorchymyn eto.",
    ),
    "fault.profile_folder_unusable": Words(
        "Panel Review cannot use the profile folder {path}: it cannot be created or written there. Check "
        "that the disk is connected and not read-only, that you may change files there, and that no file "
        "has the name of a folder on the way.",
        "Ni all Adolygiad Panel ddefnyddio ffolder y proffil {path}: ni ellir ei chreu na'i hysgrifennu "
        "yno. Gwiriwch fod y ddisg wedi'i chysylltu ac nad yw'n ddarllen yn unig, eich bod yn cael newid "
        "ffeiliau yno, ac nad oes ffeil ag enw ffolder ar y ffordd.",
    ),
    "fault.profile_exists": Words(
        "There is already a profile in {path}, so a new one was not made there.",
        "Mae proffil yn {path} eisoes, felly ni wnaed un newydd yno.",
    ),
    "fault.no_such_file": Words(
        "There is no file at {path}. Check the name and the folder.",
        "Nid oes ffeil yn {path}. Gwiriwch yr enw a'r ffolder.",
    ),
    "fault.no_such_folder": Words(
        "There is no folder at {path}. Check the name.",
        "Nid oes ffolder yn {path}. Gwiriwch yr enw.",
    ),
    "fault.is_a_folder": Words(
        "{path} is a folder; a file is needed here.",
        "Ffolder yw {path}; mae angen ffeil yma.",
    ),
    "fault.not_a_folder": Words(
        "{path} is not a folder; a folder is needed here.",
        "Nid ffolder yw {path}; mae angen ffolder yma.",
    ),
    "fault.no_output_folder": Words(
        "The folder {path} does not exist, so nothing was written. Create it first, or choose another.",
        "Nid yw'r ffolder {path} yn bodoli, felly nid ysgrifennwyd dim. Crëwch hi yn gyntaf, neu dewiswch un "
        "arall.",
    ),
    "fault.not_allowed": Words(
        "Panel Review may not read or write {path}: check its permissions and that the disk is not "
        "read-only.",
        "Ni chaiff Adolygiad Panel ddarllen nac ysgrifennu {path}: gwiriwch y caniatâd arno ac nad yw'r "
        "ddisg yn ddarllen yn unig.",
    ),
    "fault.no_room": Words(
        "The disk is full, so {path} could not be written. Free some space, then try again.",
        "Mae'r ddisg yn llawn, felly ni ellid ysgrifennu {path}. Rhyddhewch rywfaint o le, yna rhowch "
        "gynnig arall arni.",
    ),
    "fault.no_such_round": Words(
        "There is no round “{path}” in this profile. “panel-review round list” shows them.",
        "Nid oes cylch “{path}” yn y proffil hwn. Mae “panel-review round list” yn eu dangos.",
    ),
    "fault.no_such_member": Words(
        "There is no member “{path}” on the roster. “panel-review roster list” shows them.",
        "Nid oes aelod “{path}” ar y rhestr aelodau. Mae “panel-review roster list” yn eu dangos.",
    ),
    "fault.weak_passphrase": Words(
        "That passphrase is too weak or too short. Choose a longer one, such as four or more unrelated "
        "words.",
        "Mae'r cyfrinymadrodd hwnnw'n rhy wan neu'n rhy fyr. Dewiswch un hirach, fel pedwar gair neu fwy "
        "nad ydynt yn perthyn i'w gilydd.",
    ),
    "fault.no_passphrase": Words(
        "No passphrase was given. Type it when asked, or set PANEL_REVIEW_PASSPHRASE.",
        "Ni roddwyd cyfrinymadrodd. Teipiwch ef pan ofynnir, neu gosodwch PANEL_REVIEW_PASSPHRASE.",
    ),
    "fault.no_name": Words(
        "A name is needed: the panel knows you by it.",
        "Mae angen enw: mae'r panel yn eich adnabod wrtho.",
    ),
    "fault.bad_command": Words(
        "The command is not right ({path}). “panel-review --help” lists the commands.",
        "Nid yw'r gorchymyn yn gywir ({path}). Mae “panel-review --help” yn rhestru'r gorchmynion.",
    ),
    # Why the publication review refused (services.publication).
    "translation.unknown_text": Words(
        "That text is no longer in the round's report, so its translation was not stored.",
        "Nid yw'r testun hwnnw yn adroddiad y cylch mwyach, felly ni chadwyd ei gyfieithiad.",
    ),
    "translation.source_changed": Words(
        "The text has changed since you read it, so the translation was not stored. "
        "Read it again and translate what it says now.",
        "Mae'r testun wedi newid ers i chi ei ddarllen, felly ni chadwyd y cyfieithiad. "
        "Darllenwch ef eto a chyfieithwch yr hyn y mae'n ei ddweud nawr.",
    ),
    "translation.too_long": Words(
        "A translation can be at most {limit} characters long; nothing was stored.",
        "Gall cyfieithiad fod yn {limit} nod o hyd ar y mwyaf; ni chadwyd dim.",
    ),
    "translation.language": Words(
        "A round's texts are written in English or Welsh.",
        "Mae testunau cylch yn cael eu hysgrifennu yn Saesneg neu yn Gymraeg.",
    ),
    # Why a translation file was refused, with nothing changed (services.translation_exchange).
    "translation_file.too_big": Words(
        "The file is larger than {limit} MB, so it was not read. A round's translation file is far "
        "smaller: check that this is the file that was exported.",
        "Mae'r ffeil yn fwy na {limit} MB, felly ni chafodd ei darllen. Mae ffeil gyfieithu cylch yn "
        "llawer llai: gwiriwch mai hon yw'r ffeil a allforiwyd.",
    ),
    "translation_file.not_xliff": Words(
        "It is not an XLIFF 1.2 file, so nothing was taken from it.",
        "Nid ffeil XLIFF 1.2 yw hon, felly ni chymerwyd dim ohoni.",
    ),
    "translation_file.not_ours": Words(
        "It is not a translation table exported from a round, so nothing was taken from it.",
        "Nid tabl cyfieithu a allforiwyd o gylch yw hwn, felly ni chymerwyd dim ohono.",
    ),
    "translation_file.doctype": Words(
        "The file declares a document type or entities, which a translation file never needs and which "
        "can be used to read other files or exhaust the computer; it was not read.",
        "Mae'r ffeil yn datgan math o ddogfen neu endidau, nad oes eu hangen byth ar ffeil gyfieithu ac y "
        "gellir eu defnyddio i ddarllen ffeiliau eraill neu i orlethu'r cyfrifiadur; ni chafodd ei darllen.",
    ),
    "translation_file.unpacks_too_big": Words(
        "The Word file would unpack to far more than a translation table holds, so it was not opened.",
        "Byddai'r ffeil Word yn dadbacio i lawer mwy nag sydd mewn tabl cyfieithu, felly ni chafodd ei "
        "hagor.",
    ),
    "translation_file.other_round": Words(
        "The file was exported from a different review round, so nothing was taken from it.",
        "Cafodd y ffeil ei hallforio o gylch adolygu gwahanol, felly ni chymerwyd dim ohoni.",
    ),
    "translation_file.units_changed": Words(
        "Texts have been added to or removed from the file since it was exported, so nothing was taken "
        "from it. Ask for the texts to be translated in the file as it was sent.",
        "Mae testunau wedi'u hychwanegu at y ffeil neu wedi'u tynnu ohoni ers iddi gael ei hallforio, felly "
        "ni chymerwyd dim ohoni. Gofynnwch i'r testunau gael eu cyfieithu yn y ffeil fel y'i hanfonwyd.",
    ),
    "translation_file.languages": Words(
        "The file translates from another language than the one the round's texts are now written in, so "
        "nothing was taken from it. Export the texts again.",
        "Mae'r ffeil yn cyfieithu o iaith wahanol i'r un y mae testunau'r cylch wedi'u hysgrifennu ynddi "
        "nawr, felly ni chymerwyd dim ohoni. Allforiwch y testunau eto.",
    ),
    "translation_file.changed_since_plan": Words(
        "A text of the round changed while the file was being checked, so nothing was taken from it. "
        "Import the file again.",
        "Newidiodd un o destunau'r cylch tra oedd y ffeil yn cael ei gwirio, felly ni chymerwyd dim ohoni. "
        "Mewnforiwch y ffeil eto.",
    ),
    "publication.unconfirmed": Words(
        "Not published: {left} of the report's {total} texts have not been read and confirmed yet. Open the "
        "publication review, and keep, edit or blank each one.",
        "Heb ei gyhoeddi: testunau'r adroddiad heb eu darllen a'u cadarnhau eto: {left} o {total}. "
        "Agorwch yr adolygiad cyhoeddi, a chadwch, golygwch neu gwagiwch bob un.",
    ),
    "publication.empty_edit": Words(
        "The edited text is empty. To publish nothing in its place, choose Blank.",
        "Mae'r testun wedi'i olygu yn wag. I gyhoeddi dim yn ei le, dewiswch Gwagio.",
    ),
    "publication.too_long": Words(
        "The edited text is longer than {limit} characters.",
        "Mae'r testun wedi'i olygu yn hwy na {limit} nod.",
    ),
    "publication.unknown_decision": Words(
        "A text can only be kept, edited or blanked.",
        "Dim ond cadw, golygu neu wagio testun sy'n bosibl.",
    ),
    # Why a retention setting cannot be made (services.retention).
    "retention.already_erased": Words(
        "This round's case material has already been removed from this laptop.",
        "Mae deunydd achosion y cylch hwn eisoes wedi'i dynnu oddi ar y gliniadur hwn.",
    ),
    "retention.unsent_not_confirmed": Words(
        "Your review of this round has not been sent to your coordinator. Nothing was removed: "
        "confirm that you understand it will be lost, or send it first.",
        "Nid yw eich adolygiad o'r cylch hwn wedi'i anfon at eich cydlynydd. Ni thynnwyd dim: "
        "cadarnhewch eich bod yn deall y bydd yn cael ei golli, neu anfonwch ef yn gyntaf.",
    ),
    "retention.not_a_member": Words(
        "Only a member's profile removes a round's case material this way.",
        "Dim ond proffil aelod sy'n tynnu deunydd achosion cylch fel hyn.",
    ),
    "retention.one_or_other": Words(
        "Give either a date or a number of days after the panel meeting, not both.",
        "Rhowch naill ai ddyddiad neu nifer o ddiwrnodau ar ôl cyfarfod y panel, nid y ddau.",
    ),
    "retention.not_a_date": Words(
        "The erasure date must be a date such as 2026-03-14.",
        "Rhaid i'r dyddiad dileu fod yn ddyddiad fel 2026-03-14.",
    ),
    "retention.days_out_of_range": Words(
        "The number of days after the meeting must be from 0 to 3,660.",
        "Rhaid i nifer y diwrnodau ar ôl y cyfarfod fod rhwng 0 a 3,660.",
    ),
    "retention.no_meeting_date": Words(
        "This round has no meeting date yet. Enter the meeting date on the Report page first, or give "
        "the erasure date itself.",
        "Nid oes dyddiad cyfarfod gan y cylch hwn eto. Rhowch ddyddiad y cyfarfod ar y dudalen Adroddiad "
        "yn gyntaf, neu rhowch y dyddiad dileu ei hun.",
    ),
    # Why a round cannot be archived or purged (services.round_archive).
    "archive.not_published": Words(
        "This round's report has not been published yet. Archive and purge come after publication: "
        "write the published report on the Report page first.",
        "Nid yw adroddiad y cylch hwn wedi'i gyhoeddi eto. Daw archifo a glanhau ar ôl cyhoeddi: "
        "ysgrifennwch yr adroddiad cyhoeddedig ar y dudalen Adroddiad yn gyntaf.",
    ),
    "archive.weak_passphrase": Words(
        "That passphrase is too weak or too short to protect the archive for years. Choose a longer "
        "one, such as four or more unrelated words.",
        "Mae'r cyfrinymadrodd hwnnw'n rhy wan neu'n rhy fyr i ddiogelu'r archif am flynyddoedd. "
        "Dewiswch un hirach, fel pedwar gair neu fwy nad ydynt yn perthyn i'w gilydd.",
    ),
    "archive.mismatch": Words(
        "The two passphrases are not the same. Type the same passphrase twice.",
        "Nid yw'r ddau gyfrinymadrodd yr un fath. Teipiwch yr un cyfrinymadrodd ddwywaith.",
    ),
    "archive.not_archived": Words(
        "Archive this round first: its case material is purged only once an archive of it has been written.",
        "Archifwch y cylch hwn yn gyntaf: dim ond ar ôl ysgrifennu archif ohono y caiff deunydd ei "
        "achosion ei lanhau.",
    ),
    "archive.already_purged": Words(
        "This round's case material has already been purged.",
        "Mae deunydd achosion y cylch hwn eisoes wedi'i lanhau.",
    ),
    "archive.purged": Words(
        "This round's case material has been purged, so an archive written now would lack it. Keep "
        "the archive written before the purge.",
        "Mae deunydd achosion y cylch hwn wedi'i lanhau, felly byddai archif a ysgrifennir nawr hebddo. "
        "Cadwch yr archif a ysgrifennwyd cyn y glanhau.",
    ),
    # Why a name cannot be shown as typed (core.display_names).
    "name.empty": Words(
        "It has no letter or number that can be seen.",
        "Nid oes ynddo unrhyw lythyren na rhif y gellir ei weld.",
    ),
    "name.control": Words(
        "It contains a control character (such as a tab or a line break). Names, titles and references must "
        "be plain text on one line.",
        "Mae'n cynnwys nod rheoli (fel tab neu doriad llinell). Rhaid i enwau, teitlau a chyfeirnodau fod "
        "yn destun plaen ar un llinell.",
    ),
    "name.direction": Words(
        "It contains a hidden character that reverses or reorders the text, so it would not read as it was "
        "typed.",
        "Mae'n cynnwys nod cudd sy'n troi'r testun o chwith neu'n newid ei drefn, felly ni fyddai'n darllen "
        "fel y cafodd ei deipio.",
    ),
    "name.invisible": Words(
        "It contains an invisible character (such as a zero-width space), which could make two different "
        "names look the same.",
        "Mae'n cynnwys nod anweledig (fel bwlch lled sero), a allai wneud i ddau enw gwahanol edrych yr un "
        "fath.",
    ),
    "refusal.dataset.not_coordinator": Words(
        "Only a coordinator's profile holds the rounds' findings: open the coordinator's profile to "
        "export the dataset.",
        "Dim ond proffil cydlynydd sy'n dal canfyddiadau'r cylchoedd: agorwch broffil y cydlynydd i "
        "allforio'r set ddata.",
    ),
    "refusal.dataset.no_force": Words(
        "Name the police force whose cases the panel reviewed (--force; it is remembered for the next "
        "export): the dataset needs it to be combined with other OPCCs' data.",
        "Enwch yr heddlu yr adolygodd y panel ei achosion (--force; caiff ei gofio ar gyfer yr allforio "
        "nesaf): mae ar y set ddata ei angen er mwyn ei chyfuno â data swyddfeydd comisiynwyr eraill.",
    ),
}
