<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Visar hjälp om kommandoradens flaggor.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Visar hjälp, också om Qt:s egna flaggor.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Visar versionen.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Flaggor:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argument:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[flaggor]</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Överordnad mapp</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Skapa ny mapp</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listvy</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvy</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filer av typen:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Visa &amp;dolda filer</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mapp</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mapp</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Senaste platser</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Hitta mapp</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ändrad</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ förval</translation>
    </message>
</context>
<context>
    <name>lk::AccessRules</name>
    <message>
        <source>the server&apos;s roles and row-level security could not be set up (%1)</source>
        <translation>serverns roller och radsäkerhet kunde inte ställas in (%1)</translation>
    </message>
</context>
<context>
    <name>lk::ActionList</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Row %1 under the action items says nothing under “What”. Write what is to be done, or remove the row.</source>
        <translation>Rad %1 bland åtgärderna saknar ”Vad”. Skriv vad som ska göras, eller ta bort raden.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
</context>
<context>
    <name>lk::ActionsTab</name>
    <message>
        <source>Only overdue</source>
        <translation>Bara försenade</translation>
    </message>
</context>
<context>
    <name>lk::ActivityFigures</name>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <source>Spring %1</source>
        <translation>VT %1</translation>
    </message>
    <message>
        <source>Autumn %1</source>
        <translation>HT %1</translation>
    </message>
    <message>
        <source>T%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>lk::ActivityTab</name>
    <message>
        <source>Show all years</source>
        <translation>Visa alla år</translation>
    </message>
    <message>
        <source>Show the records of every period, not only the chosen one</source>
        <translation>Visa posterna från alla perioder, inte bara den valda</translation>
    </message>
    <message>
        <source>No target of this period counts %1: choose them under “Counted from” of a promise&apos;s target.</source>
        <translation>Inget mål i perioden räknar %1: välj dem under ”Räknas från” i ett av löftenas mål.</translation>
    </message>
    <message>
        <source>Saved, but dated %1, outside the period %2: it shows under “Show all years”.</source>
        <translation>Sparad, men daterad %1, utanför perioden %2: den visas under ”Visa alla år”.</translation>
    </message>
    <message>
        <source>%1 lies outside the period %2 (%3 – %4): the record will be saved, and shown under “Show all years”.</source>
        <translation>%1 ligger utanför perioden %2 (%3 – %4): posten sparas och visas under ”Visa alla år”.</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Importera från CSV…</translation>
    </message>
    <message>
        <source>Read a list of %1 saved from Excel as CSV, after a preview of every line</source>
        <translation>Läs in en lista med %1 sparad från Excel som CSV, efter en förhandsvisning av varje rad</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>Importera %1 från %2</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import av %1</translation>
    </message>
</context>
<context>
    <name>lk::AreaReport</name>
    <message>
        <source>None of the municipalities of %1 has a period named %2.</source>
        <translation>Ingen av kommunerna i %1 har någon period med namnet %2.</translation>
    </message>
    <message>
        <source>The municipalities %1</source>
        <translation>Kommunerna %1</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Period %1</translation>
    </message>
    <message>
        <source>Followed up %1</source>
        <translation>Uppföljt %1</translation>
    </message>
    <message>
        <source>Date %1</source>
        <translation>Datum %1</translation>
    </message>
    <message>
        <source>Assessment per municipality</source>
        <translation>Bedömning per kommun</translation>
    </message>
    <message>
        <source>Each promise&apos;s assessment in each municipality, by the same rule and on the same dates; a dash where a municipality has no such promise or no period %1.</source>
        <translation>Varje löftes bedömning i varje kommun, efter samma regel och på samma datum; ett streck där en kommun inte har något sådant löfte eller ingen period %1.</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Löfte</translation>
    </message>
    <message>
        <source>Key figures per municipality</source>
        <translation>Nyckeltal per kommun</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Follow-up of the citizen promises, %1 %2</source>
        <translation>Uppföljning av medborgarlöftena, %1 %2</translation>
    </message>
    <message>
        <source>Follow-up of the citizen promises in %1, %2</source>
        <translation>Uppföljning av medborgarlöftena i %1, %2</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
</context>
<context>
    <name>lk::AreaTable</name>
    <message>
        <source>The police area&apos;s municipalities side by side</source>
        <translation>Polisområdets kommuner sida vid sida</translation>
    </message>
    <message>
        <source>No period named %1</source>
        <translation>Ingen period med namnet %1</translation>
    </message>
    <message>
        <source>No promise of this name in %1</source>
        <translation>Inget löfte med det namnet i %1</translation>
    </message>
    <message>
        <source>Promise or key figure</source>
        <translation>Löfte eller nyckeltal</translation>
    </message>
    <message>
        <source>%1: no period named %2</source>
        <translation>%1: ingen period med namnet %2</translation>
    </message>
</context>
<context>
    <name>lk::AreasTab</name>
    <message>
        <source>Only with the contact&apos;s consent. Withdrawn consent erases the name and number.</source>
        <translation>Bara med kontaktpersonens samtycke. Återkallat samtycke raderar namn och nummer.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Choose an area to see its details.</source>
        <translation>Välj ett område för att se dess uppgifter.</translation>
    </message>
    <message>
        <source>%1: %2, the latest %3</source>
        <translation>%1: %2, senast %3</translation>
    </message>
    <message>
        <source>No events yet: add them on the Events tab.</source>
        <translation>Inga händelser ännu: lägg till dem under fliken Händelser.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <source>Without consent the main contact&apos;s name and phone number are erased. Erase them?</source>
        <translation>Utan samtycke raderas huvudkontaktens namn och telefonnummer. Radera dem?</translation>
    </message>
</context>
<context>
    <name>lk::AttendanceGrid</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Another organisation…</source>
        <translation>Annan organisation…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Another organisation</source>
        <translation>Annan organisation</translation>
    </message>
</context>
<context>
    <name>lk::AuditExport</name>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Before (JSON)</source>
        <translation>Före (JSON)</translation>
    </message>
    <message>
        <source>After (JSON)</source>
        <translation>Efter (JSON)</translation>
    </message>
    <message>
        <source>The change log could not be read: %1. No file was written.</source>
        <translation>Ändringsloggen kunde inte läsas: %1. Ingen fil skrevs.</translation>
    </message>
</context>
<context>
    <name>lk::AuditLogDialog</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Ändringslogg</translation>
    </message>
    <message>
        <source>Every row the filter shows, with the whole values before and after, for a spreadsheet</source>
        <translation>Alla rader som filtret visar, med hela värdena före och efter, för ett kalkylprogram</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alla användare</translation>
    </message>
    <message>
        <source>All registers</source>
        <translation>Alla register</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%n händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No changes were recorded in these days for this choice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inga ändringar gjordes under de här dagarna för det här valet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 “%2”: %3 %4 by %5</source>
        <translation>%1 ”%2”: %3 %4 av %5</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Nyckel: %1</translation>
    </message>
    <message>
        <source>The change log was not exported</source>
        <translation>Ändringsloggen exporterades inte</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n rad skrevs till %1.</numerusform>
            <numerusform>%n rader skrevs till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>change-log-%1.csv</source>
        <translation>andringslogg-%1.csv</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>Exportera ändringsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
</context>
<context>
    <name>lk::AuditQuery</name>
    <message>
        <source>The change log could not be read</source>
        <translation>Ändringsloggen kunde inte läsas</translation>
    </message>
</context>
<context>
    <name>lk::AuditText</name>
    <message>
        <source>Months before a closed case is thinned</source>
        <translation>Månader innan ett avslutat ärende gallras</translation>
    </message>
    <message>
        <source>Months between tobacco inspections</source>
        <translation>Månader mellan tobakstillsyner</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>nr %1</translation>
    </message>
    <message>
        <source>no. %1 (no longer in the file)</source>
        <translation>nr %1 (finns inte längre i filen)</translation>
    </message>
</context>
<context>
    <name>lk::BackupKeeper</name>
    <message>
        <source>No backup was made</source>
        <translation>Ingen säkerhetskopia gjordes</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Ingen säkerhetskopia ännu</translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>Senaste säkerhetskopia %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
</context>
<context>
    <name>lk::BackupSettingsDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>A backup is a whole copy of the file in the folder “backups” beside it. One is made when you close the file after changes, and one a while after the first change while you work.</source>
        <translation>En säkerhetskopia är en hel kopia av filen i mappen ”backups” bredvid den. En görs när du stänger filen efter ändringar, och en en stund efter den första ändringen medan du arbetar.</translation>
    </message>
    <message>
        <source>Back up &amp;after the first change:</source>
        <translation>Säkerhetskopiera &amp;efter första ändringen:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Behåll de senaste:</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> kopior</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>And one a &amp;month for:</source>
        <translation>Och en per &amp;månad i:</translation>
    </message>
</context>
<context>
    <name>lk::Backups</name>
    <message>
        <source>The backup folder %1 could not be made. The file itself is unchanged; check that the folder beside it may be written to.</source>
        <translation>Mappen för säkerhetskopior %1 kunde inte skapas. Själva filen är oförändrad; kontrollera att mappen bredvid den går att skriva i.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be removed.</source>
        <translation>Den gamla säkerhetskopian %1 kunde inte tas bort.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2 The file was not changed.</source>
        <translation>Säkerhetskopian %1 kan inte användas: %2 Filen ändrades inte.</translation>
    </message>
    <message>
        <source>%1 has changes not yet written into it (%2). Open it once and close it, then restore. The file was not changed.</source>
        <translation>%1 har ändringar som ännu inte skrivits in i den (%2). Öppna den en gång och stäng den, och återställ sedan. Filen ändrades inte.</translation>
    </message>
    <message>
        <source>The backup could not be copied (%1). The file was not changed.</source>
        <translation>Säkerhetskopian kunde inte kopieras (%1). Filen ändrades inte.</translation>
    </message>
    <message>
        <source>%1 could not be set aside, so the backup was not put in its place. Nothing was changed. Check that the folder is writable.</source>
        <translation>%1 kunde inte läggas undan, så säkerhetskopian sattes inte på dess plats. Ingenting ändrades. Kontrollera att mappen är skrivbar.</translation>
    </message>
    <message>
        <source>The backup could not be put in place. The file was not changed. %1</source>
        <translation>Säkerhetskopian kunde inte läggas på plats. Filen ändrades inte. %1</translation>
    </message>
    <message>
        <source>A server&apos;s database is not backed up beside a file. Write a copy of it with: lofteskollen backup --server URL --out FILE.sqlite</source>
        <translation>En servers databas säkerhetskopieras inte bredvid en fil. Skriv en kopia av den med: lofteskollen backup --server URL --out FIL.sqlite</translation>
    </message>
</context>
<context>
    <name>lk::CadenceStrip</name>
    <message>
        <source>Meetings in the last twelve months</source>
        <translation>Möten de senaste tolv månaderna</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) in %1</source>
        <translation>
            <numerusform>%n möte i %1</numerusform>
            <numerusform>%n möten i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting in %1</source>
        <translation>Inget möte i %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 meetings (target)</source>
        <translation>%1: %2 av %3 möten (mål)</translation>
    </message>
    <message>
        <source>%1: %2 meetings</source>
        <translation>%1: %2 möten</translation>
    </message>
    <message>
        <source>No target in this period counts the group&apos;s meetings.</source>
        <translation>Inget mål i perioden räknar gruppens möten.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>inte än</translation>
    </message>
    <message>
        <source>No meeting yet in %1</source>
        <translation>Inget möte än i %1</translation>
    </message>
</context>
<context>
    <name>lk::CasesTab</name>
    <message>
        <source>New case…</source>
        <translation>Nytt ärende…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Discussed at</source>
        <translation>Diskuterat vid</translation>
    </message>
    <message>
        <source>Mark as ongoing</source>
        <translation>Markera som pågående</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Avsluta ärende…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Återöppna</translation>
    </message>
    <message>
        <source>Close case %1</source>
        <translation>Avsluta ärende %1</translation>
    </message>
</context>
<context>
    <name>lk::ChartCard</name>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Öppna %1</translation>
    </message>
    <message>
        <source>Click to open %1</source>
        <translation>Klicka för att öppna %1</translation>
    </message>
</context>
<context>
    <name>lk::ChartFigures</name>
    <message>
        <source>Compliance per half-year</source>
        <translation>Regelefterlevnad per halvår</translation>
    </message>
    <message>
        <source>Compliance per year</source>
        <translation>Regelefterlevnad per år</translation>
    </message>
    <message>
        <source>%1 per tertial</source>
        <translation>%1 per tertial</translation>
    </message>
    <message>
        <source>%1 per term</source>
        <translation>%1 per termin</translation>
    </message>
    <message>
        <source>Tertial</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>lk::ChecklistGrid</name>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultat: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deficiency(ies)</source>
        <translation>
            <numerusform>%n brist</numerusform>
            <numerusform>%n brister</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n ej kontrollerad</numerusform>
            <numerusform>%n ej kontrollerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Kontrollpunkter</translation>
    </message>
</context>
<context>
    <name>lk::Codes</name>
    <message>
        <source>Municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <source>Jointly</source>
        <translation>I samverkan</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ej påbörjad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Avförd</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per år</translation>
    </message>
    <message>
        <source>per period</source>
        <translation>per period</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Under 15</source>
        <translation>Under 15</translation>
    </message>
    <message>
        <source>15–17</source>
        <translation>15–17</translation>
    </message>
    <message>
        <source>18–20</source>
        <translation>18–20</translation>
    </message>
    <message>
        <source>21 and over</source>
        <translation>21 och äldre</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Other occupation</source>
        <translation>Annan sysselsättning</translation>
    </message>
    <message>
        <source>Other support</source>
        <translation>Annat stöd</translation>
    </message>
    <message>
        <source>Broke the trend</source>
        <translation>Bröt trenden</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <source>The person (18 or over)</source>
        <translation>Den enskilde (18 år eller äldre)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Meetings of Operativa gruppen</source>
        <translation>Möten i Operativa gruppen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Struken</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Leisure centre</source>
        <translation>Fritidsgård</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänst</translation>
    </message>
    <message>
        <source>Other unit</source>
        <translation>Annan enhet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Preventive effort</source>
        <translation>Förebyggande insats</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Föreläsning</translation>
    </message>
    <message>
        <source>Cooperation meeting</source>
        <translation>Samverkansmöte</translation>
    </message>
    <message>
        <source>The school or unit</source>
        <translation>Skolan/enheten</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Lifestyle criminals</source>
        <translation>Livsstilskriminella</translation>
    </message>
    <message>
        <source>Drug driving</source>
        <translation>Drograttfylleri</translation>
    </message>
    <message>
        <source>Drink driving</source>
        <translation>Rattfylleri</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Hastighet</translation>
    </message>
    <message>
        <source>Other dangerous driving</source>
        <translation>Annat trafikfarligt beteende</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociala medier</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Nyhetsbrev</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <source>Police visits</source>
        <translation>Polisens besök</translation>
    </message>
    <message>
        <source>Drug operations</source>
        <translation>Narkotikainsatser</translation>
    </message>
    <message>
        <source>Traffic controls</source>
        <translation>Trafikkontroller</translation>
    </message>
    <message>
        <source>Information efforts</source>
        <translation>Informationsinsatser</translation>
    </message>
    <message>
        <source>per term</source>
        <translation>per termin</translation>
    </message>
    <message>
        <source>Tobacco inspections</source>
        <translation>Tobakstillsyner</translation>
    </message>
    <message>
        <source>Test purchases</source>
        <translation>Kontrollköp</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Closed down</source>
        <translation>Nedlagt</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinarie</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Joint with the police</source>
        <translation>Samordnad med polisen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <source>Remark (påpekande)</source>
        <translation>Påpekande</translation>
    </message>
    <message>
        <source>Injunction (föreläggande)</source>
        <translation>Föreläggande</translation>
    </message>
    <message>
        <source>Prohibition (förbud)</source>
        <translation>Förbud</translation>
    </message>
    <message>
        <source>Warning (varning)</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Permit revoked (återkallelse)</source>
        <translation>Återkallelse av tillståndet</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Deficiency (brist)</source>
        <translation>Brist</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Ej kontrollerat</translation>
    </message>
    <message>
        <source>Asked for ID</source>
        <translation>Frågade efter legitimation</translation>
    </message>
    <message>
        <source>Sold without asking</source>
        <translation>Sålde utan att fråga</translation>
    </message>
    <message>
        <source>Refused to sell</source>
        <translation>Nekade försäljning</translation>
    </message>
    <message>
        <source>Police-reported crime statistics</source>
        <translation>Polisens anmälningsstatistik</translation>
    </message>
    <message>
        <source>The national crime survey (NTU)</source>
        <translation>Nationella trygghetsundersökningen (NTU)</translation>
    </message>
    <message>
        <source>The police&apos;s safety survey</source>
        <translation>Polisens trygghetsmätning</translation>
    </message>
    <message>
        <source>Own measurement</source>
        <translation>Egen mätning</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lägre är bättre</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Högre är bättre</translation>
    </message>
    <message>
        <source>The whole year</source>
        <translation>Helår</translation>
    </message>
    <message>
        <source>Q1 (Jan–Mar)</source>
        <translation>K1 (jan–mar)</translation>
    </message>
    <message>
        <source>Q2 (Apr–Jun)</source>
        <translation>K2 (apr–jun)</translation>
    </message>
    <message>
        <source>Q3 (Jul–Sep)</source>
        <translation>K3 (jul–sep)</translation>
    </message>
    <message>
        <source>Q4 (Oct–Dec)</source>
        <translation>K4 (okt–dec)</translation>
    </message>
    <message>
        <source>Neighbourhood-watch events</source>
        <translation>Händelser i grannsamverkan</translation>
    </message>
    <message>
        <source>Detached houses (villor)</source>
        <translation>Villor</translation>
    </message>
    <message>
        <source>Terraced houses (radhus)</source>
        <translation>Radhus</translation>
    </message>
    <message>
        <source>Apartment buildings (flerbostadshus)</source>
        <translation>Flerbostadshus</translation>
    </message>
    <message>
        <source>Mixed housing</source>
        <translation>Blandad bebyggelse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Vilande</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Start-up meeting</source>
        <translation>Uppstartsmöte</translation>
    </message>
    <message>
        <source>Annual meeting</source>
        <translation>Årsmöte</translation>
    </message>
    <message>
        <source>Newsletter sent</source>
        <translation>Nyhetsbrev</translation>
    </message>
    <message>
        <source>Fire-safety information</source>
        <translation>Brandskyddsinformation</translation>
    </message>
    <message>
        <source>Safety walks</source>
        <translation>Trygghetsvandringar</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Belysning</translation>
    </message>
    <message>
        <source>Vegetation and bushes</source>
        <translation>Växtlighet/buskage</translation>
    </message>
    <message>
        <source>Vandalism and graffiti</source>
        <translation>Skadegörelse/klotter</translation>
    </message>
    <message>
        <source>Litter</source>
        <translation>Nedskräpning</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafik</translation>
    </message>
    <message>
        <source>Snow clearing</source>
        <translation>Snöröjning</translation>
    </message>
    <message>
        <source>Disorder</source>
        <translation>Ordningsstörning</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Trygg plats</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>High insecurity</source>
        <translation>Hög otrygghet</translation>
    </message>
    <message>
        <source>Medium insecurity</source>
        <translation>Medelhög otrygghet</translation>
    </message>
    <message>
        <source>Low insecurity</source>
        <translation>Låg otrygghet</translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation>Trygghetsvandring</translation>
    </message>
    <message>
        <source>Citizen dialogue</source>
        <translation>Medborgardialog</translation>
    </message>
    <message>
        <source>Police intelligence</source>
        <translation>Polisens underrättelse</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Walk on site</source>
        <translation>Fysisk vandring</translation>
    </message>
    <message>
        <source>Digital walk</source>
        <translation>Digital vandring</translation>
    </message>
    <message>
        <source>Daylight</source>
        <translation>Dagsljus</translation>
    </message>
    <message>
        <source>After dark</source>
        <translation>Mörker</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>Property owners</source>
        <translation>Fastighetsägare</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Föreningar</translation>
    </message>
    <message>
        <source>Politicians</source>
        <translation>Politiker</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Övriga</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Åtgärdad</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>New neighbourhood-watch areas (by start date)</source>
        <translation>Nya grannsamverkansområden (efter startdatum)</translation>
    </message>
    <message>
        <source>per tertial</source>
        <translation>per tertial</translation>
    </message>
    <message>
        <source>Never inspected: due now</source>
        <translation>Aldrig tillsynat: står på tur nu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>I tid</translation>
    </message>
</context>
<context>
    <name>lk::CommandLine</name>
    <message>
        <source>The Löfteskollen file to work on.</source>
        <translation>Löfteskollen-filen att arbeta med.</translation>
    </message>
    <message>
        <source>Language of the program: sv or en.</source>
        <translation>Programmets språk: sv eller en.</translation>
    </message>
    <message>
        <source>Create a new file from a template. An existing file is never overwritten.</source>
        <translation>Skapa en ny fil från en mall. En befintlig fil skrivs aldrig över.</translation>
    </message>
    <message>
        <source>salem-2021-2022 (default) or empty.</source>
        <translation>salem-2021-2022 (förval) eller empty (tom).</translation>
    </message>
    <message>
        <source>There is no template “%1”. Choose one of: %2.</source>
        <translation>Det finns ingen mall ”%1”. Välj en av: %2.</translation>
    </message>
    <message>
        <source>Created %1 from the template %2.</source>
        <translation>Skapade %1 från mallen %2.</translation>
    </message>
    <message>
        <source>There is no demo scale “%1”. Choose one of: %2.</source>
        <translation>Det finns ingen demoskala ”%1”. Välj en av: %2.</translation>
    </message>
    <message>
        <source>Created %1 with demo data (%2).</source>
        <translation>Skapade %1 med demodata (%2).</translation>
    </message>
    <message>
        <source>Commands (run without a window; “lofteskollen COMMAND --help” tells more):</source>
        <translation>Kommandon (körs utan fönster; ”lofteskollen KOMMANDO --help” berättar mer):</translation>
    </message>
    <message>
        <source>Löfteskollen: follow-up of the citizen promises (medborgarlöften) of a municipality and the police.</source>
        <translation>Löfteskollen: uppföljning av kommunens och polisens medborgarlöften.</translation>
    </message>
    <message>
        <source>A command to run without a window (see below).</source>
        <translation>Ett kommando som körs utan fönster (se nedan).</translation>
    </message>
    <message>
        <source>“%1” is not a command. Commands: %2.</source>
        <translation>”%1” är inget kommando. Kommandon: %2.</translation>
    </message>
    <message>
        <source>--lang takes sv or en, not “%1”.</source>
        <translation>--lang tar sv eller en, inte ”%1”.</translation>
    </message>
    <message>
        <source>Options go after the command: lofteskollen %1 --db FILE …</source>
        <translation>Flaggor skrivs efter kommandot: lofteskollen %1 --db FIL …</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Oväntat argument ”%1”.</translation>
    </message>
    <message>
        <source>Say which file with --db FILE.</source>
        <translation>Ange vilken fil med --db FIL.</translation>
    </message>
    <message>
        <source>Check a file: whether it is whole, and which case data is due for thinning (gallring).</source>
        <translation>Kontrollera en fil: om den är hel, och vilka ärendeuppgifter som ska gallras.</translation>
    </message>
    <message>
        <source>%1 is whole (SQLite&apos;s integrity check found nothing).</source>
        <translation>%1 är hel (SQLites integritetskontroll hittade inget fel).</translation>
    </message>
    <message>
        <source>%1 is damaged. SQLite&apos;s integrity check says:</source>
        <translation>%1 är skadad. SQLites integritetskontroll säger:</translation>
    </message>
    <message>
        <source>Nothing was changed. Open a backup, or save what can be read with export.</source>
        <translation>Ingenting ändrades. Öppna en säkerhetskopia, eller spara det som går att läsa med export.</translation>
    </message>
    <message numerus="yes">
        <source>Case data is thinned %n month(s) after a case is closed or last discussed.</source>
        <translation>
            <numerusform>Ärendeuppgifter gallras %n månad efter att ärendet avslutats eller senast diskuterats.</numerusform>
            <numerusform>Ärendeuppgifter gallras %n månader efter att ärendet avslutats eller senast diskuterats.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is due for thinning.</source>
        <translation>Inget ärende ska gallras.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due for thinning (open Operativa gruppen &gt; Thinning to thin them):</source>
        <translation>
            <numerusform>%n ärende ska gallras (öppna Operativa gruppen &gt; Gallring för att gallra):</numerusform>
            <numerusform>%n ärenden ska gallras (öppna Operativa gruppen &gt; Gallring för att gallra):</numerusform>
        </translation>
    </message>
    <message>
        <source>Only what changed since this date (the last exchange with the other computer), with what it points at and what was deleted: 2026-11-01 or 2026-11-01T10:00:00Z.</source>
        <translation>Bara det som ändrats sedan detta datum (det senaste utbytet med den andra datorn), med det som det pekar på och det som tagits bort: 2026-11-01 eller 2026-11-01T10:00:00Z.</translation>
    </message>
    <message>
        <source>Write the council&apos;s follow-up report (PDF or ODT), or the public summary for the web (HTML).</source>
        <translation>Skriv uppföljningsrapporten till kommunfullmäktige (PDF eller ODT), eller den offentliga sammanfattningen för webben (HTML).</translation>
    </message>
    <message>
        <source>Follow up from this date (default: the period&apos;s start).</source>
        <translation>Följ upp från detta datum (förval: periodens början).</translation>
    </message>
    <message>
        <source>Follow up to this date (default: the period&apos;s end).</source>
        <translation>Följ upp till detta datum (förval: periodens slut).</translation>
    </message>
    <message>
        <source>pdf, odt or html.</source>
        <translation>pdf, odt eller html.</translation>
    </message>
    <message>
        <source>The public summary “Följ med i hur det går” instead of the council report (HTML only).</source>
        <translation>Den offentliga sammanfattningen ”Följ med i hur det går” i stället för rapporten (bara HTML).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <source>This build of Löfteskollen cannot write reports.</source>
        <translation>Den här versionen av Löfteskollen kan inte skriva rapporter.</translation>
    </message>
    <message>
        <source>The copy to write; it must not exist.</source>
        <translation>Kopian som ska skrivas; den får inte finnas.</translation>
    </message>
    <message>
        <source>Say where to write the copy with --out FILE.</source>
        <translation>Ange var kopian ska skrivas med --out FIL.</translation>
    </message>
    <message>
        <source>Wrote the copy %1.</source>
        <translation>Skrev kopian %1.</translation>
    </message>
    <message>
        <source>The walk by its date, such as 2021-10-12, or by its UUID.</source>
        <translation>Vandringen med sitt datum, till exempel 2021-10-12, eller sitt UUID.</translation>
    </message>
    <message>
        <source>pdf or odt.</source>
        <translation>pdf eller odt.</translation>
    </message>
    <message>
        <source>%1 is not finished: it is what a making of %2 left when it was stopped (a crash, a kill or a full disk), and may hold only part of its records. Nothing was checked. Delete it, and make %2 again.</source>
        <translation>%1 är inte färdig: den blev kvar när %2 höll på att skapas och arbetet avbröts (en krasch, ett avbrutet program eller en full disk), och kan innehålla bara en del av posterna. Ingenting kontrollerades. Ta bort den och skapa %2 igen.</translation>
    </message>
    <message>
        <source>The period by its name, such as 2021–2022, or its UUID.</source>
        <translation>Perioden med sitt namn, till exempel 2021–2022, eller sitt UUID.</translation>
    </message>
    <message>
        <source>The municipality whose period it is, by its name in any case or its UUID; needed only when periods of several municipalities have that name.</source>
        <translation>Kommunen som perioden hör till, med sitt namn (stora eller små bokstäver) eller sitt UUID; behövs bara när perioder i flera kommuner har det namnet.</translation>
    </message>
    <message>
        <source>Instead of one municipality&apos;s council report, the police area&apos;s: its municipalities side by side, each with its period of the name --period gives.</source>
        <translation>I stället för en kommuns rapport till fullmäktige, polisområdets: dess kommuner sida vid sida, var och en med sin period med det namn som --period anger.</translation>
    </message>
    <message>
        <source>Search the text of every register: one line per hit (register, date, title, UUID), the best first. Each word finds itself and the words it begins (case and å, ä, ö as written in Swedish); a record must hold all of them.</source>
        <translation>Sök i texten i alla register: en rad per träff (register, datum, rubrik, UUID), de bästa först. Varje ord hittar sig självt och de ord det inleder (stora och små bokstäver lika, å, ä och ö som egna bokstäver); en post måste innehålla alla orden.</translation>
    </message>
    <message>
        <source>Only this municipality&apos;s records (and those of none), by its name in any case or its UUID; without it, every municipality&apos;s.</source>
        <translation>Bara den här kommunens poster (och de som inte hör till någon kommun), med kommunens namn i stora eller små bokstäver eller dess UUID; utan det alla kommuners.</translation>
    </message>
    <message>
        <source>The most hits shown per register (default 50).</source>
        <translation>Högst så många träffar per register (förval 50).</translation>
    </message>
    <message>
        <source>The words to search for.</source>
        <translation>Orden att söka efter.</translation>
    </message>
    <message>
        <source>How much data: sample (Salem 2021–2022) or region (the 26 municipalities of Stockholm county over ten years, about 250,000 records).</source>
        <translation>Hur mycket data: sample (Salem 2021–2022) eller region (Stockholms läns 26 kommuner under tio år, omkring 250 000 poster).</translation>
    </message>
    <message>
        <source>Write the whole content of a file as JSON, or only what changed since a date; or the registers as an Excel workbook, or one register as a CSV file for Excel.</source>
        <translation>Skriv hela innehållet i en fil som JSON, eller bara det som ändrats sedan ett datum; eller registren som en Excelarbetsbok, eller ett register som en CSV-fil för Excel.</translation>
    </message>
    <message>
        <source>json (default: everything, for another computer or a backup), xlsx (a sheet per register, for Excel) or csv (one register, &apos;;&apos;-separated UTF-8 for Swedish Excel).</source>
        <translation>json (förval: allt, för en annan dator eller som kopia), xlsx (ett blad per register, för Excel) eller csv (ett register, &apos;;&apos;-avgränsad UTF-8 för svenska Excel).</translation>
    </message>
    <message>
        <source>xlsx and csv: only this municipality&apos;s records, by its name in any case or its UUID (default: the whole file).</source>
        <translation>xlsx och csv: bara den här kommunens poster, med kommunens namn (stora eller små bokstäver) eller UUID (förval: hela filen).</translation>
    </message>
    <message>
        <source>xlsx and csv: only this register, by its table name (traffic_controls); csv needs it.</source>
        <translation>xlsx och csv: bara det här registret, med sitt tabellnamn (traffic_controls); csv behöver det.</translation>
    </message>
    <message>
        <source>Read a JSON export into a file, all or nothing; records are matched by UUID. With --register, read a CSV list into one register, all or nothing.</source>
        <translation>Läs in en JSON-export i en fil, allt eller inget; poster matchas på UUID. Med --register läses en CSV-lista in i ett register, allt eller inget.</translation>
    </message>
    <message>
        <source>Read a CSV file into this register: %1.</source>
        <translation>Läs in en CSV-fil i det här registret: %1.</translation>
    </message>
    <message>
        <source>With --register: the municipality the records are of, by its name in any case or its UUID; needed when the file has several.</source>
        <translation>Med --register: kommunen som posterna hör till, med namn (stora eller små bokstäver) eller UUID; behövs när filen har flera.</translation>
    </message>
    <message>
        <source>The JSON export, or with --register the CSV file, to read.</source>
        <translation>JSON-exporten, eller med --register CSV-filen, som ska läsas in.</translation>
    </message>
    <message>
        <source>A PostgreSQL database to work on instead of a file: postgresql://USER@HOST:PORT/DATABASE (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>En PostgreSQL-databas att arbeta i i stället för en fil: postgresql://ANVÄNDARE@VÄRD:PORT/DATABAS (lösenordet från PGPASSWORD eller ~/.pgpass).</translation>
    </message>
    <message>
        <source>Say which file to upload with --db FILE.</source>
        <translation>Ange vilken fil som ska föras upp med --db FIL.</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2: %3 added, %4 updated, %5 unchanged.</source>
        <translation>Förde upp %1 till %2: %3 tillagda, %4 uppdaterade, %5 oförändrade.</translation>
    </message>
    <message>
        <source>Say what to do with the server: lofteskollen server init --server URL</source>
        <translation>Ange vad som ska göras med servern: lofteskollen server init --server URL</translation>
    </message>
    <message>
        <source>Set up %1 for Löfteskollen (version %2).</source>
        <translation>%1 är i ordning för Löfteskollen (version %2).</translation>
    </message>
    <message>
        <source>Say which database with --server URL.</source>
        <translation>Ange vilken databas med --server URL.</translation>
    </message>
    <message>
        <source>Give either --db FILE or --server URL, not both.</source>
        <translation>Ange antingen --db FIL eller --server URL, inte båda.</translation>
    </message>
    <message>
        <source>Say which file with --db FILE, or which server with --server URL.</source>
        <translation>Ange vilken fil med --db FIL, eller vilken server med --server URL.</translation>
    </message>
    <message>
        <source>Write a safety walk&apos;s protocol (PDF or ODT): its observations, actions, who is responsible and by when; or, with --meeting, an Operativa gruppen meeting&apos;s minutes (PDF).</source>
        <translation>Skriv protokollet från en trygghetsvandring (PDF eller ODT): iakttagelser, åtgärder, vem som ansvarar och till när; eller, med --meeting, protokollet från ett möte i Operativa gruppen (PDF).</translation>
    </message>
    <message>
        <source>Instead of a walk, the Operativa gruppen meeting whose minutes to write, by its date, such as 2022-03-15, or by its UUID.</source>
        <translation>I stället för en vandring: mötet i Operativa gruppen vars protokoll ska skrivas, med datum, till exempel 2022-03-15, eller UUID.</translation>
    </message>
    <message>
        <source>The municipality whose walk or meeting it is, by its name in any case or its UUID; needed only when several municipalities&apos; walks or meetings fall on that date.</source>
        <translation>Kommunen som vandringen eller mötet hör till, med namn (stora eller små bokstäver) eller UUID; behövs bara när flera kommuners vandringar eller möten infaller det datumet.</translation>
    </message>
    <message>
        <source>Write a consistent copy of a file, also while the window has it open, or of a server&apos;s database as a file that the window opens.</source>
        <translation>Skriv en enhetlig kopia av en fil, även medan fönstret har den öppen, eller av en servers databas som en fil som fönstret öppnar.</translation>
    </message>
    <message>
        <source>Set up a PostgreSQL database for shared use: init makes the schema in an empty database; upload brings a file&apos;s records in (with --db FILE), all or nothing, their UUIDs kept; grant and revoke give a person&apos;s login a role for some municipalities, or take it away.</source>
        <translation>Ställ in en PostgreSQL-databas för gemensam användning: init skapar schemat i en tom databas; upload för in en fils poster (med --db FIL), allt eller inget, med deras UUID kvar; grant och revoke ger en persons inloggning en roll för vissa kommuner, eller tar bort den.</translation>
    </message>
    <message>
        <source>init, upload, grant or revoke</source>
        <translation>init, upload, grant eller revoke</translation>
    </message>
    <message>
        <source>Create a new file with the Salem template and invented follow-up data; with --server, load them into a server database just set up with server init.</source>
        <translation>Skapa en ny fil med Salem-mallen och påhittade uppföljningsdata; med --server läses de in i en serverdatabas som just har skapats med server init.</translation>
    </message>
    <message>
        <source>init makes a new file. A server&apos;s database is set up with: lofteskollen server init --server URL</source>
        <translation>init skapar en ny fil. En servers databas sätts upp med: lofteskollen server init --server URL</translation>
    </message>
    <message>
        <source>A server is given with --server URL, not with --db.</source>
        <translation>En server anges med --server URL, inte med --db.</translation>
    </message>
</context>
<context>
    <name>lk::Compliance</name>
    <message>
        <source>Jan–Jun %1</source>
        <translation>jan–jun %1</translation>
    </message>
    <message>
        <source>Jul–Dec %1</source>
        <translation>jul–dec %1</translation>
    </message>
</context>
<context>
    <name>lk::ComplianceTab</name>
    <message>
        <source>By &amp;half-year</source>
        <translation>Per &amp;halvår</translation>
    </message>
    <message>
        <source>By &amp;year</source>
        <translation>Per å&amp;r</translation>
    </message>
    <message>
        <source>Compliance in the period:</source>
        <translation>Efterlevnad under perioden:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Test purchases</source>
        <translation>Kontrollköp</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Tillsyner</translation>
    </message>
    <message>
        <source>Without deficiency</source>
        <translation>Utan brist</translation>
    </message>
    <message>
        <source>Test purchases with ID asked or sale refused</source>
        <translation>Kontrollköp där legitimation begärdes eller köpet nekades</translation>
    </message>
    <message>
        <source>Inspections without deficiency</source>
        <translation>Tillsyner utan brist</translation>
    </message>
    <message>
        <source>Asked or refused</source>
        <translation>Frågade eller nekade</translation>
    </message>
    <message>
        <source>Compliance figures</source>
        <translation>Efterlevnad i siffror</translation>
    </message>
</context>
<context>
    <name>lk::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Ändrad av någon annan</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>%1 changed this record (%2) at %3, after you began editing it. Your change has not been saved.</source>
        <translation>%1 ändrade posten (%2) %3, efter att du började redigera den. Din ändring har inte sparats.</translation>
    </message>
    <message>
        <source>%1 changed this record (%2) after you began editing it. Your change has not been saved.</source>
        <translation>%1 ändrade posten (%2) efter att du började redigera den. Din ändring har inte sparats.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Skillnader</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Dina</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deras</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>The fields shown here hold the same in both.</source>
        <translation>Fälten som visas här är lika i båda.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behåll mina</translation>
    </message>
    <message>
        <source>Saves your values over the other change.</source>
        <translation>Sparar dina värden över den andra ändringen.</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ta deras</translation>
    </message>
    <message>
        <source>Shows the record as the other change left it; your change is dropped.</source>
        <translation>Visar posten som den andra ändringen lämnade den; din ändring sparas inte.</translation>
    </message>
</context>
<context>
    <name>lk::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Anslut till server</translation>
    </message>
    <message>
        <source>Work with others in a shared Löfteskollen database on your organisation&apos;s PostgreSQL server instead of a file on this computer. IT gives you the address and your login. The password is asked for when the server wants one, and never saved.</source>
        <translation>Arbeta tillsammans med andra i en gemensam Löfteskollen-databas på organisationens PostgreSQL-server i stället för i en fil på den här datorn. IT-avdelningen ger dig adressen och din inloggning. Lösenordet efterfrågas när servern kräver det och sparas aldrig.</translation>
    </message>
    <message>
        <source>For example %1: the login, the server&apos;s name and the database.</source>
        <translation>Till exempel %1: inloggningen, serverns namn och databasen.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
</context>
<context>
    <name>lk::ConnectionBanner</name>
    <message>
        <source>Try &amp;now</source>
        <translation>Försök &amp;nu</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The connection to the server is lost.&lt;/b&gt; %1 does not answer. What you type stays in the forms and nothing half-done was saved; a field that could not be saved is saved when the connection is back. Trying again in %n second(s).</source>
        <translation>
            <numerusform>&lt;b&gt;Anslutningen till servern är bruten.&lt;/b&gt; %1 svarar inte. Det du skriver finns kvar i formulären och inget halvfärdigt sparades; ett fält som inte kunde sparas sparas när anslutningen är tillbaka. Nytt försök om %n sekund.</numerusform>
            <numerusform>&lt;b&gt;Anslutningen till servern är bruten.&lt;/b&gt; %1 svarar inte. Det du skriver finns kvar i formulären och inget halvfärdigt sparades; ett fält som inte kunde sparas sparas när anslutningen är tillbaka. Nytt försök om %n sekunder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::CouncilReport</name>
    <message>
        <source>No status reported</source>
        <translation>Ingen status rapporterad</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Follow-up of the citizen promises</source>
        <translation>Uppföljning av medborgarlöftena</translation>
    </message>
    <message>
        <source>with the police in %1</source>
        <translation>tillsammans med polisen i %1</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Period %1</translation>
    </message>
    <message>
        <source>Followed up %1</source>
        <translation>Uppföljt %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Follow-up of the citizen promises, %1 %2</source>
        <translation>Uppföljning av medborgarlöftena, %1 %2</translation>
    </message>
    <message>
        <source>Final report for the period</source>
        <translation>Slutrapport för perioden</translation>
    </message>
    <message>
        <source>Interim report, %1</source>
        <translation>Delårsrapport, %1</translation>
    </message>
    <message>
        <source>Date %1</source>
        <translation>Datum %1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Avsändare: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>How to read the report</source>
        <translation>Så läses rapporten</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Here that is %1, counted from %2.</source>
        <translation>Här är det %1, räknat från %2.</translation>
    </message>
    <message>
        <source>Here that point lies before %1, the first date followed up, and the column shows —.</source>
        <translation>Här ligger den tidpunkten före %1, det första uppföljda datumet, och kolumnen visar —.</translation>
    </message>
    <message>
        <source>Reported status</source>
        <translation>Rapporterad status</translation>
    </message>
    <message>
        <source>The coordinator&apos;s own account of the promise at the latest follow-up on or before %1 (%2), with the date it was reported. It is printed beside the assessment and not mixed into it; where the two part, the report says so in words under them.</source>
        <translation>Samordnarens egen redovisning av löftet vid den senaste uppföljningen till och med %1 (%2), med datumet då den rapporterades. Den står bredvid bedömningen och blandas inte in i den; där de skiljer sig åt säger rapporten det i ord under dem.</translation>
    </message>
    <message>
        <source>Previous assessment</source>
        <translation>Föregående bedömning</translation>
    </message>
    <message>
        <source>The assessment at the previous follow-up point, the end of the tertial before the one %1 lies in, counted by the same rule. %2</source>
        <translation>Bedömningen vid föregående uppföljningstillfälle, slutet av tertialet före det som %1 ligger i, räknad efter samma regel. %2</translation>
    </message>
    <message>
        <source>What was done against what was planned by the date (“21 of 24”); the share is what was done as a per cent of what was planned.</source>
        <translation>Vad som gjorts mot vad som planerats fram till datumet (”21 av 24”); andelen är det gjorda i procent av det planerade.</translation>
    </message>
    <message>
        <source>Tertials</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>The summary and each promise compare the outcome year by year when the dates span years, tertial by tertial within a year (T1 January–April, T2 May–August, T3 September–December). Charts count by school term across years, by tertial within one; the dashed line is what was planned in each.</source>
        <translation>Sammanfattningen och varje löfte jämför utfallet år för år när datumen spänner över flera år, tertial för tertial inom ett år (T1 januari–april, T2 maj–augusti, T3 september–december). Diagrammen räknar per termin över flera år och per tertial inom ett; den streckade linjen är vad som planerats i varje.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Figures the registers hold beside the targets: a share is always given with the number it is a share of.</source>
        <translation>Tal som registren håller utöver målen: en andel anges alltid med antalet den är en andel av.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Begrepp</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>This follow-up of the citizen promises for %1 (%2) was compiled by %3 on %4. The municipality and the police sign it together.</source>
        <translation>Denna uppföljning av medborgarlöftena för %1 (%2) har sammanställts av %3 den %4. Kommunen och polisen undertecknar den gemensamt.</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>För %1</translation>
    </message>
    <message>
        <source>For the police</source>
        <translation>För polisen</translation>
    </message>
    <message>
        <source>For the police, %1</source>
        <translation>För polisen, %1</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Ort och datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Name in print</source>
        <translation>Namnförtydligande</translation>
    </message>
    <message>
        <source>Follow-up of the citizen promises, %1</source>
        <translation>Uppföljning av medborgarlöften, %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Tertial</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utfört</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Previous assessment (%1)</source>
        <translation>Föregående bedömning (%1)</translation>
    </message>
    <message>
        <source>counted by hand, not assessed</source>
        <translation>räknas för hand, bedöms inte</translation>
    </message>
    <message>
        <source>Comment (%1):</source>
        <translation>Kommentar (%1):</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Nästa steg:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>For each target counted from the registers: what was done against what was planned by %1, %2 and in total, its share, the assessment and the previous one. The reported status stands on the promise&apos;s row. The key on page 2 gives the rule.</source>
        <translation>För varje mål som räknas ur registren: vad som gjorts mot vad som planerats fram till %1, %2 och totalt, andelen, bedömningen och den föregående. Den rapporterade statusen står på löftets rad. Nyckeln på sidan 2 anger regeln.</translation>
    </message>
    <message>
        <source>year by year</source>
        <translation>år för år</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>Reported status: %1</source>
        <translation>Rapporterad status: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No counted target</source>
        <translation>Inget räknat mål</translation>
    </message>
    <message>
        <source>Nothing is linked to the promise in the registers; the assessment follows the reported status.</source>
        <translation>Inget i registren är kopplat till löftet; bedömningen följer den rapporterade statusen.</translation>
    </message>
    <message>
        <source>*%1 counts %2 – %3.</source>
        <translation>*%1 räknar %2 – %3.</translation>
    </message>
    <message>
        <source>The previous follow-up point lies before %1: there is no previous assessment.</source>
        <translation>Föregående uppföljningstillfälle ligger före %1: det finns ingen föregående bedömning.</translation>
    </message>
    <message>
        <source>Key figures and indicators at a glance</source>
        <translation>Nyckeltal och indikatorer i korthet</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>lägre</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>högre</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångs­läge</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Bättre</translation>
    </message>
    <message>
        <source>Way to target</source>
        <translation>Väg till målet</translation>
    </message>
    <message>
        <source>A target per unit (visits to each school a term) counts each unit up to what it asks in each column, so the columns may add up to more than the total.</source>
        <translation>Ett mål per enhet (besök på varje skola och termin) räknar varje enhet upp till det som efterfrågas i varje kolumn, så kolumnerna kan tillsammans bli fler än totalen.</translation>
    </message>
    <message>
        <source>tertial by tertial %1</source>
        <translation>tertial för tertial %1</translation>
    </message>
</context>
<context>
    <name>lk::CountsFor</name>
    <message>
        <source>The date (%1) is outside the period %2 (%3 – %4) of the promise it counts for. Choose a promise of that period, or none.</source>
        <translation>Datumet (%1) ligger utanför perioden %2 (%3 – %4) som löftet det räknas för hör till. Välj ett löfte i den perioden, eller inget.</translation>
    </message>
</context>
<context>
    <name>lk::CsvImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Line %1 names the columns, but %2 is missing. The first line must name them, for example: %3</source>
        <translation>Rad %1 namnger kolumnerna, men %2 saknas. Första raden ska namnge dem, till exempel: %3</translation>
    </message>
    <message>
        <source>The file names its columns but holds no rows below them.</source>
        <translation>Filen namnger sina kolumner men har inga rader under dem.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n line(s) with errors; nothing was imported.</source>
        <translation>
            <numerusform>Filen har %n rad med fel; ingenting importerades.</numerusform>
            <numerusform>Filen har %n rader med fel; ingenting importerades.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is %1, separated by “%2”.</source>
        <translation>Filen är %1, avgränsad med ”%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be read, so nothing will be imported: correct the file and import it again.</source>
        <translation>
            <numerusform>%n rad kan inte läsas, så ingenting importeras: rätta filen och importera den igen.</numerusform>
            <numerusform>%n rader kan inte läsas, så ingenting importeras: rätta filen och importera den igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 already stored.</source>
        <translation>%1 nya, %2 ändrade, %3 finns redan.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) of the file not read: %1.</source>
        <translation>
            <numerusform>%n kolumn i filen läses inte: %1.</numerusform>
            <numerusform>%n kolumner i filen läses inte: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::CsvImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>The file&apos;s lines</source>
        <translation>Filens rader</translation>
    </message>
    <message>
        <source>Lines that cannot be read</source>
        <translation>Rader som inte kan läsas</translation>
    </message>
    <message>
        <source>The file could not be read, and nothing was imported.
%1</source>
        <translation>Filen kunde inte läsas, och ingenting importerades.
%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Läggs till</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändras</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>Finns redan</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ingenting importerades</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>%1 kunde inte öppnas (%2).</translation>
    </message>
</context>
<context>
    <name>lk::CsvSheet</name>
    <message>
        <source>A CSV file holds one table only: choose one register, or write an Excel workbook (.xlsx) for several.</source>
        <translation>En CSV-fil rymmer bara en tabell: välj ett register, eller skriv en Excelarbetsbok (.xlsx) för flera.</translation>
    </message>
</context>
<context>
    <name>lk::CsvTable</name>
    <message>
        <source>Line %1 has %2 cells, but the header on line %3 has only %4 columns. A cell may hold the separator (%5) without quotation marks around it: put that cell in quotation marks, or remove the extra cells, and import the file again.</source>
        <translation>Rad %1 har %2 celler, men rubrikraden på rad %3 har bara %4 kolumner. En cell kan innehålla avgränsaren (%5) utan citattecken runt sig: sätt citattecken runt den cellen, eller ta bort de extra cellerna, och importera filen igen.</translation>
    </message>
    <message>
        <source>Line %1: the file could not be read (%2). Nothing was imported; check that the file is a CSV file and that the computer has free memory, and try again.</source>
        <translation>Rad %1: filen kunde inte läsas (%2). Ingenting importerades; kontrollera att filen är en CSV-fil och att datorn har ledigt minne, och försök igen.</translation>
    </message>
    <message>
        <source>The file is %1 MB, more than the %2 MB a CSV file may be. It was not read; split it into smaller files, or remove the rows and columns that are not needed, and import each part.</source>
        <translation>Filen är %1 MB, mer än de %2 MB en CSV-fil får vara. Den lästes inte; dela upp den i mindre filer, eller ta bort rader och kolumner som inte behövs, och importera varje del.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (&quot;Unicode text&quot;), which is not read. Save it in the spreadsheet program as &quot;CSV UTF-8&quot; or &quot;CSV (semicolon separated)&quot; and import that file.</source>
        <translation>Filen är sparad som UTF-16 (”Unicode-text”), som inte kan läsas. Spara den i kalkylprogrammet som ”CSV UTF-8” eller ”CSV (semikolonavgränsad)” och importera den filen.</translation>
    </message>
    <message>
        <source>The file is not a CSV text file: it holds binary data (it may be an Excel workbook, a PDF or an image). Save it in the spreadsheet program as &quot;CSV UTF-8&quot; or &quot;CSV (semicolon separated)&quot; and import that file.</source>
        <translation>Filen är ingen CSV-textfil: den innehåller binära data (det kan vara en Excel-arbetsbok, en PDF eller en bild). Spara den i kalkylprogrammet som ”CSV UTF-8” eller ”CSV (semikolonavgränsad)” och importera den filen.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed. It starts with a quotation mark (&quot;), but the file ends before the closing one, so the rest of the file would be read as that one cell. Add the missing quotation mark on line %1 and import the file again.</source>
        <translation>Rad %1: en cell inom citattecken avslutas aldrig. Den börjar med ett citattecken (&quot;), men filen tar slut före det avslutande, så resten av filen skulle läsas som den enda cellen. Lägg till det saknade citattecknet på rad %1 och importera filen igen.</translation>
    </message>
    <message>
        <source>The file is empty: it has no line with any text. Choose a CSV file with a header line (the column names) and one row per line below it.</source>
        <translation>Filen är tom: den har ingen rad med text. Välj en CSV-fil med en rubrikrad (kolumnnamnen) och en post per rad under den.</translation>
    </message>
</context>
<context>
    <name>lk::Database</name>
    <message>
        <source>The file %1 is not a Löfteskollen file. It was not opened; nothing was changed. Choose a file made by Löfteskollen, or create a new one with File &gt; New.</source>
        <translation>Filen %1 är ingen Löfteskollen-fil. Den öppnades inte och ingenting ändrades. Välj en fil som har skapats av Löfteskollen, eller skapa en ny med Arkiv &gt; Ny.</translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2). It was not opened; nothing was changed. Check its permissions.</source>
        <translation>Filen %1 kunde inte läsas (%2). Den öppnades inte och ingenting ändrades. Kontrollera filens behörigheter.</translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Löfteskollen (file version %2, this program reads up to %3). It was not opened; nothing was changed. Update Löfteskollen to open it.</source>
        <translation>Filen %1 har skapats av en nyare version av Löfteskollen (filversion %2, det här programmet läser upp till %3). Den öppnades inte och ingenting ändrades. Uppdatera Löfteskollen för att öppna den.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Nothing was opened or created. Choose another file, or create a new one with File &gt; New.</source>
        <translation>Filen %1 finns inte. Ingenting öppnades eller skapades. Välj en annan fil, eller skapa en ny med Arkiv &gt; Ny.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was created. Choose an existing folder.</source>
        <translation>Mappen %1 finns inte. Ingenting skapades. Välj en mapp som finns.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Nothing was opened.</source>
        <translation>%1 är en mapp, inte en fil. Ingenting öppnades.</translation>
    </message>
    <message>
        <source>The file %1 is empty, so it holds no Löfteskollen data. It was not opened; nothing was changed. Open a backup, or create a new file with File &gt; New.</source>
        <translation>Filen %1 är tom och innehåller alltså inga Löfteskollen-data. Den öppnades inte och ingenting ändrades. Öppna en säkerhetskopia, eller skapa en ny fil med Arkiv &gt; Ny.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened</source>
        <translation>Filen %1 kunde inte öppnas</translation>
    </message>
    <message>
        <source>The file %1 could not be prepared for use: %2</source>
        <translation>Filen %1 kunde inte förberedas för användning: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be opened. %2</source>
        <translation>Filen %1 kunde inte öppnas. %2</translation>
    </message>
    <message>
        <source>The file %1 is read-only, or is in a folder where this account may not write, so it cannot be changed here. Nothing was changed.</source>
        <translation>Filen %1 är skrivskyddad, eller ligger i en mapp där det här kontot inte får skriva, så den kan inte ändras här. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The file %1 has changes from an interrupted session in %2, which can only be completed where the file can be written. Nothing was changed. Copy both files to a folder where you may write, and open the copy there.</source>
        <translation>Filen %1 har ändringar från en avbruten session i %2, som bara kan slutföras där filen går att skriva. Ingenting ändrades. Kopiera båda filerna till en mapp där du får skriva, och öppna kopian där.</translation>
    </message>
    <message>
        <source>The file %1 was made by an earlier version of Löfteskollen and needs its structure updated before this version can read it, which it cannot do where the file is read-only. Nothing was changed. Copy the file to a folder where you may write, and open the copy.</source>
        <translation>Filen %1 gjordes av en tidigare version av Löfteskollen och behöver få sin struktur uppdaterad innan den här versionen kan läsa den, vilket inte går där filen är skrivskyddad. Ingenting ändrades. Kopiera filen till en mapp där du får skriva, och öppna kopian.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or could not be read. It was not opened; nothing was changed. Restore the newest backup, or keep the file for IT support to look at (SQLite says: %2).</source>
        <translation>Filen %1 är skadad eller kunde inte läsas. Den öppnades inte; ingenting ändrades. Återställ den senaste säkerhetskopian, eller spara filen så att IT-supporten kan titta på den (SQLite säger: %2).</translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation>%1 skapades inte: %2</translation>
    </message>
    <message>
        <source>The file %1 is damaged or could not be read: reading it through after it opened found a fault. It was closed again; nothing was changed in it. Restore the newest backup, or keep the file for IT support to look at (SQLite says: %2).</source>
        <translation>Filen %1 är skadad eller kunde inte läsas: när den lästes igenom efter att den öppnats hittades ett fel. Den stängdes igen; inget ändrades i den. Återställ den senaste säkerhetskopian, eller spara filen så att IT-supporten kan titta på den (SQLite säger: %2).</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed, so no server can be used. Nothing was changed. Install the package libqt6sql6-psql.</source>
        <translation>Qt:s PostgreSQL-drivrutin (QPSQL) är inte installerad, så ingen server kan användas. Inget ändrades. Installera paketet libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The server %1 could not be used: %2 Nothing was changed. Check the address, that the server runs, and the login (its password is read from PGPASSWORD or ~/.pgpass).</source>
        <translation>Servern %1 kunde inte användas: %2 Inget ändrades. Kontrollera adressen, att servern är igång och inloggningen (lösenordet läses från PGPASSWORD eller ~/.pgpass).</translation>
    </message>
    <message>
        <source>The server %1 could not be prepared for use: %2</source>
        <translation>Servern %1 kunde inte göras redo att användas: %2</translation>
    </message>
    <message>
        <source>The database %1 already holds Löfteskollen&apos;s tables (version %2). Nothing was changed. Open it with --server, or set up an empty database.</source>
        <translation>Databasen %1 har redan Löfteskollens tabeller (version %2). Inget ändrades. Öppna den med --server, eller gör i ordning en tom databas.</translation>
    </message>
    <message>
        <source>The database %1 holds other tables (%2), so it is not set up for Löfteskollen. Nothing was changed. Ask for an empty database of its own.</source>
        <translation>Databasen %1 har andra tabeller (%2), så den görs inte i ordning för Löfteskollen. Inget ändrades. Be om en egen, tom databas.</translation>
    </message>
    <message>
        <source>The database %1 holds no Löfteskollen data yet. Nothing was changed. Set it up with: lofteskollen server init --server URL</source>
        <translation>Databasen %1 har inga data från Löfteskollen ännu. Inget ändrades. Gör i ordning den med: lofteskollen server init --server URL</translation>
    </message>
    <message>
        <source>The database %1 holds other tables than Löfteskollen&apos;s. It was not opened; nothing was changed.</source>
        <translation>Databasen %1 har andra tabeller än Löfteskollens. Den öppnades inte; inget ändrades.</translation>
    </message>
    <message>
        <source>The database %1 was set up by a newer version of Löfteskollen (version %2, this program reads up to %3). Nothing was changed. Update Löfteskollen to use it.</source>
        <translation>Databasen %1 gjordes i ordning av en nyare version av Löfteskollen (version %2, det här programmet läser upp till %3). Inget ändrades. Uppdatera Löfteskollen för att använda den.</translation>
    </message>
    <message>
        <source>The database %1 could not be set up. %2</source>
        <translation>Databasen %1 kunde inte göras i ordning. %2</translation>
    </message>
    <message>
        <source>Copying the file</source>
        <translation>Kopierar filen</translation>
    </message>
    <message>
        <source>No copy was made.</source>
        <translation>Ingen kopia gjordes.</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>din inloggning</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of %2. Nothing was changed. Give the password (the window asks for it), or keep it in ~/.pgpass or PGPASSWORD.</source>
        <translation>Servern %1 begär lösenordet för %2. Inget ändrades. Ange lösenordet (fönstret frågar efter det), eller spara det i ~/.pgpass eller PGPASSWORD.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password of %2. Nothing was changed. Check the password (and Caps Lock) and try again, or ask IT whether the login is set up.</source>
        <translation>Servern %1 godtog inte lösenordet för %2. Inget ändrades. Kontrollera lösenordet (och Caps Lock) och försök igen, eller fråga IT-avdelningen om inloggningen är upplagd.</translation>
    </message>
    <message>
        <source>There is no server called %1 on this network. Nothing was changed. Check the address for a typing mistake, and that this computer is connected to the municipality&apos;s network (over VPN when away).</source>
        <translation>Det finns ingen server som heter %1 i det här nätverket. Inget ändrades. Kontrollera att adressen är rätt skriven och att datorn är ansluten till kommunens nätverk (via VPN när du är på annan plats).</translation>
    </message>
    <message>
        <source>The server %1 could not be used: it does not answer. Nothing was changed. Check that the address and port are right, and ask IT whether the server runs.</source>
        <translation>Servern %1 kunde inte användas: den svarar inte. Inget ändrades. Kontrollera att adress och port är rätt och fråga IT-avdelningen om servern är igång.</translation>
    </message>
    <message>
        <source>The database %1 was set up by an older version of Löfteskollen (version %2, this program needs %3) and could not be brought up to date: %4 Nothing was changed. Ask whoever set up the server to open it once with this version, as the owner of its tables, or use the older version of Löfteskollen until then.</source>
        <translation>Databasen %1 sattes upp av en äldre version av Löfteskollen (version %2, det här programmet behöver %3) och kunde inte uppdateras: %4 Inget ändrades. Be den som satte upp servern att öppna den en gång med den här versionen, som ägare till tabellerna, eller använd den äldre versionen av Löfteskollen tills vidare.</translation>
    </message>
</context>
<context>
    <name>lk::DateEdit</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>åååå-mm-dd</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Välj i en kalender (Alt+Ned)</translation>
    </message>
    <message>
        <source>Type a date such as 2022-11-03, 221103 or 3/11; Delete empties it.</source>
        <translation>Skriv ett datum som 2022-11-03, 221103 eller 3/11; Delete tömmer fältet.</translation>
    </message>
    <message>
        <source>Type a date such as 2022-11-03, 221103 or 3/11; the arrow keys move a day.</source>
        <translation>Skriv ett datum som 2022-11-03, 221103 eller 3/11; piltangenterna flyttar en dag.</translation>
    </message>
    <message>
        <source>“%1” is outside %2 – %3.</source>
        <translation>”%1” ligger utanför %2 – %3.</translation>
    </message>
    <message>
        <source>Write a date, such as 2022-11-03.</source>
        <translation>Skriv ett datum, till exempel 2022-11-03.</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Välj i en kalender</translation>
    </message>
</context>
<context>
    <name>lk::DateInput</name>
    <message>
        <source>“%1” is not a date: %2</source>
        <translation>”%1” är inget datum: %2</translation>
    </message>
    <message>
        <source>write it as 2022-11-03, 20221103, 221103 or 3/11.</source>
        <translation>skriv det som 2022-11-03, 20221103, 221103 eller 3/11.</translation>
    </message>
    <message>
        <source>the year must be between %1 and %2.</source>
        <translation>året måste ligga mellan %1 och %2.</translation>
    </message>
    <message>
        <source>there is no month %1.</source>
        <translation>det finns ingen månad %1.</translation>
    </message>
    <message>
        <source>%1 %2 has %3 days.</source>
        <translation>%1 %2 har %3 dagar.</translation>
    </message>
</context>
<context>
    <name>lk::DemoData</name>
    <message>
        <source>There is no demo scale “%1”. Choose one of: %2.</source>
        <translation>Det finns ingen demoskala ”%1”. Välj en av: %2.</translation>
    </message>
</context>
<context>
    <name>lk::DigitalWalkCsv</name>
    <message>
        <source>The description is empty: write what was seen, or leave the row out.</source>
        <translation>Beskrivningen är tom: skriv vad som sågs, eller ta inte med raden.</translation>
    </message>
    <message>
        <source>Already imported: the walk holds an observation with the same text.</source>
        <translation>Redan importerad: vandringen har redan en iakttagelse med samma text.</translation>
    </message>
    <message>
        <source>The same text as line %1.</source>
        <translation>Samma text som rad %1.</translation>
    </message>
    <message>
        <source>The text holds an e-mail address or a phone number: remove it unless it belongs to an organisation.</source>
        <translation>Texten innehåller en e-postadress eller ett telefonnummer: ta bort det om det inte hör till en organisation.</translation>
    </message>
    <message>
        <source>“%1” is not in the register of places: the name is put first in the description.</source>
        <translation>”%1” finns inte i platsregistret: namnet står först i beskrivningen.</translation>
    </message>
    <message>
        <source>No category was given: set to Other.</source>
        <translation>Ingen kategori angavs: satt till Annat.</translation>
    </message>
    <message>
        <source>“%1” is not a category of the register: set to Other.</source>
        <translation>”%1” är ingen kategori i registret: satt till Annat.</translation>
    </message>
    <message>
        <source>[coordination number removed]</source>
        <translation>[samordningsnummer borttaget]</translation>
    </message>
    <message>
        <source>[personal identity number removed]</source>
        <translation>[personnummer borttaget]</translation>
    </message>
    <message>
        <source>A coordination number (%1) was taken out of the text: read it before you include the row.</source>
        <translation>Ett samordningsnummer (%1) togs bort ur texten: läs den innan du tar med raden.</translation>
    </message>
    <message>
        <source>A personal identity number (%1) was taken out of the text: read it before you include the row.</source>
        <translation>Ett personnummer (%1) togs bort ur texten: läs den innan du tar med raden.</translation>
    </message>
    <message>
        <source>[e-mail address removed]</source>
        <translation>[e-postadress borttagen]</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es) taken out of the text: read it before you include the row.</source>
        <translation>
            <numerusform>%n e-postadress togs bort ur texten: läs den innan du tar med raden.</numerusform>
            <numerusform>%n e-postadresser togs bort ur texten: läs den innan du tar med raden.</numerusform>
        </translation>
    </message>
    <message>
        <source>[phone number removed]</source>
        <translation>[telefonnummer borttaget]</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s) taken out of the text: read it before you include the row.</source>
        <translation>
            <numerusform>%n telefonnummer togs bort ur texten: läs den innan du tar med raden.</numerusform>
            <numerusform>%n telefonnummer togs bort ur texten: läs den innan du tar med raden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The walk to import into no longer exists; nothing was read.</source>
        <translation>Vandringen som skulle importeras till finns inte längre; ingenting lästes.</translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but holds bytes that are not, so its letters would be stored garbled. Nothing was imported. Export the answers again from the survey tool as CSV (UTF-8), or open the file in a spreadsheet program and save it as “CSV UTF-8”.</source>
        <translation>Filen anger att den är UTF-8 men innehåller byte som inte är det, så att bokstäverna skulle sparas förvanskade. Ingenting importerades. Exportera svaren igen från enkätverktyget som CSV (UTF-8), eller öppna filen i ett kalkylprogram och spara den som ”CSV UTF-8”.</translation>
    </message>
    <message>
        <source>There is no column with the observations&apos; text. Line %1 names the columns %2, but one of them must be called Beskrivning or Synpunkt. Nothing was imported: rename that column in the file (in a spreadsheet program) and import it again.</source>
        <translation>Det finns ingen kolumn med iakttagelsernas text. Rad %1 namnger kolumnerna %2, men en av dem måste heta Beskrivning eller Synpunkt. Ingenting importerades: byt namn på den kolumnen i filen (i ett kalkylprogram) och importera den igen.</translation>
    </message>
    <message>
        <source>The file names its columns but holds no observations. Nothing was imported.</source>
        <translation>Filen namnger sina kolumner men innehåller inga iakttagelser. Ingenting importerades.</translation>
    </message>
    <message>
        <source>The file holds %1 rows, more than the %2 one review can take. Nothing was imported: split the file and import each part.</source>
        <translation>Filen innehåller %1 rader, fler än de %2 som en granskning rymmer. Ingenting importerades: dela upp filen och importera varje del för sig.</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Förslag: %1</translation>
    </message>
    <message>
        <source>Line %1 cannot be imported: %2 Nothing was imported.</source>
        <translation>Rad %1 kan inte importeras: %2 Ingenting importerades.</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n observation(s) sent in</source>
        <translation>
            <numerusform>Import av %n inskickad iakttagelse</numerusform>
            <numerusform>Import av %n inskickade iakttagelser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::DigitalWalkDialog</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 med BOM</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>Include all &amp;without notes</source>
        <translation>Ta med alla &amp;utan anmärkning</translation>
    </message>
    <message>
        <source>Include &amp;none</source>
        <translation>Ta &amp;inte med någon</translation>
    </message>
    <message>
        <source>Import a digital walk</source>
        <translation>Importera digital vandring</translation>
    </message>
    <message>
        <source>Import a digital walk: %1</source>
        <translation>Importera digital vandring: %1</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>The line in the file</source>
        <translation>Raden i filen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <source>Choose the CSV file that the web form or survey tool exported.</source>
        <translation>Välj CSV-filen som webbformuläret eller enkätverktyget exporterade.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). Nothing was imported.</source>
        <translation>%1 kunde inte öppnas (%2). Ingenting importerades.</translation>
    </message>
    <message>
        <source>The file cannot be imported. %1</source>
        <translation>Filen kan inte importeras. %1</translation>
    </message>
    <message numerus="yes">
        <source>The file is %1, separated by “%2”, with %n observation(s).</source>
        <translation>
            <numerusform>Filen är %1, avgränsad med ”%2”, med %n iakttagelse.</numerusform>
            <numerusform>Filen är %1, avgränsad med ”%2”, med %n iakttagelser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data about the sender is never imported: %1.</source>
        <translation>Personuppgifter om avsändaren importeras aldrig: %1.</translation>
    </message>
    <message>
        <source>Not imported either: %1.</source>
        <translation>Importeras inte heller: %1.</translation>
    </message>
    <message>
        <source>Rows with a note in red cannot be included until the text is corrected; read those in amber before you include them. Double-click a description to change it.</source>
        <translation>Rader med en röd anmärkning kan inte tas med förrän texten är rättad; läs de gula innan du tar med dem. Dubbelklicka på en beskrivning för att ändra den.</translation>
    </message>
    <message>
        <source>Sent in %1</source>
        <translation>Inskickad %1</translation>
    </message>
    <message>
        <source>Include line %1</source>
        <translation>Ta med rad %1</translation>
    </message>
    <message>
        <source>In the register of places</source>
        <translation>Finns i platsregistret</translation>
    </message>
    <message>
        <source>Category of line %1</source>
        <translation>Kategori för rad %1</translation>
    </message>
    <message>
        <source>Correct the description first (see the note).</source>
        <translation>Rätta beskrivningen först (se anmärkningen).</translation>
    </message>
    <message>
        <source>%1 of %2 will be imported</source>
        <translation>%1 av %2 tas med</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ingenting importerades</translation>
    </message>
</context>
<context>
    <name>lk::DiscussionList</name>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Add a case</source>
        <translation>Lägg till ärende</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nytt ärende…</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Choose a case…</source>
        <translation>Välj ärende…</translation>
    </message>
    <message>
        <source>Row %1 under the cases discussed has a note but no case. Choose the case, or remove the row.</source>
        <translation>Rad %1 bland de diskuterade ärendena har en anteckning men inget ärende. Välj ärendet, eller ta bort raden.</translation>
    </message>
    <message>
        <source>Cases discussed</source>
        <translation>Ärenden som diskuterades</translation>
    </message>
</context>
<context>
    <name>lk::Document</name>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>%1 no longer exists; the change was not saved.</source>
        <translation>%1 finns inte längre; ändringen sparades inte.</translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation>%1 har inget fält ”%2”.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>The file is open read-only, so nothing can be changed; nothing was saved. %1</source>
        <translation>Filen är öppnad skrivskyddad, så ingenting kan ändras; ingenting sparades. %1</translation>
    </message>
    <message>
        <source>The file %1 is read-only, or is in a folder where this account may not write.</source>
        <translation>Filen %1 är skrivskyddad, eller ligger i en mapp där det här kontot inte får skriva.</translation>
    </message>
</context>
<context>
    <name>lk::Exchange</name>
    <message>
        <source>The exchange file does not say since when it holds the changes (“%1” needs “since”: a date such as 2026-11-01). Nothing was changed.</source>
        <translation>Utbytesfilen säger inte sedan när den har ändringarna (”%1” behöver ”since”: ett datum som 2026-11-01). Inget ändrades.</translation>
    </message>
    <message>
        <source>The exchange file lists deletions in “%1”, which this version does not know. Nothing was changed.</source>
        <translation>Utbytesfilen listar borttagningar i ”%1”, som den här versionen inte känner till. Inget ändrades.</translation>
    </message>
</context>
<context>
    <name>lk::ExportCommand</name>
    <message>
        <source>“%1” is not a date. Give --since as 2026-11-01 or 2026-11-01T10:00:00Z.</source>
        <translation>”%1” är inget datum. Ange --since som 2026-11-01 eller 2026-11-01T10:00:00Z.</translation>
    </message>
    <message>
        <source>Exported the changes since %1 to %2.</source>
        <translation>Exporterade ändringarna sedan %1 till %2.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporterade till %1.</translation>
    </message>
    <message>
        <source>--since goes with the JSON export only: leave it out, or write --format json.</source>
        <translation>--since hör bara till JSON-exporten: utelämna den, eller skriv --format json.</translation>
    </message>
    <message>
        <source>There is no register “%1”. The registers: %2.</source>
        <translation>Det finns inget register ”%1”. Registren: %2.</translation>
    </message>
    <message>
        <source>A CSV file holds one register: say which with --register TABLE, or write them all with --format xlsx. The registers: %1.</source>
        <translation>En CSV-fil rymmer ett register: ange vilket med --register TABELL, eller skriv alla med --format xlsx. Registren: %1.</translation>
    </message>
    <message>
        <source>Say where to write the export with --out FILE.</source>
        <translation>Ange var exporten ska skrivas med --out FIL.</translation>
    </message>
    <message>
        <source>There is no format “%1”. Choose json, xlsx or csv.</source>
        <translation>Det finns inget format ”%1”. Välj json, xlsx eller csv.</translation>
    </message>
    <message>
        <source>The JSON export holds the whole file: --municipality and --register go with --format xlsx or csv.</source>
        <translation>JSON-exporten rymmer hela filen: --municipality och --register hör till --format xlsx eller csv.</translation>
    </message>
</context>
<context>
    <name>lk::FieldEditor</name>
    <message>
        <source>12,5</source>
        <translation>12,5</translation>
    </message>
</context>
<context>
    <name>lk::FieldRules</name>
    <message>
        <source>“%1” (%2) is before “%3” (%4).</source>
        <translation>”%1” (%2) ligger före ”%3” (%4).</translation>
    </message>
    <message>
        <source>“%1” (%2) is before %3 (%4).</source>
        <translation>”%1” (%2) är före %3 (%4).</translation>
    </message>
</context>
<context>
    <name>lk::FieldSpec</name>
    <message>
        <source>“%1” must be filled in.</source>
        <translation>”%1” måste fyllas i.</translation>
    </message>
    <message>
        <source>“%1” is too long: at most %2 characters.</source>
        <translation>”%1” är för lång: högst %2 tecken.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a date; write it as 2021-03-15.</source>
        <translation>”%1”: ”%2” är inget datum; skriv det som 2021-03-15.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not one of %3.</source>
        <translation>”%1”: ”%2” är inte något av %3.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a whole number.</source>
        <translation>”%1”: ”%2” är inget heltal.</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation>”%1” måste vara mellan %2 och %3.</translation>
    </message>
    <message>
        <source>“%1” does not point at a stored record.</source>
        <translation>”%1” pekar inte på någon sparad post.</translation>
    </message>
    <message>
        <source>“%1” holds what looks like a %2 (%3). Löfteskollen never stores personal identity numbers: remove it, and refer to a youth by the case code only.</source>
        <translation>”%1” innehåller något som ser ut som ett %2 (%3). Löfteskollen sparar aldrig personnummer: ta bort det, och hänvisa till en ungdom bara med ärendekoden.</translation>
    </message>
    <message>
        <source>coordination number (samordningsnummer)</source>
        <translation>samordningsnummer</translation>
    </message>
    <message>
        <source>personal identity number (personnummer)</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a number; write it as 12,5.</source>
        <translation>”%1”: ”%2” är inget tal; skriv det som 12,5.</translation>
    </message>
    <message>
        <source>“%1” holds a character that is not text (U+%2, at character %3), as text copied from another program or file may. Remove it and save again.</source>
        <translation>”%1” innehåller ett tecken som inte är text (U+%2, vid tecken %3), vilket text som kopierats från ett annat program eller en fil kan göra. Ta bort det och spara igen.</translation>
    </message>
    <message>
        <source>“%1” is not a PNG or JPEG picture.</source>
        <translation>”%1” är inte en PNG- eller JPEG-bild.</translation>
    </message>
    <message>
        <source>“%1” is 0.</source>
        <translation>”%1” är 0.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>”%1”: %2</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a list of months. Give each month by its number, 1 for January to 12 for December, separated by commas: 3,4,5,9,10.</source>
        <translation>”%1”: ”%2” är inte en lista med månader. Ange varje månad med sitt nummer, 1 för januari till 12 för december, åtskilda med kommatecken: 3,4,5,9,10.</translation>
    </message>
</context>
<context>
    <name>lk::Fields</name>
    <message>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Local police area</source>
        <translation>Lokalpolisområde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Situation today (lägesbild)</source>
        <translation>Situationen idag (lägesbild)</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Löfte</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Kort rubrik</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Vad som räknas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Lägesrapport</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>New municipality</source>
        <translation>Ny kommun</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Ny period</translation>
    </message>
    <message>
        <source>New focus area</source>
        <translation>Nytt fokusområde</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>Nytt löfte</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>New status report</source>
        <translation>Ny lägesrapport</translation>
    </message>
    <message numerus="yes">
        <source>%n municipality(s)</source>
        <translation>
            <numerusform>%n kommun</numerusform>
            <numerusform>%n kommuner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n period</numerusform>
            <numerusform>%n perioder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n focus area(s)</source>
        <translation>
            <numerusform>%n fokusområde</numerusform>
            <numerusform>%n fokusområden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n löfte</numerusform>
            <numerusform>%n löften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n mål</numerusform>
            <numerusform>%n mål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status report(s)</source>
        <translation>
            <numerusform>%n lägesrapport</numerusform>
            <numerusform>%n lägesrapporter</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n möte</numerusform>
            <numerusform>%n möten</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts for promise</source>
        <translation>Räknas för löftet</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>New attendance</source>
        <translation>Ny närvaro</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance row(s)</source>
        <translation>
            <numerusform>%n närvarorad</numerusform>
            <numerusform>%n närvarorader</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Ärendekod</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <source>Individual or group</source>
        <translation>Individ eller grupp</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Path chosen</source>
        <translation>Vald väg</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Samtycke finns</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Samtycke från</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Samtycke lämnat</translation>
    </message>
    <message>
        <source>Background (no names)</source>
        <translation>Bakgrund (inga namn)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Thinned on</source>
        <translation>Gallrat</translation>
    </message>
    <message>
        <source>Case discussion</source>
        <translation>Ärendediskussion</translation>
    </message>
    <message>
        <source>New case discussion</source>
        <translation>Ny ärendediskussion</translation>
    </message>
    <message numerus="yes">
        <source>%n case discussion(s)</source>
        <translation>
            <numerusform>%n ärendediskussion</numerusform>
            <numerusform>%n ärendediskussioner</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Klar den</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Räknas från</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Ny enhet</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n enhet</numerusform>
            <numerusform>%n enheter</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nytt besök</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n besök</numerusform>
            <numerusform>%n besök</numerusform>
        </translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Initiativ av</translation>
    </message>
    <message>
        <source>Pupils reached</source>
        <translation>Elever som nåddes</translation>
    </message>
    <message>
        <source>Staff reached</source>
        <translation>Personal som nåddes</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Drug operation</source>
        <translation>Narkotikainsats</translation>
    </message>
    <message>
        <source>New drug operation</source>
        <translation>Ny narkotikainsats</translation>
    </message>
    <message numerus="yes">
        <source>%n drug operation(s)</source>
        <translation>
            <numerusform>%n narkotikainsats</numerusform>
            <numerusform>%n narkotikainsatser</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Persons checked</source>
        <translation>Kontrollerade personer</translation>
    </message>
    <message>
        <source>Reports: own use</source>
        <translation>Anmälningar: eget bruk</translation>
    </message>
    <message>
        <source>Reports: supply or sale</source>
        <translation>Anmälningar: överlåtelse/försäljning</translation>
    </message>
    <message>
        <source>Reports: other</source>
        <translation>Anmälningar: annat</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Beslag</translation>
    </message>
    <message>
        <source>Traffic control</source>
        <translation>Trafikkontroll</translation>
    </message>
    <message>
        <source>New traffic control</source>
        <translation>Ny trafikkontroll</translation>
    </message>
    <message numerus="yes">
        <source>%n traffic control(s)</source>
        <translation>
            <numerusform>%n trafikkontroll</numerusform>
            <numerusform>%n trafikkontroller</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Inriktning</translation>
    </message>
    <message>
        <source>Vehicles checked</source>
        <translation>Kontrollerade fordon</translation>
    </message>
    <message>
        <source>Breath tests</source>
        <translation>Utandningsprov</translation>
    </message>
    <message>
        <source>Reports: drink driving</source>
        <translation>Anmälningar: rattfylleri</translation>
    </message>
    <message>
        <source>Reports: drug driving</source>
        <translation>Anmälningar: drograttfylleri</translation>
    </message>
    <message>
        <source>Reports: speed</source>
        <translation>Anmälningar: hastighet</translation>
    </message>
    <message>
        <source>Information effort</source>
        <translation>Informationsinsats</translation>
    </message>
    <message>
        <source>New information effort</source>
        <translation>Ny informationsinsats</translation>
    </message>
    <message numerus="yes">
        <source>%n information effort(s)</source>
        <translation>
            <numerusform>%n informationsinsats</numerusform>
            <numerusform>%n informationsinsatser</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Estimated reach</source>
        <translation>Uppskattad räckvidd</translation>
    </message>
    <message>
        <source>For each unit of kind</source>
        <translation>För varje enhet av slaget</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Tid (minuter)</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Försäljningsställe</translation>
    </message>
    <message>
        <source>New retailer</source>
        <translation>Nytt försäljningsställe</translation>
    </message>
    <message numerus="yes">
        <source>%n retailer(s)</source>
        <translation>
            <numerusform>%n försäljningsställe</numerusform>
            <numerusform>%n försäljningsställen</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Has a sales permit</source>
        <translation>Har försäljningstillstånd</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>Tillståndsnummer</translation>
    </message>
    <message>
        <source>Permit granted on</source>
        <translation>Tillstånd beviljat</translation>
    </message>
    <message>
        <source>Sells folköl</source>
        <translation>Säljer folköl</translation>
    </message>
    <message>
        <source>Sells e-cigarettes</source>
        <translation>Säljer e-cigaretter</translation>
    </message>
    <message>
        <source>Sells nicotine products</source>
        <translation>Säljer nikotinprodukter</translation>
    </message>
    <message>
        <source>Checklist point</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <source>New checklist point</source>
        <translation>Ny kontrollpunkt</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist point(s)</source>
        <translation>
            <numerusform>%n kontrollpunkt</numerusform>
            <numerusform>%n kontrollpunkter</numerusform>
        </translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>No longer checked</source>
        <translation>Kontrolleras inte längre</translation>
    </message>
    <message>
        <source>Test purchase</source>
        <translation>Kontrollköp</translation>
    </message>
    <message>
        <source>New test purchase</source>
        <translation>Nytt kontrollköp</translation>
    </message>
    <message numerus="yes">
        <source>%n test purchase(s)</source>
        <translation>
            <numerusform>%n kontrollköp</numerusform>
            <numerusform>%n kontrollköp</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klockslag</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Buyer&apos;s age</source>
        <translation>Köparens ålder</translation>
    </message>
    <message>
        <source>Seller informed on</source>
        <translation>Säljaren informerad</translation>
    </message>
    <message>
        <source>Dialogue held on</source>
        <translation>Dialog hållen</translation>
    </message>
    <message>
        <source>Dialogue note</source>
        <translation>Anteckning från dialogen</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Tillsyn</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Ny tillsyn</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n tillsyn</numerusform>
            <numerusform>%n tillsyner</numerusform>
        </translation>
    </message>
    <message>
        <source>Announced beforehand</source>
        <translation>Föranmäld</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Deltagande organisationer</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Grounded on test purchase</source>
        <translation>Grundat på kontrollköp</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Följs upp senast</translation>
    </message>
    <message>
        <source>Checklist result</source>
        <translation>Resultat för kontrollpunkt</translation>
    </message>
    <message>
        <source>New checklist result</source>
        <translation>Nytt resultat för kontrollpunkt</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultat</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indikator</numerusform>
            <numerusform>%n indikatorer</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Utgångsår</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Målår</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>Hur den mäts</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Indikatorvärde</translation>
    </message>
    <message>
        <source>New indicator value</source>
        <translation>Nytt indikatorvärde</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator value(s)</source>
        <translation>
            <numerusform>%n indikatorvärde</numerusform>
            <numerusform>%n indikatorvärden</numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Year or quarter</source>
        <translation>År eller kvartal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Only events of kind</source>
        <translation>Bara händelser av slaget</translation>
    </message>
    <message>
        <source>Neighbourhood-watch area</source>
        <translation>Grannsamverkansområde</translation>
    </message>
    <message>
        <source>New neighbourhood-watch area</source>
        <translation>Nytt grannsamverkansområde</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbourhood-watch area(s)</source>
        <translation>
            <numerusform>%n grannsamverkansområde</numerusform>
            <numerusform>%n grannsamverkansområden</numerusform>
        </translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bebyggelse</translation>
    </message>
    <message>
        <source>Households in the area</source>
        <translation>Hushåll i området</translation>
    </message>
    <message>
        <source>Households joined</source>
        <translation>Anslutna hushåll</translation>
    </message>
    <message>
        <source>Contact persons (kontaktombud)</source>
        <translation>Kontaktombud</translation>
    </message>
    <message>
        <source>The contact has consented</source>
        <translation>Kontaktpersonen har samtyckt</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Huvudkontakt</translation>
    </message>
    <message>
        <source>Main contact&apos;s phone</source>
        <translation>Huvudkontaktens telefon</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <source>Signs put up</source>
        <translation>Skyltar uppsatta</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <source>Dormant or ended since</source>
        <translation>Vilande eller avslutat sedan</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Ny händelse</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%n händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Text for the council report</source>
        <translation>Text till uppföljningsrapporten</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Pin, across</source>
        <translation>Nål, i sidled</translation>
    </message>
    <message>
        <source>Pin, down</source>
        <translation>Nål, i höjdled</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Ny karta</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation>
            <numerusform>%n karta</numerusform>
            <numerusform>%n kartor</numerusform>
        </translation>
    </message>
    <message>
        <source>Map image</source>
        <translation>Kartbild</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Källa och datum</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Ny plats</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n plats</numerusform>
            <numerusform>%n platser</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Why it feels unsafe</source>
        <translation>Varför platsen upplevs otrygg</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Ny bedömning</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n bedömning</numerusform>
            <numerusform>%n bedömningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Insecurity</source>
        <translation>Otrygghet</translation>
    </message>
    <message>
        <source>Safety walk</source>
        <translation>Trygghetsvandring</translation>
    </message>
    <message>
        <source>New safety walk</source>
        <translation>Ny trygghetsvandring</translation>
    </message>
    <message numerus="yes">
        <source>%n safety walk(s)</source>
        <translation>
            <numerusform>%n trygghetsvandring</numerusform>
            <numerusform>%n trygghetsvandringar</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljusförhållanden</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Färdväg</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>New participant group</source>
        <translation>Ny deltagargrupp</translation>
    </message>
    <message numerus="yes">
        <source>%n participant group(s)</source>
        <translation>
            <numerusform>%n deltagargrupp</numerusform>
            <numerusform>%n deltagargrupper</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Ny iakttagelse</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n iakttagelse</numerusform>
            <numerusform>%n iakttagelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Sent in by a citizen</source>
        <translation>Inskickad av invånare</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Åtgärdsstatus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Fixed on</source>
        <translation>Åtgärdad den</translation>
    </message>
    <message>
        <source>the meeting&apos;s date</source>
        <translation>mötets datum</translation>
    </message>
    <message>
        <source>the walk&apos;s date</source>
        <translation>vandringens datum</translation>
    </message>
    <message>
        <source>Sender of the council report</source>
        <translation>Avsändare av rapporten till fullmäktige</translation>
    </message>
    <message>
        <source>Contact for the public</source>
        <translation>Kontakt för allmänheten</translation>
    </message>
    <message>
        <source>Address of the published report</source>
        <translation>Adress till den publicerade rapporten</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>When in the year</source>
        <translation>När på året</translation>
    </message>
    <message>
        <source>The months the work is done in. What is planned by a date follows them: 1 a year in November is 0 planned by the end of October and 1 by the end of November. For work due by a date, choose the months from the start of the year (or term, or tertial) up to it: due by the end of March is January to March. None chosen: the work is spread evenly over every month.</source>
        <translation>Månaderna då arbetet görs. Det som är planerat till ett datum följer dem: 1 per år i november är 0 planerat till slutet av oktober och 1 till slutet av november. För arbete som ska vara klart till ett datum väljer du månaderna från årets (eller terminens eller tertialets) början fram till det: klart i slutet av mars är januari till mars. Ingen vald: arbetet fördelas jämnt över alla månader.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>Indikatorvärden</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Case discussions</source>
        <translation>Ärendediskussioner</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Units visited</source>
        <translation>Enheter som besöks</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Drug operations</source>
        <translation>Narkotikainsatser</translation>
    </message>
    <message>
        <source>Traffic controls</source>
        <translation>Trafikkontroller</translation>
    </message>
    <message>
        <source>Information efforts</source>
        <translation>Informationsinsatser</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Perioder</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Fokusområden</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Löften</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Status reports</source>
        <translation>Lägesrapporter</translation>
    </message>
    <message>
        <source>Retailers</source>
        <translation>Försäljningsställen</translation>
    </message>
    <message>
        <source>Checklist points</source>
        <translation>Kontrollpunkter</translation>
    </message>
    <message>
        <source>Test purchases</source>
        <translation>Kontrollköp</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Tillsyner</translation>
    </message>
    <message>
        <source>Checklist results</source>
        <translation>Resultat per kontrollpunkt</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Kartor</translation>
    </message>
    <message>
        <source>Unsafe places</source>
        <translation>Otrygga platser</translation>
    </message>
    <message>
        <source>Place assessments</source>
        <translation>Bedömningar av platser</translation>
    </message>
    <message>
        <source>Safety walks</source>
        <translation>Trygghetsvandringar</translation>
    </message>
    <message>
        <source>Walk participants</source>
        <translation>Deltagare i vandringar</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>Neighbourhood-watch areas</source>
        <translation>Grannsamverkansområden</translation>
    </message>
    <message>
        <source>Neighbourhood-watch events</source>
        <translation>Grannsamverkanshändelser</translation>
    </message>
    <message>
        <source>Next inspection</source>
        <translation>Nästa tillsyn</translation>
    </message>
    <message>
        <source>When the retailer is next due: the last inspection plus the time between inspections, or an open follow-up&apos;s date when that is earlier; today when never inspected.</source>
        <translation>När försäljningsstället står på tur: senaste tillsynen plus tiden mellan tillsyner, eller en öppen uppföljnings datum när det är tidigare; i dag om det aldrig tillsynats.</translation>
    </message>
    <message>
        <source>Inspection status</source>
        <translation>Tillsynsläge</translation>
    </message>
</context>
<context>
    <name>lk::FileLock</name>
    <message>
        <source>an unknown computer</source>
        <translation>en okänd dator</translation>
    </message>
    <message>
        <source>The file %1 could not be locked for writing (%2 could not be created). It was not opened; nothing was changed. Check that the folder is writable.</source>
        <translation>Filen %1 kunde inte låsas för skrivning (%2 kunde inte skapas). Den öppnades inte och ingenting ändrades. Kontrollera att du får skriva i mappen.</translation>
    </message>
    <message>
        <source>The file %1 is used by another instance of Löfteskollen (on %2, process %3, since %4). It was not opened; nothing was changed. Close it there first. If Löfteskollen is not running on %2 (after a crash there), delete the lock file %5 and try again.</source>
        <translation>Filen %1 används av en annan Löfteskollen (på %2, process %3, sedan %4). Den öppnades inte och ingenting ändrades. Stäng den där först. Om Löfteskollen inte körs på %2 (efter en krasch där), ta bort låsfilen %5 och försök igen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
</context>
<context>
    <name>lk::FileWrite</name>
    <message>
        <source>the disk is full (%1 free on %2)</source>
        <translation>disken är full (%1 ledigt på %2)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Nothing was written there, and nothing else was changed. Free some space or choose another folder, and try again.</source>
        <translation>Filen %1 kunde inte skrivas: %2. Ingenting skrevs där, och inget annat ändrades. Frigör utrymme eller välj en annan mapp, och försök igen.</translation>
    </message>
</context>
<context>
    <name>lk::FollowUpCalendar</name>
    <message>
        <source>T%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Spring %1</source>
        <translation>VT %1</translation>
    </message>
    <message>
        <source>Autumn %1</source>
        <translation>HT %1</translation>
    </message>
</context>
<context>
    <name>lk::Fts5Index</name>
    <message>
        <source>the search index of %1 could not be made: %2</source>
        <translation>sökindexet för %1 kunde inte göras: %2</translation>
    </message>
</context>
<context>
    <name>lk::Handbook</name>
    <message>
        <source>Löfteskollen handbook</source>
        <translation>Handbok för Löfteskollen</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Handbok</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
</context>
<context>
    <name>lk::ImageData</name>
    <message>
        <source>“%1” is not a PNG or JPEG picture.</source>
        <translation>”%1” är inte en PNG- eller JPEG-bild.</translation>
    </message>
    <message>
        <source>“%1” is a damaged picture: its size cannot be read.</source>
        <translation>”%1” är en skadad bild: dess storlek går inte att läsa.</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels; at most %4 pixels either way are kept.</source>
        <translation>”%1” är %2 × %3 bildpunkter; högst %4 bildpunkter på bredden och höjden sparas.</translation>
    </message>
    <message>
        <source>The picture is %1 MB; pictures up to %2 MB can be read.</source>
        <translation>Bilden är %1 MB; bilder upp till %2 MB kan läsas.</translation>
    </message>
    <message>
        <source>This is not a PNG or JPEG picture. Save it as one of those and choose it again.</source>
        <translation>Det här är inte en PNG- eller JPEG-bild. Spara den i något av de formaten och välj den igen.</translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be read.</source>
        <translation>Bilden är skadad och går inte att läsa.</translation>
    </message>
    <message>
        <source>The picture could not be scaled: %1</source>
        <translation>Bilden kunde inte skalas om: %1</translation>
    </message>
    <message numerus="yes">
        <source>not a picture (%n byte(s))</source>
        <translation>
            <numerusform>inte en bild (%n byte)</numerusform>
            <numerusform>inte en bild (%n byte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 × %3 px, %4 kB (%5)</source>
        <translation>%1, %2 × %3 px, %4 kB (%5)</translation>
    </message>
</context>
<context>
    <name>lk::ImageEdit</name>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Välj bild…</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Välj en bild</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Ingen bild</translation>
    </message>
    <message>
        <source>PNG or JPEG; a larger picture is scaled to at most %1 pixels either way.</source>
        <translation>PNG eller JPEG; en större bild skalas ner till högst %1 bildpunkter på bredden och höjden.</translation>
    </message>
</context>
<context>
    <name>lk::ImportCommand</name>
    <message>
        <source>%1 could not be read (%2). Nothing was changed.</source>
        <translation>%1 kunde inte läsas (%2). Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>Läste in %1: %2 tillagda, %3 uppdaterade, %4 oförändrade.</translation>
    </message>
    <message>
        <source>Changes since %1: %2 deleted, %3 sent only for reference and kept as they are here.</source>
        <translation>Ändringar sedan %1: %2 borttagna, %3 skickade bara som referens och behållna som de är här.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), left as they were here; settle them by hand:</source>
        <translation>
            <numerusform>%n konflikt, lämnad som den var här; lös den för hand:</numerusform>
            <numerusform>%n konflikter, lämnade som de var här; lös dem för hand:</numerusform>
        </translation>
    </message>
    <message>
        <source>A CSV file cannot be imported into “%1”. Choose one of: %2.</source>
        <translation>En CSV-fil kan inte läsas in i ”%1”. Välj ett av: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2 of %3.</source>
        <translation>Läste in %1 i %2 för %3.</translation>
    </message>
    <message>
        <source>Name exactly one CSV file to import.</source>
        <translation>Ange exakt en CSV-fil att läsa in.</translation>
    </message>
    <message>
        <source>Name exactly one JSON file to import.</source>
        <translation>Ange exakt en JSON-fil att läsa in.</translation>
    </message>
    <message>
        <source>A JSON export names the municipality of each record: --municipality goes with --register and a CSV file.</source>
        <translation>En JSON-export anger varje posts kommun: --municipality hör till --register och en CSV-fil.</translation>
    </message>
</context>
<context>
    <name>lk::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <source>An import cannot be undone with Edit &gt; Undo. Save a copy of the file first (File &gt; Save a copy) if you may want to go back.</source>
        <translation>En import kan inte ångras med Redigera &gt; Ångra. Spara en kopia av filen först (Arkiv &gt; Spara en kopia) om du kan vilja gå tillbaka.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>&lt;p&gt;A whole export: records are matched by their UUID.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En hel export: posterna matchas på sina UUID.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The changes made on the other computer since &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ändringarna som gjorts på den andra datorn sedan &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Läggs till:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Ändras:</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Tas bort:</translation>
    </message>
    <message>
        <source>Already the same:</source>
        <translation>Redan likadana:</translation>
    </message>
    <message>
        <source>Sent for reference, kept as here:</source>
        <translation>Skickade som referens, behålls som här:</translation>
    </message>
    <message>
        <source>&lt;p&gt;No conflicts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inga konflikter.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n conflict(s)&lt;/b&gt;: left as they are here, never overwritten. Settle them by hand, with the other computer&apos;s user.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n konflikt&lt;/b&gt;: lämnas som den är här, skrivs aldrig över. Lös den för hand, tillsammans med den andra datorns användare.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n konflikter&lt;/b&gt;: lämnas som de är här, skrivs aldrig över. Lös dem för hand, tillsammans med den andra datorns användare.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Nothing was changed.</source>
        <translation>%1 kunde inte läsas (%2). Ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>lk::IndicatorCsv</name>
    <message>
        <source>The indicator to import into no longer exists; nothing was read.</source>
        <translation>Indikatorn som värdena skulle läsas in till finns inte längre; ingenting lästes.</translation>
    </message>
    <message>
        <source>there is no indicator “%1”; add it on the Indicators page first, or correct the name.</source>
        <translation>det finns ingen indikator ”%1”; lägg först till den på sidan Indikatorer, eller rätta namnet.</translation>
    </message>
    <message>
        <source>“%1” is not a year (such as 2021).</source>
        <translation>”%1” är inget år (som 2021).</translation>
    </message>
    <message>
        <source>“%1” is not a quarter: write 1–4 (or K1–K4), or leave it empty for the whole year.</source>
        <translation>”%1” är inget kvartal: skriv 1–4 (eller K1–K4), eller lämna tomt för helår.</translation>
    </message>
    <message>
        <source>the value is empty.</source>
        <translation>värdet saknas.</translation>
    </message>
    <message>
        <source>“%1” is not a number; write it as 12,5 or 12.5, without a unit.</source>
        <translation>”%1” är inget tal; skriv det som 12,5 eller 12.5, utan enhet.</translation>
    </message>
    <message>
        <source>the same indicator, year and quarter as line %1.</source>
        <translation>samma indikator, år och kvartal som rad %1.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Year or quarter</source>
        <translation>År eller kvartal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Sparat nu</translation>
    </message>
</context>
<context>
    <name>lk::IndicatorRegisters</name>
    <message>
        <source>“%1” and “%2” are given together.</source>
        <translation>”%1” och ”%2” anges tillsammans.</translation>
    </message>
    <message>
        <source>“%1” (%2) must come after “%3” (%4).</source>
        <translation>”%1” (%2) måste komma efter ”%3” (%4).</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1 K%2</translation>
    </message>
</context>
<context>
    <name>lk::IndicatorTrend</name>
    <message>
        <source>No values yet.</source>
        <translation>Inga värden ännu.</translation>
    </message>
    <message>
        <source>Latest: %1 %2 (%3).</source>
        <translation>Senast: %1 %2 (%3).</translation>
    </message>
    <message>
        <source>Baseline: %1 (%2).</source>
        <translation>Utgångsläge: %1 (%2).</translation>
    </message>
    <message>
        <source>Target: %1 by %2.</source>
        <translation>Mål: %1 år %2.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Lägre är bättre.</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Högre är bättre.</translation>
    </message>
    <message>
        <source>Further from the target than at the baseline.</source>
        <translation>Längre från målet än vid utgångsläget.</translation>
    </message>
    <message>
        <source>The target is reached.</source>
        <translation>Målet är nått.</translation>
    </message>
    <message>
        <source>%1 % of the way from the baseline to the target.</source>
        <translation>%1 % av vägen från utgångsläget till målet.</translation>
    </message>
</context>
<context>
    <name>lk::IndicatorsPage</name>
    <message>
        <source>Import from &amp;CSV…</source>
        <translation>Importera från &amp;CSV…</translation>
    </message>
    <message>
        <source>Values from a file saved by Excel or a statistics site: the columns Indikator, År, Kvartal and Värde</source>
        <translation>Värden från en fil sparad av Excel eller en statistiksajt: kolumnerna Indikator, År, Kvartal och Värde</translation>
    </message>
    <message>
        <source>Choose an indicator to see its trend and values, or add one with New.</source>
        <translation>Välj en indikator för att se dess utveckling och värden, eller lägg till en med Ny.</translation>
    </message>
    <message>
        <source>Import indicator values</source>
        <translation>Importera indikatorvärden</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Trend and &amp;values</source>
        <translation>Utveckling och &amp;värden</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Definition</translation>
    </message>
    <message>
        <source>Import indicator values from %1</source>
        <translation>Importera indikatorvärden från %1</translation>
    </message>
    <message>
        <source>Import of indicator values</source>
        <translation>Import av indikatorvärden</translation>
    </message>
</context>
<context>
    <name>lk::InspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation>Ny tillsyn</translation>
    </message>
    <message>
        <source>Inspection of %1</source>
        <translation>Tillsynen %1</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Tillsyn</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Kontrollpunkter</translation>
    </message>
    <message>
        <source>Add inspection</source>
        <translation>Lägg till tillsyn</translation>
    </message>
    <message>
        <source>Change inspection</source>
        <translation>Ändra tillsyn</translation>
    </message>
</context>
<context>
    <name>lk::InspectionDraft</name>
    <message>
        <source>The inspection no longer exists.</source>
        <translation>Tillsynen finns inte längre.</translation>
    </message>
    <message>
        <source>The inspection no longer exists; nothing was saved.</source>
        <translation>Tillsynen finns inte längre; inget sparades.</translation>
    </message>
</context>
<context>
    <name>lk::JsonExporter</name>
    <message>
        <source>The export was stopped: in %1, the record %2 points at a record in %3 that is not there. The file may be damaged; nothing was written.</source>
        <translation>Exporten avbröts: i %1 pekar posten %2 på en post i %3 som inte finns. Filen kan vara skadad; ingenting skrevs.</translation>
    </message>
    <message>
        <source>Reading the records</source>
        <translation>Läser posterna</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Ingenting exporterades.</translation>
    </message>
</context>
<context>
    <name>lk::JsonImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, post %2</translation>
    </message>
    <message>
        <source>%1, record %2 (%3)</source>
        <translation>%1, post %2 (%3)</translation>
    </message>
    <message>
        <source>The import was stopped and nothing was changed. In %1: %2</source>
        <translation>Inläsningen avbröts och ingenting ändrades. I %1: %2</translation>
    </message>
    <message>
        <source>field “uuid” must hold a UUID such as 3f2b8c1e-5d4a-4e0b-9a7c-1d2e3f4a5b6c.</source>
        <translation>fältet ”uuid” ska innehålla ett UUID, till exempel 3f2b8c1e-5d4a-4e0b-9a7c-1d2e3f4a5b6c.</translation>
    </message>
    <message>
        <source>field “updated_at” must be a date and time such as 2021-03-15T10:00:00Z.</source>
        <translation>fältet ”updated_at” ska vara en tidpunkt, till exempel 2021-03-15T10:00:00Z.</translation>
    </message>
    <message>
        <source>there is no field “%1” in %2.</source>
        <translation>det finns inget fält ”%1” i %2.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at %2). Nothing was changed.</source>
        <translation>Filen är inte giltig JSON (%1 på %2). Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The file is not a Löfteskollen export: it should hold one object with a list per table. Nothing was changed.</source>
        <translation>Filen är ingen export från Löfteskollen: den ska innehålla ett objekt med en lista per tabell. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The file has a table “%1” that this version does not know (is it from a newer version?). Nothing was changed.</source>
        <translation>Filen har en tabell ”%1” som den här versionen inte känner till (kommer den från en nyare version?). Ingenting ändrades.</translation>
    </message>
    <message>
        <source>“%1” should be a list of records. Nothing was changed.</source>
        <translation>”%1” ska vara en lista med poster. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>a record should be an object with fields.</source>
        <translation>en post ska vara ett objekt med fält.</translation>
    </message>
    <message>
        <source>the UUID appears twice in the file.</source>
        <translation>samma UUID förekommer två gånger i filen.</translation>
    </message>
    <message>
        <source>a whole number was expected.</source>
        <translation>ett heltal väntades.</translation>
    </message>
    <message>
        <source>true or false was expected.</source>
        <translation>true eller false väntades.</translation>
    </message>
    <message>
        <source>the UUID of a record in %1 was expected.</source>
        <translation>UUID för en post i %1 väntades.</translation>
    </message>
    <message>
        <source>no record in %1 has the UUID %2.</source>
        <translation>ingen post i %1 har UUID %2.</translation>
    </message>
    <message>
        <source>text was expected.</source>
        <translation>text väntades.</translation>
    </message>
    <message>
        <source>field “%1”: %2</source>
        <translation>fältet ”%1”: %2</translation>
    </message>
    <message>
        <source>a list of codes was expected.</source>
        <translation>en lista med koder förväntades.</translation>
    </message>
    <message>
        <source>deleted on the other computer, changed here</source>
        <translation>borttagen på den andra datorn, ändrad här</translation>
    </message>
    <message>
        <source>deleted on the other computer, but %1 belonging to it was changed here</source>
        <translation>borttagen på den andra datorn, men %1 som hör till den har ändrats här</translation>
    </message>
    <message>
        <source>it belongs to a record that was deleted here (%1)</source>
        <translation>den hör till en post som tagits bort här (%1)</translation>
    </message>
    <message>
        <source>deleted here, changed on the other computer</source>
        <translation>borttagen här, ändrad på den andra datorn</translation>
    </message>
    <message>
        <source>changed on both computers</source>
        <translation>ändrad på båda datorerna</translation>
    </message>
    <message>
        <source>a number was expected.</source>
        <translation>ett tal väntades.</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2 was expected.</source>
        <translation>ett heltal från %1 till %2 väntades.</translation>
    </message>
    <message>
        <source>a picture as base64 text was expected.</source>
        <translation>en bild som base64-text väntades.</translation>
    </message>
    <message>
        <source>a list of months as numbers from 1 (January) to 12 (December) was expected, such as [3, 4, 5, 9, 10].</source>
        <translation>en lista med månader som nummer från 1 (januari) till 12 (december) förväntades, till exempel [3, 4, 5, 9, 10].</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Läser filen</translation>
    </message>
    <message>
        <source>Checking what the import would change</source>
        <translation>Kontrollerar vad importen skulle ändra</translation>
    </message>
    <message>
        <source>Importing the records</source>
        <translation>Importerar posterna</translation>
    </message>
    <message>
        <source>The import was not made: nothing was changed.</source>
        <translation>Importen gjordes inte: ingenting ändrades.</translation>
    </message>
    <message>
        <source>Saving the imported records</source>
        <translation>Sparar de importerade posterna</translation>
    </message>
</context>
<context>
    <name>lk::KeyFigures</name>
    <message>
        <source>Actions from safety walks fixed within six months</source>
        <translation>Åtgärder från trygghetsvandringar klara inom sex månader</translation>
    </message>
    <message numerus="yes">
        <source>none due yet (%n action(s) open)</source>
        <translation>
            <numerusform>ingen har passerat sex månader än (%n åtgärd öppen)</numerusform>
            <numerusform>ingen har passerat sex månader än (%n åtgärder öppna)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 av %2 (%3 %)</translation>
    </message>
    <message>
        <source>Actions from safety walks past their due date on %1</source>
        <translation>Åtgärder från trygghetsvandringar försenade %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <source>Operativa gruppen&apos;s action items overdue on %1</source>
        <translation>Operativa gruppens åtgärdspunkter försenade %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open</source>
        <translation>
            <numerusform>%1 av %n öppen</numerusform>
            <numerusform>%1 av %n öppna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n active area(s)</source>
        <translation>
            <numerusform>i %n aktivt område</numerusform>
            <numerusform>i %n aktiva områden</numerusform>
        </translation>
    </message>
    <message>
        <source>Households joined in neighbourhood watch</source>
        <translation>Hushåll anslutna till grannsamverkan</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %) %4</source>
        <translation>%1 av %2 (%3 %) %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Of them in apartment buildings</source>
        <translation>Varav i flerbostadshus</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s): %1 high, %2 medium, %3 low unsafety</source>
        <translation>
            <numerusform>%n plats: %1 hög, %2 medel, %3 låg otrygghet</numerusform>
            <numerusform>%n platser: %1 hög, %2 medel, %3 låg otrygghet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly assessed</source>
        <translation>
            <numerusform>%n nybedömd</numerusform>
            <numerusform>%n nybedömda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more unsafe</source>
        <translation>
            <numerusform>%n mer otrygg</numerusform>
            <numerusform>%n mer otrygga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n less unsafe</source>
        <translation>
            <numerusform>%n mindre otrygg</numerusform>
            <numerusform>%n mindre otrygga</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since %1</source>
        <translation>Förändrat sedan %1</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>ingen plats</translation>
    </message>
    <message>
        <source>Unsafe places in the situation picture on %1</source>
        <translation>Otrygga platser i lägesbilden %1</translation>
    </message>
</context>
<context>
    <name>lk::Language</name>
    <message>
        <source>en</source>
        <comment>The ISO 639-1 code of the language this translation is in: sv for Swedish</comment>
        <translation>sv</translation>
    </message>
</context>
<context>
    <name>lk::LightLegend</name>
    <message>
        <source>Assessed on %1; point at a light for the figures behind it.</source>
        <translation>Bedömt per %1; peka på en lampa för siffrorna bakom.</translation>
    </message>
</context>
<context>
    <name>lk::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ppna…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Löfteskollen.</source>
        <translation>Det nya språket används från nästa gång du startar Löfteskollen.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Löfteskollen</source>
        <translation>&amp;Om Löfteskollen</translation>
    </message>
    <message>
        <source>About Löfteskollen</source>
        <translation>Om Löfteskollen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Löfteskollen %1&lt;/h3&gt;&lt;p&gt;Follow-up of the citizen promises (medborgarlöften) that a municipality and the police make together.&lt;/p&gt;&lt;p&gt;Everything is kept in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Löfteskollen %1&lt;/h3&gt;&lt;p&gt;Uppföljning av de medborgarlöften som kommunen och polisen ger tillsammans.&lt;/p&gt;&lt;p&gt;Allt sparas i en fil på den här datorn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No file is open&lt;/h2&gt;&lt;p&gt;Open a Löfteskollen file with File &amp;gt; Open…, or create one with File &amp;gt; New….&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ingen fil är öppen&lt;/h2&gt;&lt;p&gt;Öppna en Löfteskollen-fil med Arkiv &amp;gt; Öppna…, eller skapa en med Arkiv &amp;gt; Ny….&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Ingen fil öppen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Locked for editing by this window</source>
        <translation>Låst för redigering i det här fönstret</translation>
    </message>
    <message>
        <source>The file was not opened</source>
        <translation>Filen öppnades inte</translation>
    </message>
    <message>
        <source>The file was not created</source>
        <translation>Filen skapades inte</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Ny fil</translation>
    </message>
    <message>
        <source>Salem 2021–2022 (the eight promises as a starting point)</source>
        <translation>Salem 2021–2022 (de åtta löftena som utgångspunkt)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Tom</translation>
    </message>
    <message>
        <source>Start the new file from:</source>
        <translation>Börja den nya filen från:</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Öppna fil</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Kopian sparades inte</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>En kopia sparades som %1.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Inga senaste filer</translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation>&amp;Ångra ”%1”</translation>
    </message>
    <message>
        <source>&amp;Redo “%1”</source>
        <translation>&amp;Gör om ”%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>Filen kunde inte läsas</translation>
    </message>
    <message>
        <source>%1

What is shown may be incomplete. Nothing was changed. Close Löfteskollen and open the file again; if this comes back, the file may be damaged.</source>
        <translation>%1

Det som visas kan vara ofullständigt. Ingenting ändrades. Stäng Löfteskollen och öppna filen igen; om det händer igen kan filen vara skadad.</translation>
    </message>
    <message>
        <source>An edit was not saved</source>
        <translation>En ändring sparades inte</translation>
    </message>
    <message>
        <source>%1

Close Löfteskollen without this edit?</source>
        <translation>%1

Stänga Löfteskollen utan den ändringen?</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Read an export or the changes from another computer, after a preview</source>
        <translation>Läs in en export eller ändringarna från en annan dator, efter en förhandsvisning</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Löfteskollen export (*.json)</source>
        <translation>Löfteskollen-export (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %2 added, %3 changed, %4 deleted, %n conflict(s) left as they were.</source>
        <translation>
            <numerusform>Importerade %1: %2 tillagda, %3 ändrade, %4 borttagna, %n konflikt lämnad som den var.</numerusform>
            <numerusform>Importerade %1: %2 tillagda, %3 ändrade, %4 borttagna, %n konflikter lämnade som de var.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up &amp;report…</source>
        <translation>&amp;Uppföljningsrapport…</translation>
    </message>
    <message>
        <source>The council&apos;s report as PDF, ODT or printed, or the public summary for the web</source>
        <translation>Rapporten till kommunfullmäktige som PDF, ODT eller utskrift, eller den offentliga sammanfattningen för webben</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>There is no backup of this file yet. One is made when you close the window after changes.</source>
        <translation>Det finns ingen säkerhetskopia av filen än. En görs när du stänger fönstret efter ändringar.</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Ingenting återställdes</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>Återställde säkerhetskopian från %1.</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Återställ från säker&amp;hetskopia…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 You can read everything, print reports and save a copy, but not change anything.</source>
        <translation>&lt;b&gt;Skrivskyddad.&lt;/b&gt; %1 Du kan läsa allt, skriva ut rapporter och spara en kopia, men inte ändra något.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Another window has the file open for changes; here you see what it has saved.</source>
        <translation>Ett annat fönster har filen öppen för ändringar; här ser du det som har sparats där.</translation>
    </message>
    <message>
        <source>The newest backup was restored. The file that did not open is kept as %1.</source>
        <translation>Den senaste säkerhetskopian återställdes. Filen som inte gick att öppna finns kvar som %1.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>Ändrings&amp;logg…</translation>
    </message>
    <message>
        <source>Who changed what and when, with the values before and after</source>
        <translation>Vem som ändrade vad och när, med värdena före och efter</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Skapade %1.</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>&amp;Handbok</translation>
    </message>
    <message>
        <source>The guide to every page and to the year&apos;s routine, at the page in view</source>
        <translation>Vägledningen till varje sida och till årets rutin, vid sidan du står på</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>Find words in the text of every register and open what is found</source>
        <translation>Sök efter ord i texten i alla register och öppna det som hittas</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportera till Excel…</translation>
    </message>
    <message>
        <source>Every register of the file or of the chosen municipality, a sheet each</source>
        <translation>Alla register i filen eller i den valda kommunen, ett blad för varje</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>%1 on the server</source>
        <translation>%1 på servern</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Ans&amp;lut till server…</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Ansluten till servern igen.</translation>
    </message>
    <message>
        <source>Shared on the server</source>
        <translation>Delad på servern</translation>
    </message>
    <message>
        <source>Backups are kept on the server</source>
        <translation>Säkerhetskopior hålls på servern</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
</context>
<context>
    <name>lk::MapLegend</name>
    <message>
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <source>Places, by latest assessment</source>
        <translation>Platser, efter senaste bedömning</translation>
    </message>
    <message>
        <source>Observations, by action</source>
        <translation>Iakttagelser, efter åtgärd</translation>
    </message>
</context>
<context>
    <name>lk::MapTab</name>
    <message>
        <source>&amp;New map…</source>
        <translation>&amp;Ny karta…</translation>
    </message>
    <message>
        <source>&amp;Edit map…</source>
        <translation>&amp;Redigera karta…</translation>
    </message>
    <message>
        <source>&amp;Place pin</source>
        <translation>&amp;Sätt ut nål</translation>
    </message>
    <message>
        <source>Everything here has a pin.</source>
        <translation>Allt här har en nål.</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Karta:</translation>
    </message>
    <message>
        <source>Zoom out (−, or Ctrl and the mouse wheel)</source>
        <translation>Zooma ut (−, eller Ctrl och mushjulet)</translation>
    </message>
    <message>
        <source>Zoom in (+, or Ctrl and the mouse wheel)</source>
        <translation>Zooma in (+, eller Ctrl och mushjulet)</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Hela kartan</translation>
    </message>
    <message>
        <source>Show the whole map (0)</source>
        <translation>Visa hela kartan (0)</translation>
    </message>
    <message>
        <source>Safety &amp;walk:</source>
        <translation>Trygghets&amp;vandring:</translation>
    </message>
    <message>
        <source>N&amp;ot pinned:</source>
        <translation>&amp;Utan nål:</translation>
    </message>
    <message>
        <source>&amp;Cancel placing</source>
        <translation>&amp;Avbryt utsättningen</translation>
    </message>
    <message>
        <source>No map yet: load one with “New map…”</source>
        <translation>Ingen karta ännu: lägg in en med ”Ny karta…”</translation>
    </message>
    <message>
        <source>All walks</source>
        <translation>Alla vandringar</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Utan nål</translation>
    </message>
</context>
<context>
    <name>lk::MapView</name>
    <message>
        <source>The map image could not be read.</source>
        <translation>Kartbilden gick inte att läsa.</translation>
    </message>
    <message>
        <source>No map chosen.</source>
        <translation>Ingen karta vald.</translation>
    </message>
    <message>
        <source>Click on the map where “%1” goes. Esc cancels.</source>
        <translation>Klicka på kartan där ”%1” ska stå. Esc avbryter.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Move pin</source>
        <translation>&amp;Flytta nål</translation>
    </message>
    <message>
        <source>&amp;Remove pin</source>
        <translation>&amp;Ta bort nål</translation>
    </message>
    <message>
        <source>%1 no longer exists; no pin was placed.</source>
        <translation>%1 finns inte längre; ingen nål sattes ut.</translation>
    </message>
</context>
<context>
    <name>lk::MeetingDialog</name>
    <message>
        <source>New meeting of Operativa gruppen</source>
        <translation>Nytt möte i Operativa gruppen</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Mötet %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Cases discussed (by code only, never a name)</source>
        <translation>Ärenden som diskuterades (bara med kod, aldrig namn)</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nytt)</translation>
    </message>
    <message>
        <source>New meeting %1</source>
        <translation>Nytt möte %1</translation>
    </message>
    <message>
        <source>Change meeting %1</source>
        <translation>Ändra mötet %1</translation>
    </message>
    <message>
        <source>Save the whole meeting (Ctrl+Enter)</source>
        <translation>Spara hela mötet (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>lk::MeetingDraft</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>Mötet finns inte längre.</translation>
    </message>
    <message>
        <source>The meeting no longer exists; nothing was saved.</source>
        <translation>Mötet finns inte längre; ingenting sparades.</translation>
    </message>
    <message>
        <source>A case discussed at the meeting no longer exists; nothing was saved.</source>
        <translation>Ett ärende som diskuterades på mötet finns inte längre; ingenting sparades.</translation>
    </message>
    <message>
        <source>The same case is listed twice under the cases discussed; nothing was saved.</source>
        <translation>Samma ärende står två gånger bland de diskuterade ärendena; ingenting sparades.</translation>
    </message>
</context>
<context>
    <name>lk::MeetingMinutes</name>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Counts for the promise</source>
        <translation>Räknas för löftet</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Inte antecknat.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Cases discussed</source>
        <translation>Diskuterade ärenden</translation>
    </message>
    <message>
        <source>No case was discussed.</source>
        <translation>Inget ärende togs upp.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>No action item was recorded.</source>
        <translation>Ingen åtgärd antecknades.</translation>
    </message>
    <message>
        <source>Minutes, Operativa gruppen %1</source>
        <translation>Protokoll, Operativa gruppen %1</translation>
    </message>
    <message>
        <source>No agenda was recorded.</source>
        <translation>Ingen dagordning antecknades.</translation>
    </message>
    <message>
        <source>No notes were recorded.</source>
        <translation>Inga anteckningar gjordes.</translation>
    </message>
    <message>
        <source>Internal minutes of Operativa gruppen. Cases are named by their code only; who they concern is kept in social services&apos; own records. Not for publication.</source>
        <translation>Operativa gruppens interna protokoll. Ärenden anges bara med sin kod; vem de gäller finns i socialtjänstens egna register. Ska inte publiceras.</translation>
    </message>
    <message>
        <source>No minutes</source>
        <translation>Inget protokoll</translation>
    </message>
    <message>
        <source>Minutes – print preview</source>
        <translation>Protokoll – förhandsgranskning</translation>
    </message>
    <message>
        <source>Operativa gruppen %1.pdf</source>
        <translation>Operativa gruppen %1.pdf</translation>
    </message>
    <message>
        <source>Save the minutes as PDF</source>
        <translation>Spara protokollet som PDF</translation>
    </message>
</context>
<context>
    <name>lk::MeetingMinutesCommand</name>
    <message>
        <source>Say where to write the minutes with --out FILE.</source>
        <translation>Ange var protokollet ska sparas med --out FIL.</translation>
    </message>
    <message>
        <source>Give either --walk or --meeting: one protocol at a time.</source>
        <translation>Ange antingen --walk eller --meeting: ett protokoll i taget.</translation>
    </message>
    <message>
        <source>A meeting&apos;s minutes are written as PDF only: leave out --format, or write --format pdf.</source>
        <translation>Ett mötesprotokoll skrivs bara som PDF: utelämna --format eller skriv --format pdf.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
</context>
<context>
    <name>lk::MeetingsTab</name>
    <message>
        <source>New meeting…</source>
        <translation>Nytt möte…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öppna…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No meeting is recorded yet. Choose “New meeting…” after the next one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inget möte är antecknat än. Välj ”Nytt möte…” efter nästa möte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a meeting to see what was said and decided.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Välj ett möte för att se vad som sades och beslutades.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Operativa gruppen</source>
        <translation>Operativa gruppen</translation>
    </message>
    <message>
        <source>&lt;p&gt;No meeting matches “%1”: not its date, place or chair, nor what its agenda, minutes or cases say.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inget möte matchar ”%1”: varken datum, plats eller ordförande, eller det som står i dagordning, protokoll eller ärenden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print minutes…</source>
        <translation>Skriv ut protokoll…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Save the selected meeting&apos;s minutes as a PDF file</source>
        <translation>Spara det valda mötets protokoll som en PDF-fil</translation>
    </message>
    <message>
        <source>Save minutes as PDF…</source>
        <translation>Spara protokollet som PDF…</translation>
    </message>
</context>
<context>
    <name>lk::Migrator</name>
    <message>
        <source>Updating the file&apos;s structure to version %1 (%2) failed; the file was left at version %3</source>
        <translation>Uppdateringen av filens struktur till version %1 (%2) misslyckades; filen lämnades i version %3</translation>
    </message>
    <message>
        <source>records in %1 would point at records that no longer exist</source>
        <translation>poster i %1 skulle peka på poster som inte längre finns</translation>
    </message>
    <message>
        <source>this program has no step “%1”</source>
        <translation>programmet saknar steget ”%1”</translation>
    </message>
</context>
<context>
    <name>lk::MonthBarChart</name>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>lk::MonthsEdit</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>varje månad</translation>
    </message>
</context>
<context>
    <name>lk::NewFile</name>
    <message>
        <source>%1 already exists; it was not changed. Choose a new file name.</source>
        <translation>%1 finns redan; den ändrades inte. Välj ett nytt filnamn.</translation>
    </message>
    <message>
        <source>%1 was not created: the folder %2 does not exist. Choose an existing folder.</source>
        <translation>%1 skapades inte: mappen %2 finns inte. Välj en mapp som finns.</translation>
    </message>
    <message>
        <source>%1 could not be finished: its temporary file %2 is gone. Nothing was created.</source>
        <translation>%1 kunde inte göras färdig: dess tillfälliga fil %2 är borta. Ingenting skapades.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2. Nothing was created; the temporary file was removed.</source>
        <translation>%1 kunde inte skapas: %2. Ingenting skapades; den tillfälliga filen togs bort.</translation>
    </message>
    <message>
        <source>a file of that name appeared meanwhile</source>
        <translation>en fil med det namnet dök upp under tiden</translation>
    </message>
    <message>
        <source>the file could not be renamed</source>
        <translation>filen kunde inte byta namn</translation>
    </message>
</context>
<context>
    <name>lk::NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>lk::OdtPackage</name>
    <message>
        <source>The OpenDocument file could not be put together (%1: %2). Nothing was written.</source>
        <translation>OpenDocument-filen kunde inte sättas ihop (%1: %2). Ingenting skrevs.</translation>
    </message>
</context>
<context>
    <name>lk::OdtWriter</name>
    <message>
        <source>A picture of the report could not be made a PNG image (too little memory?). Nothing was written.</source>
        <translation>En bild i rapporten kunde inte göras till en PNG-bild (för lite minne?). Ingenting skrevs.</translation>
    </message>
</context>
<context>
    <name>lk::OgPage</name>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Möten</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Ärenden</translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation>Å&amp;tgärder</translation>
    </message>
    <message>
        <source>&amp;Thinning</source>
        <translation>&amp;Gallring</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>Operativa gruppen</source>
        <translation>Operativa gruppen</translation>
    </message>
</context>
<context>
    <name>lk::OgRegisters</name>
    <message>
        <source>“%1” must look like OG-2021-007; it is given by Löfteskollen.</source>
        <translation>”%1” ska se ut som OG-2021-007; den ges av Löfteskollen.</translation>
    </message>
    <message>
        <source>A closed case needs “%1”.</source>
        <translation>Ett avslutat ärende behöver ”%1”.</translation>
    </message>
    <message>
        <source>“%1” is given when the case is closed.</source>
        <translation>”%1” anges när ärendet avslutas.</translation>
    </message>
    <message>
        <source>Say who gave the consent (“%1”).</source>
        <translation>Ange vem som lämnade samtycket (”%1”).</translation>
    </message>
    <message>
        <source>“%1” is given when the action is done.</source>
        <translation>”%1” anges när åtgärden är klar.</translation>
    </message>
    <message>
        <source>“%1”: for someone under 18 the guardian gives the consent.</source>
        <translation>”%1”: för den som är under 18 lämnar vårdnadshavaren samtycket.</translation>
    </message>
    <message>
        <source>Case %1 was thinned on %2: what was written about it is no longer kept, and an import may not bring it back. Nothing was imported. Import an export made after the thinning, or take that case&apos;s text out of the file.</source>
        <translation>Ärendet %1 gallrades %2: det som skrevs om det sparas inte längre, och en import får inte ta tillbaka det. Ingenting importerades. Importera en export som gjorts efter gallringen, eller ta bort ärendets text ur filen.</translation>
    </message>
</context>
<context>
    <name>lk::OpenFailure</name>
    <message>
        <source>The file was not opened</source>
        <translation>Filen öppnades inte</translation>
    </message>
    <message>
        <source>You can open it read-only here: you see what is saved, but cannot change anything.</source>
        <translation>Du kan öppna den skrivskyddad här: du ser det som är sparat men kan inte ändra något.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Öppna &amp;skrivskyddad</translation>
    </message>
    <message>
        <source>The newest backup is from %1 and holds %2 records.</source>
        <translation>Den senaste säkerhetskopian är från %1 och innehåller %2 poster.</translation>
    </message>
    <message>
        <source>The newest backup is from %1.</source>
        <translation>Den senaste säkerhetskopian är från %1.</translation>
    </message>
    <message>
        <source>Restoring it puts it in the place of this file; the file itself is kept beside it under a new name, so nothing is deleted.</source>
        <translation>Återställs den sätts den på filens plats; själva filen sparas bredvid under ett nytt namn, så ingenting raderas.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>Å&amp;terställ den senaste säkerhetskopian</translation>
    </message>
</context>
<context>
    <name>lk::Ordering</name>
    <message>
        <source>%1 has no order of its own.</source>
        <translation>%1 har ingen egen ordning.</translation>
    </message>
</context>
<context>
    <name>lk::OverviewCharts</name>
    <message>
        <source>Meetings of Operativa gruppen per month</source>
        <translation>Möten i Operativa gruppen per månad</translation>
    </message>
    <message>
        <source>Operativa gruppen</source>
        <translation>Operativa gruppen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Action items of Operativa gruppen</source>
        <translation>Åtgärder i Operativa gruppen</translation>
    </message>
    <message>
        <source>Police visits per term</source>
        <translation>Polisens besök per termin</translation>
    </message>
    <message>
        <source>Police activities</source>
        <translation>Polisens insatser</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Traffic controls per month</source>
        <translation>Trafikkontroller per månad</translation>
    </message>
    <message>
        <source>Traffic controls</source>
        <translation>Trafikkontroller</translation>
    </message>
    <message>
        <source>Tobacco: compliance per year</source>
        <translation>Tobak: regelefterlevnad per år</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>Tobak</translation>
    </message>
    <message>
        <source>Target: %1 a term</source>
        <translation>Mål: %1 per termin</translation>
    </message>
    <message>
        <source>Target: %1 a month</source>
        <translation>Mål: %1 per månad</translation>
    </message>
    <message>
        <source>Action items of Operativa gruppen on %1</source>
        <translation>Åtgärder i Operativa gruppen, läget %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>Indikator: %1</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Test purchases: the share where the seller asked for ID or refused to sell. Inspections: the share without any deficiency.</source>
        <translation>Kontrollköp: andelen där säljaren begärde legitimation eller nekade köpet. Tillsyner: andelen utan någon brist.</translation>
    </message>
    <message>
        <source>Test purchases</source>
        <translation>Kontrollköp</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Tillsyner</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
</context>
<context>
    <name>lk::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>The period so f&amp;ar</source>
        <translation>Perioden hitti&amp;lls</translation>
    </message>
    <message>
        <source>From the period&apos;s start to today, or to its end when it is over</source>
        <translation>Från periodens början till i dag, eller till dess slut om den är över</translation>
    </message>
    <message>
        <source>The start is after the end: nothing is shown for these dates.</source>
        <translation>Början ligger efter slutet: inget visas för de här datumen.</translation>
    </message>
    <message>
        <source>Where the promises stand</source>
        <translation>Så går det för löftena</translation>
    </message>
    <message>
        <source>Activities and indicators</source>
        <translation>Aktiviteter och indikatorer</translation>
    </message>
    <message>
        <source>The police area: %1</source>
        <translation>Polisområdet: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no period yet.&lt;/b&gt; Start with &lt;b&gt;Manage &amp;gt; New municipality…&lt;/b&gt; and then &lt;b&gt;Manage &amp;gt; New period…&lt;/b&gt; above.</source>
        <translation>&lt;b&gt;Det finns ingen period än.&lt;/b&gt; Börja med &lt;b&gt;Hantera &amp;gt; Ny kommun…&lt;/b&gt; och sedan &lt;b&gt;Hantera &amp;gt; Ny period…&lt;/b&gt; här ovanför.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The period has no promises yet.&lt;/b&gt; Enter the focus areas, promises and targets on the &lt;b&gt;Promises&lt;/b&gt; page, or start from an earlier period with &lt;b&gt;Manage &amp;gt; Copy period into a new one…&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Perioden har inga löften än.&lt;/b&gt; Lägg in fokusområden, löften och mål på sidan &lt;b&gt;Löften&lt;/b&gt;, eller utgå från en tidigare period med &lt;b&gt;Hantera &amp;gt; Kopiera perioden till en ny…&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>lk::PagedOutput</name>
    <message>
        <source>The printer does not take A4 pages with 20 mm margins.</source>
        <translation>Skrivaren tar inte A4-sidor med 20 mm marginaler.</translation>
    </message>
    <message>
        <source>Nothing could be written to the printer or file.</source>
        <translation>Ingenting kunde skrivas till skrivaren eller filen.</translation>
    </message>
    <message>
        <source>Page %1 could not be started; the output is incomplete.</source>
        <translation>Sidan %1 kunde inte påbörjas; utskriften är ofullständig.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The last page could not be finished.</source>
        <translation>Den sista sidan kunde inte avslutas.</translation>
    </message>
    <message>
        <source>Writing the pages</source>
        <translation>Skriver sidorna</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ingenting sparades.</translation>
    </message>
</context>
<context>
    <name>lk::ParticipantsGrid</name>
    <message numerus="yes">
        <source>In all: %n participant(s)</source>
        <translation>
            <numerusform>Sammanlagt: %n deltagare</numerusform>
            <numerusform>Sammanlagt: %n deltagare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::PercentBarChart</name>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
</context>
<context>
    <name>lk::PeriodCopier</name>
    <message>
        <source>The period to copy no longer exists.</source>
        <translation>Perioden som skulle kopieras finns inte längre.</translation>
    </message>
</context>
<context>
    <name>lk::PgTextIndex</name>
    <message>
        <source>the search index of %1 could not be made: %2</source>
        <translation>sökindexet för %1 kunde inte göras: %2</translation>
    </message>
</context>
<context>
    <name>lk::PinSymbol</name>
    <message>
        <source>Not assessed</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <source>Action open or in progress</source>
        <translation>Åtgärd öppen eller pågår</translation>
    </message>
    <message>
        <source>Action past its due date</source>
        <translation>Åtgärd försenad</translation>
    </message>
    <message>
        <source>Action fixed</source>
        <translation>Åtgärdad</translation>
    </message>
    <message>
        <source>Action rejected</source>
        <translation>Åtgärd avvisad</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Ingen åtgärd</translation>
    </message>
</context>
<context>
    <name>lk::PlacesTab</name>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Bedömningar</translation>
    </message>
    <message>
        <source>Observations from walks</source>
        <translation>Iakttagelser från vandringar</translation>
    </message>
</context>
<context>
    <name>lk::PoliceArea</name>
    <message>
        <source>No municipality in the file belongs to the police area “%1”. The police areas in the file are: %2.</source>
        <translation>Ingen kommun i filen hör till polisområdet ”%1”. Polisområdena i filen är: %2.</translation>
    </message>
    <message>
        <source>No municipality in the file belongs to the police area “%1”: none has a police area set. Set it on each municipality (Manage &gt; Edit municipality…).</source>
        <translation>Ingen kommun i filen hör till polisområdet ”%1”: ingen har något polisområde angivet. Ange det på varje kommun (Hantera &gt; Ändra kommun…).</translation>
    </message>
</context>
<context>
    <name>lk::PolicePage</name>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Besök</translation>
    </message>
    <message>
        <source>&amp;Drug operations</source>
        <translation>&amp;Narkotikainsatser</translation>
    </message>
    <message>
        <source>&amp;Traffic controls</source>
        <translation>&amp;Trafikkontroller</translation>
    </message>
    <message>
        <source>In&amp;formation</source>
        <translation>In&amp;formation</translation>
    </message>
    <message>
        <source>&amp;Units visited</source>
        <translation>&amp;Enheter som besöks</translation>
    </message>
    <message>
        <source>Police activities</source>
        <translation>Polisens insatser</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>Ny enhet…</translation>
    </message>
</context>
<context>
    <name>lk::PrintedDocument</name>
    <message>
        <source>Not printed</source>
        <translation>Inte utskriven</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF-filen sparades inte</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
</context>
<context>
    <name>lk::Progress</name>
    <message>
        <source>Saving the file</source>
        <translation>Sparar filen</translation>
    </message>
    <message>
        <source>Stopped as asked. %1</source>
        <translation>Avbrutet. %1</translation>
    </message>
</context>
<context>
    <name>lk::PromiseDetail</name>
    <message>
        <source>Promise</source>
        <translation>Löfte</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Status reports</source>
        <translation>Lägesrapporter</translation>
    </message>
    <message>
        <source>New target…</source>
        <translation>Nytt mål…</translation>
    </message>
    <message>
        <source>New status report…</source>
        <translation>Ny lägesrapport…</translation>
    </message>
</context>
<context>
    <name>lk::PromiseProgress</name>
    <message>
        <source>On track</source>
        <translation>Enligt plan</translation>
    </message>
    <message>
        <source>Somewhat behind</source>
        <translation>Något efter</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ej bedömt</translation>
    </message>
    <message>
        <source>Not assessed: nothing was planned yet by the date, and no status report says more.</source>
        <translation>Ej bedömt: inget var planerat ännu till datumet, och ingen statusrapport säger mer.</translation>
    </message>
    <message>
        <source>%1: %2 done, nothing planned yet by %3</source>
        <translation>%1: %2 genomförda, inget planerat ännu till %3</translation>
    </message>
    <message>
        <source>%1: %2 done of %3 planned by %4 (%5 %)</source>
        <translation>%1: %2 genomförda av %3 planerade till %4 (%5 %)</translation>
    </message>
    <message>
        <source>Reported status: %1 (%2)</source>
        <translation>Rapporterad status: %1 (%2)</translation>
    </message>
    <message>
        <source>On track: every counted target has done what was planned by the date, less a tolerance of 10 % (9 of 10 is on track); without a counted target, the promise is reported started or done.</source>
        <translation>Enligt plan: varje räknat mål har gjort det som var planerat till datumet, med en marginal på 10 % (9 av 10 är enligt plan); utan räknat mål är löftet rapporterat påbörjat eller genomfört.</translation>
    </message>
    <message>
        <source>Somewhat behind: a counted target has done at least 75 % of what was planned by the date, but less than on track.</source>
        <translation>Något efter: ett räknat mål har gjort minst 75 % av det som var planerat till datumet, men mindre än enligt plan.</translation>
    </message>
    <message>
        <source>Behind: a counted target has done less than 75 % of what was planned by the date; without a counted target, the promise is reported delayed.</source>
        <translation>Efter: ett räknat mål har gjort mindre än 75 % av det som var planerat till datumet; utan räknat mål är löftet rapporterat försenat.</translation>
    </message>
    <message>
        <source>The assessment is computed from the figures printed beside it. For each target counted from a register, what was planned by the last date followed up is taken by the target&apos;s schedule (a year&apos;s target in its months, a term&apos;s in its term), rounded to a whole number as it is printed, and compared with what was done.</source>
        <translation>Bedömningen räknas fram ur siffrorna som står bredvid den. För varje mål som räknas ur ett register tas det som var planerat till uppföljningens sista datum enligt målets schema (ett årsmål under sina månader, ett terminsmål under sin termin), avrundat till heltal som det skrivs ut, och jämförs med det som gjorts.</translation>
    </message>
    <message>
        <source>A promise is assessed as its furthest-behind target. The reported status (done, started, delayed, …) is the coordinator&apos;s own judgement and is shown beside the assessment, not mixed into it; where the two disagree, the report says so in words.</source>
        <translation>Ett löfte bedöms som sitt mål som ligger längst efter. Den rapporterade statusen (genomförd, påbörjad, försenad …) är samordnarens egen bedömning och visas bredvid, utan att blandas in; där de två skiljer sig säger rapporten det i ord.</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 av %3</translation>
    </message>
    <message>
        <source>Reported done, but the figures fall short: %1.</source>
        <translation>Rapporterad som genomförd, men siffrorna räcker inte: %1.</translation>
    </message>
    <message>
        <source>Reported delayed, although the figures are on track.</source>
        <translation>Rapporterad som försenad, fast siffrorna är enligt plan.</translation>
    </message>
</context>
<context>
    <name>lk::PromiseRegisters</name>
    <message>
        <source>“%1” is for targets counted from police visits.</source>
        <translation>”%1” gäller mål som räknas från polisens besök.</translation>
    </message>
    <message>
        <source>“%1” is for targets counted from neighbourhood-watch events.</source>
        <translation>”%1” gäller mål som räknas från händelser i grannsamverkan.</translation>
    </message>
</context>
<context>
    <name>lk::PromiseTable</name>
    <message>
        <source>Promise</source>
        <translation>Löfte</translation>
    </message>
    <message>
        <source>Planned and done</source>
        <translation>Planerat och gjort</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Open the promise on the Promises page</source>
        <translation>Öppna löftet på sidan Löften</translation>
    </message>
    <message>
        <source>%1: followed up by hand</source>
        <translation>%1: följs upp för hand</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Ingen rapport än</translation>
    </message>
    <message>
        <source>No target counted from a register</source>
        <translation>Inget mål räknas ur ett register</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Reported status</source>
        <translation>Rapporterad status</translation>
    </message>
    <message>
        <source>%1: %2 done, none planned yet</source>
        <translation>%1: %2 gjorda, inget planerat ännu</translation>
    </message>
    <message>
        <source>%1: %2 of %3 planned</source>
        <translation>%1: %2 av %3 planerade</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Löften</translation>
    </message>
</context>
<context>
    <name>lk::PromiseTreeModel</name>
    <message>
        <source>Not reported</source>
        <translation>Ej rapporterad</translation>
    </message>
    <message>
        <source>Focus area and promise</source>
        <translation>Fokusområde och löfte</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Reported status</source>
        <translation>Rapporterad status</translation>
    </message>
</context>
<context>
    <name>lk::PromisesPage</name>
    <message>
        <source>New focus area…</source>
        <translation>Nytt fokusområde…</translation>
    </message>
    <message>
        <source>Add a focus area to the period</source>
        <translation>Lägg till ett fokusområde i perioden</translation>
    </message>
    <message>
        <source>New promise…</source>
        <translation>Nytt löfte…</translation>
    </message>
    <message>
        <source>Add a promise to the selected focus area (Insert)</source>
        <translation>Lägg till ett löfte i det valda fokusområdet (Insert)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Delete the selected focus area or promise (Delete)</source>
        <translation>Ta bort det valda fokusområdet eller löftet (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move the selection up (Alt+Up)</source>
        <translation>Flytta det valda uppåt (Alt+Upp)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Move the selection down (Alt+Down)</source>
        <translation>Flytta det valda nedåt (Alt+Ned)</translation>
    </message>
    <message>
        <source>This period has no focus areas yet. Start with “New focus area…”.</source>
        <translation>Perioden har inga fokusområden än. Börja med ”Nytt fokusområde…”.</translation>
    </message>
    <message>
        <source>Choose a focus area or a promise on the left.</source>
        <translation>Välj ett fokusområde eller ett löfte till vänster.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Inte flyttat</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Löften</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>There is no period yet. Start with Manage &gt; New municipality… and New period… above.</source>
        <translation>Det finns ingen period än. Börja med Hantera &gt; Ny kommun… och Ny period… ovan.</translation>
    </message>
    <message>
        <source>Filter promises…</source>
        <translation>Filtrera löften…</translation>
    </message>
    <message>
        <source>The promises could not be read: %1</source>
        <translation>Löftena kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>No focus area or promise matches “%1”, nor their targets or status reports.</source>
        <translation>Inget fokusområde eller löfte matchar ”%1”, inte heller deras mål eller lägesrapporter.</translation>
    </message>
    <message>
        <source>Focus areas and promises</source>
        <translation>Fokusområden och löften</translation>
    </message>
    <message>
        <source>Filter promises</source>
        <translation>Filtrera löften</translation>
    </message>
</context>
<context>
    <name>lk::PublicSummary</name>
    <message>
        <source>Follow how it goes – %1</source>
        <translation>Följ med i hur det går – %1</translation>
    </message>
    <message>
        <source>Follow how it goes!</source>
        <translation>Följ med i hur det går!</translation>
    </message>
    <message>
        <source>%1 and the police made these citizen promises for %2. Here is how far they have come.</source>
        <translation>%1 och polisen har gett dessa medborgarlöften för %2. Här ser du hur långt de har kommit.</translation>
    </message>
    <message>
        <source>Followed up %1, updated %2.</source>
        <translation>Uppföljt %1, uppdaterat %2.</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 planned by %4</source>
        <translation>%1: %2 genomförda, %3 planerade till %4</translation>
    </message>
    <message>
        <source>%1 and the local police. Made with Löfteskollen.</source>
        <translation>%1 och lokalpolisen. Gjord med Löfteskollen.</translation>
    </message>
    <message>
        <source>How the promises are assessed</source>
        <translation>Så bedöms löftena</translation>
    </message>
    <message>
        <source>Each promise gets one of these assessments, from what has been done compared with what was planned by %1.</source>
        <translation>Varje löfte får en av de här bedömningarna, utifrån vad som har gjorts jämfört med vad som var planerat till %1.</translation>
    </message>
    <message>
        <source>The promises in brief</source>
        <translation>Löftena i korthet</translation>
    </message>
    <message>
        <source>Assessment: %1</source>
        <translation>Bedömning: %1</translation>
    </message>
    <message>
        <source>Further from the target than at the baseline.</source>
        <translation>Längre från målet än vid utgångsläget.</translation>
    </message>
    <message>
        <source>The target is reached.</source>
        <translation>Målet är nått.</translation>
    </message>
    <message>
        <source>%1 % of the way from the baseline to the target.</source>
        <translation>%1 % av vägen från utgångsläget till målet.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Senaste värde</translation>
    </message>
    <message>
        <source>No values yet</source>
        <translation>Inga värden ännu</translation>
    </message>
    <message>
        <source>Better is</source>
        <translation>Bättre är</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Lägre</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Högre</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Utveckling</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>The indicators measure what the promises are meant to change. Each shows its latest value beside its baseline and its target.</source>
        <translation>Indikatorerna mäter det som löftena ska förändra. Var och en visar sitt senaste värde bredvid utgångsläget och målet.</translation>
    </message>
    <message>
        <source>Questions about the promises: %1</source>
        <translation>Frågor om löftena: %1</translation>
    </message>
    <message>
        <source>Read the whole follow-up report</source>
        <translation>Läs hela uppföljningsrapporten</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Hoppa till innehållet</translation>
    </message>
    <message>
        <source>Show the figures as a table</source>
        <translation>Visa siffrorna som tabell</translation>
    </message>
    <message>
        <source>The figures are in the table after the chart.</source>
        <translation>Siffrorna finns i tabellen efter diagrammet.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1, in figures</source>
        <translation>%1, i siffror</translation>
    </message>
    <message>
        <source>Test purchases with ID asked or sale refused</source>
        <translation>Kontrollköp där legitimation begärdes eller köpet nekades</translation>
    </message>
    <message>
        <source>Inspections without deficiency</source>
        <translation>Tillsyner utan brist</translation>
    </message>
    <message>
        <source>Bar chart of the share of test purchases where the seller asked for ID or refused to sell, and of inspections without deficiency, per year from %1 to %2.</source>
        <translation>Stapeldiagram över andelen kontrollköp där säljaren begärde legitimation eller nekade köpet, och andelen tillsyner utan brist, per år från %1 till %2.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Test purchases</source>
        <translation>Kontrollköp</translation>
    </message>
    <message>
        <source>ID asked or sale refused</source>
        <translation>Legitimation begärd eller köp nekat</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Tillsyner</translation>
    </message>
    <message>
        <source>Without deficiency</source>
        <translation>Utan brist</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 över tid</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Uppmätt</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Utgångsläge %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Mål %1</translation>
    </message>
    <message>
        <source>Line chart of %1, %2 to %3: latest value %4.</source>
        <translation>Linjediagram över %1, %2 till %3: senaste värde %4.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Värde (%1)</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: genomförda</translation>
    </message>
    <message>
        <source>%1: planned</source>
        <translation>%1: planerade</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
</context>
<context>
    <name>lk::RecordChoice</name>
    <message>
        <source>The file has no municipality yet: add one in the window.</source>
        <translation>Filen har ingen kommun än: lägg till en i fönstret.</translation>
    </message>
    <message>
        <source>The file has several municipalities; say which with --municipality NAME: %1.</source>
        <translation>Filen har flera kommuner; ange vilken med --municipality NAMN: %1.</translation>
    </message>
    <message>
        <source>There is no municipality “%1” in the file. Its municipalities: %2.</source>
        <translation>Det finns ingen kommun ”%1” i filen. Dess kommuner: %2.</translation>
    </message>
    <message>
        <source>Several municipalities are called “%1”: %2. Say which with --municipality UUID.</source>
        <translation>Flera kommuner heter ”%1”: %2. Ange vilken med --municipality UUID.</translation>
    </message>
    <message>
        <source>%1 has no period yet: add one in the window with Manage beside the period.</source>
        <translation>%1 har ingen period än: lägg till en i fönstret med Hantera bredvid perioden.</translation>
    </message>
    <message>
        <source>The file has no period yet: add one in the window with Manage beside the period.</source>
        <translation>Filen har ingen period än: lägg till en i fönstret med Hantera bredvid perioden.</translation>
    </message>
    <message>
        <source>%1 has no period “%2”. Its periods: %3.</source>
        <translation>%1 har ingen period ”%2”. Dess perioder: %3.</translation>
    </message>
    <message>
        <source>There is no period “%1” in the file. Its periods: %2.</source>
        <translation>Det finns ingen period ”%1” i filen. Dess perioder: %2.</translation>
    </message>
    <message>
        <source>Several municipalities have a period “%1”: %2. Say which with --municipality NAME.</source>
        <translation>Flera kommuner har en period ”%1”: %2. Ange vilken med --municipality NAMN.</translation>
    </message>
    <message>
        <source>%1 has several periods “%2”: %3. Say which with --period UUID.</source>
        <translation>%1 har flera perioder ”%2”: %3. Ange vilken med --period UUID.</translation>
    </message>
    <message>
        <source>%1 has no safety walk on %2.</source>
        <translation>%1 har ingen trygghetsvandring den %2.</translation>
    </message>
    <message>
        <source>There is no safety walk on %1.</source>
        <translation>Det finns ingen trygghetsvandring den %1.</translation>
    </message>
    <message>
        <source>%1 has no safety walk “%2”: give its date, such as 2021-10-12, or its UUID.</source>
        <translation>%1 har ingen trygghetsvandring ”%2”: ange dess datum, till exempel 2021-10-12, eller dess UUID.</translation>
    </message>
    <message>
        <source>There is no safety walk “%1”: give its date, such as 2021-10-12, or its UUID.</source>
        <translation>Det finns ingen trygghetsvandring ”%1”: ange dess datum, till exempel 2021-10-12, eller dess UUID.</translation>
    </message>
    <message>
        <source>There are several safety walks on %1: %2. Say which with --municipality NAME, or give the walk&apos;s UUID with --walk UUID.</source>
        <translation>Det finns flera trygghetsvandringar den %1: %2. Ange vilken med --municipality NAMN, eller ange vandringens UUID med --walk UUID.</translation>
    </message>
    <message>
        <source>There are several safety walks on %1: %2. Give the UUID of one with --walk UUID.</source>
        <translation>Det finns flera trygghetsvandringar den %1: %2. Ange UUID för en av dem med --walk UUID.</translation>
    </message>
    <message>
        <source>%1 has no Operativa gruppen meeting on %2.</source>
        <translation>%1 har inget möte i Operativa gruppen den %2.</translation>
    </message>
    <message>
        <source>There is no Operativa gruppen meeting on %1.</source>
        <translation>Det finns inget möte i Operativa gruppen den %1.</translation>
    </message>
    <message>
        <source>%1 has no Operativa gruppen meeting “%2”: give its date, such as 2022-03-15, or its UUID.</source>
        <translation>%1 har inget möte i Operativa gruppen ”%2”: ange mötets datum, till exempel 2022-03-15, eller dess UUID.</translation>
    </message>
    <message>
        <source>There is no Operativa gruppen meeting “%1”: give its date, such as 2022-03-15, or its UUID.</source>
        <translation>Det finns inget möte i Operativa gruppen ”%1”: ange mötets datum, till exempel 2022-03-15, eller dess UUID.</translation>
    </message>
    <message>
        <source>There are several Operativa gruppen meetings on %1: %2. Say which with --municipality NAME, or give the meeting&apos;s UUID with --meeting UUID.</source>
        <translation>Operativa gruppen har flera möten den %1: %2. Ange vilket med --municipality NAMN, eller ange mötets UUID med --meeting UUID.</translation>
    </message>
    <message>
        <source>There are several Operativa gruppen meetings on %1: %2. Give the UUID of one with --meeting UUID.</source>
        <translation>Operativa gruppen har flera möten den %1: %2. Ange ett av dem med --meeting UUID.</translation>
    </message>
</context>
<context>
    <name>lk::RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Save and &amp;new</source>
        <translation>Spara och &amp;ny</translation>
    </message>
    <message>
        <source>Save and enter the next one (Enter)</source>
        <translation>Spara och skriv in nästa (Enter)</translation>
    </message>
    <message>
        <source>Saved: %1. Enter the next one, or close.</source>
        <translation>Sparat: %1. Skriv in nästa, eller stäng.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>lk::RecordForm</name>
    <message>
        <source>Not saved: %1 What was typed: “%2”</source>
        <translation>Inte sparat: %1 Det som skrevs: ”%2”</translation>
    </message>
    <message>
        <source>Not saved: put right “%1”.</source>
        <translation>Inte sparat: rätta ”%1”.</translation>
    </message>
    <message>
        <source>Not saved: put right %1.</source>
        <translation>Inte sparat: rätta %1.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Spara ändå?</translation>
    </message>
    <message>
        <source>%1

That is seldom what happened. Save anyway?</source>
        <translation>%1

Det är sällan så det blev. Spara ändå?</translation>
    </message>
    <message>
        <source>Not saved yet: the connection to the server is lost. What you typed is kept here and saved when the connection is back.</source>
        <translation>Inte sparat än: anslutningen till servern är bruten. Det du skrev finns kvar här och sparas när anslutningen är tillbaka.</translation>
    </message>
</context>
<context>
    <name>lk::RecordListPanel</name>
    <message>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrera…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Lägg till en rad (Insert)</translation>
    </message>
    <message>
        <source>Delete the selected row (Delete)</source>
        <translation>Ta bort den valda raden (Delete)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Open the selected row in a form (double-click)</source>
        <translation>Öppna den valda raden i ett formulär (dubbelklick)</translation>
    </message>
    <message>
        <source>Saved, but the filter “%1” hides it.</source>
        <translation>Sparad, men filtret ”%1” döljer den.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Töm filtret</translation>
    </message>
    <message>
        <source>Saved, but this list does not show it.</source>
        <translation>Sparad, men listan visar den inte.</translation>
    </message>
    <message>
        <source>Nothing here matches “%1”. The filter reads the text of each record too; clear it to see them all.</source>
        <translation>Inget här matchar ”%1”. Filtret läser också texten i varje post; töm det för att se alla.</translation>
    </message>
    <message>
        <source>Export the table to Excel…</source>
        <translation>Exportera tabellen till Excel…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrera %1</translation>
    </message>
</context>
<context>
    <name>lk::RegisterCsv</name>
    <message>
        <source>“%1”: “%2” is not a whole number.</source>
        <translation>”%1”: ”%2” är inget heltal.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a number; write it as 12,5 or 12.5.</source>
        <translation>”%1”: ”%2” är inget tal; skriv det som 12,5 eller 12.5.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is neither yes (ja) nor no (nej).</source>
        <translation>”%1”: ”%2” är varken ja eller nej.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not one of: %3.</source>
        <translation>”%1”: ”%2” är inte något av: %3.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not among the municipality&apos;s %3; add it first, or correct the name.</source>
        <translation>”%1”: ”%2” finns inte bland kommunens %3; lägg till den först, eller rätta namnet.</translation>
    </message>
    <message>
        <source>“%1”: %2 records are called “%3”; rename one of them in the program first.</source>
        <translation>”%1”: %2 poster heter ”%3”; byt namn på en av dem i programmet först.</translation>
    </message>
</context>
<context>
    <name>lk::RegisterExport</name>
    <message>
        <source>Writing the rows</source>
        <translation>Skriver raderna</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Ingenting exporterades.</translation>
    </message>
</context>
<context>
    <name>lk::RegisterSpec</name>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation>%1 har inget fält ”%2”.</translation>
    </message>
</context>
<context>
    <name>lk::Removal</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Inte borttaget</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>Delete “%1” (%2)?</source>
        <translation>Ta bort ”%1” (%2)?</translation>
    </message>
    <message>
        <source>Delete “%1” (%2) together with %3?</source>
        <translation>Ta bort ”%1” (%2) tillsammans med %3?</translation>
    </message>
    <message>
        <source>%1 will no longer point at it.</source>
        <translation>%1 pekar inte längre på det.</translation>
    </message>
    <message>
        <source>You can take it back with Edit &gt; Undo.</source>
        <translation>Du kan ta tillbaka det med Redigera &gt; Ångra.</translation>
    </message>
    <message>
        <source>Deleted the %1 “%2”. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Borttaget: %1 ”%2”. Redigera &gt; Ångra (Ctrl+Z) för tillbaka det.</translation>
    </message>
</context>
<context>
    <name>lk::ReportCharts</name>
    <message>
        <source>Inspections without deficiency</source>
        <translation>Tillsyner utan brist</translation>
    </message>
    <message>
        <source>Test purchases: ID asked or sale refused</source>
        <translation>Kontrollköp: legitimation efterfrågad eller köp nekat</translation>
    </message>
    <message>
        <source>%1: ID asked in %2 of %3 test purchases, %4 of %5 inspections without deficiency</source>
        <translation>%1: legitimation efterfrågad vid %2 av %3 kontrollköp, %4 av %5 tillsyner utan brist</translation>
    </message>
    <message>
        <source>Bars of shares in per cent, n the number each is of. %1.</source>
        <translation>Staplar med andelar i procent, n antalet varje andel är av. %1.</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 av %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utfört</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Bars of what was done, a dashed line of what was planned. %1.</source>
        <translation>Staplar för det utförda, en streckad linje för det planerade. %1.</translation>
    </message>
    <message>
        <source>%1 Q%2: %3</source>
        <translation>%1 K%2: %3</translation>
    </message>
    <message>
        <source>A line of the measured values, the baseline dashed and the way to the target dotted. %1. %2</source>
        <translation>En linje för de uppmätta värdena, utgångsläget streckat och vägen till målet prickad. %1. %2</translation>
    </message>
</context>
<context>
    <name>lk::ReportCommand</name>
    <message>
        <source>Say where to write the report with --out FILE.</source>
        <translation>Ange var rapporten ska skrivas med --out FIL.</translation>
    </message>
    <message>
        <source>There is no format “%1”. Choose pdf, odt or html.</source>
        <translation>Det finns inget format ”%1”. Välj pdf, odt eller html.</translation>
    </message>
    <message>
        <source>Give --from and --to as dates, such as 2022-06-30.</source>
        <translation>Ange --from och --to som datum, till exempel 2022-06-30.</translation>
    </message>
    <message>
        <source>Say which period with --period NAME, such as --period 2021–2022.</source>
        <translation>Ange vilken period med --period NAMN, till exempel --period 2021–2022.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>--police-area reports on all the area&apos;s municipalities: leave out --municipality.</source>
        <translation>--police-area redovisar alla områdets kommuner: utelämna --municipality.</translation>
    </message>
    <message>
        <source>The public summary is one municipality&apos;s: leave out --police-area.</source>
        <translation>Den offentliga sammanfattningen gäller en kommun: utelämna --police-area.</translation>
    </message>
</context>
<context>
    <name>lk::ReportDialog</name>
    <message>
        <source>The &amp;council&apos;s follow-up report (PDF, ODT, print)</source>
        <translation>&amp;Uppföljningsrapport till kommunfullmäktige (PDF, ODT, utskrift)</translation>
    </message>
    <message>
        <source>The &amp;public summary for the website (HTML)</source>
        <translation>&amp;Offentlig sammanfattning för webbplatsen (HTML)</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>&amp;Förhandsgranska och skriv ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation>Spara som OD&amp;T…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Spara som &amp;HTML…</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>Uppföljningsrapport</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>F&amp;rån:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Rapporten sparades inte</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>folj-med-i-hur-det-gar</source>
        <translation>folj-med-i-hur-det-gar</translation>
    </message>
    <message>
        <source>uppfoljningsrapport</source>
        <translation>uppfoljningsrapport</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-filer (*.%2)</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Ingen rapport</translation>
    </message>
    <message>
        <source>Follow-up report – print preview</source>
        <translation>Uppföljningsrapport – förhandsgranskning</translation>
    </message>
    <message>
        <source>Each target counts what its schedule plans up to the last date (by tertial, by the months of its work, or spread over the year). The text and the next steps under each promise are written on the promise.</source>
        <translation>Varje mål räknar det som dess schema planerar fram till det sista datumet (per tertial, efter månaderna då arbetet görs eller jämnt över året). Texten och nästa steg under varje löfte skrivs på löftet.</translation>
    </message>
</context>
<context>
    <name>lk::ReportFigures</name>
    <message>
        <source>The period of the report no longer exists.</source>
        <translation>Rapportens period finns inte längre.</translation>
    </message>
    <message>
        <source>The dates %1 – %2 do not overlap the period %3 (%4 – %5).</source>
        <translation>Datumen %1 – %2 ligger utanför perioden %3 (%4 – %5).</translation>
    </message>
    <message>
        <source>The period&apos;s municipality no longer exists.</source>
        <translation>Periodens kommun finns inte längre.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>lk::ReportFiles</name>
    <message>
        <source>The public summary is written as HTML, for the municipality&apos;s website.</source>
        <translation>Den offentliga sammanfattningen skrivs som HTML, för kommunens webbplats.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ingenting sparades.</translation>
    </message>
    <message>
        <source>Gathering the figures and drawing the charts</source>
        <translation>Hämtar siffrorna och ritar diagrammen</translation>
    </message>
    <message>
        <source>Writing the ODT</source>
        <translation>Skriver ODT-filen</translation>
    </message>
</context>
<context>
    <name>lk::Repository</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 kunde inte sparas: %2</translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation>%1 har inget fält ”%2”.</translation>
    </message>
    <message>
        <source>it no longer exists (it may have been deleted).</source>
        <translation>posten finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 kunde inte tas bort: %2</translation>
    </message>
    <message>
        <source>%1 is already used by another %2.</source>
        <translation>%1 används redan av en annan post (%2).</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>en annan användare</translation>
    </message>
    <message>
        <source>%1 was changed by %2 after it was read here; nothing was saved.</source>
        <translation>%1 ändrades av %2 efter att den lästes här; inget sparades.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after it was read here; nothing was saved.</source>
        <translation>%1 ändrades av %2 (%3) efter att den lästes här; inget sparades.</translation>
    </message>
    <message>
        <source>%1 was deleted by %2 after it was read here; nothing was saved.</source>
        <translation>%1 togs bort av %2 efter att den lästes här; inget sparades.</translation>
    </message>
    <message>
        <source>%1 was deleted by %2 at %3 after it was read here; nothing was saved.</source>
        <translation>%1 togs bort av %2 (%3) efter att den lästes här; inget sparades.</translation>
    </message>
</context>
<context>
    <name>lk::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n record(s), %2 kB</source>
        <translation>
            <numerusform>%1 – %n post, %2 kB</numerusform>
            <numerusform>%1 – %n poster, %2 kB</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – cannot be read: %2</source>
        <translation>%1 – kan inte läsas: %2</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Åt&amp;erställ…</translation>
    </message>
    <message>
        <source>The file open now is kept as a new backup before it is replaced.</source>
        <translation>Filen som är öppen nu sparas som en ny säkerhetskopia innan den ersätts.</translation>
    </message>
</context>
<context>
    <name>lk::RetailerFollowUp</name>
    <message>
        <source>The time between inspections must be between 1 and 60 months.</source>
        <translation>Tiden mellan tillsyner ska vara mellan 1 och 60 månader.</translation>
    </message>
</context>
<context>
    <name>lk::RetailersTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Försäljningsställe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Choose a retailer to see when it is due and what has happened there.</source>
        <translation>Välj ett försäljningsställe för att se när det står på tur och vad som hänt där.</translation>
    </message>
    <message>
        <source>Last inspection %1. Next inspection by %2%3.</source>
        <translation>Senaste tillsyn %1. Nästa tillsyn senast %2%3.</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (försenad)</translation>
    </message>
    <message>
        <source>Never inspected: due now.</source>
        <translation>Aldrig tillsynat: står på tur nu.</translation>
    </message>
    <message>
        <source>Open follow-up of the inspection %1: by %2%3.</source>
        <translation>Öppen uppföljning av tillsynen %1: senast %2%3.</translation>
    </message>
    <message>
        <source>No open follow-up.</source>
        <translation>Ingen öppen uppföljning.</translation>
    </message>
    <message>
        <source>Inspection (%1)</source>
        <translation>Tillsyn (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n deficiency(ies), decision: %1</source>
        <translation>
            <numerusform>%n brist, beslut: %1</numerusform>
            <numerusform>%n brister, beslut: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, dialogue %1</source>
        <translation>, dialog %1</translation>
    </message>
    <message>
        <source>Test purchase</source>
        <translation>Kontrollköp</translation>
    </message>
    <message>
        <source>&amp;Inspect each retailer every:</source>
        <translation>Tillsyn av varje försäljningsställe &amp;var:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Tinted: due now, as its inspection status says (never inspected, or past the date of its next inspection or of a follow-up).</source>
        <translation>Tonade rader står på tur nu, som tillsynsläget säger (aldrig tillsynat, eller efter datumet för nästa tillsyn eller för en uppföljning).</translation>
    </message>
</context>
<context>
    <name>lk::Retention</name>
    <message>
        <source>The retention time must be between 1 and 240 months.</source>
        <translation>Gallringstiden ska vara mellan 1 och 240 månader.</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>avslutat %1</translation>
    </message>
    <message>
        <source>no activity since %1</source>
        <translation>ingen aktivitet sedan %1</translation>
    </message>
</context>
<context>
    <name>lk::RetentionTab</name>
    <message>
        <source>Thin these cases…</source>
        <translation>Gallra de här ärendena…</translation>
    </message>
    <message>
        <source>Case data about individuals is kept only as long as it is needed. After the time below, a closed case, or one not discussed since, is thinned: its background and the notes and decisions of its discussions are removed for good, also from the change log. Its code, dates, path and outcome stay for the statistics.</source>
        <translation>Ärendeuppgifter om enskilda sparas bara så länge de behövs. Efter tiden nedan gallras ett avslutat ärende, eller ett som inte har diskuterats sedan dess: dess bakgrund och anteckningarna och besluten från diskussionerna tas bort för gott, även ur ändringsloggen. Koden, datumen, vägen och utfallet finns kvar för statistiken.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>&amp;Thin case data after:</source>
        <translation>&amp;Gallra ärendeuppgifter efter:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Due because</source>
        <translation>Ska gallras eftersom</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>No case is due for thinning.</source>
        <translation>Inget ärende ska gallras.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due for thinning.</source>
        <translation>
            <numerusform>%n ärende ska gallras.</numerusform>
            <numerusform>%n ärenden ska gallras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thin case data</source>
        <translation>Gallra ärendeuppgifter</translation>
    </message>
    <message numerus="yes">
        <source>Remove the background, notes and decisions of %n case(s) for good? This cannot be undone; the codes, dates, paths and outcomes stay for the statistics.</source>
        <translation>
            <numerusform>Ta bort bakgrund, anteckningar och beslut för %n ärende för gott? Det går inte att ångra; koder, datum, vägar och utfall finns kvar för statistiken.</numerusform>
            <numerusform>Ta bort bakgrund, anteckningar och beslut för %n ärenden för gott? Det går inte att ångra; koder, datum, vägar och utfall finns kvar för statistiken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not thinned</source>
        <translation>Inte gallrat</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) thinned.</source>
        <translation>
            <numerusform>%n ärende gallrat.</numerusform>
            <numerusform>%n ärenden gallrade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases due for thinning</source>
        <translation>Ärenden som ska gallras</translation>
    </message>
</context>
<context>
    <name>lk::RowTable</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1, rad %2</translation>
    </message>
</context>
<context>
    <name>lk::ScopeBar</name>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>New municipality…</source>
        <translation>Ny kommun…</translation>
    </message>
    <message>
        <source>Edit municipality…</source>
        <translation>Ändra kommun…</translation>
    </message>
    <message>
        <source>Delete municipality…</source>
        <translation>Ta bort kommun…</translation>
    </message>
    <message>
        <source>New period…</source>
        <translation>Ny period…</translation>
    </message>
    <message>
        <source>Edit period…</source>
        <translation>Ändra period…</translation>
    </message>
    <message>
        <source>Copy period into a new one…</source>
        <translation>Kopiera perioden till en ny…</translation>
    </message>
    <message>
        <source>Delete period…</source>
        <translation>Ta bort period…</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Hantera</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Copy %1 into a new period</source>
        <translation>Kopiera %1 till en ny period</translation>
    </message>
    <message>
        <source>Copy period</source>
        <translation>Kopiera period</translation>
    </message>
    <message>
        <source>No municipality yet</source>
        <translation>Ingen kommun än</translation>
    </message>
    <message>
        <source>No period yet</source>
        <translation>Ingen period än</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation>Perio&amp;d:</translation>
    </message>
    <message>
        <source>Today, %1, lies after every period of %2: the latest, %3, ended %4.</source>
        <translation>I dag, %1, ligger efter alla perioder för %2: den senaste, %3, slutade %4.</translation>
    </message>
    <message>
        <source>Start the next period…</source>
        <translation>Starta nästa period…</translation>
    </message>
</context>
<context>
    <name>lk::SearchCommand</name>
    <message>
        <source>Say what to search for: lofteskollen search --db FILE WORDS</source>
        <translation>Säg vad som ska sökas: lofteskollen search --db FIL ORD</translation>
    </message>
    <message>
        <source>--limit takes a whole number of 1 or more, not “%1”.</source>
        <translation>--limit tar ett heltal från 1 och uppåt, inte ”%1”.</translation>
    </message>
    <message>
        <source>%1: %2 shown of %3; --limit N shows more.</source>
        <translation>%1: %2 visas av %3; --limit N visar fler.</translation>
    </message>
    <message>
        <source>Nothing matched “%1”.</source>
        <translation>Inget matchade ”%1”.</translation>
    </message>
</context>
<context>
    <name>lk::SearchDialog</name>
    <message>
        <source>In every municipality</source>
        <translation>I alla kommuner</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Words to find in every register: promises, minutes, cases, places…</source>
        <translation>Ord att hitta i alla register: löften, protokoll, ärenden, platser…</translation>
    </message>
    <message>
        <source>Each word finds itself and the words it begins with, whatever the case; a record must hold all of them. Quotes, stars and AND, OR, NOT are searched as words.</source>
        <translation>Varje ord hittar sig självt och de ord som börjar med det, oavsett stora och små bokstäver; en post måste innehålla alla orden. Citattecken, stjärnor och AND, OR, NOT söks som vanliga ord.</translation>
    </message>
    <message>
        <source>In this municipality</source>
        <translation>I den här kommunen</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>I %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>i %1</translation>
    </message>
    <message>
        <source>in any municipality</source>
        <translation>i alla kommuner</translation>
    </message>
    <message>
        <source>Type one or more words.</source>
        <translation>Skriv ett eller flera ord.</translation>
    </message>
    <message>
        <source>“%1” holds no word to search for.</source>
        <translation>”%1” innehåller inget ord att söka efter.</translation>
    </message>
    <message>
        <source>Nothing matched “%1” %2.</source>
        <translation>Inget matchade ”%1” %2.</translation>
    </message>
    <message>
        <source>%1 in %2 %3, the best first.</source>
        <translation>%1 i %2 %3, de bästa först.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n register(s)</source>
        <translation>
            <numerusform>%n register</numerusform>
            <numerusform>%n register</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or a double-click opens the hit on its page; Ctrl+F brings these hits back for the next one.</source>
        <translation>Enter eller ett dubbelklick öppnar träffen på dess sida; Ctrl+F tar fram de här träffarna igen för nästa.</translation>
    </message>
    <message>
        <source>No page shows “%1” (%2) or what it belongs to.</source>
        <translation>Ingen sida visar ”%1” (%2) eller det den hör till.</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Ord att söka efter</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Träffar</translation>
    </message>
</context>
<context>
    <name>lk::SearchResultModel</name>
    <message numerus="yes">
        <source>the best %n shown</source>
        <translation>
            <numerusform>den bästa visas</numerusform>
            <numerusform>de %n bästa visas</numerusform>
        </translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Träff</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>lk::ServerBackup</name>
    <message>
        <source>The server %1 could not be read: %2</source>
        <translation>Servern %1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>the table %1 could not be copied: %2</source>
        <translation>tabellen %1 kunde inte kopieras: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) point at records the server does not hold</source>
        <translation>
            <numerusform>%n rad pekar på poster som servern inte har</numerusform>
            <numerusform>%n rader pekar på poster som servern inte har</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of %1 was written: %2 Nothing was changed on the server.</source>
        <translation>Ingen säkerhetskopia av %1 skrevs: %2 Inget ändrades på servern.</translation>
    </message>
</context>
<context>
    <name>lk::ServerCheck</name>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 kunde inte kontrolleras: %2</translation>
    </message>
    <message>
        <source>%1 holds Löfteskollen&apos;s tables at version %2 (this program&apos;s is %3).</source>
        <translation>%1 har Löfteskollens tabeller i version %2 (programmets är %3).</translation>
    </message>
    <message numerus="yes">
        <source>Row-level security is enabled and forced on all %n table(s) that need it.</source>
        <translation>
            <numerusform>Radsäkerhet är påslagen och tvingande på den tabell som behöver det.</numerusform>
            <numerusform>Radsäkerhet är påslagen och tvingande på alla %n tabeller som behöver det.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row-level security is not enabled and forced on %n table(s), so every login with access to them reads all municipalities&apos; rows: %1.</source>
        <translation>
            <numerusform>Radsäkerhet är inte påslagen och tvingande på %n tabell, så varje inloggning som når den läser alla kommuners rader: %1.</numerusform>
            <numerusform>Radsäkerhet är inte påslagen och tvingande på %n tabeller, så varje inloggning som når dem läser alla kommuners rader: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Ask the server&apos;s administrator to run, for each of them: ALTER TABLE name ENABLE ROW LEVEL SECURITY; ALTER TABLE name FORCE ROW LEVEL SECURITY;</source>
        <translation>Inget ändrades. Be serverns administratör att för var och en köra: ALTER TABLE namn ENABLE ROW LEVEL SECURITY; ALTER TABLE namn FORCE ROW LEVEL SECURITY;</translation>
    </message>
</context>
<context>
    <name>lk::ServerDemo</name>
    <message>
        <source>the tables refer to each other in a circle</source>
        <translation>tabellerna hänvisar till varandra i en cirkel</translation>
    </message>
    <message>
        <source>%1 could not be copied: %2</source>
        <translation>%1 kunde inte kopieras: %2</translation>
    </message>
    <message>
        <source>%1 holds records already. Demo data goes only into a database just set up with “lofteskollen server init”; nothing was changed.</source>
        <translation>%1 innehåller redan poster. Demodata läses bara in i en databas som just har skapats med ”lofteskollen server init”; inget har ändrats.</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the demo: %1</source>
        <translation>Ingen tillfällig mapp kunde skapas för demodata: %1</translation>
    </message>
</context>
<context>
    <name>lk::ServerDemoCommand</name>
    <message>
        <source>Loaded the demo data (%1) onto the server: %2 rows in %3 s.</source>
        <translation>Demodata (%1) har lästs in på servern: %2 rader på %3 s.</translation>
    </message>
</context>
<context>
    <name>lk::ServerGrant</name>
    <message>
        <source>There is no login “%1” on the server. Nothing was changed. Make it first (each person their own): CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;…&apos;</source>
        <translation>Det finns ingen inloggning ”%1” på servern. Inget ändrades. Skapa den först (en egen för varje person): CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;…&apos;</translation>
    </message>
    <message>
        <source>“%1” is a role that cannot log in, not a person&apos;s login. Nothing was changed.</source>
        <translation>”%1” är en roll som inte kan logga in, inte en persons inloggning. Inget ändrades.</translation>
    </message>
    <message>
        <source>grant, revoke: the person&apos;s login on the server.</source>
        <translation>grant, revoke: personens inloggning på servern.</translation>
    </message>
    <message>
        <source>grant, revoke: samordnare, polis or lasare.</source>
        <translation>grant, revoke: samordnare, polis eller lasare.</translation>
    </message>
    <message>
        <source>grant, revoke: a municipality whose records the login reaches, by its name in any case or its UUID; repeat it for a police contact&apos;s whole area.</source>
        <translation>grant, revoke: en kommun vars poster inloggningen når, med dess namn (stora eller små bokstäver) eller dess UUID; upprepa den för en kommunpolis hela område.</translation>
    </message>
    <message>
        <source>Say whose login, which role and which municipalities: --user LOGIN --role samordnare|polis|lasare --municipality NAME.</source>
        <translation>Ange vems inloggning, vilken roll och vilka kommuner: --user INLOGGNING --role samordnare|polis|lasare --municipality NAMN.</translation>
    </message>
    <message>
        <source>There is no role “%1”. Choose one of: %2.</source>
        <translation>Det finns ingen roll ”%1”. Välj en av: %2.</translation>
    </message>
    <message>
        <source>%1 is a file, which has no logins: whoever may open the file reads and writes all of it. Nothing was changed. Roles are given on a server (--server postgresql://…).</source>
        <translation>%1 är en fil, som saknar inloggningar: den som får öppna filen läser och skriver allt i den. Inget ändrades. Roller ges på en server (--server postgresql://…).</translation>
    </message>
    <message>
        <source>A --municipality without a name.</source>
        <translation>En --municipality utan namn.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message>
        <source>%1 is already %2 on this server; a login has one role. Nothing was changed. Revoke that first, or give the person another login.</source>
        <translation>%1 är redan %2 på den här servern; en inloggning har en roll. Inget ändrades. Återkalla den först, eller ge personen en annan inloggning.</translation>
    </message>
    <message>
        <source>%1 is not %2 on this server. Nothing was changed.</source>
        <translation>%1 är inte %2 på den här servern. Inget ändrades.</translation>
    </message>
    <message>
        <source>%1 is %2 for %3.</source>
        <translation>%1 är %2 för %3.</translation>
    </message>
    <message>
        <source>%1 is no longer %2 for %3.</source>
        <translation>%1 är inte längre %2 för %3.</translation>
    </message>
</context>
<context>
    <name>lk::ServerUrl</name>
    <message>
        <source>The server address %1 cannot be used: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Serveradressen %1 kan inte användas: %2. Skriv den som postgresql://ANVÄNDARE@VÄRD:PORT/DATABAS.</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>den börjar inte med postgresql://</translation>
    </message>
    <message>
        <source>it names no database</source>
        <translation>den anger ingen databas</translation>
    </message>
    <message>
        <source>the option “%1” holds a character the driver cannot pass on</source>
        <translation>alternativet ”%1” innehåller ett tecken som drivrutinen inte kan föra vidare</translation>
    </message>
</context>
<context>
    <name>lk::SituationTab</name>
    <message>
        <source>Not assessed</source>
        <translation>Ej bedömd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Insecurity</source>
        <translation>Otrygghet</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bedömd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Förändrat sedan</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som har ändrats</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s): </source>
        <translation>
            <numerusform>%n plats: </numerusform>
            <numerusform>%n platser: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 high, %2 medium, %3 low insecurity, %4 not assessed</source>
        <translation>%1 hög, %2 medelhög, %3 låg otrygghet, %4 ej bedömda</translation>
    </message>
    <message>
        <source>Newly assessed</source>
        <translation>Nybedömd</translation>
    </message>
    <message>
        <source>More unsafe</source>
        <translation>Otryggare</translation>
    </message>
    <message>
        <source>Less unsafe</source>
        <translation>Tryggare</translation>
    </message>
    <message>
        <source>Situation picture on</source>
        <translation>Lägesbild per</translation>
    </message>
    <message>
        <source>Places as they stood</source>
        <translation>Platserna som de stod</translation>
    </message>
    <message>
        <source>Changes in the places</source>
        <translation>Förändringar för platserna</translation>
    </message>
</context>
<context>
    <name>lk::SpreadsheetExport</name>
    <message>
        <source>The table was not exported</source>
        <translation>Tabellen exporterades inte</translation>
    </message>
    <message numerus="yes">
        <source>Exported the table, %n row(s), to %1.</source>
        <translation>
            <numerusform>Exporterade tabellen, %n rad, till %1.</numerusform>
            <numerusform>Exporterade tabellen, %n rader, till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the table to Excel</source>
        <translation>Exportera tabellen till Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel, semicolon-separated (*.csv)</source>
        <translation>Excelarbetsbok (*.xlsx);;CSV för Excel, semikolonavgränsad (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>Ingenting exporterades</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporterade till %1.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n municipalities. Export all of them, or only %1?</source>
        <translation>
            <numerusform>Filen har %n kommun. Exportera alla, eller bara %1?</numerusform>
            <numerusform>Filen har %n kommuner. Exportera alla, eller bara %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;whole file</source>
        <translation>&amp;Hela filen</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Bara %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelarbetsbok (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>lk::SqliteFunctions</name>
    <message>
        <source>The database driver is not SQLite; Löfteskollen needs it.</source>
        <translation>Databasdrivrutinen är inte SQLite, som Löfteskollen behöver.</translation>
    </message>
    <message>
        <source>The database could not be prepared for Swedish text: %1</source>
        <translation>Databasen kunde inte förberedas för svensk text: %1</translation>
    </message>
</context>
<context>
    <name>lk::TargetProgress</name>
    <message>
        <source>Spring %1</source>
        <translation>VT %1</translation>
    </message>
    <message>
        <source>Autumn %1</source>
        <translation>HT %1</translation>
    </message>
    <message>
        <source>%1 for each: %2</source>
        <translation>%1 för varje %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 av %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n unit(s) short)</source>
        <translation>
            <numerusform> (%n enhet under målet)</numerusform>
            <numerusform> (%n enheter under målet)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, only: %2</source>
        <translation>%1, bara: %2</translation>
    </message>
    <message>
        <source>T%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, under %2</translation>
    </message>
</context>
<context>
    <name>lk::Templates</name>
    <message>
        <source>There is no template “%1”. Choose one of: %2.</source>
        <translation>Det finns ingen mall ”%1”. Välj en av: %2.</translation>
    </message>
</context>
<context>
    <name>lk::TerminalProgress</name>
    <message>
        <source>%1: %2 % (%3 of %4)</source>
        <translation>%1: %2 % (%3 av %4)</translation>
    </message>
</context>
<context>
    <name>lk::TobaccoPage</name>
    <message>
        <source>New point…</source>
        <translation>Ny punkt…</translation>
    </message>
    <message>
        <source>&amp;Retailers</source>
        <translation>&amp;Försäljningsställen</translation>
    </message>
    <message>
        <source>I&amp;nspections</source>
        <translation>&amp;Tillsyn</translation>
    </message>
    <message>
        <source>Test &amp;purchases</source>
        <translation>&amp;Kontrollköp</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>Kontrollp&amp;unkter</translation>
    </message>
    <message>
        <source>C&amp;ompliance</source>
        <translation>&amp;Efterlevnad</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>Tobak</translation>
    </message>
    <message>
        <source>Add the retailer first, under Retailers.</source>
        <translation>Lägg först till försäljningsstället, under Försäljningsställen.</translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n att följa upp</numerusform>
            <numerusform>%n att följa upp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lk::TobaccoRegisters</name>
    <message>
        <source>A permit number and date are given only when “%1” is ticked.</source>
        <translation>Tillståndsnummer och datum anges bara när ”%1” är ikryssad.</translation>
    </message>
    <message>
        <source>The buyer in a test purchase must be 18 or older (the buyer here is %1). Buying tobacco with someone under 18 is not a test purchase the law allows.</source>
        <translation>Köparen vid ett kontrollköp måste vara 18 år eller äldre (här är köparen %1). Att köpa tobak med någon under 18 är inget kontrollköp som lagen tillåter.</translation>
    </message>
    <message>
        <source>“%1” is a time of day such as 16:45.</source>
        <translation>”%1” är ett klockslag som 16:45.</translation>
    </message>
    <message>
        <source>A decision needs its date (“%1”).</source>
        <translation>Ett beslut behöver sitt datum (”%1”).</translation>
    </message>
    <message>
        <source>“%1” is ten digits, written as 556677-8899.</source>
        <translation>”%1” är tio siffror, skrivna som 556677-8899.</translation>
    </message>
    <message>
        <source>“%1” %2 has a wrong check digit: look again at the number on the permit or in the company register.</source>
        <translation>”%1” %2 har fel kontrollsiffra: titta igen på numret i tillståndet eller i företagsregistret.</translation>
    </message>
    <message>
        <source>“%1” %2 looks like a personal identity number: a sole trader&apos;s number is the owner&apos;s personnummer, which Löfteskollen does not keep. Leave the field empty.</source>
        <translation>”%1” %2 ser ut som ett personnummer: en enskild firmas nummer är ägarens personnummer, som Löfteskollen inte sparar. Lämna fältet tomt.</translation>
    </message>
    <message>
        <source>A test purchase cannot be the ground of a decision. By the law on tobacco and similar products (2018:2088) a test purchase leads to a dialogue with the seller only; a sanction rests on what an inspection finds. Record the dialogue on the test purchase, and ground the decision on the inspection&apos;s findings.</source>
        <translation>Ett kontrollköp kan inte vara grund för ett beslut. Enligt lagen (2018:2088) om tobak och liknande produkter leder ett kontrollköp bara till en dialog med säljaren; en sanktion grundas på vad en tillsyn visar. Anteckna dialogen på kontrollköpet, och grunda beslutet på tillsynens iakttagelser.</translation>
    </message>
</context>
<context>
    <name>lk::TodoList</name>
    <message>
        <source>Operativa gruppen, the meeting of %1</source>
        <translation>Operativa gruppen, mötet %1</translation>
    </message>
    <message>
        <source>The safety walk of %1</source>
        <translation>Trygghetsvandringen %1</translation>
    </message>
    <message>
        <source>The safety walk of %1, %2</source>
        <translation>Trygghetsvandringen %1, %2</translation>
    </message>
    <message>
        <source>First inspection</source>
        <translation>Första tillsyn</translation>
    </message>
    <message>
        <source>Follow-up of the inspection of %1</source>
        <translation>Uppföljning av tillsynen %1</translation>
    </message>
    <message>
        <source>Inspection (the last one %1)</source>
        <translation>Tillsyn (den senaste %1)</translation>
    </message>
    <message>
        <source>Tobacco inspection</source>
        <translation>Tobakstillsyn</translation>
    </message>
    <message>
        <source>A status report for %1</source>
        <translation>En statusrapport för %1</translation>
    </message>
</context>
<context>
    <name>lk::TodoPage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen municipality</source>
        <translation>Den valda kommunen</translation>
    </message>
    <message>
        <source>Every municipality in the file</source>
        <translation>Alla kommuner i filen</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>&amp;Municipalities:</source>
        <translation>&amp;Kommuner:</translation>
    </message>
    <message>
        <source>Everything due</source>
        <translation>Allt som ska göras</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Overdue first. Enter or a double-click opens the record on its page.</source>
        <translation>Försenat först. Enter eller ett dubbelklick öppnar posten på sin sida.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <source>Nothing is due: no open action, no retailer due for inspection, and every promise has its status this tertial.</source>
        <translation>Inget att göra: ingen öppen åtgärd, inget försäljningsställe som ska ha tillsyn, och varje löfte har sin status detta tertial.</translation>
    </message>
    <message>
        <source>Nothing due for %1.</source>
        <translation>Inget att göra för %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n totalt</numerusform>
            <numerusform>%n totalt</numerusform>
        </translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
</context>
<context>
    <name>lk::Transaction</name>
    <message>
        <source>The file could not be written</source>
        <translation>Filen kunde inte skrivas</translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation>Det finns inget att spara.</translation>
    </message>
    <message>
        <source>The change could not be saved and was undone</source>
        <translation>Ändringen kunde inte sparas och togs tillbaka</translation>
    </message>
</context>
<context>
    <name>lk::TrendChart</name>
    <message>
        <source>Measured</source>
        <translation>Uppmätt</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Utgångsläge %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Mål %1</translation>
    </message>
</context>
<context>
    <name>lk::WalkActionsTab</name>
    <message>
        <source>Only overdue</source>
        <translation>Bara försenade</translation>
    </message>
    <message>
        <source>No actions from safety walks yet.</source>
        <translation>Inga åtgärder från trygghetsvandringar ännu.</translation>
    </message>
    <message>
        <source>No action has reached its six months yet.</source>
        <translation>Ingen åtgärd har nått sina sex månader ännu.</translation>
    </message>
    <message>
        <source>Fixed within six months of the walk: %1 of %2 (%3 %).</source>
        <translation>Åtgärdade inom sex månader efter vandringen: %1 av %2 (%3 %).</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) from the walks: </source>
        <translation>
            <numerusform>%n åtgärd från vandringarna: </numerusform>
            <numerusform>%n åtgärder från vandringarna: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open, %2 of them overdue; %3 fixed late; %4 rejected with a reason. </source>
        <translation>%1 öppna, varav %2 försenade; %3 åtgärdade för sent; %4 avvisade med motivering. </translation>
    </message>
</context>
<context>
    <name>lk::WalkProtocol</name>
    <message>
        <source>Protocol of a safety walk, %1 %2</source>
        <translation>Protokoll från trygghetsvandring, %1 %2</translation>
    </message>
    <message>
        <source>The safety walk no longer exists, so there is no protocol to write.</source>
        <translation>Trygghetsvandringen finns inte längre, så det finns inget protokoll att skriva.</translation>
    </message>
    <message>
        <source>Safety walk %1 %2</source>
        <translation>Trygghetsvandring %1 %2</translation>
    </message>
    <message>
        <source>No protocol</source>
        <translation>Inget protokoll</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-text (*.odt)</translation>
    </message>
    <message>
        <source>Save the walk&apos;s protocol</source>
        <translation>Spara vandringens protokoll</translation>
    </message>
    <message>
        <source>The protocol was not saved</source>
        <translation>Protokollet sparades inte</translation>
    </message>
    <message>
        <source>Print the walk&apos;s protocol</source>
        <translation>Skriv ut vandringens protokoll</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Inte utskriven</translation>
    </message>
    <message>
        <source>Protocol of a safety walk</source>
        <translation>Protokoll från trygghetsvandring</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljusförhållanden</translation>
    </message>
    <message>
        <source>Kind of walk</source>
        <translation>Typ av vandring</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Sträcka</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <source>Summary of the walk</source>
        <translation>Sammanfattning av vandringen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Observations and actions</source>
        <translation>Iakttagelser och åtgärder</translation>
    </message>
    <message>
        <source>No observations were recorded.</source>
        <translation>Inga iakttagelser noterades.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Place and observation</source>
        <translation>Plats och iakttagelse</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent in by a citizen</source>
        <translation>Inskickad av en medborgare</translation>
    </message>
    <message>
        <source>No action decided.</source>
        <translation>Ingen åtgärd beslutad.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Skäl: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioritet: %1</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>of which sent in by citizens</source>
        <translation>varav inskickade av medborgare</translation>
    </message>
    <message>
        <source>Actions decided</source>
        <translation>Beslutade åtgärder</translation>
    </message>
    <message>
        <source>of which fixed</source>
        <translation>varav åtgärdade</translation>
    </message>
    <message>
        <source>of which in progress</source>
        <translation>varav pågående</translation>
    </message>
    <message>
        <source>of which open</source>
        <translation>varav öppna</translation>
    </message>
    <message>
        <source>of which rejected</source>
        <translation>varav avvisade</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanställning</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <source>Actions by responsible</source>
        <translation>Åtgärder per ansvarig</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Åtgärdade</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>Öppna eller pågående</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Ingen åtgärd</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>The numbers are those of the observations in the table; the colour is the action&apos;s status. Map: %1.</source>
        <translation>Siffrorna är iakttagelsernas nummer i tabellen; färgen visar åtgärdens status. Karta: %1.</translation>
    </message>
    <message>
        <source>The actions are followed up within six months of the walk, by %1. An action that cannot be carried out is reported with the reason why.</source>
        <translation>Åtgärderna följs upp inom sex månader från vandringen, senast %1. En åtgärd som inte kan genomföras redovisas med skälet till det.</translation>
    </message>
    <message>
        <source>No participants are recorded for this walk: the protocol will say that nobody took part.

%1</source>
        <translation>Inga deltagare är registrerade för vandringen: protokollet kommer att säga att ingen deltog.

%1</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Spara ändå?</translation>
    </message>
    <message>
        <source>Save the protocol anyway?</source>
        <translation>Spara protokollet ändå?</translation>
    </message>
    <message>
        <source>Print anyway?</source>
        <translation>Skriv ut ändå?</translation>
    </message>
    <message>
        <source>Print the protocol anyway?</source>
        <translation>Skriv ut protokollet ändå?</translation>
    </message>
    <message>
        <source>Photo of observation %1</source>
        <translation>Foto till iakttagelse %1</translation>
    </message>
    <message>
        <source>Map of the walk with the observations&apos; numbers</source>
        <translation>Karta över vandringen med iakttagelsernas nummer</translation>
    </message>
</context>
<context>
    <name>lk::WalkProtocolCommand</name>
    <message>
        <source>Say where to write the protocol with --out FILE.</source>
        <translation>Ange var protokollet ska skrivas med --out FIL.</translation>
    </message>
    <message>
        <source>There is no format “%1” for a protocol. Choose pdf or odt.</source>
        <translation>Det finns inget format ”%1” för ett protokoll. Välj pdf eller odt.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>Say which walk with --walk DATE or --walk UUID, such as --walk 2021-10-12, or which meeting&apos;s minutes with --meeting DATE or --meeting UUID.</source>
        <translation>Ange vilken trygghetsvandring med --walk DATUM eller --walk UUID, till exempel --walk 2021-10-12, eller vilket mötes protokoll med --meeting DATUM eller --meeting UUID.</translation>
    </message>
</context>
<context>
    <name>lk::WalkRegisters</name>
    <message>
        <source>A pin needs both “%1” and “%2”.</source>
        <translation>En nål behöver både ”%1” och ”%2”.</translation>
    </message>
    <message>
        <source>“%1” is a time of day such as 18:30.</source>
        <translation>”%1” är ett klockslag, till exempel 18:30.</translation>
    </message>
    <message>
        <source>“%1” belongs to an action: describe the action first (“%2”).</source>
        <translation>”%1” hör till en åtgärd: beskriv först åtgärden (”%2”).</translation>
    </message>
    <message>
        <source>An action that is rejected needs its reason (“%1”): practice is that every item is fixed or gets a reason.</source>
        <translation>En avvisad åtgärd behöver sin motivering (”%1”): praxis är att varje punkt åtgärdas eller får en motivering.</translation>
    </message>
    <message>
        <source>“%1” is given only for an action that is fixed.</source>
        <translation>”%1” anges bara för en åtgärd som är åtgärdad.</translation>
    </message>
</context>
<context>
    <name>lk::WalksPage</name>
    <message>
        <source>&amp;Walks</source>
        <translation>&amp;Vandringar</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Platser</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Åt&amp;gärder</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety walks and places</source>
        <translation>Trygghetsvandringar</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Kar&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Situation picture</source>
        <translation>&amp;Lägesbild</translation>
    </message>
</context>
<context>
    <name>lk::WalksTab</name>
    <message>
        <source>New place…</source>
        <translation>Ny plats…</translation>
    </message>
    <message>
        <source>Read in a digital walk…</source>
        <translation>Läs in digital vandring…</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Vandring</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Observations and actions</source>
        <translation>Iakttagelser och åtgärder</translation>
    </message>
    <message>
        <source>Save the protocol…</source>
        <translation>Spara protokollet…</translation>
    </message>
    <message>
        <source>Print the protocol…</source>
        <translation>Skriv ut protokollet…</translation>
    </message>
    <message>
        <source>The protocol to publish after the walk, as PDF or ODT</source>
        <translation>Protokollet som publiceras efter vandringen, som PDF eller ODT</translation>
    </message>
</context>
<context>
    <name>lk::WatchPage</name>
    <message>
        <source>&amp;Areas</source>
        <translation>&amp;Områden</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Händelser</translation>
    </message>
    <message>
        <source>&amp;Totals</source>
        <translation>&amp;Summering</translation>
    </message>
    <message>
        <source>Neighbourhood watch</source>
        <translation>Grannsamverkan</translation>
    </message>
</context>
<context>
    <name>lk::WatchRegisters</name>
    <message>
        <source>“%1” (%2) is more than “%3” (%4).</source>
        <translation>”%1” (%2) är fler än ”%3” (%4).</translation>
    </message>
    <message>
        <source>An area that is dormant or ended needs “%1”: from that day it no longer counts as active.</source>
        <translation>Ett område som är vilande eller avslutat behöver ”%1”: från den dagen räknas det inte längre som aktivt.</translation>
    </message>
    <message>
        <source>An active area has no “%1”: empty it, or change the status.</source>
        <translation>Ett aktivt område har inget ”%1”: töm fältet, eller ändra status.</translation>
    </message>
    <message>
        <source>The main contact&apos;s name and phone number are stored only with their consent: tick “%1” first, or leave them out and count the contact persons only.</source>
        <translation>Huvudkontaktens namn och telefonnummer sparas bara med hens samtycke: kryssa först i ”%1”, eller utelämna dem och räkna bara antalet kontaktombud.</translation>
    </message>
</context>
<context>
    <name>lk::WatchTotalsTab</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>The whole &amp;period</source>
        <translation>Hela &amp;perioden</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>Households are counted as each area holds them now; an area counts as active when it had started by the end of the range and was not dormant or ended before its start.</source>
        <translation>Hushållen räknas så som varje område anger dem nu; ett område räknas som aktivt om det hade startat före intervallets slut och inte var vilande eller avslutat före dess början.</translation>
    </message>
    <message>
        <source>Active areas</source>
        <translation>Aktiva områden</translation>
    </message>
    <message>
        <source>of which in apartment buildings</source>
        <translation>varav i flerbostadshus</translation>
    </message>
    <message>
        <source>Households in the active areas</source>
        <translation>Hushåll i de aktiva områdena</translation>
    </message>
    <message>
        <source>Households joined</source>
        <translation>Anslutna hushåll</translation>
    </message>
    <message>
        <source>Share of the households that joined</source>
        <translation>Andel av hushållen som anslutit sig</translation>
    </message>
    <message>
        <source>Joined households in apartment buildings</source>
        <translation>Anslutna hushåll i flerbostadshus</translation>
    </message>
    <message>
        <source>Share of the joined households in apartment buildings</source>
        <translation>Andel av de anslutna hushållen i flerbostadshus</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktombud</translation>
    </message>
    <message>
        <source>Figures for the dates</source>
        <translation>Siffror för datumen</translation>
    </message>
</context>
<context>
    <name>lk::WindowProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>lk::XlsxWorkbook</name>
    <message>
        <source>the workbook could not be started</source>
        <translation>arbetsboken kunde inte påbörjas</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>the sheet “%1” could not be added</source>
        <translation>bladet ”%1” kunde inte läggas till</translation>
    </message>
    <message>
        <source>the sheet “%1” would have more than the %2 rows Excel takes</source>
        <translation>bladet ”%1” skulle få fler än de %2 rader som Excel tar</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Sida &amp;P av &amp;N</translation>
    </message>
</context>
<context>
    <name>lk::sql</name>
    <message>
        <source>The database could not prepare a query</source>
        <translation>Databasen kunde inte förbereda en fråga</translation>
    </message>
    <message>
        <source>The database refused a change</source>
        <translation>Databasen vägrade en ändring</translation>
    </message>
    <message>
        <source>The disk is full. Nothing of the change was saved: the file is as it was before. Free some space on the disk, then try again.</source>
        <translation>Disken är full. Inget av ändringen sparades: filen är som den var innan. Frigör utrymme på disken och försök sedan igen.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space on the disk, then try again.</source>
        <translation>Disken är full. Frigör utrymme på disken och försök sedan igen.</translation>
    </message>
    <message>
        <source>The disk could not be written (an input/output error). Nothing of the change was saved: the file is as it was before. Check the disk or the network connection, then try again.</source>
        <translation>Det gick inte att skriva till disken (ett in- eller utmatningsfel). Inget av ändringen sparades: filen är som den var innan. Kontrollera disken eller nätverksanslutningen och försök sedan igen.</translation>
    </message>
    <message>
        <source>The file could not be read from the disk (an input/output error). Check the disk or the network connection, then try again.</source>
        <translation>Filen kunde inte läsas från disken (ett in- eller utmatningsfel). Kontrollera disken eller nätverksanslutningen och försök sedan igen.</translation>
    </message>
    <message>
        <source>The server does not let your login do this (%1). Nothing was changed. Ask the server&apos;s administrator for the access your work needs.</source>
        <translation>Servern låter inte din inloggning göra detta (%1). Inget ändrades. Be serverns administratör om den behörighet ditt arbete kräver.</translation>
    </message>
    <message>
        <source>A record this one is linked to was deleted or changed meanwhile, perhaps by someone else. Nothing was changed. Look at the records again, then try again.</source>
        <translation>En post som den här hör ihop med har tagits bort eller ändrats under tiden, kanske av någon annan. Inget ändrades. Titta på posterna igen och försök sedan på nytt.</translation>
    </message>
    <message>
        <source>Someone else was changing the same records at the same moment. Nothing was changed. Try again.</source>
        <translation>Någon annan ändrade samma poster i samma ögonblick. Inget ändrades. Försök igen.</translation>
    </message>
    <message>
        <source>The server took too long and stopped the work. Nothing was changed. Try again; if it happens again, tell the server&apos;s administrator.</source>
        <translation>Servern tog för lång tid och avbröt arbetet. Inget ändrades. Försök igen; händer det igen, tala med serverns administratör.</translation>
    </message>
    <message>
        <source>The server accepts no changes just now (it is read-only: a standby server, or one under maintenance). Nothing was changed. Try again later, or ask the server&apos;s administrator.</source>
        <translation>Servern tar inte emot några ändringar just nu (den är skrivskyddad: en reservserver, eller under underhåll). Inget ändrades. Försök igen senare, eller fråga serverns administratör.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full. Nothing was changed. Tell the server&apos;s administrator.</source>
        <translation>Serverns disk är full. Inget ändrades. Tala med serverns administratör.</translation>
    </message>
    <message>
        <source>The server has no room for more work just now (%1). Nothing was changed. Try again later, or tell the server&apos;s administrator.</source>
        <translation>Servern har inte plats för mer arbete just nu (%1). Inget ändrades. Försök igen senare, eller tala med serverns administratör.</translation>
    </message>
    <message>
        <source>The server refused the values by a rule of the database (%1). Nothing was changed. Check the values, or ask the server&apos;s administrator whether the database is of a newer version of Löfteskollen.</source>
        <translation>Servern vägrade värdena enligt en regel i databasen (%1). Inget ändrades. Kontrollera värdena, eller fråga serverns administratör om databasen är från en nyare version av Löfteskollen.</translation>
    </message>
</context>
</TS>
