<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphEdgeLayer</name>
    <message numerus="yes">
        <source>%1
%n shared event(s)</source>
        <translation>
            <numerusform>%1
%n shared event</numerusform>
            <numerusform>%1
%n shared events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n counterpart(s)</source>
        <translation>
            <numerusform>%n counterpart</numerusform>
            <numerusform>%n counterparts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
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
    <name>rasad::ActorEditorDialog</name>
    <message>
        <source>Verified by a researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <source>Add alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation type="unfinished">Remove alias</translation>
    </message>
    <message>
        <source>Split off as a new actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation type="unfinished">Add alias</translation>
    </message>
    <message>
        <source>Another spelling of the name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add role</source>
        <translation type="unfinished">Add role</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation type="unfinished">Remove role</translation>
    </message>
    <message>
        <source>Merge into this actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this actor? Its events keep their other participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished">English name</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished">Roles</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split alias</source>
        <translation type="unfinished"></translation>
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
        <source>Contacts between officials</source>
        <translation>Contacts between officials</translation>
    </message>
    <message>
        <source>Laying out the graph of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the replay at this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the network one month earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the network one month later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
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
    <name>rasad::ArticleReaderView</name>
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
    <message>
        <source>New contact from selection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::ContactsTableModel</name>
    <message>
        <source>, </source>
        <comment>between the names of a contact&apos;s participants</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothetical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished">Participants</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Sources</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished">Confidence</translation>
    </message>
    <message>
        <source>Factuality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::CurationPanel</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the event of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the queue…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::ReviewQueueModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished">Actor</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in the text, not in the gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date: the publication date is unknown, so relative dates stay unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned, not reported as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supposed or asked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spellings taken as one person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::DataExport</name>
    <message>
        <source>Rasad JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables, one folder (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML network (*.graphml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEXF network with dates, for Gephi (*.gexf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineJS (*.timeline.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">Export failed</translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::DateField</name>
    <message>
        <source>There is no such day. The day comes first: 1/10/2025 is 1 October 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the year too, for example 1 October 2025 or October 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a date Rasad can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date and press Enter: 2025-10-01, 1/10/2025 (day first, as in Syria and Russia), 1 October 2025, or a month alone: October 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a day in a calendar</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sentence itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier date the sentence refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article&apos;s main event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: the text says this contact did not take place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supposed or asked about, not reported as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publication date (the article reports it as news, without a date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day and month in the text; the year is the only one whose weekday fits while %1 held office</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the contact verb «%1» with %n people named in its clause</source>
        <translation>
            <numerusform>the contact verb «%1» with %n person named in its clause</numerusform>
            <numerusform>the contact verb «%1» with %n people named in its clause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the contact noun «%1» with %n people named in its clause</source>
        <translation>
            <numerusform>the contact noun «%1» with %n person named in its clause</numerusform>
            <numerusform>the contact noun «%1» with %n people named in its clause</numerusform>
        </translation>
    </message>
    <message>
        <source>one official travelling between the two countries («%1»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; cue «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n report(s) merged</source>
        <translation>
            <numerusform>; %n report merged</numerusform>
            <numerusform>; %n reports merged</numerusform>
        </translation>
    </message>
    <message>
        <source>, score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::EventEditorDialog</name>
    <message>
        <source>Verified by a researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">Meeting</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished">Visit</translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished">Delegation</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Message</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split off as a separate contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished">Topics</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished">Participants</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Sources</translation>
    </message>
    <message>
        <source>Same contact as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split a source off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this contact? It stays deleted after a re-extraction; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date could not be read. Correct it or clear it.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Printed under the picture</source>
        <translation>Printed under the picture</translation>
    </message>
    <message>
        <source>e.g. the author or the newsroom</source>
        <translation>e.g. the author or the newsroom</translation>
    </message>
    <message>
        <source>The filter's dates</source>
        <translation>The filter's dates</translation>
    </message>
    <message>
        <source>The dates on screen</source>
        <translation>The dates on screen</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>As on screen</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>Slide (16:9)</source>
        <translation>Slide (16:9)</translation>
    </message>
    <message>
        <source>Newspaper column (8.5 cm wide)</source>
        <translation>Newspaper column (8.5 cm wide)</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Caption:</translation>
    </message>
    <message>
        <source>Credit line:</source>
        <translation>Credit line:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page:</translation>
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
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::FuzzyDateEditor</name>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid (11–20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late (21–end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rasad::GazetteerEditorDialog</name>
    <message>
        <source>Gazetteer</source>
        <translation>Gazetteer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Add the people and places of a colleague&apos;s gazetteer file to yours</source>
        <translation>Add the people and places of a colleague&apos;s gazetteer file to yours</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>The whole gazetteer…</source>
        <translation>The whole gazetteer…</translation>
    </message>
    <message>
        <source>Only my additions and changes…</source>
        <translation>Only my additions and changes…</translation>
    </message>
    <message>
        <source>Re-extract the project with this gazetteer</source>
        <translation>Re-extract the project with this gazetteer</translation>
    </message>
    <message>
        <source>Saves your changes, then finds people, places and meetings in every article again</source>
        <translation>Saves your changes, then finds people, places and meetings in every article again</translation>
    </message>
    <message>
        <source>Your changes are saved in %1; the files that come with Rasad are never changed.</source>
        <translation>Your changes are saved in %1; the files that come with Rasad are never changed.</translation>
    </message>
    <message>
        <source>Find a person by name, alias or English name</source>
        <translation>Find a person by name, alias or English name</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>A stable id in lower-case Latin letters, digits, &apos;-&apos; or &apos;_&apos;; projects refer to it</source>
        <translation>A stable id in lower-case Latin letters, digits, &apos;-&apos; or &apos;_&apos;; projects refer to it</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
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
        <source>Dates as YYYY, YYYY-MM or YYYY-MM-DD; leave “To” empty while still in office</source>
        <translation>Dates as YYYY, YYYY-MM or YYYY-MM-DD; leave “To” empty while still in office</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Add alias</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Remove alias</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Add role</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Remove role</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Find a place</source>
        <translation>Find a place</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Add place</source>
        <translation>Add place</translation>
    </message>
    <message>
        <source>Remove place</source>
        <translation>Remove place</translation>
    </message>
    <message>
        <source>capital</source>
        <translation>capital</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>building</source>
        <translation>building</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>airport</translation>
    </message>
    <message>
        <source>The id of the place this one lies in (the Kremlin lies in moscow); may be empty</source>
        <translation>The id of the place this one lies in (the Kremlin lies in moscow); may be empty</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Lies in</source>
        <translation>Lies in</translation>
    </message>
    <message>
        <source>Some gazetteer files have problems and were skipped:</source>
        <translation>Some gazetteer files have problems and were skipped:</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>changed by you</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>added by you</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>another file</source>
        <translation>another file</translation>
    </message>
    <message>
        <source>edited, not saved</source>
        <translation>edited, not saved</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>none given</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Select a person first.</translation>
    </message>
    <message>
        <source>“%1” comes with Rasad or from another gazetteer file; you can change it but not remove it.</source>
        <translation>“%1” comes with Rasad or from another gazetteer file; you can change it but not remove it.</translation>
    </message>
    <message>
        <source>Select a place first.</source>
        <translation>Select a place first.</translation>
    </message>
    <message>
        <source>A new person</source>
        <translation>A new person</translation>
    </message>
    <message>
        <source>%1: give an id (for example “ru-deputy-minister”).</source>
        <translation>%1: give an id (for example “ru-deputy-minister”).</translation>
    </message>
    <message>
        <source>%1: the id “%2” may hold only lower-case Latin letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>%1: the id “%2” may hold only lower-case Latin letters, digits, &apos;-&apos; and &apos;_&apos;.</translation>
    </message>
    <message>
        <source>%1: the id “%2” is already used by another person.</source>
        <translation>%1: the id “%2” is already used by another person.</translation>
    </message>
    <message>
        <source>%1: the Arabic name is empty.</source>
        <translation>%1: the Arabic name is empty.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a known country code (two capital letters, e.g. SY or RU).</source>
        <translation>%1: “%2” is not a known country code (two capital letters, e.g. SY or RU).</translation>
    </message>
    <message>
        <source>%1, role %2</source>
        <translation>%1, role %2</translation>
    </message>
    <message>
        <source>%1: the title is empty.</source>
        <translation>%1: the title is empty.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1: “%2” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: the start date %2 is after the end date %3.</source>
        <translation>%1: the start date %2 is after the end date %3.</translation>
    </message>
    <message>
        <source>A new place</source>
        <translation>A new place</translation>
    </message>
    <message>
        <source>%1: give an id (for example “latakia”).</source>
        <translation>%1: give an id (for example “latakia”).</translation>
    </message>
    <message>
        <source>%1: the id “%2” is already used by another place.</source>
        <translation>%1: the id “%2” is already used by another place.</translation>
    </message>
    <message>
        <source>%1: the name is empty.</source>
        <translation>%1: the name is empty.</translation>
    </message>
    <message>
        <source>%1: “lies in” must be the id of another place, not “%2”.</source>
        <translation>%1: “lies in” must be the id of another place, not “%2”.</translation>
    </message>
    <message>
        <source>Your gazetteer file cannot be read, so nothing was saved:</source>
        <translation>Your gazetteer file cannot be read, so nothing was saved:</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>Nothing was saved:</translation>
    </message>
    <message>
        <source>Saved to %1; entries changed: %2.</source>
        <translation>Saved to %1; entries changed: %2.</translation>
    </message>
    <message>
        <source>%1 was not imported:</source>
        <translation>%1 was not imported:</translation>
    </message>
    <message>
        <source>Imported %1: people %2 added, %3 changed; places %4 added, %5 changed; organisations %6 added, %7 changed.</source>
        <translation>Imported %1: people %2 added, %3 changed; places %4 added, %5 changed; organisations %6 added, %7 changed.</translation>
    </message>
    <message>
        <source>Problems to check:</source>
        <translation>Problems to check:</translation>
    </message>
    <message>
        <source>Exported %1 people and %2 places to %3.</source>
        <translation>Exported %1 people and %2 places to %3.</translation>
    </message>
    <message>
        <source>Gazetteer not saved</source>
        <translation>Gazetteer not saved</translation>
    </message>
    <message>
        <source>Import a gazetteer</source>
        <translation>Import a gazetteer</translation>
    </message>
    <message>
        <source>Gazetteer files (*.json)</source>
        <translation>Gazetteer files (*.json)</translation>
    </message>
    <message>
        <source>Gazetteer imported</source>
        <translation>Gazetteer imported</translation>
    </message>
    <message>
        <source>Gazetteer not imported</source>
        <translation>Gazetteer not imported</translation>
    </message>
    <message>
        <source>Export the gazetteer</source>
        <translation>Export the gazetteer</translation>
    </message>
    <message>
        <source>Gazetteer not exported</source>
        <translation>Gazetteer not exported</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save your changes to the gazetteer before closing?</source>
        <translation>Save your changes to the gazetteer before closing?</translation>
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
    <message>
        <source>The new articles are stored but not yet read for contacts: choose Edit → Re-extract all articles to add them to the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles are stored, but reading them for contacts failed; the record is as it was: %1</source>
        <translation type="unfinished"></translation>
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
        <source>Show every contact the filter lets through; the view follows the filter again</source>
        <translation>Show every contact the filter lets through; the view follows the filter again</translation>
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
        <source>The filtered contacts as full-screen slides, one a slide; Space and the arrows step, Escape returns</source>
        <translation>The filtered contacts as full-screen slides, one a slide; Space and the arrows step, Escape returns</translation>
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
        <source>Timeline picture copied.</source>
        <translation>Timeline picture copied.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected contact? It stays deleted after a re-extraction; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data (JSON, CSV, GraphML, GEXF, TimelineJS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selected as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazetteer (people, places)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-extract all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run extraction again with the current gazetteer; corrections are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data source cannot be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact on the timeline or an actor in the graph first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as the press writes it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-extracting every article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-extracted; every correction was applied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program changed this project (an import from the command line, say). Reload to see it; the view stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project file cannot be written (its file or folder is read-only), so it was opened to be viewed: nothing can be imported, corrected or re-extracted. To work on it, copy it to a writable folder and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project file cannot be written; nothing was imported. Copy it to a writable folder and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) stored by an import that stopped before its end are being extracted…</source>
        <translation>
            <numerusform>%n article stored by an import that stopped before its end is being extracted…</numerusform>
            <numerusform>%n articles stored by an import that stopped before its end are being extracted…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recover into a new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what can still be read of this damaged project file into a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project file is damaged, so it was opened read-only: nothing can be imported, corrected or re-extracted, and nothing more can be lost. File → Recover into a new file… copies what can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this project could not be read, so what is shown may be incomplete. Close other programs that use the file and open it again; if this stays, the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rasad projects (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost: ids %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost: every row after id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped (they referred to a lost row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows could not be read and were not copied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the recovered file %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project file is damaged and open read-only; nothing was imported. Use File → Recover into a new file… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the panels back where they are on a first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names and article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished">Sources: %1</translation>
    </message>
    <message>
        <source>Sources: none shown</source>
        <translation type="unfinished">Sources: none shown</translation>
    </message>
    <message>
        <source>Rasad, %1</source>
        <translation type="unfinished">Rasad, %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>people: %1</source>
        <translation>people: %1</translation>
    </message>
    <message>
        <source>countries: %1</source>
        <translation>countries: %1</translation>
    </message>
    <message>
        <source>types: %1</source>
        <translation>types: %1</translation>
    </message>
    <message>
        <source>topics: %1</source>
        <translation>topics: %1</translation>
    </message>
    <message>
        <source>search: “%1”</source>
        <translation>search: “%1”</translation>
    </message>
    <message>
        <source>denied and hypothetical contacts included</source>
        <translation>denied and hypothetical contacts included</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more article(s)</source>
        <translation>
            <numerusform>and %n more article(s)</numerusform>
            <numerusform>and %n more article(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rasad::SlideShow</name>
    <message>
        <source>Rasad — presentation</source>
        <translation>Rasad — presentation</translation>
    </message>
    <message>
        <source>%1, Space or Page Down: next   %2 or Page Up: back   Home, End: first, last   Esc: leave</source>
        <translation>%1, Space or Page Down: next   %2 or Page Up: back   Home, End: first, last   Esc: leave</translation>
    </message>
    <message>
        <source>No contact passes the filter. Escape returns to the explorer, where the filter can be changed.</source>
        <translation>No contact passes the filter. Escape returns to the explorer, where the filter can be changed.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>Date not known</translation>
    </message>
    <message>
        <source>Place not stated</source>
        <translation>Place not stated</translation>
    </message>
    <message>
        <source>Planned: announced, not yet held</source>
        <translation>Planned: announced, not yet held</translation>
    </message>
    <message>
        <source>Denied: the text says this contact did not take place</source>
        <translation>Denied: the text says this contact did not take place</translation>
    </message>
    <message>
        <source>Supposed or asked about, not reported as held</source>
        <translation>Supposed or asked about, not reported as held</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>(no sentence was kept for this contact)</source>
        <translation>(no sentence was kept for this contact)</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more source(s))</source>
        <translation>
            <numerusform>(and %n more source)</numerusform>
            <numerusform>(and %n more sources)</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
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
    <message>
        <source>Drag along the dates to show only the contacts between them</source>
        <translation>Drag along the dates to show only the contacts between them</translation>
    </message>
</context>
<context>
    <name>rasad::TimelinePicture</name>
    <message>
        <source>Syrian–Russian official contacts</source>
        <translation>Syrian–Russian official contacts</translation>
    </message>
    <message>
        <source>bars: dates known only to a span</source>
        <translation>bars: dates known only to a span</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>broken link (points to %1, which does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (a pipe, socket or device); not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large (%1; articles over %2 are refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large (over %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: Arabic presentation forms (text copied from a PDF?) normalised to ordinary letters (NFKC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page holds no article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file (only white space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the manifest says published %1, the page says %2; the manifest wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: publication date %1 read from the page&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: publication date %1 read from the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: publication date %1 read from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed encodings: %1 of %2 lines are windows-1256 (the first is line %3), the others UTF-8; each line was read in its own encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 1 byte is neither and was replaced with U+FFFD (�)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 bytes are neither and were replaced with U+FFFD (�)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file, not text (contains NUL or control bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with a UTF-8 byte-order mark but is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with a %1 byte-order mark but is not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declares charset %1 but is not; read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no byte-order mark; read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte is not valid UTF-8 and was replaced with U+FFFD (�)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes are not valid UTF-8 and were replaced with U+FFFD (�)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file, not text (contains NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed or damaged encoding: %1 characters are UTF-8 but %2 bytes are not, the first at line %3 (byte %4), within lines; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8; read as ISO-8859-6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8; read as windows-1256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8, UTF-16 or Arabic windows-1256 text%1; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ICU guesses %1, %2% sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it was opened read-only and nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: not stored, the store refused an earlier file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the files it describes were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; import stopped, %1 more files not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already imported (same text as article %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed since it was imported; stored as version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication date unknown (no manifest date, none stated in the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 articles: %3 and %4 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the search index of these articles is written at the next search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: articles stored earlier but never extracted (an import stopped before its end) are extracted now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: extraction failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>: database is locked by another program (close it and try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the database file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: file is not a database (or it is encrypted or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the database file is damaged (corrupt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: cannot open the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the database file is damaged (PRAGMA quick_check: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the folder is read-only; Rasad needs to write beside </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its -wal and -shm files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: a new project cannot be made there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: cannot create the folder </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: is an SQLite database but not a Rasad project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: was written by a newer Rasad (schema v%1; this build knows up to v%2); update Rasad to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it also needs an upgrade from schema v%1, which cannot be done on a damaged file: recover it into a new file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: is not a Rasad project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; its schema v%1 is not this build&apos;s v%2 and cannot be upgraded in place: copy the file to a writable folder and open the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it was opened read-only and nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
