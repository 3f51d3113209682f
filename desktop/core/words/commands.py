"""The words the command line prints around the services' own sentences.

Part of the one catalogue (`desktop.core.words`): look a text up there with `say`.
"""

from __future__ import annotations

from desktop.core.words.entry import Words

COMMANDS: dict[str, Words] = {
    "cli.kind.card": Words("member card", "cerdyn aelod"),
    "cli.kind.assignment-pack": Words("assignment pack", "pecyn achosion"),
    "cli.kind.review-package": Words("review package", "pecyn adolygu"),
    "cli.kind.unknown": Words(
        "not a Panel Review file that can be read",
        "nid yw'n ffeil Adolygiad Panel y gellir ei darllen",
    ),
    "cli.encrypted": Words(
        "encrypted: only its intended reader can open it",
        "wedi'i hamgryptio: dim ond y darllenydd bwriadedig all ei hagor",
    ),
    "cli.intact": Words(
        "intact: signature and contents check out",
        "yn gyfan: mae'r llofnod a'r cynnwys yn gywir",
    ),
    "cli.damaged": Words("NOT intact", "NID yw'n gyfan"),
    "cli.signed_by": Words("signed by", "wedi'i llofnodi gan"),
    "cli.fingerprint": Words("fingerprint", "ôl bys"),
    "cli.for": Words("for (fingerprint)", "ar gyfer (ôl bys)"),
    "cli.round": Words("round", "cylch"),
    "cli.erase_on": Words("members' copies erased on", "copïau'r aelodau'n cael eu dileu ar"),
    "cli.no_erase_date": Words("no erasure date set", "dim dyddiad dileu wedi'i osod"),
    "cli.revision": Words("revision", "fersiwn"),
    "cli.created": Words("created (UTC)", "crëwyd (UTC)"),
    "cli.entries": Words("entries", "cofnodion"),
    "cli.enrolled": Words("enrolled", "wedi'i gofrestru"),
    "cli.already": Words("already on the roster", "eisoes ar y rhestr"),
    "cli.confirmed": Words("confirmed", "wedi'i gadarnhau"),
    "cli.not_confirmed": Words("fingerprint not yet confirmed", "ôl bys heb ei gadarnhau eto"),
    "cli.revoked": Words("access withdrawn", "mynediad wedi'i dynnu'n ôl"),
    "cli.written": Words("written", "wedi'i hysgrifennu"),
    "cli.erased": Words(
        "Case material of {round} removed from this laptop. Cases: {cases}; documents: {documents}; "
        "answers: {answers}; notes: {notes}. Save the erasure receipt for your coordinator with "
        "round save-receipt.",
        "Tynnwyd deunydd achosion {round} oddi ar y gliniadur hwn. Achosion: {cases}; dogfennau: "
        "{documents}; atebion: {answers}; nodiadau: {notes}. Cadwch y dderbynneb dileu ar gyfer eich "
        "cydlynydd gyda round save-receipt.",
    ),
    "cli.erasure_receipt": Words("erasure receipt", "derbynneb dileu"),
    "cli.erased_on": Words("case material erased on {date}", "deunydd achosion wedi'i ddileu ar {date}"),
    "cli.not_erased": Words("case material not yet erased", "deunydd achosion heb ei ddileu eto"),
    "cli.no_receipt": Words(
        "This round has no erasure receipt: its case material has not been removed, or it did not come "
        "from a coordinator.",
        "Nid oes derbynneb dileu gan y cylch hwn: nid yw ei ddeunydd achosion wedi'i dynnu, neu ni "
        "ddaeth gan gydlynydd.",
    ),
    "cli.accepted": Words("accepted", "derbyniwyd"),
    "cli.superseded": Words("superseded by a later revision", "disodlwyd gan fersiwn ddiweddarach"),
    "cli.pending": Words("changed: waiting for your decision", "wedi newid: yn aros am eich penderfyniad"),
    "cli.duplicate": Words("duplicate: already taken in", "dyblyg: wedi'i derbyn eisoes"),
    "cli.rejected": Words("rejected", "gwrthodwyd"),
    "cli.short": Words("could not get enough members", "methu cael digon o aelodau"),
    "cli.assigned": Words("assignments added", "dyraniadau wedi'u hychwanegu"),
    "cli.returned": Words("returned revision", "fersiwn a ddychwelwyd"),
    "cli.nothing_back": Words("nothing back yet", "dim byd yn ôl eto"),
    "cli.unchanged": Words("already imported: nothing changed", "wedi'i fewnforio eisoes: dim wedi newid"),
    "cli.added": Words("cases added", "achosion wedi'u hychwanegu"),
    "cli.withdrawn": Words("cases withdrawn", "achosion wedi'u tynnu'n ôl"),
    "cli.incomplete": Words("not complete", "heb eu cwblhau"),
    "cli.deferred": Words("deferred", "wedi'u gohirio"),
    "cli.complete": Words("complete", "wedi'u cwblhau"),
    "cli.unfinished": Words(
        "Reviews not marked complete by their members: {unfinished} of {used} – {which}. Nothing was "
        "written; to publish the report with them disclosed, run the command again with "
        "--include-unfinished.",
        "Adolygiadau heb eu nodi'n gyflawn gan eu haelodau: {unfinished} o {used} – {which}. Nid "
        "ysgrifennwyd dim; i gyhoeddi'r adroddiad gan ddatgelu hynny, rhedwch y gorchymyn eto gyda "
        "--include-unfinished.",
    ),
    "cli.untranslated_cy": Words(
        "Texts not yet translated into Welsh: {count}. Nothing was written; to write the report with them "
        "in English, run the command again with --allow-untranslated.",
        "Testunau heb eu cyfieithu i'r Gymraeg eto: {count}. Nid ysgrifennwyd dim; i ysgrifennu'r adroddiad "
        "gyda nhw yn Saesneg, rhedwch y gorchymyn eto gyda --allow-untranslated.",
    ),
    "cli.untranslated_en": Words(
        "Texts not yet translated into English: {count}. Nothing was written; to write the report with them "
        "in Welsh, run the command again with --allow-untranslated.",
        "Testunau heb eu cyfieithu i'r Saesneg eto: {count}. Nid ysgrifennwyd dim; i ysgrifennu'r adroddiad "
        "gyda nhw yn Gymraeg, rhedwch y gorchymyn eto gyda --allow-untranslated.",
    ),
    "cli.new_coordinator": Words(
        "This coordinator is new to you. Phone them, read this fingerprint together, and if it matches run "
        "the command again with --confirm followed by the fingerprint:",
        "Mae'r cydlynydd hwn yn newydd i chi. Ffoniwch nhw, darllenwch yr ôl bys hwn gyda'ch gilydd, "
        "ac os yw'n cyfateb, rhedwch y gorchymyn eto gyda --confirm a'r ôl bys:",
    ),
    "cli.several_profiles": Words(
        "There are several profiles on this computer. Choose one with --profile:",
        "Mae sawl proffil ar y cyfrifiadur hwn. Dewiswch un gyda --profile:",
    ),
    # `panel-review --selftest` (cli.selftest).
    "cli.ok": Words("ok", "iawn"),
    "cli.failed": Words("FAILED", "METHWYD"),
    "cli.check.database": Words(
        "create and reopen an encrypted database (a wrong passphrase refused)",
        "creu ac ailagor cronfa ddata wedi'i hamgryptio (gan wrthod cyfrinymadrodd anghywir)",
    ),
    "cli.check.templates": Words(
        "load every template that comes with the app, in English and Welsh",
        "llwytho pob templed sy'n dod gyda'r ap, yn Saesneg ac yn Gymraeg",
    ),
    "cli.check.exchange": Words(
        "sign, encrypt, decrypt and verify a member card and a review package",
        "llofnodi, amgryptio, dadgryptio a gwirio cerdyn aelod a phecyn adolygu",
    ),
    "cli.check.pdf": Words("render a panel report as PDF", "creu adroddiad panel fel PDF"),
    "cli.check.docx": Words(
        "render a panel report as a Word document",
        "creu adroddiad panel fel dogfen Word",
    ),
    "cli.check.xliff": Words(
        "write a round's texts for a translator (XLIFF) and read them back",
        "ysgrifennu testunau cylch i gyfieithydd (XLIFF) a'u darllen yn ôl",
    ),
    "cli.check.translations": Words(
        "load the Welsh translation of the interface",
        "llwytho cyfieithiad Cymraeg y rhyngwyneb",
    ),
    "cli.check.start": Words("start the self-test", "dechrau'r hunan-brawf"),
    "cli.check.libraries": Words(
        "find every system library this build needs",
        "dod o hyd i bob llyfrgell system sydd ei hangen ar yr adeiladwaith hwn",
    ),
    "cli.check.window": Words(
        "start the window system the app would use",
        "cychwyn y system ffenestri y byddai'r ap yn ei defnyddio",
    ),
    "cli.not_tested": Words("not tested", "heb ei brofi"),
    # Which build the self-test ran (and `--version`): the date and commit are the bundle's own.
    "cli.identity.built": Words(
        "Panel Review {version}, built {date} from commit {commit}",
        "Adolygiad Panel {version}, adeiladwyd ar {date} o ddiwygiad {commit} y cod ffynhonnell",
    ),
    "cli.identity.source": Words(
        "Panel Review {version}, running from source",
        "Adolygiad Panel {version}, yn rhedeg o'r cod ffynhonnell",
    ),
    # The window check (services.window_system): what started, or what is missing and how to get it.
    "libraries.missing": Words(
        "System libraries this build needs are missing from this computer: {libraries}.",
        "Mae llyfrgelloedd system sydd eu hangen ar yr adeiladwaith hwn ar goll o'r cyfrifiadur hwn: "
        "{libraries}.",
    ),
    "window.plugin": Words("Qt platform plugin: {platform}", "ategyn platfform Qt: {platform}"),
    "window.no_display": Words(
        "no display to test on: neither DISPLAY nor WAYLAND_DISPLAY is set; the system libraries "
        'that Qt platform plugin "{platform}" needs are all present',
        "dim sgrin i brofi arni: nid yw DISPLAY na WAYLAND_DISPLAY wedi'u gosod; mae'r holl "
        'lyfrgelloedd system sydd eu hangen ar ategyn platfform Qt "{platform}" yn bresennol',
    ),
    "window.missing": Words(
        'Qt platform plugin "{platform}" cannot start: system libraries missing from this '
        "computer: {libraries}.",
        'Ni all ategyn platfform Qt "{platform}" gychwyn: llyfrgelloedd system sydd ar goll o\'r '
        "cyfrifiadur hwn: {libraries}.",
    ),
    "window.install": Words(
        "To install them on Debian or Ubuntu: {command}",
        "I'w gosod ar Debian neu Ubuntu: {command}",
    ),
    "window.unknown": Words(
        "No package is known here for: {libraries}. Ask whoever looks after this computer.",
        "Nid oes pecyn hysbys yma ar gyfer: {libraries}. Gofynnwch i bwy bynnag sy'n gofalu am y "
        "cyfrifiadur hwn.",
    ),
    "window.damaged": Words(
        "Files of the app itself are missing: {libraries}. Unpack or install it again.",
        "Mae ffeiliau'r ap ei hun ar goll: {libraries}. Dadbaciwch neu gosodwch ef eto.",
    ),
    "window.failed": Words(
        'Qt platform plugin "{platform}" did not start (exit code: {code}). Qt said: {message}',
        'Ni ddechreuodd ategyn platfform Qt "{platform}" (cod gadael: {code}). Dywedodd Qt: {message}',
    ),
    "window.timeout": Words(
        'Qt platform plugin "{platform}" did not start within the time allowed (seconds: {seconds}).',
        'Ni ddechreuodd ategyn platfform Qt "{platform}" o fewn yr amser a ganiateir (eiliadau: {seconds}).',
    ),
    # panel-review translations export / import (cli.translation_commands).
    "cli.translations.exported": Words("texts to translate", "testunau i'w cyfieithu"),
    "cli.translations.applied": Words("translations stored", "cyfieithiadau a gadwyd"),
    "cli.translations.changed": Words(
        "texts changed since the file was exported; their translations were not stored "
        "(--apply-changed stores them)",
        "testunau a newidiodd ers allforio'r ffeil; ni chadwyd eu cyfieithiadau "
        "(mae --apply-changed yn eu cadw)",
    ),
    "cli.translations.changed_applied": Words(
        "texts changed since the file was exported; stored as you asked",
        "testunau a newidiodd ers allforio'r ffeil; wedi'u cadw fel y gofynnoch",
    ),
    "cli.translations.unknown": Words(
        "texts no longer in the round; not stored", "testunau nad ydynt yn y cylch mwyach; heb eu cadw"
    ),
    "cli.translations.unfilled": Words("left empty in the file", "wedi'u gadael yn wag yn y ffeil"),
    # panel-review audit verify (cli.commands.audit_verify).
    "cli.archive.written": Words(
        "Archive written: {path} ({files} files). Its SHA-256, recorded on the round: {sha256}. Keep "
        "the passphrase with the OPCC's records: without it the archive cannot be opened.",
        "Ysgrifennwyd yr archif: {path} ({files} ffeil). Ei SHA-256, a gofnodwyd ar y cylch: {sha256}. "
        "Cadwch y cyfrinymadrodd gyda chofnodion Swyddfa'r Comisiynydd: hebddo ni ellir agor yr archif.",
    ),
    "cli.purge.confirm": Words(
        "This removes the round's case documents, case summaries and members' notes from this profile "
        "and its backups, for good; the report, findings and recommendations stay. Run the command "
        "again with --yes to purge.",
        "Mae hyn yn tynnu dogfennau achosion, crynodebau achosion a nodiadau aelodau'r cylch oddi ar y "
        "proffil hwn a'i gopïau wrth gefn, am byth; mae'r adroddiad, y canfyddiadau a'r argymhellion yn "
        "aros. Rhedwch y gorchymyn eto gyda --yes i lanhau.",
    ),
    "cli.purge.done": Words(
        "Case material purged. Documents: {documents}. Case summaries: {summaries}. Members' notes: "
        "{notes}. Backups cleared: {copies}",
        "Glanhawyd deunydd yr achosion. Dogfennau: {documents}. Crynodebau achosion: {summaries}. "
        "Nodiadau aelodau: {notes}. Copïau wrth gefn a gliriwyd: {copies}",
    ),
    "cli.audit.whole": Words(
        "The audit log is whole: every entry is linked to the one before it. Entries: {count}",
        "Mae'r log archwilio'n gyfan: mae pob cofnod wedi'i gysylltu â'r un o'i flaen. Cofnodion: {count}",
    ),
    "cli.audit.broken": Words(
        "The audit log has been changed: entry {number} ({time} UTC, {action}) does not match the "
        "entries before it. Everything before it is whole.",
        "Mae'r log archwilio wedi'i newid: nid yw cofnod {number} ({time} UTC, {action}) yn cyfateb "
        "i'r cofnodion o'i flaen. Mae popeth o'i flaen yn gyfan.",
    ),
    "cli.dataset.written": Words(
        "Dataset written to {folder}. Rounds: {rounds}. Findings: {findings}. Answers: {answers}. "
        "Files: {files}",
        "Ysgrifennwyd y set ddata i {folder}. Cylchoedd: {rounds}. Canfyddiadau: {findings}. "
        "Atebion: {answers}. Ffeiliau: {files}",
    ),
    "cli.dataset.parquet_missing": Words(
        "Parquet files need the pyarrow library, which is not installed with this copy of Panel Review, "
        "so the dataset was written as CSV instead.",
        "Mae ar ffeiliau Parquet angen y llyfrgell pyarrow, nad yw wedi'i gosod gyda'r copi hwn o Adolygiad "
        "Panel, felly ysgrifennwyd y set ddata fel CSV yn lle hynny.",
    ),
}
