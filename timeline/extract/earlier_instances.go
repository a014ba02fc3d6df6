package extract

import "github.com/dateline/dateline/timeline"

// This file reads an event told as the one an event of the sentence is
// the first since: "held a video call on Tuesday, their first
// conversation since a summit in Geneva in June". "First … since" says
// the earlier event is one of the same relation, so it has the same
// parties as the event it is measured from.

// maxFirstSinceReach is how many tokens before "since" its "first" may
// stand: "their first face-to-face meeting since".
const maxFirstSinceReach = 7

// sinceFirstParties gives an event that "first … since" sets before
// another event of its sentence the parties of that other event.
func (x *extraction) sinceFirstParties() {
	for _, d := range x.drafts {
		if d.ref || d.m.Kind == timeline.Visit {
			continue
		}
		u := &x.units[d.unit]
		b, at := timeObject(u, 0, d.lo)
		if b != boundAfter || u.toks[at].Lower != "since" {
			continue
		}
		first := -1
		for k := at - 1; k >= 0 && k >= at-maxFirstSinceReach; k-- {
			if u.toks[k].Lower == "first" {
				first = k
				break
			}
		}
		if first < 0 {
			continue
		}
		var main *draft
		for _, o := range x.drafts {
			if o != d && o.unit == d.unit && o.hi <= first && len(o.m.Participants) >= 2 && !o.ref {
				main = o // the last event told before "first"
			}
		}
		if main == nil {
			continue
		}
		word := joinText(u.toks[d.lo:d.hi])
		for _, p := range main.m.Participants {
			if !hasParticipant(d.m.Participants, p.Name) {
				x.addParty(d, p, because("party/since-first", p.Name, word))
			}
		}
	}
}
