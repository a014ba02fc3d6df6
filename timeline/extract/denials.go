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
	if absentFrom(u, lo) {
		return true
	}
	for k := lo - 1; k >= 0 && k >= lo-4; k-- {
		t := u.toks[k]
		if negations[t.Lower] && !opensCancelCue(u, k) {
			return true
		}
		if t.Text == "," || clauseOpeners[t.Lower] || reportingVerbs[t.Lower] {
			return false
		}
	}
	return false
}

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
// cannot be held without the subject.
// A gathering stayed away from is held without them (absentFromSession).
func ownAbsence(u *unit, lo, hi int, info triggerInfo) bool {
	w := absencePhrase(u, lo)
	if w == "" {
		return false
	}
	return info.Kind == timeline.Visit || hi < len(u.toks) && u.toks[hi].Lower == "with" && withdrawalPhrases[strings.ToLower(w)]
}

// withdrawalPhrases are the absence phrases that call off an event of
// two the subject was to hold (vocab's withdrawal-phrases): "pulled out
// of", "skipped"; not "boycotted", a refusal that tells nothing of the
// event ("boycotted the meeting with X").
var withdrawalPhrases = vocab.Set("withdrawal-phrases")
