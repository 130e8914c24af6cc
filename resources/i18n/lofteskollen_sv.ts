<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>lk::Codes</name>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jointly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::CommandLine</name>
    <message>
        <source>The Löfteskollen file to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the program: sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new file from a template. An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salem-2021-2022 (default) or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole content of a file as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a JSON export into a file, all or nothing; records are matched by UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new file with the Salem template and invented follow-up data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much data: sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template “%1”. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 from the template %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no demo scale “%1”. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with demo data (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the export with --out FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to %1 (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one JSON file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (run without a window; “lofteskollen COMMAND --help” tells more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löfteskollen: follow-up of the citizen promises (medborgarlöften) of a municipality and the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command to run without a window (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a command. Commands: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes sv or en, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options go after the command: lofteskollen %1 --db FILE …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which file with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::Database</name>
    <message>
        <source>The file %1 is not a Löfteskollen file. It was not opened; nothing was changed. Choose a file made by Löfteskollen, or create a new one with File &gt; New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2). It was not opened; nothing was changed. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Löfteskollen (file version %2, this program reads up to %3). It was not opened; nothing was changed. Update Löfteskollen to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist. Nothing was opened or created. Choose another file, or create a new one with File &gt; New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was created. Choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty, so it holds no Löfteskollen data. It was not opened; nothing was changed. Open a backup, or create a new file with File &gt; New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be prepared for use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be opened. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it was not changed. Choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::DemoData</name>
    <message>
        <source>There is no demo scale “%1”. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::Document</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::Fields</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local police area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation today (lägesbild)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::FileLock</name>
    <message>
        <source>The file %1 is used by another instance of Löfteskollen (on %2, process %3, since %4). It was not opened; nothing was changed. Close the file there first, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be locked for writing (%2 could not be created). It was not opened; nothing was changed. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::JsonImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UUID of a record in %1 was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record in %1 has the UUID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, record %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped and nothing was changed. In %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “uuid” must hold a UUID such as 3f2b8c1e-5d4a-4e0b-9a7c-1d2e3f4a5b6c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “updated_at” must be a date and time such as 2021-03-15T10:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no field “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at %2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Löfteskollen export: it should hold one object with a list per table. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a table “%1” that this version does not know (is it from a newer version?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should be a list of records. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record should be an object with fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UUID appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Löfteskollen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Löfteskollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Löfteskollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Löfteskollen %1&lt;/h3&gt;&lt;p&gt;Follow-up of the citizen promises (medborgarlöften) that a municipality and the police make together.&lt;/p&gt;&lt;p&gt;Everything is kept in one file on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No file is open&lt;/h2&gt;&lt;p&gt;Open a Löfteskollen file with File &amp;gt; Open…, or create one with File &amp;gt; New….&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked for editing by this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salem 2021–2022 (the eight promises as a starting point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the new file from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::Migrator</name>
    <message>
        <source>Updating the file&apos;s structure to version %1 (%2) failed; the file was left at version %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::Ordering</name>
    <message>
        <source>%1 has no order of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::PeriodCopier</name>
    <message>
        <source>The period to copy no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::PromiseDetail</name>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::PromiseRegisters</name>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::PromiseTreeModel</name>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus area and promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::PromisesPage</name>
    <message>
        <source>New focus area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a focus area to the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New promise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a promise to the selected focus area (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected focus area or promise (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no period yet. Choose Manage &gt; New period… above to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period has no focus areas yet. Start with “New focus area…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a focus area or a promise on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the focus area “%1” with its %n promise(s) and their targets and status reports?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the promise “%1” with its targets and status reports?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can take it back with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::RecordDialog</name>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::RecordListPanel</name>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::RegisterSpec</name>
    <message>
        <source>“%1” must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too long: at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a date; write it as 2021-03-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: “%2” is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not point at a stored record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::Repository</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it no longer exists (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::ScopeBar</name>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New municipality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit municipality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete municipality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy period into a new one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with all its periods, focus areas, promises, targets and status reports? You can take it back with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 into a new period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the period %1 with its focus areas, promises, targets and status reports? You can take it back with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::Templates</name>
    <message>
        <source>There is no template “%1”. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::Transaction</name>
    <message>
        <source>The file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved and was undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lk::sql</name>
    <message>
        <source>The database could not prepare a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
