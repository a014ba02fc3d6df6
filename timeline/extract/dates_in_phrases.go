package extract

import (
	"fmt"
	"strings"
	"time"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
)

// This file reads dates that stand inside other phrases: a weekday with
// the week named right after it ("met on Tuesday last week" is the
// Tuesday of last week, not the Tuesday before the day of writing), and a
// date that splits a trip phrase ("flew on Monday to Lima").

// weekdayNames are the resolver's names of weekdays, in lower case.
var weekdayNames = func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for w, d := range resolve.WeekdayWords() {
		m[w] = d
	}
	return m
}()

// weekdayOfWeek composes the weekday date expression ti of u with a week
// right after it ("Tuesday last week", "Monday of next week"): the day of
// that week, as one expression. ok is false when ti is no weekday or no
// week follows it.
func weekdayOfWeek(u *unit, ti int) (resolve.Timex, bool) {
	if ti+1 >= len(u.txs) {
		return resolve.Timex{}, false
	}
	tx, week := u.txs[ti], u.txs[ti+1]
	if tx.Range == nil || tx.Range.First != tx.Range.Last || week.Range == nil || week.Granularity != resolve.GranWeek {
		return resolve.Timex{}, false
	}
	wd, named := weekdayNames[strings.ToLower(tx.Text)]
	if !named {
		return resolve.Timex{}, false
	}
	if gap := strings.TrimSpace(u.text[tx.End:week.Start]); gap != "" && gap != "of" {
		return resolve.Timex{}, false
	}
	day := week.Range.First + date.Date((int(wd)+6)%7) // ISO weeks open on Monday
	out := tx
	out.End, out.Text = week.End, u.text[tx.Start:week.End]
	out.Range = &resolve.Range{First: day, Last: day}
	out.Value = day.String()
	out.Explain = fmt.Sprintf("%s: the %s of %s (%s)", out.Text, wd, week.Value, out.Value)
	return out, true
}

// splitTrips are the trip phrases of two words, a verb and its
// preposition, of the triggers' destination frame ("flew to", "arrived
// in"), by verb, with their frames: a date may split them.
var splitTrips = func() map[string]map[string]triggerInfo {
	m := map[string]map[string]triggerInfo{}
	for _, r := range triggerRows {
		if !r.Info.Destination {
			continue
		}
		for _, p := range r.Phrases {
			verb, prep, ok := strings.Cut(p, " ")
			if !ok || strings.Contains(prep, " ") {
				continue
			}
			if m[verb] == nil {
				m[verb] = map[string]triggerInfo{}
			}
			m[verb][prep] = r.Info
		}
	}
	return m
}()

// splitDestination reads a trip phrase of two words that a date splits:
// "flew on Monday to Lima", "will travel next Monday to Lima", "arrived
// Tuesday in Quito", and a departure's place left ("left Abuja on
// Wednesday for Nairobi"). It returns the phrase's frame and the index
// after the preposition.
func splitDestination(u *unit, i int) (triggerInfo, int, bool) {
	preps := splitTrips[u.toks[i].Lower]
	if preps == nil {
		return triggerInfo{}, 0, false
	}
	from := i + 1
	if departureVerbs[u.toks[i].Lower] && from < len(u.toks) && u.entAt[from] > 0 {
		if e := u.ents[u.entAt[from]-1]; e.Kind == entPlace || e.Kind == entCountry {
			from = e.Hi // "left Abuja on Wednesday for Nairobi": the place left
		}
	}
	j := afterDateAdjunct(u, from)
	if j == i+1 || j >= len(u.toks) {
		return triggerInfo{}, 0, false
	}
	info, ok := preps[u.toks[j].Lower]
	return info, j + 1, ok
}

// maxSplitDate is how many words a date may take between the verb and the
// preposition of a split trip phrase: "on Monday", "next Monday", "on
// March 3".
const maxSplitDate = 3

// splitDestinationAhead reports, before dates are read, a verb at i whose
// trip phrase a few words on may be split by one (see splitDestination).
func splitDestinationAhead(toks []token, i int) bool {
	preps := splitTrips[toks[i].Lower]
	reach := i + 1 + maxSplitDate
	if preps != nil && departureVerbs[toks[i].Lower] {
		reach += maxOriginWords // "left Abuja on Wednesday for Nairobi"
	}
	for j := i + 1; preps != nil && j < len(toks) && j <= reach; j++ {
		if _, ok := preps[toks[j].Lower]; ok && j > i+1 {
			return true
		}
		if w := toks[j].Lower; !dayWords[w] && !splitDateWords[w] && !isDigits(w) && !(toks[j].Cap && departureVerbs[toks[i].Lower]) {
			return false // only the words of a date (and a departure's place left) may stand between
		}
	}
	return false
}

// maxOriginWords is how many words the place left may take between a
// departure verb and the preposition of its destination: "departed Addis
// Ababa for Nairobi".
const maxOriginWords = 3

// splitDateWords may open or fill a date between a verb and its
// preposition: "on Monday", "next Monday", "this Tuesday".
var splitDateWords = map[string]bool{"on": true, "next": true, "last": true, "this": true, "early": true, "late": true}

// insideQuote reports token k inside quotation marks in its sentence: a
// date there is the speaker's ("'We will meet again next month,' Salas
// said after talks with Reyes"), not the clause's outside. A straight
// mark glued to the word before it closes a quotation, else it opens one;
// a sentence whose first mark closes one opened inside the quotation (the
// sentence reader leaves an opening mark with the sentence before).
func insideQuote(u *unit, k int) bool {
	open, seen := false, false
	for j := range u.toks {
		closing, ok := quoteMark(u, j)
		if !ok {
			continue
		}
		if !seen && closing && j > k {
			return true // the first mark closes: the sentence opened inside
		}
		seen = true
		if j >= k {
			break
		}
		open = !closing
	}
	return open
}

// quoteMark reports a quotation mark at j and whether it closes one.
func quoteMark(u *unit, j int) (closing, ok bool) {
	switch u.toks[j].Text {
	case "“":
		return false, true
	case "”":
		return true, true
	case "\"":
		return j > 0 && u.toks[j].Start == u.toks[j-1].End, true
	}
	return false, false
}
