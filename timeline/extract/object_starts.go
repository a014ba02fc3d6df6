package extract

// This file says where the object of an event verb starts: past the
// dates and places that may stand between them ("received at Qasr Al
// Shati in Abu Dhabi today X").

import "github.com/dateline/dateline/timeline/vocab"

// objectStart returns where the object of a trigger ending at hi may
// start: right after it, or after a date adjunct that follows a verb
// ("received on Thursday King Abdullah II"). After a noun a date is no
// adjunct before an object ("the meeting on Monday Putin called …").
func objectStart(u *unit, hi int, info triggerInfo) int {
	if info.Noun {
		return hi
	}
	k := afterDateAdjunct(u, hi)
	for end := placeAdjunctEnd(u, k); end > k; end = placeAdjunctEnd(u, k) {
		// "received at Qasr Al Shati in Abu Dhabi today X": where and
		// when may stand between the verb and its object
		k = afterDateAdjunct(u, end+1)
	}
	if k+2 < len(u.toks) && u.toks[k].Lower == "then" && gluedHyphen(u.toks, k+1) && u.entAt[k+2] > 0 {
		k += 2 // "met then-President X": the office held then
	}
	return k
}

// placeAdjunctEnd is the last token of a place phrase that opens at
// toks[k]: "in" or "at" and a place or country ("in Abu Dhabi", "in the
// United States"), or "at" and a name of no title or office, a venue
// ("at Qasr Al Shati", "at the Amiri Diwan"); -1 for none.
func placeAdjunctEnd(u *unit, k int) int {
	j := k + 1 // the name, after "the" if any ("at the Amiri Diwan")
	if j+1 < len(u.toks) && u.toks[j].Lower == "the" {
		j++
	}
	if j >= len(u.toks) || (u.toks[k].Lower != "in" && u.toks[k].Lower != "at") {
		return -1
	}
	if u.entAt[j] == 0 {
		return namedVenueEnd(u, k+1) // "at Al-Yamamah Palace", "in his office"
	}
	e := u.ents[u.entAt[j]-1]
	venue := u.toks[k].Lower == "at" && e.Kind == entPerson && !e.Titled && e.Role == "" && e.Office == ""
	if e.Lo != j || !(e.Kind == entPlace || e.Kind == entCountry && !e.Adj || venue) {
		return -1
	}
	if e.Hi < len(u.toks) && possessiveMarks[u.toks[e.Hi].Text] {
		return -1 // "at X's invitation"
	}
	if e.Hi < len(u.toks) && venueNouns[u.toks[e.Hi].Lower] {
		return e.Hi // "at La Moneda palace"
	}
	return e.Hi - 1
}

// afterDateAdjunct returns the first token at or after k past a time
// expression that opens there ("on Thursday", "yesterday"), or k.
func afterDateAdjunct(u *unit, k int) int {
	for k < len(u.toks) && inDate(u, k) {
		k++
	}
	return k
}

// inDate reports a token of a date expression, or the preposition right
// before one: the words a reading passes over as a date ("on Thursday",
// "over the weekend").
func inDate(u *unit, k int) bool {
	return u.inTx[k] || datePrepositions[u.toks[k].Lower] && k+1 < len(u.toks) && u.inTx[k+1]
}

// datePrepositions open a phrase of time whose date the resolver reads
// without them: "on Thursday", "over the weekend", "during the week".
var datePrepositions = vocab.Set("date-prepositions")

// namedVenueEnd is the last token of a venue no table knows that opens at
// toks[j], after "in" or "at": capitalised words, with hyphens, ending in
// a word of venue-nouns ("Al-Yamamah Palace"), with an "of" phrase of
// capitalised words after it ("the Palace of the Revolution"), or a
// possessive and such a word ("his office"); -1 for none.
func namedVenueEnd(u *unit, j int) int {
	if j+1 < len(u.toks) && possessives[u.toks[j].Lower] && (venueNouns[u.toks[j+1].Lower] || u.toks[j+1].Lower == "office") {
		return j + 1
	}
	if j < len(u.toks) && u.toks[j].Lower == "the" {
		j++
	}
	end := -1
	for m := j; m < len(u.toks) && m < j+maxUnknownVenueWords; m++ {
		t := u.toks[m]
		if t.Text == "-" && m > j {
			continue
		}
		if !t.Word || !t.Cap || u.entAt[m] > 0 {
			break
		}
		if venueNouns[t.Lower] {
			end = m
		}
	}
	if end >= 0 && end+2 < len(u.toks) && u.toks[end+1].Lower == "of" {
		// "the Palace of the Revolution", "the Great Hall of the People"
		k := end + 2
		if u.toks[k].Lower == "the" {
			k++
		}
		for n := 0; k < len(u.toks) && n < 3 && u.toks[k].Word && u.toks[k].Cap && u.entAt[k] == 0; k, n = k+1, n+1 {
			end = k
		}
	}
	return end
}

// maxUnknownVenueWords bounds the tokens of such a venue's name: "King
// Abdulaziz Conference Palace", "Al-Yamamah Palace".
const maxUnknownVenueWords = 6
