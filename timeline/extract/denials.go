package extract

import (
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file tells a denied event ("did not meet") from one called off
// ("will no longer travel", "did not take place").

// isNegated reports a negation in the few words before a trigger, inside
// its clause: "did not meet", "no talks", "refused to meet".
func isNegated(u *unit, lo int) bool {
	if absentFrom(u, lo) || deniedReport(u, lo) {
		return true
	}
	for k := lo - 1; k >= 0 && k >= lo-4; k-- {
		t := u.toks[k]
		if negations[t.Lower] && !opensCancelCue(u, k) {
			return asPlannedAfter(u, lo) < 0 // (but "will not meet as planned": called off)
		}
		if t.Lower == "out" && k > 0 && rulingOutVerbs[u.toks[k-1].Lower] {
			return true // "ruled out a meeting with X"
		}
		if t.Text == "," || clauseOpeners[t.Lower] || reportingVerbs[t.Lower] {
			return false
		}
	}
	return false
}

// rulingOutVerbs, before "out", deny the event after them: "ruled out a
// meeting", "rules out talks" (vocab's ruling-out-verbs).
var rulingOutVerbs = vocab.Set("ruling-out-verbs")

// deniedReport reports an event word at lo inside a that-clause of
// reports someone denied, with no clause break after the "that": "denied
// reports that X would travel to Lima", "dismissed speculation that the
// two would meet" — what the reports said is no event.
func deniedReport(u *unit, lo int) bool {
	for k := lo - 1; k >= 2 && k >= lo-maxDeniedReach; k-- {
		if u.toks[k].Lower != "that" {
			if u.brk[k] {
				return false
			}
			continue
		}
		if !reportNouns[u.toks[k-1].Lower] {
			return false
		}
		j := k - 2
		if j > 0 && (u.toks[j].Lower == "the" || u.toks[j].Lower == "media") {
			j-- // "denied the reports that", "dismissed media reports that"
		}
		return denialVerbs[u.toks[j].Lower]
	}
	return false
}

// maxDeniedReach bounds the words between the "that" of a denied report
// and its event word: "denied reports that President Pedro Salas would
// travel".
const maxDeniedReach = 12

// reportNouns and denialVerbs: "denied reports that …", "dismissed
// speculation that …" (vocab's report-nouns, denial-verbs).
var (
	reportNouns = vocab.Set("report-nouns")
	denialVerbs = vocab.Set("denial-verbs")
)

// opensCancelCue reports a negation at k that opens a phrase of the
// statuses table saying the event was called off ("will no longer
// travel", "did not take place"): a status of the event, not a denial
// that it was ever planned.
func opensCancelCue(u *unit, k int) bool {
	s, n := lex.status.match(u.toks, k)
	return n > 1 && s == timeline.Cancelled
}

// absentFromSession reports a negation or an absence phrase before the
// name of the organisation whose session the event word at lo is: "will
// not attend the Pacific Alliance summit", "skipped the NATO meeting".
// The session is held without the subject, who is no party of it.
func absentFromSession(u *unit, lo int) bool {
	at := standingStart(u, lo)
	if !orgModifierBefore(u, at) {
		return false
	}
	org := u.ents[u.entEnd[at-1]-1]
	return isNegated(u, org.Lo) || absentFrom(u, org.Lo)
}

// ownAbsence reports an absence phrase governing the event word at
// lo:hi that calls the event off rather than leaving the subject out of
// it: one's own trip ("pulled out of a trip to Bolivia"), or, by a
// phrase of withdrawal, an event of two with "with" right after its word
// ("pulled out of a meeting with X", "skipped talks with X"), which
// cannot be held without the subject: the phrase, "" for none. A
// gathering stayed away from is held without them (absentFromSession).
func ownAbsence(u *unit, lo, hi int, info triggerInfo) string {
	w := absencePhrase(u, lo)
	if w == "" || info.Kind != timeline.Visit && !(hi < len(u.toks) && u.toks[hi].Lower == "with" && withdrawalPhrases[strings.ToLower(w)]) {
		return ""
	}
	return w
}

// withdrawalPhrases are the absence phrases that call off an event of
// two the subject was to hold (vocab's withdrawal-phrases): "pulled out
// of", "skipped"; not "boycotted", a refusal that tells nothing of the
// event ("boycotted the meeting with X").
var withdrawalPhrases = vocab.Set("withdrawal-phrases")

// asPlannedAfter is the index of a phrase of as-planned-phrases a few
// words after the negated event word at lo ("will not meet as planned on
// Monday", "did not travel to Lima as scheduled"), or -1: the plan is
// called off, not denied.
func asPlannedAfter(u *unit, lo int) int {
	for k, words := lo+1, 0; k < len(u.toks) && words <= maxAsPlannedReach; k++ {
		if _, n := asPlannedPhrases.match(u.toks, k); n > 0 {
			return k // ("as" itself breaks a clause)
		}
		if u.brk[k] || u.toks[k].Text == "," {
			return -1
		}
		if u.entAt[k] == 0 && !u.inTx[k] {
			words++ // (names and dates do not count)
		}
	}
	return -1
}

// asPlannedPhrases are vocab's as-planned-phrases, built in init once the
// tokenizer's tables are ready (see genericCues).
var asPlannedPhrases *phraseTable[bool]

func init() { asPlannedPhrases = phraseSet(vocab.List("as-planned-phrases")) }

// maxAsPlannedReach is how many words, names and dates aside, may stand
// between the event word and the phrase: "will not hold talks with X in
// Lima next week as originally planned".
const maxAsPlannedReach = 8

// negatedAsPlanned is the cue word of an event word at lo that a negation
// before it and a phrase of as-planned-phrases after it call off: "will
// not meet as planned" ("" for none).
func negatedAsPlanned(u *unit, lo int) string {
	// (the few words before the event word first: most events are not
	// negated, and the phrase is sought only for those that are)
	for j := lo - 1; j >= 0 && j >= lo-4; j-- {
		if negations[u.toks[j].Lower] {
			k := asPlannedAfter(u, lo)
			if k < 0 {
				return ""
			}
			_, n := asPlannedPhrases.match(u.toks, k)
			return u.toks[j].Text + " … " + joinText(u.toks[k:k+n])
		}
		if u.toks[j].Text == "," || clauseOpeners[u.toks[j].Lower] {
			break
		}
	}
	return ""
}
