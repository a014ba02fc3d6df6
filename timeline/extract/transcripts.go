package extract

import "strings"

// This file reads the speaker labels of transcripts ("President of Russia
// Vladimir Putin: Mr President, we met in Moscow in June 2020."): from a
// label on, "I" is the speaker, "you" the person spoken to, and "we" both,
// until the next label. Labels are often scraped together with a section
// title and a repeated name ("Beginning of talks with … President of
// Mongolia Ukhnaagiin Khurelsukh Khurelsukh UkhnaagiinPresident of
// Mongolia(retranslated):"); the name recogniser stops at the repetition.

// turn is one speaker's turn: from the label at toks[tok] of unit on.
// who is nil for a speaker who is no person of the article ("Question:").
type turn struct {
	unit, tok int
	who       *entity
}

// maxLabelGap is how many tokens may stand between a speaker's name and
// the colon of the label: the repeated name, the title again, an office
// after a comma ("Anna Popova, Head of the Federal Service for … (…):"),
// "(retranslated)".
const maxLabelGap = 24

// labelWords may stand between a speaker's name and the colon, besides
// capitalised words.
var labelWords = map[string]bool{"of": true, "the": true, "for": true, "and": true, "on": true, "in": true,
	"(": true, ")": true, ",": true, "retranslated": true, "-": true, "–": true}

// turns finds the speaker labels of the article, in text order, once.
func (x *extraction) turns() []turn {
	if x.turnsRead {
		return x.turnList
	}
	x.turnsRead = true
	for ui := range x.units {
		u := &x.units[ui]
		if u.headline {
			continue
		}
		for k := range u.toks {
			if u.toks[k].Text != ":" {
				continue
			}
			if who, ok := speakerBefore(u, k); ok {
				x.turnList = append(x.turnList, turn{unit: ui, tok: k, who: who})
			} else if who := x.capitalsLabel(u, k); who != nil {
				x.turnList = append(x.turnList, turn{unit: ui, tok: k, who: who})
			}
		}
	}
	return x.turnList
}

// speakerBefore reads the label that ends with the colon at toks[k]: the
// person named last before it, with only capitalised words and
// labelWords between ("President of Russia Vladimir Putin:"). A single
// capitalised word that names no person ("Question:") is a label of an
// unknown speaker (who nil, ok). ok is false for any other colon.
func speakerBefore(u *unit, k int) (who *entity, ok bool) {
	var found *entity
	comma := false
	for j := k - 1; j >= 0 && j >= k-maxLabelGap; j-- {
		if n := u.entEnd[j]; n > 0 {
			e := u.ents[n-1]
			switch {
			case e.Kind == entPerson && e.party() && found == nil:
				found = &e
			case e.Kind == entPerson && e.party() && comma:
				// "Anna Popova, Head of the Federal Service for … :" names
				// the speaker before the comma.
				return &e, true
			case e.Kind == entPerson || e.Kind == entPlace:
				// A section title before the label: "Beginning of talks
				// with President X President Y:".
				return found, found != nil
			}
			j = e.Lo // the title said again: "…President of Mongolia(retranslated):"
			continue
		}
		t := u.toks[j]
		if t.Text == "," {
			comma = true
		}
		if t.Word && t.Cap || labelWords[t.Lower] {
			continue
		}
		if found != nil {
			return found, true
		}
		// "… ? Question: …": one capitalised word after the end of a
		// sentence labels a speaker the article does not name.
		return nil, j == k-2 && u.toks[k-1].Word && u.toks[k-1].Cap && (t.Text == "." || t.Text == "?" || t.Text == "!")
	}
	if found != nil {
		return found, true
	}
	return nil, k == 1 && u.toks[0].Word && u.toks[0].Cap // "Question:" opening the sentence
}

// maxCapitalsLabel is how many words a label written in capitals holds:
// "PRIME MINISTER ALBANESE:", "SECRETARY OF STATE BLINKEN:".
const maxCapitalsLabel = 6

// capitalsLabel reads a speaker's label written in capitals, as White
// House transcripts write it ("PRESIDENT BIDEN:", "PRIME MINISTER
// ALBANESE:"), that opens its sentence and ends with the colon at
// toks[k]: the one person of the article's cast whose surname is the
// label's last word. nil for any other colon, and when no one or more
// than one of the cast has that surname.
func (x *extraction) capitalsLabel(u *unit, k int) *entity {
	start := k
	for start > 0 && k-start < maxCapitalsLabel && capitalsWord(u.toks[start-1].Text) {
		start--
	}
	if start == k || start > 0 && !isSentenceEnd(u.toks[start-1].Text) {
		return nil
	}
	m := x.cast.byKey[surnameKeyOfLower(strings.ToLower(u.toks[k-1].Text))]
	if m == nil || m.next != nil {
		return nil
	}
	return &entity{Lo: k - 1, Hi: k, Kind: entPerson, Name: m.Name, Role: m.Role, Country: m.Country, Key: m.Key, Head: m.Head, Reporter: m.Reporter}
}

// capitalsWord reports a word written in capitals only, with its letters
// and perhaps a full stop ("MR.", "ALBANESE").
func capitalsWord(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '.' && i == len(w)-1:
		default:
			return false
		}
	}
	return letters >= 2
}

// speakerAt is the turn in effect at toks[k] of unit ui: the last label
// before it; ok is false outside a transcript.
func (x *extraction) speakerAt(ui, k int) (t turn, ok bool) {
	for _, tn := range x.turns() {
		if tn.unit > ui || tn.unit == ui && tn.tok > k {
			break
		}
		t, ok = tn, true
	}
	return t, ok
}

// addressee is the person spoken to in the turn: the speaker of the
// nearest turn before it, or after it, by someone else.
func (x *extraction) addressee(t turn) *entity {
	ts := x.turns()
	at := -1
	for i, tn := range ts {
		if tn == t {
			at = i
		}
	}
	other := func(i int) *entity {
		if ts[i].who != nil && t.who != nil && !x.sameCastMember(*ts[i].who, []entity{*t.who}) && ts[i].who.Name != t.who.Name {
			return ts[i].who
		}
		return nil
	}
	for i := at - 1; i >= 0; i-- {
		if w := other(i); w != nil {
			return w
		}
	}
	for i := at + 1; i < len(ts); i++ {
		if w := other(i); w != nil {
			return w
		}
	}
	return nil
}
