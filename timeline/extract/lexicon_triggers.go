package extract

import (
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// triggerInfo says how a phrase reports a diplomatic event.
type triggerInfo struct {
	Kind timeline.Kind
	// Object: a verb whose direct object is the other party ("met Putin",
	// "visited Moscow", "hosted the Emir").
	Object bool
	// With: only an event when the other party follows with "with",
	// "between" or "among", or a hyphenated pair precedes ("call with X",
	// "U.S.-Russia talks"); bare "a call" may be a demand, bare "meeting" a
	// board meeting.
	With bool
	// Convertible: a conversation that becomes a call when a phone or video
	// cue is in the sentence or the headline ("spoke with", "talks").
	Convertible bool
	// Base: a base-form verb ("meet", "visit"); with "to" or a modal before
	// it the event is planned.
	Base bool
	// Destination: the object is a place or country visited ("trip to",
	// "arrived in").
	Destination bool
	// Noun: a noun that, as "The call …" opening a sentence, refers back to
	// an event reported earlier in the article.
	Noun bool
}

// triggerRows are the phrases that report a diplomatic event. A phrase is
// written in lower case and matched regardless of case.
var triggerRows = []struct {
	Phrases []string
	Info    triggerInfo
}{
	// Calls.
	{[]string{"phone call", "phone calls", "telephone call", "telephone calls", "video call", "video calls", "video link", "videoconference", "video conference", "video-conference", "videoconferences", "teleconference", "phone conversation", "phone conversations", "telephone conversation", "telephone conversations", "telephone talks", "phone talks", "telephone talk", "phone talk", "video meeting"}, triggerInfo{Kind: timeline.Call, Noun: true}},
	{[]string{"phoned", "telephoned", "phones", "telephones", "dialled", "dialed", "dials", "rang"}, triggerInfo{Kind: timeline.Call, Object: true}},
	{[]string{"call", "calls"}, triggerInfo{Kind: timeline.Call, With: true, Noun: true}},
	// Conversations: talks, or a call with a remote cue.
	{[]string{"spoke", "speak", "speaks", "speaking", "talked", "talking", "chatted", "conferred"}, triggerInfo{Kind: timeline.Talks, With: true, Convertible: true, Base: true}},
	{[]string{"talk", "talks", "conversation", "conversations"}, triggerInfo{Kind: timeline.Talks, With: true, Convertible: true, Noun: true}},
	{[]string{"held talks", "hold talks", "holds talks", "holding talks", "had talks", "have talks", "will hold talks"}, triggerInfo{Kind: timeline.Talks, Convertible: true}},
	{[]string{"negotiations", "negotiation", "consultations", "peace talks", "bilateral talks", "round of talks"}, triggerInfo{Kind: timeline.Talks, With: true, Noun: true}},
	{[]string{"negotiated", "negotiate", "negotiating", "consulted", "consult"}, triggerInfo{Kind: timeline.Talks, With: true}},
	// Meetings.
	{[]string{"met", "meet", "meets", "sat down", "sit down", "hosted", "host", "hosts", "hosting", "received", "receives", "welcomed", "welcomes", "welcome", "welcoming"}, triggerInfo{Kind: timeline.Meeting, Object: true, Base: true}},
	{[]string{"meeting", "meetings", "virtual meeting", "bilateral meeting"}, triggerInfo{Kind: timeline.Meeting, Object: true, Noun: true}},
	// Visits.
	{[]string{"visit", "visits", "state visit", "official visit", "working visit"}, triggerInfo{Kind: timeline.Visit, Object: true, Destination: true, Base: true, Noun: true}},
	{[]string{"visited", "visiting", "tour of", "toured"}, triggerInfo{Kind: timeline.Visit, Object: true, Destination: true}},
	{[]string{"trip to", "travel to", "travels to", "traveled to", "travelled to", "traveling to", "travelling to", "arrived in", "arrives in", "arrive in", "arriving in", "flew to", "fly to", "flies to", "journey to", "landed in"}, triggerInfo{Kind: timeline.Visit, Destination: true, Base: true}},
	// Summits, conferences, multilateral sessions.
	{[]string{"summit", "summits", "summit meeting", "conference", "conferences", "ministerial", "ministerial meeting", "plenary session", "session", "leaders' meeting", "leaders meeting", "leaders' summit", "council meeting"}, triggerInfo{Kind: timeline.Summit, Noun: true}},
}

// notEventBefore are words that, right before a trigger, make it something
// else than a diplomatic event: a "press conference", a "business meeting", a
// "hospital visit", a "campaign trip".
var notEventBefore = vocab.Words("press news business board shareholders shareholder annual cabinet staff campaign hospital site school church factory plant home house family town hall city union party committee fund-raising fundraising emergency strategy planning sales church-going prayer earnings investor investors wake-up conference roll")

// notEventAfter are words that, right after a trigger, make it something
// else: "a call for calm", "called on", "calls to end", "visit permits".
var notEventAfter = vocab.Words("for on to centre center center's records record log logs number numbers line lines bill bills permits permit visa hours card cards sign signs booth")

// negations before a trigger in its clause say the event did not happen.
var negations = vocab.Words("not n't never no neither nor without refused declined rejected refuses declines rejects failed fails cannot can't won't didn't don't doesn't wouldn't haven't hasn't")

// statusCues mark a planned, cancelled or postponed event when they occur in
// the trigger's clause. Cancelled and postponed win over planned.
var statusRows = []struct {
	Phrases []string
	Status  timeline.Status
}{
	{[]string{"cancelled", "canceled", "cancel", "cancels", "cancelling", "canceling", "called off", "call off", "calls off", "scrapped", "scrap", "scraps", "abandoned", "shelved"}, timeline.Cancelled},
	{[]string{"postponed", "postpone", "postpones", "delayed", "delay", "delays", "rescheduled", "reschedule", "put off", "pushed back", "deferred"}, timeline.Postponed},
	{[]string{"will", "'ll", "shall", "would", "set to", "is to", "are to", "to hold", "to meet", "to visit", "to travel", "to host", "to speak", "to talk", "to hold talks", "plan to", "plans to", "planned", "planning", "scheduled", "upcoming", "expected to", "due to", "starting", "forthcoming", "proposed", "going to", "intends to", "agreed to", "hopes to", "invited", "possible", "potential", "possibility", "prospective"}, timeline.Planned},
}

// remoteKind is what a conversation trigger with a phone or video cue becomes.
var remoteKind = timeline.Call

// definiteRefs are determiners that make a bare trigger noun refer to an
// event reported elsewhere in the article ("the call", "that meeting").
var definiteRefs = vocab.Words("the this that these those their his her its")

// backRefs are the determiners that, opening a sentence before a bare event
// noun, refer back to an event already reported: "The call comes days
// before …", "This visit is of historical significance."
var backRefs = vocab.Words("the this that")

// headlineConvertible are the conversation words that a phone or video cue
// of the headline turns into a call: in a story headlined "… after call
// with Biden", "spoke with" and "held a talk" are that call. Plural "talks"
// is left alone: it often names a process ("talks with NATO").
var headlineConvertible = vocab.Words("spoke speak speaks speaking talked talk chatted conferred conversation")

// modeWords before a call noun make it the means of another event ("talks
// … via videoconference"), not an event of its own.
var modeWords = vocab.Words("via by over through")

// formatNotEventAfter are nouns after a format's name that make it a
// modifier ("the Normandy format accords") rather than a session.
var formatNotEventAfter = vocab.Words("accords accord agreements agreement declaration declarations commitments decisions documents document framework principles obligations mechanism process")

// formatNotEventBefore are words before a format's name that make it the
// frame of something else ("agreements reached within the Normandy
// format").
var formatNotEventBefore = vocab.Words("within under")

// subjectSkip are the words that may stand between a subject and its event
// word: auxiliaries, adverbs, articles and adjectives of the event noun
// ("Biden will hold a secure video call", "officials are set to meet").
var subjectSkip = vocab.Words("will would shall can could may might must is are was were be been being has have had do does did to set also then later again already finally first reportedly personally jointly expected due scheduled planned plans plan planning going agreed agree hope hopes hoped want wants wanted intend intends intended ready held hold holds holding having a an the secure brief lengthy long short official bilateral trilateral private closed-door phone telephone video virtual separate separately formal informal in-person direct second third last new further another face-to-face on ( ) 's ’s reportedly today yesterday recently once soon just both all two three leaders earlier subsequently instead still each other frequently regularly successfully productive constructive fruitful")

// temporalRefs are prepositions that, before "the call", "the talks", use
// the event as a time reference for another one ("ahead of the call").
// The value is how the other event's range is bounded.
var temporalRefs = map[string]refBound{
	"ahead":     boundBefore,
	"before":    boundBefore,
	"prior":     boundBefore,
	"preceding": boundBefore,
	"after":     boundAfter,
	"following": boundAfter,
	"since":     boundAfter,
}

// refBound says how a date is bounded by a referenced event.
type refBound int

const (
	boundNone   refBound = iota
	boundBefore          // the last day becomes the day before the event
	boundAfter           // the first day becomes the event's first day
)

// prepositionOpeners begin a sentence-initial phrase whose event has the
// main clause's subject as its other party: "During a call with X, Biden …".
var prepositionOpeners = vocab.Words("during after before following in at ahead prior soon shortly on upon")

// genericCueRows, in the few words before an event word of the same
// clause, make the event a topic, a wish or a proposal rather than
// something that happened or is scheduled: "the need for talks", "a
// proposal for a meeting", "called for negotiations", "ready for
// dialogue", "the resumption of talks", "the importance of starting talks".
// Such a mention is kept only when it carries a date of its own ("called
// for talks on Friday" still names a day someone can check).
var genericCueRows = []string{
	"need for", "needs for", "need to", "necessity of", "necessity for", "importance of",
	"proposal for", "proposals for", "proposal of", "proposed", "proposes", "propose",
	"call for", "calls for", "called for", "calling for", "appeal for", "appealed for",
	"urged", "urges", "urging", "push for", "pushed for", "pushing for", "pressed for",
	"ready for", "readiness for", "ready to", "readiness to", "willing to", "willingness to",
	"open to", "prepared to",
	"resumption of", "resuming", "resume", "resumes", "renewal of", "renewing", "renew", "restart", "restarting", "revival of", "reviving", "revive",
	"prospect of", "prospects for", "prospects of", "possibility of", "idea of", "hope for", "hopes for",
	"support for", "supported", "supports", "in favor of", "in favour of", "advocated", "advocates",
	"framework for", "format of", "formats of", "mechanism for", "mechanisms for",
	"offer to", "offers to", "offered to", "offering to", "offer of", "offer for",
}

// genericStateRows, in the few words after an event word, describe a
// state of affairs, not an event: "talks have been cut off for two
// years", "negotiations remain stalled". Like genericCueRows they drop a
// mention that has no date of its own.
var genericStateRows = []string{
	"cut off", "stalled", "frozen", "deadlocked", "broke down", "broken down", "at an impasse", "at a standstill", "remain stalled",
}

// militaryNouns after a country or organisation name armed forces, which
// are not a party to diplomacy: "met with U.S. forces", "visited NATO
// troops", "toured Russian military bases".
var militaryNouns = vocab.Words("forces force troops troop soldiers soldier military army armies navy marines airmen sailors servicemembers personnel units unit commanders contingent contingents garrison garrisons bases base battalion brigade brigades division divisions fleet")

// personalPronouns as the subject of an event word stand for a person
// named in an earlier sentence: "He is expected to meet the Emir later."
var personalPronouns = vocab.Words("he she")
