"""Interface wording (not medical content: that comes only from the knowledge base)."""

WELCOME = (
    "Hi {name}! I'm your microneedling aftercare assistant from {clinic}.\n\n"
    "Ask me anything about caring for your skin after your treatment, and I'll check in with you each day."
)
DISCLAIMER = (
    "I give your clinic's aftercare guidance, not a diagnosis. In an emergency — trouble breathing, or "
    "swelling of the lips, tongue or throat — call your local emergency number straight away."
)
ASK_DATE = "When was your treatment? Tap a button, or type the date (like 2026-11-20, 20 Nov or 3 days ago)."
TYPE_DATE = "Type the date of your treatment, like 2026-11-20, 20 Nov or 3 days ago."
DATE_SET = (
    "Got it: your treatment was on {date} (day {day} today). I'll check in each day at {time} for "
    "{days} days. Ask me anything, or see /today for your plan."
)
CHECKINS = "I'll check in each day at {time} for {days} days. Ask me anything, or see /today for your plan."
DATE_PROBLEMS = {
    "future": "That's in the future. Please send the date (and time) your treatment already happened.",
    "impossible time": "That time doesn't exist on the clock. Please check it, e.g. yesterday 10:30 or today at 3pm.",
    "impossible": "That date doesn't exist on the calendar. Please check it, e.g. 2026-11-20.",
    "too old": "That's more than a year ago. Please check the date, e.g. 2026-11-20.",
}
DATE_UNKNOWN = "I couldn't read that date. Please use a form like 2026-11-20, 20 Nov or 3 days ago."
NO_DATE = "I don't know your treatment date yet. Send /date to set it, and I'll personalise my answers."
CURRENT_DATE = (
    "Your treatment date is {date} (day {day} today), {time}. To change it: /date 2026-11-20, "
    "/date yesterday or /date yesterday 10:30."
)
TIME_EXACT = "at {clock}"
TIME_ASSUMED = "time of day not exact, so I count from {clock} to be safe"
ASK_TIME = (
    "What time of day was it? Tap a button, or type it (like 10:30 or 3pm). Until then I count from "
    "{clock} to be safe, so no rule ends too early."
)
NOT_SURE = "Not sure"
TIME_SET = "Thanks: I'll count from {clock} on {date}, the latest it could have been, so no rule ends too early."
TIME_SET_EXACT = "Got it: your treatment was on {date} at {clock} (day {day} today)."
STALE_TIME = (
    "That button was for an earlier treatment date; yours is {date}. To set the time, type it like "
    "/date yesterday 10:30."
)
CONFIRM_DATE = "Change your treatment date from {current} to {new}? Your daily check-ins start again from the new date."
CONFIRM_OLD_BUTTON = "That button is from {issued}, so it means {new}. Set your treatment date to {new}?"
CONFIRM_YES = "Yes, {new}"
CONFIRM_KEEP = "Keep {current}"
KEPT_DATE = "OK: your treatment date stays {date}."
SAME_DATE = "Your treatment date is already {date}: nothing changed."
STALE_CONFIRM = "That question is out of date: your treatment date is {date}. To change it: /date 2026-11-20."
NON_TEXT = (
    "I can only read text messages. Please describe in words what you'd like to ask or what you see. "
    "If you're worried about your skin, contact your skincare professional."
)
NON_TEXT_SHARED = (
    "I've passed this on to your clinic's care team, who are looking at your concern. I can only read text "
    "myself, so please also describe in words what you see."
)
UNKNOWN_COMMAND = "I don't know that command. See /help for what I can do."
PRIVATE_ONLY = "My buttons only work in a private chat with me."
SLOW_DOWN = (
    "That's a lot of messages at once, so I'll pause my answers for a few seconds. I still read everything: "
    "if you describe a worrying symptom, I'll reply straight away."
)
STALE_BUTTON = "That button is no longer active."
TODAY_HEADER = "Day {day} after your treatment"
TODAY_RESTRICTED = "Still off-limits"
TODAY_OPENED = "Fine again from today"
TODAY_ALLOWED = "Fine now"
TODAY_NOTHING = "All the time-bound rules are over. Keep using SPF 30+ outdoors and follow your professional's advice."
TOPICS = "Pick a topic:"
PAUSED = "Daily check-ins are paused. Send /resume to restart them."
RESUMED = "Daily check-ins are back on, at {time} each day."
NO_CHECKINS = "You have no check-ins yet: set your treatment date with /date first."
FORGET_CONFIRM = (
    "This deletes everything I've stored about this chat: your treatment date, check-ins and any concerns "
    "you reported. If the clinic hasn't received a concern yet, it still gets a short notice (without your "
    "details). Delete everything?"
)
FORGET_YES = "Yes, delete everything"
FORGET_NO = "No, keep it"
FORGET_KEPT = "Nothing was deleted."
FORGOTTEN = "Done: I've deleted everything stored about this chat. Send /start if you'd like to begin again."
ALREADY_ANSWERED = "Already noted, thank you."
CHECKIN_ANSWERED = "Day {day} check-in: {answer}"
CLINIC_CONTACT = "Your clinic: {contact}"
STAFF_CONTACT = "⚠️ Patient may need follow-up"
STAFF_EMERGENCY = "🚨 URGENT: patient reports emergency symptoms (told to call emergency services)"
STAFF_FORGOTTEN = (
    "⚠️ A patient with an open concern erased their data with /forget before their notice could be delivered. "
    "Their details are gone; if a patient gets in touch about a concern, please follow up."
)
STAFF_FORGOTTEN_URGENT = (
    "🚨 A patient who reported emergency symptoms (and was told to call emergency services) erased their data "
    "with /forget before their notice could be delivered. Their details are gone; if a patient gets in touch "
    "about it, please follow up."
)
STAFF_BODY = "Patient: {name} (chat id {chat_id})\nDay after treatment: {day}\nSymptoms: {symptoms}\nMessage: {message}"
ERROR = "Sorry, something went wrong on my side. Please try again in a moment."

PRIVACY_NOTE = (
    "Privacy: if you report a concern, your clinic's care team sees your messages about it here until they "
    "close it, and may reply to you in this chat."
)
STAFF_GONE = "This concern no longer exists (the patient erased their data)."
STAFF_ACKED = "Acknowledged."
STAFF_RESOLVED = "Resolved."
STAFF_ALREADY = "Someone already did that."
STAFF_REMINDER = "⏰ Reminder {step}/{of}: {level} for {who} is not acknowledged after {age}."
STAFF_LAST_REMINDER = " Last reminder: it stays listed in /open."
STAFF_TO_PATIENT = "Message from {clinic}: "
STAFF_DELIVERED = "✓ Delivered to {name}."
STAFF_NOT_DELIVERED_BLOCKED = "✗ Not delivered: the patient has blocked the bot."
STAFF_NOT_DELIVERED_ERASED = "✗ Not delivered: the patient erased their data."
STAFF_NOT_DELIVERED_UNKNOWN = (
    "✗ Not delivered: no patient is linked to that message any more (the patient may have erased their data).")
STAFF_NOT_DELIVERED_ERROR = "✗ Not delivered: Telegram refused it ({reason}). Try again in a moment."
STAFF_NOTE_SAVED = "📝 Note saved with the escalation (internal: the patient does not see it)."
STAFF_NOTE_EMPTY = "Write the note after the command: /note called, no answer"
STAFF_NOTE_WHERE = "Send /note in a patient's thread (or as a reply to their card)."
STAFF_MIRROR = "💬 {who}: "
STAFF_PATIENT_ERASED = "🗑 The patient deleted all their data with /forget. This thread is closed."
STAFF_NONE_OPEN = "No open concerns."
STAFF_NO_PATIENT = "No patient with the reference or chat id {key}."
STAFF_STATS_USAGE = "Usage: /stats or /stats 7 (a number of days, 1–3650)."
