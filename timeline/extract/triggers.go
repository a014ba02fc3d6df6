package extract

import (
	"slices"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads an event word's frame: what kind of event it reports,
// who stands around it, and the further legs of a trip.

// withWords introduce the other party of a conversation or meeting.
var withWords = vocab.Set("with-words")

// rightStops end the search for "with" after a trigger.
var rightStops = vocab.Set("right-stops")

// groupGlue may stand between the names of one list: "Biden, Macron and
// Scholz", "US President and his Ukrainian counterpart", "Russian-Serbian".
var groupGlue = vocab.Set("group-glue")

// triggerDraft builds the mentions reported by the trigger toks[lo:hi]:
// its kind, the groups of names around it (see sides), its place, the
// status words of its clause, and the further legs of a trip. Several
// people met or called one by one are one mention each (see
// oneByOne).
func (x *extraction) triggerDraft(ui, lo, hi int, info triggerInfo) {
	u := &x.units[ui]
	if x.visitingDraft(ui, lo, hi, info) {
		return
	}
	if notAnEvent(u, lo, hi, info) {
		return
	}
	// The draft is built on the stack and moved to the heap only when it
	// is kept: most event words find no sides, and a draft is large.
	dv := draft{unit: ui, lo: lo, hi: hi}
	info = headlineCallObject(u, lo, hi, info) // "Sunak calls Netanyahu"
	x.triggerKind(&dv, u, info)
	var s sides
	var ok bool
	if info.Channel {
		s, ok = channelSides(u, lo, hi)
	} else {
		s, ok = x.findSides(&dv, u, info)
	}
	if !ok {
		if dv.ref {
			d := x.newDraft(&dv)
			// "the March 2019 summit in Lima": another event, with a place
			// of its own; "The talks will take place in Geneva": where the
			// event told before, or a later session of it, is held.
			d.datedRef = datedDefinite(u, lo, hi)
			d.m.Place, d.why.place = x.refPlace(u, lo, hi)
			x.drafts = append(x.drafts, d)
		}
		return
	}
	d := x.newDraft(&dv)
	if len(s.left) >= 2 && len(s.right) == 1 && (separately(u, d.lo, d.hi) || separateAfter(u, s.right[0].Hi)) {
		// "He and Arafat meet separately Monday with Albright", "A and B
		// will meet X separately": each of the subjects meets the other
		// party on their own.
		for _, p := range s.left {
			one := *d
			one.why = d.why.clone()
			p.why = because("party/one-by-one", u.surface(p.entity), joinText(u.toks[d.lo:d.hi]))
			t := s
			t.left = []party{p}
			one.oneByOne = true
			x.completeDraft(&one, u, info, t)
		}
		return
	}
	if !x.oneByOne(d, u, info, s) {
		x.completeDraft(d, u, info, s)
		return
	}
	for _, p := range s.right {
		one := *d
		one.why = d.why.clone()
		p.why = because("party/one-by-one", u.surface(p.entity), joinText(u.toks[d.lo:d.hi]))
		t := s
		t.right = []party{p}
		// Each event reaches as far as the list: a date after it dates
		// them all.
		one.end = s.right[len(s.right)-1].Hi
		one.oneByOne = true
		x.completeDraft(&one, u, info, t)
	}
}

// completeDraft gives d its participants, place, status cue and genericity
// from the sides found, and adds it (and a trip's further legs).
func (x *extraction) completeDraft(d *draft, u *unit, info triggerInfo, s sides) {
	right := x.resolveSides(d, u, info, s)
	theirLeaders(d, u)
	x.mediators(d, u, right)
	x.sidelinesHolders(d, u)
	if d.m.Place == "" {
		reach := max(d.hi, d.end) // "met with Prime Minister and Minister of Foreign Affairs of Qatar X today in Doha": counted past the party
		for _, e := range right {
			reach = max(reach, e.Hi)
		}
		if p, why := x.placeUpTo(u, d.lo, d.hi, reach+placeReach); p != "" && !elsewhere(u, p, s.dest) {
			d.m.Place, d.why.place = p, why
		} else if p, why := wherePlace(u, d.lo); p != "" && !elsewhere(u, p, s.dest) {
			d.m.Place, d.why.place = p, why
		} else if p, why := placeAfterAside(u, reach); p != "" && !elsewhere(u, p, s.dest) {
			d.m.Place, d.why.place = p, why
		} else if p, why := x.placeAfterAsideVerb(u, reach); p != "" && !elsewhere(u, p, s.dest) {
			d.m.Place, d.why.place = p, why
		} else if h := x.hereInClause(u, reach); h != nil && !elsewhere(u, h.Name, s.dest) {
			d.m.Place, d.why.place = h.Name, because("place/here", h.Name)
		}
	}
	end := max(d.hi, d.end)
	for _, e := range right {
		end = max(end, e.Hi)
	}
	if s.dest != nil && s.dest.Lo >= d.hi {
		end = max(end, s.dest.Hi) // "his visit to Hungary has been postponed"
	}
	d.end = end
	purposeTalks(d, u, info)
	x.comitativeParties(d, u)
	d.cue, d.cueWord = x.statusCue(u, d.lo, end, info.Base)
	if _, n := invitationCues.match(u.toks, d.lo); n > 0 && d.cue == "" {
		d.cue, d.cueWord = timeline.Planned, joinText(u.toks[d.lo:d.lo+n]) // "accepted an invitation to Peru": a plan (GUIDE)
	}
	if d.cue == timeline.Cancelled && absentFromSession(u, d.lo) {
		d.cue, d.cueWord = "", "" // "pulled out of the Pacific Alliance summit": one stays away; the summit is held
	}
	if w := negatedAsPlanned(u, d.lo); w != "" {
		d.cue, d.cueWord = timeline.Cancelled, w // "will not meet as planned on Monday"
	}
	if w := ownAbsence(u, d.lo, d.hi, info); w != "" {
		d.cue, d.cueWord = timeline.Cancelled, w // "pulled out of a trip to Bolivia", "skipped his visit", "pulled out of a meeting with X"
	}
	if d.cue == timeline.Planned && (underWay(u, d.lo) >= 0 || pleasureDone(u, d.lo)) {
		d.cue, d.cueWord = "", "" // "I am pleased to visit …": under way, not planned; "I was honored to welcome …": done
	}
	d.generic = info.Dated && !u.headline || genericMention(u, d.lo, end)
	d.hypothetical = hypotheticalMention(u, d.lo) || speculativeClause(u, d.lo, d.hi)
	x.drafts = append(x.drafts, d)
	if s.dest != nil {
		x.nextLegs(d.unit, d, *s.dest)
	}
}

// triggerKind sets the kind: the trigger's, or a call when a conversation
// word has a phone or video cue in its sentence or its story's headline.
func (x *extraction) triggerKind(d *draft, u *unit, info triggerInfo) {
	word := joinText(u.toks[d.lo:d.hi])
	d.m.Kind = info.Kind
	d.why.kind = because("kind/trigger", word, string(info.Kind))
	if info.Kind == timeline.Meeting && info.Noun && sidelinesOf(u, d.lo) >= 0 {
		// "met on the sidelines of a trilateral ministers' meeting": a
		// gathering others meet aside of is multilateral (a summit of two
		// is a meeting again: kind/bilateral-summit)
		d.m.Kind, d.why.kind = timeline.Summit, because("kind/sidelines-gathering", word)
		if v, _ := eventBeforeSidelines(u, sidelinesOf(u, d.lo)); v >= 0 {
			d.sidelines = v + 1 // (its date: shareSidelinesDate)
		}
		return
	}
	if info.Kind == timeline.Meeting && !info.Convertible {
		if cue := remoteMeetingCue(u, d.lo, d.hi); cue != "" {
			d.m.Kind, d.why.kind = remoteKind, because("kind/remote-meeting", word, cue)
		}
		return
	}
	if !info.Convertible {
		return
	}
	if cue := remoteCueIn(u, d.lo, d.hi); cue != "" {
		d.m.Kind, d.why.kind = remoteKind, because("kind/remote-cue", word, cue)
	} else if x.remote && headlineConvertible[u.toks[d.lo].Lower] {
		d.m.Kind, d.why.kind = remoteKind, because("kind/headline-call", word)
	}
}

// remoteMeetingCues, in the clause of a meeting word, say it was held at
// a distance: a virtual meeting is a call.
var remoteMeetingCues = vocab.Set("remote-meeting-cues")

// remoteMeetingReach is how far from a meeting word its cue may stand.
const remoteMeetingReach = 6

// remoteMeetingCue is the word in the clause of the meeting word
// toks[lo:hi] (itself included) that says it was held remotely; "" for
// none.
func remoteMeetingCue(u *unit, lo, hi int) string {
	if hi+1 < len(u.toks) && u.toks[hi].Lower == "in" && u.toks[hi+1].Lower == "person" {
		return "" // "agreed to meet in person"
	}
	cue := func(k int) bool {
		return remoteMeetingCues[u.toks[k].Lower] && sameClause(u, lo, hi, k) && !verbJoinedBetween(u, k, lo) && !callBeforeInfinitive(u, k, lo)
	}
	for k := max(0, lo-remoteMeetingReach); k < hi; k++ {
		if cue(k) {
			return u.toks[k].Text
		}
	}
	// After the word, names do not count towards the reach: "held a
	// meeting with Australian Prime Minister Scott Morrison via video
	// conference", nor do the articles and words of a delegation that
	// names them: "met with a delegation led by X via video link".
	for k, steps := hi, 0; k < len(u.toks) && steps < remoteMeetingReach; k++ {
		if u.entAt[k] > 0 {
			k = u.ents[u.entAt[k]-1].Hi - 1
		}
		if cue(k) {
			return u.toks[k].Text
		}
		if w := u.toks[k].Lower; !(w == "a" || w == "an" || w == "the" || delegationNouns[w] || delegationLeadVerbs[w]) {
			steps++
		}
	}
	return ""
}

// callBeforeInfinitive reports a cue at k that is a word of a call's own
// noun, before the "to" of the infinitive event at lo: in "agreed in a
// phone call on Saturday to meet soon" the call is how they agreed, and
// the meeting agreed on is no call.
func callBeforeInfinitive(u *unit, k, lo int) bool {
	if k >= lo || lo < 1 || u.toks[lo-1].Lower != "to" {
		return false
	}
	for j := k; j >= 0 && j >= k-2; j-- {
		if u.toks[j].Mask&firstTrigger == 0 {
			continue
		}
		if info, n := lex.triggers.match(u.toks, j); n > 0 && info.Kind == timeline.Call && info.Noun && j+n > k && j+n < lo {
			return true
		}
	}
	return false
}

// verbJoinedBetween reports "and" followed by a lower-case word between
// tokens k and lo: a verb joined after the cue's, whose event the cue does
// not describe ("spoke by phone on Monday and agreed to meet in March").
func verbJoinedBetween(u *unit, k, lo int) bool {
	for j := k + 1; j+1 < lo; j++ {
		if u.toks[j].Lower == "and" && u.toks[j+1].Word && !u.toks[j+1].Cap {
			return true
		}
	}
	return false
}

// pluralRoleNouns, after "the two" or "both", stand for the two sides of
// the event told before: "the two ministers", "both leaders".
var pluralRoleNouns = vocab.Set("plural-role-nouns")

// pluralSubjects are the pronouns that, as the subject of an event word
// with no other party, stand for both its sides.
var pluralSubjects = vocab.Set("plural-subjects")

// party is an entity found as a party of an event, with the reason it was.
type party struct {
	entity
	why reason
}

// partiesOf gives each of es the reason made by why.
func partiesOf(es []entity, why func(entity) reason) []party {
	out := make([]party, len(es))
	for i, e := range es {
		out[i] = party{e, why(e)}
	}
	return out
}

// entitiesOf is the entities of ps.
func entitiesOf(ps []party) []entity {
	out := make([]entity, len(ps))
	for i, p := range ps {
		out[i] = p.entity
	}
	return out
}

// sides are the groups of names found around an event word: left, the
// subject; right, the other party (after "with", as the object, …); dest,
// the place or country visited.
type sides struct {
	left, right  []party
	with, direct bool
	dest         *entity
	placeBefore  bool    // the destination is written before the visit noun
	attributive  bool    // … right before it, as its modifier ("the Moscow visit")
	plural       bool    // a plural subject ("they", "the two ministers") stands for both sides
	pluralWith   bool    // … and meets another party besides: "they will hold a summit with X"
	ownLeft      []party // the subject read before pluralWith set it aside
	between      bool    // "between the two leaders": both sides, and no subject
}

// findSides reads the names around the trigger. It reports false when
// the trigger is no event of its own: too few parties for its frame, or
// an event used as a time reference ("ahead of the call"), which bounds
// the sentence's previous mention instead. A back reference with no party
// ("The call comes days before …") is marked d.ref, for the caller to
// keep as a reference draft.
func (x *extraction) findSides(d *draft, u *unit, info triggerInfo) (sides, bool) {
	lo, hi, word := d.lo, d.hi, joinText(u.toks[d.lo:d.hi])
	var s sides
	right, with, direct := x.rightGroup(u, hi, info)
	if with {
		x.shareTrailingCountry(u, right)
	}
	s.with, s.direct = with, direct
	s.right = partiesOf(right, func(e entity) reason { return rightReason(u, e, hi, with, word) })
	if d.m.Kind == timeline.Meeting && with && len(right) == 1 && hi < len(u.toks) && u.toks[hi].Lower == "of" {
		sessionOf(d, u, right[0])
	}
	if len(s.right) == 0 && (info.With || info.Object || info.Convertible) && !info.Destination {
		x.otherSideElsewhere(d.unit, lo, hi, info, word, &s) // (and "will hold talks with EAM")
	}
	if len(s.right) > 0 && namingVerbs[u.toks[lo].Lower] {
		// "Biden called Putin a killer": a name given, not a call.
		if end := s.right[len(s.right)-1].Hi; end < len(u.toks) && namingComplements[u.toks[end].Lower] {
			return s, false
		}
	}
	if len(s.right) > 0 {
		// "met with U.S. forces": armed forces are not a party to
		// diplomacy; an event whose only other party they are is no event.
		s.right = dropMilitary(u, s.right)
		if len(s.right) == 0 {
			return s, false
		}
	}
	visitor := x.visitSides(u, info, lo, &hi, &s)
	d.end = max(d.end, hi) // "the visit … by X": the phrase runs to the visitor
	// "ahead of the call", "after the talks": the event is a time
	// reference for another mention of the sentence, not a mention.
	if !s.with && !s.direct && s.dest == nil && info.Noun {
		if b, ok := temporalReference(u.toks, lo); ok {
			if prev := x.lastDraftIn(d.unit); prev != nil {
				prev.bound, prev.boundKind = b, info.Kind
				return s, false
			}
		}
	}
	if len(s.right) == 0 && info.Noun && (d.m.Kind == timeline.Meeting || d.m.Kind == timeline.Summit) {
		// "a ministerial meeting hosted by A and attended by B"
		s.right = participleParties(u, hi)
		s.with = s.with || len(s.right) > 0
	}
	s.left = x.pairSubjectPeople(u, subjectParties(u, lo, word, len(s.right) == 0))
	if j := joinedFor(u, lo); len(j) > 0 && s.with {
		s.left = j // "A joined B for a call with C"
	}
	bodySession(d, u, info, lo, hi, word, &s)
	x.leftSides(d.unit, u, lo, word, visitor, &s)
	x.otherSubjects(d, u, info, &s)
	// "we met", "they held talks": a plural subject is both sides.
	if pluralBetween(u, hi) {
		// "an earlier meeting between the two leaders (in Lima)": both
		// sides of the event told before, whoever the sentence's subject
		// is, and nothing named after them
		s.left, s.right, s.between = nil, nil, true
	}
	plural := len(s.left) == 0 && (len(s.right) == 0 || sessionOwners(d, s.right)) && (pluralSubject(u, attendeeWord(u, lo)) || openingPluralSubject(u, lo) || clausePluralSubject(u, lo) || x.pluralOwner(u, lo) || pluralBetween(u, hi) || adjunctPluralSubject(u, lo, hi) >= 0) &&
		!oneSidedVerbs[u.toks[lo].Lower] // "the presents which we have received": no one met
	if !plural && len(s.right) > 0 && !s.between && s.dest == nil && (s.with || s.direct) && pluralWithOthers(u, lo) {
		// "They will hold a trilateral summit with X", "The two leaders
		// will meet X": the people told before, and X
		s.ownLeft, s.left, plural, s.pluralWith = s.left, nil, true, true
	}
	if !plural {
		orgBodySession(d, u, lo, word, &s) // "The Andean Community's council of foreign ministers met"
		relativeGroupSubject(u, lo, &s)    // "A and B, who met in Geneva in June, …"
	}
	s.plural = plural
	ok := true
	switch {
	case info.Destination:
		ok = s.dest != nil || len(s.right) > 0
	case info.With:
		ok = s.with || len(s.left) >= 2 || plural || orgOwnSession(d, info, s.left)
	case info.Object:
		ok = s.with || s.direct || len(s.left) >= 2 || plural || orgOwnSession(d, info, s.left)
	}
	if ok && info.Noun && !info.With && !info.Object && !info.Destination && !info.Dated && !s.with && !s.between &&
		!plural && len(s.left) == 0 && len(s.right) == 0 && s.dest == nil && (isBackRef(u.toks, lo) || reportedBackRef(u, lo, hi)) && happenedAfter(u, hi) {
		// "The summit took place on 12 August": a noun of no frame (a
		// summit needs no "with") that names nobody and is said to have
		// happened refers back.
		ok = false
	}
	if ok && plural && info.Noun && !info.Dated && x.pluralOwner(u, lo) && !ownDateBefore(u, lo) && len(s.right) == 0 && x.partiesTold(d.m.Kind) {
		// "the leaders continued their discussion": the event told before
		// (with none told, "A and B postponed their meeting" is news)
		ok = false
	}
	if ok && info.Noun && len(s.left) == 0 && len(s.right) == 0 && s.dest == nil && !s.with && !s.between && !plural && datedDefinite(u, lo, hi) && x.partiesTold(d.m.Kind) {
		// "the December 7 videoconference": naming nobody, it refers to
		// an event of the article's parties, on a day of its own
		ok = false
	}
	if ok && info.Noun && !slices.ContainsFunc(s.right, func(p party) bool { return p.Lo >= hi }) && s.dest == nil && continuesAfter(u, hi) && x.partiesTold(d.m.Kind) {
		// "Russian-Malaysian talks will continue in an expanded format":
		// the event told before goes on (its later day, if the clause
		// gives one, is a later session: see laterSession)
		d.ref = true
		d.cue, d.cueWord = x.statusCue(u, lo, hi, info.Base)
		return s, false
	}
	if !ok {
		// "the trip by Baker": a visit of someone named, going nowhere
		// said, refers to the trip told before.
		visitorRef := visitor != nil && s.dest == nil && lo > 0 && definiteRefs[u.toks[lo-1].Lower] && x.visitToldBy(*visitor)
		if info.Noun && ((isBackRef(u.toks, lo) || reportedBackRef(u, lo, hi) || bareBackRef(u, lo, hi) && x.partiesTold(d.m.Kind) || x.pluralOwner(u, lo) || datedDefinite(u, lo, hi) || laterClauseRef(u, lo)) && len(s.left) == 0 || visitorRef || x.ownTripRef(u, d, lo, &s)) {
			// A reference to an event told before: the caller keeps d.
			d.ref = true
			d.cue, d.cueWord = x.statusCue(u, lo, hi, info.Base)
		}
		return s, false
	}
	return s, true
}

// rightReason is why e, found after the event word at hi, is a party:
// named after "with" (or "between", "from"), spoken to, or the object.
func rightReason(u *unit, e entity, hi int, with bool, word string) reason {
	if !with {
		return because("party/object", u.surface(e), word)
	}
	for k := e.Lo - 1; k >= hi && k >= e.Lo-6; k-- {
		if w := u.toks[k].Lower; withWords[w] || w == "from" || w == "of" || w == "by" {
			return because("party/with", u.surface(e), u.toks[k].Text)
		}
		if u.toks[k].Lower == "to" {
			return because("party/spoken-to", u.surface(e))
		}
	}
	return because("party/with", u.surface(e), "with")
}

// otherSubjects finds the subject in forms leftGroup does not read:
// "Chancellor Scholz and I had a meeting", the speakers of "Remarks by A
// and B Before Bilateral Meeting", "X told Y in a phone call", "He and X
// met with Y".
func (x *extraction) otherSubjects(d *draft, u *unit, info triggerInfo, s *sides) {
	lo := d.lo
	if k := subjectWord(u, lo); len(s.left) == 0 && len(s.right) == 0 && k > 0 && u.toks[k].Lower == "and" && u.entEnd[k-1] == 0 {
		// "A and B spoke by phone on Monday and agreed to meet in March"
		if g, ok := x.sharedSubject(&subjectQuery{ui: d.unit, u: u, lo: lo}, k); ok && len(g) >= 2 {
			s.left = g
		}
	}
	if len(s.left) == 0 && len(s.right) == 0 {
		s.left = appositiveParticipleSubjects(u, lo, d.hi) // "A and B, meeting in Lima on Monday, agreed …"
	}
	if len(s.left) == 0 && len(s.right) == 0 && !u.headline {
		if pair := x.firstPersonPair(d.unit, lo); pair != nil {
			speaker, named := pair[0], pair[1]
			s.left = []party{
				{speaker, because("party/first-person-pair", u.surface(named), speaker.Name)},
				{named, because("party/first-person-pair", u.surface(named), speaker.Name)},
			}
		}
	}
	if len(s.left) == 0 && u.headline && info.Noun {
		// "Remarks by President Biden and Prime Minister Kishida of
		// Japan Before Virtual Meeting": the speakers are the parties;
		// "Remarks by President Biden Before Meeting with Prime Minister
		// Kishida": the speaker is one of them.
		g := partiesOf(x.remarksGroup(lo), func(e entity) reason { return because("party/remarks", u.surface(e)) })
		switch {
		case len(s.right) == 0 && len(g) >= 2:
			s.left, s.right, s.with = g[:1], g[1:], true
		case len(s.right) > 0 && len(g) >= 1:
			s.left = g
		}
	}
	if s.placeBefore && !s.attributive {
		s.left = nil // the place visited, not the visitor
	}
	x.pairPeople(u, lo, s)     // "Sato held a Japan-Hungary Summit Meeting with Varga"
	ofOwnerWith(u, d, info, s) // "a meeting of A with B"
	if len(s.left) == 1 && len(s.right) == 0 && d.m.Kind.Family() == timeline.Talks && d.m.Kind != timeline.Call && orgMembers(u, s.left[0].entity) {
		// "Leaders of the Group of Seven met in Hiroshima", "ASEAN foreign
		// ministers met in Jakarta": a session of the organisation
		org := s.left[0]
		org.entity = entity{Lo: org.Lo, Hi: org.Hi, Kind: entOrg, Name: org.Country, Country: org.Country}
		d.m.Kind, d.why.kind = timeline.Summit, because("kind/session-of", u.surface(s.left[0].entity))
		s.right, s.left, s.with = []party{org}, nil, true
	}
	if len(s.left) == 0 && len(s.right) == 0 && info.Noun && s.dest == nil && (d.m.Kind.Family() == timeline.Talks || d.m.Kind == timeline.Summit) {
		// (a visit's parties are more than the clause's; a summit's may
		// be, but those the clause names attend it)
		if p := adjunctPreposition(u, lo, d.hi); p >= 0 {
			// "A and B discussed it in a telephone conversation", "A and
			// B will sign the treaty at a summit in Lima"
			if t, ok := clauseSides(u, p, lo, d.hi); ok {
				s.left, s.right, s.with = t.left, t.right, true
			}
		}
	}
	if len(s.left) == 0 && len(s.right) == 0 && info.Noun && d.m.Kind == timeline.Call {
		if a, b, ok := toldInCall(u, lo); ok {
			why := because("party/told-in-call", u.surface(a), u.surface(b))
			s.left, s.right, s.with = []party{{a, why}}, []party{{b, why}}, true
		}
	}
	if p := x.pronounPartner(d.unit, entitiesOf(s.left), entitiesOf(s.right)); p != nil {
		// "He and X met with Y"
		k := s.left[0].Lo - 2
		s.left = append([]party{{*p, because("party/pronoun-partner", u.toks[k].Text, u.surface(s.left[0].entity), p.Name)}}, s.left...)
	}
}

// resolveSides turns the sides into the draft's participants: the subject
// implied by the sentence when none is next to the event word, the
// members of a named format given as the other party, and the host of a
// visit. It returns the other party without the format.
func (x *extraction) resolveSides(d *draft, u *unit, info triggerInfo, s sides) []party {
	var told *draft // the event told before that is the sentence's subject
	home := ""
	if s.dest != nil {
		home = s.dest.Country
	}
	switch {
	case absentFromSession(u, d.lo):
		// "will not attend the Pacific Alliance summit": the session,
		// without the subject
	case len(s.left) == 0 && !s.between && !(s.with && len(s.right) >= 2 && isBetween(u, d.hi)):
		s.left = x.impliedSubject(d.unit, d.lo, d.hi, entitiesOf(s.right), home)
		if len(s.left) == 0 && info.Noun && s.with && len(s.right) > 0 && s.dest == nil && d.hi < len(u.toks) && withWords[u.toks[d.hi].Lower] {
			if told = x.eventSubject(d, u); told == nil {
				s.left = x.narrativeSubject(d, u, s.right)
			}
		}
	case info.Kind == timeline.Summit && modifiersOnly(u, entitiesOf(s.left), d.lo):
		// "Biden participated in the APEC Leaders' Meeting": the
		// organisation names the summit; the subject attends it.
		s.left = append(x.impliedSubject(d.unit, s.left[0].Lo, d.hi, entitiesOf(s.right), home), s.left...)
	}
	// A named format as the other party ("spoke with the Bucharest Nine")
	// stands for its members.
	right, format := splitFormat(s.right)
	d.m.Participants = x.resolveParties(&d.why, s.left, right)
	if told != nil {
		// "The talks came a day before a trilateral summit with X": the
		// people of the talks, and X
		word := joinText(u.toks[d.lo:d.hi])
		for _, p := range told.m.Participants {
			x.addParty(d, p, because("party/event-subject", p.Name, word))
		}
	}
	others := setAsideOthers(d, s)
	if s.plural && len(d.m.Participants) < 2 {
		// "The presidents of Russia and Azerbaijan … will review these
		// matters at their meeting": the people the sentence names before;
		// else ("They previously met", "The two ministers met again") the
		// people of the event told before.
		if own := x.sentencePartiesBefore(u, d.lo); len(own) >= 2 {
			d.m.Participants = x.resolveParties(&d.why, partiesOf(own, func(e entity) reason {
				return because("party/plural-antecedent", u.surface(e), "their")
			}), nil)
			d.m.Participants = leadersOnly(u, d.lo, d.m.Participants) // "the two heads of state": not the foreign minister who spoke of them
		} else if org := membersBodyBefore(u, d.lo); len(own) == 0 && org != nil && d.m.Kind != timeline.Call && d.m.Kind != timeline.Visit {
			// "The foreign ministers of ASEAN will hold their annual
			// meeting": a session of the organisation
			d.m.Participants = x.resolveParties(&d.why, []party{{*org, because("party/plural-antecedent", u.surface(*org), "their")}}, nil)
			d.m.Kind, d.why.kind = timeline.Summit, because("kind/session-of", u.surface(*org))
		} else if pair := x.twoCountries(d, u); len(pair) == 2 {
			d.m.Participants = pair // "Foreign ministers of the two countries will meet"
		} else if prev := x.pluralAntecedent(d, u); x.namedPairFirst(d, u, prev) {
			// "Relations between A and B have warmed. The two leaders
			// spoke on Thursday": the people just named
		} else if prev != nil {
			for _, p := range prev.m.Participants {
				x.addParty(d, p, because("party/plural-antecedent", p.Name, u.toks[max(0, subjectWord(u, d.lo))].Text))
			}
		}
	}
	x.joinOthers(d, s, others, right)
	x.pluralSubjectsForCountries(d, u)
	if s.plural && (theirOfficials(u, openingDateEnd(u, d.lo), d.lo) >= 0 && !officeHeld(d, u) || d.lo > 0 && jointBodyWords[u.toks[d.lo-1].Lower]) {
		officialsForLeaders(d) // "Their foreign ministers will meet", "They agreed to hold a joint commission meeting": the leaders' countries
	}
	if s.plural && officialsOfAfter(u, d.hi) {
		officialsForLeaders(d) // "the two leaders agreed to hold a meeting of their foreign ministers": their countries
	}
	if format != nil {
		d.m.Format = format.Format.Name
		for _, p := range format.Format.Parties {
			x.addParty(d, groupParticipant(p), because("party/format-member", p, format.Format.Name))
		}
	}
	if s.dest != nil {
		if s.dest.Kind == entPlace {
			d.m.Place, d.why.place = s.dest.Name, because("place/visited", u.surface(*s.dest))
		}
		host := hostOf(*s.dest)
		x.addParty(d, host, because("party/visited", u.surface(*s.dest), host.Name))
	}
	return right
}

// sessionOf gives a meeting of e, its one party named after "of", the
// kind of a session of e: a summit of an organisation ("a meeting of
// NATO", "a meeting of the heads of state of the CIS", "a meeting of
// BRICS foreign ministers"), or the kind of a named format's sessions ("a
// meeting of the Normandy format").
func sessionOf(d *draft, u *unit, e entity) {
	switch {
	case e.Kind == entOrg || e.Kind == entRole && orgNames[e.Country]:
		d.m.Kind, d.why.kind = timeline.Summit, because("kind/session-of", u.surface(e))
	case e.Kind == entFormat && e.Format != nil:
		d.m.Kind, d.why.kind = e.Format.Kind, formatKindReason(u, e)
		d.m.Format = e.Format.Name
	}
}

// addParty adds p to the draft's participants with its reason.
func (x *extraction) addParty(d *draft, p timeline.Participant, why reason) {
	d.m.Participants = addParticipant(d.m.Participants, p)
	d.why.partyBecause(p.Name, why)
}

// namingVerbs may give their object a name rather than call it: "called
// Putin a killer".
var namingVerbs = map[string]bool{"called": true, "calls": true}

// namingComplements open the name given after the object of a naming verb.
var namingComplements = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "one": true}

// oneSidedVerbs take a guest as their object ("received the Minister"):
// without one, a plural subject met nobody.
var oneSidedVerbs = vocab.Set("one-sided-verbs")

// happenedAfter reports a phrase of happen-phrases right after an event
// noun, or after "which" ("The summit took place …", "The meeting, which
// was held …").
func happenedAfter(u *unit, hi int) bool {
	k := hi
	if k < len(u.toks) && u.toks[k].Text == "," {
		k++
	}
	if k < len(u.toks) && relativeOpeners[u.toks[k].Lower] {
		k++
	}
	_, n := happenPhrases.match(u.toks, k)
	return n > 0
}

// sessionParticiples, before "by", name who takes part in a gathering:
// "attended by", "chaired by" (vocab's session-participles).
var sessionParticiples = vocab.Set("session-participles")

// compoundHeads are nouns an event noun before them only describes
// (vocab's compound-heads).
var compoundHeads = vocab.Set("compound-heads")

// maxBodyNameWords bounds the name of a body written between its
// organisation and an event noun: "G20 Anti-Corruption Working Group
// (ACWG) ministerial meeting".
const maxBodyNameWords = 8

// maxOnVisitReach is how many words may stand between "on" and the visit
// noun of "on a … visit": "on a three-day State visit".
const maxOnVisitReach = 5

// remarksGroup reads a headline of the form "Remarks by A and B Before
// Bilateral Meeting" (or After, Ahead of, At the Start of) where the event
// word starts at lo: the people whose remarks frame the event, who are its
// parties. nil for other headlines.
func (x *extraction) remarksGroup(lo int) []entity {
	u := &x.units[0]
	k := lo - 1
	for k >= 0 && (remarksFrames[u.toks[k].Lower] || u.toks[k].Lower == "the" || u.toks[k].Lower == "a" || possessives[u.toks[k].Lower] || eventModifiers[u.toks[k].Lower] || remarksKinds[u.toks[k].Lower]) {
		k--
	}
	if k == lo-1 || k < 0 || u.entEnd[k] == 0 {
		return nil
	}
	for j := -2; j+2 < len(u.toks) && j < 3; j++ {
		// "Remarks by A and B Before …", or the people alone: "A and B
		// Before Their Meeting".
		if j >= 0 && !authoredBy(u, j) {
			continue
		}
		g := forwardGroup(u, j+2, 0)
		if len(g) == 0 || g[len(g)-1].Hi != k+1 {
			if j < 0 {
				continue
			}
			return nil // the list must run up to the frame word
		}
		for _, e := range g {
			if !e.individual() {
				return nil
			}
		}
		return g
	}
	return nil
}

// remarksFrames place remarks relative to the event in a headline; and
// remarksKinds qualify the event there ("Before Bilateral Meeting").
var (
	remarksFrames = vocab.Set("remarks-frames")
	remarksKinds  = vocab.Set("remarks-kinds")
)

// modifiersOnly reports a left group that is one organisation or country
// written before the event word as its modifier, with at most adjectives
// in between ("the APEC Leaders' Meeting", "the EU virtual summit").
func modifiersOnly(u *unit, left []entity, lo int) bool {
	if len(left) != 1 {
		return false
	}
	e := left[0]
	if e.Kind != entOrg && e.Kind != entCountry {
		return false
	}
	for k := e.Hi; k < lo; k++ {
		if !subjectSkip[u.toks[k].Lower] {
			return false
		}
	}
	return true
}

// splitFormat takes the named format out of a group of parties: the
// format comes back apart, the other parties stay.
func splitFormat(group []party) (rest []party, format *entity) {
	rest = group[:0:0]
	for _, p := range group {
		if p.Kind == entFormat && p.Format != nil && format == nil {
			f := p.entity
			format = &f
			continue
		}
		rest = append(rest, p)
	}
	return rest, format
}

// dropMilitary removes the countries and organisations that stand for
// armed forces ("U.S. forces", "NATO troops") from a group of parties.
func dropMilitary(u *unit, group []party) []party {
	out := group[:0:0]
	for _, p := range group {
		e := p.entity
		if (e.Kind == entCountry || e.Kind == entOrg || e.Kind == entRole && e.Side) && e.Hi < len(u.toks) && militaryNouns[u.toks[e.Hi].Lower] {
			continue
		}
		out = append(out, p)
	}
	return out
}
