<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <source>Only you can read your journal now: some of its files were open to others and have been made private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of your journal that your passphrase does not protect is still in {0}: delete it if you don&apos;t need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your current passphrase; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder is waiting. Unlock your journal to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadJournal keeps running here so reminders can reach you. Quit from this icon&apos;s menu or File → Quit.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Open a journal folder</source>
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
        <source>Me (self-feedback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday: set the week&apos;s direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday: 15-minute check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday: coach one person, improve one system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday: update your stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update your stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday: review and reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every working day: tick today&apos;s practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: name the effect — what it made possible, for whom — so the praise tells them what to repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected card to the previous / next column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons Learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen day done (again: clear it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S / N / Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip with a reason / add a note / clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between fields in reading order</source>
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
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus</source>
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
        <source>Quarter in Re&amp;view…</source>
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
        <source>The sample journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private look back over a period, as Markdown and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything in the journal</source>
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
        <source>&amp;Appearance</source>
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
        <source>The &amp;Playbook</source>
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
        <source>The sample journal is not backed up</source>
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
        <source>Export the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name is already in {0}. Replace it with this export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON — the complete journal, can be imported again (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown — the whole journal, to read (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV — the weekly numbers (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV — the practice ticks (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadJournal export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal already holds everything in {0}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be read: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It adds {0} and replaces {1} in your journal with the file&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It adds {0} and changes nothing already in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is backed up first, and that copy is always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Everything you typed is in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal will go back to how it was then. Your journal as it is now is backed up first. Restore?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so LeadJournal can&apos;t wait there. Keep it running (minimised) so reminders still come as desktop notifications and in the window, or quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
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
        <source>Last 8 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of planned done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery reliability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes work harder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice adherence per cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice adherence per quarter, its cycles averaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice adherence per year, its cycles averaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of days done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-ones held per person per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-ones held per person per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-ones held per person per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cause given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why tasks slipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipped tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead or manage? The weekly self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead (+) or manage (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They decide alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They decide, then tell me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They recommend, I decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low — they own it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High — we decide together and I note why</source>
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
        <source>Feedback they gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks that slipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which options did you weigh before settling on this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could go wrong, and what would you notice first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would help you most from me in the next two weeks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action ({0}{1}, from {2}): {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last practice step ({0}): {1} — did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement plan check-in due {0} (overdue): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement plan check-in due {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to make room (week of {0}): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipped (week of {0}): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised on {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recognition since {0} — what have they done lately that deserves naming?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recognition yet — what have they done lately that deserves naming?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their feedback ({0}), {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation check: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan check-in was due {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the agenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-one at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda or notes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan check-in · progress {0}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start/stop/continue feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions of done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-one agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start/stop/continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes beside team metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people you look after: each one gets a page for one-on-ones, coaching, recognition and the work you hand over to them.</source>
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
        <source>Quarter in Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your quarter in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private look back to bring to your own manager or a promotion conversation: your goals, how the team delivered and felt (with charts), who you coached and recognised, and what you practised, learned and changed. It is saved as a Markdown file and a PDF side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File for the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the review a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves {0} and {1} in {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the quarter in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already in {1}. Replace it with this review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts; put the earlier date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after today, so there is nothing to look back on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review is saved: {0} and {1}</source>
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
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to keep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, or what you learned — the first line becomes the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, comma-separated (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the words to today&apos;s daily reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to keep yet: write a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to today&apos;s reflection: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a note in Lessons Learned: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to Lessons Learned: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New one-on-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-on-one list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one-on-ones with {name} yet. Schedule one, or use “Prepare one-on-one…” to build the agenda from what the journal already knows.</source>
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
        <source>Where we go, and how we get there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You point the way: the outcome worth reaching, said so people can repeat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You turn the way into a plan: steps, one owner each, dates and a buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People ask “what are we actually aiming for?” (lead), or everyone knows the aim but nobody knows who does what (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday: the weekly outcome (lead) and the plan with owners (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters, and what done looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You explain why the work matters: to a customer, to the business, to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agree what “done” means: the checks, the standard, who signs it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is done half-heartedly (lead), or done quickly but sent back (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday: the why behind the outcome, and each priority&apos;s definition of done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The long view, and this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You keep an eye on the quarter and the year, and connect today&apos;s work to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You make this week land: priorities, capacity, what slips and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week is urgent and none adds up to anything (lead), or big plans never reach Monday (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals above the week (lead) and the Friday review (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing people, and organising work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You help each person get better at something they care about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You match the work to the people and the hours you actually have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person keeps getting stuck in the same way (lead), or some are swamped while others wait (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday&apos;s coaching conversation (lead) and Monday&apos;s capacity (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy, and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You notice how people feel and give them reasons to believe in the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You make progress visible: the board, the check-in, what is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low morale, quiet meetings (lead), or nobody can say where things stand (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition and the pulse (lead); the tracker and Tuesday&apos;s check-in (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing things, and keeping them steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You make the case for a change and bring people along with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You make good work repeatable: checklists, handoffs, one way of doing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People resist a change they don&apos;t understand (lead), or quality depends on who happens to do the work (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout checklist (lead) and Wednesday&apos;s lasting improvements (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust, and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People follow you because they trust you, not because they have to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone knows their role, who decides what, and what they may decide alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement in the room, nothing after it (lead), or decisions bounce between people (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for feedback on yourself (lead) and delegations with decision rights (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking, and telling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ask questions so people find the answer and own it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You give a clear instruction when time is short or the risk is high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone waits for you to solve things (lead), or a crisis needs one clear voice (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-one preparation&apos;s coaching questions (lead), the decision log (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying things, and reducing surprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You let the team try a new way, and treat a miss as something to learn from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You spot risks early, plan for them, and keep commitments you made to others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody suggests anything new (lead), or stakeholders keep being surprised (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned (lead) and Thursday&apos;s stakeholder update (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution, and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You notice how people contribute and tell them what it made possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You measure what was delivered, honestly, week after week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good work goes unseen (lead), or nobody knows whether the team is getting better (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday&apos;s recognition (lead) and delivery reliability in Insights (manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope keeps changing: a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New requests arrive every day and the plan no longer means anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps only the must-haves as this week&apos;s priorities, parks the rest where you can find it again, and logs one day a week for deciding on changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morale is low: a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are tired, quiet, and juggling too many things at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits how much each person has in progress, sets up a short daily stand-up, and turns a few small weekly targets into success criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone&apos;s work needs to improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern keeps coming back and a friendly word has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An improvement plan in the Coaching Log: the behaviour, what good looks like, your support and weekly check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling out a change across departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new tool or process has to land well in several teams, not only yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist with an owner per department, training, a pilot, measures and a weekly feedback loop, shown on Thursday every week until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked in a scope reset: not this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New requests wait for {day}: then we weigh them against the must-haves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope kept changing. Must-haves this week: {must_haves}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone asking for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests are decided on this day, against the week&apos;s must-haves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team: daily stand-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every working day at {time}, fifteen minutes standing: what is done, what is next, what is in the way. Problems are solved after it, not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small wins this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} owns the rollout in {department}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{department} trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live in {department}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot run in {department}, lessons written down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures of success agreed, with a starting value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly feedback loop running with every department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the act and what it made possible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“When you rewrote the handover notes on Tuesday, the night shift had no questions for the first time. Thank you.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“You stayed calm on that customer call and asked before promising. That kept the account.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the outcome, the limits and the decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“I&apos;d like you to own this. Done means the supplier has signed by the 15th.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“You decide the approach. Check with me before anything over the budget.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Let&apos;s look at it together on Thursday. Call me sooner if you&apos;re stuck.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say yes to the person and name the trade-off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“I can do that this week if we move the report to next week. Which matters more to you?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Not this week: we promised the release by Friday. I can look at it on Monday.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Help me choose: if this comes in, what should come out?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be specific, kind and brief, then listen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“I want to talk about the last three stand-ups, where you arrived late. What&apos;s going on?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“When the test was skipped, the customer found the bug. I need every release tested. What would help you get there?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“I&apos;m telling you because I think you can fix it, and I&apos;ll help.”</source>
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
        <source>Status of carried action</source>
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
        <source>New coaching conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaching conversation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coaching conversations with {name} yet. Pick one skill, describe one real situation and its impact, and agree one small step to practise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching on one real situation grows a skill faster than general advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill in focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Running an escalation call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where, exactly? One real moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did it cause, for whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What great looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe it so they could picture doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next practice step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small step to try before you next meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the practice happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at the next one-on-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clear, time-boxed plan is fair: you both know what good looks like, and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day for: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare each one-on-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before a one-on-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement-plan check-ins on the day they are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start/stop/continue actions on their due and check dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups come at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours and working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start LeadJournal when I log in (in the tray, so reminders can come)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when one person has more tasks in progress than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most three must-haves. Everything else is parked, not lost: you will find it under “Set aside this week”. Then pick one day for deciding on new requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must-haves now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new must-have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A must-have not in the plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add must-haves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parked item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The new dashboard idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day for deciding on changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide changes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morale reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer things at once, a short daily stand-up, and a few small targets the team can actually hit this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in progress per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks in progress per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily stand-up time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily stand-up at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekly target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Close the five oldest tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the targets go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new priority: “Small wins this week”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-department rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the change and the departments it reaches, with one owner in each. The checklist appears on Thursday&apos;s page every week until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The new ticketing tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is worth it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What gets better for the people using it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner in department {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first department runs the pilot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit work in progress per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadJournal backs up your journal each day you open it and each time you quit, checks every copy opens, and keeps them in the backups folder beside the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one backup a day for the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and one a week for the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — only beside the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also copy to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second folder on a synced or external drive keeps a copy safe if this computer is lost. Leave it empty to keep backups here only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is protected with a passphrase: its file and its backups can&apos;t be read without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is not protected with a passphrase. Anyone who can open your files can read it; protecting it encrypts the journal and its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the sample journal: it is thrown away when you quit, so there is nothing to protect. Your own journal can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you step away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the journal when I step away, after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase brings it back. This needs a passphrase, so it is available once your journal is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second folder for backups</source>
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
        <source>New improvement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improvement plan list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement plans for {name}. Use one when a behaviour needs to change: say what, what good looks like, the support you give, and check in weekly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens now, in observable terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should happen instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will do to make it possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you will both know it worked</source>
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
        <source>New recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognition list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recognised for {name} yet. Name one thing they did and what it made possible; specific praise tells people what to repeat.</source>
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
        <source>New delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing delegated to {name} yet. Hand over an outcome, not a task list: say what must be true at the end, the limits, and who decides what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear outcomes, limits and decision rights let people own the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is true when it is done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints and non-negotiables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget, deadlines, quality bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed check-in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and how you will look at it together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we decide together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reasoning, so you can revisit it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
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
        <source>Nothing about {0} yet. One-on-ones, coaching, plans, recognition, delegations, blockers and tasks that slipped all show up here, newest first.</source>
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
        <source>Who is this answer from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who it&apos;s from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous answer is kept with no name at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who the answer is from first — Anonymous if you&apos;d rather not say.</source>
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
        <source>Feedback by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As your manager, what is one thing I should start doing, one thing I should stop doing, and one thing I should keep doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a one-on-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person</source>
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
        <source>Closed</source>
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
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned means the tasks in your plan when you confirmed it (carried-over tasks included). Tasks added later are counted on their own and don&apos;t change the figure. A week whose plan you never confirm is not counted: it shows as not planned, not as 0%.</source>
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
        <source>Here you collect what your team thinks you should start, stop and continue doing, gathered into themes you can act on one at a time.</source>
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
        <source>This week joins the line on Friday, when you review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as a PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
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
        <source>Delivery reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trend appears after two weeks of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead or manage?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-ones held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you have planned a week and reviewed it, here you will see how delivery, team health and your practice change from week to week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a plan and move tasks to Done to see how much of it the team delivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the week a score from 1 to 5 in Friday&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a two-week practice in the Practice tab and tick the days you did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cycle so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days done, {0}: {1}</source>
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
        <source>Which side is this?</source>
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
        <source>Your plan is in: this week joins the line on Friday, when you review it.</source>
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
        <source>Tasks that slip show here, week by week. Give each a cause in the Friday review (estimate, dependency, absence…) to see what makes work slip.</source>
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
        <source>Lessons are what a week taught you: what happened, what you learned and what you will do differently, from the Friday review or whenever something sticks.</source>
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
        <source>Open action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipped task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your item</source>
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
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting time</source>
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
        <source>their one-on-one booked that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one-on-one booked that day yet: choose its time</source>
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
        <source>How often</source>
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
        <source>What worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What got easier, what did people notice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What didn&apos;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where did it slip, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;ll change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One adjustment for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise one leading and one managing habit for two weeks, ticking each day you did it: small and daily beats big and occasional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two behaviours</source>
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
        <source>How often: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often you mean to do it; adherence counts against this.</source>
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
        <source>When the cycle starts</source>
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
        <source>Come back then to tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cycle starts today: tick each behaviour once you&apos;ve done it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cycle starts today, {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cycle starts {0} — the first working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cycle starts {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End early…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ done   – skipped   ✗ missed   ? today   • planned day   · Space: done, S: skip, N: note, Delete: clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice message</source>
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
        <source>{0} hasn&apos;t come yet — you can tick it on the day or after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a day off in this cycle (working days only), so there&apos;s nothing to tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is outside this cycle, so it can&apos;t be ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this cycle early? The days ticked so far stay in the history, where you can also delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days are ticked in this cycle; end it early first, then delete it from the cycles so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this cycle of “{0}” and “{1}”? Nothing is ticked yet, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this cycle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cycle stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cycle to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cycle that ran its two weeks stays in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early: you can delete it if you&apos;d rather not keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was ticked: you can delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the cycle of “{0}” and “{1}” ({2} – {3})? Its ticks go with it. This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
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
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a result the team is there to deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something the team does to get there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What behaviour does this number encourage?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count of activity on its own can be met without helping anyone. Add an outcome it is meant to move, so the two keep each other honest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets closed within SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code reviews done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a number, like 92 or 4.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the metric a name, like “Code reviews done”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is too long: keep it to a short line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit is too long: a word or a sign, like % or hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a metric called “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cycle…</source>
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
        <source>Daily reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a day: days you wrote about are in bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write freely: it is kept as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of the reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn into a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a lesson from this entry: its first line becomes the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reflection of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your lessons: “{0}”</source>
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
        <source>set ✓. Next: plan the work and confirm the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} checked in.</source>
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
        <source>No plan for this week yet: a plan gives your team one direction, and Friday&apos;s review something to look back on.</source>
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
        <source>delivery, 8 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team health: this week&apos;s pulse score, 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the week&apos;s outcome in Monday: set direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery: plan not confirmed</source>
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
        <source>Start with one outcome for the week; the rest follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
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
        <source>✓ This week&apos;s plan is confirmed ({0}, {1:%H:%M}). Friday&apos;s delivery figure counts the tasks in it then; tasks added from now on count as added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
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
        <source>Towards goal</source>
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
        <source>Kind of criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain done, a quality check, or an approval someone signs off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approves it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver:</source>
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
        <source>Re-scope a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” didn&apos;t fit this week. What smaller piece goes on next week, and who owns it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smaller task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The first half, or a draft to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of the smaller task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort of the smaller task in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort size of the smaller task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry it into next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “{0}” dropped? One specific sentence helps next Friday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The customer cancelled the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of reason: Insights counts them over the weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{0}” on {1}: “{2}” moved to next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{0}” on {1}: “{2}” dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{0}” on {1}: nothing moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the plan this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task under “{0}”</source>
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
        <source>Who checks the work?</source>
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
        <source>Team&apos;s hours</source>
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
        <source>Task deep-work block {0} protects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task this block is kept free for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours kept free for the unexpected: they count against the hours available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the buffer for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protects no task</source>
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
        <source>{0} still open: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: blocked since {1} — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next step is due today: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next step was due {2}: {1} — did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s next step is due today: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s next step was due {2}: {1} — did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked since {0}: {1} — still in the way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step from the check-in (due {0}): {1} — did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step from the check-in: {0} — did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {0:g} h planned for {1:g} h available. Something will slip; worth choosing what now rather than on Thursday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:g} h of work planned for {1:g} h available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:g} h of work planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({0:g} h less a {1:g} h buffer.)</source>
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
        <source>Monday · Set direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday · Plan the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday · Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday · Improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday · Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday · Review</source>
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
        <source>Your board shows every task of the week, from not started to done, as soon as you plan who does what.</source>
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
        <source>Work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the week&apos;s direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One measurable outcome, why it matters, at most three priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15-minute check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each person finished, what is next, and what is in their way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One coaching conversation and one small change to how the team works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short stakeholder update and one decision made visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shipped, what slipped and why, one lesson, one thank-you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday&apos;s plan is still open — set this week&apos;s direction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week&apos;s Friday review is still open — look back on it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in with the team yet this week — fit in 15 minutes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-one with {0} at {1} — add a point or two to the agenda?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for the improvement-plan check-in with {0} (planned for {1})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short, regular look at progress catches blockers early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three is the limit: to add one, set another aside with “Set aside…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no more priorities can be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: plan the work →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tasks, then confirm the plan there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, add the tasks and their owners under “Plan the work”; you confirm the plan there, once the tasks are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside priority {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this priority with another one, say why, and choose what happens to its tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a checklist for priority {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the items of a checklist that is in place as quality checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week has at most three priorities: with more, none gets the focus it needs. Set one aside to make room for “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task — press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m done planning — confirm this week&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one task first, each with one owner. When they&apos;re all in, confirm the plan here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the tasks in? Confirm the plan: Friday&apos;s delivery figure is measured against the tasks in it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one task first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task under “{0}” — press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task, with no priority yet — press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
Blocked: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Carried to next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each person on the team: what&apos;s done, what&apos;s next, what&apos;s in the way and what would unblock it, and the next concrete step with a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: tasks this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s in the way? (empty: nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: next step due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written earlier: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: what would unblock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you need a decision, a resource, or a quick review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: who can unblock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can unblock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All their work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the task it holds up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: reopen blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: blocker resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what is in the way first, then resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↻ Recurring since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth fixing the process: seen in the week of {0}: “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach one person, improve one system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition of done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
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
        <source>Edit improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the improvement is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Pre-review checklist</source>
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
        <source>Items or words of the improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once it is in place, you can add these items to a priority&apos;s “Done when” in one click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s words, or how the handoff goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moves to make room?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s plan is confirmed. Adding “{0}” takes time from something else: what moves to make room for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task that moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing moves — there is room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the plan changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The customer escalated the outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday&apos;s two halves</source>
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
        <source>Improvements under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New improvement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement under way. Pick one thing that keeps going wrong and write down the template, handoff or checklist that would stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team now works with. A checklist here can become a priority&apos;s “Done when” on the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaching</source>
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
        <source>✓ Wednesday is done: someone was coached and an improvement moved on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching ✓ — still missing: an improvement worked on this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement ✓ — still missing: a coaching conversation this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing: a coaching conversation and an improvement worked on this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In place since the week of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started in the week of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal is a bigger outcome than one week&apos;s: something the team reaches over a quarter or a few months, one weekly outcome at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the goal is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Customers get a first answer within the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the goal matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is better off when it is reached, and how?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How success is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Median first answer under 60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon of the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day the goal should be reached by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the goal closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the goal is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How success is measured now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What got it there? What would you repeat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you learn that changed the goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What made it no longer worth the team&apos;s time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old words are kept with the weeks that served them; this week and later weeks move to the new words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal this week&apos;s outcome moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a bigger goal that weekly outcomes move towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal — this week stands on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals above the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open goal. A goal is the bigger outcome — this quarter, the next six months — that your weekly outcomes move towards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link each week&apos;s outcome to the goal it moves, in “Towards goal” above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success looks like: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries on as “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close goal {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved, changed or dropped: say which, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen goal {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “{0}” again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal not reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align outside the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what the people who depend on your team expect, ask for the decisions you need, send them a short update, and write down the decisions you made where everyone can find them.</source>
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
        <source>Stakeholder update, formatted</source>
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
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients of the stakeholder update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent after all</source>
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
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers your team lives by. An outcome is what the team is there to deliver; an activity is something it does to get there. You enter this week&apos;s values in the Friday review, and Insights charts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer asked for on Fridays; its weeks stay in Insights and exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure where to start? Many teams pair an outcome with an activity, like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tickets closed within SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %, hours, tickets — or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 95 — or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which way is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations checked outside the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint: with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they expect, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectation checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the expectation confirmed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions needed from others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision needed from whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision needed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision needed deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names separated by commas. People of your team are linked to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone of your team as consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction: where the team is going. Operational: how the work runs.</source>
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
        <source>No one in your team yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That decision was already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
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
        <source>Edit the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time I will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. delegation, planning</source>
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
        <source>No tasks were planned this week, so nothing could slip: plan a few, and on Friday this is where you see what shipped and what did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the week&apos;s tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause of “{0}” slipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ This week is closed: the review is done. Reopen it to change something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When everything above says what you want, close the week: the review then counts as done and stops being asked for. You can reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — without its priority “{0}”: next week has three already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (already under way next week, so it stays there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Re-scoped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Re-scoped as “{0}” ({1}), next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Dropped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet: carry it over, re-scope it or drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Still to decide: carry it over, re-scope it or drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is behind the number? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — on target ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — not reached this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besides delivery and team health, which numbers does your team live by? Define one, and each Friday you note its value here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week is closed: reopen it to change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the number too: a note is kept with its value.</source>
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
        <source>Where “{0}” went</source>
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
        <source>Set one outcome for the week, why it matters, and who does what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 15-minute check-in: done, next, and what is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach one person; improve one small thing about how you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the people around your team where things stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review what shipped and slipped, keep a lesson, thank someone.</source>
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
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;While you were away:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is protected with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect your journal with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal and its backups are rewritten encrypted. You&apos;ll type the passphrase each time LeadJournal starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal and its backups are rewritten with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal and its backups are rewritten unencrypted: anyone who can read your files can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept my passphrase somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box to confirm you have kept the passphrase safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was hidden because the computer was left alone. Type your passphrase to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t match. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to an earlier copy of your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal as it is now is backed up first, so restoring can be undone by restoring that copy. Each backup below opened and passed its check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. LeadJournal takes one every day you open it and each time you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring moves the unreadable file aside (it is kept, with the time in its name) and puts your newest good backup in its place: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup in this folder. You can open another folder, or quit and keep the file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, or a kind: decision, lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a kind to see it first: decision, lesson, one-on-one, feedback, task, person, priority, check-in, coaching, delegation, practice. “decision budget” finds decisions about the budget. Enter opens the selected result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” leaves this week&apos;s priorities to make room for another. Name what takes its place and why: the week keeps both on its “Set aside this week” list, for the stakeholder update and Friday&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters more this week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Finance needs the report by Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why set it aside?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them to the new priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry them to next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop them (they stay in this week, marked dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no open tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to fill in: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It had no open tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;, replaced by “{1}” — why: {2}. {3} &lt;i&gt;({4})&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;, parked — why: {1}. {2} &lt;i&gt;({3})&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open LeadJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock LeadJournal to tick today&apos;s practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit LeadJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick today&apos;s practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action items</source>
        <extracomment>English for exactly one: %n action item</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items, no notes yet</source>
        <extracomment>English for exactly one: %n agenda item, no notes yet</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blockers</source>
        <extracomment>English for exactly one: %n blocker</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in lines</source>
        <extracomment>English for exactly one: %n check-in line</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching conversations</source>
        <extracomment>English for exactly one: %n coaching conversation</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies of your journal that your passphrase does not protect are still in {0}: delete them if you don&apos;t need them.</source>
        <extracomment>English for exactly one: %n copy of your journal that your passphrase does not protect is still in {0}: delete it if you don&apos;t need it.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegations</source>
        <extracomment>English for exactly one: %n delegation</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <extracomment>English for exactly one: %n entry</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback requests no longer list them as asked</source>
        <extracomment>English for exactly one: %n feedback request no longer lists them as asked</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback responses they gave</source>
        <extracomment>English for exactly one: %n feedback response they gave</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goals are open: with this many, none of them gets the focus it needs.</source>
        <extracomment>English for exactly one: %n goal is open.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement plans</source>
        <extracomment>English for exactly one: %n improvement plan</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <extracomment>English for exactly one: %n item</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons stay but no longer point to them</source>
        <extracomment>English for exactly one: %n lesson stays but no longer points to them</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new records</source>
        <extracomment>English for exactly one: %n new record</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n one-on-ones</source>
        <extracomment>English for exactly one: %n one-on-one</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recognitions</source>
        <extracomment>English for exactly one: %n recognition</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records that are different</source>
        <extracomment>English for exactly one: %n record that is different</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminders while you were away</source>
        <extracomment>English for exactly one: %n reminder while you were away</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <extracomment>English for exactly one: %n result</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slipped tasks have no cause yet: choose one for each in the Friday review.</source>
        <extracomment>English for exactly one: %n slipped task has no cause yet: choose one in the Friday review.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks carried over will come with it.</source>
        <extracomment>English for exactly one: %n task carried over will come with it.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks they owned become “Unassigned”</source>
        <extracomment>English for exactly one: %n task they owned becomes “Unassigned”</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <extracomment>English for exactly one: %n time a week</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <extracomment>English for exactly one: %n week</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks are left out: their plans were never confirmed.</source>
        <extracomment>English for exactly one: %n week is left out: its plan was never confirmed.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks of progress</source>
        <extracomment>English for exactly one: %n week of progress</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks recorded</source>
        <extracomment>English for exactly one: %n week recorded</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <extracomment>English for exactly one: (and %n more)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked {0} · {1} · {2} — %n answers so far</source>
        <extracomment>English for exactly one: Asked {0} · {1} · {2} — %n answer so far</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked for %n days</source>
        <extracomment>English for exactly one: Blocked for %n day</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete this answer and its %n items? This can&apos;t be undone.</source>
        <extracomment>English for exactly one: Delete this answer and its %n item? This can&apos;t be undone.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n closed goals</source>
        <extracomment>English for exactly one: Hide %n closed goal</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records from {0}</source>
        <extracomment>English for exactly one: Imported %n record from {0}</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n open tasks</source>
        <extracomment>English for exactly one: Its %n open task</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n tasks carried to next week.</source>
        <extracomment>English for exactly one: Its %n task carried to next week.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n tasks dropped.</source>
        <extracomment>English for exactly one: Its %n task dropped.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n tasks moved to the new priority.</source>
        <extracomment>English for exactly one: Its %n task moved to the new priority.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n weeks whose plans were never confirmed ({0}).</source>
        <extracomment>English for exactly one: Left out: the week of {0}, whose plan was never confirmed.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n closed goals</source>
        <extracomment>English for exactly one: Show %n closed goal</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart shows {0} of %n goals: open goals first, then those with the most weeks.</source>
        <extracomment>English for exactly one: The chart shows {0} of %n goal.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You already have %n tasks in progress (your limit is {0}). Starting another spreads your time thinner. Start it anyway?</source>
        <extracomment>English for exactly one: You already have %n task in progress (your limit is {0}). Starting another spreads your time thinner. Start it anyway?</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} already has %n tasks in progress (the limit is {1}). Starting another spreads their time thinner. Start it anyway?</source>
        <extracomment>English for exactly one: {0} already has %n task in progress (the limit is {1}). Starting another spreads their time thinner. Start it anyway?</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n lessons</source>
        <extracomment>English for exactly one: {0} of %n lesson</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n planned tasks done last week</source>
        <extracomment>English for exactly one: {0} of %n planned task done last week</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n planned tasks done this week</source>
        <extracomment>English for exactly one: {0} of %n planned task done this week</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n planned weeks moved no goal.</source>
        <extracomment>English for exactly one: {0} of %n planned week moved no goal.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} · {1}
%n items</source>
        <extracomment>English for exactly one: {0} · {1}
%n item</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more goals</source>
        <extracomment>English for exactly one: … and %n more goal</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confused about goals or priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low energy or morale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resisting a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaotic: unclear who does what, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconsistent quality or follow-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefighting instead of planned work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing flagged: keep the rhythm of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lean into leading: direction, the why, and the people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lean into managing: owners, dates and follow-through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both at once: one leading move and one managing move this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the week&apos;s direction, plan who does what, and review on Friday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-ones, coaching conversations and the people you look after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what you learned, and what you will do differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start/Stop/Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback you asked for about yourself, grouped by theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One leadership and one management habit, practised for two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How delivery, team health and your practice change over the weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered — not by you, not by anyone at LeadJournal. Without it, the journal and its backups stay unreadable for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {0} characters; a short sentence works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today, not ticked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked for that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planned day, still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a week, on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a week, any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, choose a new pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence {0} ({1} of {2} times) · streak {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged “{0}”, like this week&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares “{0}” and “{1}” with this week&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quick review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} from {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} can unblock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps coming back at the check-in (first seen the week of {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: make this Wednesday&apos;s improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improve it Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this Wednesday&apos;s improvement: it keeps coming back, so fix how the team works, not just this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Wednesday&apos;s improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Resolved {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Still open since {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: blocker from an earlier week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last next step (due {0}): {1} — did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last next step (week of {0}): {1} — did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: last next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: did it happen? {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most this week, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What got in the way today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did I help grow?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who needed to hear from me today, and did they?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well this week, and what will I change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking back on the week, what stays with me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, until {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal closes as achieved, changed or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words why, so later you remember what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the goal is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A changed goal carries on in its new words: open that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That goal is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what the goal is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day the goal should be reached by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried to next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-scoped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day of the week for deciding on changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most three must-haves: park the others for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one must-have for this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a work-in-progress limit from 1 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week has three priorities: put the targets under one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the rollout a name: what is changing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one department the change reaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last full quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 13 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of my choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a few ways to say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample phrasings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading and managing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ten differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both halves of the job matter every week. The question is which one the team needs more of right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where LeadJournal helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each playbook writes real entries into this week — priorities, parked items, decisions, checklists — that you can change afterwards like anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open improvement plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The entries are in this week&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollouts across departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in a later week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s feedback: what did the departments say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s feedback on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step is done: this is the rollout&apos;s last week on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week} · {done} of {total} steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and the weeks that moved them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks of progress per goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks of progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and their weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a goal on Monday&apos;s Direction step and link each week&apos;s outcome to it: here you will see which goals the weeks moved, and which weeks moved none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target {0}, lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define the numbers your team lives by — an outcome like tickets closed within SLA, an activity like code reviews done — and each Friday&apos;s values are charted here against their targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question about your metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this metric&apos;s value in the Friday review to see it week by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first metric…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
