package extract

import (
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads the parties of an event noun that stands in an adjunct
// of its clause and names no party of its own: the event is the setting
// of what the clause tells, so the clause's subject and the person its
// verb addresses took part in it.
//
//	Karl Bauer and Elena Varga discussed the crisis in a telephone conversation.
//	Bauer assured Varga of his support during talks in Vienna.
//	Bauer discussed the crisis with Varga at a meeting on Tuesday.
//	In a phone call on Tuesday, Bauer and Varga agreed to open the border.

// adjunctPrepositionsOfEvents open the adjunct an event noun stands in:
// "in a call", "at a meeting", "during talks", "over a video link".
var adjunctPrepositionsOfEvents = vocab.Set("event-adjunct-prepositions")

// spokenToVerbs take the person spoken to as their object: "assured X in
// a call", "told X during their meeting".
var spokenToVerbs = vocab.Set("spoken-to-verbs")

// adjunctLeadWords may stand before the event noun of an adjunct, with
// the event adjectives. "The" may not: "During the visit, A held talks
// with B" refers to the visit told before, whose parties are known.
var adjunctLeadWords = vocab.Set("adjunct-lead-words")

// maxAdjunctLead is how many words of articles, possessives, adjectives
// and dates may stand between the preposition and the event noun ("at a
// very productive meeting", "during Tuesday's talks").
const maxAdjunctLead = 5

// clauseSides gives the sides of the event at toks[lo:hi], in the adjunct
// that the preposition at p opens (see adjunctParties), with their
// reasons.
func clauseSides(u *unit, p, lo, hi int) (sides, bool) {
	subject, object, ok := adjunctParties(u, p, hi)
	if !ok {
		return sides{}, false
	}
	word := joinText(u.toks[lo:hi])
	if othersOwnIt(u, p, lo) {
		return sides{}, false // "reached by the two heads of state during their phone call": theirs (pluralOwnersSubject)
	}
	return sides{
		left:  partiesOf(subject, func(e entity) reason { return because("party/adjunct-subject", u.surface(e), word) }),
		right: partiesOf(object, func(e entity) reason { return because("party/adjunct-object", u.surface(e), word) }),
		with:  true,
	}, true
}

// othersOwnIt reports an event noun at lo owned by "their" whose owners
// are named right before the adjunct's preposition at p, as a plural of
// people ("by the two heads of state during their phone call"), not the
// clause's subject.
func othersOwnIt(u *unit, p, lo int) bool {
	owned := false
	for k := p + 1; k < lo; k++ {
		owned = owned || u.toks[k].Lower == "their"
	}
	if !owned || p < 1 {
		return false
	}
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		if pluralRoleNouns[u.toks[k].Lower] {
			return true
		}
		if u.entAt[k] > 0 || u.brk[k] {
			return false
		}
	}
	return false
}

// pluralOwnersSubject: "the consensus reached by the two heads of state
// during their phone call": the owners "their" stands for are the plural
// named right before the phrase, not the clause's subject; the event has
// no subject of its own, and the plural rules find whose it is.
func pluralOwnersSubject(x *extraction, q *subjectQuery) ([]party, bool) {
	p := adjunctPreposition(q.u, q.lo, q.hi) // as otherSubjects reads it for clauseSides
	if p < 1 || !othersOwnIt(q.u, p, q.lo) {
		return nil, false
	}
	return nil, true
}

// channelSides gives the sides of a channel phrase at toks[lo:hi] ("by
// phone", "over the telephone"), which opens with its own preposition:
// only the clause it is an adjunct of names them ("A and B discussed the
// crisis by phone"); anywhere else ("told reporters by phone") it is no
// event.
//
// A clause with an event word of its own ("spoke jointly with A and B by
// phone") is that event, which the phrase only makes a call.
func channelSides(u *unit, lo, hi int) (sides, bool) {
	for k := lo - 1; k >= 0 && !isClauseBreak(&u.toks[k]); k-- {
		if u.toks[k].Mask&firstTrigger != 0 {
			if _, n := lex.triggers.match(u.toks, k); n > 0 {
				return sides{}, false
			}
		}
	}
	return clauseSides(u, lo, lo, hi)
}

// adjunctParties reads the clause that the adjunct opened by the
// preposition at p, and ending at hi, belongs to: its subject, a group of
// names that opens the clause right before its verb, and the other side,
// the object of a verb of address or the names after "with". It reports
// false when the clause gives fewer than two parties.
func adjunctParties(u *unit, p, hi int) (subject, object []entity, ok bool) {
	if hi < len(u.toks) && withWords[u.toks[hi].Lower] {
		return nil, nil, false // "at a meeting with unions": the event names its other side
	}
	start, end := 0, p // the clause: from its start to the adjunct
	opening := p == 0 || openingParticiple(u, p)
	if opening {
		// "In a phone call on Tuesday, A and B agreed …": the main
		// clause follows the opening phrase.
		c := openingAdjunctEnd(u, hi)
		if c < 0 {
			return nil, nil, false
		}
		start, end = c+1, len(u.toks)
	} else if u.entAt[0] == 0 {
		if !definiteOfficeOpens(u) {
			return nil, nil, false // the clause opens with no name: "The sides discussed …"
		}
		start = 1 // "The President of Russia congratulated X … during a telephone conversation"
	}
	subject = forwardGroup(u, start, 0)
	if len(subject) == 0 || !allSides(subject) {
		return nil, nil, false
	}
	v := subject[len(subject)-1].Hi
	for v < end-1 && subjectSkip[u.toks[v].Lower] {
		v++ // "A and B have jointly discussed"
	}
	if v >= end || !u.toks[v].Word || u.toks[v].Cap || u.entAt[v] > 0 {
		return nil, nil, false // no verb right after the subject
	}
	stop := end
	if !opening {
		stop = p
	}
	if clauseBreakBetween(u, v+1, stop) {
		return nil, nil, false // another clause between: its own events
	}
	object = clauseObject(u, v, stop)
	if len(subject)+len(object) < 2 {
		return nil, nil, false
	}
	return subject, object, true
}

// openingAdjunctEnd is the index of the comma that ends an adjunct
// opening the sentence, whose event noun ends at hi, before a main
// clause: "In a phone call on Tuesday, A and B agreed …"; or -1. No one
// but places is named between.
func openingAdjunctEnd(u *unit, hi int) int {
	c := hi
	for c < len(u.toks) && c < hi+8 && u.toks[c].Text != "," && (u.entAt[c] == 0 || placeInPhrase(u, c)) {
		c++
	}
	if c >= len(u.toks) || u.toks[c].Text != "," {
		return -1
	}
	return c
}

// maxOpeningParticiple is how many words an opening participle and its
// object may take before the adjunct: "Speaking to reporters after".
const maxOpeningParticiple = 4

// openingParticiple reports an adjunct at p inside a participle phrase
// that opens the sentence, which the main clause's subject governs as it
// does an opening adjunct: "Speaking after their meeting on Thursday, A
// and B said …", "Briefing reporters after talks in Lima, A said …".
func openingParticiple(u *unit, p int) bool {
	if p < 1 || p > maxOpeningParticiple || u.entAt[0] > 0 || !strings.HasSuffix(u.toks[0].Lower, "ing") || len(u.toks[0].Lower) < 6 {
		return false
	}
	for k := 1; k < p; k++ {
		if !u.toks[k].Word || u.toks[k].Cap || u.entAt[k] > 0 {
			return false
		}
	}
	return true
}

// definiteOfficeOpens reports a sentence that opens with "the" and the
// office of one person: "The President of Russia", "The Secretary".
func definiteOfficeOpens(u *unit) bool {
	if len(u.toks) < 2 || u.toks[0].Lower != "the" || u.entAt[1] == 0 {
		return false
	}
	e := u.ents[u.entAt[1]-1]
	return e.Lo == 1 && e.Kind == entRole && e.individual()
}

// adjunctPreposition is the index of the preposition that opens the
// adjunct the event noun at lo ends, or -1.
func adjunctPreposition(u *unit, lo, hi int) int {
	k := lo - 1
	for k >= 0 && lo-k <= maxAdjunctLead && (adjunctLeadWords[u.toks[k].Lower] || eventAdjectives[u.toks[k].Lower] || u.inTx[k] || possessiveMarkAt(u, k)) {
		k--
	}
	if k >= 0 && !adjunctPrepositionsOfEvents[u.toks[k].Lower] && datedAfter(u, hi) {
		// "led their delegations at the strategic stability talks in
		// Geneva on Monday": a definite event noun with a date of its
		// own is no reference back; its modifiers are lower-case words.
		for k >= 0 && lo-k <= maxAdjunctLead && u.toks[k].Word && !u.toks[k].Cap && !adjunctPrepositionsOfEvents[u.toks[k].Lower] {
			k--
		}
	}
	if k < 0 || !adjunctPrepositionsOfEvents[u.toks[k].Lower] {
		return -1
	}
	return k
}

// maxAdjunctDateReach is how many words after an event noun its own date
// may stand: "talks in Geneva on Monday".
const maxAdjunctDateReach = 6

// datedAfter reports a date expression within a few words after hi, in
// its clause.
func datedAfter(u *unit, hi int) bool {
	for k := hi; k < len(u.toks) && k < hi+maxAdjunctDateReach; k++ {
		if u.inTx[k] {
			return true
		}
		if u.brk[k] || u.toks[k].Text == "," {
			return false
		}
	}
	return false
}

// clauseObject is the other side the verb at v names before stop: the
// people after "with" ("discussed the crisis with X"), else the person a
// verb of address is said to ("assured X of").
func clauseObject(u *unit, v, stop int) []entity {
	for k := v; k < stop; k++ {
		if u.toks[k].Lower == "with" && k+1 < stop && u.entAt[k+1] > 0 {
			return sidesBefore(u, forwardGroup(u, k+1, 0), stop)
		}
	}
	o := v + 1
	if o+1 < stop && possessives[u.toks[o].Lower] {
		o++ // "told his Swedish counterpart in a phone call"
	}
	if spokenToVerbs[u.toks[v].Lower] && o < stop && u.entAt[o] > 0 {
		if g := sidesBefore(u, forwardGroup(u, o, 0), stop); len(g) > 0 && g[0].party() {
			return g
		}
	}
	return nil
}

// sidesBefore is the sides of g that end before stop, or nil when one of
// them cannot be a side.
func sidesBefore(u *unit, g []entity, stop int) []entity {
	for i, e := range g {
		if e.Hi > stop {
			g = g[:i]
			break
		}
	}
	if n := len(g); n > 0 && possessiveMarkAt(u, g[n-1].Hi) {
		return nil // "told X's envoy": X owns the object
	}
	if !allSides(g) {
		return nil
	}
	return g
}

// allSides reports whether every entity of g can be a side of an event: a
// person or the holder of an office, a country or an organisation.
func allSides(g []entity) bool {
	for _, e := range g {
		switch {
		case e.party():
		case (e.Kind == entCountry || e.Kind == entOrg) && !e.Adj:
		default:
			return false
		}
	}
	return len(g) > 0
}

// toldInCall reads "X told Y in a phone call", "X assured Y during a
// call": the speaker and the person spoken to are the two sides of the
// call at lo.
func toldInCall(u *unit, lo int) (speaker, hearer entity, ok bool) {
	k := lo - 1
	for k >= 0 && callArticles[u.toks[k].Lower] {
		k--
	}
	if k < 0 || k == lo-1 || !callPrepositions[u.toks[k].Lower] || k < 3 || u.entEnd[k-1] == 0 {
		return entity{}, entity{}, false
	}
	hearer = u.ents[u.entEnd[k-1]-1]
	v := hearer.Lo - 1
	if v < 1 || !(reportingVerbs[u.toks[v].Lower] || toldVerbs[u.toks[v].Lower]) || u.entEnd[v-1] == 0 {
		return entity{}, entity{}, false
	}
	speaker = u.ents[u.entEnd[v-1]-1]
	if !speaker.party() || !hearer.party() {
		return entity{}, entity{}, false
	}
	return speaker, hearer, true
}

// callPrepositions and callArticles open the phrase of a call that
// carried what someone told someone: "in a", "during their".
var (
	callPrepositions = vocab.Set("call-prepositions")
	callArticles     = vocab.Set("call-articles")
	toldVerbs        = vocab.Set("told-verbs")
)

// possessiveMarkAt reports a possessive "'s" at token k.
func possessiveMarkAt(u *unit, k int) bool {
	return k < len(u.toks) && (u.toks[k].Lower == "'s" || u.toks[k].Lower == "’s")
}

// placeInPhrase reports a place named at token k after "in" or "at" ("in
// Vienna"), which says where, not who.
func placeInPhrase(u *unit, k int) bool {
	e := u.ents[u.entAt[k]-1]
	return (e.Kind == entPlace || e.Kind == entCountry) && e.Lo > 0 && placePrepositions[u.toks[e.Lo-1].Lower]
}

// maxToldReach is how many words before an event word a verb of saying or
// address may stand for a "that" after the event to open what was said.
const maxToldReach = 8

// toldBefore reports a verb of saying or of address shortly before the
// event word at lo: "Salas warned Reyes by telephone that …", "told X in a
// call that …". The "that" after such an event opens what was said, whose
// tense is not the event's.
func toldBefore(u *unit, lo int) bool {
	for k := lo - 1; k >= 0 && k >= lo-maxToldReach; k-- {
		if w := u.toks[k].Lower; spokenToVerbs[w] || reportingVerbs[w] {
			return true
		}
	}
	return false
}

// placePhraseOnly reports words from hi to k that only say where: a
// place preposition and the capitalised name of a place, with "the"
// ("was received at Bole International Airport by X", "was welcomed in
// the Great Hall by X").
func placePhraseOnly(u *unit, hi, k int) bool {
	if hi >= k || !placePrepositions[u.toks[hi].Lower] {
		return false
	}
	// "at the airport", "at the presidential palace": a few lower-case
	// words before a noun of venues
	venue, lower := venueNouns[u.toks[k-1].Lower], 0
	for j := hi + 1; j < k; j++ {
		t := &u.toks[j]
		if e := u.entAt[j]; e > 0 && u.ents[e-1].Kind != entPlace && u.ents[e-1].Kind != entCountry && !nameOfAPlace(u, u.ents[e-1]) {
			return false
		}
		if !t.Cap && t.Lower != "the" && t.Lower != "of" && u.entAt[j] == 0 {
			if lower++; !venue || lower > maxVenueWords || !t.Word {
				return false
			}
		}
	}
	return true
}

// maxVenueWords is how many lower-case words a place phrase before a
// noun of venues may hold, the noun included: "at the presidential
// palace".
const maxVenueWords = 2

// venueNouns end a place phrase that names no place of the tables: "at
// the airport" (vocab's venue-nouns).
var venueNouns = vocab.Set("venue-nouns")

// nameOfAPlace reports a name read as a person's that names a place in a
// place phrase: after "the" ("in the Golden Hall") or before more
// capitalised words ("at Jorge Chavez International Airport").
func nameOfAPlace(u *unit, e entity) bool {
	return e.Lo > 0 && u.toks[e.Lo-1].Lower == "the" ||
		e.Hi < len(u.toks) && u.toks[e.Hi].Cap && u.entAt[e.Hi] == 0
}

// inHyphenCompound reports a token of a lower-case compound written with
// hyphens, which the tokenizer splits ("wide-ranging", "two-hour",
// "long-awaited"): before an event noun it describes the event, as the
// words of event-adjectives do ("held wide-ranging talks").
func inHyphenCompound(u *unit, k int) bool {
	word := func(j int) bool {
		return j >= 0 && j < len(u.toks) && u.toks[j].Word && !u.toks[j].Cap && u.entAt[j] == 0
	}
	hyphen := func(j int) bool { // (or a plus: "their annual 2+2 dialogue")
		return gluedHyphen(u.toks, j) || gluedMark(u.toks, j, "+")
	}
	switch {
	case hyphen(k):
		return word(k-1) && word(k+1)
	case word(k):
		return k > 0 && hyphen(k-1) && word(k-2) || k+1 < len(u.toks) && hyphen(k+1) && word(k+2)
	}
	return false
}

// participleSubject: an event word in the present participle after a
// comma ("He will conclude the trip in Israel, meeting with Netanyahu and
// Herzog") has the subject of the clause it follows: the person a pronoun
// opening the sentence stands for, or the names that open it.
func participleSubject(x *extraction, q *subjectQuery) ([]party, bool) {
	u := q.u
	if !gerundClause(u, q.lo) {
		return nil, false
	}
	why := func(e entity) reason { return because("party/participle-subject", u.surface(e), q.word) }
	if personalPronouns[u.toks[0].Lower] {
		if p := x.pronounReferent(q.ui, q.right); p != nil {
			return []party{{*p, why(*p)}}, true
		}
		return nil, false
	}
	if u.entAt[0] == 0 {
		// "In Cairo on Monday, Blinken will meet X before flying to
		// Israel": the subject after the opening phrase
		if e, pronoun := x.sentenceSubject(u); e != nil && !pronoun && e.Hi < q.lo && e.Lo > 0 && u.toks[e.Lo-1].Text == "," && !inGroup(*e, q.right) {
			return []party{{*e, why(*e)}}, true
		}
		return nil, false
	}
	g := forwardGroup(u, 0, 0)
	if len(g) == 0 || g[len(g)-1].Hi >= q.lo || !g[0].subjectParty() || inGroup(g[0], q.right) {
		return nil, false
	}
	return partiesOf(g, why), true
}

// maxGerundReach is how many words before an event word the participle
// of its clause may stand: "before heading to Crete for talks".
const maxGerundReach = 6

// gerundClause reports an event word at lo in a clause of a present
// participle after a comma or a word of gerund-openers: ", meeting with
// X", "before travelling to Quito", "before heading to Quito for talks
// with X". Such a clause has no subject of its own.
func gerundClause(u *unit, lo int) bool {
	for j := lo; j >= 1 && j >= lo-maxGerundReach; j-- {
		t := &u.toks[j]
		if t.Word && !t.Cap && len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ing") {
			return u.toks[j-1].Text == "," || gerundOpeners[u.toks[j-1].Lower]
		}
		if j < lo && (u.brk[j] || !t.Word) {
			return false
		}
	}
	return false
}

// gerundOpeners open a participle clause whose subject is the main
// clause's (vocab's gerund-openers): "before heading to Crete".
var gerundOpeners = vocab.Set("gerund-openers")

// coordinatedVerbSubject: "A will meet B and hold talks with C": a verb
// coordinated with an earlier event verb of the sentence after its object
// shares that verb's subject; B, the object, holds no talks with C.
func coordinatedVerbSubject(x *extraction, q *subjectQuery) ([]party, bool) {
	u := q.u
	k := subjectWord(u, q.lo)
	if k >= 1 && u.toks[k].Lower != "and" {
		k = andOpeningVerbPhrase(u, q.lo) // "… and to attend a regional summit"
	}
	if k < 1 || u.toks[k].Lower != "and" {
		return nil, false
	}
	j := adjunctsBefore(u, k) // "meet X in Lima on Tuesday and …": X is the object
	if u.entEnd[j] == 0 {
		return x.sharedSubject(q, k)
	}
	object := u.ents[u.entEnd[j]-1]
	objectAs := x.participants([]entity{object}, nil)
	takesPart := func(d *draft, as []timeline.Participant) bool {
		return slices.ContainsFunc(as, func(p timeline.Participant) bool { return hasParticipant(d.m.Participants, p.Name) })
	}
	for i := len(x.drafts) - 1; i >= 0; i-- {
		d := x.drafts[i]
		if d.unit != q.ui || d.ref || d.hi > object.Lo || !takesPart(d, objectAs) {
			continue
		}
		var found []party
		for _, e := range u.ents {
			if e.Hi <= d.lo && e.subjectParty() && takesPart(d, x.participants([]entity{e}, nil)) && !inGroup(e, q.right) {
				found = append(found, party{e, because("party/coordinated-verb", u.surface(e), joinText(u.toks[d.lo:d.hi]))})
			}
		}
		if len(found) == 0 {
			// "EAM called on X and held talks with Y": the subject the
			// first event found, which names no one here
			for _, p := range d.m.Participants {
				if p.Type == timeline.PersonParty && !hasParticipant(objectAs, p.Name) && !slices.ContainsFunc(q.right, func(e entity) bool { return e.Name == p.Name }) {
					e := entity{Kind: entPerson, Name: p.Name, Role: p.Role, Country: p.Country, Titled: true}
					found = append(found, party{e, because("party/coordinated-verb", p.Name, joinText(u.toks[d.lo:d.hi]))})
				}
			}
		}
		return found, len(found) > 0
	}
	return nil, false
}

// adjunctsBefore is the last token before k that is in no date and no
// place phrase ("in Lima on Tuesday" before "and"): where the object of
// the verb before them ends.
func adjunctsBefore(u *unit, k int) int {
	j := k - 1
	for j > 0 {
		if inDate(u, j) {
			j--
			continue
		}
		if e := u.entEnd[j]; e > 0 && u.ents[e-1].Kind == entPlace && u.ents[e-1].Lo >= 2 && placePrepositions[u.toks[u.ents[e-1].Lo-1].Lower] {
			j = u.ents[e-1].Lo - 2
			continue
		}
		break
	}
	return j
}

// andOpeningVerbPhrase is the index of an "and" that opens the verb
// phrase of the event noun at lo, with lower-case words only between ("and
// to attend a regional summit"); -1 for none.
func andOpeningVerbPhrase(u *unit, lo int) int {
	for j := lo - 1; j >= 1 && j >= lo-maxVerbPhraseLead; j-- {
		t := &u.toks[j]
		switch {
		case t.Lower == "and":
			return j
		case !t.Word || t.Cap || u.entAt[j] > 0 || u.brk[j]:
			return -1
		}
	}
	return -1
}

// maxVerbPhraseLead is how many words may stand between "and" and the
// event noun of its verb phrase: "and to attend a regional summit".
const maxVerbPhraseLead = 6

// sharedSubject reads the subject of a verb coordinated after "and" at
// toks[k] with a clause that names no one before the "and": the subject
// of the event word of that clause, in the same sentence ("A and B spoke
// by phone on Monday and agreed to meet in March": A and B).
func (x *extraction) sharedSubject(q *subjectQuery, k int) ([]party, bool) {
	u := q.u
	for i := len(x.drafts) - 1; i >= 0; i-- {
		d := x.drafts[i]
		if d.unit != q.ui || d.ref || d.hi > k {
			continue
		}
		for j := d.hi; j < k; j++ {
			if u.entAt[j] > 0 || u.brk[j] {
				return nil, false // another name, or another clause, between
			}
		}
		g := leftGroup(u, d.lo)
		if len(g) == 0 {
			return nil, false
		}
		word := joinText(u.toks[d.lo:d.hi])
		return partiesOf(g, func(e entity) reason { return because("party/coordinated-verb", u.surface(e), word) }), true
	}
	return openingSubjectOf(u, k)
}

// openingSubjectOf reads the subject of a verb phrase after "and" at k
// whose first verb tells no event: the list of two or more parties that
// opens the sentence (after an opening date), with no name or clause
// break between it and the "and": "On Monday, A and B inspected troops and
// then held talks".
func openingSubjectOf(u *unit, k int) ([]party, bool) {
	g := forwardGroup(u, openingDateEnd(u, k), 0)
	if len(g) < 2 || g[len(g)-1].Hi >= k || !u.toks[g[len(g)-1].Hi].Word || u.toks[g[len(g)-1].Hi].Cap {
		return nil, false
	}
	for j := g[len(g)-1].Hi; j < k; j++ {
		if u.entAt[j] > 0 || u.brk[j] || u.toks[j].Text == "," {
			return nil, false
		}
	}
	for _, e := range g {
		if !e.party() && e.Kind != entCountry {
			return nil, false
		}
	}
	word := u.toks[k].Text
	return partiesOf(g, func(e entity) reason { return because("party/coordinated-verb", u.surface(e), word) }), true
}

// headlineCallObject reads "calls" in a headline with a person right after
// it as a call to that person ("Sunak calls Netanyahu, urges restraint"),
// as "called" reads in a sentence: the frame gains an object. Elsewhere
// "calls" is the noun ("calls with X") or a demand ("calls for").
func headlineCallObject(u *unit, lo, hi int, info triggerInfo) triggerInfo {
	if u.headline && hi == lo+1 && u.toks[lo].Lower == "calls" && hi < len(u.toks) && u.entAt[hi] > 0 {
		if e := u.ents[u.entAt[hi]-1]; e.party() {
			info.Object, info.With = true, false
		}
	}
	return info
}

// afterPhraseParties reads the parties of an event noun that no one is
// named around, in a phrase of adjunct-event-openers ("after", "during")
// inside a clause whose subject, opening the sentence, is two or more
// parties, or the people of two or more ("The presidents of A and B"):
// "Iran and Saudi Arabia have agreed to restore ties after four
// days of talks in Beijing" are the talks of Iran and Saudi Arabia, "A
// and B agreed … during a 90-minute phone call" the call of A and B, "A
// and B agreed … in their first talks since April" theirs (an ordinal
// counts the pair's meetings; it names no one else).
func afterPhraseParties(u *unit, lo int, word string) []party {
	k := measureStart(u, lo) - 1
	definite := false
	for k >= 0 && (u.toks[k].Lower == "the" || u.toks[k].Lower == "their" || u.toks[k].Lower == "a" || u.toks[k].Lower == "an" || ordinalWords[u.toks[k].Lower] || eventAdjectives[u.toks[k].Lower] || eventTopics[u.toks[k].Lower] && !u.toks[k].Cap || lengthModifier(u, k)) {
		definite = definite || u.toks[k].Lower == "the"
		k--
	}
	if k < 1 || !adjunctEventOpeners[u.toks[k].Lower] {
		return nil
	}
	if u.toks[k].Lower == "at" {
		// "discussed trade at the meeting" refers back; "discussed it at
		// a meeting with unions" names the meeting's own other side
		_, n := lex.triggers.match(u.toks, lo)
		if definite || lo+n < len(u.toks) && (withWords[u.toks[lo+n].Lower] || u.toks[lo+n].Lower == "of") {
			return nil
		}
	}
	g := forwardGroup(u, 0, 0)
	if len(g) < 2 {
		g = gatheringMembers(u, 0) // "The presidents of Chile and Peru pledged …"
		for len(g) > 0 {
			// "The presidents of A and B and the prime minister of C"
			end := g[len(g)-1].Hi
			if end+1 >= len(u.toks) || u.toks[end].Lower != "and" {
				break
			}
			more := gatheringMembers(u, end+1)
			if len(more) == 0 {
				more = forwardGroup(u, end+1, 4) // ("and the prime minister of C")
			}
			if len(more) == 0 || more[0].Country == "" {
				break
			}
			g = append(g, more...)
		}
	}
	if len(g) < 2 || g[len(g)-1].Hi >= k || !u.toks[g[len(g)-1].Hi].Word || u.toks[g[len(g)-1].Hi].Cap {
		return nil // no list opens the sentence, or no verb follows it
	}
	for _, e := range g {
		if !e.party() && e.Kind != entCountry {
			return nil
		}
	}
	return partiesOf(g, func(e entity) reason { return because("party/after-phrase", u.surface(e), word) })
}

// adjunctEventOpeners open a phrase whose event noun's parties are the
// sentence's opening subject (vocab's adjunct-event-openers).
var adjunctEventOpeners = vocab.Set("adjunct-event-openers")

// lengthModifier reports a word that gives an event's length before its
// noun, with its hyphen: "90-minute", "hour-long", "two-day" (the parts
// of "90 - minute" as tokens).
func lengthModifier(u *unit, k int) bool {
	t := u.toks[k]
	return t.Text == "-" || t.Word && (isDigits(t.Text) || lengthUnits[t.Lower]) && k+1 < len(u.toks) && (u.toks[k+1].Text == "-" || lengthUnits[t.Lower])
}

// lengthUnits name the unit of an event's length: "a 90-minute call".
var lengthUnits = map[string]bool{"minute": true, "hour": true, "day": true, "long": true}
