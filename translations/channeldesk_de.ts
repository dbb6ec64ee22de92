<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Agreement</name>
    <message>
        <location filename="../core/agreements/agreement.cpp" line="+58"/>
        <source>An agreement needs a partner.</source>
        <translation>Ein Vertrag benötigt einen Partner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An agreement needs a type.</source>
        <translation>Ein Vertrag benötigt einen Typ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The commission rate must be between 0% and 100%, not %1.</source>
        <translation>Der Provisionssatz muss zwischen 0 % und 100 % liegen, nicht %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The terms are longer than %1 characters.</source>
        <translation>Die Vertragsbedingungen sind länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notes are longer than %1 characters.</source>
        <translation>Die Notizen sind länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>AgreementPdfGenerator</name>
    <message>
        <location filename="../core/agreements/agreementpdfgenerator.cpp" line="+62"/>
        <source>The agreement template is missing.</source>
        <translation>Die Vertragsvorlage fehlt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>renews automatically for %n month(s)</source>
        <translation>
            <numerusform>verlängert sich automatisch um %n Monat</numerusform>
            <numerusform>verlängert sich automatisch um %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not renew automatically</source>
        <translation>verlängert sich nicht automatisch</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Rendering a PDF needs a graphical application object.</source>
        <translation>Zum Erzeugen einer PDF-Datei wird ein grafisches Anwendungsobjekt benötigt.</translation>
    </message>
</context>
<context>
    <name>AgreementPeriod</name>
    <message>
        <location filename="../core/agreements/agreement.cpp" line="-59"/>
        <source>A period needs a start date.</source>
        <translation>Ein Zeitraum benötigt ein Startdatum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A period needs an end date.</source>
        <translation>Ein Zeitraum benötigt ein Enddatum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Das Enddatum %1 liegt vor dem Startdatum %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notice period must be 0 to 3660 days, not %1.</source>
        <translation>Die Kündigungsfrist muss 0 bis 3660 Tage betragen, nicht %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The renewal term must be 1 to 120 months, not %1.</source>
        <translation>Die Verlängerungslaufzeit muss 1 bis 120 Monate betragen, nicht %1.</translation>
    </message>
</context>
<context>
    <name>AgreementSettings</name>
    <message>
        <location filename="../core/agreements/agreementsettings.cpp" line="+27"/>
        <source>At least one alert window is needed.</source>
        <translation>Mindestens ein Erinnerungszeitraum ist erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An alert window must be 1 to 3660 days, not %1.</source>
        <translation>Ein Erinnerungszeitraum muss 1 bis 3660 Tage betragen, nicht %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document size limit must be 1 KiB to 1 GiB.</source>
        <translation>Die maximale Dokumentgröße muss zwischen 1 KiB und 1 GiB liegen.</translation>
    </message>
</context>
<context>
    <name>AgreementStage</name>
    <message>
        <location filename="../core/agreements/agreementstage.cpp" line="+20"/>
        <location line="+1"/>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending Return</source>
        <translation>Rücklauf ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Expiring</source>
        <translation>Läuft aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>AgreementStore</name>
    <message>
        <location filename="../core/agreements/agreementstore.cpp" line="+54"/>
        <source>There is no agreement with id %1.</source>
        <translation>Es gibt keinen Vertrag mit der ID %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreement %1 was changed by someone else in the meantime.</source>
        <translation>Vertrag %1 wurde zwischenzeitlich von einem anderen Benutzer geändert.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>There is no agreement with the number %1.</source>
        <translation>Es gibt keinen Vertrag mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no partner with id %1.</source>
        <translation>Es gibt keinen Partner mit der ID %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no agreement type with id %1.</source>
        <translation>Es gibt keinen Vertragstyp mit der ID %1.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>An agreement cannot move to another partner.</source>
        <translation>Ein Vertrag kann nicht einem anderen Partner zugeordnet werden.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>A period can only be added in the stages %1, %2 and %3.</source>
        <translation>Ein Zeitraum kann nur in den Phasen %1, %2 und %3 hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new period must start after %1, when the current one ends.</source>
        <translation>Der neue Zeitraum muss nach dem %1 beginnen, an dem der aktuelle endet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Only the current period can be changed.</source>
        <translation>Nur der aktuelle Zeitraum kann geändert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period of a signed agreement cannot be changed.</source>
        <translation>Der Zeitraum eines unterzeichneten Vertrags kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>An agreement type needs a key.</source>
        <translation>Ein Vertragstyp benötigt einen Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An agreement type needs a name.</source>
        <translation>Ein Vertragstyp benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agreement type %1 exists already.</source>
        <translation>Der Vertragstyp %1 ist bereits vorhanden.</translation>
    </message>
</context>
<context>
    <name>AgreementWorkflow</name>
    <message>
        <location filename="../core/agreements/agreementworkflow.cpp" line="+103"/>
        <source>The agreement is already in the stage %1.</source>
        <translation>Der Vertrag befindet sich bereits in der Phase %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An agreement cannot move from %1 to %2.</source>
        <translation>Ein Vertrag kann nicht von %1 nach %2 wechseln.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 needs a contract period.</source>
        <translation>%1 erfordert einen Vertragszeitraum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a signed document version: attach the signed copy first.</source>
        <translation>%1 erfordert eine unterzeichnete Dokumentversion: Hängen Sie zuerst die unterzeichnete Kopie an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a signing date.</source>
        <translation>%1 erfordert ein Unterzeichnungsdatum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a reason.</source>
        <translation>%1 erfordert eine Begründung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a termination date.</source>
        <translation>%1 erfordert ein Kündigungsdatum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is only possible for an agreement that was never signed.</source>
        <translation>%1 ist nur für einen Vertrag möglich, der nie unterzeichnet wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a new contract period that starts after the current one ends.</source>
        <translation>%1 erfordert einen neuen Vertragszeitraum, der nach dem Ende des aktuellen beginnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is entered by the date only (the daily job); it cannot be chosen by hand.</source>
        <translation>%1 wird nur anhand des Datums gesetzt (täglicher Job); es kann nicht manuell gewählt werden.</translation>
    </message>
</context>
<context>
    <name>AgreementsCommands</name>
    <message>
        <location filename="../app/cli/agreementscommands_p.h" line="+44"/>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; verwenden Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a stage; use one of %2.</source>
        <translation>„%1“ ist keine Phase; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/agreementscommands.cpp" line="+11"/>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List agreements, filtered, by end date.</source>
        <translation>Verträge gefiltert und nach Enddatum sortiert auflisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this stage, e.g. signed or pending-return.</source>
        <translation>Nur diese Phase, z. B. signed oder pending-return.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only agreements ending within this many days.</source>
        <translation>Nur Verträge, die innerhalb dieser Anzahl von Tagen enden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Only agreements of this owner.</source>
        <translation>Nur Verträge dieses Verantwortlichen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location line="+47"/>
        <source>login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Only agreements of this partner.</source>
        <translation>Nur Verträge dieses Partners.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this type, e.g. dealer.</source>
        <translation>Nur dieser Typ, z. B. dealer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Number or partner name starting with this.</source>
        <translation>Nummer oder Partnername, beginnend mit diesem Text.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <location line="+14"/>
        <location line="+2"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Show at most this many agreements (default 100; 0 = all).</source>
        <translation>Höchstens so viele Verträge anzeigen (Standard 100; 0 = alle).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Show one agreement: details, periods, documents, history and tasks.</source>
        <translation>Einen Vertrag anzeigen: Details, Zeiträume, Dokumente, Verlauf und Aufgaben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepare a new agreement for a partner.</source>
        <translation>Einen neuen Vertrag für einen Partner vorbereiten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PARTNER-CODE</source>
        <translation>PARTNER-CODE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement type (default dealer).</source>
        <translation>Vertragstyp (Standard: dealer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner (default the current user).</source>
        <translation>Verantwortlich (Standard: aktueller Benutzer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default commission rate, e.g. 12.5% or 0.125.</source>
        <translation>Standard-Provisionssatz, z. B. 12.5% oder 0.125.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms text.</source>
        <translation>Text der Vertragsbedingungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the first period.</source>
        <translation>Beginn des ersten Zeitraums.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+43"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>End of the first period (last day in force).</source>
        <translation>Ende des ersten Zeitraums (letzter gültiger Tag).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice period in days (default 30).</source>
        <translation>Kündigungsfrist in Tagen (Standard 30).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period renews automatically.</source>
        <translation>Der Zeitraum verlängert sich automatisch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of a renewal in months (default 12).</source>
        <translation>Dauer einer Verlängerung in Monaten (Standard 12).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move an agreement to another stage (the workflow&apos;s guards apply).</source>
        <translation>Einen Vertrag in eine andere Phase verschieben (die Prüfungen des Workflows gelten).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUMBER STAGE</source>
        <translation>NUMMER PHASE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why, for the agreement&apos;s history.</source>
        <translation>Begründung für den Vertragsverlauf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing or termination date.</source>
        <translation>Unterzeichnungs- oder Kündigungsdatum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason of a termination.</source>
        <translation>Grund einer Kündigung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store a file (PDF, DOCX, PNG, JPEG) as the agreement&apos;s next document version.</source>
        <translation>Eine Datei (PDF, DOCX, PNG, JPEG) als nächste Dokumentversion des Vertrags speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUMBER FILE</source>
        <translation>NUMMER DATEI</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>A note on this version.</source>
        <translation>Eine Notiz zu dieser Version.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The file is not a signed copy.</source>
        <translation>Die Datei ist keine unterzeichnete Kopie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate the agreement document as PDF and store it as the next version.</source>
        <translation>Das Vertragsdokument als PDF erzeugen und als nächste Version speichern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a stored document version to a file.</source>
        <translation>Eine gespeicherte Dokumentversion in eine Datei schreiben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NUMBER VERSION FILE</source>
        <translation>NUMMER VERSION DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List open tasks by due date.</source>
        <translation>Offene Aufgaben nach Fälligkeitsdatum auflisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only tasks past their due date.</source>
        <translation>Nur Aufgaben, deren Fälligkeitsdatum überschritten ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tasks assigned to the current user.</source>
        <translation>Nur Aufgaben, die dem aktuellen Benutzer zugewiesen sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tasks assigned to this user.</source>
        <translation>Nur Aufgaben, die diesem Benutzer zugewiesen sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done tasks instead of open ones.</source>
        <translation>Erledigte statt offener Aufgaben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show at most this many tasks (default 100; 0 = all).</source>
        <translation>Höchstens so viele Aufgaben anzeigen (Standard 100; 0 = alle).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark a task done.</source>
        <translation>Eine Aufgabe als erledigt markieren.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+226"/>
        <location filename="../app/cli/agreementtaskcommands.cpp" line="+39"/>
        <location line="+44"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Run the daily agreement job: expiry, renewals and tasks (safe to run twice).</source>
        <translation>Den täglichen Vertragsjob ausführen: Ablauf, Verlängerungen und Aufgaben (kann gefahrlos mehrfach ausgeführt werden).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run as of this day instead of today.</source>
        <translation>Zum angegebenen Tag statt zum heutigen ausführen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+219"/>
        <source>There is no agreement type &quot;%1&quot;.</source>
        <translation>Es gibt keinen Vertragstyp „%1“.</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+47"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>Partner name</source>
        <translation>Partnername</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+53"/>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+122"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Showing the first %L1 agreements; use --limit to see more (0 = all).</source>
        <translation>Die ersten %L1 Verträge werden angezeigt; verwenden Sie --limit, um mehr anzuzeigen (0 = alle).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Stage colour</source>
        <translation>Phasenfarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission rate</source>
        <translation>Provisionssatz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated on</source>
        <translation>Gekündigt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination reason</source>
        <translation>Kündigungsgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>Vertragsbedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Periods</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice (days)</source>
        <translation>Kündigungsfrist (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>automatic, %n month(s)</source>
        <translation>
            <numerusform>automatisch, %n Monat</numerusform>
            <numerusform>automatisch, %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>At</source>
        <translation>Am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed copy</source>
        <translation>unterzeichnete Kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upload</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>daily job</source>
        <translation>täglicher Job</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/agreementtaskcommands.cpp" line="-44"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/agreementtaskcommands.cpp" line="+1"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/agreementtaskcommands.cpp" line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/agreementtaskcommands.cpp" line="+15"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A period needs both --start and --end.</source>
        <translation>Ein Zeitraum benötigt sowohl --start als auch --end.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>STAGE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/agreementscommands_p.h" line="+15"/>
        <source>%1: version %2, %3 bytes, SHA-256 %4</source>
        <translation>%1: Version %2, %3 Bytes, SHA-256 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/agreementscommands.cpp" line="+37"/>
        <source>&quot;%1&quot; is not a version number.</source>
        <translation>„%1“ ist keine Versionsnummer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has no document version %2.</source>
        <translation>%1 hat keine Dokumentversion %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/agreementtaskcommands.cpp" line="-41"/>
        <source>Use either --mine or --assignee, not both.</source>
        <translation>Verwenden Sie entweder --mine oder --assignee, nicht beides.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done tasks are never overdue.</source>
        <translation>Erledigte Aufgaben sind nie überfällig.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Showing the first %L1 tasks; use --limit to see more (0 = all).</source>
        <translation>Die ersten %L1 Aufgaben werden angezeigt; verwenden Sie --limit, um mehr anzuzeigen (0 = alle).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a task id.</source>
        <translation>„%1“ ist keine Aufgaben-ID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task %1 is done.</source>
        <translation>Aufgabe %1 ist erledigt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Jobs of %1: %2 expiring, %3 expired, %4 renewed, %5 tasks created (%6 ms).</source>
        <translation>Jobs vom %1: %2 laufen aus, %3 abgelaufen, %4 verlängert, %5 Aufgaben erstellt (%6 ms).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+88"/>
        <source>The database file (default: %1).</source>
        <translation>Die Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record changes as this user (default: the operating-system user).</source>
        <translation>Änderungen unter diesem Benutzer erfassen (Standard: der Benutzer des Betriebssystems).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of messages, e.g. de (default: the system&apos;s).</source>
        <translation>Sprache der Meldungen, z. B. de (Standard: die des Systems).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output of lists: table (default), csv or json.</source>
        <translation>Ausgabe von Listen: table (Standard), csv oder json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the database as a shared file on a network drive (rollback journal instead of WAL). Without a command this also becomes the window&apos;s setting.</source>
        <translation>Die Datenbank als gemeinsam genutzte Datei auf einem Netzlaufwerk öffnen (Rollback-Journal statt WAL). Ohne Befehl wird dies auch zur Einstellung des Fensters.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Usage: %1 [options] &lt;command&gt; [arguments]</source>
        <translation>Aufruf: %1 [Optionen] &lt;Befehl&gt; [Argumente]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>       %1 [--db &lt;file&gt;] [--lang &lt;language&gt;] [--shared]    (opens the window)</source>
        <translation>        %1 [--db &lt;Datei&gt;] [--lang &lt;Sprache&gt;] [--shared]    (öffnet das Fenster)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ChannelDesk keeps the registry of channel partners and their customers.</source>
        <translation>ChannelDesk verwaltet das Verzeichnis der Vertriebspartner und ihrer Kunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+99"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+91"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation>Mit &quot;%1 &lt;Befehl&gt; --help&quot; erhalten Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: %1 %2 [options] %3</source>
        <translation>Aufruf: %1 %2 [Optionen] %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no translation for &quot;%1&quot;; messages stay in English.</source>
        <translation>Für &quot;%1&quot; gibt es keine Übersetzung; die Meldungen bleiben englisch.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>Mit &quot;%1 --help&quot; erhalten Sie die Befehle und Optionen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No command was given.</source>
        <translation>Es wurde kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>&quot;%1&quot; erwartet einen der folgenden Befehle: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command &quot;%1 %2&quot;; &quot;%1&quot; takes one of: %3.</source>
        <translation>Unbekannter Befehl &quot;%1 %2&quot;; &quot;%1&quot; erwartet einen der folgenden Befehle: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run &quot;%1 %2 --help&quot; for its options.</source>
        <translation>Führen Sie „%1 %2 --help“ aus, um die Optionen anzuzeigen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the command &quot;%1&quot; before its arguments.</source>
        <translation>Geben Sie den Befehl &quot;%1&quot; vor seinen Argumenten an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; needs %2.</source>
        <translation>&quot;%1&quot; erwartet %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; does not take the argument &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; akzeptiert das Argument &quot;%2&quot; nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--format: &quot;%1&quot; is not one of table, csv, json, pdf.</source>
        <translation>--format: „%1“ ist keines von table, csv, json, pdf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--format: &quot;%1&quot; is not one of table, csv, json.</source>
        <translation>--format: &quot;%1&quot; ist keiner der Werte table, csv, json.</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <location filename="../app/cli/commandcontext.cpp" line="+67"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not between %2 and %3.</source>
        <translation>%1 liegt nicht zwischen %2 und %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a country; give an ISO code such as DE or FR, or an English name.</source>
        <translation>&quot;%1&quot; ist kein Land; geben Sie einen ISO-Code wie DE oder FR oder einen englischen Namen an.</translation>
    </message>
</context>
<context>
    <name>CommissionReports</name>
    <message>
        <location filename="../core/reports/commissionreports.cpp" line="+34"/>
        <source>Commission by distributor</source>
        <translation>Provision nach Distributor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission by reseller</source>
        <translation>Provision nach Reseller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commission by partner level</source>
        <translation>Provision nach Partnerstufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commission by period</source>
        <translation>Provision nach Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no level)</source>
        <translation>(keine Stufe)</translation>
    </message>
</context>
<context>
    <name>Commissions</name>
    <message>
        <location filename="../core/commissions/period.cpp" line="+58"/>
        <source>&quot;%1&quot; is not a period; write a month as 2026-11 or a quarter as 2026-Q4.</source>
        <translation>„%1“ ist kein Zeitraum; schreiben Sie einen Monat als 2026-11 oder ein Quartal als 2026-Q4.</translation>
    </message>
    <message>
        <location filename="../core/commissions/commissionengine_p.h" line="+107"/>
        <source>The commission on %1 is too large to compute exactly.</source>
        <translation>Die Provision auf %1 ist zu groß, um sie genau zu berechnen.</translation>
    </message>
    <message>
        <location filename="../core/commissions/commissionengine.cpp" line="+443"/>
        <source>deal %1</source>
        <translation>Deal %1</translation>
    </message>
    <message>
        <location filename="../core/commissions/commissionline.cpp" line="+29"/>
        <source>tier %1 (from %2) reached with a period volume of %3</source>
        <translation>Stufe %1 (ab %2) erreicht mit einem Umsatz im Zeitraum von %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 at %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marginal tiers: %1</source>
        <translation>Staffel je Abschnitt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rate of the category %1</source>
        <translation>Satz der Kategorie %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>own sale</source>
        <translation>eigener Verkauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split share</source>
        <translation>Anteil aus Aufteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cascade</source>
        <translation>Kaskade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to distributor</source>
        <translation>an Distributor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Won deal %1 closed on %2</source>
        <translation>Gewonnener %1, abgeschlossen am %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note %1 of %2 takes back %3</source>
        <translation>Gutschrift %1 vom %2 nimmt %3 zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice %1 of %2 for %3</source>
        <translation>Rechnung %1 vom %2 über %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counted when paid, on %1</source>
        <translation>gezählt bei Zahlung, am %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>margin reseller: sold for %1, bought for %2, margin %3</source>
        <translation>Margenhändler: verkauft für %1, eingekauft für %2, Marge %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 share of the base under the customer&apos;s split</source>
        <translation>%1 Anteil an der Basis nach der Aufteilung des Kunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cascade level %1 on the base of %2</source>
        <translation>Kaskadenebene %1 auf die Basis von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>distributor&apos;s %1 of the commission of %2</source>
        <translation>%1 der Provision von %2 für den Distributor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>distributor&apos;s part of the sale by %1</source>
        <translation>Anteil des Distributors am Verkauf von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of this commission passed on to the distributor %2</source>
        <translation>%1 dieser Provision an den Distributor %2 weitergegeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>customer override</source>
        <translation>Sonderregel des Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the partner&apos;s plan %1</source>
        <translation>Plan %1 des Partners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the level&apos;s plan %1</source>
        <translation>Plan %1 der Stufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the partner&apos;s default rate</source>
        <translation>Standardsatz des Partners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the distributor link&apos;s terms</source>
        <translation>Bedingungen der Distributor-Verbindung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>base %1 at %2 = %3</source>
        <translation>Basis %1 zu %2 = %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tiers&apos; rates</source>
        <translation>den Sätzen der Staffel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>capped by the plan</source>
        <translation>durch den Plan begrenzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adjusts period %1, where %2 was settled</source>
        <translation>korrigiert Zeitraum %1, in dem %2 abgerechnet wurden</translation>
    </message>
    <message>
        <location filename="../core/commissions/commissionrulestore.cpp" line="+72"/>
        <source>There is already a plan named %1.</source>
        <translation>Es gibt schon einen Plan namens %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Every share needs its partner.</source>
        <translation>Jeder Anteil braucht seinen Partner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The partner %1 has two shares; give each partner one.</source>
        <translation>Der Partner %1 hat zwei Anteile; geben Sie jedem Partner einen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The share of %1 must be above 0 (it is %2).</source>
        <translation>Der Anteil von %1 muss über 0 liegen (er ist %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shares sum to %1; they must sum to exactly 100 %.</source>
        <translation>Die Anteile ergeben zusammen %1; sie müssen genau 100 % ergeben.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The plan %1 was changed or removed by someone else; reload it and try again.</source>
        <translation>Der Plan %1 wurde von jemand anderem geändert oder entfernt; laden Sie ihn neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no commission plan with the id %1.</source>
        <translation>Es gibt keinen Provisionsplan mit der ID %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no commission plan named %1.</source>
        <translation>Es gibt keinen Provisionsplan namens %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+63"/>
        <location filename="../core/commissions/salestore.cpp" line="+217"/>
        <source>The partner is not stored.</source>
        <translation>Der Partner ist nicht gespeichert.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The level is not stored.</source>
        <translation>Die Stufe ist nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+35"/>
        <location filename="../core/commissions/salestore.cpp" line="-9"/>
        <source>The customer is not stored.</source>
        <translation>Der Kunde ist nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The partner %1 is not stored.</source>
        <translation>Der Partner %1 ist nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../core/commissions/plan.cpp" line="+132"/>
        <source>Give the distributor either a rate of its own or a share of the seller&apos;s commission, not both.</source>
        <translation>Geben Sie dem Distributor entweder einen eigenen Satz oder einen Anteil an der Provision des Verkäufers, nicht beides.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The distributor does not serve this reseller.</source>
        <translation>Der Distributor betreut diesen Reseller nicht.</translation>
    </message>
    <message>
        <location filename="../core/commissions/payouts.cpp" line="+39"/>
        <source>The paying account needs its holder&apos;s name.</source>
        <translation>Das zahlende Konto braucht den Namen seines Inhabers.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>a margin reseller earns its margin, not a payout</source>
        <translation>ein Margenhändler verdient seine Marge, keine Auszahlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no IBAN in the partner&apos;s bank details</source>
        <translation>keine IBAN in der Bankverbindung des Partners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the IBAN fails its check: %1</source>
        <translation>die IBAN besteht die Prüfung nicht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the BIC fails its check: %1</source>
        <translation>die BIC besteht die Prüfung nicht: %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Payout files are SEPA credit transfers, which are in EUR; %1 statements are paid another way.</source>
        <translation>Auszahlungsdateien sind SEPA-Überweisungen, und die sind in EUR; Abrechnungen in %1 werden anders bezahlt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the account payouts are paid from first (payouts account --name --iban --bic): %1</source>
        <translation>Legen Sie zuerst das Konto fest, von dem ausgezahlt wird (payouts account --name --iban --bic): %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There are no approved %1 statements with anything to pay%2.</source>
        <translation>Es gibt keine freigegebenen Abrechnungen in %1 mit einem auszuzahlenden Betrag%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every approved %1 statement belongs to a partner that cannot be paid (%2: %3).</source>
        <translation>Jede freigegebene Abrechnung in %1 gehört zu einem Partner, der nicht bezahlt werden kann (%2: %3).</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/commissions/plan.cpp" line="-103"/>
        <source>A rate is needed, e.g. 7.5 for 7.5 %.</source>
        <translation>Ein Satz wird gebraucht, z. B. 7.5 für 7,5 %.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A rate cannot be negative (%1).</source>
        <translation>Ein Satz kann nicht negativ sein (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rate cannot be over 100 % (%1).</source>
        <translation>Ein Satz kann nicht über 100 % liegen (%1).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A plan needs a name.</source>
        <translation>Ein Plan braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A tiered plan needs at least one tier.</source>
        <translation>Ein gestaffelter Plan braucht mindestens eine Stufe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first tier must start at 0, so that no volume falls in a gap; it starts at %1.</source>
        <translation>Die erste Stufe muss bei 0 beginnen, damit kein Umsatz in eine Lücke fällt; sie beginnt bei %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier thresholds must ascend: %1 follows %2.</source>
        <translation>Staffelschwellen müssen aufsteigen: %1 folgt auf %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A category rate needs its category.</source>
        <translation>Ein Kategoriesatz braucht seine Kategorie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The category %1 has two rates.</source>
        <translation>Die Kategorie %1 hat zwei Sätze.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A cap must be above 0.</source>
        <translation>Eine Obergrenze muss über 0 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cascade reaches at most 5 levels up.</source>
        <translation>Eine Kaskade reicht höchstens 5 Ebenen hinauf.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tier %1 (&quot;%2&quot;) is not THRESHOLD:RATE, e.g. 10000:7.5.</source>
        <translation>Stufe %1 („%2“) ist nicht SCHWELLE:SATZ, z. B. 10000:7.5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Tier %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Tier %1: a threshold cannot be negative.</source>
        <translation>Stufe %1: eine Schwelle kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not CATEGORY:RATE, e.g. Hardware:4.</source>
        <translation>„%1“ ist nicht KATEGORIE:SATZ, z. B. Hardware:4.</translation>
    </message>
    <message>
        <location filename="../core/commissions/sale.cpp" line="+14"/>
        <source>A document needs its number.</source>
        <translation>Ein Beleg braucht seine Nummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A document number has at most 64 characters.</source>
        <translation>Eine Belegnummer hat höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A document needs its date.</source>
        <translation>Ein Beleg braucht sein Datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A document needs its customer.</source>
        <translation>Ein Beleg braucht seinen Kunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A document needs a valid currency.</source>
        <translation>Ein Beleg braucht eine gültige Währung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A credit note&apos;s amount is written positive and above 0.</source>
        <translation>Der Betrag einer Gutschrift wird positiv und über 0 geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoice&apos;s amount must be above 0; a refund is a credit note.</source>
        <translation>Der Betrag einer Rechnung muss über 0 liegen; eine Erstattung ist eine Gutschrift.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cost cannot be negative.</source>
        <translation>Ein Einstand kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment date %1 is before the document date %2.</source>
        <translation>Das Zahlungsdatum %1 liegt vor dem Belegdatum %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a credit note refers to an invoice.</source>
        <translation>Nur eine Gutschrift bezieht sich auf eine Rechnung.</translation>
    </message>
    <message>
        <location filename="../core/commissions/salestore.cpp" line="-136"/>
        <source>There is no sales document with the id %1.</source>
        <translation>Es gibt keinen Verkaufsbeleg mit der ID %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no invoice or credit note %1.</source>
        <translation>Es gibt keine Rechnung oder Gutschrift %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>There is no customer with the id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The invoice this credit note refers to is not stored.</source>
        <translation>Die Rechnung, auf die sich diese Gutschrift bezieht, ist nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a credit note; a credit note refers to an invoice.</source>
        <translation>%1 ist eine Gutschrift; eine Gutschrift bezieht sich auf eine Rechnung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The invoice %1 is for another customer.</source>
        <translation>Die Rechnung %1 gehört zu einem anderen Kunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The invoice %1 is in %2; its credit note must be too.</source>
        <translation>Die Rechnung %1 ist in %2; ihre Gutschrift muss es auch sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credit note takes back %1, but the invoice %2 has only %3 left to credit.</source>
        <translation>Die Gutschrift nimmt %1 zurück, aber von der Rechnung %2 sind nur noch %3 gutzuschreiben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The credit note takes back %1, more than the customer&apos;s invoices in %2 leave to credit (%3).</source>
        <translation>Die Gutschrift nimmt %1 zurück, mehr als die Rechnungen des Kunden in %2 gutzuschreiben lassen (%3).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is stored as %2; a document number cannot change its kind.</source>
        <translation>%1 ist als %2 gespeichert; eine Belegnummer kann ihre Art nicht ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../core/commissions/settlementrows.cpp" line="+185"/>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location filename="../core/commissions/settlement.cpp" line="+47"/>
        <source>%1 lies before the settled period %2; what arrives for it now is settled with the next open period, %3.</source>
        <translation>%1 liegt vor dem abgerechneten Zeitraum %2; was jetzt dafür eintrifft, wird mit dem nächsten offenen Zeitraum %3 abgerechnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Periods are settled in order: settle %1 before %2.</source>
        <translation>Zeiträume werden der Reihe nach abgerechnet: rechnen Sie %1 vor %2 ab.</translation>
    </message>
    <message>
        <location line="+462"/>
        <source>The statements of %1 are already paid; a paid statement cannot be approved again.</source>
        <translation>Die Abrechnungen von %1 sind schon bezahlt; eine bezahlte Abrechnung kann nicht noch einmal freigegeben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The statements of %1 are already approved.</source>
        <translation>Die Abrechnungen von %1 sind schon freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no statements for %1 to approve; settle the period first.</source>
        <translation>Es gibt keine Abrechnungen von %1 zum Freigeben; rechnen Sie den Zeitraum zuerst ab.</translation>
    </message>
</context>
<context>
    <name>CommissionsCommands</name>
    <message>
        <location filename="../app/cli/commissionscommands.cpp" line="+40"/>
        <source>There is no customer with the code %1.</source>
        <translation>Es gibt keinen Kunden mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+347"/>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Give the period with --period, e.g. --period 2026-11.</source>
        <translation>Geben Sie den Zeitraum mit --period an, z. B. --period 2026-11.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The period: a month (2026-11) or a quarter (2026-Q4).</source>
        <translation>Der Zeitraum: ein Monat (2026-11) oder ein Quartal (2026-Q4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner&apos;s code.</source>
        <translation>Die Nummer des Partners.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <location line="+53"/>
        <location line="+50"/>
        <source>CODE</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+22"/>
        <location line="+200"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../app/cli/commissionplancommands.cpp" line="+156"/>
        <location filename="../app/cli/commissionscommands.cpp" line="-221"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/cli/commissionscommands.cpp" line="+1"/>
        <location line="+27"/>
        <location line="+194"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned</source>
        <translation>Verdient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried in</source>
        <translation>Übertrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payable</source>
        <translation>Auszahlbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+197"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Role</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+195"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import invoices and credit notes from a CSV file (number, kind, date, customer, partner, category, amount, currency, paid_on, cost); a number already stored is updated.</source>
        <translation>Rechnungen und Gutschriften aus einer CSV-Datei importieren (number, kind, date, customer, partner, category, amount, currency, paid_on, cost); eine schon gespeicherte Nummer wird aktualisiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+112"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>List invoices and credit notes, newest first.</source>
        <translation>Rechnungen und Gutschriften auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s code.</source>
        <translation>Die Nummer des Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents from this date on.</source>
        <translation>Belege ab diesem Datum.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+45"/>
        <location line="+22"/>
        <location line="+12"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Documents up to this date.</source>
        <translation>Belege bis zu diesem Datum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only unpaid invoices.</source>
        <translation>Nur unbezahlte Rechnungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show at most this many documents (default 100).</source>
        <translation>Höchstens so viele Belege zeigen (Standard 100).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a commission plan: a fixed rate or tiers on the period&apos;s volume, in percent.</source>
        <translation>Einen Provisionsplan anlegen: ein fester Satz oder Staffeln auf den Umsatz des Zeitraums, in Prozent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The fixed rate in percent.</source>
        <translation>Der feste Satz in Prozent.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <location line="+3"/>
        <location line="+21"/>
        <location line="+10"/>
        <source>rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Tiers as THRESHOLD:PERCENT from 0 upwards, e.g. &quot;0:5,10000:7.5,50000:10&quot;.</source>
        <translation>Staffeln als SCHWELLE:PROZENT ab 0 aufwärts, z. B. „0:5,10000:7.5,50000:10“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiers</source>
        <translation>Staffeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole (the whole base at the rate of the bracket reached, the default) or marginal (each slice at its own rate).</source>
        <translation>whole (die ganze Basis zum Satz der erreichten Stufe, der Standard) oder marginal (jeder Abschnitt zu seinem eigenen Satz).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it pays: invoice (the default) or payment.</source>
        <translation>Wann er zahlt: invoice (bei Rechnung, der Standard) oder payment (bei Zahlung).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>when</source>
        <translation>wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rates per product category, e.g. &quot;Hardware:4,Services:10&quot;.</source>
        <translation>Sätze je Produktkategorie, z. B. „Hardware:4,Services:10“.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>rates</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Percent of the base for the parent, the grandparent, ..., e.g. &quot;2,1&quot;.</source>
        <translation>Prozent der Basis für den übergeordneten Partner, dessen übergeordneten, ..., z. B. „2,1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this much per line (in the line&apos;s currency).</source>
        <translation>Höchstens so viel je Position (in der Währung der Position).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>At most this much per period and currency.</source>
        <translation>Höchstens so viel je Zeitraum und Währung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A distributor in the sale earns this percent of the base.</source>
        <translation>Ein am Verkauf beteiligter Distributor erhält so viel Prozent der Basis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A distributor in the sale takes this percent of the seller&apos;s commission.</source>
        <translation>Ein am Verkauf beteiligter Distributor erhält so viel Prozent der Provision des Verkäufers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won deals count as base too.</source>
        <translation>Gewonnene Deals zählen ebenfalls zur Basis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a plan to a partner or to a level (a partner&apos;s own plan wins); NAME &quot;none&quot; ends it.</source>
        <translation>Einen Plan einem Partner oder einer Stufe zuordnen (der eigene Plan des Partners hat Vorrang); NAME „none“ beendet ihn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The level&apos;s name.</source>
        <translation>Der Name der Stufe.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <location line="+12"/>
        <source>First day it applies (default: the first open period).</source>
        <translation>Erster Tag, ab dem er gilt (Standard: der erste offene Zeitraum).</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>List the commission plans.</source>
        <translation>Die Provisionspläne auflisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a partner&apos;s default commission rate or its margin reseller flag.</source>
        <translation>Den Standard-Provisionssatz eines Partners oder seine Kennzeichnung als Margenhändler setzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default rate in percent; &quot;none&quot; removes it.</source>
        <translation>Der Standardsatz in Prozent; „none“ entfernt ihn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes: a margin reseller (no commission, no payout); no: not.</source>
        <translation>yes: ein Margenhändler (keine Provision, keine Auszahlung); no: keiner.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give one customer&apos;s sales through one partner a rate of their own.</source>
        <translation>Den Verkäufen eines Kunden über einen Partner einen eigenen Satz geben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>CUSTOMER</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The rate in percent; &quot;none&quot; ends the override.</source>
        <translation>Der Satz in Prozent; „none“ beendet die Sonderregel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share a customer&apos;s sales among partners; the shares must sum to 100 %.</source>
        <translation>Die Verkäufe eines Kunden auf Partner aufteilen; die Anteile müssen zusammen 100 % ergeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A partner&apos;s share, CODE:PERCENT; give one per partner.</source>
        <translation>Der Anteil eines Partners, NUMMER:PROZENT; einer je Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE:PERCENT</source>
        <translation>NUMMER:PROZENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the split.</source>
        <translation>Die Aufteilung beenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a period&apos;s statements and lines without writing anything.</source>
        <translation>Die Abrechnungen und Positionen eines Zeitraums zeigen, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show every line with its explanation.</source>
        <translation>Jede Position mit ihrer Begründung zeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a period&apos;s draft statements (once; settling again changes nothing).</source>
        <translation>Die Abrechnungsentwürfe eines Zeitraums schreiben (einmal; erneutes Abrechnen ändert nichts).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve a period&apos;s draft statements; approved statements never change.</source>
        <translation>Die Abrechnungsentwürfe eines Zeitraums freigeben; freigegebene Abrechnungen ändern sich nie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a partner&apos;s statement for a period, every line with its explanation (--format pdf --out FILE for a PDF).</source>
        <translation>Die Abrechnung eines Partners für einen Zeitraum zeigen, jede Position mit ihrer Begründung (--format pdf --out DATEI für ein PDF).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF file to write (with --format pdf).</source>
        <translation>Die zu schreibende PDF-Datei (mit --format pdf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or set how long a settlement period is.</source>
        <translation>Zeigen oder festlegen, wie lang ein Abrechnungszeitraum ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>month or quarter.</source>
        <translation>month (Monat) oder quarter (Quartal).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Einstand</translation>
    </message>
    <message>
        <location filename="../app/cli/commissionplancommands.cpp" line="-130"/>
        <source>Give the plan either --fixed RATE or --tiers &quot;0:5,10000:7.5&quot;.</source>
        <translation>Geben Sie dem Plan entweder --fixed SATZ oder --tiers „0:5,10000:7.5“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use --mode whole or --mode marginal.</source>
        <translation>Verwenden Sie --mode whole oder --mode marginal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--mode applies to tiers; give --tiers.</source>
        <translation>--mode gilt für Staffeln; geben Sie --tiers an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use --on invoice or --on payment.</source>
        <translation>Verwenden Sie --on invoice oder --on payment.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Added the plan %1.</source>
        <translation>Plan %1 angelegt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give either --partner CODE or --level NAME.</source>
        <translation>Geben Sie entweder --partner NUMMER oder --level NAME an.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is no level named %1.</source>
        <translation>Es gibt keine Stufe namens %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assigned the plan %1.</source>
        <translation>Plan %1 zugeordnet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended the plan.</source>
        <translation>Plan beendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate (%)</source>
        <translation>Satz (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tiers</source>
        <translation>Staffeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pays on</source>
        <translation>Zahlt bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cascade</source>
        <translation>Kaskade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line cap</source>
        <translation>Obergrenze je Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period cap</source>
        <translation>Obergrenze je Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributor rate (%)</source>
        <translation>Distributor-Satz (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributor share (%)</source>
        <translation>Distributor-Anteil (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Give --rate RATE or --margin yes|no.</source>
        <translation>Geben Sie --rate SATZ oder --margin yes|no an.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Use --margin yes or --margin no.</source>
        <translation>Verwenden Sie --margin yes oder --margin no.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: default rate %2, %3.</source>
        <translation>%1: Standardsatz %2, %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>margin reseller</source>
        <translation>Margenhändler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>earns commissions</source>
        <translation>erhält Provisionen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give --partner CODE and --rate RATE (or --rate none).</source>
        <translation>Geben Sie --partner NUMMER und --rate SATZ (oder --rate none) an.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Override set: %1.</source>
        <translation>Sonderregel gesetzt: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Override ended.</source>
        <translation>Sonderregel beendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give --share CODE:PERCENT for each partner, or --end.</source>
        <translation>Geben Sie --share NUMMER:PROZENT für jeden Partner an, oder --end.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not CODE:PERCENT, e.g. P-0001:60.</source>
        <translation>„%1“ ist nicht NUMMER:PROZENT, z. B. P-0001:60.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Split ended.</source>
        <translation>Aufteilung beendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Split set among %n partner(s).</source>
        <translation>
            <numerusform>Aufteilung auf %n Partner gesetzt.</numerusform>
            <numerusform>Aufteilung auf %n Partner gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commissionscommands.cpp" line="+40"/>
        <source>%1 is already settled; nothing was changed.</source>
        <translation>%1 ist schon abgerechnet; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Settled %1: %n draft statement(s).</source>
        <translation>
            <numerusform>%1 abgerechnet: %n Abrechnungsentwurf.</numerusform>
            <numerusform>%1 abgerechnet: %n Abrechnungsentwürfe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Approved %n statement(s).</source>
        <translation>
            <numerusform>%n Abrechnung freigegeben.</numerusform>
            <numerusform>%n Abrechnungen freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the PDF file to write with --out FILE.</source>
        <translation>Geben Sie die zu schreibende PDF-Datei mit --out DATEI an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote the statement to %1.</source>
        <translation>Abrechnung nach %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use --length month or --length quarter.</source>
        <translation>Verwenden Sie --length month oder --length quarter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settlement periods are quarters.</source>
        <translation>Abrechnungszeiträume sind Quartale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement periods are months.</source>
        <translation>Abrechnungszeiträume sind Monate.</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../core/common/country.cpp" line="+24"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antigua and Barbuda</source>
        <translation>Antigua und Barbuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Albanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Armenien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antarctica</source>
        <translation>Antarktis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentina</source>
        <translation>Argentinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>American Samoa</source>
        <translation>Amerikanisch-Samoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åland Islands</source>
        <translation>Ålandinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Aserbaidschan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnien und Herzegowina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bangladesh</source>
        <translation>Bangladesch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei Darussalam</source>
        <translation>Brunei Darussalam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Bolivien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Sint Eustatius und Saba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouvet Island</source>
        <translation>Bouvetinsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>Kokosinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo, The Democratic Republic of the</source>
        <translation>Kongo, Demokratische Republik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>Zentralafrikanische Republik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>Kongo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cook Islands</source>
        <translation>Cookinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Kolumbien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde</source>
        <translation>Cabo Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Island</source>
        <translation>Weihnachtsinsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti</source>
        <translation>Dschibuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>Dominikanische Republik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Algerien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Ägypten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western Sahara</source>
        <translation>Westsahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopia</source>
        <translation>Äthiopien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Fidschi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Falklandinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia, Federated States of</source>
        <translation>Mikronesien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faroe Islands</source>
        <translation>Färöer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gabon</source>
        <translation>Gabun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Georgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Französisch-Guayana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greenland</source>
        <translation>Grönland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Äquatorialguinea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Südgeorgien und die Südlichen Sandwichinseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Hongkong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heard Island and McDonald Islands</source>
        <translation>Heard und McDonaldinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isle of Man</source>
        <translation>Isle of Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Indian Ocean Territory</source>
        <translation>Britisches Territorium im Indischen Ozean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>Jamaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordan</source>
        <translation>Jordanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>Kirgisistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Kambodscha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Komoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Kitts and Nevis</source>
        <translation>St. Kitts und Nevis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>Nordkorea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cayman Islands</source>
        <translation>Kaimaninseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Kasachstan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanon</source>
        <translation>Libanon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Lucia</source>
        <translation>St. Lucia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Libyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldova</source>
        <translation>Moldau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Martin (French part)</source>
        <translation>Saint-Martin (französischer Teil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>Madagaskar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marshall Islands</source>
        <translation>Marshallinseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>North Macedonia</source>
        <translation>Nordmazedonien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Mongolei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>Macau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Northern Mariana Islands</source>
        <translation>Nördliche Marianen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauretanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Malediven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Mosambik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Neukaledonien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norfolk Island</source>
        <translation>Norfolkinsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Polynesia</source>
        <translation>Französisch-Polynesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Papua-Neuguinea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Philippines</source>
        <translation>Philippinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre und Miquelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitcairn</source>
        <translation>Pitcairninseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palestine, State of</source>
        <translation>Palästina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Federation</source>
        <translation>Russland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands</source>
        <translation>Salomonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Seychellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>St. Helena, Ascension und Tristan da Cunha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard und Jan Mayen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Südsudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome and Principe</source>
        <translation>São Tomé und Príncipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Sint Maarten (niederländischer Teil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Syrien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turks and Caicos Islands</source>
        <translation>Turks- und Caicosinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Tschad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Southern Territories</source>
        <translation>Französische Süd- und Antarktisgebiete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Tadschikistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunesien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad und Tobago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>Tansania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States Minor Outlying Islands</source>
        <translation>Amerikanische Überseeinseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Usbekistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holy See (Vatican City State)</source>
        <translation>Vatikanstadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>St. Vincent und die Grenadinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virgin Islands, British</source>
        <translation>Britische Jungferninseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virgin Islands, U.S.</source>
        <translation>Amerikanische Jungferninseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallis and Futuna</source>
        <translation>Wallis und Futuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambia</source>
        <translation>Sambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Simbabwe</translation>
    </message>
    <message>
        <location filename="../core/common/iban.cpp" line="+79"/>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/io/csvreader.cpp" line="+168"/>
        <source>The file ends in the middle of a UTF-16 character.</source>
        <translation>Die Datei endet mitten in einem UTF-16-Zeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A quoted field is never closed; a closing quote (&quot;) is missing.</source>
        <translation>Ein Feld in Anführungszeichen wird nicht geschlossen; ein schließendes Anführungszeichen (&quot;) fehlt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file is in UTF-32, which is not supported; save it as UTF-8.</source>
        <translation>Die Datei ist in UTF-32 kodiert, das nicht unterstützt wird; speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is a spreadsheet workbook, not a CSV file; save it as &quot;CSV UTF-8&quot; in the spreadsheet program first.</source>
        <translation>Dies ist eine Tabellenkalkulationsmappe, keine CSV-Datei; speichern Sie sie zuerst im Tabellenkalkulationsprogramm als &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The text is not valid UTF-16; save the file as UTF-8.</source>
        <translation>Der Text ist kein gültiges UTF-16; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A field is longer than %1 MiB; probably a closing quote (&quot;) is missing.</source>
        <translation>Ein Feld ist länger als %1 MiB; wahrscheinlich fehlt ein schließendes Anführungszeichen (&quot;).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Out of memory while reading a field.</source>
        <translation>Nicht genug Arbeitsspeicher beim Lesen eines Feldes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A quote (&quot;) inside a field that does not start with a quote; enclose the field in quotes and double the quote (&quot;&quot;).</source>
        <translation>Ein Anführungszeichen (&quot;) steht in einem Feld, das nicht mit einem Anführungszeichen beginnt; setzen Sie das Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected text after a closing quote (&quot;); a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Unerwarteter Text nach einem schließenden Anführungszeichen (&quot;); ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The text contains a NUL character; it is not a text file, or it is UTF-16 without a byte order mark. Save the file as UTF-8.</source>
        <translation>Der Text enthält ein NUL-Zeichen; es ist keine Textdatei, oder sie ist UTF-16 ohne Byte-Order-Mark. Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The text is not valid UTF-8. Choose the file&apos;s encoding (for a CSV file from Excel on Windows usually Windows-1252), or save the file as UTF-8.</source>
        <translation>Der Text ist kein gültiges UTF-8. Wählen Sie die Codierung der Datei (für eine CSV-Datei aus Excel unter Windows meist Windows-1252) oder speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading was cancelled.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The CSV delimiter must be a comma, a semicolon or a tab.</source>
        <comment>programming error</comment>
        <translation>Das CSV-Trennzeichen muss ein Komma, ein Semikolon oder ein Tabulator sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../core/io/csvwriter.cpp" line="+62"/>
        <source>The CSV delimiter must be a comma, a semicolon or a tab.</source>
        <comment>programming error</comment>
        <translation>Das CSV-Trennzeichen muss ein Komma, ein Semikolon oder ein Tabulator sein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <location filename="../core/customers/customerstore.cpp" line="+81"/>
        <source>Customer %1 was changed by someone else since you opened it.</source>
        <translation>Kunde %1 wurde von jemand anderem geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The name is required.</source>
        <translation>Der Name ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code (for example DE, FR, US).</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 Alpha-2 (zum Beispiel DE, FR, US).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no customer with the code %1.</source>
        <translation>Es gibt keinen Kunden mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>(direct)</source>
        <translation>(direkt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+201"/>
        <source>There is no partner with id %1.</source>
        <translation>Es gibt keinen Partner mit der ID %1.</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>The code %1 is already used by another customer.</source>
        <translation>Die Nummer %1 wird bereits von einem anderen Kunden verwendet.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The code cannot be empty.</source>
        <translation>Die Nummer darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>CustomersCommands</name>
    <message>
        <location filename="../app/cli/customerscommands.cpp" line="+31"/>
        <source>List customers, filtered and sorted.</source>
        <translation>Kunden auflisten, gefiltert und sortiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show at most this many customers (default 100; 0 = all).</source>
        <translation>Höchstens so viele Kunden anzeigen (Standard 100; 0 = alle).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move a customer to another partner, or make it a direct customer.</source>
        <translation>Einen Kunden einem anderen Partner zuordnen oder zum Direktkunden machen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code of the new partner.</source>
        <translation>Die Nummer des neuen Partners.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Make it a direct customer, without a partner.</source>
        <translation>Zum Direktkunden machen, ohne Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, for the history.</source>
        <translation>Der Grund, für den Verlauf.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words that code, name or city start with.</source>
        <translation>Wörter, mit denen Nummer, Name oder Ort beginnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers of the partner with this code.</source>
        <translation>Nur Kunden des Partners mit dieser Nummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only direct customers, without a partner.</source>
        <translation>Nur Direktkunden, ohne Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers in this country, e.g. DE.</source>
        <translation>Nur Kunden in diesem Land, z. B. DE.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this segment, e.g. SMB or Enterprise.</source>
        <translation>Nur dieses Segment, z. B. SMB oder Enterprise.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived customers instead of current ones.</source>
        <translation>Archivierte statt aktueller Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order by one of: %1 (default name).</source>
        <translation>Sortieren nach einem von: %1 (Standard: name).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descending order.</source>
        <translation>Absteigend sortieren.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give either --partner or --direct, not both.</source>
        <translation>Geben Sie entweder --partner oder --direct an, nicht beides.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner name</source>
        <translation>Partnername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Showing the first %L1 customers; use --limit to see more (0 = all).</source>
        <translation>Die ersten %L1 Kunden werden angezeigt; mit --limit sehen Sie mehr (0 = alle).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the new partner with --partner CODE, or --direct for a direct customer.</source>
        <translation>Geben Sie den neuen Partner mit --partner NUMMER an oder --direct für einen Direktkunden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Customer %1 (%2) now belongs to partner %3 (%4).</source>
        <translation>Kunde %1 (%2) gehört jetzt zu Partner %3 (%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer %1 (%2) is now a direct customer.</source>
        <translation>Kunde %1 (%2) ist jetzt ein Direktkunde.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/db/database.cpp" line="+197"/>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file does not exist.</source>
        <translation>Die Datenbankdatei ist nicht vorhanden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a folder, not a database file.</source>
        <translation>Dies ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder for the database.</source>
        <translation>Der Ordner für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the database: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>This file is not a ChannelDesk database (%1).</source>
        <translation>Diese Datei ist keine ChannelDesk-Datenbank (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This SQLite file is not a ChannelDesk database; it was left unchanged.</source>
        <translation>Diese SQLite-Datei ist keine ChannelDesk-Datenbank; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database was written by a newer version of ChannelDesk (schema %1; this version knows up to %2). Please update ChannelDesk; the file was left unchanged.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von ChannelDesk geschrieben (Schema %1; diese Version kennt bis %2). Bitte aktualisieren Sie ChannelDesk; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Cannot read migration %1.</source>
        <translation>Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+62"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>Die Sicherung kann nicht die Datenbank selbst überschreiben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the backup file: %1</source>
        <translation>Die Sicherungsdatei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot start the backup: %1</source>
        <translation>Die Sicherung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot move the backup into place.</source>
        <translation>Die Sicherung kann nicht an ihren Zielort verschoben werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>foreign key: table %1 row %2 refers to a missing row in %3</source>
        <translation>Fremdschlüssel: Tabelle %1, Zeile %2 verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>search index %1: %2</source>
        <translation>Suchindex %1: %2</translation>
    </message>
</context>
<context>
    <name>DbCommands</name>
    <message>
        <location filename="../app/cli/dbcommands.cpp" line="+14"/>
        <source>Copy the database to a file, safely while others work in it.</source>
        <translation>Die Datenbank in eine Datei kopieren, sicher auch während andere damit arbeiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Sicherungsdatei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the backup file if it exists.</source>
        <translation>Die Sicherungsdatei ersetzen, falls sie vorhanden ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the database for damage; exit code 1 when there is any.</source>
        <translation>Die Datenbank auf Schäden prüfen; Exit-Code 1, wenn welche gefunden werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the backup file with --out FILE.</source>
        <translation>Geben Sie die Sicherungsdatei mit --out DATEI an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file exists; use --force to replace it.</source>
        <translation>Die Datei ist bereits vorhanden; ersetzen Sie sie mit --force.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backing up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backed up %1 to %2.</source>
        <translation>%1 wurde nach %2 gesichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no problems found.</source>
        <translation>%1: keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1: %n Problem gefunden.</numerusform>
            <numerusform>%1: %n Probleme gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deal</name>
    <message>
        <location filename="../core/leads/deal.cpp" line="+33"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>DealStore</name>
    <message>
        <location filename="../core/leads/dealstore.cpp" line="+41"/>
        <source>The deal for %1 was changed by someone else since you opened it.</source>
        <translation>Der Deal für %1 wurde von einem anderen Benutzer geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The stage needs a name.</source>
        <translation>Die Phase benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stage cannot close a deal as both won and lost.</source>
        <translation>Eine Phase kann einen Deal nicht gleichzeitig als gewonnen und verloren abschließen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is already a stage named %1.</source>
        <translation>Es gibt bereits eine Phase mit dem Namen %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The stage %1 was changed by someone else.</source>
        <translation>Die Phase %1 wurde von einem anderen Benutzer geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n deal(s) are in this stage; move them before removing it.</source>
        <translation>
            <numerusform>%n Deal befindet sich in dieser Phase; verschieben Sie ihn, bevor Sie die Phase entfernen.</numerusform>
            <numerusform>%n Deals befinden sich in dieser Phase; verschieben Sie sie, bevor Sie die Phase entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no deal with id %1.</source>
        <translation>Es gibt keinen Deal mit der ID %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lead %1 has not been converted to a deal.</source>
        <translation>Lead %1 wurde nicht in einen Deal umgewandelt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no deal stage with id %1.</source>
        <translation>Es gibt keine Deal-Phase mit der ID %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The deal value cannot be negative.</source>
        <translation>Der Deal-Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The deal pipeline has no won stage.</source>
        <translation>Die Deal-Pipeline hat keine Phase „Gewonnen“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The deal pipeline has no lost stage.</source>
        <translation>Die Deal-Pipeline hat keine Phase „Verloren“.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="+22"/>
        <source>Fill the database with generated demo partners and customers.</source>
        <translation>Die Datenbank mit erzeugten Demo-Partnern und -Kunden füllen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many partners (default 1000).</source>
        <translation>Wie viele Partner (Standard 1000).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>How many customers (default 5000).</source>
        <translation>Wie viele Kunden (Standard 5000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start of the random sequence; the same seed gives the same data.</source>
        <translation>Startwert der Zufallsfolge; derselbe Startwert ergibt dieselben Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add demo data even though the database already has partners.</source>
        <translation>Demodaten hinzufügen, auch wenn die Datenbank bereits Partner enthält.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database already holds %L1 partners; demo data would mix with them. Use --force to add it anyway, or give another file with --db.</source>
        <translation>Die Datenbank enthält bereits %L1 Partner; die Demodaten würden sich mit ihnen vermischen. Fügen Sie sie mit --force trotzdem hinzu, oder geben Sie mit --db eine andere Datei an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generating</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 s: %2</source>
        <translation>%1 s: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added %1 partners with %2 contacts and %3 customers to %4 in %5 s.</source>
        <translation>%1 Partner mit %2 Ansprechpartnern und %3 Kunden in %5 s zu %4 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also added %1 agreements, %2 leads and %3 deals, with a partner network.</source>
        <translation>Außerdem %1 Verträge, %2 Leads und %3 Deals samt Partnernetzwerk angelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also added %1 invoices and credit notes with commission plans, and settled %2 statements.</source>
        <translation>Außerdem %1 Rechnungen und Gutschriften mit Provisionsplänen angelegt und %2 Abrechnungen erstellt.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+76"/>
        <source>The demo data generation was cancelled.</source>
        <translation>Das Erzeugen der Demodaten wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The number of partners and customers cannot be negative.</source>
        <translation>Die Anzahl der Partner und Kunden darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Partners and contacts</source>
        <translation>Partner und Kontakte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing to disk</source>
        <translation>Schreiben auf die Festplatte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The demo data generation was cancelled after the partners and customers.</source>
        <translation>Das Erzeugen der Demodaten wurde nach den Partnern und Kunden abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner network</source>
        <translation>Partnernetz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Leads and deals</source>
        <translation>Leads und Geschäfte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreements</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sales and commissions</source>
        <translation>Verkäufe und Provisionen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statistics for the query planner</source>
        <translation>Statistik für die Abfrageplanung</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <location filename="../core/agreements/documentstore.cpp" line="+65"/>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>The file has %1 bytes; documents may have at most %2 bytes (%3).</source>
        <translation>Die Datei hat %1 Bytes; Dokumente dürfen höchstens %2 Bytes (%3) groß sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a PDF, DOCX, PNG or JPEG file.</source>
        <translation>%1 ist keine PDF-, DOCX-, PNG- oder JPEG-Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no agreement with id %1.</source>
        <translation>Es gibt keinen Vertrag mit der ID %1.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+12"/>
        <source>There is no document with id %1.</source>
        <translation>Es gibt kein Dokument mit der ID %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../core/common/error.h" line="+50"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../core/io/exporter.cpp" line="+159"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>FieldEditCommand</name>
    <message>
        <location filename="../ui/shared/fieldeditcommand.cpp" line="+15"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ImportExportCommands</name>
    <message>
        <location filename="../app/cli/importexportcommands.cpp" line="+21"/>
        <source>Import nothing when any row has a problem (the default).</source>
        <translation>Nichts importieren, wenn eine Zeile ein Problem hat (Standard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the good rows and skip those with problems.</source>
        <translation>Die fehlerfreien Zeilen importieren und die mit Problemen überspringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which file column goes to which field, where the suggestion is wrong: &quot;File header=field,...&quot;; an empty field ignores the column.</source>
        <translation>Welche Spalte der Datei in welches Feld kommt, wo der Vorschlag falsch ist: &quot;Spaltenkopf=Feld,...&quot;; ein leeres Feld lässt die Spalte aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file&apos;s text encoding: auto (the default: UTF-8, UTF-16 with a byte order mark, else Windows-1252), utf-8, utf-16, windows-1252, iso-8859-1 or iso-8859-15.</source>
        <translation>Die Textcodierung der Datei: auto (Standard: UTF-8, UTF-16 mit Byte-Order-Mark, sonst Windows-1252), utf-8, utf-16, windows-1252, iso-8859-1 oder iso-8859-15.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encoding</source>
        <translation>Codierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the whole file and count what would be created, updated and refused; write nothing.</source>
        <translation>Die ganze Datei prüfen und zählen, was angelegt, aktualisiert und abgelehnt würde; nichts schreiben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What a row whose code is already stored does: fail (a problem on that row, the default), skip (left out), or update (the stored record takes the row&apos;s values; empty cells keep what is stored).</source>
        <translation>Was eine Zeile tut, deren Code schon gespeichert ist: fail (ein Problem in dieser Zeile, die Vorgabe), skip (ausgelassen) oder update (der gespeicherte Datensatz übernimmt die Werte der Zeile; leere Zellen behalten das Gespeicherte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fail|skip|update</source>
        <translation>fail|skip|update</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file to write: CSV, or an Excel workbook when the name ends in .xlsx.</source>
        <translation>Die zu schreibende Datei: CSV, oder eine Excel-Arbeitsmappe, wenn der Name auf .xlsx endet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not &quot;File header=field&quot;.</source>
        <translation>&quot;%1&quot; hat nicht die Form &quot;Spaltenkopf=Feld&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import partners (and their first contact) from a CSV file.</source>
        <translation>Partner (und ihren ersten Ansprechpartner) aus einer CSV-Datei importieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contacts of existing partners from a CSV file.</source>
        <translation>Ansprechpartner bestehender Partner aus einer CSV-Datei importieren.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import customers from a CSV file.</source>
        <translation>Kunden aus einer CSV-Datei importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write partners to a CSV file that import reads back.</source>
        <translation>Partner in eine CSV-Datei schreiben, die der Import wieder einlesen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the contacts of the matching partners to a CSV file.</source>
        <translation>Die Ansprechpartner der passenden Partner in eine CSV-Datei schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write customers to a CSV file that import reads back.</source>
        <translation>Kunden in eine CSV-Datei schreiben, die der Import wieder einlesen kann.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give either --all-or-nothing or --good-rows, not both.</source>
        <translation>Geben Sie entweder --all-or-nothing oder --good-rows an, nicht beides.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown encoding &quot;%1&quot;; use auto, utf-8, utf-16, windows-1252, iso-8859-1 or iso-8859-15.</source>
        <translation>Unbekannte Codierung „%1“; möglich sind auto, utf-8, utf-16, windows-1252, iso-8859-1 und iso-8859-15.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown choice &quot;%1&quot;; use fail, skip or update.</source>
        <translation>Unbekannte Wahl „%1“; verwenden Sie fail, skip oder update.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not exist.</source>
        <translation>Die Datei ist nicht vorhanden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file has no column &quot;%1&quot;; its columns are: %2.</source>
        <translation>Die Datei hat keine Spalte &quot;%1&quot;; ihre Spalten sind: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already stored and left alone</source>
        <translation>%1 bereits gespeichert und unverändert gelassen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Dry run: %1 of %2 rows from %3 would be imported%4; %n row problem(s). Nothing was written.</source>
        <translation>
            <numerusform>Probelauf: %1 von %2 Zeilen aus %3 würden importiert%4; %n Zeilenproblem. Nichts wurde geschrieben.</numerusform>
            <numerusform>Probelauf: %1 von %2 Zeilen aus %3 würden importiert%4; %n Zeilenprobleme. Nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1 of %2 rows from %3%4.</source>
        <translation>%1 von %2 Zeilen aus %3 importiert%4.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row problem(s); those rows were skipped.</source>
        <translation>
            <numerusform>%n Problem in einer Zeile; diese Zeile wurde übersprungen.</numerusform>
            <numerusform>%n Probleme in Zeilen; diese Zeilen wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing was imported: %n problem(s). Fix them, or use --good-rows to import the other rows.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Problem. Beheben Sie es, oder importieren Sie mit --good-rows die übrigen Zeilen.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Probleme. Beheben Sie sie, oder importieren Sie mit --good-rows die übrigen Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+18"/>
        <source>Give the file to write with --out FILE.</source>
        <translation>Geben Sie die zu schreibende Datei mit --out DATEI an.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exported %1 contacts to %2.</source>
        <translation>%1 Ansprechpartner nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exported %1 partners to %2.</source>
        <translation>%1 Partner nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported %1 customers to %2.</source>
        <translation>%1 Kunden nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/io/importfields.cpp" line="+12"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is a company</source>
        <translation>Ist eine Firma</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+83"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+68"/>
        <location line="+14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business nature</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+103"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+97"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control account</source>
        <translation>Sammelkonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank name</source>
        <translation>Name der Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status reason</source>
        <translation>Statusgrund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status date</source>
        <translation>Statusdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight override</source>
        <translation>Abweichende Gewichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account manager</source>
        <translation>Partnerbetreuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Commission rate (%)</source>
        <translation>Provisionssatz (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Margin reseller</source>
        <translation>Margenhändler</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+51"/>
        <source>Contact name</source>
        <translation>Name des Ansprechpartners</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Related company (makes the row a contact)</source>
        <translation>Zugehörige Firma (macht die Zeile zum Ansprechpartner)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <location line="+28"/>
        <location line="+18"/>
        <source>Partner code</source>
        <translation>Partnernummer</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+29"/>
        <source>Partner name</source>
        <translation>Partnername</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Primary contact</source>
        <translation>Hauptansprechpartner</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Estimated value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Distributor code</source>
        <translation>Distributor-Code</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Document number</source>
        <translation>Belegnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind (invoice or credit)</source>
        <translation>Art (invoice oder credit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer code</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credited invoice</source>
        <translation>Gutgeschriebene Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product category</source>
        <translation>Produktkategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net amount</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost (margin resellers)</source>
        <translation>Einstand (Margenhändler)</translation>
    </message>
    <message>
        <location filename="../core/io/importcontext.cpp" line="+18"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="+228"/>
        <source>The row has %1 fields but the header only %2 columns; a delimiter or quote is probably missing.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber nur %2 Spalten; wahrscheinlich fehlt ein Trennzeichen oder ein Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../core/io/importcontext.cpp" line="+177"/>
        <source>The code %1 is already used on line %2 of this file.</source>
        <translation>Die Nummer %1 wird bereits in Zeile %2 dieser Datei verwendet.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <location filename="../core/io/partnerimport.cpp" line="+79"/>
        <source>&quot;%1&quot; is not a partner kind; use one of %2.</source>
        <translation>„%1“ ist keine Partnerart; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <location filename="../core/io/importcontext.cpp" line="+11"/>
        <source>&quot;%1&quot; is not a country; give an ISO code such as DE or the country&apos;s name.</source>
        <translation>„%1“ ist kein Land; geben Sie einen ISO-Code wie DE oder den Namen des Landes an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../core/io/partnerimport.cpp" line="+27"/>
        <source>&quot;%1&quot; is not a status; use one of %2.</source>
        <translation>„%1“ ist kein Status; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location filename="../core/io/importcontext.cpp" line="+12"/>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../core/io/partnerimport.cpp" line="+10"/>
        <source>There is no level named &quot;%1&quot;.</source>
        <translation>Es gibt keine Stufe namens „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no activation named &quot;%1&quot;.</source>
        <translation>Es gibt keine Aktivierung namens „%1“.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The code %1 is already used by a partner in the database.</source>
        <translation>Die Nummer %1 wird in der Datenbank bereits von einem Partner verwendet.</translation>
    </message>
    <message>
        <location filename="../core/io/importcontext.cpp" line="+57"/>
        <source>There is no partner named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Partner namens „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Several partners are named &quot;%1&quot;; give the partner&apos;s code instead.</source>
        <translation>Mehrere Partner heißen „%1“; geben Sie stattdessen die Nummer des Partners an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no partner with the code %1.</source>
        <translation>Es gibt keinen Partner mit der Nummer %1.</translation>
    </message>
    <message>
        <location filename="../core/io/contactimport.cpp" line="+40"/>
        <source>The row names no partner; give the partner&apos;s code or exact name.</source>
        <translation>Die Zeile nennt keinen Partner; geben Sie die Nummer oder den genauen Namen des Partners an.</translation>
    </message>
    <message>
        <location filename="../core/io/customerimport.cpp" line="+55"/>
        <source>The code %1 is already used by a customer in the database.</source>
        <translation>Die Nummer %1 wird in der Datenbank bereits von einem Kunden verwendet.</translation>
    </message>
    <message>
        <location filename="../core/io/leadimport.cpp" line="+42"/>
        <source>A value needs its currency.</source>
        <translation>Ein Wert benötigt eine Währung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A currency needs a value.</source>
        <translation>Eine Währung benötigt einen Wert.</translation>
    </message>
    <message>
        <location filename="../core/io/partnerimport.cpp" line="+146"/>
        <source>Several companies in this file are named &quot;%1&quot;.</source>
        <translation>Mehrere Firmen in dieser Datei heißen „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The company &quot;%1&quot; on line %2 is not imported, so neither is its contact.</source>
        <translation>Die Firma „%1“ in Zeile %2 wird nicht importiert, daher auch nicht ihr Ansprechpartner.</translation>
    </message>
    <message>
        <location filename="../core/io/importer.cpp" line="-133"/>
        <source>The column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a field.</source>
        <translation>Die Spalte „%1“ ist „%2“ zugeordnet, das kein Feld ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; are both imported as %3; choose one.</source>
        <translation>Die Spalten „%1“ und „%2“ werden beide als %3 importiert; wählen Sie eine aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No column is imported as %1; every document needs one.</source>
        <translation>Keine Spalte wird als %1 importiert; jeder Beleg braucht eine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No column is imported as %1; the file needs one.</source>
        <translation>Keine Spalte wird als %1 importiert; die Datei braucht eine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No column is imported as %1 or %2; each contact needs its partner.</source>
        <translation>Keine Spalte wird als %1 oder %2 importiert; jeder Ansprechpartner braucht seinen Partner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is empty; it needs a header row with the column names.</source>
        <translation>Die Datei ist leer; sie braucht eine Kopfzeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/io/saleimport.cpp" line="+54"/>
        <source>Amounts are written positive, credit notes too; &quot;%1&quot; is negative.</source>
        <translation>Beträge werden positiv geschrieben, auch bei Gutschriften; „%1“ ist negativ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document number is empty.</source>
        <translation>Die Belegnummer ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number %1 is already used on line %2 of this file.</source>
        <translation>Die Nummer %1 steht schon in Zeile %2 dieser Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a document kind; use invoice or credit.</source>
        <translation>„%1“ ist keine Belegart; verwenden Sie invoice oder credit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document date is empty.</source>
        <translation>Das Belegdatum ist leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The currency is empty.</source>
        <translation>Die Währung ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount is empty.</source>
        <translation>Der Betrag ist leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer code is empty.</source>
        <translation>Die Kundennummer ist leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no customer with the code %1.</source>
        <translation>Es gibt keinen Kunden mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no invoice %1.</source>
        <translation>Es gibt keine Rechnung %1.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../core/agreements/jobrunner.cpp" line="+41"/>
        <source>Daily job of %1</source>
        <translation>Täglicher Job vom %1</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Renew agreement %1 with %2</source>
        <translation>Vertrag %1 mit %2 verlängern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Agreement %1 with %2 ends on %3</source>
        <translation>Vertrag %1 mit %2 endet am %3</translation>
    </message>
</context>
<context>
    <name>Lead</name>
    <message>
        <location filename="../core/leads/lead.cpp" line="+20"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined by partner</source>
        <translation>Vom Partner abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>Umgewandelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The company is required.</source>
        <translation>Das Unternehmen ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company is longer than 200 characters.</source>
        <translation>Der Unternehmensname ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code (for example DE, FR, US).</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 alpha-2 (zum Beispiel DE, FR, US).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Geben Sie sowohl Breiten- als auch Längengrad an oder keinen von beiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latitude must be between -90 and 90.</source>
        <translation>Der Breitengrad muss zwischen -90 und 90 liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longitude must be between -180 and 180.</source>
        <translation>Der Längengrad muss zwischen -180 und 180 liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The estimated value cannot be negative.</source>
        <translation>Der geschätzte Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No area, country or coordinates to route by</source>
        <translation>Kein Gebiet, Land oder Koordinaten für die Zuweisung vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partner qualifies for this lead</source>
        <translation>Kein Partner kommt für diesen Lead infrage</translation>
    </message>
</context>
<context>
    <name>LeadReports</name>
    <message>
        <location filename="../core/reports/leadreports.cpp" line="+238"/>
        <source>Lead flow by distributor</source>
        <translation>Lead-Fluss nach Distributor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <location line="+14"/>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+16"/>
        <source>Converted</source>
        <translation>Umgewandelt</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(direct)</source>
        <translation>(direkt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conversion rate by reseller</source>
        <translation>Umwandlungsrate nach Wiederverkäufer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversion rate by distributor</source>
        <translation>Umwandlungsrate nach Distributor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>Conversion rate</source>
        <translation>Umwandlungsrate</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Reseller performance by distributor</source>
        <translation>Wiederverkäuferleistung nach Distributor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributor code</source>
        <translation>Distributor-Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reseller code</source>
        <translation>Wiederverkäufer-Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Deals won</source>
        <translation>Gewonnene Deals</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Deals lost</source>
        <translation>Verlorene Deals</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Won value by area</source>
        <translation>Gewonnener Wert nach Gebiet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won value by level</source>
        <translation>Gewonnener Wert nach Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won value</source>
        <translation>Gewonnener Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no area)</source>
        <translation>(kein Gebiet)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no level)</source>
        <translation>(keine Stufe)</translation>
    </message>
</context>
<context>
    <name>LeadRouter</name>
    <message>
        <location filename="../core/leads/leadrouter.cpp" line="+311"/>
        <source>Assigned automatically</source>
        <translation>Automatisch zugewiesen</translation>
    </message>
    <message>
        <location line="+133"/>
        <location line="+54"/>
        <source>There is no lead with id %1.</source>
        <translation>Es gibt keinen Lead mit der ID %1.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Lead %1 is not waiting for a partner: it is assigned or closed.</source>
        <translation>Lead %1 wartet nicht auf einen Partner: Er ist zugewiesen oder abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <location filename="../core/leads/leadstore.cpp" line="+32"/>
        <source>There is no lead with id %1.</source>
        <translation>Es gibt keinen Lead mit der ID %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lead %1 is %2 and cannot be %3.</source>
        <translation>Lead %1 ist %2 und kann nicht %3 werden.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>There is no area with id %1.</source>
        <translation>Es gibt kein Gebiet mit der ID %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+152"/>
        <source>There is no current partner with id %1.</source>
        <translation>Es gibt keinen aktuellen Partner mit der ID %1.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>A lead submitted by a distributor needs the reseller it is for.</source>
        <translation>Ein von einem Distributor eingereichter Lead benötigt den Wiederverkäufer, für den er bestimmt ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partner %1 is not a distributor.</source>
        <translation>Partner %1 ist kein Distributor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Distributor %1 does not serve partner %2: link them first, or submit the lead for one of its resellers.</source>
        <translation>Distributor %1 betreut Partner %2 nicht: Verknüpfen Sie beide zuerst oder reichen Sie den Lead für einen seiner Wiederverkäufer ein.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Lead %1 was changed by someone else since you opened it.</source>
        <translation>Lead %1 wurde von einem anderen Benutzer geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>assigned</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Partner %1 declined this lead and is not offered it again.</source>
        <translation>Partner %1 hat diesen Lead abgelehnt und erhält ihn nicht erneut.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the partner the lead is assigned to can decline it.</source>
        <translation>Nur der Partner, dem der Lead zugewiesen ist, kann ihn ablehnen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>converted</source>
        <translation>umgewandelt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lead has no estimated value: give the deal&apos;s value.</source>
        <translation>Der Lead hat keinen geschätzten Wert: Geben Sie den Wert des Deals an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deal value cannot be negative.</source>
        <translation>Der Deal-Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The deal pipeline has no open stage.</source>
        <translation>Die Deal-Pipeline hat keine offene Phase.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no deal stage with id %1.</source>
        <translation>Es gibt keine Deal-Phase mit der ID %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>marked lost</source>
        <translation>als verloren markiert</translation>
    </message>
</context>
<context>
    <name>LeadsCommands</name>
    <message>
        <location filename="../app/cli/leadscommands.cpp" line="+20"/>
        <source>&quot;%1&quot; is not a lead id.</source>
        <translation>„%1“ ist keine Lead-ID.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+288"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-287"/>
        <location line="+287"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+287"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+217"/>
        <location line="+69"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="-285"/>
        <location line="+217"/>
        <location line="+69"/>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>There is no partner with the code %1.</source>
        <translation>Es gibt keinen Partner mit dem Code %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The partner&apos;s code.</source>
        <translation>Der Code des Partners.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+55"/>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Import leads from a CSV file (company, contact, address, value, partner and distributor codes).</source>
        <translation>Leads aus einer CSV-Datei importieren (Firma, Kontakt, Adresse, Wert, Partner- und Distributor-Codes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route waiting leads to partners by weight and place (--auto), or give one lead to a partner.</source>
        <translation>Wartende Leads nach Gewichtung und Ort an Partner verteilen (--auto) oder einen Lead einem Partner zuweisen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[LEAD_ID]</source>
        <translation>[LEAD_ID]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route every lead waiting for a partner.</source>
        <translation>Alle Leads verteilen, die auf einen Partner warten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the random draw, for repeatable runs.</source>
        <translation>Startwert der Zufallsauswahl, für wiederholbare Läufe.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+43"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Leads per transaction (default 5000).</source>
        <translation>Leads pro Transaktion (Standard 5000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what would happen; write nothing.</source>
        <translation>Anzeigen, was geschehen würde; nichts schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why, for the partners&apos; history.</source>
        <translation>Begründung, für die Partnerhistorie.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+17"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The assigned partner accepts the lead.</source>
        <translation>Der zugewiesene Partner nimmt den Lead an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+9"/>
        <source>LEAD_ID</source>
        <translation>LEAD_ID</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The assigned partner declines the lead; it is never offered to that partner again.</source>
        <translation>Der zugewiesene Partner lehnt den Lead ab; er wird diesem Partner nie wieder angeboten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the partner declines.</source>
        <translation>Grund für die Ablehnung durch den Partner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn an assigned or accepted lead into a deal, keeping its partner and distributor.</source>
        <translation>Einen zugewiesenen oder angenommenen Lead in einen Deal umwandeln; Partner und Distributor bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The deal&apos;s value, e.g. 12500.00 (default: the lead&apos;s estimate).</source>
        <translation>Der Wert des Deals, z. B. 12500.00 (Standard: die Schätzung des Leads).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency of --value, e.g. EUR.</source>
        <translation>Währung von --value, z. B. EUR.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected closing date, YYYY-MM-DD.</source>
        <translation>Voraussichtliches Abschlussdatum, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close a lead as lost.</source>
        <translation>Einen Lead als verloren schließen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it was lost.</source>
        <translation>Grund für den Verlust.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List leads, newest first.</source>
        <translation>Leads auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this status: new, assigned, accepted, declined, converted or lost.</source>
        <translation>Nur dieser Status: new, assigned, accepted, declined, converted oder lost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only leads this distributor submitted.</source>
        <translation>Nur Leads, die dieser Distributor eingereicht hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only leads this distributor may see.</source>
        <translation>Nur Leads, die dieser Distributor sehen darf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only leads routing could not place.</source>
        <translation>Nur Leads, die bei der Verteilung nicht zugeordnet werden konnten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show at most this many leads (default 100).</source>
        <translation>Höchstens so viele Leads anzeigen (Standard 100).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give either --auto or a LEAD_ID with --partner.</source>
        <translation>Geben Sie entweder --auto oder eine LEAD_ID mit --partner an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigning one lead needs --partner CODE.</source>
        <translation>Das Zuweisen eines einzelnen Leads erfordert --partner CODE.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Routing leads</source>
        <translation>Leads werden verteilt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped; the batches routed so far are kept.</source>
        <translation>Angehalten; die bisher verteilten Stapel bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Declining needs --partner CODE: the partner that declines.</source>
        <translation>Das Ablehnen erfordert --partner CODE: den Partner, der ablehnt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give --value and --currency together.</source>
        <translation>Geben Sie --value und --currency zusammen an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+70"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&quot;%1&quot; is not a lead status; use new, assigned, accepted, declined, converted or lost.</source>
        <translation>„%1“ ist kein Lead-Status; verwenden Sie new, assigned, accepted, declined, converted oder lost.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Showing the newest %L1 leads; use --limit to see more.</source>
        <translation>Die neuesten %L1 Leads werden angezeigt; verwenden Sie --limit, um mehr zu sehen.</translation>
    </message>
</context>
<context>
    <name>LookupStore</name>
    <message>
        <location filename="../core/partners/lookups.cpp" line="+16"/>
        <source>This entry was changed by someone else. Reload it and try again.</source>
        <translation>Dieser Eintrag wurde von jemand anderem geändert. Laden Sie ihn neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The name &quot;%1&quot; is already used.</source>
        <translation>Der Name „%1“ wird bereits verwendet.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Logins cannot be swapped; give one a new login first.</source>
        <translation>Anmeldenamen lassen sich nicht tauschen; geben Sie zuerst einem einen neuen Anmeldenamen.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The level needs a name.</source>
        <translation>Die Stufe braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weight cannot be negative.</source>
        <translation>Die Gewichtung darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The activation needs a name.</source>
        <translation>Die Aktivierung braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The area needs a name.</source>
        <translation>Das Gebiet braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The user needs a login.</source>
        <translation>Der Benutzer braucht einen Anmeldenamen.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n partner(s) still use this entry; change them first.</source>
        <translation>
            <numerusform>%n Partner verwendet diesen Eintrag noch; ändern Sie ihn zuerst.</numerusform>
            <numerusform>%n Partner verwenden diesen Eintrag noch; ändern Sie diese zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../ui/shared/moneytext.cpp" line="+27"/>
        <source>%1 %2</source>
        <extracomment>Money: amount, ISO currency code</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>NetworkCommands</name>
    <message>
        <location filename="../app/cli/networkcommands.cpp" line="+116"/>
        <source>Show the partner hierarchy with roll-ups (partners, customers, open leads, won value).</source>
        <translation>Partnerhierarchie mit Summen anzeigen (Partner, Kunden, offene Leads, gewonnener Wert).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start at this partner instead of the top level.</source>
        <translation>Bei diesem Partner statt auf der obersten Ebene beginnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Show this many levels (default 3; 0 = all).</source>
        <translation>So viele Stufen anzeigen (Standard 3; 0 = alle).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+33"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Show at most this many partners per level (default 100; 0 = all).</source>
        <translation>Höchstens so viele Partner pro Stufe anzeigen (Standard 100; 0 = alle).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place a partner below another partner, or at the top level with --root.</source>
        <translation>Einen Partner unter einem anderen Partner einordnen oder mit --root auf die oberste Ebene setzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new parent partner.</source>
        <translation>Der neue übergeordnete Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the partner to the top level.</source>
        <translation>Den Partner auf die oberste Ebene verschieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Why, for the partners&apos; history.</source>
        <translation>Begründung, für die Partnerhistorie.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Let a distributor serve a reseller.</source>
        <translation>Einen Distributor einen Wiederverkäufer betreuen lassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>DISTRIBUTOR_CODE RESELLER_CODE</source>
        <translation>DISTRIBUTOR_CODE RESELLER_CODE</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Territory or product focus of the link.</source>
        <translation>Gebiets- oder Produktschwerpunkt der Verknüpfung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End a distributor&apos;s link to a reseller (kept as history; leads keep their attribution).</source>
        <translation>Die Verknüpfung eines Distributors mit einem Wiederverkäufer beenden (bleibt als Historie erhalten; Leads behalten ihre Zuordnung).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the distributors, each with the resellers below it or linked to it.</source>
        <translation>Die Distributoren auflisten, jeweils mit den Wiederverkäufern, die ihnen untergeordnet oder mit ihnen verknüpft sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show at most this many distributors (default 100; 0 = all).</source>
        <translation>Höchstens so viele Distributoren anzeigen (Standard 100; 0 = alle).</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+40"/>
        <source>%L1 more top-level partners not shown; use --limit to see more (0 = all).</source>
        <translation>%L1 weitere Partner der obersten Ebene nicht angezeigt; verwenden Sie --limit, um mehr zu sehen (0 = alle).</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Übergeordneter Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open leads</source>
        <translation>Offene Leads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won value</source>
        <translation>Gewonnener Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not shown</source>
        <translation>Nicht angezeigt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Give either --parent CODE or --root (to move the partner to the top level).</source>
        <translation>Geben Sie entweder --parent CODE oder --root an (um den Partner auf die oberste Ebene zu verschieben).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Moved %1 to the top level.</source>
        <translation>%1 auf die oberste Ebene verschoben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved %1 below %2.</source>
        <translation>%1 unter %2 verschoben.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 %2 now serves %3 %4.</source>
        <translation>%1 %2 betreut jetzt %3 %4.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 no longer serves %2.</source>
        <translation>%1 betreut %2 nicht mehr.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributor name</source>
        <translation>Name des Distributors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reseller name</source>
        <translation>Name des Wiederverkäufers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
</context>
<context>
    <name>NetworkStore</name>
    <message>
        <location filename="../core/network/networkstore.cpp" line="+37"/>
        <source>There is no partner with id %1.</source>
        <translation>Es gibt keinen Partner mit der ID %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 cannot be its own parent.</source>
        <translation>%1 kann nicht sein eigener übergeordneter Partner sein.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cannot be moved under %2, because %2 is below it (%3); a partner cannot be placed inside its own subtree.</source>
        <translation>%1 kann nicht unter %2 verschoben werden, weil %2 darunter liegt (%3); ein Partner kann nicht in seinen eigenen Teilbaum eingeordnet werden.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 is not a distributor; only partners of kind Distributor serve resellers.</source>
        <translation>%1 ist kein Distributor; nur Partner der Art Distributor betreuen Wiederverkäufer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be linked to itself.</source>
        <translation>%1 kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already serves %2.</source>
        <translation>%1 betreut %2 bereits.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>%1 does not serve %2.</source>
        <translation>%1 betreut %2 nicht.</translation>
    </message>
</context>
<context>
    <name>NetworkTree</name>
    <message>
        <location filename="../core/network/networktree.cpp" line="+20"/>
        <source>There is no partner with id %1.</source>
        <translation>Es gibt keinen Partner mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>Partner</name>
    <message>
        <location filename="../core/partners/partner.cpp" line="+28"/>
        <source>The name is required.</source>
        <translation>Der Name ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is longer than 200 characters.</source>
        <translation>Der Name ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code (for example DE, FR, US).</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 Alpha-2 (zum Beispiel DE, FR, US).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Geben Sie Breiten- und Längengrad an oder keines von beiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latitude must be between -90 and 90.</source>
        <translation>Der Breitengrad muss zwischen -90 und 90 liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longitude must be between -180 and 180.</source>
        <translation>Der Längengrad muss zwischen -180 und 180 liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A suspension needs a reason.</source>
        <translation>Eine Sperrung braucht einen Grund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weight cannot be negative.</source>
        <translation>Die Gewichtung darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The commission rate must be between 0 and 100 %.</source>
        <translation>Der Provisionssatz muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The contact&apos;s name is required.</source>
        <translation>Der Name des Ansprechpartners ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dealer</source>
        <translation>Händler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>Vertreter</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>PartnerStore</name>
    <message>
        <location filename="../core/partners/partnerstore.cpp" line="+219"/>
        <source>There is no partner with id %1.</source>
        <translation>Es gibt keinen Partner mit der ID %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no partner with the code %1.</source>
        <translation>Es gibt keinen Partner mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not find a free account number.</source>
        <translation>Es wurde keine freie Kontonummer gefunden.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>The code %1 is already used by another partner.</source>
        <translation>Die Nummer %1 wird bereits von einem anderen Partner verwendet.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The code cannot be empty.</source>
        <translation>Die Nummer darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Partner %1 was changed by someone else (by %2) since you opened it.</source>
        <translation>Partner %1 wurde von jemand anderem (%2) geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>The contact no longer exists.</source>
        <translation>Den Ansprechpartner gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact %1 was changed by someone else since you opened it.</source>
        <translation>Ansprechpartner %1 wurde von jemand anderem geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
</context>
<context>
    <name>PartnersCommands</name>
    <message>
        <location filename="../app/cli/partnerscommands.cpp" line="+48"/>
        <source>List partners, filtered and sorted.</source>
        <translation>Partner auflisten, gefiltert und sortiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show at most this many partners (default 100; 0 = all).</source>
        <translation>Höchstens so viele Partner anzeigen (Standard 100; 0 = alle).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show one partner: profile, contacts and history.</source>
        <translation>Einen Partner anzeigen: Profil, Ansprechpartner und Verlauf.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why, for the partner&apos;s history.</source>
        <translation>Der Grund, für den Verlauf des Partners.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Words that code, names, city, area or contacts start with.</source>
        <translation>Wörter, mit denen Nummer, Namen, Ort, Gebiet oder Ansprechpartner beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this kind: dealer, reseller, distributor or agent.</source>
        <translation>Nur diese Art: dealer, reseller, distributor oder agent.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this status: active, inactive or suspended.</source>
        <translation>Nur dieser Status: active, inactive oder suspended.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners of this level, e.g. Gold.</source>
        <translation>Nur Partner dieser Stufe, z. B. Gold.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Only partners in this country, e.g. DE.</source>
        <translation>Nur Partner in diesem Land, z. B. DE.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners in this area.</source>
        <translation>Nur Partner in diesem Gebiet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners of this account manager.</source>
        <translation>Nur Partner dieses Partnerbetreuers.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived partners instead of current ones.</source>
        <translation>Archivierte statt aktueller Partner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order by one of: %1 (default name).</source>
        <translation>Sortieren nach einem von: %1 (Standard: name).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descending order.</source>
        <translation>Absteigend sortieren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a kind; use dealer, reseller, distributor or agent.</source>
        <translation>&quot;%1&quot; ist keine Art; verwenden Sie dealer, reseller, distributor oder agent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a status; use active, inactive or suspended.</source>
        <translation>&quot;%1&quot; ist kein Status; verwenden Sie active, inactive oder suspended.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no level &quot;%1&quot;.</source>
        <translation>Es gibt keine Stufe &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no area &quot;%1&quot;.</source>
        <translation>Es gibt kein Gebiet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+72"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+73"/>
        <location line="+80"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+72"/>
        <source>Legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+76"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+80"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+80"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+84"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+78"/>
        <source>Account manager</source>
        <translation>Partnerbetreuer</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+103"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+96"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+69"/>
        <source>Commission rate (%)</source>
        <translation>Provisionssatz (%)</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+69"/>
        <source>Margin reseller</source>
        <translation>Margenhändler</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Showing the first %L1 partners; use --limit to see more (0 = all).</source>
        <translation>Die ersten %L1 Partner werden angezeigt; mit --limit sehen Sie mehr (0 = alle).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Status reason</source>
        <translation>Statusgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status since</source>
        <translation>Status seit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight override</source>
        <translation>Abweichende Gewichtung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control account</source>
        <translation>Sammelkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+25"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived at</source>
        <translation>Archiviert am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary</source>
        <translation>Hauptansprechpartner</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+25"/>
        <location line="+47"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Archive partners (all or none: one transaction).</source>
        <translation>Partner archivieren (alle oder keiner: eine Transaktion).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>CODE...</source>
        <translation>CODE...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring archived partners back (all or none: one transaction).</source>
        <translation>Archivierte Partner zurückholen (alle oder keiner: eine Transaktion).</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Partner %1 (%2) is already archived.</source>
        <translation>Partner %1 (%2) ist bereits archiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner %1 (%2) is not archived.</source>
        <translation>Partner %1 (%2) ist nicht archiviert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Archived partner %1 (%2).</source>
        <translation>Partner %1 (%2) archiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored partner %1 (%2).</source>
        <translation>Partner %1 (%2) wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>PayoutsCommands</name>
    <message>
        <location filename="../app/cli/payoutscommands.cpp" line="+19"/>
        <source>Show or set the account payouts are paid from.</source>
        <translation>Das Konto zeigen oder festlegen, von dem Auszahlungen gezahlt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account holder.</source>
        <translation>Der Kontoinhaber.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s IBAN.</source>
        <translation>Die IBAN des Kontos.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <location line="+64"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>The bank&apos;s BIC (optional).</source>
        <translation>Die BIC der Bank (optional).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <location line="+63"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Pay the approved statements of a currency: write a SEPA credit transfer file (pain.001.001.03) and mark them paid.</source>
        <translation>Die freigegebenen Abrechnungen einer Währung auszahlen: eine SEPA-Überweisungsdatei (pain.001.001.03) schreiben und sie als bezahlt markieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the statements of this period (default: all approved).</source>
        <translation>Nur die Abrechnungen dieses Zeitraums (Standard: alle freigegebenen).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The currency (EUR for SEPA).</source>
        <translation>Die Währung (EUR für SEPA).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the bank should pay (default: tomorrow).</source>
        <translation>Wann die Bank zahlen soll (Standard: morgen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what would be paid and left out; write nothing.</source>
        <translation>Zeigen, was gezahlt und was ausgelassen würde; nichts schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the payouts, newest first.</source>
        <translation>Die Auszahlungen auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the payouts that paid this partner.</source>
        <translation>Nur die Auszahlungen an diesen Partner.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the currency with --currency, e.g. --currency EUR.</source>
        <translation>Geben Sie die Währung mit --currency an, z. B. --currency EUR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the file to write with --out FILE.</source>
        <translation>Geben Sie die zu schreibende Datei mit --out DATEI an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Wrote %1: %n transfer(s), %2 %3.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Überweisung, %2 %3.</numerusform>
            <numerusform>%1 geschrieben: %n Überweisungen, %2 %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out %1 %2 (%3 %4): %5</source>
        <translation>Ausgelassen: %1 %2 (%3 %4): %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Periods</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount to the partner</source>
        <translation>Betrag an den Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statements</source>
        <translation>Abrechnungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>ProgressBar</name>
    <message>
        <location filename="../app/cli/progressbar.cpp" line="+49"/>
        <source>%1 / %2</source>
        <extracomment>Progress: done of total, e.g. &quot;12,000 / 1,000,000&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ReadError</name>
    <message>
        <location filename="../ui/shared/readerror.cpp" line="+14"/>
        <source>Could not read %1: %2</source>
        <extracomment>A read for a list or a page failed: what was read, then the reason</extracomment>
        <translation>Nicht lesbar – %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could Not Read</source>
        <translation>Lesen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ReportsCommands</name>
    <message>
        <location filename="../app/cli/reportscommands.cpp" line="+17"/>
        <source>First day, YYYY-MM-DD (leads by creation, deals by closing).</source>
        <translation>Erster Tag, JJJJ-MM-TT (Leads nach Erstellung, Deals nach Abschluss).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+56"/>
        <location line="+1"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+57"/>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Letzter Tag, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Only leads this distributor submitted.</source>
        <translation>Nur Leads, die dieser Distributor eingereicht hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only leads of partners of this kind: dealer, reseller, distributor or agent.</source>
        <translation>Nur Leads von Partnern dieser Art: dealer, reseller, distributor oder agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only leads in this status now.</source>
        <translation>Nur Leads, die sich jetzt in diesem Status befinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leads per distributor: submitted, assigned, accepted, declined, converted, lost.</source>
        <translation>Leads pro Distributor: eingereicht, zugewiesen, angenommen, abgelehnt, umgewandelt, verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversion rate of assigned leads by distributor, or by reseller with --by reseller.</source>
        <translation>Umwandlungsquote zugewiesener Leads nach Distributor oder mit --by reseller nach Wiederverkäufer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>distributor (default) or reseller.</source>
        <translation>distributor (Standard) oder reseller.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+12"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Each distributor&apos;s resellers: leads, accepted, converted, deals won and lost.</source>
        <translation>Wiederverkäufer jedes Distributors: Leads, angenommen, umgewandelt, gewonnene und verlorene Deals.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value of won deals per currency, by partner level or by area with --by area.</source>
        <translation>Wert gewonnener Deals pro Währung, nach Partnerstufe oder mit --by area nach Gebiet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>level (default) or area.</source>
        <translation>level (Standard) oder area.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settled commission per currency, by distributor (default), reseller, level or period.</source>
        <translation>Abgerechnete Provision je Währung, nach Distributor (Standard), Reseller, Stufe oder Zeitraum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day, YYYY-MM-DD (of the commission lines).</source>
        <translation>Erster Tag, JJJJ-MM-TT (der Provisionspositionen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>distributor (default), reseller, level or period.</source>
        <translation>distributor (Standard), reseller, level oder period.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--from is after --to.</source>
        <translation>--from liegt nach --to.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a segment; use dealer, reseller, distributor or agent.</source>
        <translation>„%1“ ist kein Segment; verwenden Sie dealer, reseller, distributor oder agent.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use --by distributor or --by reseller.</source>
        <translation>Verwenden Sie --by distributor oder --by reseller.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use --by level or --by area.</source>
        <translation>Verwenden Sie --by level oder --by area.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Use --by distributor, reseller, level or period.</source>
        <translation>Verwenden Sie --by distributor, reseller, level oder period.</translation>
    </message>
</context>
<context>
    <name>RollUpQuery</name>
    <message>
        <location filename="../core/network/rollupquery.cpp" line="+79"/>
        <source>There is no partner with id %1.</source>
        <translation>Es gibt keinen Partner mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <location filename="../core/commissions/statementpdf.cpp" line="+28"/>
        <location line="+56"/>
        <source>Commission statement %1</source>
        <translation>Provisionsabrechnung %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Earned in the period (%n line(s))</source>
        <translation>
            <numerusform>Verdient im Zeitraum (%n Position)</numerusform>
            <numerusform>Verdient im Zeitraum (%n Positionen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carried in from earlier statements</source>
        <translation>Übertrag aus früheren Abrechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payable</source>
        <translation>Auszahlbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carried to the next statement</source>
        <translation>Übertrag auf die nächste Abrechnung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No statement for %1.</source>
        <translation>Keine Abrechnung für %1.</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <location filename="../core/io/tablefile.cpp" line="+42"/>
        <location line="+54"/>
        <source>The file could not be created: %1</source>
        <translation>Die Datei konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The workbook could not be created.</source>
        <translation>Die Arbeitsmappe konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file could not be written: it cannot replace %1.</source>
        <translation>Die Datei konnte nicht geschrieben werden: sie kann %1 nicht ersetzen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The workbook could not be written: %1</source>
        <translation>Die Arbeitsmappe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>An Excel worksheet holds at most %L1 rows, and the list has %L2; export it as CSV or narrow the filter.</source>
        <translation>Ein Excel-Arbeitsblatt fasst höchstens %L1 Zeilen, die Liste hat %L2; exportieren Sie sie als CSV oder schränken Sie den Filter ein.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The file was not opened.</source>
        <translation>Die Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <location filename="../core/agreements/taskstore.cpp" line="+142"/>
        <source>There is no task with id %1.</source>
        <translation>Es gibt keine Aufgabe mit der ID %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A task needs a title.</source>
        <translation>Eine Aufgabe benötigt einen Titel.</translation>
    </message>
</context>
<context>
    <name>TimelineEvent</name>
    <message>
        <location filename="../core/timeline/timelinestore.cpp" line="+17"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business nature</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control account</source>
        <translation>Sammelkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status reason</source>
        <translation>Statusgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead weight override</source>
        <translation>Abweichende Lead-Gewichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account manager</source>
        <translation>Partnerbetreuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary contact</source>
        <translation>Hauptansprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lead %1 created</source>
        <translation>Lead %1 erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead %1 submitted for a reseller</source>
        <translation>Lead %1 für einen Wiederverkäufer eingereicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead %1 assigned</source>
        <translation>Lead %1 zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead %1 given to another partner</source>
        <translation>Lead %1 einem anderen Partner zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead %1 accepted</source>
        <translation>Lead %1 angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead %1 declined</source>
        <translation>Lead %1 abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead %1 could not be routed</source>
        <translation>Lead %1 konnte nicht verteilt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead %1 changed</source>
        <translation>Lead %1 geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead %1 converted to a deal</source>
        <translation>Lead %1 in einen Deal umgewandelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead %1 lost</source>
        <translation>Lead %1 verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal moved to stage %1</source>
        <translation>Deal in Phase %1 verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal value changed to %1</source>
        <translation>Deal-Wert auf %1 geändert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 von %2 in %3 geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status changed from %1 to %2</source>
        <translation>Status von %1 in %2 geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored from the archive</source>
        <translation>Aus dem Archiv wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact %1 added</source>
        <translation>Ansprechpartner %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact %1: %2 changed from %3 to %4</source>
        <translation>Ansprechpartner %1: %2 von %3 in %4 geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact %1 removed</source>
        <translation>Ansprechpartner %1 entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer %1 assigned</source>
        <translation>Kunde %1 zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer %1 moved to another partner</source>
        <translation>Kunde %1 einem anderen Partner zugeordnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary partner changed from %1 to %2</source>
        <translation>Zuständiger Partner von %1 in %2 geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved from %1 to %2</source>
        <translation>Von %1 nach %2 verschoben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 placed below this partner (before: %2)</source>
        <translation>%1 unter diesem Partner eingeordnet (vorher: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 moved away to %2</source>
        <translation>%1 nach %2 verschoben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Served by distributor %1</source>
        <translation>Betreut von Distributor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves reseller %1</source>
        <translation>Betreut Wiederverkäufer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer served by distributor %1</source>
        <translation>Nicht mehr betreut von Distributor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer serves reseller %1</source>
        <translation>Betreut Wiederverkäufer %1 nicht mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distributor link focus changed from %1 to %2</source>
        <translation>Schwerpunkt der Distributor-Verknüpfung von %1 in %2 geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement %1 prepared</source>
        <translation>Vertrag %1 vorbereitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement %1 moved from %2 to %3</source>
        <translation>Vertrag %1 von %2 nach %3 verschoben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement %1: document %2 stored</source>
        <translation>Vertrag %1: Dokument %2 gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement %1: contract period %2 added</source>
        <translation>Vertrag %1: Vertragszeitraum %2 hinzugefügt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No commission plan from %1 on</source>
        <translation>Kein Provisionsplan ab %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission plan %1 from %2 on</source>
        <translation>Provisionsplan %1 ab %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission override for customer %1 ended from %2 on</source>
        <translation>Provisions-Sonderregel für Kunde %1 ab %2 beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission override for customer %1: %2 from %3 on</source>
        <translation>Provisions-Sonderregel für Kunde %1: %2 ab %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commission split of customer %1 ended from %2 on</source>
        <translation>Provisionsaufteilung von Kunde %1 ab %2 beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission split of customer %1: %2 from %3 on</source>
        <translation>Provisionsaufteilung von Kunde %1: %2 ab %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission statement %1 settled: %2</source>
        <translation>Provisionsabrechnung %1 erstellt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission statement %1 approved: %2</source>
        <translation>Provisionsabrechnung %1 freigegeben: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission statement %1 paid: %2</source>
        <translation>Provisionsabrechnung %1 bezahlt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/common/accountnumber.cpp" line="+56"/>
        <source>The account number is empty.</source>
        <translation>Die Kontonummer ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account number starts with a space.</source>
        <translation>Die Kontonummer beginnt mit einem Leerzeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account number ends with a space.</source>
        <translation>Die Kontonummer endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account number has at most %1 characters; this one has %2.</source>
        <translation>Eine Kontonummer hat höchstens %1 Zeichen; diese hat %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The character %1 at position %2 is not allowed in an account number; use letters A to Z, digits and - _ . / only.</source>
        <translation>Das Zeichen %1 an Position %2 ist in einer Kontonummer nicht erlaubt; verwenden Sie nur die Buchstaben A bis Z, Ziffern und - _ . /.</translation>
    </message>
    <message>
        <location filename="../core/common/bic.cpp" line="+20"/>
        <source>The character %1 at position %2 is not allowed; a BIC has only the letters A to Z and the digits 0 to 9.</source>
        <translation>Das Zeichen %1 an Position %2 ist nicht erlaubt; eine BIC besteht nur aus den Buchstaben A bis Z und den Ziffern 0 bis 9.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The BIC is empty.</source>
        <translation>Die BIC ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A BIC has 8 or 11 characters; this one has %1.</source>
        <translation>Eine BIC hat 8 oder 11 Zeichen; diese hat %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first four characters of a BIC are the bank code and are letters; “%1” in “%2” is a digit.</source>
        <translation>Die ersten vier Zeichen einer BIC sind der Bankcode und bestehen aus Buchstaben; „%1“ in „%2“ ist eine Ziffer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Characters 5 and 6 of a BIC are the bank&apos;s country; “%1” is not an ISO 3166 country code.</source>
        <translation>Die Zeichen 5 und 6 einer BIC geben das Land der Bank an; „%1“ ist kein Ländercode nach ISO 3166.</translation>
    </message>
    <message>
        <location filename="../core/common/decimal.cpp" line="+89"/>
        <source>The percentage has no number before the “%”.</source>
        <translation>Vor dem „%“ steht keine Zahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rate is empty.</source>
        <translation>Der Satz ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write rates with a dot before the decimals; “%1” has a comma at position %2.</source>
        <translation>Schreiben Sie Sätze mit einem Punkt vor den Dezimalstellen; „%1“ hat an Position %2 ein Komma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The character %1 at position %2 is not allowed in a rate; write it as 12.5% or 0.125.</source>
        <translation>Das Zeichen %1 an Position %2 ist in einem Satz nicht erlaubt; schreiben Sie ihn als 12.5% oder 0.125.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rate “%1” has no digits.</source>
        <translation>Der Satz „%1“ enthält keine Ziffern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A percentage has at most %1 decimal places; “%2” has %3.</source>
        <translation>Ein Prozentwert hat höchstens %1 Dezimalstellen; „%2“ hat %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rate has at most %1 decimal places; “%2” has %3.</source>
        <translation>Ein Satz hat höchstens %1 Dezimalstellen; „%2“ hat %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rate “%1” is too large; the largest is %2.</source>
        <translation>Der Satz „%1“ ist zu groß; der größte Wert ist %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../core/common/money.cpp" line="+35"/>
        <source>An amount without a valid currency cannot be used in a calculation.</source>
        <translation>Ein Betrag ohne gültige Währung kann nicht in einer Berechnung verwendet werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../core/common/money.cpp" line="+17"/>
        <source>The result is too large for an amount in %1.</source>
        <translation>Das Ergebnis ist zu groß für einen Betrag in %1.</translation>
    </message>
    <message>
        <location filename="../core/common/email.cpp" line="+33"/>
        <source>The character %1 at position %2 is not allowed in an email address.</source>
        <translation>Das Zeichen %1 an Position %2 ist in einer E-Mail-Adresse nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The email address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address cannot contain spaces; there is one at position %1.</source>
        <translation>Eine E-Mail-Adresse darf keine Leerzeichen enthalten; an Position %1 steht eines.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An email address has at most %1 characters; this one has %2.</source>
        <translation>Eine E-Mail-Adresse hat höchstens %1 Zeichen; diese hat %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An email address needs an “@” between the name and the domain.</source>
        <translation>Eine E-Mail-Adresse braucht ein „@“ zwischen Name und Domain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An email address has one “@”; this one has %1.</source>
        <translation>Eine E-Mail-Adresse hat genau ein „@“; diese hat %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing before the “@”.</source>
        <translation>Vor dem „@“ steht nichts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part before the “@” has at most %1 characters; this one has %2.</source>
        <translation>Der Teil vor dem „@“ hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The part before the “@” cannot start or end with a dot or have two dots in a row.</source>
        <translation>Der Teil vor dem „@“ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no domain after the “@”.</source>
        <translation>Nach dem „@“ fehlt die Domain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The domain “%1” has no dot; a full domain looks like example.com.</source>
        <translation>Die Domain „%1“ enthält keinen Punkt; eine vollständige Domain sieht aus wie example.com.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The domain “%1” has an empty part: it starts or ends with a dot or has two dots in a row.</source>
        <translation>Die Domain „%1“ hat einen leeren Teil: sie beginnt oder endet mit einem Punkt oder enthält zwei Punkte hintereinander.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part “%1” of the domain cannot start or end with a hyphen.</source>
        <translation>Der Teil „%1“ der Domain darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part “%1” of the domain has more than %2 characters.</source>
        <translation>Der Teil „%1“ der Domain hat mehr als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The domain “%1” ends in a number; it should end in a name such as com or de.</source>
        <translation>Die Domain „%1“ endet mit einer Zahl; sie sollte mit einem Namen wie com oder de enden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain “%1” ends in “%2”, which is too short to be a top-level domain such as com or de.</source>
        <translation>Die Domain „%1“ endet mit „%2“; das ist zu kurz für eine Top-Level-Domain wie com oder de.</translation>
    </message>
    <message>
        <location filename="../core/common/iban.cpp" line="+84"/>
        <source>The character %1 at position %2 is not allowed; an IBAN has only the letters A to Z and the digits 0 to 9.</source>
        <translation>Das Zeichen %1 an Position %2 ist nicht erlaubt; eine IBAN besteht nur aus den Buchstaben A bis Z und den Ziffern 0 bis 9.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IBAN is empty.</source>
        <translation>Die IBAN ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An IBAN starts with a two-letter country code; “%1” is not one.</source>
        <translation>Eine IBAN beginnt mit einem zweistelligen Ländercode; „%1“ ist keiner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not use IBANs; it is not in the IBAN registry.</source>
        <translation>Das Land %1 verwendet keine IBAN; es ist nicht im IBAN-Register verzeichnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a country code, so this is not an IBAN.</source>
        <translation>„%1“ ist kein Ländercode, daher ist dies keine IBAN.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An IBAN from %1 has %2 characters; this one has %3.</source>
        <translation>Eine IBAN des Landes %1 hat %2 Zeichen; diese hat %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Characters 3 and 4 of an IBAN are check digits; “%1” is not a number.</source>
        <translation>Die Zeichen 3 und 4 einer IBAN sind die Prüfziffern; „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IBAN check digits are between 02 and 98; “%1” is never used.</source>
        <translation>IBAN-Prüfziffern liegen zwischen 02 und 98; „%1“ kommt nie vor.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>In an IBAN from %1 the character at position %2 (counted without spaces) is a digit; “%3” is not.</source>
        <translation>In einer IBAN aus %1 steht an Position %2 (ohne Leerzeichen gezählt) eine Ziffer; „%3“ ist keine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In an IBAN from %1 the character at position %2 (counted without spaces) is a letter; “%3” is not.</source>
        <translation>In einer IBAN aus %1 steht an Position %2 (ohne Leerzeichen gezählt) ein Buchstabe; „%3“ ist keiner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IBAN check digits do not match (mod-97 remainder is %1, expected 1); a character is probably mistyped or swapped.</source>
        <translation>Die IBAN-Prüfziffern stimmen nicht (Rest modulo 97 ist %1, erwartet 1); wahrscheinlich ist ein Zeichen falsch eingegeben oder vertauscht.</translation>
    </message>
    <message>
        <location filename="../core/common/money.cpp" line="-13"/>
        <source>Cannot subtract an amount in %2 from one in %1; convert it first.</source>
        <translation>Ein Betrag in %2 kann nicht von einem Betrag in %1 abgezogen werden; rechnen Sie ihn zuerst um.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot add amounts in different currencies (%1 and %2); convert one first.</source>
        <translation>Beträge in verschiedenen Währungen (%1 und %2) können nicht addiert werden; rechnen Sie zuerst einen um.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The currency is missing.</source>
        <translation>Die Währung fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A currency is a three-letter ISO 4217 code in capitals such as EUR or USD; “%1” is not.</source>
        <translation>Eine Währung ist ein dreistelliger ISO-4217-Code in Großbuchstaben wie EUR oder USD; „%1“ ist keiner.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The amount is empty.</source>
        <translation>Der Betrag ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write amounts with a dot before the decimals and without thousands separators; “%1” has a comma at position %2.</source>
        <translation>Schreiben Sie Beträge mit einem Punkt vor den Dezimalstellen und ohne Tausendertrennzeichen; „%1“ hat an Position %2 ein Komma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The character %1 at position %2 is not allowed in an amount; write digits with an optional sign and a dot before the decimals, as in -1234.50.</source>
        <translation>Das Zeichen %1 an Position %2 ist in einem Betrag nicht erlaubt; schreiben Sie Ziffern mit optionalem Vorzeichen und einem Punkt vor den Dezimalstellen, wie in -1234.50.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount “%1” has no digits.</source>
        <translation>Der Betrag „%1“ enthält keine Ziffern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amounts in %1 have no decimal places; “%2” has %3.</source>
        <translation>Beträge in %1 haben keine Dezimalstellen; „%2“ hat %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amounts in %1 have at most %2 decimal places; “%3” has %4.</source>
        <translation>Beträge in %1 haben höchstens %2 Dezimalstellen; „%3“ hat %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount “%1” is too large; amounts in %2 go up to %3.</source>
        <translation>Der Betrag „%1“ ist zu groß; Beträge in %2 reichen bis %3.</translation>
    </message>
</context>
<context>
    <name>cd::AgreementBoardView</name>
    <message>
        <location filename="../ui/agreements/agreementboardview.cpp" line="+127"/>
        <source>the agreements on the board</source>
        <translation>Verträge auf dem Board</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:#757575&quot;&gt;%2&lt;/span&gt;</source>
        <extracomment>Kanban column header (rich text): stage name, number of agreements</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:#757575&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>&amp;Open Agreement</source>
        <translation>Vertrag ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Partner</source>
        <translation>&amp;Partner öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
</context>
<context>
    <name>cd::AgreementCardDelegate</name>
    <message>
        <location filename="../ui/agreements/agreementcarddelegate.cpp" line="+73"/>
        <source>no period</source>
        <translation>kein Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ends today</source>
        <translation>endet heute</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 · %2</source>
        <extracomment>Kanban card second line: agreement number, agreement type</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no owner</source>
        <translation>kein Verantwortlicher</translation>
    </message>
</context>
<context>
    <name>cd::AgreementEditor</name>
    <message>
        <location filename="../ui/agreements/agreementeditor.cpp" line="+18"/>
        <source>Open &amp;Partner</source>
        <translation>&amp;Partner öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eriods</source>
        <translation>&amp;Zeiträume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ocuments</source>
        <translation>D&amp;okumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <location filename="../ui/agreements/agreementeditortabs.cpp" line="+13"/>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 7.5% or 0.075</source>
        <translation>z. B. 7.5% oder 0.075</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default commission rate for the partner, exact to a ten-thousandth of a percent</source>
        <translation>Standard-Provisionssatz für den Partner, genau auf ein Zehntausendstel Prozent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Commission rate:</source>
        <translation>Pro&amp;visionssatz:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Terms:</source>
        <translation>&amp;Bedingungen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auto-renew</source>
        <translation>Autom. Verlängerung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Renewal term</source>
        <translation>Verlängerungslaufzeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Period…</source>
        <translation>Zeitraum &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+57"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+57"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Upload Version…</source>
        <translation>Version &amp;hochladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generate PDF</source>
        <translation>PDF &amp;erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the agreement template with the partner&apos;s and the agreement&apos;s data</source>
        <translation>Die Vertragsvorlage mit den Daten des Partners und des Vertrags füllen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open with System &amp;Viewer</source>
        <translation>Mit System&amp;betrachter öffnen</translation>
    </message>
    <message>
        <location filename="../ui/agreements/agreementeditor.cpp" line="+378"/>
        <location filename="../ui/agreements/agreementeditortabs.cpp" line="+13"/>
        <source>Select a PDF version to preview it.</source>
        <translation>Wählen Sie eine PDF-Version aus, um eine Vorschau anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/agreementeditortabs.cpp" line="+30"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark &amp;Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../ui/agreements/agreementeditor.cpp" line="-356"/>
        <location line="+87"/>
        <source>%1 – %2</source>
        <extracomment>Agreement tab title: number, partner
----------
Agreement page heading: number, partner</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>%1*</source>
        <extracomment>Editor title with unsaved changes</extracomment>
        <translation>%1*</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter a commission rate, 0% if there is none.</source>
        <translation>Geben Sie einen Provisionssatz ein, 0%, falls keiner vorhanden ist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the agreement&apos;s partner</source>
        <translation>Partner des Vertrags</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the agreement types</source>
        <translation>Vertragsarten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no contract period</source>
        <translation>kein Vertragszeitraum</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends today</source>
        <translation>endet heute</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>ends %1, in %n day(s)</source>
        <translation>
            <numerusform>endet am %1, in %n Tag</numerusform>
            <numerusform>endet am %1, in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signed %1</source>
        <translation>unterzeichnet am %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>terminated %1: %2</source>
        <translation>gekündigt am %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the contract periods</source>
        <translation>Vertragslaufzeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the document versions</source>
        <translation>Dokumentversionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (signed)</source>
        <extracomment>Document version marked as the partner&apos;s signed copy</extracomment>
        <translation>%1 (unterzeichnet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (generated)</source>
        <extracomment>Document version generated from the template</extracomment>
        <translation>%1 (erzeugt)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (daily job)</source>
        <translation>%1 (täglicher Job)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Save or undo the changes before moving the agreement.</source>
        <translation>Speichern oder verwerfen Sie die Änderungen, bevor Sie den Vertrag verschieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>The move was cancelled.</source>
        <translation>Das Verschieben wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Only PDF versions can be previewed here; open this one with the system viewer.</source>
        <translation>Hier können nur PDF-Versionen angezeigt werden; öffnen Sie diese Version mit dem Systembetrachter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PDF could not be read.</source>
        <translation>Das PDF konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No program is set up to open %1.</source>
        <translation>Es ist kein Programm zum Öffnen von %1 eingerichtet.</translation>
    </message>
    <message>
        <location filename="../ui/agreements/agreementeditortabs.cpp" line="+20"/>
        <source>Add Period</source>
        <translation>Zeitraum hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews automatically</source>
        <translation>Verlängert sich automatisch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notice:</source>
        <translation>&amp;Kündigungsfrist:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Renewal term:</source>
        <translation>&amp;Verlängerungslaufzeit:</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>Upload Document Version</source>
        <translation>Dokumentversion hochladen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Documents (*.pdf *.docx *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Dokumente (*.pdf *.docx *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note for version of “%1” (optional):</source>
        <translation>Notiz zur Version von „%1“ (optional):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Is this the copy signed by the partner?</source>
        <translation>Ist dies das vom Partner unterzeichnete Exemplar?</translation>
    </message>
</context>
<context>
    <name>cd::AgreementKanbanModel</name>
    <message>
        <location filename="../ui/agreements/agreementkanbanmodel.cpp" line="+332"/>
        <source>%1 (%2)</source>
        <extracomment>Kanban column header: stage name, number of agreements</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n agreement(s) in %1</source>
        <translation>
            <numerusform>%n Vertrag in %1</numerusform>
            <numerusform>%n Verträge in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 – %2</source>
        <extracomment>Kanban card as text (accessibility, copy): agreement number, partner name</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
%2, no contract period</source>
        <translation>%1
%2, kein Vertragszeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2, ends %3</source>
        <translation>%1
%2, endet am %3</translation>
    </message>
    <message>
        <location filename="../ui/agreements/agreementkanbanmoves.cpp" line="+148"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement no longer exists.</source>
        <translation>Der Vertrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The move was cancelled.</source>
        <translation>Das Verschieben wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>cd::AgreementMoveDialog</name>
    <message>
        <location filename="../ui/agreements/agreementmovedialog.cpp" line="+21"/>
        <source>Move Agreement</source>
        <translation>Vertrag verschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move %1 from %2 to %3.</source>
        <extracomment>Move dialog: agreement number, old stage, new stage</extracomment>
        <translation>%1 von %2 nach %3 verschieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Signed on:</source>
        <translation>&amp;Unterzeichnet am:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Terminated on:</source>
        <translation>&amp;Gekündigt am:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
</context>
<context>
    <name>cd::AgreementTableModel</name>
    <message>
        <location filename="../ui/agreements/agreementtablemodel.cpp" line="+23"/>
        <source>no period</source>
        <translation>kein Zeitraum</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (expired %n day(s) ago)</source>
        <extracomment>List cell: end date, days since it passed</extracomment>
        <translation>
            <numerusform>%1 (seit %n Tag abgelaufen)</numerusform>
            <numerusform>%1 (seit %n Tagen abgelaufen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%n day(s))</source>
        <extracomment>List cell: end date, days left</extracomment>
        <translation>
            <numerusform>%1 (%n Tag)</numerusform>
            <numerusform>%1 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>cd::AgreementsView</name>
    <message>
        <location filename="../ui/agreements/agreementsview.cpp" line="+40"/>
        <source>Search number or partner…</source>
        <translation>Nummer oder Partner suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner of the agreement</source>
        <translation>Verantwortlicher für den Vertrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All partner kinds</source>
        <translation>Alle Partnerarten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of partner</source>
        <translation>Art des Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All areas</source>
        <translation>Alle Gebiete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The partner&apos;s area</source>
        <translation>Gebiet des Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type of agreement</source>
        <translation>Vertragstyp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any end date</source>
        <translation>Beliebiges Enddatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ending within </source>
        <translation>Endet innerhalb von </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only agreements whose current period ends within this many days</source>
        <translation>Nur Verträge, deren aktueller Vertragszeitraum innerhalb dieser Anzahl von Tagen endet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the agreements the filters show to a CSV file or an Excel workbook</source>
        <translation>Die in den Filtern angezeigten Verträge in eine CSV-Datei oder eine Excel-Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New Agreement…</source>
        <translation>&amp;Neuer Vertrag…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>the users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agreement types</source>
        <translation>Vertragsarten</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+21"/>
        <source>Export Agreements</source>
        <translation>Verträge exportieren</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+26"/>
        <source>agreements.csv</source>
        <translation>agreements.csv</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreements</source>
        <translation>Verträge</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln Vertrag</numerusform>
            <numerusform>%Ln Verträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting agreements…</source>
        <translation>Verträge werden exportiert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreements exported to %1.</source>
        <translation>Verträge nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>cd::BreadcrumbBar</name>
    <message>
        <location filename="../ui/shared/breadcrumbbar.cpp" line="+16"/>
        <source>The partners above this one in the network; click one to open it</source>
        <translation>Die übergeordneten Partner im Netzwerk; klicken Sie auf einen, um ihn zu öffnen</translation>
    </message>
</context>
<context>
    <name>cd::CommissionLineModel</name>
    <message>
        <location filename="../ui/commissions/commissionmodels.cpp" line="+166"/>
        <source>%1 (adjusts %2)</source>
        <translation>%1 (korrigiert %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tiers</source>
        <translation>Staffeln</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>cd::CommissionsView</name>
    <message>
        <location filename="../ui/commissions/commissionsview.cpp" line="+35"/>
        <source>Settle…</source>
        <translation>Abrechnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Freigeben …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay…</source>
        <translation>Auszahlen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the period&apos;s draft statements (once; later documents become adjustments of the next period).</source>
        <translation>Die Abrechnungsentwürfe des Zeitraums schreiben (einmal; spätere Belege werden Korrekturen des nächsten Zeitraums).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the period&apos;s draft statements; approved statements never change.</source>
        <translation>Die Abrechnungsentwürfe des Zeitraums freigeben; freigegebene Abrechnungen ändern sich nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay the approved statements: a SEPA credit transfer file for the bank.</source>
        <translation>Die freigegebenen Abrechnungen auszahlen: eine SEPA-Überweisungsdatei für die Bank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans…</source>
        <translation>Pläne …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commission plans: fixed rates, tiers, caps, cascades.</source>
        <translation>Die Provisionspläne: feste Sätze, Staffeln, Obergrenzen, Kaskaden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Lines of the statement chosen, and why each is there:</source>
        <translation>Positionen der gewählten Abrechnung und warum jede da ist:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Commissions</source>
        <translation>Provisionen</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln Abrechnung</numerusform>
            <numerusform>%Ln Abrechnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+163"/>
        <source>No database is open.</source>
        <translation>Keine Datenbank ist geöffnet.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is settled; nobody earned anything in it.</source>
        <translation>%1 ist abgerechnet; niemand hat darin etwas verdient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing earned in %1 so far.</source>
        <translation>In %1 bisher nichts verdient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled. Payable: %1</source>
        <translation>Abgerechnet. Auszahlbar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview, nothing written yet. Payable: %1</source>
        <translation>Vorschau, noch nichts geschrieben. Auszahlbar: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the lines of %1…</source>
        <translation>Die Zeilen von %1 werden gelesen…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Settling %1…</source>
        <translation>%1 wird abgerechnet …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approving %1…</source>
        <translation>%1 wird freigegeben …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paying…</source>
        <translation>Wird ausgezahlt …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settle %1</source>
        <translation>%1 abrechnen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Write %n draft statement(s) for %1? A period is settled once; whatever arrives for it later is settled with the next period.</source>
        <translation>
            <numerusform>%n Abrechnungsentwurf für %1 schreiben? Ein Zeitraum wird einmal abgerechnet; was später dafür eintrifft, wird mit dem nächsten Zeitraum abgerechnet.</numerusform>
            <numerusform>%n Abrechnungsentwürfe für %1 schreiben? Ein Zeitraum wird einmal abgerechnet; was später dafür eintrifft, wird mit dem nächsten Zeitraum abgerechnet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settle</source>
        <translation>Abrechnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve every draft statement of %1? Approved statements never change.</source>
        <translation>Jeden Abrechnungsentwurf von %1 freigeben? Freigegebene Abrechnungen ändern sich nie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <location line="+2"/>
        <source>Pay</source>
        <translation>Auszahlen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the credit transfer file</source>
        <translation>Die Überweisungsdatei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEPA credit transfer (*.xml)</source>
        <translation>SEPA-Überweisung (*.xml)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The credit transfer file is written and the statements paid are marked. Partners that could not be paid keep their approved statements; the command line&apos;s payouts create lists why.</source>
        <translation>Die Überweisungsdatei ist geschrieben und die bezahlten Abrechnungen sind markiert. Partner, die nicht bezahlt werden konnten, behalten ihre freigegebenen Abrechnungen; „payouts create“ auf der Kommandozeile nennt den Grund.</translation>
    </message>
</context>
<context>
    <name>cd::ConflictDialog</name>
    <message>
        <location filename="../ui/shared/conflictdialog.cpp" line="+11"/>
        <location line="+1"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Reload shows their version and discards your changes. Overwrite saves your values over theirs.</source>
        <translation>%1

„Neu laden“ zeigt die andere Fassung und verwirft Ihre Änderungen. „Überschreiben“ speichert Ihre Werte anstelle der anderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
</context>
<context>
    <name>cd::ContactDialog</name>
    <message>
        <location filename="../ui/partners/contactdialog.cpp" line="+23"/>
        <source>New contact</source>
        <translation>Neuer Ansprechpartner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact</source>
        <translation>Ansprechpartner bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rimary contact of the partner</source>
        <translation>&amp;Hauptansprechpartner des Partners</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The contact no longer exists.</source>
        <translation>Den Ansprechpartner gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>cd::ContactsModel</name>
    <message>
        <location filename="../ui/partners/contactsmodel.cpp" line="+85"/>
        <source>%1 is the primary contact</source>
        <translation>%1 ist der Hauptansprechpartner</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>cd::CountryComboBox</name>
    <message>
        <location filename="../ui/shared/countrycombobox.cpp" line="+10"/>
        <source>(none)</source>
        <translation>(kein Land)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (unknown code)</source>
        <translation>%1 (unbekannter Code)</translation>
    </message>
</context>
<context>
    <name>cd::CustomerEditor</name>
    <message>
        <location filename="../ui/customers/customereditor.cpp" line="+59"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated on save</source>
        <translation>Wird beim Speichern vergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;de:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. SMB, Enterprise, Public</source>
        <translation>z. B. SMB, Enterprise, Public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Street:</source>
        <translation>St&amp;raße:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;ostcode:</source>
        <translation>&amp;PLZ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Primary partner</source>
        <translation>Zuständiger Partner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The partner who serves this customer and earns on its business. A direct customer is served by the company itself.</source>
        <translation>Der Partner, der diesen Kunden betreut und an seinem Umsatz verdient. Einen Direktkunden betreut das Unternehmen selbst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+264"/>
        <source>&amp;Reassign…</source>
        <translation>Neu &amp;zuordnen…</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Open &amp;partner</source>
        <translation>Partner ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Commission split</source>
        <translation>Provisionsaufteilung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Split…</source>
        <translation>&amp;Aufteilen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Override…</source>
        <translation>&amp;Sonderregel …</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>An existing customer keeps a code; it cannot be empty.</source>
        <translation>Ein bestehender Kunde behält seine Nummer; sie darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Direct customer (no partner)</source>
        <translation>Direktkunde (ohne Partner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  %2</source>
        <extracomment>Primary partner: code, name</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Zuordnen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No code yet</source>
        <translation>Noch keine Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived on %1</source>
        <translation>Archiviert am %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new customer has no split; save it first.</source>
        <translation>Ein neuer Kunde hat keine Aufteilung; speichern Sie ihn zuerst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No split: the primary partner earns on every sale.</source>
        <translation>Keine Aufteilung: der Hauptpartner verdient an jedem Verkauf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared: %1</source>
        <translation>Aufgeteilt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override: %1 earns %2 on this customer.</source>
        <translation>Sonderregel: %1 erhält %2 auf diesen Kunden.</translation>
    </message>
</context>
<context>
    <name>cd::CustomerListView</name>
    <message>
        <location filename="../ui/customers/customerlistview.cpp" line="+20"/>
        <source>Search code, name or city…</source>
        <translation>Nummer, Name oder Ort suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direct and partner</source>
        <translation>Alle Vertriebswege</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Served by</source>
        <translation>Betreut durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through a partner</source>
        <translation>Über einen Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct customers</source>
        <translation>Direktkunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current customers</source>
        <translation>Aktuelle Kunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived customers</source>
        <translation>Archivierte Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Including archived</source>
        <translation>Auch archivierte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived only</source>
        <translation>Nur archivierte</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Show every current customer</source>
        <translation>Alle aktuellen Kunden anzeigen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1+ customers</source>
        <extracomment>While a broad search is still being counted: &quot;10,000+ customers&quot;</extracomment>
        <translation>%1+ Kunden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customers.csv</source>
        <translation>kunden.csv</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting customers…</source>
        <translation>Kunden werden exportiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln customer(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln Kunde nach %1 exportiert.</numerusform>
            <numerusform>%Ln Kunden nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::CustomerTableModel</name>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="+23"/>
        <source>Direct</source>
        <extracomment>Partner column of a customer: partner name, then its code</extracomment>
        <translation>Direkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A direct customer, served without a partner</source>
        <translation>Ein Direktkunde, ohne Partner betreut</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>cd::DirectoryTable</name>
    <message>
        <location filename="../ui/shared/directorytable.cpp" line="+159"/>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>cd::DistributorNetworksView</name>
    <message>
        <location filename="../ui/network/distributornetworksview.cpp" line="+41"/>
        <source>&amp;Link Reseller…</source>
        <translation>Wiederverkäufer &amp;verknüpfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;Focus…</source>
        <translation>&amp;Schwerpunkt bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlink…</source>
        <translation>Verknüpfung &amp;aufheben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Partner</source>
        <translation>Partner ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;Tree</source>
        <translation>Im &amp;Baum anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a distributor</source>
        <translation>Distributor suchen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked since</source>
        <translation>Verknüpft seit</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+274"/>
        <source>Distributor Networks</source>
        <translation>Distributorennetzwerke</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>No distributor is selected.</source>
        <translation>Es ist kein Distributor ausgewählt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 serves %2 resellers; the first %3 are listed.</source>
        <translation>%1 betreut %2 Wiederverkäufer; die ersten %3 werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 serves %n reseller(s).</source>
        <translation>
            <numerusform>%1 betreut %n Wiederverkäufer.</numerusform>
            <numerusform>%1 betreut %n Wiederverkäufer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Link %1 to %2</source>
        <translation>%1 mit %2 verknüpfen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unlink %1 from %2</source>
        <translation>Verknüpfung von %1 mit %2 lösen</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+6"/>
        <source>Link a Reseller</source>
        <translation>Wiederverkäufer verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territory or product focus of this link (optional):</source>
        <translation>Gebiets- oder Produktschwerpunkt dieser Verknüpfung (optional):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit Focus</source>
        <translation>Schwerpunkt bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Territory or product focus:</source>
        <translation>Gebiets- oder Produktschwerpunkt:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>End the link between this distributor and %1? Leads keep their attribution.</source>
        <translation>Verknüpfung zwischen diesem Distributor und %1 beenden? Die Zuordnung der Leads bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>cd::EditForm</name>
    <message>
        <location filename="../ui/shared/editform.cpp" line="+381"/>
        <source>Correct the marked fields before saving.</source>
        <translation>Korrigieren Sie vor dem Speichern die markierten Felder.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to %1 and read it again?</source>
        <translation>Ihre Änderungen an %1 verwerfen und neu laden?</translation>
    </message>
</context>
<context>
    <name>cd::FilterBar</name>
    <message>
        <location filename="../ui/shared/filterbar.cpp" line="+38"/>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>cd::FormEditor</name>
    <message>
        <location filename="../ui/shared/formeditor.cpp" line="+50"/>
        <source>%1*</source>
        <extracomment>Editor title with unsaved changes</extracomment>
        <translation>%1*</translation>
    </message>
</context>
<context>
    <name>cd::ImportDialog</name>
    <message>
        <location filename="../ui/io/importdialog.cpp" line="+47"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+236"/>
        <source>Import from CSV</source>
        <translation>Import aus CSV</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Choose a File</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV file with a header row naming the columns. Commas, semicolons and tabs are all fine, and so are UTF-8 and the encodings spreadsheets write on Windows.</source>
        <translation>Eine CSV-Datei mit einer Kopfzeile, die die Spalten benennt. Kommas, Semikolons und Tabulatoren gehen alle, ebenso UTF-8 und die Codierungen, die Tabellenprogramme unter Windows schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path of the CSV file</source>
        <translation>Pfad der CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts of partners</source>
        <translation>Ansprechpartner von Partnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices and credit notes</source>
        <translation>Rechnungen und Gutschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing when any row has a problem</source>
        <translation>Nichts importieren, wenn eine Zeile ein Problem hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Otherwise the good rows are imported and the others are listed.</source>
        <translation>Andernfalls werden die fehlerfreien Zeilen importiert und die anderen aufgelistet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report them as problems</source>
        <translation>Als Problem melden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the stored ones as they are</source>
        <translation>Gespeicherte unverändert lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update them with the file&apos;s values</source>
        <translation>Mit den Werten der Datei aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows are matched by their code. An update changes only what the row gives: empty cells keep the stored value.</source>
        <translation>Zeilen werden über ihren Code zugeordnet. Eine Aktualisierung ändert nur, was die Zeile angibt: leere Zellen behalten den gespeicherten Wert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contains:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes already &amp;stored:</source>
        <translation>Bereits &amp;gespeicherte Codes:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Match the Columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the field each column of the file goes to. Columns set to &quot;Do not import&quot; are left out.</source>
        <translation>Wählen Sie für jede Spalte der Datei das Feld aus, in das sie importiert wird. Spalten mit „Nicht importieren“ werden ausgelassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (Unicode-Text)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows-1252 (Western European, Excel on Windows)</source>
        <translation>Windows-1252 (Westeuropäisch, Excel unter Windows)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISO-8859-15 (Latin-9, with €)</source>
        <translation>ISO-8859-15 (Latin-9, mit €)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codierung:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values in the first rows</source>
        <translation>Werte in den ersten Zeilen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Check the File</source>
        <translation>Datei &amp;prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the whole file and counts what the import would create, update and refuse, without writing anything.</source>
        <translation>Liest die ganze Datei und zählt, was der Import anlegen, aktualisieren und ablehnen würde, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import the &amp;Good Rows</source>
        <translation>&amp;Fehlerfreie Zeilen importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports every row without a problem and leaves out the rows listed.</source>
        <translation>Importiert jede Zeile ohne Problem und lässt die aufgelisteten Zeilen aus.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei aus.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n column(s) separated by %2, read as %3.</source>
        <translation>
            <numerusform>%1: %n Spalte, getrennt durch %2, gelesen als %3.</numerusform>
            <numerusform>%1: %n Spalten, getrennt durch %2, gelesen als %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(column %1 has no name)</source>
        <translation>(Spalte %1 hat keinen Namen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The import did not run.</source>
        <translation>Der Import wurde nicht ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already stored and left alone</source>
        <translation>
            <numerusform>%n bereits gespeichert und unverändert gelassen</numerusform>
            <numerusform>%n bereits gespeichert und unverändert gelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Of %n row(s):</source>
        <translation>
            <numerusform>Von %n Zeile:</numerusform>
            <numerusform>Von %n Zeilen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) with problems, the first on line %1: %2</source>
        <translation>
            <numerusform>%n Zeile mit Problemen, in Zeile %1: %2</numerusform>
            <numerusform>%n Zeilen mit Problemen, die erste in Zeile %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The file could not be imported; nothing was written.
%1</source>
        <translation>Die Datei konnte nicht importiert werden; es wurde nichts geschrieben.
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Nothing was imported: %n row(s) have problems. Correct the file and import it again, or import only the good rows.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Zeile hat Probleme. Korrigieren Sie die Datei und importieren Sie sie erneut, oder importieren Sie nur die fehlerfreien Zeilen.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Zeilen haben Probleme. Korrigieren Sie die Datei und importieren Sie sie erneut, oder importieren Sie nur die fehlerfreien Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+2"/>
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n Zeile importiert.</numerusform>
            <numerusform>%n Zeilen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) with problems were left out:</source>
        <translation>
            <numerusform>%n Zeile mit Problemen wurde ausgelassen:</numerusform>
            <numerusform>%n Zeilen mit Problemen wurden ausgelassen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n company row(s) were skipped: they are not contacts.</source>
        <translation>
            <numerusform>%n Firmenzeile wurde übersprungen: es ist kein Ansprechpartner.</numerusform>
            <numerusform>%n Firmenzeilen wurden übersprungen: es sind keine Ansprechpartner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::JobProgressDialog</name>
    <message>
        <location filename="../ui/shared/jobprogressdialog.cpp" line="+11"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please Wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>cd::LeadTableModel</name>
    <message>
        <location filename="../ui/leads/leadtablemodel.cpp" line="+20"/>
        <source>%1 (%2)</source>
        <extracomment>Lead status with the reason it waits: status, flag reason</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>cd::LeadsView</name>
    <message>
        <location filename="../ui/leads/leadsview.cpp" line="+33"/>
        <location line="+82"/>
        <location line="+54"/>
        <source>Any partner</source>
        <translation>Beliebiger Partner</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Only &amp;flagged</source>
        <translation>Nur &amp;markierte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign Au&amp;tomatically</source>
        <translation>Au&amp;tomatisch zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route All &amp;Waiting…</source>
        <translation>Alle &amp;wartenden verteilen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decline…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;vert to Deal</source>
        <translation>In Deal &amp;umwandeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;tails…</source>
        <translation>De&amp;tails…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the leads of one partner; choose again to clear</source>
        <translation>Nur die Leads eines Partners anzeigen; erneut auswählen, um den Filter aufzuheben</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted by:</source>
        <translation>Eingereicht von:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Any distributor</source>
        <translation>Beliebiger Distributor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <extracomment>A distributor in the leads filter: name, account number</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln Lead</numerusform>
            <numerusform>%Ln Leads</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leads of a Partner</source>
        <translation>Leads eines Partners</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner: %1</source>
        <extracomment>Button showing the partner the leads are filtered by</extracomment>
        <translation>Partner: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%Ln lead(s) assigned.</source>
        <translation>
            <numerusform>%Ln Lead zugewiesen.</numerusform>
            <numerusform>%Ln Leads zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>Assigned: %1. Flagged without a candidate: %2.</source>
        <extracomment>After automatic assignment: leads assigned, leads flagged for having no candidate</extracomment>
        <translation>Zugewiesen: %1. Markiert ohne Kandidat: %2.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Assigning waiting leads…</source>
        <translation>Wartende Leads werden zugewiesen…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Declined on behalf of the partner; the lead waits for another one.</source>
        <translation>Im Namen des Partners abgelehnt; der Lead wartet auf einen anderen Partner.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln lead(s) converted to deals.</source>
        <translation>
            <numerusform>%Ln Lead in Deal umgewandelt.</numerusform>
            <numerusform>%Ln Leads in Deals umgewandelt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assign Leads</source>
        <translation>Leads zuweisen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decline Leads</source>
        <translation>Leads ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the partner declines (the partner is never offered these leads again):</source>
        <translation>Grund der Ablehnung durch den Partner (diese Leads werden dem Partner nie wieder angeboten):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <extracomment>A line of the lead details: label, value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>cd::ListPage</name>
    <message>
        <location filename="../ui/shared/listpage.cpp" line="+13"/>
        <source>This list cannot be exported.</source>
        <translation>Diese Liste kann nicht exportiert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>cd::ListsDialog</name>
    <message>
        <location filename="../ui/partners/listsdialog.cpp" line="+66"/>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lead weight decides how likely partners of a level are to receive leads: the higher the weight, the higher the chance; a weight of 0 receives none. Levels are offered in this order.</source>
        <translation>Die Lead-Gewichtung bestimmt, wie wahrscheinlich Partner einer Stufe Leads erhalten: je höher die Gewichtung, desto größer die Chance; bei einer Gewichtung von 0 gibt es keine. Die Stufen werden in dieser Reihenfolge angeboten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far a partner&apos;s activation has come, offered in this order. A disabled activation stays on the partners that have it but is offered no more.</source>
        <translation>Wie weit die Aktivierung eines Partners fortgeschritten ist, in dieser Reihenfolge angeboten. Eine deaktivierte Aktivierung bleibt bei den Partnern, die sie haben, wird aber nicht mehr angeboten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The regions partners are grouped by. An area can be removed once no partner uses it.</source>
        <translation>Die Gebiete, nach denen Partner gruppiert werden. Ein Gebiet kann entfernt werden, sobald kein Partner es mehr verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people who can be account managers of partners. Deactivate someone who leaves: they stay on their partners and in the history.</source>
        <translation>Die Personen, die Partnerbetreuer sein können. Deaktivieren Sie jemanden, der ausscheidet: Die Person bleibt bei ihren Partnern und im Verlauf erhalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes are saved as you make them.</source>
        <translation>Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Swap the Names?</source>
        <translation>Namen tauschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is the name of another entry of this list. Swap the names of “%2” and “%1”?

The partners of each entry keep their entry and show its new name.</source>
        <translation>„%1“ ist der Name eines anderen Eintrags dieser Liste. Die Namen von „%2“ und „%1“ tauschen?

Die Partner jedes Eintrags behalten ihren Eintrag und zeigen seinen neuen Namen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Add User</source>
        <translation>&amp;Benutzer hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected entry; only entries no partner uses can be removed</source>
        <translation>Den ausgewählten Eintrag entfernen; nur Einträge, die kein Partner verwendet, können entfernt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
</context>
<context>
    <name>cd::LookupListModel</name>
    <message>
        <location filename="../ui/shared/lookuplistmodel.cpp" line="+129"/>
        <source>No entry is selected.</source>
        <translation>Es ist kein Eintrag ausgewählt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Users are deactivated, not removed.</source>
        <translation>Benutzer werden deaktiviert, nicht entfernt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot be removed: %2</source>
        <extracomment>An entry of a list could not be removed: its name, then the reason</extracomment>
        <translation>„%1“ kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The entry cannot move there.</source>
        <translation>Der Eintrag kann nicht dorthin verschoben werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Someone else changed this list in the meantime, so your change was not saved. The list now shows what is stored; make your change again if it is still needed.</source>
        <translation>Jemand anderes hat diese Liste inzwischen geändert, daher wurde Ihre Änderung nicht gespeichert. Die Liste zeigt jetzt den gespeicherten Stand; nehmen Sie Ihre Änderung erneut vor, falls sie noch nötig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was changed or removed by someone else in the meantime, so your change was not saved. The list now shows what is stored; make your change again if it is still needed.</source>
        <translation>„%1“ wurde inzwischen von jemand anderem geändert oder entfernt, daher wurde Ihre Änderung nicht gespeichert. Die Liste zeigt jetzt den gespeicherten Stand; nehmen Sie Ihre Änderung erneut vor, falls sie noch nötig ist.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type a login</source>
        <translation>Anmeldenamen eingeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 (no leads)</source>
        <extracomment>Lead weight 0 in the list of levels</extracomment>
        <translation>0 (keine Leads)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New user, not saved yet: it is saved once it has a login.</source>
        <translation>Neuer Benutzer, noch nicht gespeichert: er wird gespeichert, sobald er einen Anmeldenamen hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New entry, not saved yet: it is saved once it has a name.</source>
        <translation>Neuer Eintrag, noch nicht gespeichert: er wird gespeichert, sobald er einen Namen hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partners of this level receive no leads.</source>
        <translation>Partner dieser Stufe erhalten keine Leads.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A higher weight gives partners of this level a higher chance to receive leads.</source>
        <translation>Eine höhere Gewichtung gibt Partnern dieser Stufe eine größere Chance, Leads zu erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can be chosen as account manager.</source>
        <translation>Kann als Partnerbetreuer ausgewählt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive: stays on partners, offered no more.</source>
        <translation>Inaktiv: bleibt bei den Partnern eingetragen, wird aber nicht mehr angeboten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offered for partners.</source>
        <translation>Wird für Partner angeboten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled: stays on partners that have it, offered no more.</source>
        <translation>Deaktiviert: bleibt bei den Partnern, die sie haben, wird aber nicht mehr angeboten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No partner uses this entry.</source>
        <translation>Kein Partner verwendet diesen Eintrag.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln partner(s) use this entry, archived ones included.</source>
        <translation>
            <numerusform>%Ln Partner verwendet diesen Eintrag, archivierte eingeschlossen.</numerusform>
            <numerusform>%Ln Partner verwenden diesen Eintrag, archivierte eingeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead weight</source>
        <translation>Lead-Gewichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How likely partners of this level are to receive leads: the higher, the likelier; 0 receives none.</source>
        <translation>Wie wahrscheinlich Partner dieser Stufe Leads erhalten: je höher, desto wahrscheinlicher; bei 0 gibt es keine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners using the entry, archived ones included. Only unused entries can be removed.</source>
        <translation>Partner, die den Eintrag verwenden, archivierte eingeschlossen. Nur unbenutzte Einträge können entfernt werden.</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow_p.h" line="+72"/>
        <source>ChannelDesk databases (*.channeldesk *.sqlite *.db);;All files (*)</source>
        <translation>ChannelDesk-Datenbanken (*.channeldesk *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+22"/>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Daily agreement jobs failed: %1</source>
        <translation>Die täglichen Vertragsaufgaben sind fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agreements updated for today: %1 now expiring, %2 expired, %3 renewed, %4 new tasks.</source>
        <extracomment>Status bar after the daily jobs ran on opening a database</extracomment>
        <translation>Verträge für heute aktualisiert: %1 laufen aus, %2 abgelaufen, %3 verlängert, %4 neue Aufgaben.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="+14"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty ChannelDesk database</source>
        <translation>Eine leere ChannelDesk-Datenbank anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a ChannelDesk database</source>
        <translation>Eine ChannelDesk-Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import partners, contacts or customers from a CSV file</source>
        <translation>Partner, Ansprechpartner oder Kunden aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Datenbank sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole database to a file while it stays in use</source>
        <translation>Die ganze Datenbank in eine Datei kopieren, während sie weiter benutzt wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lists…</source>
        <translation>&amp;Listen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels, activations, areas and users that partners refer to</source>
        <translation>Stufen, Aktivierungen, Gebiete und Benutzer, auf die sich Partner beziehen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New Partner</source>
        <translation>&amp;Neuer Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a new partner</source>
        <translation>Einen neuen Partner anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Partner</source>
        <translation>Partner ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected partners from the lists; their history stays</source>
        <translation>Die ausgewählten Partner aus den Listen ausblenden; ihr Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the selected archived partners back</source>
        <translation>Die ausgewählten archivierten Partner wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the lists again, with changes made by others</source>
        <translation>Die Listen neu laden, mit den Änderungen anderer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Partners</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Agreements</source>
        <translation>&amp;Verträge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Agreement…</source>
        <translation>Neuer &amp;Vertrag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare a new agreement with a partner</source>
        <translation>Einen neuen Vertrag mit einem Partner vorbereiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Spalten zurücksetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About ChannelDesk</source>
        <translation>&amp;Über ChannelDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local File (Write-Ahead Log)</source>
        <translation>&amp;Lokale Datei (Write-Ahead-Log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shared Folder (Rollback Journal)</source>
        <translation>&amp;Freigegebener Ordner (Rollback-Journal)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database &amp;Sharing</source>
        <translation>&amp;Gemeinsame Nutzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used the next time a database is opened</source>
        <translation>Gilt ab dem nächsten Öffnen einer Datenbank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfiles.cpp" line="+32"/>
        <source>A partner page with unsaved changes was kept open.</source>
        <translation>Eine Partnerseite mit ungespeicherten Änderungen wurde offen gelassen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 — ChannelDesk</source>
        <extracomment>Window title: database file name, then the application</extracomment>
        <translation>%1 — ChannelDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared database (rollback journal)</source>
        <translation>Gemeinsam genutzte Datenbank (Rollback-Journal)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local database</source>
        <translation>Lokale Datenbank</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ChannelDesk cannot open “%1”.</source>
        <translation>ChannelDesk kann „%1“ nicht öffnen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>channeldesk.sqlite</source>
        <translation>channeldesk.sqlite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” already exists. Choose another name, or open it with File ▸ Open.</source>
        <translation>„%1“ ist bereits vorhanden. Wählen Sie einen anderen Namen, oder öffnen Sie die Datei mit Datei ▸ Öffnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;%1 %2</source>
        <extracomment>Recent file menu entry: number (keyboard accelerator), file name</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+84"/>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>My overdue tasks</source>
        <translation>Meine überfälligen Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tasks of yours that are past their due date.</source>
        <translation>Ihre offenen Aufgaben, deren Fälligkeitsdatum vorbei ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My open tasks</source>
        <translation>Meine offenen Aufgaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everything still to do on your list.</source>
        <translation>Alles, was auf Ihrer Liste noch zu tun ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreements expiring</source>
        <translation>Auslaufende Verträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements in the Expiring stage: their end is near and no renewal is signed.</source>
        <translation>Verträge in der Phase „Läuft aus“: das Ende ist nah und keine Verlängerung ist unterschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leads waiting for a partner</source>
        <translation>Leads ohne Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New leads that no partner has yet.</source>
        <translation>Neue Leads, die noch kein Partner hat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flagged leads</source>
        <translation>Markierte Leads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads routing could not place (no partner nearby, every candidate declined).</source>
        <translation>Leads, die die Zuweisung nicht unterbringen konnte (kein Partner in der Nähe, alle Kandidaten haben abgelehnt).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Commission periods to settle</source>
        <translation>Abzurechnende Provisionszeiträume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods that have ended and are not settled yet.</source>
        <translation>Zeiträume, die zu Ende sind und noch nicht abgerechnet wurden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Commission statements to approve</source>
        <translation>Freizugebende Provisionsabrechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft statements of settled periods: check them, then approve.</source>
        <translation>Abrechnungsentwürfe abgerechneter Zeiträume: prüfen, dann freigeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission statements to pay</source>
        <translation>Auszuzahlende Provisionsabrechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved statements that no payout has paid yet.</source>
        <translation>Freigegebene Abrechnungen, die noch keine Auszahlung bezahlt hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+24"/>
        <source>Archive Partners</source>
        <translation>Partner archivieren</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Restore Partners</source>
        <translation>Partner wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%Ln partner(s) are selected. Select at most %1 at a time.</source>
        <translation>
            <numerusform>%Ln Partner ist ausgewählt. Wählen Sie höchstens %1 auf einmal aus.</numerusform>
            <numerusform>%Ln Partner sind ausgewählt. Wählen Sie höchstens %1 auf einmal aus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Archive “%1”? The partner leaves the lists; its history and customers stay.</source>
        <translation>„%1“ archivieren? Der Partner verschwindet aus den Listen; sein Verlauf und seine Kunden bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore “%1” to the partner lists?</source>
        <translation>„%1“ wieder in die Partnerlisten aufnehmen?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Archive %Ln partner(s)? They leave the lists; their history and customers stay.</source>
        <translation>
            <numerusform>%Ln Partner archivieren? Er verschwindet aus den Listen; sein Verlauf und seine Kunden bleiben erhalten.</numerusform>
            <numerusform>%Ln Partner archivieren? Sie verschwinden aus den Listen; ihr Verlauf und ihre Kunden bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Restore %Ln partner(s) to the partner lists?</source>
        <translation>
            <numerusform>%Ln Partner wieder in die Partnerlisten aufnehmen?</numerusform>
            <numerusform>%Ln Partner wieder in die Partnerlisten aufnehmen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln partner(s) archived.</source>
        <translation>
            <numerusform>%Ln Partner archiviert.</numerusform>
            <numerusform>%Ln Partner archiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln partner(s) restored.</source>
        <translation>
            <numerusform>%Ln Partner wiederhergestellt.</numerusform>
            <numerusform>%Ln Partner wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfiles.cpp" line="+27"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1-backup-%2.sqlite</source>
        <extracomment>Suggested backup file name: database name, then the date</extracomment>
        <translation>%1-sicherung-%2.sqlite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backing up the database…</source>
        <translation>Die Datenbank wird gesichert…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Backup Failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="-210"/>
        <source>&amp;Export List…</source>
        <translation>Liste &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the list as it is shown (search, filters, order) to a CSV file or an Excel workbook</source>
        <translation>Die Liste so, wie sie angezeigt wird (Suche, Filter, Sortierung), in eine CSV-Datei oder eine Excel-Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the partner or customer page in front</source>
        <translation>Die vorne angezeigte Partner- oder Kundenseite speichern</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Open the page of the selected partner, or of the selected customer&apos;s partner</source>
        <translation>Die Seite des ausgewählten Partners oder des Partners des ausgewählten Kunden öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;Customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new customer</source>
        <translation>Einen neuen Kunden anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open C&amp;ustomer</source>
        <translation>&amp;Kunde öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected customer&apos;s page</source>
        <translation>Die Seite des ausgewählten Kunden öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-6"/>
        <source>No partner was archived.</source>
        <translation>Es wurde kein Partner archiviert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No partner was restored.</source>
        <translation>Es wurde kein Partner wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfiles.cpp" line="+15"/>
        <source>Backup written to %1</source>
        <translation>Sicherung nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+28"/>
        <source>About ChannelDesk</source>
        <translation>Über ChannelDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Partner and customer registry for the channel back office.&lt;/p&gt;&lt;p&gt;Database schema %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Partner- und Kundenverzeichnis für das Backoffice im indirekten Vertrieb.&lt;/p&gt;&lt;p&gt;Datenbankschema %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cd::NetworkTreeModel</name>
    <message>
        <location filename="../ui/network/networktreemoves.cpp" line="+30"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/network/networktreemodel.cpp" line="+363"/>
        <source>%1 (%2)</source>
        <extracomment>Tree tooltip: partner name, account number</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Depth in the hierarchy: 1 for a partner with no parent</source>
        <translation>Tiefe in der Hierarchie: 1 für einen Partner ohne übergeordneten Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners in the branch, this one included</source>
        <translation>Partner im Zweig, einschließlich dieses Partners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers of the partners in the branch</source>
        <translation>Kunden der Partner im Zweig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads of the branch not yet converted or lost</source>
        <translation>Noch nicht umgewandelte oder verlorene Leads des Zweigs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value of the deals won by the branch</source>
        <translation>Wert der vom Zweig gewonnenen Deals</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depth</source>
        <extracomment>Column of the network tree: how deep the partner sits (1 = top level), not its Gold/Silver level</extracomment>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open leads</source>
        <translation>Offene Leads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won value</source>
        <translation>Gewonnener Wert</translation>
    </message>
</context>
<context>
    <name>cd::NetworkView</name>
    <message>
        <location filename="../ui/network/networkview.cpp" line="+42"/>
        <source>Find a partner in the network by code, name or city</source>
        <translation>Partner im Netzwerk nach Code, Name oder Ort suchen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Hierarchy</source>
        <translation>&amp;Hierarchie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Distributor networks</source>
        <translation>&amp;Distributorennetzwerke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move Partner</source>
        <translation>Partner verschieben</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” is not in the network (archived or unknown).</source>
        <extracomment>Status line under the network tree</extracomment>
        <translation>„%1“ ist nicht im Netzwerk (archiviert oder unbekannt).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No partner matches “%1”.</source>
        <translation>Kein Partner entspricht „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <extracomment>A partner in a message: name, account number</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move %1 to the top level of the network?</source>
        <translation>%1 auf die oberste Ebene des Netzwerks verschieben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 under %2?</source>
        <translation>%1 unter %2 verschieben?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Move Partner</source>
        <translation>Partner kann nicht verschoben werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open Partner</source>
        <translation>Partner ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to…</source>
        <translation>&amp;Verschieben nach…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detach</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the partner a top-level partner, with its branch</source>
        <translation>Partner mit seinem Zweig zu einem Partner der obersten Ebene machen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move %1 to…</source>
        <translation>%1 verschieben nach…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No parent: a top-level partner</source>
        <translation>&amp;Kein übergeordneter Partner: Partner der obersten Ebene</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drag a partner onto another to move it with its branch; drop it on the empty area to make it a top-level partner.</source>
        <translation>Ziehen Sie einen Partner auf einen anderen, um ihn mit seinem Zweig zu verschieben; legen Sie ihn auf der leeren Fläche ab, um ihn zu einem Partner der obersten Ebene zu machen.</translation>
    </message>
</context>
<context>
    <name>cd::NewAgreementDialog</name>
    <message>
        <location filename="../ui/agreements/newagreementdialog.cpp" line="+28"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the first contract &amp;period</source>
        <translation>Ersten Vertrags&amp;zeitraum hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renews &amp;automatically</source>
        <translation>Verlängert sich &amp;automatisch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Agreement</source>
        <translation>Neuer Vertrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agreement types</source>
        <translation>Vertragsarten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notice:</source>
        <translation>&amp;Kündigungsfrist:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Renewal term:</source>
        <translation>&amp;Verlängerungslaufzeit:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No partner chosen</source>
        <translation>Kein Partner ausgewählt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <extracomment>Partner in the new agreement dialog: name, code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cd::OverrideDialog</name>
    <message>
        <location filename="../ui/commissions/overridedialog.cpp" line="+28"/>
        <source>Commission Override</source>
        <translation>Provisions-Sonderregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12.5; empty ends the override</source>
        <translation>z. B. 12.5; leer beendet die Sonderregel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Partner code:</source>
        <translation>&amp;Partnernummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rate (%):</source>
        <translation>&amp;Satz (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer&apos;s sales through the partner earn this rate, whatever the partner&apos;s plans and default rate say.</source>
        <translation>Die Verkäufe dieses Kunden über den Partner erhalten diesen Satz, unabhängig von den Plänen und dem Standardsatz des Partners.</translation>
    </message>
</context>
<context>
    <name>cd::PartnerAgreementsTab</name>
    <message>
        <location filename="../ui/agreements/partneragreementstab.cpp" line="+20"/>
        <source>&amp;New Agreement…</source>
        <translation>&amp;Neuer Vertrag…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Save the partner to add agreements.</source>
        <translation>Speichern Sie den Partner, um Verträge hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agreements yet.</source>
        <translation>Noch keine Verträge.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln agreement(s); double-click one to open it.</source>
        <translation>
            <numerusform>%Ln Vertrag; zum Öffnen doppelklicken.</numerusform>
            <numerusform>%Ln Verträge; zum Öffnen eines Vertrags doppelklicken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PartnerEditor</name>
    <message>
        <location filename="../ui/partners/partnereditor.cpp" line="+21"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the partner again, discarding unsaved changes</source>
        <translation>Den Partner neu laden und ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the partner from lists; nothing is deleted</source>
        <translation>Den Partner aus den Listen ausblenden; nichts wird gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank</source>
        <translation>&amp;Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contacts</source>
        <translation>A&amp;nsprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;greements</source>
        <translation>&amp;Verträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmissions</source>
        <translation>Pro&amp;visionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;youts</source>
        <translation>Aus&amp;zahlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeline</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/partners/partnereditortabs.cpp" line="+15"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated on save</source>
        <translation>Wird beim Speichern vergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;de:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal name:</source>
        <translation>&amp;Firmierung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business &amp;nature:</source>
        <translation>Bran&amp;che:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. IT services, retail</source>
        <translation>z. B. IT-Dienstleistungen, Einzelhandel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax ID:</source>
        <translation>USt-&amp;IdNr.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>W&amp;ebsite:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street:</source>
        <translation>S&amp;traße:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Postcode:</source>
        <translation>PL&amp;Z:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ountry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick one or type a new area</source>
        <translation>Auswählen oder ein neues Gebiet eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>Ge&amp;biet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coor&amp;dinates:</source>
        <translation>&amp;Koordinaten:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Management</source>
        <translation>Betreuung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;manager:</source>
        <translation>&amp;Partnerbetreuer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Control a&amp;ccount:</source>
        <translation>Sammelk&amp;onto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le&amp;vel:</source>
        <translation>Stu&amp;fe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Override lead weight</source>
        <translation>Lead-Gewichtung &amp;überschreiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Override lead weight</source>
        <translation>Lead-Gewichtung überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead weight</source>
        <translation>Lead-Gewichtung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ac&amp;tivation:</source>
        <translation>Akti&amp;vierung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the partner is inactive or suspended</source>
        <translation>Warum der Partner inaktiv oder gesperrt ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ince:</source>
        <translation>S&amp;eit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>Sc&amp;hlagwörter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comma-separated, e.g. cloud, premium</source>
        <translation>Durch Kommas getrennt, z. B. cloud, premium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bank account</source>
        <translation>Bankverbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;holder:</source>
        <translation>Kont&amp;oinhaber:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As the bank knows the account</source>
        <translation>Wie bei der Bank hinterlegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. DE89 3704 0044 0532 0130 00</source>
        <translation>z. B. DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. COBADEFFXXX</source>
        <translation>z. B. COBADEFFXXX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BI&amp;C:</source>
        <translation>BI&amp;C:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank name:</source>
        <translation>Name der Ban&amp;k:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Commission terms</source>
        <translation>Provisionsbedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 7.5 (percent); empty: no default rate</source>
        <translation>z. B. 7.5 (Prozent); leer: kein Standardsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Default rate (%):</source>
        <translation>&amp;Standardsatz (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Margin reseller: earns its margin, no commission and no payout</source>
        <translation>&amp;Margenhändler: verdient seine Marge, keine Provision und keine Auszahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin reseller</source>
        <translation>Margenhändler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default rate applies when no customer override, own plan or level plan does.</source>
        <translation>Der Standardsatz gilt, wenn keine Sonderregel des Kunden, kein eigener Plan und kein Plan der Stufe greift.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Add contact…</source>
        <translation>Ansprechpartner &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the partner to add contacts.</source>
        <translation>Speichern Sie den Partner, um Ansprechpartner hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The primary contact is shown in bold.</source>
        <translation>Der Hauptansprechpartner ist fett dargestellt.</translation>
    </message>
    <message>
        <location filename="../ui/partners/partnereditor.cpp" line="+67"/>
        <location line="+6"/>
        <location line="+16"/>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 (lead weight %2)</source>
        <translation>%1 (Lead-Gewichtung %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An existing partner keeps a code; it cannot be empty.</source>
        <translation>Ein bestehender Partner behält seine Nummer; sie darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>A new partner has no customers yet.</source>
        <translation>Ein neuer Partner hat noch keine Kunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s) have this partner as their primary partner. Double-click one to open it.</source>
        <translation>
            <numerusform>%n Kunde hat diesen Partner als zuständigen Partner. Doppelklicken Sie darauf, um ihn zu öffnen.</numerusform>
            <numerusform>%n Kunden haben diesen Partner als zuständigen Partner. Doppelklicken Sie auf einen, um ihn zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No code yet</source>
        <translation>Noch keine Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archived on %1</source>
        <translation>Archiviert am %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Remove contact</source>
        <translation>Ansprechpartner entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the contacts of this partner?</source>
        <translation>%1 aus den Ansprechpartnern dieses Partners entfernen?</translation>
    </message>
</context>
<context>
    <name>cd::PartnerListView</name>
    <message>
        <location filename="../ui/partners/partnerlistview.cpp" line="+23"/>
        <source>Search code, name, city, area or contact…</source>
        <translation>Nummer, Name, Ort, Gebiet oder Ansprechpartner suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of partner</source>
        <translation>Partnerart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All activations</source>
        <translation>Alle Aktivierungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activation stage</source>
        <translation>Aktivierungsphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All areas</source>
        <translation>Alle Gebiete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All account managers</source>
        <translation>Alle Partnerbetreuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account manager</source>
        <translation>Partnerbetreuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current partners</source>
        <translation>Aktuelle Partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived partners</source>
        <translation>Archivierte Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Including archived</source>
        <translation>Auch archivierte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived only</source>
        <translation>Nur archivierte</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Show every current partner</source>
        <translation>Alle aktuellen Partner anzeigen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the activations</source>
        <translation>Aktivierungsstufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1+ partners</source>
        <extracomment>While a broad search is still being counted: &quot;10,000+ partners&quot;</extracomment>
        <translation>%1+ Partner</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln Partner</numerusform>
            <numerusform>%Ln Partner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Partners</source>
        <translation>Partner exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>partners.csv</source>
        <translation>partner.csv</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting partners…</source>
        <translation>Partner werden exportiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln partner(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln Partner nach %1 exportiert.</numerusform>
            <numerusform>%Ln Partner nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PartnerNetworkTab</name>
    <message>
        <location filename="../ui/network/partnernetworktab.cpp" line="+28"/>
        <source>%1 (%2)</source>
        <extracomment>A partner in the network tab: name, account number</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set &amp;Parent…</source>
        <translation>Übergeordneten &amp;Partner festlegen…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Partners below</source>
        <translation>Untergeordnete Partner</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+114"/>
        <source>Set Parent</source>
        <translation>Übergeordneten Partner festlegen</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>A new partner joins the network once it is saved.</source>
        <translation>Ein neuer Partner wird nach dem Speichern in das Netzwerk aufgenommen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Top-level partner: no parent.</source>
        <translation>Partner der obersten Ebene: kein übergeordneter Partner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parent: %1</source>
        <translation>Übergeordneter Partner: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resellers served (%1)</source>
        <translation>Betreute Wiederverkäufer (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributors (%1)</source>
        <translation>Distributoren (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Move %1 to the top level of the network?</source>
        <translation>%1 auf die oberste Ebene des Netzwerks verschieben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 under %2?</source>
        <translation>%1 unter %2 verschieben?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partner was not moved.</source>
        <translation>Der Partner wurde nicht verschoben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;No parent: a top-level partner</source>
        <translation>&amp;Kein übergeordneter Partner: Partner der obersten Ebene</translation>
    </message>
</context>
<context>
    <name>cd::PartnerPayoutsView</name>
    <message>
        <location filename="../ui/commissions/partnercommissionstab.cpp" line="+139"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statements paid</source>
        <translation>Bezahlte Abrechnungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>No payouts yet.</source>
        <translation>Noch keine Auszahlungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln payout(s) paid this partner.</source>
        <translation>
            <numerusform>%Ln Auszahlung an diesen Partner.</numerusform>
            <numerusform>%Ln Auszahlungen an diesen Partner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PartnerPickerDialog</name>
    <message>
        <location filename="../ui/partners/partnerpickerdialog.cpp" line="+25"/>
        <source>&amp;No partner: a direct customer</source>
        <translation>Kein &amp;Partner: Direktkunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the primary partner</source>
        <translation>Zuständigen Partner auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by code, name or city</source>
        <translation>Nach Nummer, Name oder Ort suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the customer moves (optional)</source>
        <translation>Warum der Kunde wechselt (optional)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No partner matches.</source>
        <translation>Kein Partner passt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the first %1 matches; type more to narrow the search.</source>
        <translation>Die ersten %1 Treffer werden angezeigt; geben Sie mehr ein, um die Suche einzugrenzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching partners: %1</source>
        <translation>Passende Partner: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Direct customer</source>
        <translation>Direktkunde</translation>
    </message>
</context>
<context>
    <name>cd::PartnerSearchModel</name>
    <message>
        <location filename="../ui/partners/partnersearchmodel.cpp" line="+76"/>
        <source>%1  %2</source>
        <extracomment>Partner in a picker list: code, name</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  %2, %3</source>
        <extracomment>Partner in a picker list: code, name, city</extracomment>
        <translation>%1  %2, %3</translation>
    </message>
</context>
<context>
    <name>cd::PartnerStatementsView</name>
    <message>
        <location filename="../ui/commissions/partnercommissionstab.cpp" line="-120"/>
        <source>&amp;Give Plan</source>
        <translation>Plan &amp;geben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Own plan:</source>
        <translation>Eigener Plan:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the partner first.</source>
        <translation>Speichern Sie den Partner zuerst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None: the level&apos;s plan or the default rate</source>
        <translation>Keiner: der Plan der Stufe oder der Standardsatz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A plan given here applies from the first period not yet settled on.</source>
        <translation>Ein hier gegebener Plan gilt ab dem ersten noch nicht abgerechneten Zeitraum.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No settled statements yet. The Commissions page shows what this partner earns in an open period.</source>
        <translation>Noch keine abgerechneten Abrechnungen. Die Seite Provisionen zeigt, was dieser Partner in einem offenen Zeitraum verdient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settled statements, newest first. Open a period on the Commissions page for every line and why it is there.</source>
        <translation>Abgerechnete Abrechnungen, die neuesten zuerst. Öffnen Sie einen Zeitraum auf der Seite Provisionen für jede Position und ihre Begründung.</translation>
    </message>
</context>
<context>
    <name>cd::PartnerTableModel</name>
    <message>
        <location filename="../ui/partners/partnertablemodel.cpp" line="+77"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account manager</source>
        <translation>Partnerbetreuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>cd::PlanEditorDialog</name>
    <message>
        <location filename="../ui/commissions/planeditordialog.cpp" line="+39"/>
        <source>Add &amp;Tier</source>
        <translation>&amp;Stufe hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Tier</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Won deals count as base too</source>
        <translation>Gewonnene Deals zählen ebenfalls zur Basis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Plan</source>
        <translation>Plan &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give to &amp;Level</source>
        <translation>Der &amp;Stufe geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nd Level&apos;s Plan</source>
        <translation>Plan der Stufe &amp;beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commission Plans</source>
        <translation>Provisionspläne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed rate</source>
        <translation>Fester Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers on the period&apos;s volume</source>
        <translation>Staffeln auf den Umsatz des Zeitraums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole: the whole base at the rate of the bracket reached</source>
        <translation>Gesamt: die ganze Basis zum Satz der erreichten Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marginal: each slice at its own bracket&apos;s rate</source>
        <translation>Abschnittsweise: jeder Abschnitt zum Satz seiner Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On invoice</source>
        <translation>Bei Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On payment</source>
        <translation>Bei Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rate of the base (%)</source>
        <translation>Ein Satz der Basis (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A share of the seller&apos;s commission (%)</source>
        <translation>Ein Anteil an der Provision des Verkäufers (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From (volume)</source>
        <translation>Ab (Umsatz)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate (%)</source>
        <translation>Satz (%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 5</source>
        <translation>z. B. 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Hardware:4, Services:10</source>
        <translation>z. B. Hardware:4, Services:10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2, 1 (parent, grandparent)</source>
        <translation>z. B. 2, 1 (übergeordneter, dessen übergeordneter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New Plan</source>
        <translation>&amp;Neuer Plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Grundlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rate (%):</source>
        <translation>&amp;Satz (%):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tiers:</source>
        <translation>Staffeln:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pays:</source>
        <translation>&amp;Zahlt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category rates:</source>
        <translation>&amp;Kategoriesätze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casca&amp;de (%):</source>
        <translation>Kas&amp;kade (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap per &amp;line:</source>
        <translation>Obergrenze je &amp;Position:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap per p&amp;eriod:</source>
        <translation>Obergrenze je &amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distributor:</source>
        <translation>Distributor:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+3"/>
        <source>Tier %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Saved the plan %1.</source>
        <translation>Plan %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the plan first.</source>
        <translation>Speichern Sie den Plan zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The level&apos;s partners are on %1 from the first open period on (their own plans still win).</source>
        <translation>Die Partner der Stufe sind ab dem ersten offenen Zeitraum auf %1 (ihre eigenen Pläne haben weiter Vorrang).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The level&apos;s plan ends with the first open period; its partners earn by their own plans or default rates.</source>
        <translation>Der Plan der Stufe endet mit dem ersten offenen Zeitraum; ihre Partner verdienen nach ihren eigenen Plänen oder Standardsätzen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 has no plan: its partners earn by their own plans or default rates.</source>
        <translation>%1 hat keinen Plan: ihre Partner verdienen nach ihren eigenen Plänen oder Standardsätzen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is on the plan %2 from %3, the first open period.</source>
        <translation>%1 hat ab %3, dem ersten offenen Zeitraum, den Plan %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is on the plan %2.</source>
        <translation>%1 hat den Plan %2.</translation>
    </message>
</context>
<context>
    <name>cd::RecordHeader</name>
    <message>
        <location filename="../ui/shared/recordheader.cpp" line="+50"/>
        <source> · </source>
        <extracomment>Separator between the facts under a record&apos;s name</extracomment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>cd::ReportsView</name>
    <message>
        <location filename="../ui/reports/reportsview.cpp" line="+53"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lead flow by distributor</source>
        <translation>Lead-Fluss nach Distributor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion rate by distributor</source>
        <translation>Konversionsrate nach Distributor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion rate by reseller</source>
        <translation>Konversionsrate nach Wiederverkäufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reseller performance by distributor</source>
        <translation>Leistung der Wiederverkäufer nach Distributor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won value by level</source>
        <translation>Gewonnener Wert nach Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won value by area</source>
        <translation>Gewonnener Wert nach Gebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission by distributor</source>
        <translation>Provision nach Distributor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission by reseller</source>
        <translation>Provision nach Reseller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission by level</source>
        <translation>Provision nach Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission by period</source>
        <translation>Provision nach Zeitraum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <extracomment>Between two dates of a range</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Distributor:</source>
        <translation>&amp;Distributor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;egment:</source>
        <translation>S&amp;egment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All distributors</source>
        <translation>Alle Distributoren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <extracomment>A distributor in the report filter: name, account number</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Unknown report.</source>
        <translation>Unbekannter Bericht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Running the report…</source>
        <translation>Der Bericht läuft …</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln Zeile</numerusform>
            <numerusform>%1: %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2 · %3 · %4 · %5</source>
        <extracomment>Report filters in an exported PDF: date range, distributor, segment, status</extracomment>
        <translation>%1 – %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write “%1”.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+9"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cd::SplitDialog</name>
    <message>
        <location filename="../ui/commissions/splitdialog.cpp" line="+40"/>
        <source>Commission Split</source>
        <translation>Provisionsaufteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner code</source>
        <translation>Partnernummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add Partner</source>
        <translation>Partner &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s sales are shared among these partners from that day on; each share is then commissioned at that partner&apos;s rate. No rows: the split ends and the primary partner earns on every sale again.</source>
        <translation>Die Verkäufe des Kunden werden ab diesem Tag auf diese Partner aufgeteilt; jeder Anteil wird zum Satz seines Partners verprovisioniert. Keine Zeilen: die Aufteilung endet und der Hauptpartner verdient wieder an jedem Verkauf.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Row %1 needs its partner&apos;s code.</source>
        <translation>Zeile %1 braucht die Nummer ihres Partners.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The shares make %1; they must make exactly 100 %.</source>
        <translation>Die Anteile ergeben %1; sie müssen genau 100 % ergeben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sum: %1</source>
        <translation>Summe: %1</translation>
    </message>
</context>
<context>
    <name>cd::StatementTableModel</name>
    <message>
        <location filename="../ui/commissions/commissionmodels.cpp" line="-106"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earned</source>
        <translation>Verdient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carried in</source>
        <translation>Übertrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payable</source>
        <translation>Auszahlbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cd::TaskListView</name>
    <message>
        <location filename="../ui/agreements/tasklistview.cpp" line="+23"/>
        <source>&amp;Overdue only</source>
        <translation>Nur ü&amp;berfällige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s tasks</source>
        <translation>Aufgaben aller Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open and done</source>
        <translation>Offen und erledigt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln Aufgabe</numerusform>
            <numerusform>%Ln Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+6"/>
        <source>Select a task first.</source>
        <translation>Wählen Sie zuerst eine Aufgabe aus.</translation>
    </message>
</context>
<context>
    <name>cd::TaskTableModel</name>
    <message>
        <location filename="../ui/agreements/tasktablemodel.cpp" line="+26"/>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cd::TimelineModel</name>
    <message>
        <location filename="../ui/shared/timelinemodel.cpp" line="+77"/>
        <source>%1 by %2</source>
        <extracomment>Timeline entry tooltip: date and time, then who</extracomment>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>cd::TodayPage</name>
    <message>
        <location filename="../ui/today/todaypage.cpp" line="+24"/>
        <source>What needs attention today</source>
        <translation>Was heute Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Could not count: %1</source>
        <translation>Zählen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>cd::VersionedRows</name>
    <message>
        <location filename="../core/db/versionedstore.cpp" line="+96"/>
        <source>%1 (%2): %3</source>
        <extracomment>A failure among several rows (archiving many partners): name (code), then the reason</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>cd::WorkerPage</name>
    <message>
        <location filename="../ui/shared/workerpage.cpp" line="+22"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>cd::cli::Listing</name>
    <message>
        <location filename="../app/cli/listing.cpp" line="+89"/>
        <source>&quot;%1&quot; is not a column; use one of %2.</source>
        <translation>&quot;%1&quot; ist keine Spalte; verwenden Sie eine von %2.</translation>
    </message>
</context>
</TS>
