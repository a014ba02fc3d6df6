package extract

import "github.com/dateline/dateline/timeline/vocab"

// skippedAdjunct is the last token of an adjunct that opens at toks[k]
// and stands between an event word and the name of its other party, or
// -1: a means set off by commas ("had a meeting, via videoconference,
// with X"), a means ("held talks via video link with X"), or a length
// ("met for 90 minutes with X").
func skippedAdjunct(u *unit, k int) int {
	if end := channelAside(u, k); end > k {
		return end
	}
	if end := channelPhrase(u, k); end > k {
		return end
	}
	return durationAdjunct(u, k)
}

// durationAdjunct is the last token of a length of time that opens at
// toks[k] with "for": "for 90 minutes", "for nearly an hour", "for more
// than two hours". Between "for" and a word of duration-units stand only
// numbers and words of duration-fillers. -1 for none.
func durationAdjunct(u *unit, k int) int {
	if u.toks[k].Lower != "for" {
		return -1
	}
	counted := false
	for j := k + 1; j < len(u.toks) && j <= k+maxDurationWords; j++ {
		t := u.toks[j]
		switch {
		case durationUnits[t.Lower]:
			if !counted {
				return -1
			}
			return j
		case isDigits(t.Text) || durationCounts[t.Lower]:
			counted = true
		case !durationFillers[t.Lower]:
			return -1
		}
	}
	return -1
}

// maxDurationWords bounds the words of a length after "for": "for just
// over an hour and a half" is read up to "hour", "for the better part of an hour" whole.
const maxDurationWords = 6

// durationUnits, durationCounts and durationFillers are vocab's words of
// a length of time told as an adjunct of a meeting or a call.
var (
	durationUnits   = vocab.Set("duration-units")
	durationCounts  = vocab.Set("duration-counts")
	durationFillers = vocab.Set("duration-fillers")
)
