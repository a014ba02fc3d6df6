package extract

import (
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file finds the events a sentence tells as under way as it is
// written: news of the article, which its publication day dates even
// outside the headline and lead (see datePublication).

// underWayNow reports an event told as under way, and returns the index
// of the word that says so, or -1: "I am pleased to visit" (underWay),
// "attending the annual meeting here" (attendingHere), or a present
// copula before the event ("is holding talks", "is on a two-day visit to
// Hungary", "is in Budapest for talks with …"; presentProgress).
func underWayNow(u *unit, d *draft) int {
	if first := firstLeg(d); first.unit == d.unit {
		d = first // "is on a tour of Hungary and Slovakia": each leg as the first
	}
	if at := underWay(u, d.lo); at >= 0 {
		return at
	}
	if at := attendingHere(u, d); at >= 0 {
		return at
	}
	return presentProgress(u, d.lo)
}

// nowAdverbs may stand between a present copula and what it tells as
// under way: "is currently visiting", "is now in Kyiv".
var nowAdverbs = vocab.Set("now-adverbs")

// maxEventLead is how many words of articles, adjectives and lengths may
// stand before an event noun after "on" or "for": "on a two-day official
// visit".
const maxEventLead = 6

// presentProgress is the index of the present copula that tells the
// event at lo under way, or -1:
//
//	is holding talks with X, is meeting X, are visiting Hungary
//	is on a two-day visit to Hungary, who is on an official visit
//	is in Budapest for talks with X, is in Budapest on a state visit
//	Varga, on her first official visit to Austria, …
func presentProgress(u *unit, lo int) int {
	if strings.HasSuffix(u.toks[lo].Lower, "ing") {
		return presentCopulaBefore(u, lo)
	}
	k := lo - 1
	for k >= 0 && lo-k <= maxEventLead && eventLeadWord(u, k) {
		k--
	}
	if k < 1 {
		return -1
	}
	switch u.toks[k].Lower {
	case "on":
		if c := presentCopulaBefore(u, k); c >= 0 {
			return c // "is on a visit"
		}
		if k >= 2 && u.toks[k-1].Text == "," && u.entEnd[k-2] > 0 && u.ents[u.entEnd[k-2]-1].Kind == entPerson {
			return k // "Varga, on her first official visit to Austria, also met …"
		}
		fallthrough
	case "for":
		// "is in Budapest for talks", "is in Budapest on a visit"
		j := k - 1
		if j < 1 || u.entEnd[j] == 0 {
			return -1
		}
		e := u.ents[u.entEnd[j]-1]
		if (e.Kind != entPlace && e.Kind != entCountry) || e.Lo < 2 || u.toks[e.Lo-1].Lower != "in" {
			return -1
		}
		return presentCopulaBefore(u, e.Lo-1)
	}
	return -1
}

// lengthWords make the length of a visit before its noun: "a two-day
// visit", "a three-nation tour", "a 10-day trip".
var lengthWords = vocab.Set("length-words")

// eventLeadWord reports a word that may stand between "on" or "for" and
// the event noun: an article or possessive, an adjective of the event, a
// date, or a word of its length ("a two-day official visit").
func eventLeadWord(u *unit, k int) bool {
	t := &u.toks[k]
	return adjunctLeadWords[t.Lower] || eventAdjectives[t.Lower] || u.inTx[k] || t.Text == "-" ||
		lengthWords[t.Lower] || t.Text[0] >= '0' && t.Text[0] <= '9'
}

// absencePhrases say that the subject stays away from the event after
// them: "pulled out of next week's summit", "will skip the meeting",
// "boycotted the talks" (vocab's absence-phrases).
var absencePhrases = phraseSet(vocab.List("absence-phrases"))

// maxAbsenceReach is how many words, dates aside, may stand between an
// absence phrase and the event word: "pulled out of next week's summit".
const maxAbsenceReach = 3

// absentFrom reports an event word at lo that an absence phrase governs:
// whoever skips or pulls out of it takes no part, as with "will not
// attend" (see isNegated).
func absentFrom(u *unit, lo int) bool { return absencePhrase(u, lo) != "" }

// absencePhrase is the words of the absence phrase that governs the event
// word at lo (see absentFrom), or "".
func absencePhrase(u *unit, lo int) string {
	for k, n := lo-1, 0; k >= 0 && n <= maxAbsenceReach+3; k-- {
		t := &u.toks[k]
		if t.Text == "," || u.brk[k] || u.entAt[k] > 0 {
			return ""
		}
		if _, m := absencePhrases.match(u.toks, k); m > 0 && k+m <= lo {
			return joinText(u.toks[k : k+m])
		}
		if !u.inTx[k] && !possessiveMarks[t.Text] {
			n++
		}
		if n > maxAbsenceReach+2 {
			return ""
		}
	}
	return ""
}

// planAuxiliaries may open a relative clause that says when the event it
// follows happens or was to happen: "which was due to take place on
// Friday", "which had been scheduled for Friday" (vocab's
// plan-auxiliaries).
var planAuxiliaries = vocab.Set("plan-auxiliaries")

// relativeHappenDate is the index in u.txs of the date of a relative
// clause right after the event noun that says when it happened, began or
// ended: "The meeting, which took place on 12 August 2023, has allowed
// …", "the talks, which ended on Thursday, …". -1 for none.
func relativeHappenDate(u *unit, d *draft) int {
	k := max(d.hi, d.end)       // past the parties: "talks with X, which were held …"
	_, k = placeAdjunctAt(u, k) // "a meeting with X in Quito, which had been set for …"
	if k < len(u.toks) && u.toks[k].Text == "," {
		k++
	}
	if k >= len(u.toks) || !relativeOpeners[u.toks[k].Lower] && u.toks[k].Lower != "that" {
		return -1
	}
	j := planOfRelative(u, k+1)
	if j < 0 && (d.m.Kind != timeline.Visit || !d.ref) { // (a trip told before: its bounds are dateTripBounds')
		j = boundOfRelative(u, k+1)
	}
	if j < 0 {
		return -1
	}
	for ti, at := range u.txTok {
		if at >= j && at <= j+maxHappenDateReach {
			return ti
		}
	}
	return -1
}

// maxHappenDateReach is how many words after "which took place" its date
// may stand: "which took place in Kolkata on 12 August".
const maxHappenDateReach = 5

// placeBesideDate is the place named by a preposition of place right
// after the date adjunct that starts at token k ("for December 15 in
// Lima", "on Monday in the Peruvian capital, Lima") or right before it
// ("took place in Kolkata on 12 August", "will convene in Lima in
// June"); "" for none.
func placeBesideDate(u *unit, k int) string {
	end := afterDateAdjunct(u, k)
	if place, _ := placeAdjunctAt(u, end); place != "" {
		return place
	}
	for _, e := range u.ents {
		if e.Kind == entPlace && e.Lo > end && e.Lo <= end+6 && placeNounBefore(u, e.Lo) == end {
			return e.Name // "on Monday in the Peruvian capital, Lima"
		}
	}
	for p := max(0, k-4); p < k; p++ {
		if place, end := placeAdjunctAt(u, p); place != "" && (end == k || end == k-1 && (u.toks[end].Lower == "on" || u.toks[end].Lower == "in")) {
			return place
		}
	}
	return ""
}

// planOfRelative reads the words after a relative opener at k that say
// the event takes place ("took place", "will be held") or was scheduled
// ("was due to take place", "was scheduled for"), and returns the index
// after them, where the date is; -1 when the clause says neither.
func planOfRelative(u *unit, k int) int {
	if _, n := happenPhrases.match(u.toks, k); n > 0 {
		return k + n
	}
	j, planned := k, false
	for n := 0; j < len(u.toks) && n < 5 && planAuxiliaries[u.toks[j].Lower]; n++ {
		planned = planned || aheadWords[u.toks[j].Lower]
		j++
	}
	if _, n := happenPhrases.match(u.toks, j); n > 0 && j > k {
		return j + n
	}
	if planned && j < len(u.toks) && u.inTx[j] {
		return j // "which was scheduled for Friday" (but "which is due to end on …" bounds a trip)
	}
	return -1
}

// boundOfRelative reads, after a relative opener at k, a verb that says
// the event began or ended, after auxiliaries ("which began on Monday",
// "which had ended on Thursday"; trip-start-words, trip-end-words), and
// returns the index after it, where the date is; -1 for none.
func boundOfRelative(u *unit, k int) int {
	j := k
	for n := 0; j < len(u.toks) && n < 3 && planAuxiliaries[u.toks[j].Lower]; n++ {
		j++
	}
	if j < len(u.toks) && (tripStartWords[u.toks[j].Lower] || tripEndWords[u.toks[j].Lower]) && u.toks[j].Lower != "after" {
		return j + 1
	}
	return -1
}

// aheadWords are the plan-auxiliaries that make a plan on their own:
// "scheduled for Friday", "due on Friday", "expected this week".
var aheadWords = map[string]bool{"scheduled": true, "planned": true, "due": true, "slated": true, "set": true, "expected": true}

// presentCopulaBefore is the index of a present copula right before
// token k, past adverbs of now-adverbs, or -1.
func presentCopulaBefore(u *unit, k int) int {
	j := k - 1
	for j >= 0 && nowAdverbs[u.toks[j].Lower] {
		j--
	}
	if j >= 0 && presentCopulas[u.toks[j].Lower] {
		return j
	}
	return -1
}

// maxHereReach is how many words after a gathering's name "here" may
// stand: "attending the Bank's annual meeting here".
const maxHereReach = 3

// attendingHere reports a gathering attended in the present participle
// at the story's own place: "Bankers, attending the Inter-American
// Development Bank annual meeting here, said …" tells the meeting under
// way as the story is written. It returns the index of the participle, or
// -1.
func attendingHere(u *unit, d *draft) int {
	v := attendVerbBefore(u, d.lo)
	if v < 0 || !strings.HasSuffix(u.toks[v].Lower, "ing") {
		return -1
	}
	for k := d.hi; k < len(u.toks) && k <= d.hi+maxHereReach; k++ {
		if u.toks[k].Lower == "here" {
			return v
		}
	}
	return -1
}

// calledOffDone reports a mention called off (cancelled or postponed)
// whose referent happened: "A meeting between A and B has been postponed"
// after "A and B held talks on Thursday" is another event, not those
// talks.
func calledOffDone(d, r *draft) bool {
	return (d.cue == timeline.Cancelled || d.cue == timeline.Postponed) && r.cue == ""
}

// acceptedAfter reports the invitation's acceptance told later in the
// sentence, joined by "and": "Putin invited Xi to visit Russia next year,
// and Xi accepted the invitation" (GUIDE: an accepted invitation is a
// planned event).
func acceptedAfter(u *unit, lo int) bool {
	joined := false
	for k := lo + 1; k < len(u.toks); k++ {
		if t := u.toks[k].Text; t == ";" || t == "." {
			return false
		}
		joined = joined || u.toks[k].Lower == "and"
		if _, n := invitationAccepted.match(u.toks, k); n > 0 && joined {
			return true
		}
	}
	return false
}
