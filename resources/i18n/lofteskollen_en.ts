<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>lk::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::CadenceStrip</name>
    <message numerus="yes">
        <source>%n meeting(s) in %1</source>
        <translation>
            <numerusform>%n meeting in %1</numerusform>
            <numerusform>%n meetings in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::ChecklistGrid</name>
    <message numerus="yes">
        <source>%n deficiency(ies)</source>
        <translation>
            <numerusform>%n deficiency</numerusform>
            <numerusform>%n deficiencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n not checked</numerusform>
            <numerusform>%n not checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::CommandLine</name>
    <message numerus="yes">
        <source>Case data is thinned %n month(s) after a case is closed or last discussed.</source>
        <translation>
            <numerusform>Case data is thinned %n month after a case is closed or last discussed.</numerusform>
            <numerusform>Case data is thinned %n months after a case is closed or last discussed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due for thinning (open Operativa gruppen &gt; Thinning to thin them):</source>
        <translation>
            <numerusform>%n case due for thinning (open Operativa gruppen &gt; Thinning to thin them):</numerusform>
            <numerusform>%n cases due for thinning (open Operativa gruppen &gt; Thinning to thin them):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::ConnectionBanner</name>
    <message numerus="yes">
        <source>&lt;b&gt;The connection to the server is lost.&lt;/b&gt; %1 does not answer. What you type stays in the forms and nothing half-done was saved; a field that could not be saved is saved when the connection is back. Trying again in %n second(s).</source>
        <translation>
            <numerusform>&lt;b&gt;The connection to the server is lost.&lt;/b&gt; %1 does not answer. What you type stays in the forms and nothing half-done was saved; a field that could not be saved is saved when the connection is back. Trying again in %n second.</numerusform>
            <numerusform>&lt;b&gt;The connection to the server is lost.&lt;/b&gt; %1 does not answer. What you type stays in the forms and nothing half-done was saved; a field that could not be saved is saved when the connection is back. Trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::CsvImport</name>
    <message numerus="yes">
        <source>The file has %n line(s) with errors; nothing was imported.</source>
        <translation>
            <numerusform>The file has %n line with errors; nothing was imported.</numerusform>
            <numerusform>The file has %n lines with errors; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be read, so nothing will be imported: correct the file and import it again.</source>
        <translation>
            <numerusform>%n line cannot be read, so nothing will be imported: correct the file and import it again.</numerusform>
            <numerusform>%n lines cannot be read, so nothing will be imported: correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) of the file not read: %1.</source>
        <translation>
            <numerusform>%n column of the file not read: %1.</numerusform>
            <numerusform>%n columns of the file not read: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::DigitalWalkCsv</name>
    <message numerus="yes">
        <source>%n e-mail address(es) taken out of the text: read it before you include the row.</source>
        <translation>
            <numerusform>%n e-mail address taken out of the text: read it before you include the row.</numerusform>
            <numerusform>%n e-mail addresses taken out of the text: read it before you include the row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s) taken out of the text: read it before you include the row.</source>
        <translation>
            <numerusform>%n phone number taken out of the text: read it before you include the row.</numerusform>
            <numerusform>%n phone numbers taken out of the text: read it before you include the row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n observation(s) sent in</source>
        <translation>
            <numerusform>Import of %n observation sent in</numerusform>
            <numerusform>Import of %n observations sent in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::DigitalWalkDialog</name>
    <message numerus="yes">
        <source>The file is %1, separated by “%2”, with %n observation(s).</source>
        <translation>
            <numerusform>The file is %1, separated by “%2”, with %n observation.</numerusform>
            <numerusform>The file is %1, separated by “%2”, with %n observations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::Fields</name>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator value(s)</source>
        <translation>
            <numerusform>%n indicator value</numerusform>
            <numerusform>%n indicator values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance row(s)</source>
        <translation>
            <numerusform>%n attendance row</numerusform>
            <numerusform>%n attendance rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case discussion(s)</source>
        <translation>
            <numerusform>%n case discussion</numerusform>
            <numerusform>%n case discussions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drug operation(s)</source>
        <translation>
            <numerusform>%n drug operation</numerusform>
            <numerusform>%n drug operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n traffic control(s)</source>
        <translation>
            <numerusform>%n traffic control</numerusform>
            <numerusform>%n traffic controls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n information effort(s)</source>
        <translation>
            <numerusform>%n information effort</numerusform>
            <numerusform>%n information efforts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n municipality(s)</source>
        <translation>
            <numerusform>%n municipality</numerusform>
            <numerusform>%n municipalities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n period</numerusform>
            <numerusform>%n periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n focus area(s)</source>
        <translation>
            <numerusform>%n focus area</numerusform>
            <numerusform>%n focus areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n promise</numerusform>
            <numerusform>%n promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status report(s)</source>
        <translation>
            <numerusform>%n status report</numerusform>
            <numerusform>%n status reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retailer(s)</source>
        <translation>
            <numerusform>%n retailer</numerusform>
            <numerusform>%n retailers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist point(s)</source>
        <translation>
            <numerusform>%n checklist point</numerusform>
            <numerusform>%n checklist points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test purchase(s)</source>
        <translation>
            <numerusform>%n test purchase</numerusform>
            <numerusform>%n test purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist result(s)</source>
        <translation>
            <numerusform>%n checklist result</numerusform>
            <numerusform>%n checklist results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation>
            <numerusform>%n map</numerusform>
            <numerusform>%n maps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety walk(s)</source>
        <translation>
            <numerusform>%n safety walk</numerusform>
            <numerusform>%n safety walks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant group(s)</source>
        <translation>
            <numerusform>%n participant group</numerusform>
            <numerusform>%n participant groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood-watch area(s)</source>
        <translation>
            <numerusform>%n neighbourhood-watch area</numerusform>
            <numerusform>%n neighbourhood-watch areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::ImageData</name>
    <message numerus="yes">
        <source>not a picture (%n byte(s))</source>
        <translation>
            <numerusform>not a picture (%n byte)</numerusform>
            <numerusform>not a picture (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::ImportCommand</name>
    <message numerus="yes">
        <source>%n conflict(s), left as they were here; settle them by hand:</source>
        <translation>
            <numerusform>%n conflict, left as they were here; settle them by hand:</numerusform>
            <numerusform>%n conflicts, left as they were here; settle them by hand:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::ImportDialog</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n conflict(s)&lt;/b&gt;: left as they are here, never overwritten. Settle them by hand, with the other computer&apos;s user.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n conflict&lt;/b&gt;: left as they are here, never overwritten. Settle them by hand, with the other computer&apos;s user.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n conflicts&lt;/b&gt;: left as they are here, never overwritten. Settle them by hand, with the other computer&apos;s user.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::KeyFigures</name>
    <message numerus="yes">
        <source>none due yet (%n action(s) open)</source>
        <translation>
            <numerusform>none due yet (%n action open)</numerusform>
            <numerusform>none due yet (%n actions open)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open</source>
        <translation>
            <numerusform>%1 of %n open</numerusform>
            <numerusform>%1 of %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n active area(s)</source>
        <translation>
            <numerusform>in %n active area</numerusform>
            <numerusform>in %n active areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s): %1 high, %2 medium, %3 low unsafety</source>
        <translation>
            <numerusform>%n place: %1 high, %2 medium, %3 low unsafety</numerusform>
            <numerusform>%n places: %1 high, %2 medium, %3 low unsafety</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly assessed</source>
        <translation>
            <numerusform>%n newly assessed</numerusform>
            <numerusform>%n newly assessed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more unsafe</source>
        <translation>
            <numerusform>%n more unsafe</numerusform>
            <numerusform>%n more unsafe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n less unsafe</source>
        <translation>
            <numerusform>%n less unsafe</numerusform>
            <numerusform>%n less unsafe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::MainWindow</name>
    <message numerus="yes">
        <source>Imported %1: %2 added, %3 changed, %4 deleted, %n conflict(s) left as they were.</source>
        <translation>
            <numerusform>Imported %1: %2 added, %3 changed, %4 deleted, %n conflict left as they were.</numerusform>
            <numerusform>Imported %1: %2 added, %3 changed, %4 deleted, %n conflicts left as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::OgPage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::ParticipantsGrid</name>
    <message numerus="yes">
        <source>In all: %n participant(s)</source>
        <translation>
            <numerusform>In all: %n participant</numerusform>
            <numerusform>In all: %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::RestoreDialog</name>
    <message numerus="yes">
        <source>%1 – %n record(s), %2 kB</source>
        <translation>
            <numerusform>%1 – %n record, %2 kB</numerusform>
            <numerusform>%1 – %n records, %2 kB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::RetailersTab</name>
    <message numerus="yes">
        <source>%n deficiency(ies), decision: %1</source>
        <translation>
            <numerusform>%n deficiency, decision: %1</numerusform>
            <numerusform>%n deficiencies, decision: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::RetentionTab</name>
    <message numerus="yes">
        <source>%n case(s) due for thinning.</source>
        <translation>
            <numerusform>%n case due for thinning.</numerusform>
            <numerusform>%n cases due for thinning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the background, notes and decisions of %n case(s) for good? This cannot be undone; the codes, dates, paths and outcomes stay for the statistics.</source>
        <translation>
            <numerusform>Remove the background, notes and decisions of %n case for good? This cannot be undone; the codes, dates, paths and outcomes stay for the statistics.</numerusform>
            <numerusform>Remove the background, notes and decisions of %n cases for good? This cannot be undone; the codes, dates, paths and outcomes stay for the statistics.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) thinned.</source>
        <translation>
            <numerusform>%n case thinned.</numerusform>
            <numerusform>%n cases thinned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::SearchDialog</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n register(s)</source>
        <translation>
            <numerusform>%n register</numerusform>
            <numerusform>%n registers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::SearchResultModel</name>
    <message numerus="yes">
        <source>the best %n shown</source>
        <translation>
            <numerusform>the best one shown</numerusform>
            <numerusform>the best %n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::ServerBackup</name>
    <message numerus="yes">
        <source>%n row(s) point at records the server does not hold</source>
        <translation>
            <numerusform>%n row points at records the server does not hold</numerusform>
            <numerusform>%n rows point at records the server does not hold</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::ServerCheck</name>
    <message numerus="yes">
        <source>Row-level security is enabled and forced on all %n table(s) that need it.</source>
        <translation>
            <numerusform>Row-level security is enabled and forced on the one table that needs it.</numerusform>
            <numerusform>Row-level security is enabled and forced on all %n tables that need it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row-level security is not enabled and forced on %n table(s), so every login with access to them reads all municipalities&apos; rows: %1.</source>
        <translation>
            <numerusform>Row-level security is not enabled and forced on %n table, so every login with access to it reads all municipalities&apos; rows: %1.</numerusform>
            <numerusform>Row-level security is not enabled and forced on %n tables, so every login with access to them reads all municipalities&apos; rows: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::SituationTab</name>
    <message numerus="yes">
        <source>%n place(s): </source>
        <translation>
            <numerusform>%n place: </numerusform>
            <numerusform>%n places: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::SpreadsheetExport</name>
    <message numerus="yes">
        <source>Exported the table, %n row(s), to %1.</source>
        <translation>
            <numerusform>Exported the table, %n row, to %1.</numerusform>
            <numerusform>Exported the table, %n rows, to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n municipalities. Export all of them, or only %1?</source>
        <translation>
            <numerusform>The file holds %n municipality. Export it, or only %1?</numerusform>
            <numerusform>The file holds %n municipalities. Export all of them, or only %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::TargetProgress</name>
    <message numerus="yes">
        <source> (%n unit(s) short)</source>
        <translation>
            <numerusform> (%n unit short)</numerusform>
            <numerusform> (%n units short)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::TobaccoPage</name>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::TodoPage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::WalkActionsTab</name>
    <message numerus="yes">
        <source>%n action(s) from the walks: </source>
        <translation>
            <numerusform>%n action from the walks: </numerusform>
            <numerusform>%n actions from the walks: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::WalksPage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
</TS>
