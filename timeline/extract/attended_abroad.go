package extract

import (
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads a trip told by what the traveller attends abroad, or by
// being there: "Vice President Han will attend the inauguration of
// President X in Mexico City on October 1" is a visit to Mexico, and so
// is "Salas will be in Lima on Monday and Tuesday", though no word of
// travel is written.

// attendAbroadVerbs attend something held in a place (vocab's
// attend-abroad-verbs); tokens carry the firstAttendAbroad bit for them.
var attendAbroadVerbs = vocab.Set("attend-abroad-verbs")

// maxAttendedObject is how many words the thing attended may have before
// "in" and its place: "the inauguration ceremony of Mexican President
// Claudia Sheinbaum".
const maxAttendedObject = 12

// attendedAbroadDraft adds, for a verb of attend-abroad-verbs at lo, a
// visit of its subject to the country of the place the thing attended is
// held in, when that thing is no event of the tables (a summit or a
// format has its own session) and the subject is a person of another
// country (party/attends-abroad). With no place named, a ceremony of a
// country's leader is held in that country (ceremonyHost).
func (x *extraction) attendedAbroadDraft(ui, lo int) {
	u := &x.units[ui]
	start := lo + 1
	if delegationLeadVerbs[u.toks[lo].Lower] {
		// "led the Chilean delegation to the inauguration of …": the
		// delegation's head attends what it is sent to
		if start = ledDelegationTo(u, lo+1); start < 0 {
			return
		}
		if x.delegationToPlace(ui, lo, start) {
			return
		}
	}
	k := start
	for ; k < len(u.toks) && k <= lo+maxAttendedObject && !(u.toks[k].Lower == "in" && !gluedHyphen(u.toks, k-1)); k++ {
		if u.brk[k] || u.toks[k].Text == "," || triggerAt(u, k) || u.entAt[k] > 0 && u.ents[u.entAt[k]-1].Kind != entPerson && u.ents[u.entAt[k]-1].Kind != entCountry {
			return // another clause, an event word, or a body whose session it is
		}
	}
	if k == start {
		return
	}
	var country string
	var where reason
	var place *entity
	if k+1 < len(u.toks) && u.toks[k].Lower == "in" && u.entAt[k+1] > 0 {
		if e := &u.ents[u.entAt[k+1]-1]; e.Kind == entPlace && e.Country != "" {
			place, country = e, e.Country
			where = because("party/attends-abroad", country, u.surface(*e))
		}
	} else if c, of, ok := ceremonyHost(u, start, k); ok {
		country = c.Country
		where = because("party/ceremony-host", country, joinText(u.toks[of-1:c.Hi]))
	}
	if country == "" {
		return
	}
	left := leftGroup(u, lo)
	if len(left) != 1 || left[0].Kind != entPerson {
		return
	}
	verb := u.toks[lo].Text
	if place != nil {
		x.abroadVisit(ui, lo, lo+1, place.Hi, left[0], country, because("kind/attends-abroad", verb, u.surface(*place)), where, place)
	} else {
		x.abroadVisit(ui, lo, lo+1, k, left[0], country, because("kind/attends-ceremony", verb, country), where, nil)
	}
}

// abroadVisit adds a visit of who, the subject of the word at lo (the
// draft's words are toks[lo:hi], its phrase ends at end), to country,
// for why the kind and where the country: unless who is of that country
// or of none the article gives (at home, or from nowhere it says). place
// is the city named, if any.
func (x *extraction) abroadVisit(ui, lo, hi, end int, who entity, country string, kind, where reason, place *entity) {
	if c := x.countryOf(who); c == "" || c == country {
		return
	}
	u := &x.units[ui]
	d := x.newDraft(&draft{unit: ui, lo: lo, hi: hi})
	d.m.Kind, d.why.kind = timeline.Visit, kind
	d.m.Participants = x.resolveParties(&d.why, []party{{who, because("party/subject", u.surface(who), u.toks[lo].Text)}}, nil)
	x.addParty(d, groupParticipant(country), where)
	if place != nil {
		d.m.Place, d.why.place = place.Name, because("place/preposition", "in", u.surface(*place))
	}
	d.end = end
	d.cue, d.cueWord = x.statusCue(u, lo, lo+1, true)
	x.drafts = append(x.drafts, d)
}

// delegationToPlace adds, for "led a Chilean delegation to Lima" (the
// verb at lo, the word after "to" at k), a visit of the verb's subject to
// the country of the place or the country named there
// (kind/leads-delegation); false when no place or country stands at k.
func (x *extraction) delegationToPlace(ui, lo, k int) bool {
	u := &x.units[ui]
	if u.toks[k-1].Lower != "to" || k >= len(u.toks) || u.entAt[k] == 0 {
		return false
	}
	e := u.ents[u.entAt[k]-1]
	if e.Lo != k || !(e.Kind == entPlace && e.Country != "" || e.Kind == entCountry) {
		return false
	}
	left := leftGroup(u, lo)
	if len(left) != 1 || left[0].Kind != entPerson {
		return true
	}
	verb := u.toks[lo].Text
	kind := because("kind/leads-delegation", verb, u.surface(e))
	if e.Kind == entCountry {
		x.abroadVisit(ui, lo, lo+1, e.Hi, left[0], e.Name, kind, because("party/visited", u.surface(e), e.Name), nil)
		return true
	}
	x.abroadVisit(ui, lo, lo+1, e.Hi, left[0], e.Country, kind, because("party/attends-abroad", e.Country, u.surface(e)), &e)
	return true
}

// ledBefore reports a verb of delegation-lead-verbs a few words before
// the delegation noun at lo, in its clause: "will lead an interagency
// delegation to Quito" (whose subject travels with it).
func ledBefore(u *unit, lo int) bool {
	for k := lo - 1; k >= 0 && k >= lo-1-maxDelegationWords; k-- {
		if u.brk[k] || u.toks[k].Text == "," {
			return false
		}
		if delegationLeadVerbs[u.toks[k].Lower] {
			return ledDelegationTo(u, k+1) >= 0
		}
	}
	return false
}

// maxDelegationWords bounds the words before a delegation noun after a
// verb of leading: "led her country's high-level delegation".
const maxDelegationWords = 5

// ledDelegationTo reads, from token k after a verb of
// delegation-lead-verbs, a delegation ("the Chilean delegation", "her
// country's delegation", "a high-level team") and the "to" or "at" after
// it: the index after that word, or -1.
func ledDelegationTo(u *unit, k int) int {
	if k < len(u.toks) && u.toks[k].Lower == "of" {
		return -1 // "the head of the delegation": a noun
	}
	for j := k; j < len(u.toks) && j <= k+maxDelegationWords; j++ {
		t := u.toks[j]
		last := j // the delegation noun, or the last word of a side that ends with it ("Chilean delegation")
		if u.entAt[j] > 0 {
			e := u.ents[u.entAt[j]-1]
			if e.Kind != entCountry && !(e.Kind == entRole && e.Side) {
				return -1 // ("headed the OSCE mission")
			}
			last = e.Hi - 1
		}
		if delegationNouns[u.toks[last].Lower] {
			if last == k || last+1 >= len(u.toks) || u.toks[last+1].Lower != "to" && u.toks[last+1].Lower != "at" {
				return -1
			}
			return last + 2
		}
		if u.brk[j] || t.Text == "," || triggerAt(u, j) {
			return -1 // ("led the talks")
		}
		j = last
	}
	return -1
}

// triggerAt reports an event word at k: "in" may open one ("in talks"),
// but not in "swearing-in of".
func triggerAt(u *unit, k int) bool {
	if u.toks[k].Mask&firstTrigger == 0 {
		return false
	}
	_, n := lex.triggers.match(u.toks, k)
	return n > 0
}

// homeCeremonies are vocab's home-ceremonies: a leader's ceremony held
// in the leader's own country.
var homeCeremonies = vocab.Set("home-ceremonies")

// honoreeWords may stand between a ceremony's "of" and the one it
// honours (vocab's honoree-words): "the funeral of the late President X".
var honoreeWords = vocab.Set("honoree-words")

// ceremonyEndsAt reports a word of home-ceremonies ending at k, written
// with a hyphen ("swearing-in") or followed by "ceremony" ("the
// inauguration ceremony of").
func ceremonyEndsAt(u *unit, k int) bool {
	w := u.toks[k].Lower
	if (w == "ceremony" || w == "ceremonies") && k > 0 {
		k--
		w = u.toks[k].Lower
	}
	if homeCeremonies[w] {
		return true
	}
	return k >= 2 && gluedHyphen(u.toks, k-1) && homeCeremonies[u.toks[k-2].Lower+"-"+w]
}

// ceremonyHost finds, in toks[lo:hi], a ceremony of home-ceremonies and
// the office holder of a country after its "of" ("the inauguration of
// Peruvian President Tomas Reyes", "the swearing-in of Peru's new
// president"): the entity that gives the country, and the index of the
// ceremony's "of".
func ceremonyHost(u *unit, lo, hi int) (entity, int, bool) {
	for k := lo; k+2 < hi; k++ {
		if u.toks[k+1].Lower != "of" || !ceremonyEndsAt(u, k) {
			continue
		}
		j := k + 2
		for j < hi && u.entAt[j] == 0 && honoreeWords[u.toks[j].Lower] {
			j++ // "the funeral of the late President X", "of Peru's new president"
		}
		if j >= hi || u.entAt[j] == 0 {
			return entity{}, 0, false
		}
		e := u.ents[u.entAt[j]-1]
		if e.Country == "" || e.Kind != entPerson && e.Kind != entRole && !(e.Kind == entCountry && e.Hi < hi && u.toks[e.Hi].Lower == "'s") {
			return entity{}, 0, false
		}
		return e, k + 1, true
	}
	return entity{}, 0, false
}

// presenceCopulas are vocab's presence-copulas: the copulas of "Salas
// was in Lima", "will be in Lima".
var presenceCopulas = vocab.Set("presence-copulas")

// presenceAbroadDraft adds, for the "in" at k after a copula ("was in
// Lima on Wednesday", "will be in Lima on Monday and Tuesday") or a stay
// of days ("will spend three days in Lima"; see stayVerbBefore), a visit
// of the copula's subject, one person of another country, to the country
// of the city named after it (kind/present-abroad). Being abroad is the
// trip, unless an event word of its clause tells it ("is in Lima on an
// official visit", "for talks with X").
func (x *extraction) presenceAbroadDraft(ui, k int) {
	u := &x.units[ui]
	v := stayVerbBefore(u, k)
	if v < 0 || k+1 >= len(u.toks) || u.entAt[k+1] == 0 {
		return
	}
	place := u.ents[u.entAt[k+1]-1]
	if place.Hi < len(u.toks) && u.toks[place.Hi].Lower == "'s" {
		return // "was in Peru's debt": no place
	}
	if place.Kind == entCountry && !place.Adj && place.Lo == k+1 && !orgNames[place.Name] {
		place.Country = place.Name // "will spend three days in Peru": the country itself
	} else if place.Kind != entPlace || place.Country == "" || place.Lo != k+1 {
		return
	}
	for j := place.Hi; j < len(u.toks) && !u.brk[j] && u.toks[j].Text != ","; j++ {
		if triggerAt(u, j) {
			return // "is in Lima on an official visit", "for talks with X": that event tells the trip
		}
	}
	left := leftGroup(u, v)
	if len(left) != 1 || left[0].Kind != entPerson || left[0].Hi < v-2 {
		return
	}
	var city *entity
	if place.Kind == entPlace {
		city = &place
	}
	x.abroadVisit(ui, v, k+1, place.Hi, left[0], place.Country, because("kind/present-abroad", u.toks[v].Text, u.surface(place)),
		because("party/attends-abroad", place.Country, u.surface(place)), city)
}

// stayVerbs are vocab's stay-verbs: "will spend three days in Peru".
var stayVerbs = vocab.Set("stay-verbs")

// stayVerbBefore is the index of the verb that puts its subject in the
// place after the "in" at k: a copula right before it ("was in Lima"),
// or a verb of stay-verbs and a count of days or weeks ("will spend three
// days in Peru"); -1 for none.
func stayVerbBefore(u *unit, k int) int {
	if k >= 1 && presenceCopulas[u.toks[k-1].Lower] {
		return k - 1
	}
	if k < 3 || !measureNouns[u.toks[k-1].Lower] || !stayVerbs[u.toks[k-3].Lower] {
		return -1
	}
	if isCount(u.toks[k-2].Lower) {
		return k - 3 // ("three", "3", "a")
	}
	return -1
}
