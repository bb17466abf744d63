<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <source>the terminal output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong, but what you saved is safe. Details are in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadJournal is already open on this journal; showing its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading: direction, the why, coaching, recognition and feedback — what makes people want to do the work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing: plans, owners, dates, check-ins and reviews — what makes the work actually get done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — sample journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
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
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search across the journal arrives in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;Weekly Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome and &amp;Set-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LeadJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadJournal {version}&lt;/h3&gt;&lt;p&gt;A private journal for leading and managing your team, one week at a time.&lt;/p&gt;&lt;p&gt;Your journal is kept on this computer only, in:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LeadJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample journal — a made-up team, safe to explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my own journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the sample (it is thrown away) and open your own journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Support engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they like to work, what they are aiming for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the team since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you look after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone you look after (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who do you look after?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people on your team. Each one gets a page for one-on-ones, coaching, recognition and the work you hand over to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare one-on-one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build an agenda from open actions, practice steps, plan check-ins, blockers, recognition and their feedback — no network needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone left the team: remove them and their notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the person&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the team since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring them back into pickers and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide them from pickers; their history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} from your journal? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else in the journal changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-one with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” will be removed from the journal. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular one-on-ones are where trust, coaching and early warnings happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last practice step — did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened when they tried it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open from earlier one-on-ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items from earlier one-on-ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
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
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agenda as Markdown or PDF, or print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you talked about, what you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (coaching on {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching on one real situation grows a skill faster than general advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clear, time-boxed plan is fair: you both know what good looks like, and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — the plan is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All check-ins done; the plan ended on {0}. Decide: met or not met?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since {0} (plan ends {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (plan ends {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming what someone did and its effect tells them what to repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in a Friday review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear outcomes, limits and decision rights let people own the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing about {0} yet. One-on-ones, coaching, plans, recognition and delegations all show up here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone else, e.g. Ines from finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking one person through an anonymous form is not anonymous: they will know you can tell who answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting for answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting. Asking every couple of months is the quickest way to see yourself the way your team does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more answers expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked {0} · {1} · {2} — {3} answer(s) so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in the chosen theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show closed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers you record show up here grouped by theme. Give each item a theme or two — “delegation”, “meetings” — to see what keeps coming back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One visible change the team will notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with the team on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what changed; it can become a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted on before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes acted on before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people said about “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done — check it made a difference, then close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One theme at a time: close this one before choosing another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a theme on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the theme that matters most, say what you will do, and tell the team: acting visibly on feedback is what makes people give it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the one change you will make before starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One theme at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed when I acted on “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet. When someone answers — in a one-on-one, a form or a survey — record what they said as start, stop and continue items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous answers are kept without a name: nobody&apos;s name is stored with them or shown next to them, anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, stop and continue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a “{0}” item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1}
{2} item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people you look after in the Coaching Log first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer and its {0} item(s) will be removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You acted on “{0}”. What changed — for the team, and for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as a lesson?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what changed as a lesson too, so it can come back when it matters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range of the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What made work harder, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s self-check: what is the team showing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls for more leading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls for more managing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two moves to try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a Monday plan and move tasks to Done to see how reliably the team delivers what it planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the week a team-health score in the Friday review to see the trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what the team is showing in the self-check above each week; the balance between leading and managing builds up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a two-week practice cycle in the Practice tab; each cycle&apos;s adherence shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-ones you hold with your team are counted here, month by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people you look after to see who is recognised, and who never is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: hide this lesson for the rest of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide “{0}” this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new lesson (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the selected lessons, or every lesson shown when one or none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons are what a week taught you: what happened, what you learned and what you will do differently. The Friday review adds one each week; write one here whenever something sticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation, briefly and specifically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time I will…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. delegation, meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;ll do differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a Friday review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this lesson?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare one-on-one with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built from your journal: open actions, the last practice step, plan check-ins, blockers, recognition and their feedback. Double-click a line to edit it; keep only what matters this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Close the day&apos;s chat threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done today means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can tick honestly at the end of a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, with a reason… (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note… (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a two-week practice cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one leading and one managing behaviour. For two weeks, tick each day you did it. Small and daily beats big and occasional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start next Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days only (weekends don&apos;t count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own behaviour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done today: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one leading and one managing behaviour first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the current cycle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” and “{1}” are still being practised. End that cycle now and start the new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cycle is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End early…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ done   – skipped   ✗ missed   ? today   · Space: done, S: skip, N: note, Delete: clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day 14: look back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep practising?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-feedback: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what should I {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat this pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the next pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished {0} — time to look back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence {0} ({1} of {2} days) · streak {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can tick a day once it has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are you skipping it? (It keeps your streak going.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A skipped day needs a short reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this cycle early?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days ticked so far stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice cycles so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished cycles appear here with how often you practised each behaviour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open today&apos;s step of the weekly loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}.&lt;/b&gt; Time off; Friday&apos;s review is here if it still needs you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}:&lt;/b&gt; today&apos;s step is done. ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Today, {0}:&lt;/b&gt; {1} — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to this week (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the week of a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick any date to open its week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery reliability, last 8 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team health: this week&apos;s pulse score, 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan for this week yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week&apos;s review set the focus: “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} task(s) carried over will come with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with one outcome for the week; the rest follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery: {0:.0%} ({1} of {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · +{0} added later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team health: {0}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team health: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” depends on {1}, which is not done yet. Move it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One result that matters this week, why it matters, and no more than three priorities that lead to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction and the why: people commit to what they understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By Friday we will have … done to … standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: make it measurable — a number, a day, or what “done” means — so on Friday you can tell whether it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is better off when this is done, and how?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan confirmed {0:%A %H:%M}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan confirmed ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the outcome and priorities look right, confirm the plan: the tasks in it then are what this week&apos;s delivery figure is measured against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority {0} title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this priority; its tasks stay in the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a success criterion and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New success criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{0}”? Its tasks stay in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the priority?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three priorities is the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week has at most three priorities: with more, none gets the focus it needs. Replace one with “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks under each priority, each with exactly one owner. Protect two blocks for deep work and leave some room for the unexpected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners, effort and dependencies turn intent into work that happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task under the selected priority — press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One owner per task: you, or one person. Type a new name to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who checks it before it counts as done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity, focus and buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours the team can give this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep-work block {0} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep-work block {0} start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep-work block {0} end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep work {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What room is left for the unexpected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No priority yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:g} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {0:g} h planned for {1:g} h available. Something will slip; worth choosing what now rather than on Thursday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:g} h of work planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The two deep-work blocks overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ A block ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0} to the people you supervise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That would make a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag cards between columns, or select one and press Ctrl+Right / Ctrl+Left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeing what moved and what is stuck, before Friday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15-minute check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each person with tasks this week: what&apos;s done, what&apos;s next, what&apos;s in the way, and the next concrete step with a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short, regular look at progress catches blockers early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give tasks owners on Monday and each person appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↻ Recurring — worth fixing the process. Seen in the week of {0:%d %b}: “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach one person, improve one system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small change to how the team works — a template, a handoff, a checklist, a definition of done — and one coaching conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching grows people; one conversation a week adds up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixing one process removes a problem for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A checklist for handing over escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps going wrong without it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s coaching conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a coaching conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Coaching Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coaching conversation recorded this week yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align outside the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short update for the people who depend on your team, and the decisions you made, written down where everyone can find them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telling others where the team is going keeps their trust and support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Draft from this week” to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision log (all weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter decisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the update?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what you&apos;ve written with a fresh draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shipped, what slipped and why — specific, not blaming — one lesson, one contribution recognised, and next week&apos;s focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing what slipped, without blame, is how plans get better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition names what to repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One lesson learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One contribution recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly did they do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did it change, for whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week&apos;s top focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It becomes next week&apos;s outcome to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is making work harder right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is one thing making work harder right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week&apos;s focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing marked done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing slipped. Well planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, specifically?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why “{0}” slipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to LeadJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the sample journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up team in a throwaway folder; your own journal is not created yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week, one small step a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadJournal is a private journal for leading and managing a team. It lives on this computer only. It is built around one repeatable week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside the week: one-on-ones prepared from your notes, lessons you keep, feedback you ask for about yourself, and two-week practice of one leading and one managing habit. A reminder from the tray invites each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you and your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in your stakeholder updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people you look after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line — optional, you can add people later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When should LeadJournal remind you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested times are filled in. Untick what you don&apos;t want; you can change all of this later from Help → Welcome and set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
