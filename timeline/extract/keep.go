package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file finishes the drafts of an article: drops repeats and
// mentions with too few parties to be an event, and writes out the kept
// mentions with their evidence and reasons.

// dedupe drops a mention that repeats an earlier one of the same sentence
// ("arrived in Russia on a working visit").
func (x *extraction) dedupe(from int) {
	kept := x.drafts[:from]
	for _, d := range x.drafts[from:] {
		dup := false
		for _, k := range kept[from:] {
			same := !d.ref && !k.ref && k.m.Kind.Family() == d.m.Kind.Family() && k.m.Format == d.m.Format && sameParticipants(k.m.Participants, d.m.Participants) &&
				(k.m.Kind == timeline.Call) == (d.m.Kind == timeline.Call) && (k.cue == timeline.Planned) == (d.cue == timeline.Planned) && // ("spoke by phone on Monday and agreed to meet in March": two events)
				!toldAgain(k, d) // ("met A on Monday and again on Wednesday": told again on its own day)
			if same && x.relativeClauseApart(k, d) {
				d.inRelative = true
				continue
			}
			if same && x.mainClauseAfter(k, d) {
				// "X, on his first trip abroad since taking office, arrived
				// in Santiago on Wednesday", '"We had a productive meeting,"
				// X said after talks with Y on Wednesday': the main clause
				// (the narrative, not the quotation) tells the event, with
				// its date
				place, why := k.m.Place, k.why.place
				*k = *d
				if k.m.Place == "" && place != "" {
					k.m.Place, k.why.place = place, why
				}
				dup = true
				continue
			}
			if same {
				dup = true
				if k.m.Place == "" && d.m.Place != "" {
					k.m.Place, k.why.place = d.m.Place, because("place/same-sentence", d.m.Place)
				}
			}
			if !same && !dup && x.oneSessionNamedTwice(k, d) {
				// "on the sidelines of an ASEAN meeting": the organisation
				// and the event word after it are one session, with the
				// attendees either names; the organisation's own report
				// (which knows what it is the sidelines of) stays
				keep, other := k, d
				if d.venue && !k.venue {
					keep, other = d, k
				}
				joined := *keep
				joined.m.Format = cmp.Or(keep.m.Format, other.m.Format)
				joined.why = keep.why.clone()
				for _, p := range other.m.Participants {
					if !hasParticipant(joined.m.Participants, p.Name) {
						joined.m.Participants = append(joined.m.Participants, p)
					}
				}
				joined.why.copyParties(&other.why)
				*k = joined
				dup = true
				continue
			}
			if !same && !dup && x.sessionObject(k, d) {
				// "A and B will co-chair the Andean Community summit": the
				// summit, which counts them
				*k = *d
				dup = true
				continue
			}
			if !same && !dup && x.eventObject(k, d) {
				// "A and B co-chaired the Chile-Peru 2+2 dialogue in Lima on
				// Wednesday": the verb's event is the one its object names
				k.end = max(k.end, d.end, d.hi)
				if k.m.Place == "" && d.m.Place != "" {
					k.m.Place, k.why.place = d.m.Place, d.why.place
				}
				dup = true
				continue
			}
			if !same && !dup && formatOfMembers(k, d) {
				// "Foreign ministers of the Quad countries - the United
				// States, Japan, India and Australia - will meet in Tokyo":
				// the meeting of the format's members is its session
				d.m.Kind, d.m.Format, d.why.kind = k.m.Kind, k.m.Format, k.why.kind
				*k = *d
				dup = true
			}
		}
		if !dup {
			kept = append(kept, d)
		}
	}
	x.drafts = kept
}

// mainClauseAfter reports d, told in the main clause of k's sentence
// after k, which stands in a phrase set off by commas right after its
// subject's name or inside a quotation d is not in: "Reyes, on his first
// trip abroad since taking office, arrived in Santiago on Wednesday",
// '"We had a productive meeting," X said after talks with Y on
// Wednesday'.
func (x *extraction) mainClauseAfter(k, d *draft) bool {
	if k.unit != d.unit || d.lo <= k.hi {
		return false
	}
	u := &x.units[k.unit]
	if insideQuote(u, k.lo) && !insideQuote(u, d.lo) {
		return true
	}
	open := k.lo - 1
	for open > 0 && u.toks[open].Text != "," && !u.brk[open] && k.lo-open <= 6 {
		open--
	}
	if open < 1 || u.toks[open].Text != "," || u.entEnd[open-1] == 0 || u.ents[u.entEnd[open-1]-1].Kind != entPerson {
		return false
	}
	end := k.hi
	for end < d.lo && u.toks[end].Text != "," {
		end++ // (past "since taking office")
	}
	return end < d.lo && u.toks[end].Text == ","
}

// maxEventObjectReach is how many words an event verb's object may run
// before the event noun that heads it: "co-chaired the Chile-Peru 2+2
// dialogue".
const maxEventObjectReach = 8

// eventObject reports an event noun d that heads the object of the event
// verb of k, in one clause, of the same family, whose parties are the
// countries of k's people: "Ana Cruz and Rosa Vega co-chaired the
// Chile-Peru 2+2 dialogue" is one event, theirs, which the noun dates and
// places.
func (x *extraction) eventObject(k, d *draft) bool {
	if k.unit != d.unit || k.ref || d.ref || d.lo < k.hi || d.lo-k.hi > maxEventObjectReach || k.m.Kind.Family() != d.m.Kind.Family() {
		return false
	}
	u := &x.units[k.unit]
	if v := u.toks[k.lo]; !v.Word || v.Cap {
		return false // a verb: "co-chaired", "held"
	}
	for j := k.hi; j < d.lo; j++ {
		if u.brk[j] || u.toks[j].Text == "," || withWords[u.toks[j].Lower] {
			return false
		}
	}
	countries := map[string]bool{}
	for _, p := range k.m.Participants {
		if p.Type != timeline.PersonParty || p.Country == "" {
			return false
		}
		countries[p.Country] = true
	}
	for _, p := range d.m.Participants {
		if p.Type != timeline.CountryParty || !countries[p.Name] {
			return false
		}
	}
	return len(d.m.Participants) > 0
}

// sessionObject reports a summit d that is the object of the verb of k, a
// word of attend-verbs that is also an event word ("co-chair", "co-host"),
// and that counts all of k's people among its parties: "A and B will
// co-chair the Andean Community summit" is the summit, not besides it
// talks of the two.
func (x *extraction) sessionObject(k, d *draft) bool {
	if k.unit != d.unit || k.ref || d.ref || d.m.Kind != timeline.Summit || d.lo < k.hi || d.lo-k.hi > maxEventObjectReach {
		return false
	}
	u := &x.units[k.unit]
	if _, n := attendVerbs.match(u.toks, k.lo); n == 0 || triggerBetween(u, k.hi, d.lo) {
		return false
	}
	return len(k.m.Participants) > 0 && allAmong(k.m.Participants, d.m.Participants)
}

// oneSessionNamedTwice reports two summit drafts of one sentence written
// one right after the other, an organisation's name and the event word
// that follows it ("an ASEAN meeting", "the G20 ministerial"), that share
// an organisation.
func (x *extraction) oneSessionNamedTwice(k, d *draft) bool {
	if k.unit == d.unit && k.m.Kind == timeline.Summit && d.m.Kind == timeline.Summit && restatedInBrackets(&x.units[k.unit], k, d) {
		return true // "the 3rd Summit of the Forum for … (FIPIC III Summit)"
	}
	if k.unit != d.unit || k.m.Kind != timeline.Summit || d.m.Kind != timeline.Summit || k.ref || d.ref ||
		k.m.Format != d.m.Format && k.m.Format != "" && d.m.Format != "" {
		return false
	}
	if k.m.Format != "" && d.m.Format == "" && k.hi <= d.lo && capitalisedBetween(&x.units[k.unit], k.hi, d.lo) {
		return true // "the Quad Foreign Ministerial Meeting": the format's session
	}
	if k.hi != d.lo && d.hi != k.lo {
		return false
	}
	for _, p := range k.m.Participants {
		if p.Type == timeline.OrganizationParty && hasParticipant(d.m.Participants, p.Name) {
			return true
		}
	}
	return false
}

// restatedInBrackets reports d's words standing alone in brackets right
// after k's: a short name of the same session.
func restatedInBrackets(u *unit, k, d *draft) bool {
	return d.lo == k.hi+1 && u.toks[k.hi].Text == "(" && d.hi < len(u.toks) && u.toks[d.hi].Text == ")"
}

// capitalisedBetween reports that tokens [lo, hi) are at most two
// capitalised words: the rest of one name ("Quad Foreign Ministerial
// Meeting").
func capitalisedBetween(u *unit, lo, hi int) bool {
	if hi-lo > 2 {
		return false
	}
	for k := lo; k < hi; k++ {
		if !u.toks[k].Cap || !u.toks[k].Word {
			return false
		}
	}
	return true
}

// formatOfMembers reports a format named without an event of its own
// (k, not attended, with no status word) and the event d of the same
// sentence that its members hold, with exactly the format's parties.
func formatOfMembers(k, d *draft) bool {
	return k.venue && k.m.Format != "" && !k.attended && k.cue == "" && !d.venue && !d.ref && d.m.Format == "" && d.unit == k.unit &&
		d.m.Kind != timeline.Call && d.m.Kind != timeline.Visit && len(k.m.Participants) >= 2 && sameParticipants(k.m.Participants, d.m.Participants)
}

// relativeClauseApart reports two mentions of one sentence of which the
// later stands in a relative clause of its own: "He spoke with Tajani,
// whom he had already met in February in New York" reports two events,
// the talks and an earlier meeting.
func (x *extraction) relativeClauseApart(a, b *draft) bool {
	u := &x.units[a.unit]
	if b.unit != a.unit || b.lo <= a.hi {
		return false
	}
	for k := a.hi; k < b.lo; k++ {
		if relativeOpeners[u.toks[k].Lower] {
			return true
		}
	}
	return false
}

// relativeOpeners open a relative clause: "whom he had met".
var relativeOpeners = vocab.Set("relative-openers")

// sameParticipants reports whether a and b name the same participants.
func sameParticipants(a, b []timeline.Participant) bool {
	return len(a) == len(b) && allAmong(a, b)
}

// allAmong reports whether every participant of a is one of b's.
func allAmong(a, b []timeline.Participant) bool {
	for _, p := range a {
		if !hasParticipant(b, p.Name) {
			return false
		}
	}
	return true
}

func hasParticipant(list []timeline.Participant, name string) bool {
	for _, q := range list {
		if q.Name == name {
			return true
		}
	}
	return false
}

// keep reports whether a draft names enough parties to be an event: a
// conversation needs two sides, a visit a visitor and a host, a summit an
// organisation or format or two parties, and a named format a date.
func (x *extraction) keep(d *draft) bool {
	ps := d.m.Participants
	if len(ps) == 0 {
		return false
	}
	if d.generic && d.tx == nil && !(d.onLeg != nil && x.purposeOf(d.onLeg, d)) {
		// "the need for talks": a topic, not an event (but "will travel
		// to New Delhi on November 9 to participate in the 2+2 Ministerial
		// Dialogue": the trip's days are the dialogue's)
		return false
	}
	if d.hypothetical {
		return false // "a possible visit early next year" (GUIDE: no event)
	}
	if d.m.Kind != timeline.Call && !hasStateActor(ps) && !x.statePresent(&x.units[d.unit]) {
		return false // "Smith met with Jones": a meeting, but not diplomacy
	}
	if domestic(ps) {
		return false // "the President met the Archbishop of Colombo": officials of one country among themselves
	}
	if allPrivate(ps) {
		return false // "a meeting between the Cardinal and the Bishops' Conference": a church's, not a state's
	}
	if x.meal(d) && hasPartyOf(ps, timeline.OrganizationParty) {
		return false // "a dinner with members of the Council": a meal of people, no session
	}
	if d.m.Kind == timeline.Visit && localVisitors(ps) {
		return false // "the mayor of Santiago flew to Lima": a city's trip, not a state's
	}
	if d.m.Format != "" && d.venue && d.m.When == nil && !d.attended && !(d.ahead && d.m.Status == timeline.Planned) {
		// A format named without a date is usually the frame of something
		// else ("diplomacy through the Normandy format"); a format that is
		// the other party of a call or meeting, whose session someone
		// attends ("will attend the G20 summit"), or one still to come
		// ("the upcoming NATO Summit"), is not.
		return false
	}
	if d.m.Kind == timeline.Summit || d.m.Format != "" {
		if hasPartyOf(ps, timeline.OrganizationParty) {
			return true
		}
		return d.m.Format != "" || len(ps) >= 2 || x.hostOfRegionalSummit(d) || x.datedSummitTakenPart(d)
	}
	if len(ps) == 1 && ps[0].Type == timeline.OrganizationParty && d.m.Kind == timeline.Meeting {
		d.m.Kind, d.why.kind = timeline.Summit, because("kind/organisation-session", ps[0].Name)
		return true
	}
	return len(ps) >= 2
}

// kept says, draft by draft, whether it becomes a mention: keep says so,
// and a leg of a trip is not kept when a meeting or talks held on it is
// (the visit is that meeting).
func (x *extraction) kept() []bool {
	kept := make([]bool, len(x.drafts))
	at := make(map[*draft]int, len(x.drafts))
	for i, d := range x.drafts {
		kept[i] = x.keep(d)
		at[d] = i
	}
	for i, d := range x.drafts {
		for _, a := range d.absorbedBy {
			if kept[i] && kept[at[a]] {
				kept[i] = false
			}
		}
	}
	return kept
}

// mentions finishes the drafts: evidence, article, index, text order.
//
// Every string a mention keeps is copied out of the article: a substring
// would keep the whole body alive for as long as the mention lives, and
// mentions live until the whole corpus is merged. With the copies, memory
// grows with the mentions kept, not with the size of the corpus.
func (x *extraction) mentions() []timeline.Mention {
	var out []timeline.Mention
	headline := ""
	kept := x.kept()
	for i, d := range x.drafts {
		if !kept[i] {
			continue
		}
		x.predecessorStates(d)
		m := d.m
		u := &x.units[d.unit]
		raw := u.text[u.start:u.end]
		trimmed := strings.TrimSpace(raw)
		shift := strings.Index(raw, trimmed)
		if headline == "" {
			headline = strings.Clone(x.a.Headline)
		}
		m.Source.Article = x.a.ID
		m.Source.Headline = headline
		m.Source.Published = x.a.Published
		m.Source.Publisher = strings.Clone(x.a.Publisher)
		m.Source.URL = strings.Clone(x.a.URL)
		m.Source.Sentence = strings.Clone(trimmed)
		m.Source.DateText = strings.Clone(m.Source.DateText)
		m.Place = strings.Clone(m.Place)
		if m.When != nil {
			w := *m.When
			w.Text = strings.Clone(w.Text)
			m.When = &w
		}
		parts := make([]timeline.Participant, len(m.Participants))
		for i, p := range m.Participants {
			p.Name, p.Role, p.Country = strings.Clone(p.Name), strings.Clone(p.Role), strings.Clone(p.Country)
			p.Aliases = slices.Clone(p.Aliases)
			for j, a := range p.Aliases {
				p.Aliases[j] = strings.Clone(a)
			}
			parts[i] = p
		}
		m.Participants = parts
		if m.Source.DateEnd > 0 {
			m.Source.DateStart -= shift
			m.Source.DateEnd -= shift
		}
		m.Article = x.a.ID
		m.Publisher = x.a.Publisher
		m.Source.Why = d.why.why(&m, x.reasons())
		m.Index = len(out)
		out = append(out, m)
	}
	return out
}

// statePresent reports whether a sentence names a state actor at all (a
// country, an organisation, a format, a person of a country or in a state
// office): "the meeting of EU leaders with A and B" is diplomacy even when
// the article never gives A's and B's offices.
func (x *extraction) statePresent(u *unit) bool {
	for _, e := range u.ents {
		switch e.Kind {
		case entCountry, entOrg, entFormat:
			return true
		case entPerson, entRole:
			if e.Country != "" || stateRoles[e.Role] {
				return true
			}
		}
	}
	return false
}

// stateRoles are the offices that make a person a state actor.
var stateRoles = map[string]bool{
	"President": true, "Vice President": true, "Prime Minister": true, "Deputy Prime Minister": true,
	"Monarch": true, "Pope": true, "Foreign Minister": true, "Deputy Foreign Minister": true,
	"Defense Minister": true, "Minister": true, "National Security Advisor": true, "Envoy": true,
}

// domestic reports an event whose parties all belong to one country, each
// known: a country itself, or a person of that country. GUIDE: "Domestic
// meetings (officials of one country among themselves) are not events."
// An organisation, or a person of unknown country, may come from
// elsewhere.
func domestic(ps []timeline.Participant) bool {
	if len(ps) < 2 {
		return false
	}
	home := ""
	for _, p := range ps {
		c := p.Country
		switch p.Type {
		case timeline.CountryParty:
			c = p.Name
		case timeline.PersonParty:
		default:
			return false
		}
		if c == "" || home != "" && c != home {
			return false
		}
		home = c
	}
	return true
}

// allPrivate reports parties who all hold offices of non-state-roles
// (clergy): whatever their countries, they act for no state, and their
// meetings among themselves are no diplomacy. A head of a church who is
// also a head of state has the office Pope, not Cleric.
func allPrivate(ps []timeline.Participant) bool {
	for _, p := range ps {
		if p.Type != timeline.PersonParty || !nonStateRoles[p.Role] {
			return false
		}
	}
	return true
}

// nonStateRoles are the offices that make no one a state actor.
var nonStateRoles = vocab.Set("non-state-roles")

// hasStateActor reports whether one of the parties acts for a state or an
// international organisation: a country or organisation, a person of a
// known country, or a person holding a state office. Meetings and talks of
// people who are none of these (companies, unions, families) are not
// diplomatic events.
func hasStateActor(ps []timeline.Participant) bool {
	for _, p := range ps {
		if p.Type != timeline.PersonParty || p.Country != "" || stateRoles[p.Role] {
			return true
		}
	}
	return false
}

// localRoles are the offices of cities (vocab's offices flagged local).
var localRoles = vocab.RolesWhere(func(o vocab.Office) bool { return o.Local })

// localVisitors reports a visit whose travellers, the people among its
// participants, all hold an office of a city.
func localVisitors(ps []timeline.Participant) bool {
	n := 0
	for _, p := range ps {
		if p.Type != timeline.PersonParty {
			continue
		}
		if !localRoles[p.Role] {
			return false
		}
		n++
	}
	return n > 0
}

// hasPartyOf reports a participant of type t among ps.
func hasPartyOf(ps []timeline.Participant, t timeline.PartyType) bool {
	return slices.ContainsFunc(ps, func(p timeline.Participant) bool { return p.Type == t })
}

// mealWords are the meals that are meetings of the people at table
// (vocab's meal-words).
var mealWords = vocab.Set("meal-words")

// meal reports a draft whose event word names a meal: "had lunch with".
func (x *extraction) meal(d *draft) bool {
	for _, t := range x.units[d.unit].toks[d.lo:d.hi] {
		if mealWords[t.Lower] {
			return true
		}
	}
	return false
}
