<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <source>Checklist</source>
        <translation>Rhestr wirio</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Yn chwilio…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Dim canlyniadau</translation>
    </message>
    <message>
        <source>Match {current} of {total}</source>
        <translation>Canlyniad {current} o {total}</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Chwilio:</translation>
    </message>
    <message>
        <source>Type a word to find</source>
        <translation>Teipiwch air i chwilio amdano</translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation>Chwilio yn y ddogfen hon</translation>
    </message>
    <message>
        <source>Find a word in this document (Ctrl+F)</source>
        <translation>Chwilio am air yn y ddogfen hon (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Blaenorol</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Canlyniad blaenorol</translation>
    </message>
    <message>
        <source>Go to the previous match (Shift+F3)</source>
        <translation>Mynd i&apos;r canlyniad blaenorol (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Canlyniad nesaf</translation>
    </message>
    <message>
        <source>Go to the next match (F3 or Enter)</source>
        <translation>Mynd i&apos;r canlyniad nesaf (F3 neu Enter)</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>− Smaller</source>
        <translation>− Llai</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>Make the document smaller (Ctrl+-)</source>
        <translation>Gwneud y ddogfen yn llai (Ctrl+-)</translation>
    </message>
    <message>
        <source>+ Larger</source>
        <translation>+ Mwy</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <source>Make the document larger (Ctrl+=)</source>
        <translation>Gwneud y ddogfen yn fwy (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ffitio&apos;r lled</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Ffitio&apos;r dudalen i&apos;r lled</translation>
    </message>
    <message>
        <source>Make the page as wide as this panel (Ctrl+0)</source>
        <translation>Gwneud y dudalen mor llydan â&apos;r panel hwn (Ctrl+0)</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>o {count}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Tudalen flaenorol</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Rhif y dudalen</translation>
    </message>
    <message>
        <source>Type a page number and press Enter to go there</source>
        <translation>Teipiwch rif tudalen a phwyso Enter i fynd yno</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Tudalen nesaf</translation>
    </message>
    <message>
        <source>Text of page {page}</source>
        <translation>Testun tudalen {page}</translation>
    </message>
    <message>
        <source>This page is an image with no text: ask the coordinator for a text version.</source>
        <translation>Llun heb destun yw&apos;r dudalen hon: gofynnwch i&apos;r cydlynydd am gopi ar ffurf testun.</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Tudalennau&apos;r ddogfen</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>Testun y dudalen</translation>
    </message>
    <message>
        <source>Shows the text of this page, for reading aloud, instead of its image</source>
        <translation>Yn dangos testun y dudalen hon, i&apos;w ddarllen yn uchel, yn lle ei llun</translation>
    </message>
    <message>
        <source>Show this page as text that a screen reader can read (Ctrl+T)</source>
        <translation>Dangos y dudalen hon fel testun y gall darllenydd sgrin ei ddarllen (Ctrl+T)</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Testun y ddogfen</translation>
    </message>
    <message>
        <source>This document is protected by a password, so it cannot be opened here.</source>
        <translation>Mae cyfrinair yn diogelu&apos;r ddogfen hon, felly nid oes modd ei hagor yma.</translation>
    </message>
    <message>
        <source>This kind of document cannot be shown here.</source>
        <translation>Nid oes modd dangos y math hwn o ddogfen yma.</translation>
    </message>
    <message>
        <source>This document could not be opened. It may be damaged.</source>
        <translation>Nid oedd modd agor y ddogfen hon. Efallai ei bod wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>If you need it for this review, please tell your panel coordinator.</source>
        <translation>Os oes ei hangen arnoch ar gyfer yr adolygiad hwn, rhowch wybod i gydlynydd eich panel.</translation>
    </message>
    <message>
        <source>Opening the case documents…</source>
        <translation>Yn agor dogfennau&apos;r achos…</translation>
    </message>
    <message>
        <source>The documents of this case could not be read. Your answers are not affected.</source>
        <translation>Nid oedd modd darllen dogfennau&apos;r achos hwn. Nid effeithir ar eich atebion.</translation>
    </message>
    <message>
        <source>This case has no documents.</source>
        <translation>Nid oes dogfennau yn yr achos hwn.</translation>
    </message>
    <message>
        <source>Case documents</source>
        <translation>Dogfennau&apos;r achos</translation>
    </message>
    <message>
        <source>Untitled document</source>
        <translation>Dogfen heb deitl</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>Canslwyd: ni chadwyd dim.</translation>
    </message>
    <message>
        <source>Roun&amp;d:</source>
        <translation>Cy&amp;lch:</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Cylch adolygu</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Arsylwad</translation>
    </message>
    <message>
        <source>Force response</source>
        <translation>Ymateb yr heddlu</translation>
    </message>
    <message>
        <source>Response date</source>
        <translation>Dyddiad yr ymateb</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Dim ymateb eto</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Argymhelliad</translation>
    </message>
    <message>
        <source>From round</source>
        <translation>O&apos;r cylch</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyddiad cau</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Diweddariad</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Cases done</source>
        <translation>Cwblhawyd</translation>
    </message>
    <message>
        <source>Case material</source>
        <translation>Deunydd achosion</translation>
    </message>
    <message>
        <source>Removed on {date}</source>
        <translation>Tynnwyd ar {date}</translation>
    </message>
    <message>
        <source>Kept until {date}</source>
        <translation>Yn cael ei gadw tan {date}</translation>
    </message>
    <message>
        <source>No date set</source>
        <translation>Dim dyddiad wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Case material removed from this laptop on {date}.</source>
        <translation>Tynnwyd deunydd yr achosion oddi ar y gliniadur hwn ar {date}.</translation>
    </message>
    <message>
        <source>Case material will be removed from this laptop on {date}.</source>
        <translation>Bydd deunydd yr achosion yn cael ei dynnu oddi ar y gliniadur hwn ar {date}.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Type and strand</source>
        <translation>Math a llinyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Wedi ateb</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Case material purged on {date}</source>
        <translation>Glanhawyd deunydd yr achosion ar {date}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Erasure receipt</source>
        <translation>Derbynneb dileu</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Cases assigned</source>
        <translation>Achosion a ddyrannwyd</translation>
    </message>
    <message>
        <source>Revision returned</source>
        <translation>Fersiwn a ddychwelwyd</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Wedi&apos;i ohirio</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <source>{answered} of {required}</source>
        <translation>{answered} o {required}</translation>
    </message>
    <message>
        <source>Panel Review</source>
        <translation>Adolygiad Panel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Gw&amp;eld</translation>
    </message>
    <message>
        <source>&amp;Layout of the panes</source>
        <translation>T&amp;refn y cwareli</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>Maint y &amp;testun</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Arferol</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Mawr</translation>
    </message>
    <message>
        <source>La&amp;rger</source>
        <translation>M&amp;wy</translation>
    </message>
    <message>
        <source>Lar&amp;gest</source>
        <translation>Mwya&amp;f</translation>
    </message>
    <message>
        <source>{name} ({percent}%)</source>
        <translation>{name} ({percent}%)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Adolygu</translation>
    </message>
    <message>
        <source>&amp;Language / Iaith</source>
        <translation>&amp;Iaith / Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Cy&amp;morth</translation>
    </message>
    <message>
        <source>&amp;Print my review…</source>
        <translation>&amp;Argraffu fy adolygiad…</translation>
    </message>
    <message>
        <source>Imp&amp;ort cases from coordinator…</source>
        <translation>&amp;Mewnforio achosion oddi wrth y cydlynydd…</translation>
    </message>
    <message>
        <source>&amp;Send my review…</source>
        <translation>An&amp;fon fy adolygiad…</translation>
    </message>
    <message>
        <source>&amp;Export my member card…</source>
        <translation>Allfo&amp;rio fy ngherdyn aelod…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Newid cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time…</source>
        <translation>Cloi ar ôl &amp;segurdod…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Cloi nawr</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Adfer o g&amp;opi wrth gefn…</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>Newid &amp;proffil…</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>Proffil &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <source>The profile could not be created: {error}</source>
        <translation>Nid oedd modd creu&apos;r proffil: {error}</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made. Your work is saved as usual; check that the disk has free space.</source>
        <translation>Nid oedd modd gwneud copi wrth gefn heddiw. Mae eich gwaith yn cael ei gadw fel arfer; gwiriwch fod lle gwag ar y ddisg.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Agor ffeil</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Panel Review was opened with the file {file}. Import the cases in it now?</source>
        <translation>Agorwyd Adolygiad Panel gyda&apos;r ffeil {file}. Mewnforio&apos;r achosion sydd ynddi nawr?</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>There are no backups yet. Panel Review makes one each day you unlock it.</source>
        <translation>Nid oes copïau wrth gefn eto. Mae Adolygiad Panel yn gwneud un bob dydd y byddwch chi&apos;n ei ddatgloi.</translation>
    </message>
    <message>
        <source>Panel Review will lock before restoring a backup. Continue?</source>
        <translation>Bydd Adolygiad Panel yn cloi cyn adfer copi wrth gefn. Ydych chi am barhau?</translation>
    </message>
    <message>
        <source>The backup ({backup}) is back in place. Your previous file was kept as {name}. Enter your passphrase to open the backup.</source>
        <translation>Mae&apos;r copi wrth gefn ({backup}) yn ôl yn ei le. Cadwyd eich ffeil flaenorol fel {name}. Rhowch eich cyfrinymadrodd i agor y copi wrth gefn.</translation>
    </message>
    <message>
        <source>The backup could not be restored, and nothing was changed: {error}</source>
        <translation>Nid oedd modd adfer y copi wrth gefn, ac ni newidiwyd dim: {error}</translation>
    </message>
    <message>
        <source>Lock with unsaved changes?</source>
        <translation>Cloi gyda newidiadau heb eu cadw?</translation>
    </message>
    <message>
        <source>Switch profile with unsaved changes?</source>
        <translation>Newid proffil gyda newidiadau heb eu cadw?</translation>
    </message>
    <message>
        <source>Some of your latest changes could not be saved yet. If you switch profile now, they will be lost. Switch anyway?</source>
        <translation>Nid oedd modd cadw rhai o&apos;ch newidiadau diweddaraf eto. Os byddwch chi&apos;n newid proffil nawr, byddan nhw&apos;n cael eu colli. Newid beth bynnag?</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Cloi ar ôl segurdod</translation>
    </message>
    <message>
        <source>Lock Panel Review after this many minutes without use:</source>
        <translation>Cloi Adolygiad Panel ar ôl hyn o funudau heb ei ddefnyddio:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <source>Quit without saving?</source>
        <translation>Gadael heb gadw?</translation>
    </message>
    <message>
        <source>Some of your latest changes could not be saved yet. If you lock now, Panel Review keeps them and tries again when you unlock. Lock now?</source>
        <translation>Nid oedd modd cadw rhai o&apos;ch newidiadau diweddaraf eto. Os byddwch chi&apos;n cloi nawr, bydd Adolygiad Panel yn eu cadw ac yn ceisio eto pan fyddwch chi&apos;n datgloi. Cloi nawr?</translation>
    </message>
    <message>
        <source>Some of your latest changes could not be saved yet. If you quit now, they will be lost. Quit anyway?</source>
        <translation>Nid oedd modd cadw rhai o&apos;ch newidiadau diweddaraf eto. Os byddwch chi&apos;n gadael nawr, byddan nhw&apos;n cael eu colli. Gadael beth bynnag?</translation>
    </message>
    <message>
        <source>1 – 9: choose an answer to the question you are on</source>
        <translation>1 – 9: dewis ateb i&apos;r cwestiwn rydych arno</translation>
    </message>
    <message>
        <source>Enter: go to the next question (Ctrl+Enter from a note)</source>
        <translation>Enter: mynd i&apos;r cwestiwn nesaf (Ctrl+Enter o nodyn)</translation>
    </message>
    <message>
        <source>Ctrl+Up / Ctrl+Down: previous / next question</source>
        <translation>Ctrl+Saeth i Fyny / Ctrl+Saeth i Lawr: cwestiwn blaenorol / nesaf</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab: move between answers, hours and notes</source>
        <translation>Tab / Shift+Tab: symud rhwng atebion, oriau a nodiadau</translation>
    </message>
    <message>
        <source>F1: show or hide guidance for the question</source>
        <translation>F1: dangos neu guddio canllawiau&apos;r cwestiwn</translation>
    </message>
    <message>
        <source>Alt+Page Down / Alt+Page Up: next / previous case</source>
        <translation>Alt+Tudalen i Lawr / Alt+Tudalen i Fyny: achos nesaf / blaenorol</translation>
    </message>
    <message>
        <source>Enter in the case list: open the chosen case</source>
        <translation>Enter yn y rhestr achosion: agor yr achos a ddewiswyd</translation>
    </message>
    <message>
        <source>F6 / Shift+F6: next / previous pane (cases, documents, checklist)</source>
        <translation>F6 / Shift+F6: y cwarel nesaf / blaenorol (achosion, dogfennau, rhestr wirio)</translation>
    </message>
    <message>
        <source>Ctrl+M: mark the case complete; Ctrl+D: defer it</source>
        <translation>Ctrl+M: nodi bod yr achos wedi&apos;i gwblhau; Ctrl+D: ei ohirio</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z: undo / redo an answer or note</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z: dadwneud / ail-wneud ateb neu nodyn</translation>
    </message>
    <message>
        <source>Ctrl+F: search the document; F3: next match</source>
        <translation>Ctrl+F: chwilio&apos;r ddogfen; F3: canlyniad nesaf</translation>
    </message>
    <message>
        <source>Ctrl+T: the page&apos;s text instead of its image (for screen readers)</source>
        <translation>Ctrl+T: testun y dudalen yn lle ei llun (ar gyfer darllenwyr sgrin)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C: cite the page in view, with any words selected on it, as evidence</source>
        <translation>Ctrl+Shift+C: nodi&apos;r dudalen sydd o&apos;ch blaen, gydag unrhyw eiriau a ddewiswyd arni, fel tystiolaeth</translation>
    </message>
    <message>
        <source>Enter on a citation: open the document at that page; Delete: remove it</source>
        <translation>Enter ar dystiolaeth: agor y ddogfen ar y dudalen honno; Delete: ei thynnu</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Left / Right / 0: wider documents / wider checklist / balanced panes</source>
        <translation>Ctrl+Alt+Saeth Chwith / Saeth Dde / 0: dogfennau lletach / rhestr wirio letach / cwareli cytbwys</translation>
    </message>
    <message>
        <source>Ctrl+P: print my review; Ctrl+L: lock now</source>
        <translation>Ctrl+P: argraffu fy adolygiad; Ctrl+L: cloi nawr</translation>
    </message>
    <message>
        <source>F6 / Ctrl+Page Down: next page; Shift+F6 / Ctrl+Page Up: previous page</source>
        <translation>F6 / Ctrl+Tudalen i Lawr: y dudalen nesaf; Shift+F6 / Ctrl+Tudalen i Fyny: y dudalen flaenorol</translation>
    </message>
    <message>
        <source>Alt and a page&apos;s underlined letter: go to that page</source>
        <translation>Alt a&apos;r llythyren sydd wedi&apos;i thanlinellu ar dudalen: mynd i&apos;r dudalen honno</translation>
    </message>
    <message>
        <source>Findings: F8 / Shift+F8: next / previous split not yet decided</source>
        <translation>Canfyddiadau: F8 / Shift+F8: yr anghytundeb nesaf / blaenorol heb benderfyniad eto</translation>
    </message>
    <message>
        <source>Findings: Enter on a cell: every member&apos;s answer, and the panel&apos;s decision</source>
        <translation>Canfyddiadau: Enter ar gell: ateb pob aelod, a phenderfyniad y panel</translation>
    </message>
    <message>
        <source>Enter on a member&apos;s evidence: your copy of the document at that page</source>
        <translation>Enter ar dystiolaeth aelod: eich copi chi o&apos;r ddogfen ar y dudalen honno</translation>
    </message>
    <message>
        <source>Translation: F8: next text not yet translated; Ctrl+Enter: save the version</source>
        <translation>Cyfieithu: F8: y testun nesaf sydd heb ei gyfieithu eto; Ctrl+Enter: cadw&apos;r fersiwn</translation>
    </message>
    <message>
        <source>Reading before publishing: F8: next text not yet confirmed</source>
        <translation>Darllen cyn cyhoeddi: F8: y testun nesaf sydd heb ei gadarnhau eto</translation>
    </message>
    <message>
        <source>Ctrl+L: lock now</source>
        <translation>Ctrl+L: cloi nawr</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Cyfrinymadrodd presennol:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <source>&amp;Type the new one again:</source>
        <translation>&amp;Teipiwch yr un newydd eto:</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd presennol yn gywir.</translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation>Mae eich cyfrinymadrodd wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>my-review</source>
        <translation>fy-adolygiad</translation>
    </message>
    <message>
        <source>Print my review</source>
        <translation>Argraffu fy adolygiad</translation>
    </message>
    <message>
        <source>Print only the {started} cases you have started? Choose No to print all {total} cases of the round.</source>
        <translation>Argraffu dim ond y {started} achos rydych wedi&apos;u dechrau? Dewiswch Na i argraffu pob un o {total} achos y cylch.</translation>
    </message>
    <message>
        <source>PDF in English</source>
        <translation>PDF yn Saesneg</translation>
    </message>
    <message>
        <source>PDF in Welsh</source>
        <translation>PDF yn Gymraeg</translation>
    </message>
    <message>
        <source>PDF in Welsh and English</source>
        <translation>PDF yn Gymraeg ac yn Saesneg</translation>
    </message>
    <message>
        <source>CSV (a spreadsheet, both languages)</source>
        <translation>CSV (taenlen, y ddwy iaith)</translation>
    </message>
    <message>
        <source>Retention report</source>
        <translation>Adroddiad cadw data</translation>
    </message>
    <message>
        <source>For the data-protection officer: when each member&apos;s laptop removed this round&apos;s case material, from their signed erasure receipts, or that it has not yet. Which form?</source>
        <translation>Ar gyfer y swyddog diogelu data: pryd y tynnodd gliniadur pob aelod ddeunydd achosion y cylch hwn, o&apos;u derbynebau dileu wedi&apos;u llofnodi, neu nad yw wedi gwneud hynny eto. Pa ffurf?</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The retention report could not be written: {error}</source>
        <translation>Nid oedd modd ysgrifennu&apos;r adroddiad cadw data: {error}</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Wedi&apos;i ysgrifennu: {path}</translation>
    </message>
    <message>
        <source>Your review was saved as {path}. Open it now, to read or print it?</source>
        <translation>Cafodd eich adolygiad ei gadw fel {path}. Ei agor nawr, i&apos;w ddarllen neu ei argraffu?</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {error}</source>
        <translation>Nid oedd modd cadw&apos;r PDF: {error}</translation>
    </message>
    <message>
        <source>My review</source>
        <translation>Fy adolygiad</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cylch</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Adolygydd</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Argraffwyd</translation>
    </message>
    <message>
        <source>{case}, question {number}: {finding}</source>
        <translation>{case}, cwestiwn {number}: {finding}</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Comment in the report</source>
        <translation>Sylw yn yr adroddiad</translation>
    </message>
    <message>
        <source>Comments on the detailed findings</source>
        <translation>Sylwadau ar y canfyddiadau manwl</translation>
    </message>
    <message>
        <source>Question {number}: {question}</source>
        <translation>Cwestiwn {number}: {question}</translation>
    </message>
    <message>
        <source>Cases compared</source>
        <translation>Achosion a gymharwyd</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Kappa Fleiss</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Alffa Krippendorff</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1</source>
        <translation>AC1 Gwet</translation>
    </message>
    <message>
        <source>Low agreement</source>
        <translation>Cytundeb isel</translation>
    </message>
    <message>
        <source>{name} (Member {letter})</source>
        <translation>{name} (Aelod {letter})</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Shown to them</source>
        <translation>Wedi&apos;i ddangos iddynt</translation>
    </message>
    <message>
        <source>{case}, question {number}</source>
        <translation>{case}, cwestiwn {number}</translation>
    </message>
    <message>
        <source>Each member&apos;s answer</source>
        <translation>Ateb pob aelod</translation>
    </message>
    <message>
        <source>Close this question</source>
        <translation>Cau&apos;r cwestiwn hwn</translation>
    </message>
    <message>
        <source>The panel&apos;s decision</source>
        <translation>Penderfyniad y panel</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Penderfyniad:</translation>
    </message>
    <message>
        <source>Leave unresolved</source>
        <translation>Gadael heb ei ddatrys</translation>
    </message>
    <message>
        <source>&amp;Why the panel decided this (required, printed in the report):</source>
        <translation>Pa&amp;m y penderfynodd y panel hyn (gofynnol, caiff ei argraffu yn yr adroddiad):</translation>
    </message>
    <message>
        <source>Why the panel decided this</source>
        <translation>Pam y penderfynodd y panel hyn</translation>
    </message>
    <message>
        <source>&amp;Save decision</source>
        <translation>&amp;Cadw&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>Record the panel&apos;s decision and its reason</source>
        <translation>Cofnodi penderfyniad y panel a&apos;r rheswm drosto</translation>
    </message>
    <message>
        <source>W&amp;ithdraw decision</source>
        <translation>&amp;Tynnu&apos;r penderfyniad yn ôl</translation>
    </message>
    <message>
        <source>Forget the recorded decision: the members&apos; split shows again</source>
        <translation>Anghofio&apos;r penderfyniad a gofnodwyd: daw anghytundeb yr aelodau i&apos;r golwg eto</translation>
    </message>
    <message>
        <source>The decision could not be saved: {reason}</source>
        <translation>Nid oedd modd cadw&apos;r penderfyniad: {reason}</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>awr</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>Deferred because</source>
        <translation>Wedi&apos;i ohirio oherwydd</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Tudalen {page} o {pages}</translation>
    </message>
    <message>
        <source>Confidential – contains case information. Do not leave unattended.</source>
        <translation>Cyfrinachol – yn cynnwys gwybodaeth am achosion. Peidiwch â&apos;i adael heb neb i ofalu amdano.</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Crynodeb o&apos;r achos</translation>
    </message>
    <message>
        <source>Points I flagged for the meeting</source>
        <translation>Pwyntiau a nodais ar gyfer y cyfarfod</translation>
    </message>
    <message>
        <source>Nothing flagged: no answer in this case calls for attention.</source>
        <translation>Dim wedi&apos;i nodi: nid oes unrhyw ateb yn yr achos hwn sydd angen sylw.</translation>
    </message>
    <message>
        <source>■ marks an answer that usually calls for attention (No, Partly, Unclear and the like).</source>
        <translation>Mae ■ yn dangos ateb sydd fel arfer angen sylw (Naddo, Nac oedd, Yn rhannol, Aneglur ac ati).</translation>
    </message>
    <message>
        <source>Not shown, because earlier answers meant they did not apply: questions {numbers}.</source>
        <translation>Heb eu dangos, am nad oeddent yn berthnasol yn sgil atebion cynharach: cwestiynau {numbers}.</translation>
    </message>
    <message>
        <source>See the points flagged above.</source>
        <translation>Gweler y pwyntiau a nodwyd uchod.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Canllawiau</translation>
    </message>
    <message>
        <source>Show or hide guidance (F1)</source>
        <translation>Dangos neu guddio canllawiau (F1)</translation>
    </message>
    <message>
        <source>Question {number}: {answer}, shortcut {digit}</source>
        <translation>Cwestiwn {number}: {answer}, llwybr byr {digit}</translation>
    </message>
    <message>
        <source>Question {number}: {answer}</source>
        <translation>Cwestiwn {number}: {answer}</translation>
    </message>
    <message>
        <source>Type your answer here</source>
        <translation>Teipiwch eich ateb yma</translation>
    </message>
    <message>
        <source>Hours until contact:</source>
        <translation>Oriau tan y cyswllt:</translation>
    </message>
    <message>
        <source>Hours until contact</source>
        <translation>Oriau tan y cyswllt</translation>
    </message>
    <message>
        <source>Note on: {question}</source>
        <translation>Nodyn ar: {question}</translation>
    </message>
    <message>
        <source>Note written in:</source>
        <translation>Iaith y nodyn:</translation>
    </message>
    <message>
        <source>Language of your note on question {number}</source>
        <translation>Iaith eich nodyn ar gwestiwn {number}</translation>
    </message>
    <message>
        <source>The report prints your note in the language you wrote it in, marked as such.</source>
        <translation>Mae&apos;r adroddiad yn argraffu eich nodyn yn yr iaith y gwnaethoch ei ysgrifennu ynddi, wedi&apos;i nodi felly.</translation>
    </message>
    <message>
        <source>Not saved yet. Your text is kept here and saving is tried again.</source>
        <translation>Heb ei gadw eto. Mae eich testun yn dal yma, a cheisir ei gadw eto.</translation>
    </message>
    <message>
        <source>This box can hold at most {limit} characters, so that was not added.</source>
        <translation>Gall y blwch hwn ddal {limit} nod ar y mwyaf, felly ni chafodd hynny ei ychwanegu.</translation>
    </message>
    <message>
        <source>{count} of {limit} characters used.</source>
        <translation>{count} o {limit} nod wedi&apos;u defnyddio.</translation>
    </message>
    <message>
        <source>Needs an answer</source>
        <translation>Angen ateb</translation>
    </message>
    <message>
        <source>Needs a note</source>
        <translation>Angen nodyn</translation>
    </message>
    <message>
        <source>A note is needed for this answer.</source>
        <translation>Mae angen nodyn ar gyfer yr ateb hwn.</translation>
    </message>
    <message>
        <source>Note (needed for this answer):</source>
        <translation>Nodyn (mae ei angen ar gyfer yr ateb hwn):</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Nodyn (dewisol):</translation>
    </message>
    <message>
        <source>Hide guidance for question {number}</source>
        <translation>Cuddio&apos;r canllawiau ar gyfer cwestiwn {number}</translation>
    </message>
    <message>
        <source>Show guidance for question {number}</source>
        <translation>Dangos y canllawiau ar gyfer cwestiwn {number}</translation>
    </message>
    <message>
        <source>What did you see in the file?</source>
        <translation>Beth welsoch chi yn y ffeil?</translation>
    </message>
    <message>
        <source>Your review rounds</source>
        <translation>Eich cylchoedd adolygu</translation>
    </message>
    <message>
        <source>Hello {name}. Choose a round and press Enter to start reviewing.</source>
        <translation>Helo {name}. Dewiswch gylch a phwyso Enter i ddechrau adolygu.</translation>
    </message>
    <message>
        <source>Hello {name}.</source>
        <translation>Helo {name}.</translation>
    </message>
    <message>
        <source>You have no review rounds yet. First, save your member card and send it to the commissioner&apos;s office; they will phone you to read its numbers together. Then they send you an assignment pack: import it here and its round appears.</source>
        <translation>Nid oes gennych gylchoedd adolygu eto. Yn gyntaf, cadwch eich cerdyn aelod a&apos;i anfon at swyddfa&apos;r comisiynydd; byddant yn eich ffonio i ddarllen ei rifau gyda&apos;ch gilydd. Yna byddant yn anfon pecyn achosion atoch: mewnforiwch ef yma a bydd ei gylch yn ymddangos.</translation>
    </message>
    <message>
        <source>1. Save my &amp;member card…</source>
        <translation>1. &amp;Cadw fy ngherdyn aelod…</translation>
    </message>
    <message>
        <source>Save my member card to send the coordinator</source>
        <translation>Cadw fy ngherdyn aelod i&apos;w anfon at y cydlynydd</translation>
    </message>
    <message>
        <source>2. &amp;Import the pack from the coordinator…</source>
        <translation>2. Mewnforio&apos;r &amp;pecyn oddi wrth y cydlynydd…</translation>
    </message>
    <message>
        <source>Import the assignment pack from the coordinator</source>
        <translation>Mewnforio&apos;r pecyn achosion oddi wrth y cydlynydd</translation>
    </message>
    <message>
        <source>Remove case material &amp;now…</source>
        <translation>Tynnu deunydd achosion &amp;nawr…</translation>
    </message>
    <message>
        <source>Remove the selected round&apos;s case material from this laptop now</source>
        <translation>Tynnu deunydd achosion y cylch a ddewiswyd oddi ar y gliniadur hwn nawr</translation>
    </message>
    <message>
        <source>Save &amp;erasure receipt…</source>
        <translation>Cadw &amp;derbynneb dileu…</translation>
    </message>
    <message>
        <source>Save the selected round&apos;s erasure receipt to send the coordinator</source>
        <translation>Cadw derbynneb dileu y cylch a ddewiswyd i&apos;w hanfon at y cydlynydd</translation>
    </message>
    <message>
        <source>Review rounds</source>
        <translation>Cylchoedd adolygu</translation>
    </message>
    <message>
        <source>A round is made from the force&apos;s case list (a CSV file saved from a spreadsheet) and a folder of the case documents. Choose a round to assign it, send packs and collect reviews.</source>
        <translation>Caiff cylch ei wneud o restr achosion yr heddlu (ffeil CSV wedi&apos;i chadw o daenlen) a ffolder o ddogfennau&apos;r achosion. Dewiswch gylch i&apos;w ddyrannu, anfon pecynnau a chasglu adolygiadau.</translation>
    </message>
    <message>
        <source>There are no rounds yet. Press New round to create the first.</source>
        <translation>Nid oes cylchoedd eto. Pwyswch Cylch newydd i greu&apos;r cyntaf.</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>Cylch &amp;newydd…</translation>
    </message>
    <message>
        <source>Create a new review round</source>
        <translation>Creu cylch adolygu newydd</translation>
    </message>
    <message>
        <source>&amp;Open round</source>
        <translation>Ag&amp;or cylch</translation>
    </message>
    <message>
        <source>Open the selected round</source>
        <translation>Agor y cylch a ddewiswyd</translation>
    </message>
    <message>
        <source>Use at least 10 characters. A short sentence is easy to remember.</source>
        <translation>Defnyddiwch o leiaf 10 nod. Mae brawddeg fer yn hawdd ei chofio.</translation>
    </message>
    <message>
        <source>That passphrase would be easy to guess.</source>
        <translation>Byddai&apos;n hawdd dyfalu&apos;r cyfrinymadrodd hwnnw.</translation>
    </message>
    <message>
        <source>Add more words that other people could not guess.</source>
        <translation>Ychwanegwch ragor o eiriau na allai pobl eraill eu dyfalu.</translation>
    </message>
    <message>
        <source>Use a few words, and avoid common phrases.</source>
        <translation>Defnyddiwch ychydig eiriau, ac osgowch ymadroddion cyffredin.</translation>
    </message>
    <message>
        <source>There is no need for symbols, digits or capital letters.</source>
        <translation>Nid oes angen symbolau, digidau na phriflythrennau.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ychwanegwch air neu ddau arall. Mae geiriau anghyffredin yn well.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Mae&apos;n hawdd dyfalu rhesi syth o fysellau.</translation>
    </message>
    <message>
        <source>Short patterns of keys are easy to guess.</source>
        <translation>Mae&apos;n hawdd dyfalu patrymau byr o fysellau.</translation>
    </message>
    <message>
        <source>Use words instead of a pattern of keys.</source>
        <translation>Defnyddiwch eiriau yn lle patrwm o fysellau.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Mae&apos;n hawdd dyfalu ailadroddiadau fel &quot;aaa&quot;.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are barely harder to guess than &quot;abc&quot;.</source>
        <translation>Prin fod ailadroddiadau fel &quot;abcabcabc&quot; yn anoddach eu dyfalu na &quot;abc&quot;.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Osgowch eiriau a nodau sy&apos;n cael eu hailadrodd.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Mae&apos;n hawdd dyfalu dilyniannau fel &quot;abc&quot; neu &quot;6543&quot;.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Osgowch ddilyniannau.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Mae&apos;n hawdd dyfalu blynyddoedd diweddar.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Osgowch flynyddoedd diweddar.</translation>
    </message>
    <message>
        <source>Avoid years that are linked to you.</source>
        <translation>Osgowch flynyddoedd sy&apos;n gysylltiedig â chi.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Mae dyddiadau&apos;n aml yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are linked to you.</source>
        <translation>Osgowch ddyddiadau a blynyddoedd sy&apos;n gysylltiedig â chi.</translation>
    </message>
    <message>
        <source>This is one of the 10 most common passwords.</source>
        <translation>Dyma un o&apos;r 10 cyfrinair mwyaf cyffredin.</translation>
    </message>
    <message>
        <source>This is one of the 100 most common passwords.</source>
        <translation>Dyma un o&apos;r 100 cyfrinair mwyaf cyffredin.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Mae hwn yn gyfrinair cyffredin iawn.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Mae hwn yn debyg i gyfrinair a ddefnyddir yn aml.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Mae&apos;n hawdd dyfalu gair ar ei ben ei hun.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Mae&apos;n hawdd dyfalu enwau a chyfenwau ar eu pennau eu hunain.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Mae&apos;n hawdd dyfalu enwau a chyfenwau cyffredin.</translation>
    </message>
    <message>
        <source>Capital letters do not help very much.</source>
        <translation>Nid yw priflythrennau&apos;n helpu llawer.</translation>
    </message>
    <message>
        <source>All capitals are almost as easy to guess as all small letters.</source>
        <translation>Mae priflythrennau&apos;n unig bron mor hawdd eu dyfalu â llythrennau bach yn unig.</translation>
    </message>
    <message>
        <source>Words spelt backwards are not much harder to guess.</source>
        <translation>Nid yw geiriau wedi&apos;u sillafu tuag yn ôl fawr anoddach eu dyfalu.</translation>
    </message>
    <message>
        <source>Predictable swaps such as &apos;@&apos; for &apos;a&apos; do not help very much.</source>
        <translation>Nid yw newidiadau amlwg fel &apos;@&apos; yn lle &apos;a&apos; yn helpu llawer.</translation>
    </message>
    <message>
        <source>Strength: type a passphrase to see how strong it is.</source>
        <translation>Cryfder: teipiwch gyfrinymadrodd i weld pa mor gryf ydyw.</translation>
    </message>
    <message>
        <source>Strength: strong. This passphrase is good.</source>
        <translation>Cryfder: cryf. Mae&apos;r cyfrinymadrodd hwn yn dda.</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>rhy fyr</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>gwan iawn</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>gwan</translation>
    </message>
    <message>
        <source>Strength: {level} — {hint}</source>
        <translation>Cryfder: {level} — {hint}</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Do not use your name in the passphrase.</source>
        <translation>Peidiwch â defnyddio eich enw yn y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath.</translation>
    </message>
    <message>
        <source>This file is not a Panel Review database, so it cannot be opened: {place}. If another file was put in its place, move it away and restore a backup.</source>
        <translation>Nid cronfa ddata Adolygiad Panel yw&apos;r ffeil hon, felly nid oes modd ei hagor: {place}. Os rhoddwyd ffeil arall yn ei lle, symudwch hi oddi yno ac adferwch gopi wrth gefn.</translation>
    </message>
    <message>
        <source>Your reviews file is damaged, so it cannot be opened safely. You can restore the latest backup: choose Restore from backup. The damaged file is kept, not deleted.</source>
        <translation>Mae ffeil eich adolygiadau wedi&apos;i difrodi, felly nid oes modd ei hagor yn ddiogel. Gallwch chi adfer y copi wrth gefn diweddaraf: dewiswch Adfer o gopi wrth gefn. Caiff y ffeil sydd wedi&apos;i difrodi ei chadw, nid ei dileu.</translation>
    </message>
    <message>
        <source>Panel Review cannot read or write the folder that holds your reviews: {place}. Check that the disk is connected and not read-only, and that you may change files in that folder. Then unlock again.</source>
        <translation>Ni all Adolygiad Panel ddarllen nac ysgrifennu yn y ffolder sy&apos;n dal eich adolygiadau: {place}. Gwiriwch fod y ddisg wedi&apos;i chysylltu ac nad yw&apos;n ddarllen yn unig, a bod hawl gennych chi i newid ffeiliau yn y ffolder honno. Yna datglowch eto.</translation>
    </message>
    <message>
        <source>The disk that holds your reviews is full: {place}. Free some space, for example by emptying the recycle bin, then unlock again.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal eich adolygiadau yn llawn: {place}. Rhyddhewch rywfaint o le, er enghraifft drwy wagio&apos;r bin ailgylchu, yna datglowch eto.</translation>
    </message>
    <message>
        <source>Your reviews could not be opened: {place}</source>
        <translation>Nid oedd modd agor eich adolygiadau: {place}</translation>
    </message>
    <message>
        <source>Welcome to Panel Review</source>
        <translation>Croeso i Adolygiad Panel</translation>
    </message>
    <message>
        <source>A new profile</source>
        <translation>Proffil newydd</translation>
    </message>
    <message>
        <source>Panel Review keeps the case files you review, and your answers, locked on this computer. Choose your language, the name the panel knows you by, and a passphrase.</source>
        <translation>Mae Adolygiad Panel yn cadw&apos;r ffeiliau achos rydych yn eu hadolygu, a&apos;ch atebion, dan glo ar y cyfrifiadur hwn. Dewiswch eich iaith, yr enw mae&apos;r panel yn eich adnabod wrtho, a chyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Heb ei gadw eto.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Cefndir</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>Ysgrifennu&apos;r adroddiad</translation>
    </message>
    <message>
        <source>&amp;Save the background</source>
        <translation>Cadw&apos;r cefndi&amp;r</translation>
    </message>
    <message>
        <source>&amp;Write the report…</source>
        <translation>Ysgrife&amp;nnu&apos;r adroddiad…</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>Dewis ble i gadw&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Open the report just written</source>
        <translation>Agor yr adroddiad newydd ei ysgrifennu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Say how the panel met, then write the panel report. A published report names members as Member A, B and so on, and you read and confirm every text in it first.</source>
        <translation>Dywedwch sut y cyfarfu&apos;r panel, yna ysgrifennwch adroddiad y panel. Mae adroddiad cyhoeddedig yn enwi aelodau fel Aelod A, B ac ati, ac rydych chi&apos;n darllen ac yn cadarnhau pob testun ynddo yn gyntaf.</translation>
    </message>
    <message>
        <source>Save the background and the comments for this round</source>
        <translation>Cadw&apos;r cefndir a&apos;r sylwadau ar gyfer y cylch hwn</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Commissioner&apos;s b&amp;riefing…</source>
        <translation>Papur &amp;briffio&apos;r Comisiynydd…</translation>
    </message>
    <message>
        <source>Draft a briefing from rounds</source>
        <translation>Drafftio papur briffio o gylchoedd</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Fformat:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Fersiwn:</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Iaith yr adroddiad:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>Ffeil PDF</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Dogfen Word (DOCX)</translation>
    </message>
    <message>
        <source>Spreadsheet tables (CSV)</source>
        <translation>Tablau taenlen (CSV)</translation>
    </message>
    <message>
        <source>Accessible PDF for screen readers (made with LibreOffice)</source>
        <translation>PDF hygyrch ar gyfer darllenwyr sgrin (wedi&apos;i gwneud gyda LibreOffice)</translation>
    </message>
    <message>
        <source>Published (members not named)</source>
        <translation>Cyhoeddedig (nid yw&apos;r aelodau&apos;n cael eu henwi)</translation>
    </message>
    <message>
        <source>Internal (members named)</source>
        <translation>Mewnol (mae&apos;r aelodau&apos;n cael eu henwi)</translation>
    </message>
    <message>
        <source>Reviews not marked complete by their members: {unfinished} of {used}.
{which}
The published report says so, for the round and case by case. Publish it anyway?</source>
        <translation>Adolygiadau heb eu nodi&apos;n gyflawn gan eu haelodau: {unfinished} o {used}.
{which}
Mae&apos;r adroddiad cyhoeddedig yn dweud hynny, ar gyfer y cylch ac fesul achos. Ydych chi am ei gyhoeddi beth bynnag?</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Arsylwadau</translation>
    </message>
    <message>
        <source>The panel&apos;s observations on the round, numbered as the report prints them. Send the force the table to fill in with its response to each, then import the table it returns.</source>
        <translation>Arsylwadau&apos;r panel ar y cylch, wedi&apos;u rhifo fel y mae&apos;r adroddiad yn eu hargraffu. Anfonwch y tabl at yr heddlu i nodi ei ymateb i bob un, yna mewnforiwch y tabl y mae&apos;n ei anfon yn ôl.</translation>
    </message>
    <message>
        <source>Observations on the round</source>
        <translation>Arsylwadau ar y cylch</translation>
    </message>
    <message>
        <source>Enter opens the observation</source>
        <translation>Mae Enter yn agor yr arsylwad</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Ychwane&amp;gu…</translation>
    </message>
    <message>
        <source>Add an observation at the end</source>
        <translation>Ychwanegu arsylwad ar y diwedd</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>G&amp;olygu…</translation>
    </message>
    <message>
        <source>Edit the chosen observation</source>
        <translation>Golygu&apos;r arsylwad a ddewiswyd</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Dile&amp;u</translation>
    </message>
    <message>
        <source>Delete the chosen observation</source>
        <translation>Dileu&apos;r arsylwad a ddewiswyd</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Symud i fy&amp;ny</translation>
    </message>
    <message>
        <source>Move the chosen observation up one place</source>
        <translation>Symud yr arsylwad a ddewiswyd un safle i fyny</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Symud i la&amp;wr</translation>
    </message>
    <message>
        <source>Move the chosen observation down one place</source>
        <translation>Symud yr arsylwad a ddewiswyd un safle i lawr</translation>
    </message>
    <message>
        <source>Write the Word table the force fills in with its responses</source>
        <translation>Ysgrifennu&apos;r tabl Word y mae&apos;r heddlu&apos;n ei lenwi â&apos;i ymatebion</translation>
    </message>
    <message>
        <source>Export a&amp;s CSV…</source>
        <translation>Allforio fel CS&amp;V…</translation>
    </message>
    <message>
        <source>Write the same table as a CSV file</source>
        <translation>Ysgrifennu&apos;r un tabl fel ffeil CSV</translation>
    </message>
    <message>
        <source>Impor&amp;t the force&apos;s responses…</source>
        <translation>Mewnforio yma&amp;tebion yr heddlu…</translation>
    </message>
    <message>
        <source>Import the table the force returned, after a preview</source>
        <translation>Mewnforio&apos;r tabl a anfonodd yr heddlu yn ôl, ar ôl rhagolwg</translation>
    </message>
    <message>
        <source>Briefing for the Commissioner</source>
        <translation>Papur briffio i&apos;r Comisiynydd</translation>
    </message>
    <message>
        <source>A Word letter drafted from the rounds you tick, for the commissioner&apos;s office to edit and sign: what the panel reviewed, the areas of concern with their counts, the good practice, what changed since the last review, and each recommendation&apos;s status. Only rounds whose texts you have confirmed for publication can be used.</source>
        <translation>Llythyr Word wedi&apos;i ddrafftio o&apos;r cylchoedd a diciwch, i swyddfa&apos;r comisiynydd ei olygu a&apos;i lofnodi: yr hyn a adolygodd y panel, y meysydd sy&apos;n peri pryder gyda&apos;u niferoedd, yr arfer da, yr hyn a newidiodd ers yr adolygiad diwethaf, a statws pob argymhelliad. Dim ond cylchoedd y mae eu testunau wedi&apos;u cadarnhau gennych i&apos;w cyhoeddi y gellir eu defnyddio.</translation>
    </message>
    <message>
        <source>&amp;To (name and address, optional):</source>
        <translation>&amp;At (enw a chyfeiriad, dewisol):</translation>
    </message>
    <message>
        <source>Rounds to draw on (Space ticks the one in focus):</source>
        <translation>Cylchoedd i dynnu arnynt (mae Space yn ticio&apos;r un sydd wedi&apos;i ddewis):</translation>
    </message>
    <message>
        <source>A round the briefing draws on</source>
        <translation>Cylch y mae&apos;r papur briffio yn tynnu arno</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Letter&amp;head and Welsh Language statement…</source>
        <translation>Pennawd &amp;llythyr a datganiad Iaith Gymraeg…</translation>
    </message>
    <message>
        <source>The office&apos;s address, who signs, and the statement, set once</source>
        <translation>Cyfeiriad y swyddfa, pwy sy&apos;n llofnodi, a&apos;r datganiad, wedi&apos;u gosod unwaith</translation>
    </message>
    <message>
        <source>&amp;Write the briefing…</source>
        <translation>&amp;Ysgrifennu&apos;r papur briffio…</translation>
    </message>
    <message>
        <source>Choose where to save the briefing</source>
        <translation>Dewiswch ble i gadw&apos;r papur briffio</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>A&amp;gor</translation>
    </message>
    <message>
        <source>Open the briefing just written</source>
        <translation>Agor y papur briffio a ysgrifennwyd newydd</translation>
    </message>
    <message>
        <source>Texts not yet translated: {count}. The briefing would print them as they were written. Write it anyway?</source>
        <translation>Testunau heb eu cyfieithu eto: {count}. Byddai&apos;r papur briffio yn eu hargraffu fel y cawsant eu hysgrifennu. Ei ysgrifennu beth bynnag?</translation>
    </message>
    <message>
        <source>Save the briefing as</source>
        <translation>Cadw&apos;r papur briffio fel</translation>
    </message>
    <message>
        <source>The briefing was written: {file}</source>
        <translation>Ysgrifennwyd y papur briffio: {file}</translation>
    </message>
    <message>
        <source>Both (Welsh first)</source>
        <translation>Y ddwy (Cymraeg yn gyntaf)</translation>
    </message>
    <message>
        <source>Table language:</source>
        <translation>Iaith y tabl:</translation>
    </message>
    <message>
        <source>Language of the table for the force</source>
        <translation>Iaith y tabl i&apos;r heddlu</translation>
    </message>
    <message>
        <source>Delete observation {number}: “{text}”? The ones after it move up by one.</source>
        <translation>Dileu arsylwad {number}: “{text}”? Bydd y rhai ar ei ôl yn symud i fyny un safle.</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>Dileu arsylwad</translation>
    </message>
    <message>
        <source>Move observation</source>
        <translation>Symud arsylwad</translation>
    </message>
    <message>
        <source>The table with {observations} was written to {path}.</source>
        <translation>Ysgrifennwyd y tabl ({observations}) i {path}.</translation>
    </message>
    <message>
        <source>Observation moved to number {number}</source>
        <translation>Symudwyd yr arsylwad i rif {number}</translation>
    </message>
    <message>
        <source>Expo&amp;rt table for the force…</source>
        <translation>Allfo&amp;rio tabl i&apos;r heddlu…</translation>
    </message>
    <message>
        <source>observations-for-the-force</source>
        <translation>arsylwadau-ar-gyfer-yr-heddlu</translation>
    </message>
    <message>
        <source>Export table for the force</source>
        <translation>Allforio tabl i&apos;r heddlu</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Dogfennau Word (*.docx)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Allforio fel CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the table</source>
        <translation>Yn ysgrifennu&apos;r tabl</translation>
    </message>
    <message>
        <source>The table could not be written: {reason}</source>
        <translation>Nid oedd modd ysgrifennu&apos;r tabl: {reason}</translation>
    </message>
    <message>
        <source>Response tables (*.docx *.csv)</source>
        <translation>Tablau ymatebion (*.docx *.csv)</translation>
    </message>
    <message>
        <source>Reading the table</source>
        <translation>Yn darllen y tabl</translation>
    </message>
    <message>
        <source>Importing the responses</source>
        <translation>Yn mewnforio&apos;r ymatebion</translation>
    </message>
    <message>
        <source>The force&apos;s responses from {file} were imported.</source>
        <translation>Mewnforiwyd ymatebion yr heddlu o {file}.</translation>
    </message>
    <message>
        <source>The responses were not imported, and nothing was changed: {reason}</source>
        <translation>Ni fewnforiwyd yr ymatebion, ac ni newidiwyd dim: {reason}</translation>
    </message>
    <message>
        <source>Welsh and English (Welsh first)</source>
        <translation>Cymraeg a Saesneg (Cymraeg yn gyntaf)</translation>
    </message>
    <message>
        <source>Reviews not marked complete by their members: {unfinished} of {used}. The report says so, and publishing it asks you to confirm first.</source>
        <translation>Adolygiadau heb eu nodi&apos;n gyflawn gan eu haelodau: {unfinished} o {used}. Mae&apos;r adroddiad yn dweud hynny, a bydd gofyn i chi gadarnhau cyn ei gyhoeddi.</translation>
    </message>
    <message>
        <source>All {used} reviews the report uses are marked complete.</source>
        <translation>Mae pob un o&apos;r {used} adolygiad y mae&apos;r adroddiad yn eu defnyddio wedi&apos;i nodi&apos;n gyflawn.</translation>
    </message>
    <message>
        <source>List every answer in the criteria table, even those no case had</source>
        <translation>Rhestru pob ateb yn y tabl meini prawf, hyd yn oed y rhai nad oedd gan yr un achos</translation>
    </message>
    <message>
        <source>Welsh and English, side by side</source>
        <translation>Cymraeg a Saesneg, ochr yn ochr</translation>
    </message>
    <message>
        <source>Off: the table of counts lists only the findings at least one case had (PDF and Word).</source>
        <translation>Heb ei dicio: mae&apos;r tabl yn rhestru dim ond y canfyddiadau a gafwyd mewn o leiaf un achos (PDF a Word).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Gathering the texts to read…</source>
        <translation>Yn casglu&apos;r testunau i&apos;w darllen…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Yn ysgrifennu&apos;r adroddiad…</translation>
    </message>
    <message>
        <source>Texts not yet translated into English: {count}. The report would print them in Welsh. Translate them now, or write the report in Welsh only?</source>
        <translation>Testunau heb eu cyfieithu i&apos;r Saesneg eto: {count}. Byddai&apos;r adroddiad yn eu hargraffu yn Gymraeg. Eu cyfieithu nawr, neu ysgrifennu&apos;r adroddiad yn Gymraeg yn unig?</translation>
    </message>
    <message>
        <source>Write it in Welsh only</source>
        <translation>Ei ysgrifennu yn Gymraeg yn unig</translation>
    </message>
    <message>
        <source>Texts not yet translated into Welsh: {count}. The report would print them in English. Translate them now, or write the report in English only?</source>
        <translation>Testunau heb eu cyfieithu i&apos;r Gymraeg eto: {count}. Byddai&apos;r adroddiad yn eu hargraffu yn Saesneg. Eu cyfieithu nawr, neu ysgrifennu&apos;r adroddiad yn Saesneg yn unig?</translation>
    </message>
    <message>
        <source>Write it in English only</source>
        <translation>Ei ysgrifennu yn Saesneg yn unig</translation>
    </message>
    <message>
        <source>Texts not yet translated</source>
        <translation>Testunau heb eu cyfieithu eto</translation>
    </message>
    <message>
        <source>Translate them now</source>
        <translation>Eu cyfieithu nawr</translation>
    </message>
    <message>
        <source>Send them for translation…</source>
        <translation>Eu hanfon i&apos;w cyfieithu…</translation>
    </message>
    <message>
        <source>Publish unfinished reviews?</source>
        <translation>Cyhoeddi adolygiadau anorffenedig?</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Cadw&apos;r adroddiad fel</translation>
    </message>
    <message>
        <source>The report was written: {files}</source>
        <translation>Ysgrifennwyd yr adroddiad: {files}</translation>
    </message>
    <message>
        <source>The report could not be written, and nothing was left half-written: {reason}</source>
        <translation>Nid oedd modd ysgrifennu&apos;r adroddiad, ac ni adawyd dim wedi&apos;i hanner ysgrifennu: {reason}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Archive round</source>
        <translation>Archifo&apos;r cylch</translation>
    </message>
    <message>
        <source>The archive is encrypted with a passphrase you choose now. Keep it with the office&apos;s records: without it nobody can open the archive, and it cannot be recovered. Use four or more unrelated words.</source>
        <translation>Caiff yr archif ei hamgryptio â chyfrinymadrodd a ddewiswch nawr. Cadwch ef gyda chofnodion y swyddfa: hebddo ni all neb agor yr archif, ac ni ellir ei adfer. Defnyddiwch bedwar gair neu fwy nad ydynt yn perthyn i&apos;w gilydd.</translation>
    </message>
    <message>
        <source>Archive &amp;passphrase:</source>
        <translation>&amp;Cyfrinymadrodd yr archif:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Teipiwch ef eto:</translation>
    </message>
    <message>
        <source>Archive passphrase</source>
        <translation>Cyfrinymadrodd yr archif</translation>
    </message>
    <message>
        <source>Archive passphrase again</source>
        <translation>Cyfrinymadrodd yr archif eto</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Dewis ble i gadw…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Dewis ble i gadw</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Write your passphrase down somewhere safe. If it is forgotten, nobody can open your reviews, not even the commissioner&apos;s office.</source>
        <translation>Ysgrifennwch eich cyfrinymadrodd yn rhywle diogel. Os caiff ei anghofio, ni all neb agor eich adolygiadau, dim hyd yn oed swyddfa&apos;r comisiynydd.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Dechrau</translation>
    </message>
    <message>
        <source>Create my profile and start</source>
        <translation>Creu fy mhroffil a dechrau</translation>
    </message>
    <message>
        <source>Setting up Panel Review did not finish last time, so nothing was saved yet. Please set it up again.</source>
        <translation>Ni orffennodd y gwaith o osod Adolygiad Panel y tro diwethaf, felly nid oes dim wedi&apos;i gadw eto. Gosodwch ef eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Profile la&amp;bel:</source>
        <translation>&amp;Label y proffil:</translation>
    </message>
    <message>
        <source>Profile label</source>
        <translation>Label y proffil</translation>
    </message>
    <message>
        <source>The label names this profile on the start screen. Anyone using this computer can read it without the passphrase, so do not put your name or anything private in it.</source>
        <translation>Mae&apos;r label yn enwi&apos;r proffil hwn ar y sgrin gychwyn. Gall unrhyw un sy&apos;n defnyddio&apos;r cyfrifiadur hwn ei ddarllen heb y cyfrinymadrodd, felly peidiwch â rhoi eich enw nac unrhyw beth preifat ynddo.</translation>
    </message>
    <message>
        <source>Choose another pr&amp;ofile…</source>
        <translation>Dewis pr&amp;offil arall…</translation>
    </message>
    <message>
        <source>Choose another profile</source>
        <translation>Dewis proffil arall</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Rhowch eich enw.</translation>
    </message>
    <message>
        <source>Your name cannot be used: {reason}</source>
        <translation>Ni ellir defnyddio eich enw: {reason}</translation>
    </message>
    <message>
        <source>The profile label cannot be used: {reason}</source>
        <translation>Ni ellir defnyddio label y proffil: {reason}</translation>
    </message>
    <message>
        <source>Who will use Panel Review on this computer?</source>
        <translation>Pwy fydd yn defnyddio Adolygiad Panel ar y cyfrifiadur hwn?</translation>
    </message>
    <message>
        <source>I am a panel &amp;member</source>
        <translation>Rwy&apos;n &amp;aelod o&apos;r panel</translation>
    </message>
    <message>
        <source>I am a panel member</source>
        <translation>Rwy&apos;n aelod o&apos;r panel</translation>
    </message>
    <message>
        <source>You review the cases the commissioner&apos;s office sends you.</source>
        <translation>Rydych chi&apos;n adolygu&apos;r achosion y mae swyddfa&apos;r comisiynydd yn eu hanfon atoch.</translation>
    </message>
    <message>
        <source>I &amp;coordinate the panel (OPCC)</source>
        <translation>Rwy&apos;n cydlynu&apos;r &amp;panel (swyddfa&apos;r comisiynydd)</translation>
    </message>
    <message>
        <source>I coordinate the panel (OPCC)</source>
        <translation>Rwy&apos;n cydlynu&apos;r panel (swyddfa&apos;r comisiynydd)</translation>
    </message>
    <message>
        <source>You enrol members, send them cases and collect their reviews.</source>
        <translation>Rydych chi&apos;n cofrestru aelodau, yn anfon achosion atyn nhw ac yn casglu eu hadolygiadau.</translation>
    </message>
    <message>
        <source>Panel Review is locked</source>
        <translation>Mae Adolygiad Panel wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Enter your &amp;passphrase to continue:</source>
        <translation>Rhowch eich &amp;cyfrinymadrodd i barhau:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Adfer o gopi &amp;wrth gefn…</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Proffil: {name}</translation>
    </message>
    <message>
        <source>This is the demo. Its passphrase is: {passphrase}</source>
        <translation>Dyma&apos;r fersiwn arddangos. Y cyfrinymadrodd yw: {passphrase}</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Yn datgloi…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Please try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>← All rounds</source>
        <translation>← Pob cylch</translation>
    </message>
    <message>
        <source>Back to all review rounds</source>
        <translation>Yn ôl i bob cylch adolygu</translation>
    </message>
    <message>
        <source>Cases in this round</source>
        <translation>Achosion yn y cylch hwn</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Nodi&apos;n gyflawn</translation>
    </message>
    <message>
        <source>Mark this case complete</source>
        <translation>Nodi bod yr achos hwn wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>Gohirio…</translation>
    </message>
    <message>
        <source>Defer this case: more information needed</source>
        <translation>Gohirio&apos;r achos hwn: mae angen rhagor o wybodaeth</translation>
    </message>
    <message>
        <source>Reopen case {reference}</source>
        <translation>Ailagor achos {reference}</translation>
    </message>
    <message>
        <source>Why are you changing this case? Your coordinator will see this reason beside each change.</source>
        <translation>Pam rydych chi&apos;n newid yr achos hwn? Bydd eich cydlynydd yn gweld y rheswm hwn wrth ymyl pob newid.</translation>
    </message>
    <message>
        <source>Reason for reopening the case</source>
        <translation>Rheswm dros ailagor yr achos</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Ailagor</translation>
    </message>
    <message>
        <source>Reopen the case with this reason</source>
        <translation>Ailagor yr achos gyda&apos;r rheswm hwn</translation>
    </message>
    <message>
        <source>Cancel: leave the case as it is</source>
        <translation>Canslo: gadael yr achos fel y mae</translation>
    </message>
    <message>
        <source>Please say in a sentence why you are reopening the case.</source>
        <translation>Dywedwch mewn brawddeg pam rydych chi&apos;n ailagor yr achos.</translation>
    </message>
    <message>
        <source>Reopen this case for changes</source>
        <translation>Ailagor yr achos hwn i wneud newidiadau</translation>
    </message>
    <message>
        <source>Your coordinator has withdrawn this case. Your answers are kept but cannot be changed.</source>
        <translation>Mae eich cydlynydd wedi tynnu&apos;r achos hwn yn ôl. Mae eich atebion wedi&apos;u cadw, ond nid oes modd eu newid.</translation>
    </message>
    <message>
        <source>To change this case, choose Reopen and say why.</source>
        <translation>I newid yr achos hwn, dewiswch Ailagor a dywedwch pam.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ail-wneud</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Cwestiwn nesaf</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Cwestiwn blaenorol</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>Achos nesaf</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>Achos blaenorol</translation>
    </message>
    <message>
        <source>Show guidance</source>
        <translation>Dangos canllawiau</translation>
    </message>
    <message>
        <source>Defer case…</source>
        <translation>Gohirio achos…</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Y cwarel nesaf</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Y cwarel blaenorol</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Chwilio yn y ddogfen</translation>
    </message>
    <message>
        <source>Page text instead of the page image</source>
        <translation>Testun y dudalen yn lle llun y dudalen</translation>
    </message>
    <message>
        <source>Cite the page in view as evidence</source>
        <translation>Nodi&apos;r dudalen sydd o&apos;ch blaen fel tystiolaeth</translation>
    </message>
    <message>
        <source>&amp;Balanced panes</source>
        <translation>Cwareli &amp;cytbwys</translation>
    </message>
    <message>
        <source>Wider &amp;documents</source>
        <translation>&amp;Dogfennau lletach</translation>
    </message>
    <message>
        <source>Wider &amp;checklist</source>
        <translation>&amp;Rhestr wirio letach</translation>
    </message>
    <message>
        <source>Cannot open this case</source>
        <translation>Methu agor yr achos hwn</translation>
    </message>
    <message>
        <source>A change could not be saved and was discarded: {error}</source>
        <translation>Nid oedd modd cadw newid, ac fe&apos;i taflwyd: {error}</translation>
    </message>
    <message>
        <source>change answer</source>
        <translation>newid ateb</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>golygu nodyn</translation>
    </message>
    <message>
        <source>Case {reference} is marked complete.</source>
        <translation>Mae achos {reference} wedi&apos;i nodi&apos;n gyflawn.</translation>
    </message>
    <message>
        <source>Every other case in this round is complete.</source>
        <translation>Mae pob achos arall yn y cylch hwn yn gyflawn.</translation>
    </message>
    <message>
        <source>Next case: {reference}</source>
        <translation>Achos nesaf: {reference}</translation>
    </message>
    <message>
        <source>Go to the next case not complete: {reference}</source>
        <translation>Mynd i&apos;r achos nesaf sydd heb ei gwblhau: {reference}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>heb ei ateb</translation>
    </message>
    <message>
        <source>a note is needed</source>
        <translation>mae angen nodyn</translation>
    </message>
    <message>
        <source>Not complete yet</source>
        <translation>Heb ei gwblhau eto</translation>
    </message>
    <message>
        <source>Before this case can be marked complete:</source>
        <translation>Cyn y gellir nodi bod yr achos hwn wedi&apos;i gwblhau:</translation>
    </message>
    <message>
        <source>Defer case</source>
        <translation>Gohirio achos</translation>
    </message>
    <message>
        <source>What further information is needed to judge this case?</source>
        <translation>Pa wybodaeth bellach sydd ei hangen i farnu&apos;r achos hwn?</translation>
    </message>
    <message>
        <source>Please give a reason for deferring the case.</source>
        <translation>Rhowch reswm dros ohirio&apos;r achos.</translation>
    </message>
    <message>
        <source>The disk is full: free some space, for example by emptying the Recycle Bin.</source>
        <translation>Mae&apos;r ddisg yn llawn: rhyddhewch rywfaint o le, er enghraifft drwy wagio&apos;r Bin Ailgylchu.</translation>
    </message>
    <message>
        <source>Panel Review cannot write to its file: the drive may have been removed or the file made read-only.</source>
        <translation>Ni all Adolygiad Panel ysgrifennu i&apos;w ffeil: efallai bod y gyriant wedi&apos;i dynnu allan neu fod y ffeil wedi&apos;i gwneud yn ddarllen yn unig.</translation>
    </message>
    <message>
        <source>Your reviews file seems damaged. Do not quit: copy your note somewhere safe and ask for help.</source>
        <translation>Mae&apos;n ymddangos bod ffeil eich adolygiadau wedi&apos;i difrodi. Peidiwch â gadael: copïwch eich nodyn i rywle diogel a gofynnwch am help.</translation>
    </message>
    <message>
        <source>Another program is using your reviews file: close any other copy of Panel Review.</source>
        <translation>Mae rhaglen arall yn defnyddio ffeil eich adolygiadau: caewch unrhyw gopi arall o Adolygiad Panel.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {error}</source>
        <translation>Aeth rhywbeth annisgwyl o&apos;i le: {error}</translation>
    </message>
    <message>
        <source>Still not saved.</source>
        <translation>Heb ei gadw o hyd.</translation>
    </message>
    <message>
        <source>Your changes are saved now.</source>
        <translation>Mae eich newidiadau wedi&apos;u cadw nawr.</translation>
    </message>
    <message>
        <source>&amp;Try again now</source>
        <translation>&amp;Rhoi cynnig arall arni nawr</translation>
    </message>
    <message>
        <source>Try to save again now</source>
        <translation>Ceisio cadw eto nawr</translation>
    </message>
    <message>
        <source>Not saved yet: your latest changes could not be saved.</source>
        <translation>Heb ei gadw eto: nid oedd modd cadw eich newidiadau diweddaraf.</translation>
    </message>
    <message>
        <source>Your work is kept here and Panel Review keeps trying to save it.</source>
        <translation>Mae eich gwaith yn dal yma, ac mae Adolygiad Panel yn dal i geisio ei gadw.</translation>
    </message>
    <message>
        <source>Panel Review is already open</source>
        <translation>Mae Adolygiad Panel eisoes ar agor</translation>
    </message>
    <message>
        <source>Panel Review is already open with this profile in another window. Use that window, or close it before opening the profile again.</source>
        <translation>Mae Adolygiad Panel eisoes ar agor gyda&apos;r proffil hwn mewn ffenestr arall. Defnyddiwch y ffenestr honno, neu caewch hi cyn agor y proffil eto.</translation>
    </message>
    <message>
        <source>The file {file} was not opened. Close the other window, then open the file again.</source>
        <translation>Nid agorwyd y ffeil {file}. Caewch y ffenestr arall, yna agorwch y ffeil eto.</translation>
    </message>
    <message>
        <source>{when} – backup made before an update</source>
        <translation>{when} – copi wrth gefn a wnaed cyn diweddariad</translation>
    </message>
    <message>
        <source>{when} – daily backup</source>
        <translation>{when} – copi wrth gefn dyddiol</translation>
    </message>
    <message>
        <source>Choose the backup to put back. Work done after it was made will not be in it. Your current reviews file is kept beside it, renamed, not deleted.</source>
        <translation>Dewiswch y copi wrth gefn i&apos;w roi yn ôl. Ni fydd gwaith a wnaed ar ôl ei wneud ynddo. Caiff ffeil bresennol eich adolygiadau ei chadw wrth ei ymyl, gydag enw newydd, nid ei dileu.</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Copïau wrth gefn, y diweddaraf yn gyntaf:</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copïau wrth gefn, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Yn dechrau…</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>Beth sy&apos;n digwydd</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Fingerprint: {digits}</source>
        <translation>Ôl bys: {digits}</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ychwanegu aelod</translation>
    </message>
    <message>
        <source>Name on the card: {name}</source>
        <translation>Yr enw ar y cerdyn: {name}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Ôl bys: {fingerprint}</translation>
    </message>
    <message>
        <source>Phone {name} (or meet them) and ask them to read out the fingerprint shown in their Panel Review. Confirm only if every digit matches. Packs are made only for confirmed members.</source>
        <translation>Ffoniwch {name} (neu cyfarfyddwch â nhw) a gofynnwch iddyn nhw ddarllen yr ôl bys a ddangosir yn eu Hadolygiad Panel. Cadarnhewch dim ond os yw pob digid yn cyfateb. Dim ond ar gyfer aelodau a gadarnhawyd y caiff pecynnau eu gwneud.</translation>
    </message>
    <message>
        <source>It &amp;matches — confirm</source>
        <translation>Mae&apos;n &amp;cyfateb — cadarnhau</translation>
    </message>
    <message>
        <source>The fingerprint matches: add and confirm</source>
        <translation>Mae&apos;r ôl bys yn cyfateb: ychwanegu a chadarnhau</translation>
    </message>
    <message>
        <source>&amp;Add without confirming</source>
        <translation>&amp;Ychwanegu heb gadarnhau</translation>
    </message>
    <message>
        <source>Add the member without confirming now</source>
        <translation>Ychwanegu&apos;r aelod heb gadarnhau nawr</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel: do not add this member</source>
        <translation>Canslo: peidio ag ychwanegu&apos;r aelod hwn</translation>
    </message>
    <message>
        <source>Cancel: the numbers do not match, or I have not checked</source>
        <translation>Canslo: nid yw&apos;r rhifau&apos;n cyfateb, neu nid wyf wedi gwirio</translation>
    </message>
    <message>
        <source>They match — import</source>
        <translation>Maen nhw&apos;n cyfateb — mewnforio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>This pack says it comes from {name}. Phone your coordinator and read these numbers together. Only continue if they match.</source>
        <translation>Mae&apos;r pecyn hwn yn dweud ei fod yn dod oddi wrth {name}. Ffoniwch eich cydlynydd a darllenwch y rhifau hyn gyda&apos;ch gilydd. Peidiwch â pharhau oni bai eu bod yn cyfateb.</translation>
    </message>
    <message>
        <source>Check who sent these cases</source>
        <translation>Gwiriwch pwy anfonodd yr achosion hyn</translation>
    </message>
    <message>
        <source>Your member card was saved as {file} in the folder {folder}. Email it to your coordinator. They will phone you to read these numbers together, so they know the card is really yours.</source>
        <translation>Cadwyd eich cerdyn aelod fel {file} yn y ffolder {folder}. Anfonwch ef drwy e-bost at eich cydlynydd. Bydd yn eich ffonio i ddarllen y rhifau hyn gyda&apos;ch gilydd, er mwyn gwneud yn siŵr mai eich cerdyn chi ydyw.</translation>
    </message>
    <message>
        <source>Your member card</source>
        <translation>Eich cerdyn aelod</translation>
    </message>
    <message>
        <source>Stop and keep nothing of this operation</source>
        <translation>Stopio heb gadw dim o&apos;r gweithrediad hwn</translation>
    </message>
    <message>
        <source>{done} of {total}: {what}</source>
        <translation>{done} o {total}: {what}</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this operation will be kept.</source>
        <translation>Yn canslo… ni fydd dim o&apos;r gweithrediad hwn yn cael ei gadw.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>The file {file} was not used, and nothing was changed. {reason}</source>
        <translation>Ni ddefnyddiwyd y ffeil {file}, ac ni newidiwyd dim. {reason}</translation>
    </message>
    <message>
        <source>The file {file} could not be opened on this computer: {error}</source>
        <translation>Nid oedd modd agor y ffeil {file} ar y cyfrifiadur hwn: {error}</translation>
    </message>
    <message>
        <source>The file {file} could not be used, and nothing was changed: {error}</source>
        <translation>Nid oedd modd defnyddio&apos;r ffeil {file}, ac ni newidiwyd dim: {error}</translation>
    </message>
    <message>
        <source>You already have this pack: nothing changed.</source>
        <translation>Mae&apos;r pecyn hwn gennych eisoes: ni newidiodd dim.</translation>
    </message>
    <message>
        <source>Cases added: {count}.</source>
        <translation>Achosion a ychwanegwyd: {count}.</translation>
    </message>
    <message>
        <source>Cases withdrawn by your coordinator: {count}. Your answers to them are kept.</source>
        <translation>Achosion a dynnwyd yn ôl gan eich cydlynydd: {count}. Mae eich atebion iddynt wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>Import cases from coordinator</source>
        <translation>Mewnforio achosion oddi wrth y cydlynydd</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Cafodd y mewnforio ei ganslo. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Send my review</source>
        <translation>Anfon fy adolygiad</translation>
    </message>
    <message>
        <source>Choose where to save your review package</source>
        <translation>Dewiswch ble i gadw eich pecyn adolygu</translation>
    </message>
    <message>
        <source>This round did not come from a coordinator&apos;s pack, so there is nobody to send it to.</source>
        <translation>Ni ddaeth y cylch hwn o becyn oddi wrth gydlynydd, felly nid oes neb i&apos;w anfon ato.</translation>
    </message>
    <message>
        <source>Your review package could not be saved: {error}</source>
        <translation>Nid oedd modd cadw eich pecyn adolygu: {error}</translation>
    </message>
    <message>
        <source>Assignment packs ({pattern})</source>
        <translation>Pecynnau achosion ({pattern})</translation>
    </message>
    <message>
        <source>Export my member card</source>
        <translation>Allforio fy ngherdyn aelod</translation>
    </message>
    <message>
        <source>Member cards (*{suffix})</source>
        <translation>Cardiau aelodau (*{suffix})</translation>
    </message>
    <message>
        <source>Your member card could not be saved: {error}</source>
        <translation>Nid oedd modd cadw eich cerdyn aelod: {error}</translation>
    </message>
    <message>
        <source>{done} of {total} cases are complete.</source>
        <translation>Mae {done} o {total} achos wedi&apos;u cwblhau.</translation>
    </message>
    <message>
        <source>Not complete yet: {cases}. They are sent as they are, marked not complete.</source>
        <translation>Heb eu cwblhau eto: {cases}. Cânt eu hanfon fel y maen nhw, wedi&apos;u nodi heb eu cwblhau.</translation>
    </message>
    <message>
        <source>Deferred: {cases}. They are sent marked deferred, with your reasons.</source>
        <translation>Wedi&apos;u gohirio: {cases}. Cânt eu hanfon wedi&apos;u nodi&apos;n rhai wedi&apos;u gohirio, gyda&apos;ch rhesymau.</translation>
    </message>
    <message>
        <source>The file can be opened only by {name}.</source>
        <translation>Dim ond {name} all agor y ffeil.</translation>
    </message>
    <message>
        <source>&amp;Save review package…</source>
        <translation>&amp;Cadw&apos;r pecyn adolygu…</translation>
    </message>
    <message>
        <source>Your review was saved as {file} in the folder {folder}.

Email this file to your coordinator. Only they can open it.</source>
        <translation>Cadwyd eich adolygiad fel {file} yn y ffolder {folder}.

Anfonwch y ffeil hon drwy e-bost at eich cydlynydd. Dim ond eich cydlynydd all ei hagor.</translation>
    </message>
    <message>
        <source>Review package saved</source>
        <translation>Pecyn adolygu wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Send packs</source>
        <translation>Anfon pecynnau</translation>
    </message>
    <message>
        <source>Each member gets one pack with only their cases, encrypted so that only they can open it. Export the packs into a folder, then email each file to its member.</source>
        <translation>Mae pob aelod yn cael un pecyn gyda&apos;u hachosion nhw yn unig, wedi&apos;i amgryptio fel mai dim ond nhw all ei agor. Allforiwch y pecynnau i ffolder, yna anfonwch bob ffeil drwy e-bost at ei haelod.</translation>
    </message>
    <message>
        <source>&amp;Export packs…</source>
        <translation>Allf&amp;orio pecynnau…</translation>
    </message>
    <message>
        <source>Export the round&apos;s packs into a folder</source>
        <translation>Allforio pecynnau&apos;r cylch i ffolder</translation>
    </message>
    <message>
        <source>Packs written</source>
        <translation>Pecynnau a ysgrifennwyd</translation>
    </message>
    <message>
        <source>&amp;Show folder</source>
        <translation>Dan&amp;gos y ffolder</translation>
    </message>
    <message>
        <source>Show the folder with the packs</source>
        <translation>Dangos y ffolder sy&apos;n cynnwys y pecynnau</translation>
    </message>
    <message>
        <source>Erasure da&amp;te…</source>
        <translation>Dyddi&amp;ad dileu…</translation>
    </message>
    <message>
        <source>Set when members&apos; copies of the round&apos;s case material are erased</source>
        <translation>Gosod pryd y caiff copïau&apos;r aelodau o ddeunydd achosion y cylch eu dileu</translation>
    </message>
    <message>
        <source>No erasure date is set: members keep this round&apos;s case material until you set one.</source>
        <translation>Nid oes dyddiad dileu wedi&apos;i osod: mae&apos;r aelodau&apos;n cadw deunydd achosion y cylch hwn nes i chi osod un.</translation>
    </message>
    <message>
        <source>Members&apos; copies of the case material are erased on {date} (days after the panel meeting: {days}). Export the packs again for members to learn a changed date.</source>
        <translation>Caiff copïau&apos;r aelodau o ddeunydd yr achosion eu dileu ar {date} (diwrnodau ar ôl cyfarfod y panel: {days}). Allforiwch y pecynnau eto er mwyn i&apos;r aelodau gael gwybod am ddyddiad sydd wedi newid.</translation>
    </message>
    <message>
        <source>Members&apos; copies of the case material are erased on {date}. Export the packs again for members to learn a changed date.</source>
        <translation>Caiff copïau&apos;r aelodau o ddeunydd yr achosion eu dileu ar {date}. Allforiwch y pecynnau eto er mwyn i&apos;r aelodau gael gwybod am ddyddiad sydd wedi newid.</translation>
    </message>
    <message>
        <source>Erasure date</source>
        <translation>Dyddiad dileu</translation>
    </message>
    <message>
        <source>When must members&apos; copies of this round&apos;s case material be erased from their laptops? Type a date (2026-03-14), or a number of days after the panel meeting (30), or leave it empty for no date.</source>
        <translation>Pryd mae&apos;n rhaid dileu copïau&apos;r aelodau o ddeunydd achosion y cylch hwn oddi ar eu gliniaduron? Teipiwch ddyddiad (2026-03-14), neu nifer o ddiwrnodau ar ôl cyfarfod y panel (30), neu gadewch y blwch yn wag os nad oes dyddiad.</translation>
    </message>
    <message>
        <source>The erasure date was not changed: {reason}</source>
        <translation>Ni newidiwyd y dyddiad dileu: {reason}</translation>
    </message>
    <message>
        <source>Export packs into</source>
        <translation>Allforio pecynnau i</translation>
    </message>
    <message>
        <source>Exporting packs</source>
        <translation>Yn allforio pecynnau</translation>
    </message>
    <message>
        <source>Export packs</source>
        <translation>Allforio pecynnau</translation>
    </message>
    <message>
        <source>No pack was written: no confirmed member has a case in this round. Assign cases first.</source>
        <translation>Nid ysgrifennwyd pecyn: nid oes gan unrhyw aelod a gadarnhawyd achos yn y cylch hwn. Dyrannwch achosion yn gyntaf.</translation>
    </message>
    <message>
        <source>The packs could not be written, and none were kept: {reason}</source>
        <translation>Nid oedd modd ysgrifennu&apos;r pecynnau, ac ni chadwyd yr un: {reason}</translation>
    </message>
    <message>
        <source>{count} packs written (revision {revision}) into {folder}. Email each file to the member the table gives for it, and to nobody else: its name carries only a number, and only that member can open it.</source>
        <translation>Pecynnau a ysgrifennwyd: {count} (fersiwn {revision}), yn {folder}. Anfonwch bob ffeil drwy e-bost at yr aelod y mae&apos;r tabl yn ei roi ar ei chyfer, ac at neb arall: dim ond rhif sydd yn ei henw, a dim ond yr aelod hwnnw all ei hagor.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Cylch newydd</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Panel:</source>
        <translation>&amp;Panel:</translation>
    </message>
    <message>
        <source>Check&amp;list:</source>
        <translation>&amp;Rhestr wirio:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Dyddiad cau:</translation>
    </message>
    <message>
        <source>D&amp;ocuments folder:</source>
        <translation>&amp;Ffolder dogfennau:</translation>
    </message>
    <message>
        <source>Case list (CS&amp;V):</source>
        <translation>Rhestr &amp;achosion (CSV):</translation>
    </message>
    <message>
        <source>Round title</source>
        <translation>Teitl y cylch</translation>
    </message>
    <message>
        <source>Panel name</source>
        <translation>Enw&apos;r panel</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Templed y rhestr wirio</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad cau</translation>
    </message>
    <message>
        <source>Case list file (CSV)</source>
        <translation>Ffeil y rhestr achosion (CSV)</translation>
    </message>
    <message>
        <source>Folder of case documents</source>
        <translation>Ffolder dogfennau&apos;r achosion</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;ori…</translation>
    </message>
    <message>
        <source>Choose the case list file</source>
        <translation>Dewis ffeil y rhestr achosion</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Por&amp;i…</translation>
    </message>
    <message>
        <source>Choose the documents folder</source>
        <translation>Dewis y ffolder dogfennau</translation>
    </message>
    <message>
        <source>Problems found in the case list</source>
        <translation>Problemau a gafwyd yn y rhestr achosion</translation>
    </message>
    <message>
        <source>The case list is a CSV file saved from a spreadsheet, one case a row, with the columns {columns}, and {optional} for members with a conflict of interest (may be left empty). Several strands or documents are separated by “;”; documents are file names in the documents folder. For example: {example}</source>
        <translation>Ffeil CSV wedi&apos;i chadw o daenlen yw&apos;r rhestr achosion, un achos i bob rhes, gyda&apos;r colofnau {columns}, a {optional} ar gyfer aelodau sydd â gwrthdaro buddiannau (gellir ei gadael yn wag). Rhoddir “;” rhwng sawl llinyn neu sawl dogfen; enwau ffeiliau yn y ffolder dogfennau yw&apos;r dogfennau. Er enghraifft: {example}</translation>
    </message>
    <message>
        <source>&amp;Save a blank case list…</source>
        <translation>Cadw rhestr achosion &amp;wag…</translation>
    </message>
    <message>
        <source>Save a case list with these columns and an example row, to fill in</source>
        <translation>Cadw rhestr achosion gyda&apos;r colofnau hyn a rhes enghreifftiol, i&apos;w llenwi</translation>
    </message>
    <message>
        <source>&amp;Check and create</source>
        <translation>Gwirio a &amp;chreu</translation>
    </message>
    <message>
        <source>Check the case list and create the round</source>
        <translation>Gwirio&apos;r rhestr achosion a chreu&apos;r cylch</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close without creating a round</source>
        <translation>Cau heb greu cylch</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Rhestr achosion</translation>
    </message>
    <message>
        <source>Case lists (*.csv)</source>
        <translation>Rhestrau achosion (*.csv)</translation>
    </message>
    <message>
        <source>Save a blank case list</source>
        <translation>Cadw rhestr achosion wag</translation>
    </message>
    <message>
        <source>The blank case list could not be saved: {reason}</source>
        <translation>Nid oedd modd cadw&apos;r rhestr achosion wag: {reason}</translation>
    </message>
    <message>
        <source>A blank case list was saved as {file}. Put your cases in it in place of the example row, then choose it above.</source>
        <translation>Cadwyd rhestr achosion wag fel {file}. Rhowch eich achosion ynddi yn lle&apos;r rhes enghreifftiol, yna dewiswch hi uchod.</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Ffolder dogfennau</translation>
    </message>
    <message>
        <source>Creating the round</source>
        <translation>Yn creu&apos;r cylch</translation>
    </message>
    <message>
        <source>Please give the round a title.</source>
        <translation>Rhowch deitl i&apos;r cylch.</translation>
    </message>
    <message>
        <source>The round title cannot be used: {reason}</source>
        <translation>Ni ellir defnyddio teitl y cylch: {reason}</translation>
    </message>
    <message>
        <source>Please choose the case list (CSV).</source>
        <translation>Dewiswch y rhestr achosion (CSV).</translation>
    </message>
    <message>
        <source>Please choose the folder of case documents.</source>
        <translation>Dewiswch ffolder dogfennau&apos;r achosion.</translation>
    </message>
    <message>
        <source>No checklist template was found.</source>
        <translation>Ni chafwyd hyd i dempled rhestr wirio.</translation>
    </message>
    <message>
        <source>The round could not be created: {reason}</source>
        <translation>Nid oedd modd creu&apos;r cylch: {reason}</translation>
    </message>
    <message>
        <source>Nothing was created. Please correct these {count} problems in the case list and check again:</source>
        <translation>Ni chrëwyd dim. Cywirwch y problemau hyn yn y rhestr achosion ({count}), a gwiriwch eto:</translation>
    </message>
    <message>
        <source>Please complete these first:</source>
        <translation>Cwblhewch y rhain yn gyntaf:</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>wedi&apos;i ddyrannu</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>gwrthdaro buddiannau</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>heb ei ddyrannu</translation>
    </message>
    <message>
        <source>{case}, {member}: {state}</source>
        <translation>{case}, {member}: {state}</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Dyrannu</translation>
    </message>
    <message>
        <source>Cases down, members across. Press Space (or double-click) to assign or unassign a case; mark a conflict of interest from the right-click menu or the Conflict button. Greyed members cannot review yet: the column&apos;s tooltip says why.</source>
        <translation>Achosion i lawr, aelodau ar draws. Pwyswch y Bylchwr (neu cliciwch ddwywaith) i ddyrannu achos neu ei dynnu&apos;n ôl; nodwch wrthdaro buddiannau o&apos;r ddewislen clic de neu&apos;r botwm Gwrthdaro. Ni all aelodau sydd wedi&apos;u llwydo adolygu eto: mae cyngor y golofn yn dweud pam.</translation>
    </message>
    <message>
        <source>Assignment grid: cases down, members across</source>
        <translation>Grid dyrannu: achosion i lawr, aelodau ar draws</translation>
    </message>
    <message>
        <source>A&amp;ssign / unassign</source>
        <translation>Dyrannu / dad-ddy&amp;rannu</translation>
    </message>
    <message>
        <source>Assign or unassign the selected case to the selected member</source>
        <translation>Dyrannu&apos;r achos a ddewiswyd i&apos;r aelod a ddewiswyd, neu ei dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Conflict of in&amp;terest</source>
        <translation>&amp;Gwrthdaro buddiannau</translation>
    </message>
    <message>
        <source>Mark or clear a conflict of interest for the selected cell</source>
        <translation>Nodi neu glirio gwrthdaro buddiannau ar gyfer y gell a ddewiswyd</translation>
    </message>
    <message>
        <source>A&amp;uto-assign…</source>
        <translation>Dyrannu&apos;n a&amp;wtomatig…</translation>
    </message>
    <message>
        <source>Give every case the same number of reviewers automatically</source>
        <translation>Rhoi&apos;r un nifer o adolygwyr i bob achos yn awtomatig</translation>
    </message>
    <message>
        <source>{name} has a conflict of interest in {case}: clear the conflict first.</source>
        <translation>Mae gan {name} wrthdaro buddiannau yn {case}: cliriwch y gwrthdaro yn gyntaf.</translation>
    </message>
    <message>
        <source>Assign / unassign</source>
        <translation>Dyrannu / dad-ddyrannu</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Gwrthdaro buddiannau</translation>
    </message>
    <message>
        <source>Auto-assign</source>
        <translation>Dyrannu&apos;n awtomatig</translation>
    </message>
    <message>
        <source>How many members should review each case?</source>
        <translation>Faint o aelodau ddylai adolygu pob achos?</translation>
    </message>
    <message>
        <source>{added} assignments were added. These cases could not get {k} members (too few confirmed members without a conflict): {cases}</source>
        <translation>Dyraniadau a ychwanegwyd: {added}. Nid oedd modd rhoi {k} aelod i&apos;r achosion hyn (rhy ychydig o aelodau a gadarnhawyd heb wrthdaro): {cases}</translation>
    </message>
    <message>
        <source>{added} assignments were added. Every case has {k} members.</source>
        <translation>Dyraniadau a ychwanegwyd: {added}. Mae gan bob achos {k} aelod.</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>Aelo&amp;dau</translation>
    </message>
    <message>
        <source>R&amp;ounds</source>
        <translation>&amp;Cylchoedd</translation>
    </message>
    <message>
        <source>Assi&amp;gnment</source>
        <translation>D&amp;yrannu</translation>
    </message>
    <message>
        <source>Send &amp;packs</source>
        <translation>Anfon &amp;pecynnau</translation>
    </message>
    <message>
        <source>Inbo&amp;x</source>
        <translation>Mewnflwc&amp;h</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>Canfyddiada&amp;u</translation>
    </message>
    <message>
        <source>O&amp;bservations</source>
        <translation>Ar&amp;sylwadau</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Cyfieithu</translation>
    </message>
    <message>
        <source>Coordinator&apos;s pages</source>
        <translation>Tudalennau&apos;r cydlynydd</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Mewnflwch</translation>
    </message>
    <message>
        <source>Import review files from members</source>
        <translation>Mewnforio ffeiliau adolygu oddi wrth aelodau</translation>
    </message>
    <message>
        <source>Import revie&amp;ws…</source>
        <translation>Me&amp;wnforio adolygiadau…</translation>
    </message>
    <message>
        <source>Imported files and what happened to each</source>
        <translation>Ffeiliau a fewnforiwyd a beth ddigwyddodd i bob un</translation>
    </message>
    <message>
        <source>Round progress</source>
        <translation>Cynnydd y cylch</translation>
    </message>
    <message>
        <source>Round progress by member</source>
        <translation>Cynnydd y cylch fesul aelod</translation>
    </message>
    <message>
        <source>Re&amp;tention report…</source>
        <translation>Adroddiad cadw da&amp;ta…</translation>
    </message>
    <message>
        <source>When each member&apos;s copy of this round&apos;s case material was erased, for data protection</source>
        <translation>Pryd y dilëwyd copi pob aelod o ddeunydd achosion y cylch hwn, ar gyfer diogelu data</translation>
    </message>
    <message>
        <source>Import reviews</source>
        <translation>Mewnforio adolygiadau</translation>
    </message>
    <message>
        <source>Importing reviews</source>
        <translation>Yn mewnforio adolygiadau</translation>
    </message>
    <message>
        <source>The reviews could not be imported: {reason}</source>
        <translation>Nid oedd modd mewnforio&apos;r adolygiadau: {reason}</translation>
    </message>
    <message>
        <source>Save the review files and erasure receipts members email you, then import them here (or drop them on this page). Each file is checked: who signed it, that it is for this office and round, and that nothing was changed. A rejected file changes nothing.</source>
        <translation>Cadwch y ffeiliau adolygu a&apos;r derbynebau dileu y mae aelodau&apos;n eu hanfon atoch drwy e-bost, yna mewnforiwch nhw yma (neu eu gollwng ar y dudalen hon). Caiff pob ffeil ei gwirio: pwy a&apos;i llofnododd, ei bod ar gyfer y swyddfa hon a&apos;r cylch hwn, ac na newidiwyd dim. Nid yw ffeil a wrthodwyd yn newid dim.</translation>
    </message>
    <message>
        <source>Review files and erasure receipts (*.prreview *.prreceipt)</source>
        <translation>Ffeiliau adolygu a derbynebau dileu (*.prreview *.prreceipt)</translation>
    </message>
    <message>
        <source>No files imported yet in this session.</source>
        <translation>Dim ffeiliau wedi&apos;u mewnforio eto yn y sesiwn hon.</translation>
    </message>
    <message>
        <source>{count} files checked. {counts}</source>
        <translation>Gwiriwyd {count} ffeil. {counts}</translation>
    </message>
    <message>
        <source>Panel members</source>
        <translation>Aelodau&apos;r panel</translation>
    </message>
    <message>
        <source>Add each member from the card file they send you (or drop the card here), then read the fingerprint with them by phone. Packs are made only for confirmed members.</source>
        <translation>Ychwanegwch bob aelod o&apos;r ffeil cerdyn y maen nhw&apos;n ei hanfon atoch (neu gollyngwch y cerdyn yma), yna darllenwch yr ôl bys gyda nhw dros y ffôn. Dim ond ar gyfer aelodau a gadarnhawyd y caiff pecynnau eu gwneud.</translation>
    </message>
    <message>
        <source>&amp;Add member card…</source>
        <translation>Ychwa&amp;negu cerdyn aelod…</translation>
    </message>
    <message>
        <source>Add a member from their card file</source>
        <translation>Ychwanegu aelod o&apos;u ffeil cerdyn</translation>
    </message>
    <message>
        <source>&amp;Confirm fingerprint…</source>
        <translation>Cada&amp;rnhau ôl bys…</translation>
    </message>
    <message>
        <source>Confirm the selected member&apos;s fingerprint</source>
        <translation>Cadarnhau ôl bys yr aelod a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Withdraw access…</source>
        <translation>&amp;Tynnu mynediad yn ôl…</translation>
    </message>
    <message>
        <source>Withdraw the selected member&apos;s access</source>
        <translation>Tynnu mynediad yr aelod a ddewiswyd yn ôl</translation>
    </message>
    <message>
        <source>R&amp;estore access</source>
        <translation>Adf&amp;er mynediad</translation>
    </message>
    <message>
        <source>Restore the selected member&apos;s access</source>
        <translation>Adfer mynediad yr aelod a ddewiswyd</translation>
    </message>
    <message>
        <source>Add member card</source>
        <translation>Ychwanegu cerdyn aelod</translation>
    </message>
    <message>
        <source>Member cards (*.prcard)</source>
        <translation>Cardiau aelodau (*.prcard)</translation>
    </message>
    <message>
        <source>This card cannot be added: {reason}</source>
        <translation>Nid oes modd ychwanegu&apos;r cerdyn hwn: {reason}</translation>
    </message>
    <message>
        <source>A member whose name looks the same is already on the roster:

{enrolled}

This card:

{name}
{fingerprint}

Add this card as a different member? Check both fingerprints with the members first.</source>
        <translation>Mae aelod ag enw sy&apos;n edrych yr un fath eisoes ar y rhestr aelodau:

{enrolled}

Y cerdyn hwn:

{name}
{fingerprint}

Ychwanegu&apos;r cerdyn hwn fel aelod gwahanol? Gwiriwch y ddau ôl bys gyda&apos;r aelodau yn gyntaf.</translation>
    </message>
    <message>
        <source>{name} is already on the roster; nothing was changed.</source>
        <translation>Mae {name} eisoes ar y rhestr aelodau; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Confirm fingerprint</source>
        <translation>Cadarnhau ôl bys</translation>
    </message>
    <message>
        <source>Read this fingerprint with {name} by phone or in person:

{fingerprint}

Does every digit match what {name} reads out?</source>
        <translation>Darllenwch yr ôl bys hwn gyda {name} dros y ffôn neu wyneb yn wyneb:

{fingerprint}

Ydy pob digid yn cyfateb i&apos;r hyn y mae {name} yn ei ddarllen?</translation>
    </message>
    <message>
        <source>Withdraw access</source>
        <translation>Tynnu mynediad yn ôl</translation>
    </message>
    <message>
        <source>Withdraw {name}&apos;s access? Reviews from {name} that arrive from now on will be refused, and no new packs will be made for them. Reviews already accepted stay in the round.</source>
        <translation>Tynnu mynediad {name} yn ôl? Caiff adolygiadau oddi wrth {name} sy&apos;n cyrraedd o hyn ymlaen eu gwrthod, ac ni chaiff pecynnau newydd eu gwneud ar eu cyfer. Mae adolygiadau a dderbyniwyd eisoes yn aros yn y cylch.</translation>
    </message>
    <message>
        <source>Access withdrawn</source>
        <translation>Mynediad wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Cadarnhawyd</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Dim cadarnhad eto</translation>
    </message>
    <message>
        <source>Access withdrawn: no pack will be made for this member.</source>
        <translation>Mynediad wedi&apos;i dynnu&apos;n ôl: ni chaiff pecyn ei wneud ar gyfer yr aelod hwn.</translation>
    </message>
    <message>
        <source>Fingerprint not yet confirmed: no pack will be made until it is.</source>
        <translation>Ôl bys heb ei gadarnhau eto: ni chaiff pecyn ei wneud nes iddo gael ei gadarnhau.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Superseded by a later revision</source>
        <translation>Disodlwyd gan fersiwn ddiweddarach</translation>
    </message>
    <message>
        <source>Changed: waiting for your decision</source>
        <translation>Wedi newid: yn aros am eich penderfyniad</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Wedi&apos;i mewnforio eisoes</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>✓ Assigned</source>
        <translation>✓ Wedi&apos;i ddyrannu</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>Check: log changed since an earlier package</source>
        <translation>Gwiriwch: newidiwyd y log ers pecyn cynharach</translation>
    </message>
    <message>
        <source>Check: package carries no log</source>
        <translation>Gwiriwch: nid oes log yn y pecyn</translation>
    </message>
    <message>
        <source>No concern</source>
        <translation>Dim pryder</translation>
    </message>
    <message>
        <source>Check before relying on this member&apos;s reviews: their audit log was changed after an earlier package for this round. Ask the member what happened.</source>
        <translation>Gwiriwch cyn dibynnu ar adolygiadau&apos;r aelod hwn: newidiwyd log archwilio&apos;r aelod ar ôl pecyn cynharach ar gyfer y cylch hwn. Holwch yr aelod beth ddigwyddodd.</translation>
    </message>
    <message>
        <source>Check before relying on this member&apos;s reviews: a package came without the audit log their earlier package carried. Ask the member why.</source>
        <translation>Gwiriwch cyn dibynnu ar adolygiadau&apos;r aelod hwn: daeth pecyn heb y log archwilio a oedd yn ei becyn cynharach. Holwch yr aelod pam.</translation>
    </message>
    <message>
        <source>Audit log: no concern</source>
        <translation>Log archwilio: dim pryder</translation>
    </message>
    <message>
        <source>Nothing back yet</source>
        <translation>Dim byd yn ôl eto</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Erased on {date}</source>
        <translation>Dilëwyd ar {date}</translation>
    </message>
    <message>
        <source>{name} (withdrawn)</source>
        <translation>{name} (mynediad wedi&apos;i dynnu&apos;n ôl)</translation>
    </message>
    <message>
        <source>{name} (not confirmed)</source>
        <translation>{name} (dim cadarnhad eto)</translation>
    </message>
    <message>
        <source>Coordinator: {label}</source>
        <translation>Cydlynydd: {label}</translation>
    </message>
    <message>
        <source>Member: {label}</source>
        <translation>Aelod: {label}</translation>
    </message>
    <message>
        <source>Profile ({folder})</source>
        <translation>Proffil ({folder})</translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation>Dewis proffil</translation>
    </message>
    <message>
        <source>This computer has more than one Panel Review profile. Each has its own reviews and its own passphrase. Choose the one to open.</source>
        <translation>Mae mwy nag un proffil Adolygiad Panel ar y cyfrifiadur hwn. Mae gan bob un ei adolygiadau ei hun a&apos;i gyfrinymadrodd ei hun. Dewiswch yr un i&apos;w agor.</translation>
    </message>
    <message>
        <source>&amp;Profiles on this computer:</source>
        <translation>&amp;Proffiliau ar y cyfrifiadur hwn:</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Proffiliau ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ag&amp;or</translation>
    </message>
    <message>
        <source>Open the chosen profile</source>
        <translation>Agor y proffil a ddewiswyd</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Proffil newydd</translation>
    </message>
    <message>
        <source>S&amp;how passphrase</source>
        <translation>Dan&amp;gos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Shows the passphrase as you type it, so you can check it</source>
        <translation>Yn dangos y cyfrinymadrodd wrth i chi ei deipio, er mwyn i chi allu ei wirio</translation>
    </message>
    <message>
        <source>Draf&amp;ted findings:</source>
        <translation>Canfyddiadau draff&amp;t:</translation>
    </message>
    <message>
        <source>Drafted findings, from the members&apos; answers</source>
        <translation>Canfyddiadau drafft, o atebion yr aelodau</translation>
    </message>
    <message>
        <source>Panel&apos;s &amp;comment:</source>
        <translation>Syl&amp;w&apos;r panel:</translation>
    </message>
    <message>
        <source>The panel&apos;s comment on this case</source>
        <translation>Sylw&apos;r panel ar yr achos hwn</translation>
    </message>
    <message>
        <source>Good pr&amp;actice (one per line):</source>
        <translation>A&amp;rfer da (un i bob llinell):</translation>
    </message>
    <message>
        <source>Good practice, one per line</source>
        <translation>Arfer da, un i bob llinell</translation>
    </message>
    <message>
        <source>Areas for l&amp;earning (one per line):</source>
        <translation>Meysydd i ddysgu ohonynt (un i &amp;bob llinell):</translation>
    </message>
    <message>
        <source>Areas for learning, one per line</source>
        <translation>Meysydd i ddysgu ohonynt, un i bob llinell</translation>
    </message>
    <message>
        <source>&amp;Use the draft</source>
        <translation>Def&amp;nyddio&apos;r drafft</translation>
    </message>
    <message>
        <source>Copy the drafted findings into the panel&apos;s comment</source>
        <translation>Copïo&apos;r canfyddiadau drafft i sylw&apos;r panel</translation>
    </message>
    <message>
        <source>&amp;Save case notes</source>
        <translation>Cadw n&amp;odiadau&apos;r achos</translation>
    </message>
    <message>
        <source>Save the panel&apos;s comment, good practice and areas for learning</source>
        <translation>Cadw sylw&apos;r panel, yr arfer da a&apos;r meysydd i ddysgu ohonynt</translation>
    </message>
    <message>
        <source>Choose a case in the grid to write the panel&apos;s findings on it.</source>
        <translation>Dewiswch achos yn y grid i ysgrifennu canfyddiadau&apos;r panel arno.</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Achos {reference}</translation>
    </message>
    <message>
        <source>The draft is in the panel&apos;s comment: edit it, then save. Ctrl+Z undoes.</source>
        <translation>Mae&apos;r drafft yn sylw&apos;r panel: golygwch ef, yna cadwch. Mae Ctrl+Z yn dadwneud.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Heb ei gadw: {reason}</translation>
    </message>
    <message>
        <source>Saved the notes on {reference}.</source>
        <translation>Cadwyd y nodiadau ar {reference}.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Cases down, questions across. Each cell gives the panel&apos;s finding and how it was reached; ◆ marks members who were unable to agree. Press Enter on a cell (or double-click it) to see every member&apos;s answer and record the panel&apos;s decision.</source>
        <translation>Achosion i lawr, cwestiynau ar draws. Mae pob cell yn rhoi canfyddiad y panel a sut y daethpwyd iddo; mae ◆ yn dangos lle nad oedd yr aelodau&apos;n gallu cytuno. Pwyswch Enter ar gell (neu cliciwch ddwywaith arni) i weld ateb pob aelod a chofnodi penderfyniad y panel.</translation>
    </message>
    <message>
        <source>Sho&amp;w only disagreements</source>
        <translation>Dan&amp;gos anghytundebau yn unig</translation>
    </message>
    <message>
        <source>Show only disagreements</source>
        <translation>Dangos anghytundebau yn unig</translation>
    </message>
    <message>
        <source>Show only the cases where members were unable to agree</source>
        <translation>Dangos dim ond yr achosion lle nad oedd yr aelodau&apos;n gallu cytuno</translation>
    </message>
    <message>
        <source>Previous split (Shift+F8)</source>
        <translation>Anghytundeb blaenorol (Shift+F8)</translation>
    </message>
    <message>
        <source>Go to the previous split the panel has not decided yet</source>
        <translation>Mynd i&apos;r anghytundeb blaenorol nad yw&apos;r panel wedi penderfynu arno eto</translation>
    </message>
    <message>
        <source>Next split (F8)</source>
        <translation>Anghytundeb nesaf (F8)</translation>
    </message>
    <message>
        <source>Go to the next split the panel has not decided yet</source>
        <translation>Mynd i&apos;r anghytundeb nesaf nad yw&apos;r panel wedi penderfynu arno eto</translation>
    </message>
    <message>
        <source>&amp;Next split</source>
        <translation>Anghytundeb &amp;nesaf</translation>
    </message>
    <message>
        <source>&amp;Previous split</source>
        <translation>Anghytundeb &amp;blaenorol</translation>
    </message>
    <message>
        <source>Findings grid: cases down, questions across</source>
        <translation>Grid y canfyddiadau: achosion i lawr, cwestiynau ar draws</translation>
    </message>
    <message>
        <source>Agreement between members, question by question</source>
        <translation>Cytundeb rhwng aelodau, fesul cwestiwn</translation>
    </message>
    <message>
        <source>Agreement between members for each question</source>
        <translation>Cytundeb rhwng aelodau ar gyfer pob cwestiwn</translation>
    </message>
    <message>
        <source>T&amp;rends across rounds…</source>
        <translation>Tueddiadau &amp;ar draws cylchoedd…</translation>
    </message>
    <message>
        <source>Compare this round with the panel&apos;s earlier rounds of the same checklist</source>
        <translation>Cymharu&apos;r cylch hwn â chylchoedd cynharach y panel ar yr un rhestr wirio</translation>
    </message>
    <message>
        <source>No splits are left to decide.</source>
        <translation>Nid oes yr un anghytundeb ar ôl i benderfynu arno.</translation>
    </message>
    <message>
        <source>Split {position} of {count}: {cell}</source>
        <translation>Anghytundeb {position} o {count}: {cell}</translation>
    </message>
    <message>
        <source>No reviews have been imported for this round yet.</source>
        <translation>Nid oes adolygiadau wedi&apos;u mewnforio ar gyfer y cylch hwn eto.</translation>
    </message>
    <message>
        <source>{shown} of {cases} cases shown. Splits not yet decided: {splits}.</source>
        <translation>Yn dangos {shown} o {cases} achos. Anghytundebau heb benderfyniad eto: {splits}.</translation>
    </message>
    <message>
        <source>{mark} Unable to agree — left unresolved</source>
        <translation>{mark} Methu cytuno — heb ei ddatrys</translation>
    </message>
    <message>
        <source>{answer} — decided</source>
        <translation>{answer} — penderfynwyd</translation>
    </message>
    <message>
        <source>{mark} Unable to agree</source>
        <translation>{mark} Methu cytuno</translation>
    </message>
    <message>
        <source>{answer} (majority)</source>
        <translation>{answer} (mwyafrif)</translation>
    </message>
    <message>
        <source>{answer} (one review)</source>
        <translation>{answer} (un adolygiad)</translation>
    </message>
    <message>
        <source>Every member who answered agreed.</source>
        <translation>Cytunodd pob aelod a atebodd.</translation>
    </message>
    <message>
        <source>A majority of the members agreed.</source>
        <translation>Cytunodd mwyafrif yr aelodau.</translation>
    </message>
    <message>
        <source>The members were unable to agree.</source>
        <translation>Nid oedd yr aelodau&apos;n gallu cytuno.</translation>
    </message>
    <message>
        <source>Only one member answered.</source>
        <translation>Dim ond un aelod a atebodd.</translation>
    </message>
    <message>
        <source>Nobody answered this question.</source>
        <translation>Nid atebodd neb y cwestiwn hwn.</translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation>Dim atebion.</translation>
    </message>
    <message>
        <source>{counts} ({total} members answered)</source>
        <translation>{counts} ({total} aelod a atebodd)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Dim ateb</translation>
    </message>
    <message>
        <source>({hours} hours)</source>
        <translation>({hours} awr)</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Wedi&apos;i ddangos</translation>
    </message>
    <message>
        <source>Not shown: their earlier answers skipped it</source>
        <translation>Heb ei ddangos: roedd eu hatebion cynharach yn ei hepgor</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>heb ei ddiffinio</translation>
    </message>
    <message>
        <source>Low — check the wording</source>
        <translation>Isel — gwiriwch y geiriad</translation>
    </message>
    <message>
        <source>Say why the panel decided this: the report prints the reason beside it.</source>
        <translation>Dywedwch pam y penderfynodd y panel hyn: mae&apos;r adroddiad yn argraffu&apos;r rheswm wrth ei ochr.</translation>
    </message>
    <message>
        <source>That answer is not one this question offers.</source>
        <translation>Nid yw&apos;r ateb hwnnw&apos;n un o atebion y cwestiwn hwn.</translation>
    </message>
    <message>
        <source>That case is no longer in this profile.</source>
        <translation>Nid yw&apos;r achos hwnnw yn y proffil hwn mwyach.</translation>
    </message>
    <message>
        <source>The text is too long: shorten it and save again.</source>
        <translation>Mae&apos;r testun yn rhy hir: byrhewch ef a chadwch eto.</translation>
    </message>
    <message>
        <source>Meeting dat&amp;e:</source>
        <translation>Dyddiad y cyfarf&amp;od:</translation>
    </message>
    <message>
        <source>How cases were chosen:</source>
        <translation>Sut y dewiswyd yr achosion:</translation>
    </message>
    <message>
        <source>How the panel met:</source>
        <translation>Sut y cyfarfu&apos;r panel:</translation>
    </message>
    <message>
        <source>Members attending (one a line):</source>
        <translation>Aelodau&apos;n bresennol (un i bob llinell):</translation>
    </message>
    <message>
        <source>Quorate:</source>
        <translation>A oedd cworwm?</translation>
    </message>
    <message>
        <source>Period covered:</source>
        <translation>Y cyfnod dan sylw:</translation>
    </message>
    <message>
        <source>Definitions used:</source>
        <translation>Diffiniadau a ddefnyddiwyd:</translation>
    </message>
    <message>
        <source>For example 2026-03-14</source>
        <translation>Er enghraifft 2026-03-14</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Virtual meeting</source>
        <translation>Cyfarfod rhithwir</translation>
    </message>
    <message>
        <source>Remote written review</source>
        <translation>Adolygiad ysgrifenedig o bell</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>quorate</comment>
        <translation>Oedd</translation>
    </message>
    <message>
        <source>No</source>
        <comment>quorate</comment>
        <translation>Nac oedd</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Cad&amp;w</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Cadw a chau</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cau heb gadw</translation>
    </message>
    <message>
        <source>Observation {number}</source>
        <translation>Arsylwad {number}</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Arsylwad newydd</translation>
    </message>
    <message>
        <source>&amp;Observation:</source>
        <translation>&amp;Arsylwad:</translation>
    </message>
    <message>
        <source>Observation text</source>
        <translation>Testun yr arsylwad</translation>
    </message>
    <message>
        <source>&amp;Cases it comes from:</source>
        <translation>Yr a&amp;chosion y daw ohonynt:</translation>
    </message>
    <message>
        <source>Cases this observation comes from</source>
        <translation>Yr achosion y daw&apos;r arsylwad hwn ohonynt</translation>
    </message>
    <message>
        <source>&amp;Findings it answers:</source>
        <translation>Canfyddiadau y mae&apos;n eu &amp;hateb:</translation>
    </message>
    <message>
        <source>Findings this observation answers</source>
        <translation>Canfyddiadau y mae&apos;r arsylwad hwn yn eu hateb</translation>
    </message>
    <message>
        <source>Force &amp;response:</source>
        <translation>&amp;Ymateb yr heddlu:</translation>
    </message>
    <message>
        <source>The force&apos;s response</source>
        <translation>Ymateb yr heddlu</translation>
    </message>
    <message>
        <source>Response &amp;date:</source>
        <translation>&amp;Dyddiad yr ymateb:</translation>
    </message>
    <message>
        <source>Date of the force&apos;s response</source>
        <translation>Dyddiad ymateb yr heddlu</translation>
    </message>
    <message>
        <source>Space ticks or unticks the case</source>
        <translation>Mae&apos;r bylchwr yn ticio&apos;r achos neu&apos;n dileu&apos;r tic</translation>
    </message>
    <message>
        <source>Space ticks or unticks the finding</source>
        <translation>Mae&apos;r bylchwr yn ticio&apos;r canfyddiad neu&apos;n dileu&apos;r tic</translation>
    </message>
    <message>
        <source>Importing {file} would change {responses}. Check them, then import.</source>
        <translation>Byddai mewnforio {file} yn newid {responses}. Gwiriwch nhw, yna mewnforiwch.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>BBBB-MM-DD</translation>
    </message>
    <message>
        <source>Write the date as 2026-03-31, or leave it empty</source>
        <translation>Ysgrifennwch y dyddiad fel 2026-03-31, neu gadewch ef yn wag</translation>
    </message>
    <message>
        <source>Import the force&apos;s responses</source>
        <translation>Mewnforio ymatebion yr heddlu</translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation>Beth fyddai&apos;r mewnforio yn ei newid</translation>
    </message>
    <message>
        <source>&amp;Import these responses</source>
        <translation>&amp;Mewnforio&apos;r ymatebion hyn</translation>
    </message>
    <message>
        <source>Import the responses listed</source>
        <translation>Mewnforio&apos;r ymatebion a restrir</translation>
    </message>
    <message>
        <source>Close and change nothing</source>
        <translation>Cau heb newid dim</translation>
    </message>
    <message>
        <source>{file} cannot be imported, and nothing was changed. Problems:</source>
        <translation>Nid oes modd mewnforio {file}, ac ni newidiwyd dim. Problemau:</translation>
    </message>
    <message>
        <source>{file} changes no response: every response in it is already recorded.</source>
        <translation>Nid yw {file} yn newid unrhyw ymateb: mae pob ymateb ynddi wedi&apos;i gofnodi eisoes.</translation>
    </message>
    <message>
        <source>Observation {number}: “{old}” becomes “{new}” ({date}).</source>
        <translation>Arsylwad {number}: mae “{old}” yn dod yn “{new}” ({date}).</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <source>Background and comments</source>
        <translation>Cefndir a sylwadau</translation>
    </message>
    <message>
        <source>Recommendation {number}</source>
        <translation>Argymhelliad {number}</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Dim cadarnhad eto</translation>
    </message>
    <message>
        <source>Confirmed: kept as written</source>
        <translation>Cadarnhawyd: wedi&apos;i gadw fel y&apos;i ysgrifennwyd</translation>
    </message>
    <message>
        <source>Confirmed: edited</source>
        <translation>Cadarnhawyd: wedi&apos;i olygu</translation>
    </message>
    <message>
        <source>Confirmed: blanked</source>
        <translation>Cadarnhawyd: wedi&apos;i wagio</translation>
    </message>
    <message>
        <source>Edit the text to publish</source>
        <translation>Golygu&apos;r testun i&apos;w gyhoeddi</translation>
    </message>
    <message>
        <source>What the published report prints for {where}:</source>
        <translation>Yr hyn y mae&apos;r adroddiad cyhoeddedig yn ei argraffu ar gyfer {where}:</translation>
    </message>
    <message>
        <source>Text to publish</source>
        <translation>Testun i&apos;w gyhoeddi</translation>
    </message>
    <message>
        <source>&amp;Publish this text</source>
        <translation>&amp;Cyhoeddi&apos;r testun hwn</translation>
    </message>
    <message>
        <source>Places with these same words: {count}. One decision covers them all.</source>
        <translation>Lleoedd gyda&apos;r un geiriau hyn: {count}. Mae un penderfyniad yn berthnasol i bob un ohonynt.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>C&amp;adw</translation>
    </message>
    <message>
        <source>Keep {where} as written</source>
        <translation>Cadw {where} fel y&apos;i hysgrifennwyd</translation>
    </message>
    <message>
        <source>Edit {where} before publishing</source>
        <translation>Golygu {where} cyn cyhoeddi</translation>
    </message>
    <message>
        <source>&amp;Blank</source>
        <translation>&amp;Gwagio</translation>
    </message>
    <message>
        <source>Publish a black bar instead of {where}</source>
        <translation>Cyhoeddi bar du yn lle {where}</translation>
    </message>
    <message>
        <source>Nothing here looks like personal data; read it all the same.</source>
        <translation>Nid oes dim byd yma&apos;n edrych fel data personol; darllenwch y cyfan serch hynny.</translation>
    </message>
    <message>
        <source>Marked as possible personal data: {kinds}.</source>
        <translation>Wedi&apos;i nodi fel data personol posibl: {kinds}.</translation>
    </message>
    <message>
        <source>The report publishes this text as you edited it.</source>
        <translation>Mae&apos;r adroddiad yn cyhoeddi&apos;r testun hwn fel y gwnaethoch ei olygu.</translation>
    </message>
    <message>
        <source>The report has no texts typed by a person to check.</source>
        <translation>Nid oes gan yr adroddiad destunau a deipiwyd gan berson i&apos;w gwirio.</translation>
    </message>
    <message>
        <source>The personal-data check found nothing that looks like a name, address, date of birth, phone number or reference in the {total} texts below.</source>
        <translation>Ni chanfu&apos;r gwiriad data personol ddim sy&apos;n edrych fel enw, cyfeiriad, dyddiad geni, rhif ffôn na chyfeirnod yn y testunau isod (cyfanswm: {total}).</translation>
    </message>
    <message>
        <source>The personal-data check marked {marked} of the {total} texts below.</source>
        <translation>Testunau isod a farciwyd gan y gwiriad data personol: {marked} o {total}.</translation>
    </message>
    <message>
        <source>Read every text before publishing</source>
        <translation>Darllenwch bob testun cyn cyhoeddi</translation>
    </message>
    <message>
        <source>The published report prints each text below. Read each one and keep it as written, edit it, or blank it. Words that look like personal data are in bold and underlined, with what they look like in brackets. Tab moves between the buttons; F8 goes to the next text not yet confirmed.</source>
        <translation>Mae&apos;r adroddiad cyhoeddedig yn argraffu pob testun isod. Darllenwch bob un a&apos;i gadw fel y&apos;i hysgrifennwyd, ei olygu, neu ei wagio. Mae geiriau sy&apos;n edrych fel data personol mewn print trwm ac wedi&apos;u tanlinellu, gyda&apos;r hyn y maen nhw&apos;n edrych fel mewn cromfachau. Mae Tab yn symud rhwng y botymau; mae F8 yn mynd i&apos;r testun nesaf sydd heb ei gadarnhau eto.</translation>
    </message>
    <message>
        <source>The texts to read</source>
        <translation>Y testunau i&apos;w darllen</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>C&amp;yhoeddi…</translation>
    </message>
    <message>
        <source>Choose where to save the published report</source>
        <translation>Dewiswch ble i gadw&apos;r adroddiad cyhoeddedig</translation>
    </message>
    <message>
        <source>Close; what you confirmed is kept for next time</source>
        <translation>Cau; caiff yr hyn a gadarnhawyd gennych ei gadw ar gyfer y tro nesaf</translation>
    </message>
    <message>
        <source>Next to read (F8)</source>
        <translation>Nesaf i&apos;w ddarllen (F8)</translation>
    </message>
    <message>
        <source>Go to the next text not yet confirmed</source>
        <translation>Mynd i&apos;r testun nesaf sydd heb ei gadarnhau eto</translation>
    </message>
    <message>
        <source>{done} of {total} confirmed</source>
        <translation>{done} o {total} wedi&apos;u cadarnhau</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Argymhelliad newydd</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Argymhelliad:</translation>
    </message>
    <message>
        <source>Recommendation text</source>
        <translation>Testun yr argymhelliad</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>From roun&amp;d:</source>
        <translation>O&apos;r &amp;cylch:</translation>
    </message>
    <message>
        <source>Round that made the recommendation</source>
        <translation>Y cylch a wnaeth yr argymhelliad</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Perchennog:</translation>
    </message>
    <message>
        <source>Who in the force owns it</source>
        <translation>Pwy yn yr heddlu sy&apos;n berchen arno</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Dyddiad cau:</translation>
    </message>
    <message>
        <source>&amp;Findings it answers:</source>
        <comment>recommendation</comment>
        <translation>Ca&amp;nfyddiadau y mae&apos;n eu hateb:</translation>
    </message>
    <message>
        <source>Findings this recommendation answers</source>
        <translation>Canfyddiadau y mae&apos;r argymhelliad hwn yn eu hateb</translation>
    </message>
    <message>
        <source>Update to recommendation {number}</source>
        <translation>Diweddariad i argymhelliad {number}</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Date of the update</source>
        <translation>Dyddiad y diweddariad</translation>
    </message>
    <message>
        <source>&amp;Update:</source>
        <translation>Diw&amp;eddariad:</translation>
    </message>
    <message>
        <source>What the force reports</source>
        <translation>Yr hyn y mae&apos;r heddlu&apos;n ei adrodd</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Asesiad:</translation>
    </message>
    <message>
        <source>The commissioner&apos;s team&apos;s assessment</source>
        <translation>Asesiad tîm y comisiynydd</translation>
    </message>
    <message>
        <source>New s&amp;tatus:</source>
        <translation>&amp;Statws newydd:</translation>
    </message>
    <message>
        <source>Status after this update</source>
        <translation>Y statws ar ôl y diweddariad hwn</translation>
    </message>
    <message>
        <source>Amalgamate recommendation {number}</source>
        <translation>Cyfuno argymhelliad {number}</translation>
    </message>
    <message>
        <source>&amp;Into recommendation:</source>
        <translation>&amp;Ag argymhelliad:</translation>
    </message>
    <message>
        <source>Recommendation to amalgamate it into</source>
        <translation>Yr argymhelliad i&apos;w gyfuno ag ef</translation>
    </message>
    <message>
        <source>Date of the amalgamation</source>
        <translation>Dyddiad y cyfuno</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Note recorded in its history</source>
        <translation>Nodyn a gofnodir yn ei hanes</translation>
    </message>
    <message>
        <source>&amp;Amalgamate</source>
        <translation>&amp;Cyfuno</translation>
    </message>
    <message>
        <source>Amalgamate</source>
        <translation>Cyfuno</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Argymhellion</translation>
    </message>
    <message>
        <source>Every recommendation the panel has made, from any round, with where it stands. Record each update from the force and the commissioner&apos;s team&apos;s assessment of it.</source>
        <translation>Pob argymhelliad a wnaeth y panel, o unrhyw gylch, a&apos;i sefyllfa. Cofnodwch bob diweddariad gan yr heddlu ac asesiad tîm y comisiynydd ohono.</translation>
    </message>
    <message>
        <source>Recommendations tracker</source>
        <translation>Traciwr argymhellion</translation>
    </message>
    <message>
        <source>Enter opens the recommendation</source>
        <translation>Mae Enter yn agor yr argymhelliad</translation>
    </message>
    <message>
        <source>Add a recommendation</source>
        <translation>Ychwanegu argymhelliad</translation>
    </message>
    <message>
        <source>Edit the chosen recommendation</source>
        <translation>Golygu&apos;r argymhelliad a ddewiswyd</translation>
    </message>
    <message>
        <source>Add &amp;update…</source>
        <translation>Ych&amp;wanegu diweddariad…</translation>
    </message>
    <message>
        <source>Record an update and assessment</source>
        <translation>Cofnodi diweddariad ac asesiad</translation>
    </message>
    <message>
        <source>Merge &amp;into…</source>
        <translation>Cyf&amp;uno â…</translation>
    </message>
    <message>
        <source>Amalgamate the chosen recommendation into another</source>
        <translation>Cyfuno&apos;r argymhelliad a ddewiswyd ag un arall</translation>
    </message>
    <message>
        <source>History of updates</source>
        <translation>Hanes y diweddariadau</translation>
    </message>
    <message>
        <source>History of recommendation {number}</source>
        <translation>Hanes argymhelliad {number}</translation>
    </message>
    <message>
        <source>Amalgamate recommendation {number} into recommendation {into}? It will be discharged and take no further updates. This cannot be undone.</source>
        <translation>Cyfuno argymhelliad {number} ag argymhelliad {into}? Bydd yn cael ei gau ac ni fydd yn cael rhagor o ddiweddariadau. Nid oes modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Amalgamate recommendation</source>
        <translation>Cyfuno argymhelliad</translation>
    </message>
    <message>
        <source>Not amalgamated: nothing was changed.</source>
        <translation>Heb ei gyfuno: ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>About Panel Review</source>
        <translation>Ynghylch Adolygiad Panel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>Dyddiad adeiladu</translation>
    </message>
    <message>
        <source>Running from source</source>
        <translation>Yn rhedeg o&apos;r cod ffynhonnell</translation>
    </message>
    <message>
        <source>Source revision</source>
        <translation>Diwygiad y cod ffynhonnell</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Ffolder data</translation>
    </message>
    <message>
        <source>Panel Review: offline review of police case files for scrutiny panels.</source>
        <translation>Adolygiad Panel: adolygu ffeiliau achos yr heddlu all-lein ar gyfer paneli craffu.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>&amp;About Panel Review</source>
        <translation>&amp;Ynghylch Adolygiad Panel</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>Cadw &amp;diagnosteg…</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Cadw diagnosteg</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Ffeiliau testun (*.txt)</translation>
    </message>
    <message>
        <source>The diagnostics could not be saved: {reason}</source>
        <translation>Nid oedd modd cadw&apos;r diagnosteg: {reason}</translation>
    </message>
    <message>
        <source>Diagnostics saved to {path}. They hold no case content, names or passphrases.</source>
        <translation>Cadwyd y diagnosteg yn {path}. Nid ydyn nhw&apos;n cynnwys dim o gynnwys yr achosion, enwau na chyfrinymadroddion.</translation>
    </message>
    <message>
        <source>Panel Review cannot open this profile</source>
        <translation>Ni all Adolygiad Panel agor y proffil hwn</translation>
    </message>
    <message>
        <source>Summary of themes</source>
        <translation>Crynodeb o&apos;r themâu</translation>
    </message>
    <message>
        <source>What the report&apos;s summary says. Begin from the draft — the findings that recur across cases, and the good practice and learning from every case — and write it as the panel would. Left empty, the report prints the draft. A line starting with • is a point; any other line is a heading.</source>
        <translation>Yr hyn y mae crynodeb yr adroddiad yn ei ddweud. Dechreuwch o&apos;r drafft — y canfyddiadau sy&apos;n codi dro ar ôl tro ar draws achosion, a&apos;r arfer da a&apos;r dysgu o bob achos — a&apos;i ysgrifennu fel y byddai&apos;r panel yn ei ysgrifennu. Os caiff ei adael yn wag, mae&apos;r adroddiad yn argraffu&apos;r drafft. Mae llinell sy&apos;n dechrau gyda • yn bwynt; mae unrhyw linell arall yn bennawd.</translation>
    </message>
    <message>
        <source>Begin from the dr&amp;aft</source>
        <translation>Dechrau o&apos;r draff&amp;t</translation>
    </message>
    <message>
        <source>Put the drafted summary in place of what is written here; Ctrl+Z puts it back</source>
        <translation>Rhoi&apos;r crynodeb drafft yn lle&apos;r hyn sydd wedi&apos;i ysgrifennu yma; mae Ctrl+Z yn ei roi&apos;n ôl</translation>
    </message>
    <message>
        <source>The draft has changed since your words began from it. Your words are as you left them.</source>
        <translation>Mae&apos;r drafft wedi newid ers i&apos;ch geiriau ddechrau ohono. Mae eich geiriau fel y gwnaethoch eu gadael.</translation>
    </message>
    <message>
        <source>New in the draft: {line}</source>
        <translation>Newydd yn y drafft: {line}</translation>
    </message>
    <message>
        <source>No longer in the draft: {line}</source>
        <translation>Nid yw yn y drafft mwyach: {line}</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…a {count} arall.</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Wedi&apos;i gyfieithu</translation>
    </message>
    <message>
        <source>Optional: a translation will be printed beside the note</source>
        <translation>Dewisol: bydd cyfieithiad yn cael ei argraffu wrth ochr y nodyn</translation>
    </message>
    <message>
        <source>Changed since it was translated — check it</source>
        <translation>Wedi newid ers iddo gael ei gyfieithu — gwiriwch ef</translation>
    </message>
    <message>
        <source>An earlier translation is offered</source>
        <translation>Mae cyfieithiad cynharach ar gael</translation>
    </message>
    <message>
        <source>Missing in Welsh</source>
        <translation>Dim fersiwn Gymraeg eto</translation>
    </message>
    <message>
        <source>Missing in English</source>
        <translation>Dim fersiwn Saesneg eto</translation>
    </message>
    <message>
        <source>As written, in Welsh:</source>
        <translation>Fel y&apos;i hysgrifennwyd, yn Gymraeg:</translation>
    </message>
    <message>
        <source>As written, in English:</source>
        <translation>Fel y&apos;i hysgrifennwyd, yn Saesneg:</translation>
    </message>
    <message>
        <source>{where} in English</source>
        <translation>{where} yn Saesneg</translation>
    </message>
    <message>
        <source>{where} in Welsh</source>
        <translation>{where} yn Gymraeg</translation>
    </message>
    <message>
        <source>Save the English version of {where} (Ctrl+Enter in the text)</source>
        <translation>Cadw&apos;r fersiwn Saesneg – {where} (Ctrl+Enter yn y testun)</translation>
    </message>
    <message>
        <source>Save the Welsh version of {where} (Ctrl+Enter in the text)</source>
        <translation>Cadw&apos;r fersiwn Gymraeg – {where} (Ctrl+Enter yn y testun)</translation>
    </message>
    <message>
        <source>Not saved yet: Ctrl+Enter or “Save this version” stores it.</source>
        <translation>Heb ei chadw eto: mae Ctrl+Enter neu “Cadw&apos;r fersiwn hon” yn ei chadw.</translation>
    </message>
    <message>
        <source>{where}, as written</source>
        <translation>{where}, fel y&apos;i hysgrifennwyd</translation>
    </message>
    <message>
        <source>Save this version</source>
        <translation>Cadw&apos;r fersiwn hon</translation>
    </message>
    <message>
        <source>Not yet in Welsh: {missing} of {total} texts.</source>
        <translation>Testunau heb fod yn Gymraeg eto: {missing} o {total}.</translation>
    </message>
    <message>
        <source>Not yet in English: {missing} of {total} texts.</source>
        <translation>Testunau heb fod yn Saesneg eto: {missing} o {total}.</translation>
    </message>
    <message>
        <source>Every text the report prints, with its version in the other language. A Welsh or bilingual report prints a text&apos;s version only while it translates the text as it is now. Members&apos; notes stay in the language they were written in; a translation you add is printed beside the note. F8 goes to the next text not yet translated.</source>
        <translation>Pob testun y mae&apos;r adroddiad yn ei argraffu, gyda&apos;i fersiwn yn yr iaith arall. Mae adroddiad Cymraeg neu ddwyieithog yn argraffu fersiwn testun dim ond tra bo&apos;n cyfieithu&apos;r testun fel y mae nawr. Mae nodiadau&apos;r aelodau&apos;n aros yn yr iaith y cawsant eu hysgrifennu ynddi; caiff cyfieithiad a ychwanegwch ei argraffu wrth ochr y nodyn. Mae F8 yn mynd i&apos;r testun nesaf sydd heb ei gyfieithu eto.</translation>
    </message>
    <message>
        <source>The round&apos;s texts are &amp;written in:</source>
        <translation>Iai&amp;th testunau&apos;r cylch:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Da&amp;ngos:</translation>
    </message>
    <message>
        <source>Only what is not translated yet</source>
        <translation>Dim ond yr hyn sydd heb ei gyfieithu eto</translation>
    </message>
    <message>
        <source>Every text, members&apos; notes too</source>
        <translation>Pob testun, nodiadau&apos;r aelodau hefyd</translation>
    </message>
    <message>
        <source>Next to translate (F8)</source>
        <translation>Nesaf i&apos;w gyfieithu (F8)</translation>
    </message>
    <message>
        <source>Go to the next text not yet translated</source>
        <translation>Mynd i&apos;r testun nesaf sydd heb ei gyfieithu eto</translation>
    </message>
    <message>
        <source>The texts to translate</source>
        <translation>Y testunau i&apos;w cyfieithu</translation>
    </message>
    <message>
        <source>&amp;Use the earlier translations ({count})</source>
        <translation>Defnyddio&apos;r cyfieithiadau cynha&amp;rach ({count})</translation>
    </message>
    <message>
        <source>Store the translations given to the same texts before, for every text that has one</source>
        <translation>Cadw&apos;r cyfieithiadau a roddwyd i&apos;r un testunau o&apos;r blaen, ar gyfer pob testun sydd ag un</translation>
    </message>
    <message>
        <source>Nothing is waiting to be translated.</source>
        <translation>Nid oes dim yn aros i gael ei gyfieithu.</translation>
    </message>
    <message>
        <source>Every text the report prints is in Welsh too.</source>
        <translation>Mae pob testun y mae&apos;r adroddiad yn ei argraffu yn Gymraeg hefyd.</translation>
    </message>
    <message>
        <source>Every text the report prints is in English too.</source>
        <translation>Mae pob testun y mae&apos;r adroddiad yn ei argraffu yn Saesneg hefyd.</translation>
    </message>
    <message>
        <source>Earlier translations used: {count}.</source>
        <translation>Cyfieithiadau cynharach a ddefnyddiwyd: {count}.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Dangos y rhain</translation>
    </message>
    <message>
        <source>Open the Translation page at the first text not yet translated</source>
        <translation>Agor y dudalen Cyfieithu ar y testun cyntaf sydd heb ei gyfieithu eto</translation>
    </message>
    <message>
        <source>List them here</source>
        <translation>Eu rhestru yma</translation>
    </message>
    <message>
        <source>List the texts not yet translated on this page, or hide the list</source>
        <translation>Rhestru ar y dudalen hon y testunau sydd heb eu cyfieithu eto, neu guddio&apos;r rhestr</translation>
    </message>
    <message>
        <source>Enter opens the text on the Translation page</source>
        <translation>Mae Enter yn agor y testun ar y dudalen Cyfieithu</translation>
    </message>
    <message>
        <source>Changed since translated</source>
        <translation>Wedi newid ers ei gyfieithu</translation>
    </message>
    <message>
        <source>Not yet in Welsh</source>
        <translation>Dim fersiwn Gymraeg eto</translation>
    </message>
    <message>
        <source>Not yet in English</source>
        <translation>Dim fersiwn Saesneg eto</translation>
    </message>
    <message>
        <source>Open this text on the Translation page</source>
        <translation>Agor y testun hwn ar y dudalen Cyfieithu</translation>
    </message>
    <message>
        <source>&amp;Export for translation…</source>
        <translation>Allf&amp;orio i&apos;w gyfieithu…</translation>
    </message>
    <message>
        <source>Write the texts not yet translated as a file for a translator: XLIFF or a Word table</source>
        <translation>Ysgrifennu&apos;r testunau sydd heb eu cyfieithu eto mewn ffeil i gyfieithydd: XLIFF neu dabl Word</translation>
    </message>
    <message>
        <source>Impor&amp;t translation…</source>
        <translation>Me&amp;wnforio cyfieithiad…</translation>
    </message>
    <message>
        <source>Read a translated file back: you see what it changes before anything is stored</source>
        <translation>Darllen ffeil wedi&apos;i chyfieithu yn ôl: fe welwch beth mae&apos;n ei newid cyn i ddim gael ei gadw</translation>
    </message>
    <message>
        <source>Export for translation</source>
        <translation>Allforio i&apos;w gyfieithu</translation>
    </message>
    <message>
        <source>Which file does the translator need?</source>
        <translation>Pa ffeil sydd ei hangen ar y cyfieithydd?</translation>
    </message>
    <message>
        <source>XLIFF, for translation tools</source>
        <translation>XLIFF, ar gyfer offer cyfieithu</translation>
    </message>
    <message>
        <source>A Word table: the text and a column to translate into</source>
        <translation>Tabl Word: y testun a cholofn i gyfieithu iddi</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Ffeiliau XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Texts written for translation: {count}, in {path}.</source>
        <translation>Testunau a ysgrifennwyd i&apos;w cyfieithu: {count}. Ffeil: {path}.</translation>
    </message>
    <message>
        <source>Import translation</source>
        <translation>Mewnforio cyfieithiad</translation>
    </message>
    <message>
        <source>Translated files (*.xlf *.xliff *.docx)</source>
        <translation>Ffeiliau wedi&apos;u cyfieithu (*.xlf *.xliff *.docx)</translation>
    </message>
    <message>
        <source>…and others: {count}</source>
        <translation>…ac eraill: {count}</translation>
    </message>
    <message>
        <source>Texts edited since the file was made: {count}. Their translations in the file translate what the texts said before:
{texts}
Store those translations as well? No stores the others only; the edited texts stay to translate.</source>
        <translation>Testunau a olygwyd ers gwneud y ffeil: {count}. Mae eu cyfieithiadau yn y ffeil yn cyfieithu&apos;r hyn yr oedd y testunau&apos;n ei ddweud o&apos;r blaen:
{texts}
Cadw&apos;r cyfieithiadau hynny hefyd? Mae Na yn cadw&apos;r lleill yn unig; mae&apos;r testunau a olygwyd yn aros i&apos;w cyfieithu.</translation>
    </message>
    <message>
        <source>Translations stored: {count}.</source>
        <translation>Cyfieithiadau a gadwyd: {count}.</translation>
    </message>
    <message>
        <source>Texts no longer in the round, left out: {count}.</source>
        <translation>Testunau nad ydynt yn y cylch mwyach, wedi&apos;u hepgor: {count}.</translation>
    </message>
    <message>
        <source>Texts the file left untranslated: {count}.</source>
        <translation>Testunau a adawyd heb eu cyfieithu yn y ffeil: {count}.</translation>
    </message>
    <message>
        <source>Page tools</source>
        <translation>Offer y dudalen</translation>
    </message>
    <message>
        <source>Show the page, zoom and find controls</source>
        <translation>Dangos y botymau tudalen, chwyddo a chwilio</translation>
    </message>
    <message>
        <source>Page Up and Page Down turn the pages, Ctrl+= and Ctrl+- zoom, Ctrl+F finds a word</source>
        <translation>Mae Tudalen i Fyny a Tudalen i Lawr yn troi&apos;r tudalennau, Ctrl+= a Ctrl+- yn chwyddo, a Ctrl+F yn chwilio am air</translation>
    </message>
    <message>
        <source>Panel Review was updated</source>
        <translation>Diweddarwyd Adolygiad Panel</translation>
    </message>
    <message>
        <source>A new version of Panel Review was installed while this window was open. It must restart before it can do anything more. Everything you typed is already saved: nothing will be lost. Restart Panel Review now?</source>
        <translation>Gosodwyd fersiwn newydd o Adolygiad Panel tra oedd y ffenestr hon ar agor. Rhaid ei ailgychwyn cyn y gall wneud dim byd arall. Mae popeth a deipiwyd gennych wedi&apos;i gadw eisoes: ni chollir dim. Ailgychwyn Adolygiad Panel nawr?</translation>
    </message>
    <message>
        <source>Case material will be removed</source>
        <translation>Bydd deunydd achosion yn cael ei dynnu</translation>
    </message>
    <message>
        <source>The commissioner&apos;s office asked for the case material of “{title}” to be removed from this laptop on {date}. That date has passed.</source>
        <translation>Gofynnodd swyddfa&apos;r comisiynydd i ddeunydd achosion “{title}” gael ei dynnu oddi ar y gliniadur hwn ar {date}. Mae&apos;r dyddiad hwnnw wedi mynd heibio.</translation>
    </message>
    <message>
        <source>Case material of “{title}” will be removed from this laptop on {date}.</source>
        <translation>Bydd deunydd achosion “{title}” yn cael ei dynnu oddi ar y gliniadur hwn ar {date}.</translation>
    </message>
    <message>
        <source>Your review of it has not been sent, or has changed since you sent it. Send it now (File → Send my review). If it is not sent, it will be removed anyway, at the next check from tomorrow.</source>
        <translation>Nid yw eich adolygiad ohono wedi&apos;i anfon, neu mae wedi newid ers i chi ei anfon. Anfonwch ef nawr (Ffeil → Anfon fy adolygiad). Os na chaiff ei anfon, bydd yn cael ei dynnu beth bynnag, yn y gwiriad nesaf o yfory ymlaen.</translation>
    </message>
    <message>
        <source>Your review of it has not been sent, or has changed since you sent it. Send it before then.</source>
        <translation>Nid yw eich adolygiad ohono wedi&apos;i anfon, neu mae wedi newid ers i chi ei anfon. Anfonwch ef cyn hynny.</translation>
    </message>
    <message>
        <source>Please also delete the pack file your coordinator sent you, and any review you printed: Panel Review cannot remove those.</source>
        <translation>Dilëwch hefyd ffeil y pecyn achosion a anfonodd eich cydlynydd atoch, ac unrhyw adolygiad a argraffwyd gennych: ni all Adolygiad Panel dynnu&apos;r rheini.</translation>
    </message>
    <message>
        <source>Changes waiting for you</source>
        <translation>Newidiadau sy&apos;n aros amdanoch</translation>
    </message>
    <message>
        <source>Reviews with changes waiting for your decision</source>
        <translation>Adolygiadau â newidiadau sy&apos;n aros am eich penderfyniad</translation>
    </message>
    <message>
        <source>What the chosen review changes</source>
        <translation>Beth mae&apos;r adolygiad a ddewiswyd yn ei newid</translation>
    </message>
    <message>
        <source>&amp;Accept changes</source>
        <translation>Der&amp;byn y newidiadau</translation>
    </message>
    <message>
        <source>Take the member&apos;s new revision</source>
        <translation>Derbyn fersiwn newydd yr aelod</translation>
    </message>
    <message>
        <source>&amp;Keep the earlier revision</source>
        <translation>Cadw&apos;r fe&amp;rsiwn gynharach</translation>
    </message>
    <message>
        <source>Decline the new revision; nothing changes</source>
        <translation>Gwrthod y fersiwn newydd; nid oes dim yn newid</translation>
    </message>
    <message>
        <source>{member}: revision {revision}, you have revision {accepted}</source>
        <translation>{member}: fersiwn {revision}, mae gennych fersiwn {accepted}</translation>
    </message>
    <message>
        <source>The changes from {member} were accepted.</source>
        <translation>Derbyniwyd y newidiadau oddi wrth {member}.</translation>
    </message>
    <message>
        <source>The earlier revision from {member} was kept.</source>
        <translation>Cadwyd y fersiwn gynharach oddi wrth {member}.</translation>
    </message>
    <message>
        <source>&amp;Archive round…</source>
        <translation>&amp;Archifo&apos;r cylch…</translation>
    </message>
    <message>
        <source>Write the published round as an encrypted file for the office&apos;s records</source>
        <translation>Ysgrifennu&apos;r cylch cyhoeddedig fel ffeil wedi&apos;i hamgryptio ar gyfer cofnodion y swyddfa</translation>
    </message>
    <message>
        <source>P&amp;urge case material…</source>
        <translation>G&amp;lanhau deunydd yr achosion…</translation>
    </message>
    <message>
        <source>Remove the archived round&apos;s case documents, case summaries and members&apos; notes from this computer, keeping the report, findings and recommendations</source>
        <translation>Tynnu dogfennau achosion, crynodebau achosion a nodiadau aelodau&apos;r cylch a archifwyd oddi ar y cyfrifiadur hwn, gan gadw&apos;r adroddiad, y canfyddiadau a&apos;r argymhellion</translation>
    </message>
    <message>
        <source>Case material purged on {date}. The report, findings and recommendations are kept.</source>
        <translation>Glanhawyd deunydd yr achosion ar {date}. Mae&apos;r adroddiad, y canfyddiadau a&apos;r argymhellion wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>Archive and purge come after the report is published.</source>
        <translation>Daw archifo a glanhau ar ôl i&apos;r adroddiad gael ei gyhoeddi.</translation>
    </message>
    <message>
        <source>Published. Archive the round before its case material can be purged.</source>
        <translation>Wedi&apos;i gyhoeddi. Archifwch y cylch cyn y gellir glanhau deunydd ei achosion.</translation>
    </message>
    <message>
        <source>Archived on {date}. The archive&apos;s SHA-256: {sha256}</source>
        <translation>Archifwyd ar {date}. SHA-256 yr archif: {sha256}</translation>
    </message>
    <message>
        <source>round-archive</source>
        <translation>archif-cylch</translation>
    </message>
    <message>
        <source>Round archives (*.tar.age)</source>
        <translation>Archifau cylchoedd (*.tar.age)</translation>
    </message>
    <message>
        <source>Save the round archive</source>
        <translation>Cadw archif y cylch</translation>
    </message>
    <message>
        <source>Writing the archive</source>
        <translation>Yn ysgrifennu&apos;r archif</translation>
    </message>
    <message>
        <source>The archive was written to {path}. Keep it, and its passphrase, with the office&apos;s records.</source>
        <translation>Ysgrifennwyd yr archif i {path}. Cadwch hi, a&apos;i chyfrinymadrodd, gyda chofnodion y swyddfa.</translation>
    </message>
    <message>
        <source>The archive was not written: {reason}</source>
        <translation>Nid ysgrifennwyd yr archif: {reason}</translation>
    </message>
    <message>
        <source>Remove this round&apos;s case documents, case summaries and members&apos; notes from this computer and from its backups? It cannot be undone. The archive written on {date} keeps them; the report, findings and recommendations stay here.</source>
        <translation>Tynnu dogfennau achosion, crynodebau achosion a nodiadau aelodau&apos;r cylch hwn oddi ar y cyfrifiadur hwn ac oddi ar ei gopïau wrth gefn? Ni ellir dadwneud hyn. Mae&apos;r archif a ysgrifennwyd ar {date} yn eu cadw; mae&apos;r adroddiad, y canfyddiadau a&apos;r argymhellion yn aros yma.</translation>
    </message>
    <message>
        <source>Purge case material</source>
        <translation>Glanhau deunydd yr achosion</translation>
    </message>
    <message>
        <source>Purging case material</source>
        <translation>Yn glanhau deunydd yr achosion</translation>
    </message>
    <message>
        <source>Case material purged. Documents: {documents}. Case summaries: {summaries}. Members&apos; notes: {notes}.</source>
        <translation>Glanhawyd deunydd yr achosion. Dogfennau: {documents}. Crynodebau achosion: {summaries}. Nodiadau aelodau: {notes}.</translation>
    </message>
    <message>
        <source>Nothing was purged: {reason}</source>
        <translation>Ni lanhawyd dim: {reason}</translation>
    </message>
    <message>
        <source>Remove case material now</source>
        <translation>Tynnu deunydd achosion nawr</translation>
    </message>
    <message>
        <source>Remove the case material of “{title}” from this laptop now, before its date? Its documents, case summaries and your answers and notes go, from this laptop and from every backup on it. This cannot be undone. A signed erasure receipt is kept for you to send your coordinator.</source>
        <translation>Tynnu deunydd achosion “{title}” oddi ar y gliniadur hwn nawr, cyn ei ddyddiad? Bydd ei ddogfennau, crynodebau&apos;r achosion a&apos;ch atebion a&apos;ch nodiadau yn mynd, oddi ar y gliniadur hwn ac oddi ar bob copi wrth gefn arno. Nid oes modd dadwneud hyn. Caiff derbynneb dileu wedi&apos;i llofnodi ei chadw i chi ei hanfon at eich cydlynydd.</translation>
    </message>
    <message>
        <source>Case material removed</source>
        <translation>Tynnwyd deunydd achosion</translation>
    </message>
    <message>
        <source>The case material of “{title}” was removed from this laptop and its backups. Save the erasure receipt (Save erasure receipt…) and send it to your coordinator, as you send a review package.</source>
        <translation>Tynnwyd deunydd achosion “{title}” oddi ar y gliniadur hwn a&apos;i gopïau wrth gefn. Cadwch y dderbynneb dileu (Cadw derbynneb dileu…) a&apos;i hanfon at eich cydlynydd, fel rydych yn anfon pecyn adolygu.</translation>
    </message>
    <message>
        <source>Choose where to save the erasure receipt</source>
        <translation>Dewiswch ble i gadw&apos;r dderbynneb dileu</translation>
    </message>
    <message>
        <source>Erasure receipt saved</source>
        <translation>Cadwyd y dderbynneb dileu</translation>
    </message>
    <message>
        <source>Saved as {name} in {folder}. Send it to your coordinator by email, as you send a review package. It holds no case text.</source>
        <translation>Cadwyd fel {name} yn {folder}. Anfonwch hi at eich cydlynydd drwy e-bost, fel rydych yn anfon pecyn adolygu. Nid oes testun achos ynddi.</translation>
    </message>
    <message>
        <source>This round has no erasure receipt: its case material has not been removed, or it did not come from a coordinator&apos;s pack.</source>
        <translation>Nid oes derbynneb dileu gan y cylch hwn: nid yw ei ddeunydd achosion wedi&apos;i dynnu, neu ni ddaeth o becyn achosion cydlynydd.</translation>
    </message>
    <message>
        <source>The erasure receipt could not be saved: {error}</source>
        <translation>Nid oedd modd cadw&apos;r dderbynneb dileu: {error}</translation>
    </message>
    <message>
        <source>Save erasure receipt</source>
        <translation>Cadw derbynneb dileu</translation>
    </message>
    <message>
        <source>Your review of this round has not been sent to your coordinator, or has changed since you sent it. If you go on, those answers and notes are lost and your coordinator never gets them. Remove the case material anyway, without sending?</source>
        <translation>Nid yw eich adolygiad o&apos;r cylch hwn wedi&apos;i anfon at eich cydlynydd, neu mae wedi newid ers i chi ei anfon. Os byddwch yn parhau, bydd yr atebion a&apos;r nodiadau hynny&apos;n cael eu colli ac ni fydd eich cydlynydd byth yn eu cael. Tynnu deunydd yr achosion beth bynnag, heb anfon?</translation>
    </message>
    <message>
        <source>Document {number}</source>
        <translation>Dogfen {number}</translation>
    </message>
    <message>
        <source>{document}, page {page}</source>
        <translation>{document}, tudalen {page}</translation>
    </message>
    <message>
        <source>&amp;Evidence the members cited:</source>
        <translation>T&amp;ystiolaeth a nodwyd gan yr aelodau:</translation>
    </message>
    <message>
        <source>Evidence the members cited</source>
        <translation>Tystiolaeth a nodwyd gan yr aelodau</translation>
    </message>
    <message>
        <source>Enter opens your copy of the document at that page.</source>
        <translation>Mae Enter yn agor eich copi chi o&apos;r ddogfen ar y dudalen honno.</translation>
    </message>
    <message>
        <source>&amp;Open at that page</source>
        <translation>&amp;Agor ar y dudalen honno</translation>
    </message>
    <message>
        <source>Open your copy of the document at the cited page</source>
        <translation>Agor eich copi chi o&apos;r ddogfen ar y dudalen a nodwyd</translation>
    </message>
    <message>
        <source>Evidence: {citation}</source>
        <translation>Tystiolaeth: {citation}</translation>
    </message>
    <message>
        <source>Your copy of this case no longer has that document.</source>
        <translation>Nid yw&apos;r ddogfen honno yn eich copi chi o&apos;r achos hwn mwyach.</translation>
    </message>
    <message>
        <source>Evidence: page {page}</source>
        <translation>Tystiolaeth: tudalen {page}</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>Cau&apos;r ddogfen</translation>
    </message>
    <message>
        <source>Your answer to “What did you see in the file?”: cite the page in view ({keys}), with any words you selected on it.</source>
        <translation>Eich ateb i “Beth welsoch chi yn y ffeil?”: nodwch y dudalen sydd o&apos;ch blaen ({keys}), gydag unrhyw eiriau a ddewiswyd gennych arni.</translation>
    </message>
    <message>
        <source>Cite this page</source>
        <translation>Nodi&apos;r dudalen hon</translation>
    </message>
    <message>
        <source>Cite the page in view as evidence for question {number}</source>
        <translation>Nodi&apos;r dudalen sydd o&apos;ch blaen fel tystiolaeth ar gyfer cwestiwn {number}</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Tynnu&apos;r dystiolaeth</translation>
    </message>
    <message>
        <source>Remove the chosen citation from question {number}</source>
        <translation>Tynnu&apos;r dystiolaeth a ddewiswyd oddi ar gwestiwn {number}</translation>
    </message>
    <message>
        <source>Evidence for question {number}</source>
        <translation>Tystiolaeth ar gyfer cwestiwn {number}</translation>
    </message>
    <message>
        <source>Enter opens the document at that page; Delete removes it.</source>
        <translation>Mae Enter yn agor y ddogfen ar y dudalen honno; mae Delete yn ei thynnu.</translation>
    </message>
    <message>
        <source>Choose a question first: the page is cited for the question you are answering.</source>
        <translation>Dewiswch gwestiwn yn gyntaf: nodir y dudalen ar gyfer y cwestiwn rydych yn ei ateb.</translation>
    </message>
    <message>
        <source>This case cannot be changed now, so no page was cited.</source>
        <translation>Nid oes modd newid yr achos hwn nawr, felly ni nodwyd tudalen.</translation>
    </message>
    <message>
        <source>Open a document of this case first: the page in view is the one cited.</source>
        <translation>Agorwch un o ddogfennau&apos;r achos hwn yn gyntaf: y dudalen sydd o&apos;ch blaen yw&apos;r un a nodir.</translation>
    </message>
    <message>
        <source>That document is not among this case&apos;s documents.</source>
        <translation>Nid yw&apos;r ddogfen honno ymhlith dogfennau&apos;r achos hwn.</translation>
    </message>
    <message>
        <source>Cited: {citation}</source>
        <translation>Nodwyd: {citation}</translation>
    </message>
    <message>
        <source>Citation removed.</source>
        <translation>Tynnwyd y dystiolaeth.</translation>
    </message>
    <message>
        <source>This answer already cites 20 pages: remove one before citing another.</source>
        <translation>Mae&apos;r ateb hwn eisoes yn nodi 20 tudalen: tynnwch un cyn nodi un arall.</translation>
    </message>
    <message>
        <source>The citation could not be saved: {reason}</source>
        <translation>Nid oedd modd cadw&apos;r dystiolaeth: {reason}</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Heb ei ofyn</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 o %2 (%3%)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Safon</translation>
    </message>
    <message>
        <source>This is the panel&apos;s first round of this checklist: there is no earlier round to compare.</source>
        <translation>Dyma gylch cyntaf y panel ar gyfer y rhestr wirio hon: nid oes cylch cynharach i&apos;w gymharu.</translation>
    </message>
    <message>
        <source>Rounds of this panel and checklist compared, oldest first: %1</source>
        <translation>Cylchoedd y panel a&apos;r rhestr wirio hon a gymharwyd, yr hynaf yn gyntaf: %1</translation>
    </message>
    <message>
        <source>Findings that recur:</source>
        <translation>Canfyddiadau sy&apos;n codi dro ar ôl tro:</translation>
    </message>
    <message>
        <source>No finding recurs.</source>
        <translation>Nid oes canfyddiad yn codi dro ar ôl tro.</translation>
    </message>
    <message>
        <source>Trends across rounds</source>
        <translation>Tueddiadau ar draws cylchoedd</translation>
    </message>
    <message>
        <source>Share of cases meeting each standard, round by round: standards down, rounds across</source>
        <translation>Cyfran yr achosion a gyrhaeddodd bob safon, fesul cylch: y safonau i lawr, y cylchoedd ar draws</translation>
    </message>
    <message>
        <source>Letterhead and Welsh Language statement</source>
        <translation>Pennawd llythyr a datganiad Iaith Gymraeg</translation>
    </message>
    <message>
        <source>Set once for every briefing. Each language&apos;s part of the briefing prints its own address and title. Leave a statement empty to print the usual one.</source>
        <translation>Wedi&apos;i osod unwaith ar gyfer pob papur briffio. Mae rhan pob iaith o&apos;r papur briffio yn argraffu ei chyfeiriad a&apos;i theitl ei hun. Gadewch ddatganiad yn wag i argraffu&apos;r un arferol.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Letterhead not saved</source>
        <translation>Ni chadwyd y pennawd llythyr</translation>
    </message>
</context>
</TS>
