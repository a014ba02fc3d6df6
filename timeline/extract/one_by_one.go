package extract

import (
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file tells one event of several people from several events of one
// person each: "met A and B" together, "held separate talks with A and B",
// "hosted A and B for separate talks".

// separately reports a word of separate-cues within three words of the
// event word: "met separately", "will separately meet".
func separately(u *unit, lo, hi int) bool {
	for k := max(0, lo-3); k < len(u.toks) && k < hi+3; k++ {
		if separateCues[u.toks[k].Lower] {
			return true
		}
	}
	return false
}

// separateAfter reports a word of separate-cues right after a list of
// people ending at end, or opening the purpose or adjunct after it: "met
// A and B separately", "hosted A and B for separate talks", "received A
// and B in separate meetings".
func separateAfter(u *unit, end int) bool {
	if end < len(u.toks) && (u.toks[end].Lower == "for" || adjunctPrepositionsOfEvents[u.toks[end].Lower]) {
		end++
	}
	return end < len(u.toks) && separateCues[u.toks[end].Lower]
}

// separateCues say that several people named as one side of an event
// word each had it on their own.
var separateCues = vocab.Set("separate-cues")

// jointCues, near an event word, say that several people named after it
// took part in one event together: "a joint call", "met together",
// "a trilateral meeting".
var jointCues = vocab.Set("joint-cues")

// oneByOne reports whether the people named after an event word each had
// an event of their own with its subject: "McGurk met with President
// Salih, Prime Minister al-Kadhimi and Speaker al-Halbusi" is three
// meetings, "conversations with A, B and C" three calls. It is so when
// the other party is two or more people (no format, country or
// organisation), the subject one, the list not introduced by "between" or
// "among", and no word such as "joint" or "together" joins them; and then
//   - for an event noun in the singular ("a call with A and B", "a
//     meeting with …") never: one event has them all;
//   - for a plural noun ("calls", "conversations", "meetings") always;
//   - for a verb or "talks", always for a call, and for a meeting or talks
//     held when the people are of one country (or of no country the article
//     gives): leaders of several countries met together. A meeting still
//     to come with the officials of one country ("there, he will meet with
//     the Prime Minister, the Foreign Minister and the President") is the
//     programme of a visit whose schedule is not told: one planned event.
func (x *extraction) oneByOne(d *draft, u *unit, info triggerInfo, s sides) bool {
	if len(s.right) < 2 || len(s.left) > 1 || d.m.Kind.Family() != timeline.Talks || isBetween(u, d.hi) {
		return false
	}
	for k := max(0, d.lo-3); k < len(u.toks) && k < s.right[len(s.right)-1].Hi; k++ {
		if jointCues[u.toks[k].Lower] {
			return false
		}
	}
	if last := u.toks[d.hi-1].Lower; info.Noun && strings.HasSuffix(last, "s") && last != "talks" {
		return true // "a series of meetings with the envoys of A and B", "calls with A and B"
	}
	if end := s.right[len(s.right)-1].Hi; separately(u, d.lo, d.hi) || separateAfter(u, end) {
		return true // "spoke individually with A and B", "held separate talks with …", "will meet A and B separately", "hosted A and B for separate talks"
	}
	countries := map[string]bool{}
	leadersOf := membersOf(u, s.right[0].Lo) // "spoke by phone with the leaders of A, B and C"
	for _, p := range s.right {
		if !p.individual() && !(leadersOf && p.Kind == entCountry) {
			return false
		}
		if c := x.countryOf(p.entity); c != "" {
			countries[c] = true
		}
	}
	switch {
	case info.Noun && u.toks[d.hi-1].Lower != "talks":
		return false // "a call with A and B"
	case d.m.Kind == timeline.Call:
		return true
	}
	if cue, _ := x.statusCue(u, d.lo, d.hi, info.Base); cue == timeline.Planned {
		return false
	}
	return len(countries) <= 1
}
