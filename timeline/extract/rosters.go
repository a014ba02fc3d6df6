package extract

import (
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads rosters: a sentence that announces who took part and
// ends with a colon ("Joining the call were the following leaders:",
// "Participants:"), followed by a list of people. The people listed are
// parties of the event the article reported last before the roster,
// which often names only a group ("spoke today with the Bucharest Nine").

// maxRosterUnits bounds the sentences after a roster's announcement read
// as its list.
const maxRosterUnits = 3

// readRosters adds to the event before each roster the people listed in
// it (party/roster).
func (x *extraction) readRosters() {
	for i := range x.units {
		u := &x.units[i]
		if u.headline || !announcesRoster(u) {
			continue
		}
		d := x.lastEventBefore(i)
		if d == nil {
			continue
		}
		for j := i + 1; j < len(x.units) && j <= i+maxRosterUnits; j++ {
			people := rosterPeople(&x.units[j])
			if len(people) == 0 {
				break
			}
			for _, p := range x.participants(nil, people) {
				if p.Type != timeline.PersonParty || hasParticipant(d.m.Participants, p.Name) {
					continue
				}
				d.m.Participants = append(d.m.Participants, p)
				d.why.partyBecause(p.Name, because("party/roster", p.Name, clip(u.text[u.start:u.end], 80)))
			}
		}
	}
}

// readAttendance adds to a summit the people a sentence after it lists as
// attending it: "The meeting was attended by President of Azerbaijan
// Ilham Aliyev, Prime Minister of Armenia Nikol Pashinyan, …"
// (party/attended-by). Only a summit takes them: at a meeting of two
// sides, those listed as attending are mostly aides and hosts, not its
// principals.
func (x *extraction) readAttendance() {
	if !slices.ContainsFunc(x.drafts, func(d *draft) bool { return d.m.Kind == timeline.Summit }) {
		return
	}
	for i := range x.units {
		u := &x.units[i]
		if u.headline {
			continue
		}
		by := attendedBy(u)
		if by < 0 {
			continue
		}
		d := x.summitBefore(i, by)
		if d != nil {
			x.addHosts(d, u)
			if d.cue == "" && futureAttendance(u, by) {
				// "The conference, hosted by X, will be attended by Y"
				d.cue, d.cueWord = timeline.Planned, joinText(u.toks[by-3:by+1])
			}
		} else {
			d = x.lastEventBefore(i)
		}
		if d == nil || d.m.Kind != timeline.Summit {
			continue
		}
		var people []entity
		for _, e := range u.ents {
			if e.Lo > by && e.Kind == entPerson && e.Titled && !e.Reporter {
				people = append(people, e)
			}
		}
		for _, p := range x.participants(nil, people) {
			if p.Type != timeline.PersonParty || hasParticipant(d.m.Participants, p.Name) {
				continue
			}
			d.m.Participants = append(d.m.Participants, p)
			d.why.partyBecause(p.Name, because("party/attended-by", p.Name, clip(u.text[u.start:u.end], 80)))
		}
	}
}

// addHosts adds to a summit the countries and organisations its sentence
// names as its hosts: "Organised by Nigeria in collaboration with the
// Economic Commission for Africa, the conference would be attended by …"
// (party/host; word sets host-participles and co-host-links).
func (x *extraction) addHosts(d *draft, u *unit) {
	for k := 1; k+1 < len(u.toks); k++ {
		if u.toks[k].Lower != "by" || !hostParticiples[u.toks[k-1].Lower] {
			continue
		}
		g := forwardGroup(u, k+1, 1)
		if len(g) > 0 {
			end := g[len(g)-1].Hi
			if _, n := coHostLinks.match(u.toks, end); n > 0 {
				g = append(g, forwardGroup(u, end+n, 1)...)
			}
		}
		for _, p := range x.participants(nil, g) {
			if p.Type == timeline.PersonParty || hasParticipant(d.m.Participants, p.Name) {
				continue
			}
			d.m.Participants = append(d.m.Participants, p)
			d.why.partyBecause(p.Name, because("party/host", p.Name, u.toks[k-1].Text))
		}
	}
}

// hostParticiples, before "by", name who holds a gathering: "organised by
// Nigeria", "hosted by the UN".
var hostParticiples = vocab.Set("host-participles")

// coHostLinks join a second host to the first: "in collaboration with".
var coHostLinks *phraseTable[bool]

func init() { coHostLinks = phraseSet(vocab.List("co-host-links")) }

// futureAttendance reports "will be attended by" or "would be attended
// by" ending at the "by" at k.
func futureAttendance(u *unit, k int) bool {
	return k >= 3 && u.toks[k-2].Lower == "be" && (u.toks[k-3].Lower == "will" || u.toks[k-3].Lower == "would")
}

// summitBefore is a summit reported in unit i before its word at k: "the
// June 15-19 conference would be attended by …"; nil when there is none.
func (x *extraction) summitBefore(i, k int) *draft {
	for j := len(x.drafts) - 1; j >= 0; j-- {
		d := x.drafts[j]
		if d.unit == i && !d.ref && d.m.Kind == timeline.Summit && d.hi <= k {
			return d
		}
	}
	return nil
}

// attendedBy finds "was attended by" or "were also attended by" in a
// sentence: the index of "by", or -1.
func attendedBy(u *unit) int {
	for k := 1; k+1 < len(u.toks); k++ {
		if u.toks[k].Lower != "attended" || u.toks[k+1].Lower != "by" {
			continue
		}
		j := k - 1
		if u.toks[j].Lower == "also" && j > 0 {
			j--
		}
		if auxiliaryBe[u.toks[j].Lower] {
			return k + 1
		}
	}
	return -1
}

// announcesRoster reports a sentence that ends with a colon and holds a
// word of roster-cues: "Joining the call were the following leaders:".
func announcesRoster(u *unit) bool {
	n := len(u.toks)
	if n < 2 || u.toks[n-1].Text != ":" {
		return false
	}
	return slices.ContainsFunc(u.toks, func(t token) bool { return rosterCues[t.Lower] })
}

// rosterCues announce who took part in an event.
var rosterCues = vocab.Set("roster-cues")

// rosterPeople are the people named with a title in a roster's sentence:
// a list of "Bulgarian President Rumen Radev", not a sentence that
// reports another event.
func rosterPeople(u *unit) []entity {
	var people []entity
	for _, e := range u.ents {
		if e.Kind == entPerson && e.Titled {
			people = append(people, e)
		}
	}
	return people
}

// lastPairBefore is the last event before unit i with two sides or more,
// for "they", "the two ministers" to stand for: not a back reference, a
// topic ("called for another meeting"), an event that may not happen or
// an organisation's gathering ("met X on the sidelines of the UN General
// Assembly … The two leaders previously met …" are the two people).
func (x *extraction) lastPairBefore(i int) *draft {
	for k := len(x.drafts) - 1; k >= 0; k-- {
		d := x.drafts[k]
		if d.unit < i && x.pairCandidate(d) {
			return d
		}
	}
	return nil
}

// lastEventBefore is the last event (not a back reference) the article
// reported before unit i.
func (x *extraction) lastEventBefore(i int) *draft {
	for k := len(x.drafts) - 1; k >= 0; k-- {
		d := x.drafts[k]
		if d.unit < i && !d.ref && len(d.m.Participants) > 0 && !x.units[d.unit].headline {
			return d
		}
	}
	return nil
}

// pluralAntecedent is the event told before that a plural subject stands
// for ("They met again", "The two leaders last met in December", "We have
// agreed to meet"): the last one with two sides or more that has the
// parties the mention already has (the speaker of "we") and, when the
// subject counts them ("the two leaders", "both"), as many sides; else the
// last one with two sides or more.
func (x *extraction) pluralAntecedent(d *draft, u *unit) *draft {
	n, heads, office := pluralCount(u, d.lo)
	if k := adjunctPluralSubject(u, d.lo, d.hi); n == 0 && k >= 0 {
		n, heads = countOf(u, k) // "Following talks in Lima, the two leaders …"
	}
	if k := pluralBetweenAt(u, d.hi); k >= 0 {
		n, office = 2, officeOfPlural(u.toks[k].Lower) // "the previous meeting between the two ministers"
	}
	// "the two ministers": not the last event, a minister's meeting with
	// a security council secretary, when an earlier one is of two
	// ministers; with none, as if the noun said nothing.
	if office != "" {
		notHolder := func(p timeline.Participant) bool { return p.Type != timeline.PersonParty || !roleHolds(p.Role, office) }
		if o := x.lastPairWhere(d, n, notHolder, false); o != nil {
			return o
		}
	}
	// Leaders are first sought among people whose office the article
	// gives as a head's, then among people of no office it gives
	// ("Vladimir Putin held talks with President X … the two presidents"),
	// never in a visit to a country.
	for pass, notLeader := range []func(timeline.Participant) bool{
		func(p timeline.Participant) bool { return p.Type != timeline.PersonParty || !headRoles[p.Role] },
		func(p timeline.Participant) bool {
			return p.Type != timeline.PersonParty || p.Role != "" && !headRoles[p.Role]
		},
	} {
		if pass > 0 && !heads {
			break
		}
		if !heads {
			notLeader = nil // (any people)
		}
		if o := x.lastPairWhere(d, n, notLeader, true); o != nil {
			return o
		}
	}
	if n > 0 && heads {
		// "The three leaders": the event told before of three sides
		// even when one of them leads an organisation (a secretary-
		// general), before any event of another count.
		if o := x.lastPairWhere(d, n, nil, true); o != nil {
			return o
		}
	}
	return x.lastPairBefore(d.unit)
}

// lastPairWhere is the last event told before d's sentence that a plural
// subject may stand for (pairCandidate): of n sides when n is not 0, with
// no participant that bad reports ("the two leaders": not a meeting with
// a foreign minister, nor a visit to a country), and, when own is set,
// with every party d already has ("we", said by one who took part; but
// "the two leaders will attend a summit of the CIS": its body). nil for
// none.
func (x *extraction) lastPairWhere(d *draft, n int, bad func(timeline.Participant) bool, own bool) *draft {
	for k := len(x.drafts) - 1; k >= 0; k-- {
		o := x.drafts[k]
		if o == d || o.unit >= d.unit || !x.pairCandidate(o) || n > 0 && len(o.m.Participants) != n {
			continue
		}
		if bad != nil && slices.ContainsFunc(o.m.Participants, bad) {
			continue
		}
		if own && slices.ContainsFunc(d.m.Participants, func(p timeline.Participant) bool {
			return !hasParticipant(o.m.Participants, p.Name) && !(d.m.Kind == timeline.Summit && p.Type == timeline.OrganizationParty)
		}) {
			continue
		}
		return o
	}
	return nil
}

// pairCandidate reports a draft that a plural subject may stand for (see
// lastPairBefore).
func (x *extraction) pairCandidate(d *draft) bool {
	return !d.ref && !d.generic && !d.hypothetical && len(d.m.Participants) >= 2 && !x.units[d.unit].headline &&
		!(d.m.Kind == timeline.Summit && hasPartyOf(d.m.Participants, timeline.OrganizationParty))
}

// pluralCounts are the words that count a plural subject: "the two
// leaders", "both presidents", "the three ministers".
var pluralCounts = map[string]int{"two": 2, "both": 2, "three": 3, "four": 4, "pair": 2}

// maxCountReach is how many words before the event word the count of its
// plural subject may stand: "the two leaders last met", "the three
// leaders will hold a trilateral meeting".
const maxCountReach = 7

// pluralCount is the number of sides the plural subject before lo counts,
// or 0 when it counts none, whether it calls them leaders (heads of
// state or government: "the two leaders", "both presidents"), and the
// office word its noun names, if any (see officeOfPlural: "the two
// ministers").
func pluralCount(u *unit, lo int) (n int, heads bool, office string) {
	for k := lo - 1; k >= 0 && k >= lo-maxCountReach; k-- {
		if u.toks[k].Text == "," || u.entAt[k] > 0 {
			break
		}
		heads = heads || leaderNouns[u.toks[k].Lower]
		if c, ok := pluralCounts[u.toks[k].Lower]; ok && n == 0 {
			n = c
		}
		if office == "" {
			office = officeOfPlural(u.toks[k].Lower) // "the two ministers met": "minister"
		}
	}
	return n, heads, office
}

// leaderNouns call a plural subject heads of state or government (vocab's
// leader-nouns); headRoles are the offices of those heads.
var (
	leaderNouns = vocab.Set("leader-nouns")
	headRoles   = vocab.RolesWhere(func(o vocab.Office) bool { return o.Head })
)

// pluralSubject reports a plural subject at k that stands for both sides
// of an event: "they", "we", "the two ministers", "both leaders".
func pluralSubject(u *unit, k int) bool {
	if k < 0 {
		return false
	}
	if pluralSubjects[u.toks[k].Lower] {
		return true
	}
	if u.toks[k].Lower == "who" && k >= 2 && u.toks[k-1].Text == "," {
		return pluralSubject(u, k-2) // "The two presidents, who last met in July, …"
	}
	if u.toks[k].Lower == "i" && k >= 2 && u.toks[k-1].Lower == "and" && u.toks[k-2].Lower == "you" {
		return true // "you and I will talk": the speaker and the person spoken to
	}
	if h := headsOfPhrase(u, k); h >= 0 {
		k = h // "the two heads of state", "both heads of state and government"
	}
	if !pluralRoleNouns[u.toks[k].Lower] || k == 0 {
		return false
	}
	// "the two leaders", "both presidents", "the three presidents"; "The
	// leaders will also
	// attend …" opening its clause
	return pluralCounts[u.toks[k-1].Lower] > 0 || u.toks[k-1].Lower == "the" && clauseStart(u, k-1)
}

// twoCountries reads a plural subject that names countries, not people
// ("Foreign ministers of the two countries will meet", "the two nations
// held talks"): the two countries the headline names, which a story's
// "the two countries" most often means, else the countries of the people
// of the event told before (party/two-countries). nil when the subject
// names people, or no two countries are found.
func (x *extraction) twoCountries(d *draft, u *unit) []timeline.Participant {
	k := subjectWord(u, d.lo)
	if k < 1 || !countryNouns[u.toks[k].Lower] || !pluralCountWords[u.toks[k-1].Lower] {
		return nil
	}
	word := joinText(u.toks[k-1 : k+1])
	var out []timeline.Participant
	add := func(country string) {
		if country != "" && !hasParticipant(out, country) {
			out = append(out, groupParticipant(country))
		}
	}
	for i := range x.units {
		if x.units[i].headline {
			for _, e := range x.units[i].ents {
				if (e.Kind == entCountry || e.Kind == entRole) && !orgNames[e.Country] {
					add(e.Country) // "Chile, Peru leaders pledge …"
				}
			}
		}
	}
	if len(out) != 2 {
		out = out[:0]
		if prev := x.pluralAntecedent(d, u); prev != nil {
			for _, p := range prev.m.Participants {
				add(p.Country)
			}
		}
	}
	if len(out) != 2 {
		return nil
	}
	for _, p := range out {
		d.why.partyBecause(p.Name, because("party/two-countries", p.Name, word))
	}
	return out
}

// pluralCountWords count the countries of such a subject: "the two
// countries", "both nations".
var pluralCountWords = vocab.Set("plural-count-words")

// leadersOnly keeps, of the people a plural of leaders ("the two heads of
// state", "the leaders") stands for, those whose office is a head's, and
// the countries, a minister giving way to his country: "Wang said … the
// consensus reached by the two heads of state during their phone call" is
// China's and Peru's call, not the foreign minister's. A list that would
// keep fewer than two is left as it is.
func leadersOnly(u *unit, lo int, ps []timeline.Participant) []timeline.Participant {
	if _, heads, _ := pluralCount(u, lo); !heads {
		return ps
	}
	out := make([]timeline.Participant, 0, len(ps))
	for _, p := range ps {
		if p.Type == timeline.PersonParty && p.Role != "" && !headRoles[p.Role] {
			if p.Country != "" && !orgNames[p.Country] && !hasParticipant(out, p.Country) && !hasParticipant(ps, p.Country) {
				out = append(out, groupParticipant(p.Country)) // the country the minister's side stands for
			}
			continue
		}
		out = append(out, p)
	}
	if len(out) < 2 {
		return ps
	}
	return out
}

// officePluralNouns are the plural nouns of people whose singular is a
// word of the offices they hold (vocab's office-plural-nouns): "the two
// ministers" hold offices named "… Minister".
var officePluralNouns = vocab.Set("office-plural-nouns")

// officeOfPlural is the lower-case office word a noun of
// officePluralNouns names ("ministers": "minister", "secretaries":
// "secretary"), or "".
func officeOfPlural(w string) string {
	if !officePluralNouns[w] {
		return ""
	}
	if strings.HasSuffix(w, "ies") {
		return strings.TrimSuffix(w, "ies") + "y"
	}
	return strings.TrimSuffix(w, "s")
}

// roleHolds reports an office whose name has the lower-case word office:
// "Foreign Minister" holds "minister".
func roleHolds(role, office string) bool {
	return slices.Contains(strings.Fields(strings.ToLower(role)), office)
}

// headsOfPhrase is the index of the plural role noun of "heads of state",
// "heads of government" or "heads of state and government" whose last
// word, or whose "of", is at k, or -1: the phrase is one plural role
// noun.
func headsOfPhrase(u *unit, k int) int {
	if k >= 1 && k+1 < len(u.toks) && u.toks[k].Lower == "of" && headsOfWords[u.toks[k+1].Lower] && pluralRoleNouns[u.toks[k-1].Lower] {
		return k - 1 // (subjectWord passes over "state", a word of "state visit")
	}
	if k < 2 || !headsOfWords[u.toks[k].Lower] {
		return -1
	}
	j := k - 1
	if j >= 2 && u.toks[j].Lower == "and" && headsOfWords[u.toks[j-1].Lower] {
		j -= 2 // "heads of state and government"
	}
	if j < 1 || u.toks[j].Lower != "of" || !pluralRoleNouns[u.toks[j-1].Lower] {
		return -1
	}
	return j - 1
}

// headsOfWords end "heads of state", "heads of government".
var headsOfWords = map[string]bool{"state": true, "government": true}
