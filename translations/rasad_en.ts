<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DisplayFormat</name>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphEdgeItem</name>
    <message numerus="yes">
        <source>%1
%n shared event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Rasad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad</name>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: none shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rasad, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::ActorGraphView</name>
    <message>
        <source>Replay how the network grew, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show contacts up to this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the graph out again; nodes you dragged stay pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph as shown to PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc size: contacts · Line width: shared events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contact(s) with %2 counterpart(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actors · %2 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts between officials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::ActorTableModel</name>
    <message>
        <source>How often the actor lies on the shortest path between two others (estimated from a sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the actor lies on the shortest path between two others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::ArticleReader</name>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a source from the details panel to read the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is not in the project any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::DetailsPanel</name>
    <message>
        <source>Select an event on the timeline or an actor in the graph to see its details and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced, not yet held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date phrase; see how it was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the text, not in the gazetteer: worth a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::ExportDialog</name>
    <message>
        <source>Export picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 cm printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::FilterBar</name>
    <message>
        <source>Search names and article text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 contacts shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::ImportController</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::ImportReportDialog</name>
    <message>
        <source>Imported: %1 · New versions: %2 · Skipped (already there): %3 · Failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the files listed were handled before it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::MainWindow</name>
    <message>
        <source>About Rasad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rasad %1&lt;/h3&gt;&lt;p&gt;Reads Arabic news about Syrian–Russian official contacts and shows who met whom, where and when, each with the sentence it came from.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rasad — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rasad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline picture (PNG, SVG, PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy timeline picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph picture (PNG, SVG, PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, larger type; Space and the arrows step through the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levantine (كانون الثاني، شباط…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregorian (يناير، فبراير…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic-Indic (١٢٣)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin (123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rasad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actor graph is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics panel is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles · %2 actors · %3 contacts, %4 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rasad projects (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syrian–Russian official contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars: dates known only to a span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline picture copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::ReportExporter</name>
    <message>
        <source>width must be between 16 and 30000 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution must be between 36 and 2400 DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the SVG writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::StatsPanel</name>
    <message>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the date window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per month, by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts, %2 actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 undated (not charted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::TimelineView</name>
    <message>
        <source>place not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
