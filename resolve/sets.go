package resolve

import (
	"fmt"
	"strconv"
)

// Sets: "every week", "each July", "annually", "the daily tally", "15 a
// year" — times that recur, TimeML type SET.

// setAt matches sets: "every week", "each year", "every two months", "every
// Monday", "each July", "each summer", "annually", "weekly".
func (t *tagger) setAt(i int) (cand, bool) {
	if u, ok := t.is(i, cSetAdv); ok {
		// "meets annually", and the adjectives of days and weeks: "the
		// daily tally", "weekly talks", "hourly pay" — but not "the annual
		// report", "a quarterly dividend", where the word names a kind of
		// thing more than a time, nor a name ("the Daily Mail").
		if w := t.word(i + 1); w != "" && !adverbFollowers[w] {
			if !setAdjectives[t.word(i)] || t.capitalized(i) && !t.sentenceStart(i) {
				return cand{}, false
			}
		}
		// "grow 20% annually", "$2 million annually", "10,000 units
		// annually": a rate of an amount, not a recurring time.
		if t.amountBefore(i) && (t.word(i+1) == "" || adverbFollowers[t.word(i+1)]) {
			return cand{}, false
		}
		rule := "set/adverb"
		if w := t.word(i + 1); w != "" && !adverbFollowers[w] {
			rule = "set/adjective"
		}
		return cand{end: i + 1, typ: Set, value: durationValue(1, u), rule: rule,
			why: t.word(i) + ": once per " + unitNames[u]}, true
	}
	if _, ok := t.is(i, cEvery); !ok {
		return cand{}, false
	}
	j := i + 1
	n := 1
	if t.word(j) == "other" {
		n, j = 2, j+1
	} else if c, e, article, ok := t.countAt(j); ok && !article && c > 0 {
		n, j = c, e
	}
	if u, ok := t.is(j, cUnit); ok {
		u &^= plural
		if _, known := unitInfos[u]; known {
			return cand{end: j + 1, typ: Set, value: durationValue(n, u), rule: "set/every",
				why: fmt.Sprintf("every %d %s", n, unitNames[u])}, true
		}
		if u == uWeekend {
			return cand{end: j + 1, typ: Set, value: "XXXX-WXX-WE", rule: "set/every", why: "every weekend"}, true
		}
	}
	if n != 1 {
		return cand{}, false
	}
	if wd, ok := t.is(j, cWeekday); ok {
		wd &^= plural
		v := "XXXX-WXX-" + strconv.Itoa(wd)
		e := j + 1
		if pd, ok := t.is(e, cPartDay); ok {
			v += "T" + partDayCodes[pd&^plural]
			e++
		}
		return cand{end: e, typ: Set, value: v, rule: "set/every", why: "every " + weekdayNames[wd]}, true
	}
	if m, ok := t.is(j, cMonth); ok && t.capitalized(j) {
		return cand{end: j + 1, typ: Set, value: "XXXX-" + pad(m, 2), rule: "set/every", why: "every " + monthNames[m]}, true
	}
	if s, ok := t.is(j, cSeason); ok {
		return cand{end: j + 1, typ: Set, value: "XXXX-" + seasonCodes[s], rule: "set/every", why: "every " + t.word(j)}, true
	}
	if t.word(j) == "season" {
		return cand{end: j + 1, typ: Set, value: "P3M", rule: "set/every", why: "every season (three months)"}, true
	}
	if pd, ok := t.is(j, cPartDay); ok && pd&plural == 0 {
		return cand{end: j + 1, typ: Set, value: "XXXX-XX-XXT" + partDayCodes[pd], rule: "set/every", why: "every " + t.word(j)}, true
	}
	return cand{}, false
}

// amountBefore reports whether one of the three tokens before i is a
// number or a percent sign, with no clause break between.
func (t *tagger) amountBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		tk := &t.toks[k]
		switch {
		case tk.kind == tNum:
			// A year is no amount: "in 1998 a year after the war".
			y, nd, ok := t.num(k, 4)
			return !(ok && nd == 4 && y >= 1600 && y <= 2199 && !t.punct(k-1, '$'))
		case t.punct(k, '%'):
			return true
		case tk.kind == tPunct:
			return false
		}
		if _, ok := tk.lex.has(cNumWord); ok && t.word(k) != "one" && k >= i-2 {
			return true // "seven days a week"
		}
	}
	return false
}

// adverbFollowers are words that can follow a frequency adverb ("meets
// annually in June") but not the adjective ("the weekly magazine").
var adverbFollowers = map[string]bool{"and": true, "or": true, "in": true, "at": true, "on": true,
	"since": true, "for": true, "to": true, "until": true, "from": true, "by": true, "through": true,
	"but": true, "with": true, "as": true, "during": true, "after": true, "before": true}

// setAdjectives are the frequency words that are SETs also as adjectives.
var setAdjectives = map[string]bool{"daily": true, "weekly": true, "hourly": true, "nightly": true}
