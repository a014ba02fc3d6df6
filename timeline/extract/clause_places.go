package extract

import (
	"slices"

	"github.com/dateline/dateline/timeline/names"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file finds the place of an event word in its clause: "in Geneva",
// "at the Kremlin", "in the Ethiopian capital, Addis Ababa", and leaves to
// another event word the place written right after it ("agreed in a
// phone call to meet in Lima").

// placePrepositions introduce where an event takes place.
var placePrepositions = vocab.Set("place-prepositions")

// placeReach is how many words from its event word a place may stand.
const placeReach = 16

// place finds "in Geneva", "at the Kremlin" in the clause of a trigger,
// and why.
func (x *extraction) place(u *unit, lo, hi int) (string, reason) {
	if p, why := wherePlace(u, lo); p != "" && !placeInClauseAfter(u, hi, hi+placeReach) {
		// "arrived in Athens from Johannesburg where he attended the
		// BRICS summit": the place of the "where", not the main clause's
		return p, why
	}
	return x.placeUpTo(u, lo, hi, hi+placeReach)
}

// placeInClauseAfter reports a place named after a preposition of place
// between hi and limit, in the clause: the event's own ("… summit in
// Lima").
func placeInClauseAfter(u *unit, hi, limit int) bool {
	for k := hi; k < len(u.toks) && k < limit && !u.brk[k]; k++ {
		if placePrepositions[u.toks[k].Lower] && k+1 < len(u.toks) && u.entAt[k+1] > 0 && u.ents[u.entAt[k+1]-1].Kind == entPlace {
			return true
		}
	}
	return false
}

// placeUpTo is place with no place named after toks[limit].
func (x *extraction) placeUpTo(u *unit, lo, hi, limit int) (string, reason) {
	best, bestDist := "", 1<<30
	var why reason
	for _, e := range u.ents {
		if e.Kind != entPlace && !(e.Kind == entCountry && cityStates[e.Name] != "") || e.Lo == 0 || e.Lo < lo-placeReach || e.Lo > limit {
			continue // (but "in Singapore": a city that is its country)
		}
		p := wordBeforeName(u, e.Lo)
		apposed, venue := false, -1
		if q := placeNounBefore(u, e.Lo); q >= 0 {
			p, apposed = q, true
		} else if q := venueBeforeCity(u, e); q >= 0 {
			p, venue = q, q // "at State House, Nairobi": the city of the venue
		}
		if !placePrepositions[u.toks[p].Lower] && !(u.toks[p].Lower == "to" && p > hi && welcomeVerbs[u.toks[lo].Lower]) {
			continue
		}
		if !apposed && p > 0 && topicPlaceNouns[u.toks[p-1].Lower] && !(u.toks[p-1].Cap && u.entEnd[p-1] > 0) {
			continue // "discussed the situation in Gaza during a call": where the topic is (but "the Conference on Water Security in Washington")
		}
		if !sameClause(u, lo, hi, p) || p < lo && inOpeningClause(u, p, lo) {
			continue
		}
		if j := eventWordEndingAt(u, p); j >= 0 && placeOfOtherEvent(u, lo, hi, j) {
			continue // "agreed in a call to meet in Lima": the place of the meeting, not the call's
		}
		if p > hi && inTimeObject(u, hi, p) {
			continue // "met on Saturday ahead of a summit in Lima": the summit's place
		}
		dist := p - hi
		if p < lo {
			dist = lo - e.Hi
		}
		if dist < bestDist {
			best, bestDist = e.Name, dist
			if c := cityStates[e.Name]; e.Kind == entCountry && c != "" {
				best = c // "at the Vatican": Vatican City
			}
			switch {
			case venue >= 0:
				why = because("place/city-of-venue", u.surface(e), joinText(u.toks[venue+1:e.Lo-1]))
			case apposed:
				why = because("place/named-after-noun", joinText(u.toks[p:e.Lo]), u.surface(e))
			case u.toks[p].Lower == "to":
				why = because("place/welcome-to", u.surface(e))
			default:
				why = because("place/preposition", u.toks[p].Text, u.surface(e))
			}
			if c := cityAfterVenue(u, e); c != nil {
				best, why = c.Name, because("place/city-of-venue", u.surface(*c), u.surface(e))
			}
		}
	}
	return best, why
}

// inTimeObject reports token p inside the phrase of an event word that
// is the object of a preposition of time standing after hi: the "in Lima"
// of "met on Saturday ahead of a summit of the Pacific Alliance in Lima".
func inTimeObject(u *unit, hi, p int) bool {
	for j := hi; j < p; j++ {
		if !isTemporalRef(u.toks[j].Lower) {
			continue
		}
		for k := j + 1; k < p && k <= j+maxTimeObjectReach; k++ {
			if triggerAt(u, k) {
				return true
			}
		}
	}
	return false
}

// cityStates are the countries a name of which also names their capital
// (countries.tsv and cities.tsv), with that capital: "met in Singapore"
// names the city, "at the Vatican" Vatican City.
var cityStates = func() map[string]string {
	m := map[string]string{}
	for _, c := range vocab.Countries() {
		for _, form := range append([]string{c.Name}, c.Names...) {
			if p, ok := vocab.PlaceOf(form); ok && p.Name == c.Capital {
				m[c.Name] = c.Capital
			}
		}
	}
	return m
}()

// capitalOf is each country's capital (countries.tsv): "the Peruvian
// capital" is Lima.
var capitalOf = func() map[string]string {
	m := map[string]string{}
	for _, c := range vocab.Countries() {
		m[c.Name] = c.Capital
	}
	return m
}()

// maxVenueNounWords bounds the lower-case words between a venue's name
// and the "in" of its city: "the Bocharov Ruchei residence in Sochi".
const maxVenueNounWords = 2

// cityAfterVenue reads "at the Kremlin in Moscow", "at the presidential
// palace in Lima": a place that is no city, followed by "in" and a city,
// is held in that city, which timelines show. nil when the place is a
// city or no city follows.
func cityAfterVenue(u *unit, e entity) *entity {
	k := e.Hi
	for n := 0; n < maxVenueNounWords && k < len(u.toks) && u.toks[k].Word && !u.toks[k].Cap && u.toks[k].Lower != "in" && !u.brk[k]; n++ {
		k++ // "at the Bocharov Ruchei residence in Sochi"
	}
	if k+1 >= len(u.toks) || u.toks[k].Lower != "in" || u.entAt[k+1] == 0 || names.IsCity(e.Name) {
		return nil
	}
	c := &u.ents[u.entAt[k+1]-1]
	if c.Kind != entPlace || c.Lo != k+1 || !names.IsCity(c.Name) || c.Country != "" && e.Country != "" && c.Country != e.Country {
		return nil
	}
	return c
}

// wordBeforeName is the index of the word before the name at lo, past
// "the": the preposition of "in the United States", "at the OSCE".
func wordBeforeName(u *unit, lo int) int {
	p := lo - 1
	if p > 0 && u.toks[p].Lower == "the" {
		p--
	}
	return p
}

// nameAfter is the entity that starts at k, or right after a "the" at k
// ("at the OSCE", "in the Russian Federation"); nil for none.
func nameAfter(u *unit, k int) *entity {
	if k < len(u.toks) && u.toks[k].Lower == "the" {
		k++
	}
	if k >= len(u.toks) || u.entAt[k] == 0 {
		return nil
	}
	if e := u.ents[u.entAt[k]-1]; e.Lo == k {
		return &e
	}
	return nil
}

// eventWordEndingAt returns the first token of an event word (a phrase of
// triggers.tsv) that ends right before token p, -1 for none: the place
// after "meet in Lima" or "talks in Lima" is that event's.
func eventWordEndingAt(u *unit, p int) int {
	if p < 1 {
		return -1
	}
	if k := u.entEnd[p-1]; k > 0 {
		if e := u.ents[k-1]; e.Kind == entFormat {
			return e.Lo // "the NATO summit in Madrid"
		}
		return -1 // a name
	}
	end := p
	if placeAdverbs[u.toks[p-1].Lower] {
		end = p - 1 // "will meet again in Moscow", "met briefly in Lima"
	}
	for j := max(0, end-3); j < end; j++ { // the longest phrase: "Ministerial Conference"
		if u.toks[j].Mask&firstTrigger == 0 {
			continue
		}
		if _, n := lex.triggers.match(u.toks, j); n > 0 && j+n == end {
			return j
		}
	}
	return -1
}

// placeAdverbs may stand between an event verb and the phrase of its
// place (vocab's verb-place-adverbs).
var placeAdverbs = vocab.Set("verb-place-adverbs")

// placeOfOtherEvent reports whether a place right after the event word
// at j belongs to that other event rather than to the event at lo..hi: an
// infinitive after it ("agreed in a phone call to meet in Lima"), an event
// of an adjunct before it that does not enclose it ("agreed after talks in
// Quito to hold a summit"), or a gathering joined to it by "and" ("the G7
// summit and then the NATO summit in Madrid"). A gathering the event is
// held at, during or on the sidelines of shares its place ("met X at the
// G20 summit in Rome"), as does the gathering an "of" phrase names ("the
// 44th session of the … Conference in Yaoundé").
func placeOfOtherEvent(u *unit, lo, hi, j int) bool {
	switch {
	case j >= lo && j < hi:
		return false
	case j > 0 && u.toks[j-1].Lower == "to" && j >= hi:
		return true
	case j < lo:
		// (but "agreed to meet in Lima on the sidelines of the APEC
		// summit": the summit holds the meeting, and its place)
		return !duringWords[prepositionBefore(u, j)] && !slices.ContainsFunc(u.toks[j:lo], func(t token) bool { return duringWords[t.Lower] })
	}
	if ofPhraseOf(u, hi, j) {
		return false
	}
	joined := false
	for k := hi; k < j; k++ {
		if duringWords[u.toks[k].Lower] {
			return false
		}
		joined = joined || u.toks[k].Lower == "and" && !joinsNames(u, k)
	}
	return joined
}

// joinsNames reports an "and" at k between two names that are no
// gathering: "hosted A and B for separate talks in Ankara" joins people,
// not the hosting and the talks.
func joinsNames(u *unit, k int) bool {
	if k < 1 || k+1 >= len(u.toks) || u.entEnd[k-1] == 0 || u.entAt[k+1] == 0 {
		return false
	}
	return u.ents[u.entEnd[k-1]-1].Kind != entFormat && u.ents[u.entAt[k+1]-1].Kind != entFormat
}

// prepositionBefore is the word before the noun phrase whose head is at j,
// past at most three determiners, possessives and adjectives: "after" in
// "after lengthy talks".
func prepositionBefore(u *unit, j int) string {
	k := j - 1
	for k > 0 && j-k <= 3 && (backRefs[u.toks[k].Lower] || possessives[u.toks[k].Lower] || eventAdjectives[u.toks[k].Lower] || u.toks[k].Lower == "a" || u.toks[k].Lower == "an") {
		k--
	}
	if k < 0 {
		return ""
	}
	return u.toks[k].Lower
}

// ofPhraseOf reports an "of" phrase from hi to the event word at j (with
// articles and the organisation or country whose it is between) that
// names what the event word before hi is a part of: "the 44th session of
// the Francophonie Ministerial Conference in Yaoundé" is held there too.
func ofPhraseOf(u *unit, hi, j int) bool {
	if j <= hi || u.toks[hi].Lower != "of" {
		return false
	}
	for k := hi + 1; k < j; k++ {
		if w := u.toks[k].Lower; w == "the" || w == "a" || w == "an" {
			continue
		}
		if a := u.entAt[k]; a > 0 && (u.ents[a-1].Kind == entOrg || u.ents[a-1].Kind == entCountry) {
			k = u.ents[a-1].Hi - 1 // "of the Francophonie Ministerial Conference"
			continue
		}
		return false
	}
	return true
}

// topicPlaceNouns, before "in" and a place, make it the place of a topic
// (vocab's topic-place-nouns).
var topicPlaceNouns = vocab.Set("topic-place-nouns")

// placeNounBefore finds the preposition of a place named after a noun of
// places: "in the Ethiopian capital, Addis Ababa", "in the port city of
// Mombasa", "at the capital Nairobi". The city at token lo is the place;
// the preposition's index is returned, -1 for none.
func placeNounBefore(u *unit, lo int) int {
	k := lo - 1
	if k > 0 && (u.toks[k].Text == "," || u.toks[k].Lower == "of") {
		k--
	}
	if k < 1 || !placeNouns[u.toks[k].Lower] {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch {
		case placePrepositions[u.toks[j].Lower]:
			return j
		case !u.toks[j].Word:
			return -1
		}
	}
	return -1
}

// placeNouns name a kind of place: "the capital", "the port city".
var placeNouns = vocab.Set("place-nouns")

// isPlaceNoun tests placeNouns through its filter.
var isPlaceNoun = newQuickSet(placeNouns).has

// placeAfterAside reads the place of the main clause written after a
// relative clause set off by commas that follows the event's last party
// (ending at reach): "met with X, who is accompanying President Y on his
// state visit to China, in Beijing" (place/after-aside).
func placeAfterAside(u *unit, reach int) (string, reason) {
	toks := u.toks
	if reach+1 >= len(toks) || toks[reach].Text != "," || !asideOpeners[toks[reach+1].Lower] {
		return "", reason{}
	}
	for c := reach + 2; c < len(toks) && c <= reach+maxAside; c++ {
		if toks[c].Text != "," {
			if u.brk[c] {
				return "", reason{} // another clause inside: not one aside
			}
			continue
		}
		if c+2 >= len(toks) || !placePrepositions[toks[c+1].Lower] || u.entAt[c+2] == 0 {
			return "", reason{}
		}
		e := u.ents[u.entAt[c+2]-1]
		if e.Kind != entPlace || e.Lo != c+2 {
			return "", reason{}
		}
		if city := cityAfterVenue(u, e); city != nil {
			e = *city
		}
		return e.Name, because("place/after-aside", u.surface(e))
	}
	return "", reason{}
}

// placeAfterAsideVerb reads the place of the main clause whose verb
// follows an aside set off by commas after the event's last party (ending
// at reach): "The meeting between A and B, which was long awaited, was
// held in Arica" (place/preposition, read from the verb after the aside).
func (x *extraction) placeAfterAsideVerb(u *unit, reach int) (string, reason) {
	e := relativeAsideEnd(u, reach)
	if e < 0 || !verbAfterAside(u, e) {
		return "", reason{}
	}
	return x.placeUpTo(u, e, e+1, e+1+placeReach)
}

// maxVenueNameWords bounds the words of a venue's name before the comma and
// the city it lies in: "at the State House, Nairobi".
const maxVenueNameWords = 4

// venueBeforeCity finds the "at" of a venue named before the city e and a
// comma ("at State House, Nairobi", "at the Jubilee Hall, Accra"): its
// index, or -1. The venue is capitalised words, after "the" if any.
func venueBeforeCity(u *unit, e entity) int {
	if e.Kind != entPlace || !names.IsCity(e.Name) || e.Lo < 3 || u.toks[e.Lo-1].Text != "," {
		return -1
	}
	for k := e.Lo - 2; k >= 0 && k >= e.Lo-2-maxVenueNameWords; k-- {
		t := u.toks[k]
		switch {
		case t.Lower == "at" && k < e.Lo-2:
			return k
		case t.Lower == "the" && k < e.Lo-2:
			continue
		case !t.Word || !t.Cap || u.brk[k]:
			return -1
		}
	}
	return -1
}
