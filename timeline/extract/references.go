package extract

import (
	"fmt"
	"slices"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/names"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file completes mentions from the other reports of their article:
// the parties a one-sided report leaves out, the dated mention an
// undated or back-referring one stands for, and the bounds another event
// sets ("ahead of the call").

// completeParticipants gives a one-sided headline mention the other side
// from a mention of the same kind in the article that names both: the headline
// "Telephone conversation with President of Finland Sauli Niinisto" and the
// body "Vladimir Putin had a telephone conversation with President of
// Finland Sauli Niinisto" are one call.
func (x *extraction) completeParticipants() {
	x.sidesFromHeadline()
	x.summitsTravelledFor()
	x.completeSummits()
	x.completeHeadlineSessions()
	x.completeOneSided()
	for i, d := range x.drafts {
		if !x.units[d.unit].headline || d.ref || d.venue || len(d.m.Participants) != 1 || d.m.Participants[0].Type != timeline.PersonParty || d.m.Kind.Family() != timeline.Talks {
			continue
		}
		if best := x.otherReport(i); best != nil {
			x.takeOtherReport(d, best)
			continue
		}
		// The headline names one side ("Telephone conversation with X"),
		// the lead the other ("Y had a telephone conversation with …"):
		// one event, both sides.
		for _, o := range x.drafts[i+1:] {
			if !x.units[o.unit].lead {
				continue
			}
			if o.ref || len(o.m.Participants) != 1 || o.m.Participants[0].Type != timeline.PersonParty || o.m.Kind.Family() != d.m.Kind.Family() || o.m.Participants[0].Name == d.m.Participants[0].Name {
				continue
			}
			lead, head := o.m.Participants[0], d.m.Participants[0]
			x.addParty(o, head, because("party/other-report", head.Name, x.sentenceText(d)))
			d.m.Participants = append([]timeline.Participant{lead}, d.m.Participants...)
			d.why.partyBecause(lead.Name, because("party/lead", lead.Name))
			break
		}
		// A headline that opens with the event ("Telephone conversation
		// with Chancellor X") and a body that reports it in no other
		// words: the subject is the person the body is about.
		if len(d.m.Participants) == 1 && d.lo == 0 {
			if s, ok := x.bodySubject(d.m.Participants[0]); ok {
				d.m.Participants = append([]timeline.Participant{s}, d.m.Participants...)
				d.why.partyBecause(s.Name, because("party/body-subject", s.Name))
			}
		}
	}
}

// sidesFromHeadline gives a person of the lead's event the country the
// headline names for that side: under "Russian-Chinese talks", in
// "Vladimir Putin and President of China Xi Jinping held talks", Xi
// is China's side, so Putin is Russia's. The headline's event has two
// countries, the lead's event of the same family two people, one of
// whom is known to be of one of them and the other of no country yet.
func (x *extraction) sidesFromHeadline() {
	for _, h := range x.drafts {
		hs := h.m.Participants
		if !x.units[h.unit].headline || len(hs) != 2 || hs[0].Type != timeline.CountryParty || hs[1].Type != timeline.CountryParty {
			continue
		}
		for _, o := range x.drafts {
			ps := o.m.Participants
			if !x.units[o.unit].lead || o.m.Kind.Family() != h.m.Kind.Family() || len(ps) != 2 || ps[0].Type != timeline.PersonParty || ps[1].Type != timeline.PersonParty {
				continue
			}
			for k := range 2 {
				known, unknown := &ps[k], &ps[1-k]
				if unknown.Country != "" {
					continue
				}
				switch known.Country {
				case hs[0].Name:
					unknown.Country = hs[1].Name
				case hs[1].Name:
					unknown.Country = hs[0].Name
				}
			}
		}
	}
}

// summitsTravelledFor gives a summit that a trip of its sentence is for
// the traveller: "Salas arrived in Tokyo on Thursday for the G7 summit"
// is Salas's summit (party/trip-purpose), held on that trip, whose days
// it then takes (see dateOnTrip).
func (x *extraction) summitsTravelledFor() {
	for _, s := range x.drafts {
		if s.ref || s.m.Kind != timeline.Summit || s.lo < 2 || hasPartyOf(s.m.Participants, timeline.PersonParty) {
			continue
		}
		u := &x.units[s.unit]
		k := s.lo - 1
		if u.toks[k].Lower == "the" {
			k--
		}
		if k < 1 || u.toks[k].Lower != "for" {
			continue
		}
		for _, v := range x.drafts {
			if v.unit != s.unit || v.ref || v.m.Kind != timeline.Visit || v.hi > k || v.cue != s.cue && s.cue != "" {
				continue
			}
			if who := visitorOf(v); who != "" {
				for _, p := range v.m.Participants {
					if p.Name == who {
						x.addParty(s, p, because("party/trip-purpose", p.Name, joinText(u.toks[v.lo:v.hi])))
					}
				}
				break
			}
		}
	}
}

// completeSummits gives a headline summit mention the parties of the body's
// mention of the same summit: the headline "Participation in the APEC
// Leaders' Meeting" names the organisation, the body "X participated in
// the APEC Leaders' Meeting" names X too.
func (x *extraction) completeSummits() {
	for i, d := range x.drafts {
		if !x.units[d.unit].headline || d.ref || d.m.Kind != timeline.Summit || len(d.m.Participants) == 0 {
			continue
		}
		wlo, whi := x.window(i)
		for j := wlo; j < whi; j++ {
			o := x.drafts[j]
			if j == i || o.ref || o.m.Kind != timeline.Summit || len(o.m.Participants) <= len(d.m.Participants) {
				continue
			}
			all := true
			for _, p := range d.m.Participants {
				all = all && hasParticipant(o.m.Participants, p.Name)
			}
			if all {
				for _, p := range o.m.Participants {
					x.addParty(d, p, because("party/session", p.Name))
				}
				break
			}
		}
	}
}

// completeOneSided gives a mention of the body that names one party
// after "with" and none before it ("The 17th human rights dialogue with
// China took place in Bern") the parties of the article's nearest other
// report of talks with that party ("Human rights dialogue between
// Switzerland and China"): the sentence leaves out the side the article
// is about, which that report names.
func (x *extraction) completeOneSided() {
	for i, d := range x.drafts {
		if x.units[d.unit].headline || d.ref || d.venue || len(d.m.Participants) != 1 || d.m.Kind.Family() != timeline.Talks || d.m.Kind == timeline.Visit {
			continue
		}
		if r, ok := d.why.party.get(d.m.Participants[0].Name); !ok || r.rule != "party/with" {
			continue
		}
		if best := x.otherReport(i); best != nil {
			x.takeOtherReport(d, best)
		}
	}
}

// otherReport is the report nearest x.drafts[i], within the reference
// window, of an event of the same family with two sides or more that
// names the one party of x.drafts[i], and no date of its own other than
// x.drafts[i]'s (see impliedDays); nil for none.
func (x *extraction) otherReport(i int) *draft {
	d := x.drafts[i]
	var best *draft
	bestDist := 1 << 30
	wlo, whi := x.window(i)
	for j := wlo; j < whi; j++ {
		o := x.drafts[j]
		if j == i || o.ref || len(o.m.Participants) < 2 || o.m.Kind.Family() != d.m.Kind.Family() || !hasParticipant(o.m.Participants, d.m.Participants[0].Name) {
			continue
		}
		if o.tx != nil && o.tx.Range != nil && !o.tx.Range.Overlaps(x.impliedDays(d)) {
			continue // "Talks with X … Yesterday, you had a meeting with Y": another day's event
		}
		if dist := abs(i - j); dist < bestDist {
			best, bestDist = o, dist
		}
	}
	return best
}

// impliedDays are the days d is dated by its own date expression, else
// the article's anchor day: an undated report is the news of the day.
func (x *extraction) impliedDays(d *draft) resolve.Range {
	if d.tx != nil && d.tx.Range != nil {
		return *d.tx.Range
	}
	return resolve.Range{First: x.anchor.Date, Last: x.anchor.Date}
}

// takeOtherReport gives d the parties of the other report r of its event
// (party/other-report).
func (x *extraction) takeOtherReport(d, r *draft) {
	for _, p := range r.m.Participants {
		x.addParty(d, p, because("party/other-report", p.Name, x.sentenceText(r)))
	}
}

// referent finds the dated mention that an undated mention with named
// parties refers to: same kind family, the same parties (two shared, or
// all of them when fewer), preferring the same kind, the finest date and
// then the nearest.
func (x *extraction) referent(i int) *draft {
	d := x.drafts[i]
	need := len(d.m.Participants)
	if need > 2 {
		need = 2
	}
	if need == 0 {
		return nil
	}
	var best *draft
	wlo, whi := x.window(i)
	for _, o := range x.drafts[wlo:whi] {
		if o == d || o.m.When == nil || o.m.When.Basis != timeline.FromText || o.m.Kind.Family() != d.m.Kind.Family() {
			continue
		}
		if d.m.Format != "" && o.m.Format != "" && d.m.Format != o.m.Format {
			continue
		}
		if o.m.Kind != d.m.Kind && timeline.MergeRuleOf(o.m.Kind, d.m.Kind) != timeline.MergeAlways {
			continue // a call is no meeting of another day: the meeting's date is not the call's
		}
		if o.inRelative || x.relativeClauseApart(d, o) || x.relativeClauseApart(o, d) {
			continue // "spoke with Tajani, whom he had met in February": another event
		}
		shared := 0
		for _, p := range d.m.Participants {
			if hasParticipant(o.m.Participants, p.Name) {
				shared++
			}
		}
		if shared < need {
			continue
		}
		if best == nil || betterReferent(d, o, best) {
			best = o
		}
	}
	return best
}

func betterReferent(d, a, b *draft) bool {
	if (a.m.Kind == d.m.Kind) != (b.m.Kind == d.m.Kind) {
		return a.m.Kind == d.m.Kind
	}
	if da, db := a.m.When.Range.Days(), b.m.When.Range.Days(); da != db {
		return da < db
	}
	return abs(a.unit-d.unit) < abs(b.unit-d.unit)
}

// antecedent finds what a bare "the call" refers to: the nearest earlier
// mention of that kind (else of its family) that names its parties; the
// headline counts as earlier than the body.
func (x *extraction) antecedent(i int) *draft {
	d := x.drafts[i]
	if o := x.legInPlace(i); o != nil {
		return o
	}
	var passing *draft // the nearest event told in passing, if no other
	for pass := 0; pass < 3; pass++ {
		wlo, _ := x.window(i)
		for j := i - 1; j >= wlo; j-- {
			o := x.drafts[j]
			if o.ref || len(o.m.Participants) < 2 && !seriesSession(d, o) || o.generic && o.tx == nil {
				continue // (a topic or a process is no event to refer to: see keep)
			}
			// The same kind first, then the same family, then a kind that
			// always merges with it: "the G20 ministerial meeting … The
			// meeting, which took place on 12 August" is the summit.
			if pass == 0 && o.m.Kind != d.m.Kind || pass == 1 && o.m.Kind.Family() != d.m.Kind.Family() ||
				pass == 2 && timeline.MergeRuleOf(o.m.Kind, d.m.Kind) != timeline.MergeAlways {
				continue
			}
			if len(o.m.Participants) < 2 && !x.oneSeries(wlo, i, o) {
				return nil // "the next OPEC summit and the next APEC summit … the previous summit"
			}
			if x.toldInPassing(o, d) {
				if passing == nil {
					passing = o
				}
				continue
			}
			return o
		}
	}
	return passing
}

// eventSubject is the event told before that a back reference opening
// d's sentence stands for, when a verb of succession-verbs joins it to d:
// "The talks came a day before a trilateral summit with X", "The meeting
// follows talks with X". The reference, not the person the story is about,
// is the subject, so its people take part in d as well. nil for none.
func (x *extraction) eventSubject(d *draft, u *unit) *draft {
	for i := len(x.drafts) - 1; i >= 0; i-- {
		r := x.drafts[i]
		if r.unit != d.unit {
			break
		}
		if !r.ref || r.lo > 1 || r.hi >= d.lo || !succeedsTo(u, r.hi, d.lo) {
			continue
		}
		if o := x.antecedent(i); o != nil && len(o.m.Participants) >= 2 {
			return o
		}
	}
	return nil
}

// succeedsTo reports a verb of succession-verbs right after the event
// reference that ends at hi, with nothing but its adjuncts of time and
// place before lo: "came a day before", "in Seoul came ahead of".
func succeedsTo(u *unit, hi, lo int) bool {
	for k := hi; k < lo; k++ {
		if successionVerbs[u.toks[k].Lower] {
			return true
		}
		if u.brk[k] || u.toks[k].Text == "," || !u.toks[k].Word {
			return false
		}
	}
	return false
}

// successionVerbs place one event before or after another ("came",
// "followed", "preceded"): vocab's succession-verbs.
var successionVerbs = vocab.Set("succession-verbs")

// legInPlace is, for a back reference to a visit that names a place
// ("The trip will conclude in Cairo on Thursday"), the nearest visit
// told before to that place's country: the leg of a tour the place is
// in, not the last leg told. nil when the place is of no known country
// or no visit there is told.
func (x *extraction) legInPlace(i int) *draft {
	d := x.drafts[i]
	if d.m.Kind != timeline.Visit || d.m.Place == "" {
		return nil
	}
	country := names.PlaceCountry(d.m.Place)
	if country == "" {
		return nil
	}
	wlo, _ := x.window(i)
	for j := i - 1; j >= wlo; j-- {
		o := x.drafts[j]
		if o.ref || o.m.Kind != timeline.Visit || len(o.m.Participants) < 2 || o.generic && o.tx == nil {
			continue
		}
		if slices.ContainsFunc(o.m.Participants, func(p timeline.Participant) bool { return p.Type == timeline.CountryParty && p.Name == country }) {
			return o
		}
	}
	return nil
}

// passingAge is how many days before the day of writing an event told
// with a date of its own is one told in passing, not the news.
const passingAge = 7

// toldInPassing reports a candidate antecedent o of the back reference d
// that is an earlier event told in passing: dated by its own words weeks
// before the day of writing ("discussed the outcomes of the June 2021
// summit in Geneva") and not in the sentence right before d's. "The
// meeting also included …" several sentences later is the news of the
// day the article reports; right after "They met in Geneva in June",
// it is that meeting.
func (x *extraction) toldInPassing(o, d *draft) bool {
	return o.tx != nil && o.tx.Range != nil && int(o.tx.Range.Last) < int(x.a.Published)-passingAge && d.unit-o.unit > 1 && !d.datedRef
}

// seriesSession reports a dated summit reference ("the first summit last
// year in Prague") and a summit told before of one organisation, which
// it is another session of.
func seriesSession(d, o *draft) bool {
	return d.datedRef && d.m.Kind == timeline.Summit && orgSummit(o)
}

// orgSummit reports a summit that names one party, an organisation: a
// session of a series ("the next OPEC summit").
func orgSummit(o *draft) bool {
	return o.m.Kind == timeline.Summit && len(o.m.Participants) == 1 && o.m.Participants[0].Type == timeline.OrganizationParty
}

// oneSeries reports that o is the only organisation's summit among the
// drafts wlo to i: the series a dated summit reference belongs to.
func (x *extraction) oneSeries(wlo, i int, o *draft) bool {
	for _, p := range x.drafts[wlo:i] {
		if !p.ref && orgSummit(p) && p.m.Participants[0].Name != o.m.Participants[0].Name {
			return false
		}
	}
	return true
}

// takeDate gives d the date of the mention r it refers to.
func (x *extraction) takeDate(d, r *draft) {
	w := *r.m.When
	w.Basis = timeline.FromReference
	w.Explain = fmt.Sprintf("the same %s as %q, dated by %q", r.m.Kind, clip(x.sentenceText(r), 80), w.Text)
	d.m.When = &w
	d.m.Source.Explain = w.Explain
	d.why.date = because("date/same-event", string(r.m.Kind), x.sentenceText(r))
}

// applyBound narrows the range of a mention dated "earlier this week" that
// happened "ahead of the call": the last day becomes the day before the
// call (or, after the call, the first day its first day).
func (x *extraction) applyBound(i int, d *draft) {
	var r *draft
	wlo, whi := x.window(i)
	for j := i - 1; j >= wlo; j-- {
		o := x.drafts[j]
		if o != d && o.m.Kind == d.boundKind && o.m.When != nil {
			r = o
			break
		}
	}
	if r == nil {
		for j := i + 1; j < whi; j++ {
			if o := x.drafts[j]; o.m.Kind == d.boundKind && o.m.When != nil {
				r = o
				break
			}
		}
	}
	if r == nil {
		return
	}
	w := *d.m.When
	switch d.bound {
	case boundBefore:
		last := r.m.When.Range.First - 1
		if last < w.Range.First || last >= w.Range.Last {
			return
		}
		w.Range.Last = last
		w.Explain += fmt.Sprintf("; before the %s of %s, so on or before %s", r.m.Kind, r.m.When.Range.First, last)
	case boundAfter:
		first := r.m.When.Range.First
		if first <= w.Range.First || first > w.Range.Last {
			return
		}
		w.Range.First = first
		w.Explain += fmt.Sprintf("; after the %s of %s, so on or after %s", r.m.Kind, first, first)
	}
	d.m.When = &w
	d.m.Source.Explain = w.Explain
}

// datedDefinite reports an event noun at lo..hi written with a date of
// its own, after a definite determiner: inside its noun phrase ("the
// December 7 videoconference", "that 2019 summit"), in a participle
// clause right after it ("the talks held in Sochi on November 25"), or
// right after a noun of a series ("the last dialogue in Beijing in 2018",
// "the first summit last year in Prague"); or a date's possessive stands
// for the determiner ("after last month's talks in Geneva"). Naming nobody, it refers to an
// event of the parties the article is about, on that date: another event
// than the one told on another day (see dateAntecedents).
func datedDefinite(u *unit, lo, hi int) bool {
	k := lo - 1
	for k >= 0 && !u.inTx[k] && u.toks[k].Cap {
		k-- // "the May 16 White House visit"
	}
	if k >= 0 && u.inTx[k] {
		for k >= 0 && u.inTx[k] {
			k--
		}
		return k >= 0 && definiteRefs[u.toks[k].Lower]
	}
	if lo >= 2 && u.toks[lo-1].Lower == "'s" && u.inTx[lo-2] && placeAfter(u, hi) {
		// "after last month's talks in Geneva": a date's possessive is
		// definite, and the place tells the occurrence apart ("yesterday's
		// meetings" may be any of the day's)
		return true
	}
	if lo == 0 {
		return false
	}
	if definiteRefs[u.toks[lo-1].Lower] && hi < len(u.toks) && heldParticiples[u.toks[hi].Lower] {
		return placeThenDate(u, hi+1)
	}
	if lo < 2 || !sequenceAdjectives[u.toks[lo-1].Lower] || !definiteRefs[u.toks[lo-2].Lower] {
		return false
	}
	if _, n := happenPhrases.match(u.toks, hi); n > 0 {
		hi += n // "their previous conversation took place on November 3"
	} else if hi < len(u.toks) && pastCopulas[u.toks[hi].Lower] {
		hi++ // "their last phone call was on November 3"
	}
	return placeThenDate(u, hi)
}

// placeAfter reports a place named right after the event noun ending at
// hi: "in Geneva", "at the Kremlin".
func placeAfter(u *unit, hi int) bool {
	if hi+1 >= len(u.toks) || !placePrepositions[u.toks[hi].Lower] {
		return false
	}
	k := hi + 1
	if u.toks[k].Lower == "the" {
		k++
	}
	return k < len(u.toks) && u.entAt[k] > 0 && u.ents[u.entAt[k]-1].Kind == entPlace
}

// heldParticiples open a participle clause of an event's place and date
// (vocab's held-participles); sequenceAdjectives make an event noun one of
// a series (vocab's sequence-adjectives).
var (
	heldParticiples    = vocab.Set("held-participles")
	sequenceAdjectives = vocab.Set("sequence-adjectives")
)

// maxHeldReach is how many words may stand before the date of an event
// noun's place and date: "held in Santiago, Chile, on".
const maxHeldReach = 8

// placeThenDate reports a date at from or after at most a place: "in
// Sochi on November 25", "on 3 May", "last year in Prague".
func placeThenDate(u *unit, from int) bool {
	for k := from; k < len(u.toks) && k <= from+maxHeldReach-1; k++ {
		t := &u.toks[k]
		switch {
		case u.inTx[k]:
			return true
		case t.Cap || t.Text == "," || t.Lower == "on" || placePrepositions[t.Lower]:
		default:
			return false // "the talks held to ease tensions on Monday"
		}
	}
	return false
}

// partiesTold reports an earlier mention of the article, of kind's family
// or one that always merges with it, that names a party (a headline's one
// side is completed later): what a dated definite reference ("the June
// 15-19 conference") may be of the parties of. Without one, the noun is news of its own, whose parties a
// later sentence may give ("… would be attended by …").
func (x *extraction) partiesTold(kind timeline.Kind) bool {
	for _, o := range x.drafts {
		if !o.ref && len(o.m.Participants) >= 1 && (o.m.Kind.Family() == kind.Family() || timeline.MergeRuleOf(o.m.Kind, kind) == timeline.MergeAlways) {
			return true
		}
	}
	return false
}

// ownTripRef reports "during his trip, which starts tomorrow": a visit
// noun after "his" or "her" that goes nowhere said and names nobody else,
// followed by a clause that says when it starts or ends, is the trip told
// before of the person the clause is about (the subject, when the clause
// names one, else any visitor told), whose days it bounds (boundTrip).
// Without such a clause, "during his visit" frames what the sentence
// tells and is no report of the trip. When the article tells visits to
// more than one place, the words may mean the whole tour or any leg of
// it, and refer to none.
func (x *extraction) ownTripRef(u *unit, d *draft, lo int, s *sides) bool {
	if d.m.Kind != timeline.Visit || s.dest != nil || len(s.right) > 0 || len(s.left) > 1 || lo == 0 || !personalPossessives[u.toks[lo-1].Lower] {
		return false
	}
	if ti, _ := tripBoundDay(u, d); ti < 0 {
		return false
	}
	var told *draft
	for _, o := range x.drafts {
		if o.m.Kind != timeline.Visit || o.ref || len(o.m.Participants) < 2 {
			continue
		}
		if len(s.left) == 1 {
			if p, ok := x.cast.participant(s.left[0].entity, ""); !ok || !hasParticipant(o.m.Participants, p.Name) {
				continue
			}
		}
		if told != nil && !sameParticipants(told.m.Participants, o.m.Participants) {
			return false // "his trip" after legs to A and B
		}
		told = o
	}
	return told != nil
}

// visitToldBy reports a visit told before in the article whose visitor is
// the person e: what "the trip by Baker" refers to.
func (x *extraction) visitToldBy(e entity) bool {
	p, ok := x.cast.participant(e, "")
	if !ok || p.Type != timeline.PersonParty {
		return false
	}
	for _, o := range x.drafts {
		if o.m.Kind == timeline.Visit && !o.ref && hasParticipant(o.m.Participants, p.Name) {
			return true
		}
	}
	return false
}

// ownDateBefore reports a date of the event's own: written inside its
// noun phrase ("their September 9 phone call") or after the noun in its
// clause ("their meeting in Sochi on November 26").
func ownDateBefore(u *unit, lo int) bool {
	if lo > 0 && u.inTx[lo-1] {
		return true
	}
	// or after it in its clause: "their meeting in Sochi on November 26"
	for k := lo; k < len(u.toks) && k < lo+8 && !u.brk[k] && u.toks[k].Text != ","; k++ {
		if u.inTx[k] {
			return true
		}
	}
	return false
}

// ownDateAway reports a date of the event noun's own (see ownDateBefore)
// that leaves out the day it is told on: "our meeting in Moscow in 2022",
// not "our meeting today".
func (x *extraction) ownDateAway(u *unit, lo int) bool {
	if !ownDateBefore(u, lo) {
		return false
	}
	for ti, k := range u.txTok {
		if k >= lo-1 && k < lo+8 && u.txs[ti].Range != nil && u.txs[ti].Range.Contains(x.anchor.Date) {
			return false
		}
	}
	return true
}

// conversationWord reports a draft whose event word is a conversation
// that a phone or video cue would make a call ("conversation", "talk"),
// told with no place: an earlier one of a series of calls is a call too,
// but "our previous conversation, in Sochi on November 25" was held there.
func (x *extraction) conversationWord(d *draft) bool {
	info, n := lex.triggers.match(x.units[d.unit].toks, d.lo)
	return n > 0 && info.Convertible && d.m.Place == ""
}

// earlierEventAdverbs are vocab's earlier-event-adverbs: "last met",
// "had previously held talks".
var earlierEventAdverbs = vocab.Set("earlier-event-adverbs")

// toldAsEarlier reports an event told as an earlier one than the news
// ("Moon and Morrison last met on the sidelines of the G7 summit",
// "since their last meeting"): a word of earlier-event-adverbs right
// before its event word, an auxiliary aside. It is no report of the news
// another mention tells, nor that news one of it, whatever the parties
// share.
func (x *extraction) toldAsEarlier(d *draft) bool {
	u := &x.units[d.unit]
	for k := d.lo - 1; k >= 0 && k >= d.lo-3; k-- {
		w := u.toks[k].Lower
		if earlierEventAdverbs[w] {
			return true
		}
		if !subjectSkip[w] {
			return false
		}
	}
	return false
}
