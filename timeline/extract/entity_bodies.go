package extract

import (
	"strings"

	"github.com/dateline/dateline/timeline/names"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads the named things that are neither people nor countries:
// gatherings known only by their own name ("the Munich Security
// Conference"), institutions outside diplomacy ("the Russian Academy of
// Sciences"), and the cities of the gazetteer.

// namedAfterPlaceNoun reports a name after a noun of places: "the port
// city of Callao", "the capital, Lima".
func namedAfterPlaceNoun(toks []token, i int) bool {
	return i > 1 && (toks[i-1].Lower == "of" || toks[i-1].Text == ",") && isPlaceNoun(toks[i-2].Lower)
}

// commaCountrySoon is a quick test for ", Country" within the few
// capitalised words after i, which spares the other names a gazetteer
// lookup.
func commaCountrySoon(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+maxGazetteerWords; k++ {
		if toks[k].Text == "," {
			return k+1 < len(toks) && toks[k+1].Mask&firstCountry != 0
		}
		if !toks[k].Cap {
			return false
		}
	}
	return false
}

// isASCII reports a string of ASCII bytes only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// countryFollows reports ", Country" at toks[k], the country being c.
func countryFollows(toks []token, k int, c string) bool {
	if c == "" || k+1 >= len(toks) || toks[k].Text != "," || toks[k+1].Mask&firstCountry == 0 {
		return false
	}
	name, n := lex.countries.match(toks, k+1)
	return n > 0 && name == c
}

// gazetteerCues before a capitalised name make it a place the gazetteer
// may know; elsewhere a city's name may be a person's ("Victoria").
var gazetteerCues = vocab.Set("gazetteer-cues")

// isGazetteerCue tests gazetteerCues through its filter: the word before
// every capitalised word is looked up.
var isGazetteerCue = newQuickSet(gazetteerCues).has

// maxGazetteerWords is the longest city name read ("Santa Cruz de la
// Sierra" aside, world cities have three words at most).
const maxGazetteerWords = 3

// gazetteerPlace reads a city of the gazetteer at toks[i]: the longest run
// of up to maxGazetteerWords capitalised words (joined by hyphens or
// apostrophes as written) that the gazetteer knows and that no further
// capitalised word continues ("in Independence Square" is no city).
func gazetteerPlace(toks []token, i int) (entity, bool) {
	// Most capitalised words start no city's name: rule them out without
	// folding (an ASCII word's lower case is its folded form; others are
	// folded).
	if first := toks[i].Lower; isASCII(first) && !vocab.GazetteerStarts(first) && !names.PlaceStarts(first) {
		return entity{}, false
	}
	end := i
	for k := i; k < len(toks) && k-i < 2*maxGazetteerWords; k++ {
		t := toks[k]
		if t.Word && t.Cap {
			end = k + 1
			continue
		}
		if (t.Text == "-" || t.Text == "'" || t.Text == "’") && k+1 < len(toks) && toks[k+1].Start == t.End && t.Start == toks[k-1].End {
			continue
		}
		break
	}
	for hi := end; hi > i; hi-- {
		if !toks[hi-1].Word || hi < end && toks[hi].Word && toks[hi].Cap {
			continue
		}
		if c, ok := vocab.Gazetteer(names.Fold(joinText(toks[i:hi]))); ok {
			return entity{Lo: i, Hi: hi, Kind: entPlace, Name: joinText(toks[i:hi]), Country: c.Country}, true
		}
		// A curated city written with its accents ("San José", "Bogotá"),
		// which the phrase tables, matching letter for letter, missed.
		if name, ok := names.PlaceName(joinText(toks[i:hi])); ok {
			return entity{Lo: i, Hi: hi, Kind: entPlace, Name: name, Country: names.PlaceCountry(name)}, true
		}
	}
	return entity{}, false
}

// maxGatheringWords bounds the capitalised words of a gathering's name
// read before or after its noun.
const maxGatheringWords = 4

// maxGatheringTail bounds the words of a gathering's name after its noun
// and link: "Summit of the Forum for India-Pacific Islands Cooperation".
const maxGatheringTail = 6

// mayNameGathering is a quick test that a noun of gathering-nouns
// ("Conference", "Summit", "Dialogue") is among the capitalised words at
// toks[i:].
func mayNameGathering(toks []token, i int) bool {
	for j := i; j < len(toks) && j <= i+maxGatheringWords && toks[j].Cap; j++ {
		if toks[j].Mask&firstGathering != 0 {
			return true
		}
	}
	return false
}

// headedByEventNoun reports a capitalised event noun at toks[j], after a
// noun of gathering-nouns that is then its modifier: "Ministerial
// Meeting", "Conference Call".
func headedByEventNoun(toks []token, j int) bool {
	if j >= len(toks) || !toks[j].Cap || toks[j].Mask&firstTrigger == 0 {
		return false
	}
	info, n := lex.triggers.match(toks, j)
	return n > 0 && info.Noun
}

// gatheringEnd reads the name of a gathering no table knows, a summit of
// its own: capitalised words ending with a noun of gathering-nouns
// ("Munich Security Conference", "Shangri-La Dialogue"), the noun
// followed by "of", "for" or "on" and capitalised words ("Summit for
// Democracy", "Ministerial Conference on the Human Dimension of Peace"),
// or both. A name holds two words at least and no country or
// organisation, whose own meetings the tables and rules read. It returns
// the index after the name, or -1.
func gatheringEnd(toks []token, i int) int {
	j, noun := i, -1
	for j < len(toks) && j-i <= maxGatheringWords && toks[j].Cap && toks[j].Word {
		if toks[j].Mask&firstCountry != 0 && lex.countries.has(toks, j) || toks[j].Mask&firstOrg != 0 && lex.orgs.has(toks, j) {
			return -1 // "ASEAN Summit", "EU-China Summit": the tables' and rules' own
		}
		if toks[j].Mask&firstGathering != 0 && gatheringNouns[toks[j].Lower] {
			noun = j
			j++
			break
		}
		j++
	}
	if noun < 0 {
		return -1
	}
	if noun > i && j < len(toks) && toks[j].Cap && toks[j].Mask&firstGathering != 0 && gatheringNouns[toks[j].Lower] {
		noun, j = j, j+1 // "Ministerial Conference": the second noun heads the name
	} else if headedByEventNoun(toks, j) {
		return -1 // "a Japan-Philippines Defense Ministerial Meeting": a meeting, which the trigger reads
	}
	end := j
	if j+1 < len(toks) && gatheringLinks[toks[j].Lower] {
		k := j + 1
		if toks[k].Lower == "the" {
			k++
		}
		n := 0 // the words after the link; a hyphen between two is none
		for k < len(toks) && n < maxGatheringTail && (toks[k].Cap && toks[k].Word && !dayWords[toks[k].Lower] || n > 0 && institutionLinks[toks[k].Lower] && k+1 < len(toks) && toks[k+1].Cap ||
			n > 0 && gluedHyphen(toks, k) && toks[k+1].Cap) { // ("the Forum for India-Pacific Islands Cooperation")
			// (a day ends the name: "addressed Congress on Wednesday")
			if toks[k].Mask&firstOrg != 0 && lex.orgs.has(toks, k) {
				return -1 // "the Summit of the African Union": the organisation's own, which its rules read
			}
			if toks[k].Text != "-" {
				n++
			}
			k++
		}
		if n > 0 {
			end = k
		}
	}
	if end-i < 2 {
		return -1
	}
	for k := i; k < end; k++ {
		if partyWords[toks[k].Lower] && toks[k].Text != strings.ToUpper(toks[k].Text) {
			// "the 20th Congress of the Communist Party of China", "the
			// Labour Party Conference": a party's own gathering, no
			// meeting of states ("the Conference of the Parties" is one).
			return -1
		}
	}
	return end
}

// partyWords name a political party inside a gathering's name.
var partyWords = vocab.Set("party-words")

// gatheringIsTalks reports a gathering whose noun names talks, not a
// summit: "Dialogue" (talks-gathering-nouns).
func gatheringIsTalks(toks []token) bool {
	for _, t := range toks {
		if talksGatheringNouns[t.Lower] {
			return true
		}
	}
	return false
}

// talksGatheringNouns make a named gathering talks: "the Strategic
// Dialogue".
var talksGatheringNouns = vocab.Set("talks-gathering-nouns")

// gatheringNouns end or head the name of a gathering: "Conference",
// "Summit", "Forum".
var gatheringNouns = vocab.Set("gathering-nouns")

// gatheringLinks join a gathering's noun to the rest of its name: "Summit
// for Democracy", "Conference on Disarmament".
var gatheringLinks = map[string]bool{"of": true, "for": true, "on": true}

// maxInstitutionWords bounds the capitalised words read before an
// institution's noun ("Moscow State University").
const maxInstitutionWords = 4

// mayOpenInstitution is a quick test that a word of institution-nouns is
// among the capitalised words at toks[i:]: the mask bit spares the other
// names the reading of institutionEnd.
func mayOpenInstitution(toks []token, i int) bool {
	for j := i; j < len(toks) && j <= i+maxInstitutionWords && toks[j].Cap; j++ {
		if toks[j].Mask&firstInstitution != 0 {
			return true
		}
	}
	return false
}

// institutionEnd reads the name of an institution at toks[i]: capitalised
// words, one of which is a noun of institution-nouns ("Nippon
// Foundation", "Moscow State University"), and after that noun "of",
// "for" or "and" with more capitalised words ("Academy of Sciences",
// "Institute for Strategic Studies", "Chamber of Commerce and Industry").
// It returns the index after the name, or -1 when there is none: a name
// of two words at least, with its noun.
func institutionEnd(toks []token, i int) int {
	j, seen := i, false
	for j < len(toks) && j-i <= 2*maxInstitutionWords {
		t := &toks[j]
		switch {
		case t.Cap && t.Word:
			if t.Mask&firstInstitution != 0 && institutionNouns[t.Lower] {
				seen = true
			} else if !seen && j-i >= maxInstitutionWords {
				return -1
			}
			j++
			continue
		case seen && institutionLinks[t.Lower] && j+1 < len(toks) && toks[j+1].Cap:
			j++
			continue
		}
		break
	}
	if !seen || j-i < 2 || jointBodyNouns[toks[j-1].Lower] {
		return -1 // (but "the EU-Chile Association Council" is the two sides' joint body)
	}
	return j
}

// jointBodyNouns end the name of a body two or more states hold together,
// which an institution noun before them does not make an institution
// (vocab's joint-body-nouns).
var jointBodyNouns = vocab.Set("joint-body-nouns")

// institutionNouns make a run of capitalised words the name of a body
// outside diplomacy: "Academy", "Foundation", "University".
var institutionNouns = vocab.Set("institution-nouns")

// institutionLinks join the words of an institution's name after its noun:
// "Academy of Sciences", "Institute for Strategic Studies".
var institutionLinks = map[string]bool{"of": true, "for": true, "and": true, "&": true}

// jointBodyParties reads, as the subject of the event word at lo, a body
// two sides hold together, named by their hyphened pair and capitalised
// words ending in a noun of joint-body-nouns: "The EU-Chile Association
// Council held its 15th meeting", "the Russia-India Intergovernmental
// Commission met". Its sides are the pair (party/joint-body); nil when
// the subject is no such body.
func jointBodyParties(u *unit, lo int, word string) []party {
	k := lo - 1
	for k >= 0 && (subjectSkip[u.toks[k].Lower] || possessives[u.toks[k].Lower] || eventAdjectives[u.toks[k].Lower] || sequenceAdjectives[u.toks[k].Lower] || isOrdinalNumber(u.toks[k].Lower)) {
		k-- // "held its 15th meeting"
	}
	if k < 3 || !u.toks[k].Cap || !jointBodyNouns[u.toks[k].Lower] {
		return nil
	}
	j := k
	for j > 0 && u.toks[j-1].Cap && u.toks[j-1].Word && u.entEnd[j-1] == 0 && k-j < maxInstitutionWords {
		j-- // "Association Council"
	}
	a, b, ok := hyphenPairBefore(u, j)
	if !ok {
		return nil
	}
	return jointBodySides(u, a, b, k+1)
}

// hyphenPairBefore reads two countries or organisations joined by a
// hyphen, the second ending right before token j: "EU-Chile" of "the
// EU-Chile Association Council". ok is false when there is no such pair.
func hyphenPairBefore(u *unit, j int) (a, b entity, ok bool) {
	if j < 3 || u.entEnd[j-1] == 0 {
		return a, b, false
	}
	b = u.ents[u.entEnd[j-1]-1]
	if b.Lo < 2 || u.toks[b.Lo-1].Text != "-" || u.entEnd[b.Lo-2] == 0 {
		return a, b, false
	}
	a = u.ents[u.entEnd[b.Lo-2]-1]
	return a, b, sideEntity(a) && sideEntity(b)
}

// jointBodySides are a and b, the pair that opens the name of a body
// ending before token end, as its sides (party/joint-body).
func jointBodySides(u *unit, a, b entity, end int) []party {
	body := joinText(u.toks[a.Lo:end])
	return partiesOf([]entity{a, b}, func(e entity) reason { return because("party/joint-body", u.surface(e), body) })
}

// sideEntity reports a country or an organisation, which a joint body's
// hyphened name may pair.
func sideEntity(e entity) bool { return e.Kind == entCountry || e.Kind == entOrg }

// legislatureNouns name a country's legislature (vocab's
// legislature-nouns).
var legislatureNouns = vocab.Set("legislature-nouns")

// maxLegislatureReach is how many words may stand between "of" and the
// legislature's noun: "of the Philippine Congress", "of both houses of
// the Indian parliament".
const maxLegislatureReach = 4

// legislatureOf reports "of" right after a gathering's word (ending at
// hi) and a noun of legislature-nouns a few words on, in the same phrase:
// "a joint session of the Philippine Congress". The "UN General Assembly"
// is a body of states, named so by the organisations table.
func legislatureOf(u *unit, hi int) bool {
	if hi >= len(u.toks) || u.toks[hi].Lower != "of" {
		return false
	}
	for k := hi + 1; k < len(u.toks) && k <= hi+maxLegislatureReach; k++ {
		t := u.toks[k]
		if !t.Word || u.brk[k] {
			return false
		}
		if u.entAt[k] > 0 && u.ents[u.entAt[k]-1].Kind != entCountry {
			return false // only a country may name it: "a session of the UN General Assembly", "of the OAS General Assembly"
		}
		if legislatureNouns[t.Lower] {
			return true
		}
	}
	return false
}

// maxOfEventReach is how many words may stand between "of" and the event
// noun that a word of process heads: "a round of Russian-Brazilian
// consultations".
const maxOfEventReach = 4

// nounOfEventAfter reports "of" at hi and, a few modifiers on, an event
// noun of the trigger table that is no process word itself: "round of …
// consultations", whose noun is the event (but in "a round of the
// dialogue" or "the next round of the talks" the round is).
func nounOfEventAfter(u *unit, hi int) bool {
	if hi+1 >= len(u.toks) || u.toks[hi].Lower != "of" {
		return false
	}
	if u.toks[hi+1].Lower == "the" {
		// "the next round of the talks": a session of the process told;
		// but "the next round of the U.S.-Kenya Strategic Dialogue": of a
		// named gathering, whose own mention tells it
		return namedGatheringAt(u, hi+2)
	}
	for k := hi + 1; k < len(u.toks) && k <= hi+maxOfEventReach; k++ {
		if u.brk[k] {
			return false
		}
		if u.toks[k].Mask&firstTrigger != 0 {
			if info, n := lex.triggers.match(u.toks, k); n > 0 && info.Noun {
				return !info.Dated // ("a round of the human rights dialogue": the round is the session)
			}
		}
	}
	return false
}

// pairBeforeName reads two countries or organisations joined by a hyphen
// right before the name of a gathering e that no table knows ("the
// U.S.-Kenya Strategic Dialogue", "the EU-Chile Association Council"):
// its sides (party/joint-body). nil when there is no such pair.
func pairBeforeName(u *unit, e entity) []party {
	a, b, ok := hyphenPairBefore(u, e.Lo)
	if !ok || a.Name == b.Name {
		return nil
	}
	return jointBodySides(u, a, b, e.Hi)
}

// namedGatheringAt reports the name of a gathering (a named format) at k,
// or after the hyphened pair of its sides there: "U.S.-Kenya Strategic
// Dialogue".
func namedGatheringAt(u *unit, k int) bool {
	entAt := func(j int) *entity {
		if j < 0 || j >= len(u.toks) || u.entAt[j] == 0 {
			return nil
		}
		return &u.ents[u.entAt[j]-1]
	}
	if a := entAt(k); a != nil && sideEntity(*a) && a.Hi < len(u.toks) && u.toks[a.Hi].Text == "-" {
		if b := entAt(a.Hi + 1); b != nil && sideEntity(*b) {
			k = b.Hi // past "U.S.-Kenya"
		}
	}
	e := entAt(k)
	return e != nil && e.Kind == entFormat
}
