package extract

import (
	"slices"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// A summit is often told by its host and a region's leaders, none named:
// "Biden hosted leaders of Pacific Island nations for a two-day summit",
// "a summit with Central Asian leaders". With no country, organisation or
// second person to name, the host alone is its party: the region's
// leaders say that the gathering is diplomacy, which one person at a
// summit does not say alone ("the president spoke at a summit on
// cybersecurity").

// regionGroupNouns name a group of countries after a region's name:
// "Pacific Island nations" (vocab's region-group-nouns).
var regionGroupNouns = vocab.Set("region-group-nouns")

// regionalLeaders reports, in the clause of [lo, hi) of u, the leaders
// of a region's countries named by the region: "leaders of Pacific Island
// nations", "leaders of 14 Caribbean states", "Pacific Island leaders",
// "African heads of state". The region is written in capitals and is no
// country, organisation or person the extraction knows.
func regionalLeaders(u *unit, lo, hi int) bool {
	for k := 1; k < len(u.toks); k++ {
		_, n := memberPhrases.match(u.toks, k)
		if n == 0 || !sameClause(u, lo, hi, k) {
			continue
		}
		if regionWord(u, k-1) {
			return true // "Pacific Island leaders"
		}
		j := k + n
		if j >= len(u.toks) || u.toks[j].Lower != "of" {
			continue
		}
		j++
		if j < len(u.toks) && (u.toks[j].Lower == "the" || isDigits(u.toks[j].Text)) {
			j++ // "leaders of 14 Pacific Island nations"
		}
		start := j
		for j < len(u.toks) && regionWord(u, j) {
			j++
		}
		if j > start && j < len(u.toks) && regionGroupNouns[u.toks[j].Lower] {
			return true
		}
	}
	return false
}

// regionWord reports a capitalised word at k, not the first of its
// sentence, that is part of no name the extraction knows: a region's
// name or adjective ("Pacific", "Island", "African").
func regionWord(u *unit, k int) bool {
	t := u.toks[k]
	return k > 0 && t.Word && t.Cap && u.entAt[k] == 0 && !insideEntity(u, k)
}

// insideEntity reports a token inside a recognised name.
func insideEntity(u *unit, k int) bool {
	for _, e := range u.ents {
		if e.Lo <= k && k < e.Hi {
			return true
		}
	}
	return false
}

// hostOfRegionalSummit reports a summit whose one party is a person who
// meets a region's leaders in its clause (see regionalLeaders).
func (x *extraction) hostOfRegionalSummit(d *draft) bool {
	ps := d.m.Participants
	if d.m.Kind != timeline.Summit || len(ps) != 1 || ps[0].Type != timeline.PersonParty {
		return false
	}
	return regionalLeaders(&x.units[d.unit], d.lo, d.hi)
}

// datedSummitTakenPart reports a summit whose one party is a person who
// hosts or attends it, dated in its own clause: "will host a peace summit
// in Cairo on Saturday", "attended a regional summit in Lima on Friday".
// The others at a gathering need not be named for it to be one; a summit
// with no date of its own ("said at a summit") stays out.
func (x *extraction) datedSummitTakenPart(d *draft) bool {
	ps := d.m.Participants
	if d.m.Kind != timeline.Summit || len(ps) != 1 || ps[0].Type != timeline.PersonParty || d.tx == nil || d.ref {
		return false
	}
	u := &x.units[d.unit]
	// Back from the noun over its article and modifiers to the verb; a
	// name written in capitals to its noun is the session's own ("the
	// Andean Foreign Ministerial Meeting"; but "a Security Council
	// meeting" is a body's).
	named := u.toks[d.hi-1].Cap
	for k, steps := d.lo-1, 0; k >= 0 && steps <= maxPurposeLead; k, steps = k-1, steps+1 {
		t := &u.toks[k]
		if _, n := attendVerbs.match(u.toks, k); n > 0 && k+n <= d.lo {
			return true
		}
		if !t.Word || t.Cap && k > 0 && !(named && sessionNameWord(u, k)) {
			return false
		}
	}
	return false
}

// sessionNameWord reports a capitalised word at k that may be part of a
// session's name: no person's and no place's.
func sessionNameWord(u *unit, k int) bool {
	if u.entAt[k] == 0 {
		return true
	}
	e := u.ents[u.entAt[k]-1]
	return e.Kind == entCountry || e.Kind == entRole && e.Side || e.Kind == entOrg
}

// isDigits reports a word of digits only: "14".
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// hostVerbs host the object of their clause (vocab's host-verbs).
var hostVerbs = vocab.Set("host-verbs")

// gatherVerbs tell people coming together, for a gathering an event noun
// after "for" may name (vocab's gather-verbs): "the presidents gathered in
// Montevideo for the Mercosur summit" are the summit.
var gatherVerbs = vocab.Set("gather-verbs")

// hostEventPrepositions open the phrase of the gathering a host welcomes
// guests to (vocab's host-event-prepositions).
var hostEventPrepositions = vocab.Set("host-event-prepositions")

// maxPurposeLead is how many words may stand between "for" and the event
// noun it names: "for a two-day summit", "for the annual leaders' summit".
const maxPurposeLead = 4

// hostPurposeParties makes one event of a host's welcome and the
// gathering it is for or at: in "Biden welcomed leaders of ASEAN countries
// to the White House for a summit on Monday" (or "hosted leaders from A, B
// and C at a regional summit") the summit takes the welcome's
// parties and place (party/host-purpose), and the welcome is no event of
// its own once the summit is kept.
func (x *extraction) hostPurposeParties() {
	for _, v := range x.drafts {
		if v.ref || v.m.Kind != timeline.Meeting || !hostVerbs[x.units[v.unit].toks[v.lo].Lower] && !gatherVerbs[x.units[v.unit].toks[v.lo].Lower] {
			continue
		}
		u := &x.units[v.unit]
		for _, d := range x.drafts {
			if d == v || d.ref || d.m.Kind == timeline.Call || d.m.Kind == timeline.Visit || !x.purposeOf(v, d) && !x.hostedAt(v, d) || !forBefore(u, d.lo) {
				continue
			}
			for _, p := range v.m.Participants {
				if !hasParticipant(d.m.Participants, p.Name) {
					x.addParty(d, p, because("party/host-purpose", p.Name, joinText(u.toks[v.lo:v.hi])))
				}
			}
			if d.m.Place == "" && v.m.Place != "" {
				d.m.Place, d.why.place = v.m.Place, because("place/same-sentence", v.m.Place)
			}
			if d.tx == nil && v.tx != nil {
				// "gathered on Friday in Montevideo for the Mercosur summit"
				d.tx, d.txWhy = v.tx, because("date/gathered-for", v.tx.Text, joinText(u.toks[v.lo:v.hi]))
			}
			v.absorbedBy = append(v.absorbedBy, d)
			break
		}
	}
}

// hostedAt reports a gathering d told after the host's verb v in its
// clause, after "at": "hosted leaders from A, B and C at a regional
// summit in Santiago".
func (x *extraction) hostedAt(v, d *draft) bool {
	if v.unit != d.unit || d.lo <= v.hi || d.lo-v.hi > maxTripPurposeReach*2 {
		return false
	}
	return sameClause(&x.units[d.unit], v.lo, v.hi, d.lo)
}

// forBefore reports a word of host-event-prepositions ("for", "at") at
// most maxPurposeLead words before the event word at lo, with only words
// of the noun phrase between: "for a summit", "at a regional summit".
func forBefore(u *unit, lo int) bool {
	for j := lo - 1; j >= 0 && j >= lo-maxPurposeLead; j-- {
		if hostEventPrepositions[u.toks[j].Lower] {
			return true
		}
		if u.brk[j] || !u.toks[j].Word && u.toks[j].Text != "-" && u.toks[j].Text != "'" {
			return false
		}
	}
	return false
}

// someInAttendance reports a draft whose parties were read as some of
// those "in attendance" (party/in-attendance): others came too.
func someInAttendance(d *draft) bool {
	return d.why.party != nil && slices.ContainsFunc(d.why.party.list, func(n namedReason) bool { return n.r.rule == "party/in-attendance" })
}

// bilateralSummits makes a meeting of a summit with two sides and no
// organisation or format: "Biden held a summit with Putin in Geneva", "a
// Japan-Chile Summit Meeting". Only the word "summit": a conference or a
// ministerial meeting with two parties named ("hosted by A and attended
// by B") is a gathering of more. GUIDE: a summit is a multilateral
// gathering; a meeting between two leaders is a meeting, whatever the
// protocol calls it. A summit whose parties the article completes later
// (an antecedent's) keeps its word.
func (x *extraction) bilateralSummits() {
	for _, d := range x.drafts {
		ps := d.m.Participants
		if d.ref || d.m.Kind != timeline.Summit || d.m.Format != "" || len(ps) != 2 || hasPartyOf(ps, timeline.OrganizationParty) || someInAttendance(d) ||
			!slices.ContainsFunc(x.units[d.unit].toks[d.lo:d.hi], func(t token) bool { return t.Lower == "summit" }) && !pairNamesSession(&x.units[d.unit], d) {
			continue // (a conference, a ministerial meeting, hosted by one and attended by another, is multilateral)
		}
		d.m.Kind, d.why.kind = timeline.Meeting, because("kind/bilateral-summit", joinText(x.units[d.unit].toks[d.lo:d.hi]))
		if cue := remoteMeetingCue(&x.units[d.unit], d.lo, d.hi); cue != "" {
			// "held a virtual summit with X": a meeting held at a distance
			d.m.Kind, d.why.kind = remoteKind, because("kind/remote-meeting", joinText(x.units[d.unit].toks[d.lo:d.hi]), cue)
		}
	}
}

// pairNamesSession reports a session whose name opens with a hyphened
// pair of the two countries of its two parties, with at most a few
// capitalised words or "and" between: "held the first Japan-Philippines
// Foreign and Defense Ministerial Meeting with X" is bilateral.
func pairNamesSession(u *unit, d *draft) bool {
	for j := d.lo; j >= 3 && j >= d.lo-4; j-- {
		if a, b, _ := hyphenPairBefore(u, j); countrySide(a) && countrySide(b) && b.Lo == a.Hi+1 {
			sided := func(c string) bool { // a party is the country or one of its people
				return slices.ContainsFunc(d.m.Participants, func(p timeline.Participant) bool { return p.Country == c || p.Name == c })
			}
			return a.Country != b.Country && sided(a.Country) && sided(b.Country)
		}
		if !u.toks[j-1].Cap && u.toks[j-1].Lower != "and" {
			return false
		}
	}
	return false
}

// countrySide reports a country, or a country's side ("Philippine").
func countrySide(e entity) bool {
	return e.Country != "" && (e.Kind == entCountry || e.Kind == entRole && e.Side)
}

// attendeeWord is the subject word of the event word at lo (subjectWord),
// or, when that is a verb of presence-verbs, the subject of the verb: in
// "The two leaders will also attend a summit of the CIS", "leaders".
func attendeeWord(u *unit, lo int) int {
	k := subjectWord(u, lo)
	if k <= 0 || !presenceVerbs[u.toks[k].Lower] {
		return k
	}
	j := k - 1 // (subjectWord would skip "leaders" as a word of the event's noun phrase)
	for j >= 0 && subjectSkip[u.toks[j].Lower] && !pluralRoleNouns[u.toks[j].Lower] {
		j--
	}
	return j
}

// sessionOwners reports the parties after a summit's word that are the
// organisations whose session it is ("a summit of the CIS"), not people
// met: a plural subject ("the two leaders will attend …") still stands for
// the sides told before.
func sessionOwners(d *draft, right []party) bool {
	if d.m.Kind != timeline.Summit {
		return false
	}
	for _, p := range right {
		if p.Kind != entOrg && p.Kind != entFormat {
			return false
		}
	}
	return true
}
