package extract

import (
	"slices"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file finds the groups of names around an event word: the subject
// before it, the other party after it ("with X", the object), lists of
// names, and the place or country visited.

// ageBetweenCommas reports a person's age set off by commas at k: "Rosa
// Vega, 54, and …".
func ageBetweenCommas(u *unit, k int) bool {
	return k > 0 && k+1 < len(u.toks) && isDigits(u.toks[k].Text) && len(u.toks[k].Text) <= 3 && u.toks[k-1].Text == "," && u.toks[k+1].Text == ","
}

// leftGroup finds the subject of a trigger: the nearest run of names before
// it in its clause ("Biden and Putin", "US President and his Ukrainian
// counterpart", "Russian-Serbian").
func leftGroup(u *unit, lo int) []entity {
	k := subjectEnd(u, lo)
	if k < 0 {
		return nil
	}
	var group []entity
	listed := false // an "and" joined the last item of a list
	serial := false // a comma inside the list was crossed: "A, B and C"
	tail := false   // the list goes on before the group with a place
	for k >= 0 {
		e := u.ents[u.entEnd[k]-1]
		if e.Kind == entPlace || e.Kind == entFormat {
			tail = len(group) > 0
			break
		}
		group = append(group, e)
		k = e.Lo - 1
		if g, ok := titleRunBefore(u, k); ok {
			k = g // "…, and Assistant Secretary of Defense for … Chris Maier"
		}
		if k >= 2 && compoundParticiples[u.toks[k].Lower] && u.toks[k-1].Text == "-" && u.entEnd[k-2] > 0 {
			// "Soviet-led Comecon": the country modifies the next name
			k = u.ents[u.entEnd[k-2]-1].Lo - 1
		}
		glue, comma, and, age, at := 0, false, false, false, -1
		for k >= 0 && u.entEnd[k] == 0 && (groupGlue[u.toks[k].Lower] || ageBetweenCommas(u, k)) && (glue < 3 || age && glue < 6 || ageBetweenCommas(u, k) || k > 0 && ageBetweenCommas(u, k-1)) {
			age = age || ageBetweenCommas(u, k) // ("A, 54, and her counterpart B": three more)
			if u.toks[k].Text == "," {
				comma, at = true, k
			}
			and = and || u.toks[k].Lower == "and" || u.toks[k].Text == "&"
			if end := apposedOfficeEnd(u, k); end >= 0 && and {
				k = end // "A, the Austrian chancellor, and B, …": past A's office
				glue++
				break
			}
			k--
			glue++
		}
		// "In Israel, Mr. Sullivan will meet …": a comma alone ends the
		// subject; "Russian and US officials" and "Russian-Serbian" go on,
		// and so does a list whose last item came after "and" ("A, B, C,
		// and D held a call"), unless the item before the comma is the
		// object of a preposition ("In Israel, A and B met").
		if comma && !and && apposedToPlural(u, at, group) {
			break // "The presidents of Chile and Peru, A and B, met": A and B
		}
		if k < 0 || u.entEnd[k] == 0 || glue == 0 {
			break
		}
		// A headline writes "Russia, Ukraine hold talks" for "and".
		listed = listed || and || comma && u.headline
		if comma && !and {
			prev := u.ents[u.entEnd[k]-1]
			// The head of a serial list ("advisers from A, B, C and D")
			// is in the list whatever stands before it; a single name
			// before a comma is not ("In Israel, A and B met").
			headed := prev.Lo > 0 && (objectMarkers[u.toks[prev.Lo-1].Lower] || placePrepositions[u.toks[prev.Lo-1].Lower])
			if !listed || headed && !serial && !roleNounHead(u, prev.Lo-1) {
				break
			}
			serial = true
		}
	}
	// "will travel to Israel, the West Bank, Morocco, and Algeria March
	// 26-30 to consult with partners": the places are where the subject
	// goes, not who consults; the infinitive's subject is the sentence's.
	if lo > 0 && u.toks[lo-1].Lower == "to" && len(group) > 0 && (tail || objectHead(u, group[len(group)-1])) &&
		!copulaBetween(u, group[0].Hi, lo-1) {
		// (but "officials from A and B are set to meet": a copula makes
		// the list the head of the subject)
		return nil
	}
	// "departed Sri Lanka yesterday for a State Visit to Vietnam": the
	// place left, not the visitor.
	if n := len(group); n > 0 && group[n-1].Lo > 0 && departureVerbs[u.toks[group[n-1].Lo-1].Lower] {
		return nil
	}
	slices.Reverse(group) // text order
	return group
}

// roleNounHead reports "from" or "of" at k after a noun of role-nouns
// ("negotiators from", "representatives of") or a phrase of
// member-phrases ("foreign ministers of"): the list that follows names
// whom the people act for, all of it ("Negotiators from A, B and C will
// meet").
func roleNounHead(u *unit, k int) bool {
	if k < 1 || u.toks[k].Lower != "from" && u.toks[k].Lower != "of" {
		return false
	}
	if isRoleNoun(u.toks[k-1].Lower) {
		return true
	}
	for j := max(0, k-4); j < k; j++ {
		if _, n := memberPhrases.match(u.toks, j); n > 0 && j+n == k {
			return true // "The foreign ministers of Japan, China and South Korea will hold …"
		}
	}
	return false
}

// copulaBetween reports a finite copula among the tokens from lo to hi
// (exclusive): "are" in "officials from A and B are set to meet".
func copulaBetween(u *unit, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := u.toks[k].Lower; presentCopulas[w] || pastCopulas[w] {
			return true
		}
	}
	return false
}

// departureVerbs take as object the place a traveller leaves: "departed
// Sri Lanka for a State Visit to Vietnam".
var departureVerbs = vocab.Set("departure-verbs")

// compoundParticiples follow a country and a hyphen in a modifier of the
// next name: "Soviet-led Comecon", "U.S.-backed talks".
var compoundParticiples = vocab.Set("compound-participles")

// objectHead reports a group's first name, or the head of the list it
// ends, as the object of a word before it ("to Peru, Bolivia and
// Ecuador").
func objectHead(u *unit, first entity) bool {
	k := first.Lo - 1
	for k >= 0 {
		switch {
		case u.entEnd[k] > 0:
			k = u.ents[u.entEnd[k]-1].Lo - 1
		case u.toks[k].Text == "," || u.toks[k].Lower == "and" || u.toks[k].Lower == "the":
			k--
		default:
			return objectMarkers[u.toks[k].Lower] || placePrepositions[u.toks[k].Lower]
		}
	}
	return false
}

// rightGroup finds the other party after a trigger: after "with",
// "between" or "among" a few words on, or as the direct object of a verb
// that takes one ("met Putin").
func (x *extraction) rightGroup(u *unit, hi int, info triggerInfo) (group []entity, with, direct bool) {
	reach := rightReach
	if _, n := happenPhrases.match(u.toks, hi); n > 0 {
		// "A meeting took place this afternoon at the Secretariat
		// between …": when and where come between the event and its
		// parties.
		reach = happenReach
	}
	objAt := objectStart(u, hi, info) // ostep counts the steps from there
	for k, steps := hi, 0; k < len(u.toks) && steps < reach; k, steps = k+1, steps+1 {
		t, ostep := u.toks[k], k-objAt
		if info.Convertible && info.Base && t.Lower == "to" && steps == 0 {
			// "spoke to President X": a conversation with a person; "spoke
			// to reporters" names nobody and is no event.
			g := forwardGroup(u, k+1, 1)
			if len(g) > 0 && g[0].party() &&
				!(g[len(g)-1].Hi < len(u.toks) && u.toks[g[len(g)-1].Hi].Lower == "'s") { // "spoke to X's concerns"
				return g, true, false
			}
			return nil, false, false
		}
		if t.Lower == "between" && k > hi && ownsBetween(u, k-1) {
			return nil, false, false // "discussion of the border between A and B": the border's
		}
		if t.Lower == "of" && steps == 0 && (info.Kind == timeline.Summit || info.Kind == timeline.Meeting || info.Kind == timeline.Call) && !withAfterGroup(u, k+1) {
			if g := gatheringMembers(u, k+1); len(g) > 0 {
				return g, true, false // "a meeting of the heads of state of the CIS", "a video call of G7 leaders"
			}
			if e := sessionBody(u, k+1); e != nil {
				return []entity{*e}, true, false // "a meeting of NATO"
			}
			if g := forwardGroup(u, k+1, 1); info.Kind == timeline.Meeting && len(g) >= 2 && !bodyNameAfter(u, g[len(g)-1].Hi) {
				return g, true, false // "the meeting of the Russian and Chinese foreign ministers"
			}
		}
		if withWords[t.Lower] || info.From && t.Lower == "from" || info.Kind == timeline.Summit && t.Lower == "of" ||
			t.Lower == "by" && info.Object && (steps <= 2 || placePhraseOnly(u, hi, k)) && passiveBefore(u, hi) {
			g := apposedNames(u, forwardGroup(u, k+1, 4)) // "with his Peruvian and Bolivian counterparts, A and B,"
			if len(g) == 0 && info.Kind != timeline.Summit {
				if f := leadingFormat(u, k+1, 4); f != nil {
					g = []entity{*f}
				}
			}
			if t.Lower == "by" && len(g) > 1 && u.toks[g[0].Hi].Text == "," {
				g = g[:1] // "received by X, the minister for …, the EU and …": the agent, then its apposition
			}
			if t.Lower == "of" && len(g) > 0 && g[0].Kind == entPlace {
				g = nil // "a summit of Andean leaders opened in Quito": where, not whose
			}
			return g, true, false
		}
		if g := objectDelegation(u, hi, k, steps, info); len(g) > 0 {
			return g, false, true
		}
		// "called and congratulated Xiomara Castro": a verb coordinated
		// with the event's shares its object.
		coordinated := steps == 2 && u.toks[k-2].Lower == "and" && u.toks[k-1].Word && !u.toks[k-1].Cap
		// "met the Minister", "received his Finnish counterpart", "meets
		// visiting Brazilian president": the object may follow an article,
		// a possessive or "visiting".
		determined := ostep == 1 && (u.toks[k-1].Lower == "the" || possessives[u.toks[k-1].Lower] || u.toks[k-1].Lower == "visiting" || tenureAdjectives[u.toks[k-1].Lower]) ||
			ostep == 2 && (u.toks[k-2].Lower == "the" || possessives[u.toks[k-2].Lower]) && tenureAdjectives[u.toks[k-1].Lower] // "the new Peruvian ambassador"
		if info.Object && determined && !info.Destination && u.toks[k-1].Lower == "the" {
			// "hosted the foreign ministers of Ecuador and Bolivia": the
			// countries whose office holders are the object
			if n := officeNounAt(u, k); n > 0 && k+n+1 < len(u.toks) && u.toks[k+n].Lower == "of" {
				if g := forwardGroup(u, k+n+1, 0); len(g) > 0 && g[0].Kind == entCountry {
					return g, false, true
				}
			}
		}
		if info.Object && !info.Destination && (ostep == 0 || ostep == 1 && u.toks[k-1].Lower == "the") {
			// "met leaders of the African Union", "hosted heads of state
			// of the CIS", "leaders from Peru and Bolivia": the body or
			// countries whose people are the object
			if _, n := memberPhrases.match(u.toks, k); n > 0 && k+n+1 < len(u.toks) && memberOrigins[u.toks[k+n].Lower] {
				if g := forwardGroup(u, k+n+1, 1); len(g) > 0 && (g[0].Kind == entCountry || g[0].Kind == entOrg) {
					return g, false, true
				}
			}
		}
		if info.Object && (ostep == 0 || determined || coordinated) && u.entAt[k] > 0 && !info.Destination {
			e := u.ents[u.entAt[k]-1]
			possessive := e.Hi < len(u.toks) && u.toks[e.Hi].Lower == "'s"
			if !possessive && e.individual() {
				return apposedNames(u, forwardGroup(u, k, 0)), false, true
			}
		}
		if inDate(u, k) {
			continue
		}
		if end := placeAdjunctEnd(u, k); end > k && end < objAt {
			k = end // the place before the object (see objectStart)
			continue
		}
		if end := skippedAdjunct(u, k); end > k {
			k = end // "had a meeting, via videoconference, with X", "held talks via video link with X", "met for 90 minutes with X"
			continue
		}
		if t.Text == "(" && k+2 < len(u.toks) && u.toks[k+2].Text == ")" {
			k += 2 // "co-chair the Consultative Group (SCG) with X": the abbreviation is one step
			continue
		}
		if t.Text == "," && k+2 < len(u.toks) && focusWords[u.toks[k+1].Lower] && withWords[u.toks[k+2].Lower] {
			k++ // "held talks in Montreal, including with X"
			continue
		}
		if rightStops[t.Text] || rightStops[t.Lower] || clauseOpeners[t.Lower] || reportingVerbs[t.Lower] {
			return nil, false, false
		}
		if t.Lower == "visiting" && ostep == 0 && info.Object {
			continue // "meets visiting Brazilian president": the visitor is the object
		}
		if _, n := lex.triggers.match(u.toks, k); n > 0 && !compoundAdjective(u.toks, k) {
			return nil, false, false
		}
	}
	return nil, false, false
}

// memberOrigins join a phrase of memberPhrases to the body or countries
// whose people they are: "leaders of the African Union", "leaders from
// Peru, Bolivia and Ecuador".
var memberOrigins = vocab.Set("member-origins")

// memberPhrases name the members of a gathering after "of": "a summit of
// heads of state of the CIS", "a meeting of the CIS foreign ministers".
var memberPhrases *phraseTable[bool]

func init() { memberPhrases = phraseSet(vocab.List("member-phrases")) }

// gatheringMembers reads, after the "of" of a summit or meeting (at k),
// the members and whose they are: "the heads of state of the CIS" or "the
// CIS heads of state", "foreign ministers of Russia and China". It returns
// the group of the countries or organisations, or nil.
func gatheringMembers(u *unit, k int) []entity {
	if k < len(u.toks) && u.toks[k].Lower == "the" {
		k++
	}
	if _, n := memberPhrases.match(u.toks, k); n > 0 && k+n < len(u.toks) && u.toks[k+n].Lower == "of" {
		if g := groupingAt(u, k+n+1); g != nil {
			return []entity{*g} // "the foreign ministers of the Lima Group"
		}
		return forwardGroup(u, k+n+1, 1)
	}
	if g := groupingAt(u, k-1); g != nil {
		return []entity{*g} // "a ministerial meeting of the Lima Group"
	}
	if k < len(u.toks) && u.entAt[k] > 0 {
		e := u.ents[u.entAt[k]-1]
		if e.Lo == k && e.Kind == entOrg {
			if _, n := memberPhrases.match(u.toks, e.Hi); n > 0 {
				return []entity{e}
			}
		}
		if e.Lo == k && e.Kind == entRole && e.Country != "" && e.Hi-e.Lo >= 2 {
			// "the CIS heads of state", read as the organisation's officials
			if _, n := memberPhrases.match(u.toks, e.Hi-1); n > 0 {
				return []entity{e}
			}
		}
	}
	return nil
}

// sessionBody is the named format, or the organisation named alone, at k
// (after an optional "the") and followed by no name of its own body or
// member: in "a meeting of NATO", "a meeting of the OSCE" or "a meeting of
// the Normandy format" the meeting is a session of it, and so it is in "a
// meeting of the CSTO Council of Foreign Ministers", a body of its
// leaders or ministers (leadersBodyAt). nil otherwise ("a meeting of the
// NATO Military Committee" names a body the tables may not know).
func sessionBody(u *unit, k int) *entity {
	e := nameAfter(u, k)
	if e == nil {
		return nil
	}
	if e.Kind == entFormat && (e.Hi >= len(u.toks) || !u.toks[e.Hi].Word || phraseFollowers[u.toks[e.Hi].Lower]) {
		return e // "a meeting of the Normandy format", not "of the Normandy format working groups"
	}
	if e.Kind != entOrg || e.Country != "" && e.Country != e.Name || bodyNameAfter(u, e.Hi) && !leadersBodyAt(u, e.Hi) || e.Hi < len(u.toks) && u.toks[e.Hi].Lower == "'s" {
		return nil
	}
	return e
}

// leadersBodyAt reports the name of a body at k, capitalised words up to
// a word of body-name-ends, that holds a word of leaders-body-words: the
// body of an organisation's leaders or ministers ("Council of Foreign
// Ministers", "Foreign Affairs Council", "Council of Heads of State").
func leadersBodyAt(u *unit, k int) bool {
	for j := k; j < len(u.toks) && j < k+maxBodyNameTail && u.toks[j].Word && (u.toks[j].Cap || u.toks[j].Lower == "of"); j++ {
		if leadersBodyWords[u.toks[j].Lower] {
			return true
		}
	}
	return false
}

// leadersBodyWords name, inside a body's name, the leaders or ministers
// who sit on it (vocab's leaders-body-words).
var leadersBodyWords = vocab.Set("leaders-body-words")

// phraseFollowers end the noun phrase they follow (vocab's phrase-followers).
var phraseFollowers = vocab.Set("phrase-followers")

// bodyNameAfter reports capitalised words at k that lead to the noun of
// a body: the group before them names whose body it is ("the meeting of
// the U.S.-Israel Strategic Consultative Group" is the group's meeting).
func bodyNameAfter(u *unit, k int) bool {
	return k < len(u.toks) && u.toks[k].Word && u.toks[k].Cap && bodyNameFollows(u.toks, k)
}

// withAfterGroup reports "with" right after the group at k: "the meeting
// of the heads of the EU bodies with Aliyev and Pashinyan" has its
// parties after "with" (the EU's among them, read by the with-words).
func withAfterGroup(u *unit, k int) bool {
	for s := k; s < len(u.toks) && s < k+8; s++ {
		if withWords[u.toks[s].Lower] {
			return true
		}
		if u.brk[s] || u.toks[s].Text == "," || u.toks[s].Text == "." {
			return false
		}
	}
	return false
}

// rightReach is how many tokens after an event word its other party may
// start; happenReach is the reach after a phrase of happenPhrases.
const rightReach, happenReach = 8, 16

// happenPhrases say that the event just named happened ("took place",
// "was held"); its parties may follow after its time and place.
var happenPhrases *phraseTable[bool]

func init() { happenPhrases = phraseSet(vocab.List("happen-phrases")) }

// topicNounAfter reports a noun of topicPlaceNouns at k that ends its
// phrase ("the Myanmar crisis", "the Ukraine war."), so that the country
// named before it is a topic; "Ukraine security officials" goes on to
// a role, the country's side.
func topicNounAfter(u *unit, k int) bool {
	if k >= len(u.toks) || !topicPlaceNouns[u.toks[k].Lower] || u.toks[k].Cap {
		return false
	}
	if k+1 < len(u.toks) {
		next := u.toks[k+1]
		if next.Word && !next.Cap && (isRoleNoun(next.Lower) || next.Mask&firstTitle != 0) {
			return false
		}
	}
	return true
}

// isRoleNoun reports a noun of vocab's role-nouns ("officials", "leader").
func isRoleNoun(w string) bool {
	_, ok := genericRoles[w]
	return ok
}

// nonStateNouns, after a country's name used as an adjective, name people
// who do not act for the country: "U.S. business representatives".
var nonStateNouns = vocab.Set("non-state-nouns")

// passiveBefore reports an event verb in the passive ("was received by",
// "is to be welcomed by"): its agent, after "by", is the other party.
func passiveBefore(u *unit, hi int) bool {
	lo := hi - 1
	for lo > 0 && !u.toks[lo-1].Word {
		lo--
	}
	return lo > 0 && passiveAuxiliaries[u.toks[lo-1].Lower]
}

// passiveAuxiliaries make the verb after them passive.
var passiveAuxiliaries = map[string]bool{"be": true, "been": true, "being": true, "is": true, "was": true, "were": true, "are": true, "am": true, "get": true, "got": true}

// ownsBetween reports a noun at k that takes the "between" after it
// itself: "the border between Belarus and the EU", "the partnership
// between Sri Lanka and the IMF" speak of a topic, not of who talked.
func ownsBetween(u *unit, k int) bool {
	t := u.toks[k]
	return t.Word && !t.Cap && !u.inTx[k] && betweenNouns[t.Lower]
}

// betweenNouns take a "between" of their own: "the border between".
var betweenNouns = vocab.Set("between-nouns")

// ordinalWords count an event between its subject and its noun (vocab's
// ordinal-words): "co-chaired the fourth intergovernmental consultations".
var ordinalWords = vocab.Set("ordinal-words")

// maxGlue is how many words of group-glue may join two names of a list:
// ", as well as a delegation from" the European Union.
const maxGlue = 8

// focusWords pick out some of the other parties after a comma: "held
// talks in Montreal, including with the Foreign Minister".
var focusWords = vocab.Set("focus-words")

// titleRunBefore passes back over a long title that the title tables do
// not know, written before a name in a list ("Dr. A, General B, and
// Assistant Secretary of Defense for Special Operations and Low-Intensity
// Conflict C"): capitalised words and their connectors, ending at token
// k, preceded by a comma or "and" that follows another name. It returns
// that comma or "and".
func titleRunBefore(u *unit, k int) (int, bool) {
	if k < 1 || u.toks[k].Text == "," || u.toks[k].Lower == "and" {
		return 0, false // no title: the list's own glue
	}
	for j, n := k, 0; j >= 1 && n < maxTitleRun; j, n = j-1, n+1 {
		t := u.toks[j]
		if t.Text == "," || t.Lower == "and" {
			p := j - 1
			for p >= 0 && u.entEnd[p] == 0 && (u.toks[p].Text == "," || u.toks[p].Lower == "and") {
				p--
			}
			if j < k && p >= 0 && u.entEnd[p] > 0 {
				return j, true
			}
			if t.Text == "," {
				return 0, false
			}
			continue
		}
		if u.entEnd[j] > 0 || !(t.Cap && t.Word || titleConnectors[t.Lower]) {
			return 0, false
		}
	}
	return 0, false
}

// titleConnectors join the words of a title: "Secretary of Defense for
// Special Operations and Low-Intensity Conflict".
var titleConnectors = vocab.Set("title-connectors")

// maxTitleRun is the longest title titleRunBefore passes over.
const maxTitleRun = 14

// forwardGroup collects a list of names starting at or a few words after k.
// A name after a comma joins the list only when the list goes on after it
// ("with Biden, Macron and Scholz"), so that the subject of a main clause
// ("During a call with X, President Biden expressed …") is not taken.
func forwardGroup(u *unit, k, skip int) []entity {
	for s := 0; k < len(u.toks) && u.entAt[k] == 0 && s < skip; s++ {
		t := u.toks[k]
		if rightStops[t.Text] || clauseOpeners[t.Lower] || reportingVerbs[t.Lower] {
			return nil
		}
		k++
		if t.Lower == "the" && k+1 < len(u.toks) && u.entAt[k] == 0 && u.entAt[k+1] > 0 {
			if _, ok := resolve.CountByName(u.toks[k].Lower); ok {
				k++ // "the 27 EU member states": a count is part of the article's phrase
			}
		}
	}
	var group []entity
	for k < len(u.toks) && u.entAt[k] > 0 {
		e := u.ents[u.entAt[k]-1]
		if e.Kind == entFormat {
			break
		}
		switch {
		case e.Kind == entInstitution: // a body outside diplomacy takes no part
		case e.Kind == entCountry && e.Hi < len(u.toks) && !e.Adj && nonStateNouns[u.toks[e.Hi].Lower]:
			// "U.S. business representatives", "UK students": a country's
			// name used as an adjective of people who do not act for it
		case e.Kind == entCountry && !e.Adj && topicNounAfter(u, e.Hi):
			// "talks with officials on the Myanmar crisis": a country's
			// name before a topic noun names what was discussed
		case e.Kind == entCountry && e.Adj && e.Hi < len(u.toks) && u.toks[e.Hi].Word && !u.toks[e.Hi].Cap && !groupGlue[u.toks[e.Hi].Lower]:
			// "members of the Swiss community", "Ukrainian civil society":
			// the adjective of something other than a side
		default:
			group = append(group, e)
		}
		k = e.Hi
		if j := apposedOfficeAfter(u, e); j >= 0 {
			k = j // "with A, Foreign Minister of Ecuador, and B": past A's office
		}
		sawComma, sawAnd := false, false
		glue := 0
		for k < len(u.toks) && u.entAt[k] == 0 && groupGlue[u.toks[k].Lower] && glue < maxGlue {
			if u.toks[k].Text == "," {
				sawComma = true
			} else if u.toks[k].Lower == "and" || u.toks[k].Text == "&" || u.toks[k].Lower == "as" {
				sawAnd = true
			}
			k++
			glue++
		}
		if glue == 0 || k >= len(u.toks) || u.entAt[k] == 0 {
			break
		}
		if sawComma && !sawAnd {
			// A list of names that ends the sentence or headline without
			// "and" ("Call with A, B, C") takes its last item too.
			next := u.ents[u.entAt[k]-1]
			atEnd := next.Hi >= len(u.toks) || u.toks[next.Hi].Text == "."
			headlinePair := u.headline && len(group) == 1 && next.Hi < len(u.toks) && u.toks[next.Hi].Word && u.entAt[next.Hi] == 0
			if !(atEnd && len(group) >= 2) && !headlinePair && (next.Hi >= len(u.toks) || !listContinues(u.toks[next.Hi])) {
				break // (a headline writes "A, B discuss …" for "A and B")
			}
		}
	}
	return group
}

// leadingFormat returns the named format that opens the group at or a few
// words after k ("with the leaders of the Bucharest Nine"), or nil.
func leadingFormat(u *unit, k, skip int) *entity {
	for s := 0; k < len(u.toks) && u.entAt[k] == 0 && s < skip; s++ {
		t := u.toks[k]
		if rightStops[t.Text] || clauseOpeners[t.Lower] || reportingVerbs[t.Lower] {
			return nil
		}
		k++
	}
	if k < len(u.toks) && u.entAt[k] > 0 {
		if e := u.ents[u.entAt[k]-1]; e.Kind == entFormat {
			return &e
		}
	}
	return nil
}

func listContinues(t token) bool {
	return t.Text == "," || t.Lower == "and" || t.Text == "&"
}

// afterDestination are the lower-case words that may follow a visited
// country; any other lower-case word makes the country word an adjective.
var afterDestination = vocab.Set("after-destination")

// agentEnd is the token after the entity that "by" introduces at from,
// an article aside ("by a Chilean president"), or from when none stands
// there.
func agentEnd(u *unit, from int) int {
	j := from
	if j < len(u.toks) && (u.toks[j].Lower == "a" || u.toks[j].Lower == "an" || u.toks[j].Lower == "the") {
		j++
	}
	if j < len(u.toks) && u.entAt[j] > 0 {
		if e := u.ents[u.entAt[j]-1]; e.Kind == entPerson || e.Kind == entRole {
			return e.Hi
		}
	}
	return from
}

// destination finds the place or country visited: "visited Moscow", "a
// visit to France", "arrived in Sochi", "trip to the White House",
// "travel on from Addis Ababa to Djibouti".
func destination(u *unit, hi int) *entity {
	for k, s := hi, 0; k < len(u.toks) && s < 4; k, s = k+1, s+1 {
		if u.entAt[k] > 0 {
			e := u.ents[u.entAt[k]-1]
			if e.Kind == entCountry && e.Adj && e.Hi < len(u.toks) && u.toks[e.Hi].Word && !afterDestination[u.toks[e.Hi].Lower] {
				return nil // "visit Russian gas giant Gazprom": an adjective
			}
			switch e.Kind {
			case entPlace, entCountry, entOrg, entPerson:
				return &e
			case entRole:
				if !e.Side {
					return &e
				}
			}
			return nil
		}
		switch u.toks[k].Lower {
		case "to", "in", "the", "a", "an", "of", "abroad":
			continue
		case "as":
			// "his first trip as president to Peru": the office he makes it in
			if j := asOfficeEnd(u, k); j > k {
				k, s = j-1, s-1
				continue
			}
		case "by":
			// "the last visit by a Chilean president to Bolivia": the
			// agent is the visitor, not the place visited
			if j := agentEnd(u, k+1); j > k+1 {
				k = j - 1
			}
			continue
		case "from":
			// "travel on from Ethiopia to Djibouti": the place left is
			// not the place visited.
			if f := u.entAt[min(k+1, len(u.toks)-1)]; f > 0 && u.ents[f-1].Hi < len(u.toks) && u.toks[u.ents[f-1].Hi].Lower == "to" {
				k, s = u.ents[f-1].Hi, s-1
				continue
			}
		}
		if u.inTx[k] {
			continue
		}
		return nil
	}
	return nil
}

// maxAside is how many tokens a relative clause set off by commas may
// have between a subject and its verb.
const maxAside = 20

// asideBefore finds the relative clause set off by commas that the comma
// at k closes (", who is in Russia on a state visit,"): the index of its
// opening comma, or -1. The clause has no other comma and no date of the
// main clause's; it opens with a word of aside-openers.
func asideBefore(u *unit, k int) int {
	for j := k - 1; j > 0 && j >= k-maxAside; j-- {
		if u.toks[j].Text == "," {
			if j+1 < k && asideOpeners[u.toks[j+1].Lower] {
				return j
			}
			return -1
		}
		if u.brk[j] && !asideOpeners[u.toks[j].Lower] {
			return -1
		}
	}
	return -1
}

// pronounApposition reports the comma at k closing an apposition to a
// plural pronoun that opens the sentence ("We, the leaders of the United
// States, Japan, and the Republic of Korea, met …"): what it names is the
// subject. Between the two commas stand only words and the commas of a
// list.
func pronounApposition(u *unit, k int) bool {
	if k < 3 || k > maxAside+2 || u.toks[1].Text != "," || u.toks[0].Lower != "we" && u.toks[0].Lower != "they" {
		return false
	}
	for j := 2; j < k; j++ {
		if t := u.toks[j]; !t.Word && t.Text != "," || u.brk[j] && t.Text != "," && t.Lower != "and" {
			return false
		}
	}
	return true
}

// measureNouns are vocab's measure-nouns.
var measureNouns = vocab.Set("measure-nouns")

// measureStart is the first token of a measure of the event noun at lo
// ("four days of talks", "several hours of negotiations", "months of
// talks"), whose subject is the event's; lo when there is none.
func measureStart(u *unit, lo int) int {
	if r := roundOfEvent(u, lo); r >= 0 {
		return r // "held the third round of political consultations": the round's subject
	}
	if lo < 2 || u.toks[lo-1].Lower != "of" || !measureNouns[u.toks[lo-2].Lower] {
		return lo
	}
	k := lo - 2
	if k == 0 {
		return k
	}
	if _, ok := resolve.CountByName(u.toks[k-1].Lower); ok || u.toks[k-1].Lower == "several" || u.toks[k-1].Lower == "many" {
		k--
	}
	return k
}

// roundOfEvent is the index of a dated event noun ("round", "session")
// whose "of" the event noun at lo follows, a topic word or two between
// ("the third round of political consultations"): the event's subject
// stands before the round. -1 when there is none.
func roundOfEvent(u *unit, lo int) int {
	k := lo
	for n := 0; n < 2 && k > 0 && eventTopics[u.toks[k-1].Lower]; n++ {
		k--
	}
	if k < 2 || u.toks[k-1].Lower != "of" || u.toks[k-2].Mask&firstTrigger == 0 {
		return -1
	}
	if info, n := lex.triggers.match(u.toks, k-2); n == 1 && info.Noun && info.Dated {
		return k - 2
	}
	return -1
}

// subjectBridge reports a word between the names of a subject and its
// verb that the subject runs through, and the index of the name before
// it: the group noun after an organisation ("Foreign ministers from the
// Group of Seven nations met") or the dash that closes an aside listing
// names ("the Quad countries - the United States, Japan, India and
// Australia - will meet").
func subjectBridge(u *unit, k int) (int, bool) {
	if k == 0 {
		return k, false
	}
	if regionGroupNouns[u.toks[k].Lower] {
		// "the Group of Seven nations", "the Group of Seven wealthy
		// democracies": up to two lower-case words describe the group
		j := k - 1
		for j > 0 && k-j <= maxGroupAdjectives && u.entEnd[j] == 0 && u.toks[j].Word && !u.toks[j].Cap && !subjectSkip[u.toks[j].Lower] {
			j--
		}
		if e := u.entEnd[j]; e > 0 && (u.ents[e-1].Kind == entOrg || u.ents[e-1].Kind == entRole) {
			return j, true // (and "Finance ministers of the G20 major economies")
		}
	}
	if u.entEnd[k-1] > 0 && dashAsideOpen(u, k) > 0 {
		return k - 1, true
	}
	return k, false
}

// maxGroupAdjectives bounds the words between an organisation and the
// group noun that follows it: "the Group of Seven wealthy democracies".
const maxGroupAdjectives = 2
