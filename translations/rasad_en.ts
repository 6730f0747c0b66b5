<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DisplayFormat</name>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Other contact</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Unknown country</translation>
    </message>
</context>
<context>
    <name>GraphEdgeItem</name>
    <message numerus="yes">
        <source>%1
%n shared event(s)</source>
        <translation>
            <numerusform>%1
%n shared event</numerusform><numerusform>%1
%n shared events</numerusform></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Rasad</source>
        <translation>Rasad</translation>
    </message>
</context>
<context>
    <name>rasad</name>
    <message>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <source>Sources: none shown</source>
        <translation>Sources: none shown</translation>
    </message>
    <message>
        <source>Rasad, %1</source>
        <translation>Rasad, %1</translation>
    </message>
</context>
<context>
    <name>rasad::ActorGraphView</name>
    <message>
        <source>Replay how the network grew, month by month</source>
        <translation>Replay how the network grew, month by month</translation>
    </message>
    <message>
        <source>Show contacts up to this month</source>
        <translation>Show contacts up to this month</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole graph (0)</source>
        <translation>Show the whole graph (0)</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>Re-layout</translation>
    </message>
    <message>
        <source>Lay the graph out again; nodes you dragged stay pinned</source>
        <translation>Lay the graph out again; nodes you dragged stay pinned</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>Unpin all</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the graph as shown to PNG, SVG or PDF</source>
        <translation>Export the graph as shown to PNG, SVG or PDF</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syria</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Other countries</translation>
    </message>
    <message>
        <source>Disc size: contacts · Line width: shared events</source>
        <translation>Disc size: contacts · Line width: shared events</translation>
    </message>
    <message>
        <source>Find an actor…</source>
        <translation>Find an actor…</translation>
    </message>
    <message>
        <source>%1 contact(s) with %2 counterpart(s)</source>
        <translation>%1 contact(s) with %2 counterpart(s)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 actors · %2 links</source>
        <translation>%1 actors · %2 links</translation>
    </message>
    <message>
        <source>Contacts between officials</source>
        <translation>Contacts between officials</translation>
    </message>
</context>
<context>
    <name>rasad::ActorTableModel</name>
    <message>
        <source>How often the actor lies on the shortest path between two others (estimated from a sample)</source>
        <translation>How often the actor lies on the shortest path between two others (estimated from a sample)</translation>
    </message>
    <message>
        <source>How often the actor lies on the shortest path between two others</source>
        <translation>How often the actor lies on the shortest path between two others</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Betweenness</translation>
    </message>
</context>
<context>
    <name>rasad::ArticleReader</name>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>actor</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>contact word</source>
        <translation>contact word</translation>
    </message>
    <message>
        <source>Open a source from the details panel to read the article.</source>
        <translation>Open a source from the details panel to read the article.</translation>
    </message>
    <message>
        <source>Article %1 is not in the project any more.</source>
        <translation>Article %1 is not in the project any more.</translation>
    </message>
</context>
<context>
    <name>rasad::DetailsPanel</name>
    <message>
        <source>Select an event on the timeline or an actor in the graph to see its details and sources.</source>
        <translation>Select an event on the timeline or an actor in the graph to see its details and sources.</translation>
    </message>
    <message>
        <source>Announced, not yet held</source>
        <translation>Announced, not yet held</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <source>no date phrase; see how it was found</source>
        <translation>no date phrase; see how it was found</translation>
    </message>
    <message>
        <source>Date from</source>
        <translation>Date from</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>none found</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Disagreements</translation>
    </message>
    <message>
        <source>Merged because</source>
        <translation>Merged because</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Sources (%1)</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confidence</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>Spellings</source>
        <translation>Spellings</translation>
    </message>
    <message>
        <source>Found in the text, not in the gazetteer: worth a review.</source>
        <translation>Found in the text, not in the gazetteer: worth a review.</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
</context>
<context>
    <name>rasad::ExportDialog</name>
    <message>
        <source>Export picture</source>
        <translation>Export picture</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation>SVG vector drawing</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copy to clipboard</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 cm printed</source>
        <translation>%1 × %2 pixels, %3 × %4 cm printed</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>rasad::FilterBar</name>
    <message>
        <source>Search names and article text…</source>
        <translation>Search names and article text…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Remove every filter</translation>
    </message>
    <message>
        <source>Country…</source>
        <translation>Country…</translation>
    </message>
    <message>
        <source>Actor…</source>
        <translation>Actor…</translation>
    </message>
    <message>
        <source>Type…</source>
        <translation>Type…</translation>
    </message>
    <message>
        <source>Topic…</source>
        <translation>Topic…</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Country: %1</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>Actor: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Window: %1 – %2</source>
        <translation>Window: %1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 contacts shown</source>
        <translation>%1 of %2 contacts shown</translation>
    </message>
</context>
<context>
    <name>rasad::ImportController</name>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Reading files…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Stopping after the current file…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>Importing %1 (%2 of %3)</translation>
    </message>
</context>
<context>
    <name>rasad::ImportReportDialog</name>
    <message>
        <source>Imported: %1 · New versions: %2 · Skipped (already there): %3 · Failed: %4</source>
        <translation>Imported: %1 · New versions: %2 · Skipped (already there): %3 · Failed: %4</translation>
    </message>
    <message>
        <source>The import was cancelled; the files listed were handled before it stopped.</source>
        <translation>The import was cancelled; the files listed were handled before it stopped.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>new version</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>rasad::MainWindow</name>
    <message>
        <source>About Rasad</source>
        <translation>About Rasad</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rasad %1&lt;/h3&gt;&lt;p&gt;Reads Arabic news about Syrian–Russian official contacts and shows who met whom, where and when, each with the sentence it came from.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rasad %1&lt;/h3&gt;&lt;p&gt;Reads Arabic news about Syrian–Russian official contacts and shows who met whom, where and when, each with the sentence it came from.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rasad — %1</source>
        <translation>Rasad — %1</translation>
    </message>
    <message>
        <source>Rasad</source>
        <translation>Rasad</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Import &amp;files…</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>Import f&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Timeline picture (PNG, SVG, PDF)…</source>
        <translation>Timeline picture (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>Copy timeline picture</source>
        <translation>Copy timeline picture</translation>
    </message>
    <message>
        <source>Graph picture (PNG, SVG, PDF)…</source>
        <translation>Graph picture (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Fit all</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Zoom to selection</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <source>Full screen, larger type; Space and the arrows step through the contacts</source>
        <translation>Full screen, larger type; Space and the arrows step through the contacts</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Month names</source>
        <translation>Month names</translation>
    </message>
    <message>
        <source>Levantine (كانون الثاني، شباط…)</source>
        <translation>Levantine (كانون الثاني، شباط…)</translation>
    </message>
    <message>
        <source>Gregorian (يناير، فبراير…)</source>
        <translation>Gregorian (يناير، فبراير…)</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>Arabic-Indic (١٢٣)</source>
        <translation>Arabic-Indic (١٢٣)</translation>
    </message>
    <message>
        <source>Latin (123)</source>
        <translation>Latin (123)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Rasad</source>
        <translation>&amp;About Rasad</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>Actor graph</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Lanes:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>By country</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>By actor</translation>
    </message>
    <message>
        <source>The actor graph is not part of this build.</source>
        <translation>The actor graph is not part of this build.</translation>
    </message>
    <message>
        <source>The statistics panel is not part of this build.</source>
        <translation>The statistics panel is not part of this build.</translation>
    </message>
    <message>
        <source>%1 articles · %2 actors · %3 contacts, %4 shown</source>
        <translation>%1 articles · %2 actors · %3 contacts, %4 shown</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Rasad projects (*.sqlite *.db);;All files (*)</source>
        <translation>Rasad projects (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Import articles</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm);;All files (*)</source>
        <translation>Articles (*.txt *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Import a folder of articles</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <source>Syrian–Russian official contacts</source>
        <translation>Syrian–Russian official contacts</translation>
    </message>
    <message>
        <source>bars: dates known only to a span</source>
        <translation>bars: dates known only to a span</translation>
    </message>
    <message>
        <source>Timeline picture copied.</source>
        <translation>Timeline picture copied.</translation>
    </message>
</context>
<context>
    <name>rasad::ReportExporter</name>
    <message>
        <source>width must be between 16 and 30000 pixels</source>
        <translation>width must be between 16 and 30000 pixels</translation>
    </message>
    <message>
        <source>resolution must be between 36 and 2400 DPI</source>
        <translation>resolution must be between 36 and 2400 DPI</translation>
    </message>
    <message>
        <source>cannot start the SVG writer</source>
        <translation>cannot start the SVG writer</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>cannot start the PDF writer</translation>
    </message>
</context>
<context>
    <name>rasad::StatsPanel</name>
    <message>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>Clear the date window</source>
        <translation>Clear the date window</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contacts per month, by type</source>
        <translation>Contacts per month, by type</translation>
    </message>
    <message>
        <source>%1 contacts, %2 actors</source>
        <translation>%1 contacts, %2 actors</translation>
    </message>
    <message>
        <source>%1 undated (not charted)</source>
        <translation>%1 undated (not charted)</translation>
    </message>
    <message>
        <source>Window: %1 – %2</source>
        <translation>Window: %1 – %2</translation>
    </message>
</context>
<context>
    <name>rasad::TimelineView</name>
    <message>
        <source>place not stated</source>
        <translation>place not stated</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation>Date as written</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
</context>
</TS>