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
	// Dated: a word of a process as often as of an event ("the ongoing
	// dialogue"): a mention is kept only with a date in its own clause.
	Dated bool
	// Channel: a phrase of how people talked ("by phone"), an event only
	// as an adjunct of a clause that names its sides (see channelSides).
	Channel bool
	// From: the other party may also be named after "from" ("a call from
	// X", "a courtesy call from X").
	From bool
}

// triggerRows are the phrases that report a diplomatic event: vocab's
// triggers table. A phrase is written in lower case and matched regardless
// of case.
var triggerRows = func() (rows []triggerRow) {
	for _, t := range vocab.Triggers() {
		info := triggerInfo{Kind: timeline.Kind(t.Kind), Object: t.Object, With: t.With, Convertible: t.Convertible, Base: t.Base, Destination: t.Destination, Noun: t.Noun, Dated: t.Dated, Channel: t.Channel, From: t.From}
		rows = append(rows, triggerRow{Phrases: t.Phrases, Info: info})
	}
	return rows
}()

// triggerRow is phrases that share a kind and a frame.
type triggerRow struct {
	Phrases []string
	Info    triggerInfo
}

// notEventBefore are words that, right before a trigger, make it something
// else than a diplomatic event: a "press conference", a "business meeting", a
// "hospital visit", a "campaign trip".
var notEventBefore = vocab.Set("not-event-before")

// notEventAfter are words that, right after a trigger, make it something
// else: "a call for calm", "called on", "calls to end", "visit permits".
var notEventAfter = vocab.Set("not-event-after")

// demandCallWords are the call words that, followed by "on", "for" or
// "to", make a demand ("called on X to", "calls for calm"); other call
// words followed by them name their topic ("a videoconference on the
// treaty").
var demandCallWords = vocab.Set("demand-call-words")

// topicPrepositionsAfterCall are the words of notEventAfter that make a
// demand only after a word of demandCallWords.
var topicPrepositionsAfterCall = map[string]bool{"on": true, "for": true, "to": true}

// negations before a trigger in its clause say the event did not happen.
var negations = vocab.Set("negations")

// statusRows mark a planned, cancelled or postponed event when they occur
// in the trigger's clause (vocab's statuses table). Cancelled and
// postponed win over planned.
var statusRows = func() (rows []statusRow) {
	for _, c := range vocab.StatusCues() {
		rows = append(rows, statusRow{Phrases: c.Phrases, Status: timeline.Status(c.Status)})
	}
	return rows
}()

// statusRow is the cue phrases of one status.
type statusRow struct {
	Phrases []string
	Status  timeline.Status
}

// remoteKind is what a conversation trigger with a phone or video cue becomes.
var remoteKind = timeline.Call

// definiteRefs are determiners that make a bare trigger noun refer to an
// event reported elsewhere in the article ("the call", "that meeting").
var definiteRefs = vocab.Set("definite-refs")

// backRefs are the determiners that, opening a sentence before a bare event
// noun, refer back to an event already reported: "The call comes days
// before …", "This visit is of historical significance."
var backRefs = vocab.Set("back-refs")

// headlineConvertible are the conversation words that a phone or video cue
// of the headline turns into a call: in a story headlined "… after call
// with Biden", "spoke with" and "held a talk" are that call. Plural "talks"
// is left alone: it often names a process ("talks with NATO").
var headlineConvertible = vocab.Set("headline-convertible")

// modeWords before a call noun make it the means of another event ("talks
// … via videoconference"), not an event of its own.
var modeWords = vocab.Set("mode-words")

// formatNotEventAfter are nouns after a format's name that make it a
// modifier ("the Normandy format accords") rather than a session.
var formatNotEventAfter = vocab.Set("format-not-event-after")

// formatNotEventBefore are words before a format's name that make it the
// frame of something else ("agreements reached within the Normandy
// format").
var formatNotEventBefore = vocab.Set("format-not-event-before")

// subjectSkip are the words that may stand between a subject and its event
// word: auxiliaries, adverbs, articles and adjectives of the event noun
// ("Biden will hold a secure video call", "officials are set to meet").
var subjectSkip = vocab.Set("subject-skip")

// temporalRefs are prepositions that, before "the call", "the talks", use
// the event as a time reference for another one ("ahead of the call").
// The value is how the other event's range is bounded.
var temporalRefs = func() map[string]refBound {
	m := map[string]refBound{}
	for w := range vocab.Set("temporal-refs-before") {
		m[w] = boundBefore
	}
	for w := range vocab.Set("temporal-refs-after") {
		m[w] = boundAfter
	}
	return m
}()

// refBound says how a date is bounded by a referenced event.
type refBound int

const (
	boundNone   refBound = iota
	boundBefore          // the last day becomes the day before the event
	boundAfter           // the first day becomes the event's first day
)

// prepositionOpeners begin a sentence-initial phrase whose event has the
// main clause's subject as its other party: "During a call with X, Biden …".
var prepositionOpeners = vocab.Set("preposition-openers")

// genericCueRows, in the few words before an event word of the same
// clause, make the event a topic, a wish or a proposal rather than
// something that happened or is scheduled: "the need for talks", "a
// proposal for a meeting", "called for negotiations", "ready for
// dialogue", "the resumption of talks", "the importance of starting talks".
// Such a mention is kept only when it carries a date of its own ("called
// for talks on Friday" still names a day someone can check).
var genericCueRows = vocab.List("generic-cues")

// genericStateRows, in the few words after an event word, describe a
// state of affairs, not an event: "talks have been cut off for two
// years", "negotiations remain stalled". Like genericCueRows they drop a
// mention that has no date of its own.
var genericStateRows = vocab.List("generic-states")

// militaryNouns after a country or organisation name armed forces, which
// are not a party to diplomacy: "met with U.S. forces", "visited NATO
// troops", "toured Russian military bases".
var militaryNouns = vocab.Set("military-nouns")

// personalPronouns as the subject of an event word stand for a person
// named in an earlier sentence: "He is expected to meet the Emir later."
var personalPronouns = vocab.Set("personal-pronouns")

// callOnDay reports a call word at lo, written as a noun ("a call",
// "held separate calls"), whose "on" at hi opens the day it was held: "held
// a call on Friday with X" is a call, where "called on X to resign" is a
// demand and "called on Monday for restraint" too.
func callOnDay(u *unit, lo, hi int) bool {
	if lo == 0 || hi+1 >= len(u.toks) || u.toks[hi].Lower != "on" || !u.inTx[hi+1] {
		return false
	}
	w := u.toks[lo-1].Lower
	return w == "the" || stopDeterminers[w] || eventAdjectives[w] || separateCues[w] || holdVerbs[w]
}

// topicPrepositions introduce, after the other party, what the event was
// about, whose words say nothing of its status.
var topicPrepositions = vocab.Set("topic-prepositions")

// purposeTopicVerbs, after "to" right after the other party of an event,
// open what the event was for (vocab's purpose-topic-verbs).
var purposeTopicVerbs = vocab.Set("purpose-topic-verbs")
