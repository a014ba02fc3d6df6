package extract

import (
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/names"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads where a visit goes and who makes it: the place after
// the visit word, before it ("the Moscow visit", "in Russia on a working
// visit"), the city of a stay, and the visitor named after "by" or "of".

// visitSides reads the destination of a visit word at lo (into s.dest,
// s.placeBefore, s.attributive, or s.right for a person visited) and the
// visitor named after it ("the visit of President X to Moscow", "the trip
// to Tokyo by Minister Y"), whose name ends the phrase: hi moves past it.
func (x *extraction) visitSides(u *unit, info triggerInfo, lo int, hi *int, s *sides) *entity {
	var visitor *entity
	if info.Destination && info.Noun {
		// "the visit this week by Prime Minister Nakasone", "the visit of
		// President X to Moscow": the person after "by" or "of" makes it.
		if v, end := visitorAfter(u, *hi); v != nil {
			visitor, *hi = v, end
		}
	}
	if info.Destination {
		s.dest = destination(u, *hi)
		if s.dest == nil {
			s.dest = x.here(u, *hi) // "will arrive here next week": the dateline's city
		}
		if s.dest == nil && *hi-lo > 1 {
			s.dest = x.here(u, *hi-1) // "arrives here April 29": the phrase ends with it
		}
		if s.dest == nil && len(s.right) == 0 && tripNouns[u.toks[lo].Lower] {
			s.dest = firstStopAfter(u, *hi) // "a four-nation tour of Central Africa on Wednesday, starting in Gabon"
		}
		if s.dest == nil && info.Noun && len(s.right) == 0 {
			s.dest = destinationBefore(u, lo) // "who is in Russia on a working visit"
			if s.dest == nil {
				s.dest = attributiveDestination(u, lo) // "the May 16 White House visit of X"
				s.attributive = s.dest != nil
			}
			s.placeBefore = s.dest != nil
			if s.dest == nil {
				s.dest = cityOfStay(u, lo) // "who is on a state visit, laid a wreath in Lima"
			}
		}
		if s.dest != nil && s.dest.Kind == entPerson {
			s.right = append(s.right, party{*s.dest, because("party/visited-person", u.surface(*s.dest))})
			s.dest = nil
		}
		if s.dest != nil && visitor == nil && tripNouns[u.toks[lo].Lower] {
			// "the trip to Tokyo next week by Minister Michael Howard": the
			// phrase runs to the visitor ("… has been postponed")
			if v, end := visitorAfter(u, s.dest.Hi); v != nil {
				visitor, *hi = v, end
			}
		}
		if s.dest != nil && visitor == nil && info.Noun {
			// "The last visit to the Philippines was by then President X
			// in 2008": the visit's phrase runs to the name, and its date
			// follows it
			if visitor = copularVisitor(u, s.dest.Hi); visitor != nil {
				*hi = visitor.Hi
			}
		}
	}
	return visitor
}

// copularVisitor reads, in the clause after a visit noun's destination,
// the visitor named after a copula and "by": "The last visit by a
// minister to Peru was by then President X in 2008", "… was made by X".
// A word such as "then" or "former" may stand before the name. nil when
// the clause names no one so.
func copularVisitor(u *unit, from int) *entity {
	for k := from; k+2 < len(u.toks) && k < from+maxCopulaReach; k++ {
		if u.brk[k] {
			return nil
		}
		if !pastCopulas[u.toks[k].Lower] {
			continue
		}
		j := k + 1
		if u.toks[j].Lower == "made" {
			j++
		}
		if j >= len(u.toks) || u.toks[j].Lower != "by" {
			return nil
		}
		j++
		if j < len(u.toks) && nameSkips[u.toks[j].Lower] {
			j++
		}
		if j < len(u.toks) && u.entAt[j] > 0 {
			if e := u.ents[u.entAt[j]-1]; e.party() && e.Kind == entPerson {
				return &e
			}
		}
		return nil
	}
	return nil
}

// maxCopulaReach is how many words after a visit's destination its
// copula may stand: "to the Philippines since 1990 was by".
const maxCopulaReach = 6

// pastCopulas and nameSkips are vocab's past-copulas and name-skips.
var (
	pastCopulas = vocab.Set("past-copulas")
	nameSkips   = vocab.Set("name-skips")
)

// visitorAfter reads "by X" or "of X" right after a visit noun (dates may
// stand between): the visitor, and the token after the name. nil when no
// person is named so.
func visitorAfter(u *unit, hi int) (*entity, int) {
	k := hi
	for k < len(u.toks) && (u.inTx[k] || u.toks[k].Lower == "this" || u.toks[k].Lower == "next" || u.toks[k].Lower == "last") {
		k++
	}
	if k+1 >= len(u.toks) || (u.toks[k].Lower != "by" && u.toks[k].Lower != "of") || u.entAt[k+1] == 0 {
		return nil, hi
	}
	e := u.ents[u.entAt[k+1]-1]
	if !e.party() {
		return nil, hi
	}
	return &e, e.Hi
}

// destinationBefore finds the place of a visit noun written after it:
// "who is in Russia on a working visit", "was in Moscow on an official
// visit", "is in India this week for his first visit", "will leave for
// India tomorrow on a state visit". The place must follow "in" (or "for"
// after a verb of departure) and precede "on" or "for" and the visit
// noun's own words (articles, possessives, adjectives, a length), a date
// aside.
func destinationBefore(u *unit, lo int) *entity {
	k := lo - 1
	for k >= 0 && lo-k <= maxEventLead && eventLeadWord(u, k) {
		k--
	}
	if k < 2 || u.toks[k].Lower != "on" && u.toks[k].Lower != "for" {
		return nil
	}
	j := k - 1
	for j > 0 && inDate(u, j) {
		j-- // "is in India this week for …", "will leave for Japan on Sunday on …"
	}
	if j < 1 || u.entEnd[j] == 0 {
		return nil
	}
	e := u.ents[u.entEnd[j]-1]
	if e.Lo < 1 || e.Kind != entPlace && e.Kind != entCountry || e.Country == "" {
		return nil
	}
	// "is in India …", or "will leave for India tomorrow on a state visit";
	// "is in the United States …", "was in the Russian Federation …"
	at := wordBeforeName(u, e.Lo)
	if p := u.toks[at].Lower; p != "in" && !(p == "for" && departedBefore(u, at)) {
		return nil
	}
	if _, n := lex.triggers.match(u.toks, at-1); n == 2 && u.toks[at].Lower == "for" {
		return nil // "will leave for India tomorrow on a state visit": the trip "leave for" tells
	}
	return &e
}

// maxDepartureReach is how many words, dates and the place left aside,
// may stand between a verb of departure and the "for" of where the
// traveller goes: "will leave Colombo tomorrow for India".
const maxDepartureReach = 2

// departedBefore reports a verb of departure (departure-verbs) before the
// "for" at k, with only a date and the place left between: "left for",
// "will leave Colombo tomorrow for".
func departedBefore(u *unit, k int) bool {
	words := 0
	for j := k - 1; j >= 0; j-- {
		switch {
		case departureVerbs[u.toks[j].Lower]:
			return true
		case u.inTx[j]:
			continue
		case u.entEnd[j] > 0:
			j = u.ents[u.entEnd[j]-1].Lo
			words++
		default:
			words++
		}
		if words > maxDepartureReach {
			return false
		}
	}
	return false
}

// attributiveDestination finds the place visited written right before the
// visit noun at lo, as its modifier: "the May 16 White House visit of
// X", "Reyes's Moscow visit". A city or seat of a known country, or a
// country by its name (not its adjective: "the Chilean visit" may be
// Chile's); nil for none.
func attributiveDestination(u *unit, lo int) *entity {
	if lo == 0 || u.entEnd[lo-1] == 0 {
		return nil
	}
	e := u.ents[u.entEnd[lo-1]-1]
	if e.Kind == entPlace && e.Country != "" || e.Kind == entCountry && !e.Adj && u.toks[e.Lo].Cap {
		return &e
	}
	return nil
}

// cityOfStay finds where a visitor is staying when the visit noun at lo
// has no destination of its own but is written as a stay, "on a … visit",
// and its sentence names a city after "in": in "X, who arrived on a state
// visit, was welcomed at Independence Square in Colombo", X visits Sri
// Lanka. Only a city of a known country counts; a bare country after "in"
// is as often a topic ("elections in Bolivia"). nil for none.
func cityOfStay(u *unit, lo int) *entity {
	k := lo - 1
	for k >= 0 && k >= lo-maxOnVisitReach && u.toks[k].Word && u.toks[k].Lower != "on" && u.entAt[k] == 0 {
		k--
	}
	if k < 0 || u.toks[k].Lower != "on" {
		return nil
	}
	for _, e := range u.ents {
		if e.Kind == entPlace && e.Country != "" && e.Lo > 0 && u.toks[e.Lo-1].Lower == "in" {
			return &e
		}
	}
	return nil
}

// elsewhere reports a place of the sentence, named place, that lies in
// another country than the destination of a visit: in "arrived in Cairo
// on a tour that will take him to Israel" Cairo is not where the visit to
// Israel is.
func elsewhere(u *unit, place string, dest *entity) bool {
	if dest == nil || dest.Kind == entOrg {
		return false
	}
	to := dest.Country
	if dest.Kind == entCountry {
		to = dest.Name
	}
	c := placeCountryIn(u, place)
	return c != "" && to != "" && c != to
}

// hostOf is the participant a destination stands for: the organisation
// visited, else the country of the place.
func hostOf(dest entity) timeline.Participant {
	if dest.Kind == entOrg {
		return groupParticipant(dest.Name)
	}
	return groupParticipant(dest.Country)
}

// here reads "here" at k as the place of the story's dateline ("TOKYO,
// April 1 - … will arrive here next week"); nil when the word is not
// there or the article has no dateline place.
func (x *extraction) here(u *unit, k int) *entity {
	place := x.a.Dateline.Place
	if k >= len(u.toks) || u.toks[k].Lower != "here" || place == "" {
		return nil
	}
	country := x.a.Dateline.Country
	if country == "" {
		country = names.PlaceCountry(place)
	}
	if country == "" {
		return nil
	}
	return &entity{Lo: k, Hi: k + 1, Kind: entPlace, Name: place, Country: country}
}

// hereInClause finds "here" in the clause of an event word, from the
// end of its phrase at from on, before the clause ends: "ended two days
// of talks here today", in a story datelined Washington, were held in
// Washington. nil when the clause has none or the story no dateline.
func (x *extraction) hereInClause(u *unit, from int) *entity {
	for k := from; k < len(u.toks) && k < from+placeReach; k++ {
		if u.brk[k] || reportingVerbs[u.toks[k].Lower] {
			return nil
		}
		if u.toks[k].Lower == "here" {
			return x.here(u, k)
		}
	}
	return nil
}

// maxWhereReach is how many words may stand between "where" and the event
// word of its clause: "where he will also meet".
const maxWhereReach = 5

// wherePlace is the place a clause opened by ", where" stands for, when
// the event word at lo is in it: "in Lima on Sunday, where he met Y",
// "before travelling to Lima, where he will meet Y" are held in Lima. The place is the last one named before the comma, a date
// aside; "" for none.
func wherePlace(u *unit, lo int) (string, reason) {
	k := lo - 1
	for k > 1 && lo-k <= maxWhereReach && u.toks[k].Lower != "where" {
		k--
	}
	if k < 2 || u.toks[k].Lower != "where" {
		return "", reason{}
	}
	j := k - 1
	if u.toks[j].Text == "," {
		j-- // "in Lima, where …"; wire copy may leave the comma out
	}
	for j > 0 && inDate(u, j) {
		j-- // "in Lima on Sunday, where …"
	}
	if u.entEnd[j] == 0 {
		return "", reason{}
	}
	e := u.ents[u.entEnd[j]-1]
	if e.Kind != entPlace || e.Lo < 1 || !placePrepositions[u.toks[e.Lo-1].Lower] && u.toks[e.Lo-1].Lower != "from" && u.toks[e.Lo-1].Lower != "to" {
		return "", reason{} // ("arrived in Athens from Johannesburg where he attended the BRICS summit": the place left)
	}
	return e.Name, because("place/where", u.surface(e))
}

// visitingDraft reads "visiting" before a person, in a story with a
// dateline: "Kishida and visiting Philippine President Marcos agreed
// Friday …", "Xi met with visiting Belarusian President Lukashenko": the
// person is on a visit to the dateline's country, staying in its city
// (party/visiting, place/dateline). A place the clause names ("held talks
// with visiting X in Beijing") is where the visit is, whatever the
// dateline (party/visiting-host). A meeting held on the visit is that
// visit (the visit is its leg). It reports whether the words were read
// so; a story with neither dateline nor place, or a visitor of the host's
// own country, leaves them to notAnEvent.
func (x *extraction) visitingDraft(ui, lo, hi int, info triggerInfo) bool {
	u := &x.units[ui]
	if info.Kind != timeline.Visit || hi != lo+1 || u.toks[lo].Lower != "visiting" || hi >= len(u.toks) || u.entAt[hi] == 0 {
		return false
	}
	e := u.ents[u.entAt[hi]-1]
	if e.Lo != hi || !e.individual() || e.Country == "" {
		return false
	}
	place := x.a.Dateline.Place
	country := x.a.Dateline.Country
	if country == "" {
		country = names.PlaceCountry(place)
	}
	hostWhy, placeWhy := because("party/dateline-host", place, country), because("place/dateline", place)
	// "held talks with visiting X in Beijing": the place the sentence
	// names, wherever the story is datelined.
	if named, why := x.place(u, lo, e.Hi); named != "" {
		if c := placeCountryIn(u, named); c != "" {
			place, country = named, c
			hostWhy, placeWhy = because("party/visiting-host", named, c), why
		}
	}
	if place == "" || country == "" || e.Country == country {
		return false
	}
	dv := draft{unit: ui, lo: lo, hi: hi}
	x.triggerKind(&dv, u, info)
	d := x.newDraft(&dv)
	d.m.Participants = x.resolveParties(&d.why, []party{{e, because("party/visiting", u.surface(e))}}, nil)
	x.addParty(d, groupParticipant(country), hostWhy)
	d.m.Place, d.why.place = place, placeWhy
	d.end = e.Hi
	d.cue, d.cueWord = x.statusCue(u, lo, e.Hi, info.Base)
	x.drafts = append(x.drafts, d)
	return true
}

// placeCountryIn is the country of the place entity of u named name; ""
// when the sentence names no such place or its country is unknown.
func placeCountryIn(u *unit, name string) string {
	for _, e := range u.ents {
		if e.Kind == entPlace && e.Name == name {
			return e.Country
		}
	}
	return ""
}

// maxFirstStopReach is how many words after a trip's noun the phrase of
// its first stop may start: "a four-nation tour of Central Africa on
// Wednesday, starting in Gabon".
const maxFirstStopReach = 12

// firstStopAfter finds the first stop of a trip whose noun names no
// destination, told after it by a word of first-stop-words and "in": the
// trip's first leg goes there ("will embark on a tour of Central Africa on
// Wednesday, starting in Gabon"). nil for none.
func firstStopAfter(u *unit, hi int) *entity {
	for k := hi; k+2 < len(u.toks) && k < hi+maxFirstStopReach; k++ {
		if u.toks[k].Text == "." || u.toks[k].Text == ";" {
			return nil
		}
		if !firstStopWords[u.toks[k].Lower] || u.toks[k+1].Lower != "in" {
			continue
		}
		if e := nameAfter(u, k+2); e != nil && (e.Kind == entPlace || e.Kind == entCountry && !e.Adj) && e.Country != "" {
			return e
		}
		return nil
	}
	return nil
}

// firstStopWords open the phrase of a trip's first stop (vocab's
// first-stop-words).
var firstStopWords = vocab.Set("first-stop-words")

// asOfficeEnd reads "as" and the office a trip is made in, written in
// lower case or as a title ("as president", "as foreign minister", "as
// Prime Minister"), up to the "to" of the place visited: the index of
// that "to", or -1.
func asOfficeEnd(u *unit, k int) int {
	for j := k + 1; j < len(u.toks) && j <= k+maxAsOffice; j++ {
		t := &u.toks[j]
		switch {
		case t.Lower == "to" && j > k+1:
			return j
		case !t.Word || u.entAt[j] > 0 && u.ents[u.entAt[j]-1].Kind != entRole || u.brk[j]:
			return -1
		}
	}
	return -1
}

// maxAsOffice bounds the words of the office after "as": "as prime
// minister of Chile".
const maxAsOffice = 5
