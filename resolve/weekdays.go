package resolve

import (
	"fmt"
	"strings"

	"github.com/rickb777/date/v2"
)

// Weekdays: a bare weekday resolved by the tense of its clause ("Biden held
// a call on Thursday"), and a weekday after a relation word ("last Friday",
// "next Tuesday", "this Wednesday", "the following Monday").

// relWeekday resolves "last Friday" (the one before the anchor), "next
// Tuesday" (the one after), "this Wednesday" (the one in the anchor's week).
func (t *tagger) relWeekday(j, wd, dir int, relWord string, a date.Date) (cand, bool) {
	var d date.Date
	switch dir {
	case -1:
		d = a - 1
		for isoWeekday(d) != wd {
			d--
		}
	case 1:
		d = a + 1
		for isoWeekday(d) != wd {
			d++
		}
	default:
		d = weekStart(a) + date.Date(wd-1)
		// "will meet this Monday", told on a Wednesday: the Monday to come,
		// not the one gone by.
		if d < a {
			if ts, c := t.clauseTense(j, j+1); ts == tenseFuture {
				p, ok := dayPoint(d + 7)
				if !ok {
					return cand{}, false
				}
				return cand{end: j + 1, typ: Date, p: p, rule: "weekday/this/future-tense",
					why: relWord + " " + weekdayNames[wd] + ": the one after anchor " + t.anchorName() + ", since this week's is gone by (" + c.quotedWhy() + ")"}, true
			}
		}
	}
	p, ok := dayPoint(d)
	if !ok {
		return cand{}, false
	}
	return cand{end: j + 1, typ: Date, p: p, rule: "weekday/" + relRule(dir),
		why: relWord + " " + weekdayNames[wd] + ": " + relWeekdayWhy(dir) + ", from anchor " + t.anchorName()}, true
}

func relWeekdayWhy(dir int) string {
	switch dir {
	case -1:
		return "the one before the anchor"
	case 1:
		return "the one after the anchor"
	}
	return "the one in the anchor's week"
}

// weekdayAt matches a weekday name, resolved by the tense of its clause:
// "Biden held a call on Thursday" is the Thursday before the anchor, "talks
// will open Thursday" the one after; the anchor's own weekday is the anchor
// day. "Mondays" and "every Monday" are sets.
func (t *tagger) weekdayAt(i int) (cand, bool) {
	wd, ok := t.is(i, cWeekday)
	if !ok {
		return cand{}, false
	}
	if wd&plural != 0 {
		wd &^= plural
		v := fmt.Sprintf("XXXX-WXX-%d", wd)
		end := i + 1
		if pd, ok := t.is(end, cPartDay); ok {
			v += "T" + partDayCodes[pd&^plural]
			end++
		}
		return cand{end: end, typ: Set, value: v, rule: "set/weekday-plural",
			why: "every " + weekdayNames[wd]}, true
	}
	if pd, ok := t.is(i+1, cPartDay); ok && pd&plural != 0 {
		// "Tuesday nights": every Tuesday night.
		return cand{end: i + 2, typ: Set, value: fmt.Sprintf("XXXX-WXX-%dT%s", wd, partDayCodes[pd&^plural]),
			rule: "set/weekday-plural", why: "every " + weekdayNames[wd] + " " + t.word(i + 1)[:len(t.word(i+1))-1]}, true
	}
	a := t.a.Date
	if c, ok := t.narrativeWeekday(i, wd); ok {
		return c, true
	}
	if c, ok := t.spanEndWeekday(i, wd); ok {
		return c, true
	}
	if isoWeekday(a) == wd {
		p, ok := dayPoint(a)
		if !ok {
			return cand{}, false
		}
		return cand{end: i + 1, typ: Date, p: p, rule: "weekday/anchor-day",
			why: weekdayNames[wd] + " is the anchor's own weekday (" + t.anchorName() + ")"}, true
	}
	ts, c := t.dateTense(i, i+1, true)
	var d date.Date
	var why, rule string
	if ts == tenseFuture {
		d = a + 1
		for isoWeekday(d) != wd {
			d++
		}
		rule = "weekday/future-tense"
		why = weekdayNames[wd] + " after anchor " + t.anchorName() + " (" + c.quotedWhy() + ")"
	} else {
		d = a - 1
		for isoWeekday(d) != wd {
			d--
		}
		if ts == tensePast {
			rule = "weekday/past-tense"
			why = weekdayNames[wd] + " before anchor " + t.anchorName() + " (" + c.verbWhy() + ")"
		} else {
			rule = "weekday/default-past"
			why = weekdayNames[wd] + " before anchor " + t.anchorName() + " (no tense cue; news reports mostly look back)"
			if c.why != "" {
				why = weekdayNames[wd] + " before anchor " + t.anchorName() + " (" + c.why + "; news reports mostly look back)"
			}
		}
	}
	p, ok := dayPoint(d)
	if !ok {
		return cand{}, false
	}
	return cand{end: i + 1, typ: Date, p: p, rule: rule, why: why}, true
}

// spanEndWeekday resolves a bare weekday that closes a span opened by a
// day: in "will visit Peru from Thursday to Saturday" Saturday is the
// first Saturday after that Thursday, where the future tense alone would
// give the next day when told on a Friday. The span is "from X to Y",
// "between X and Y", or "X-Y" with a dash, in a clause that looks ahead.
func (t *tagger) spanEndWeekday(i, wd int) (cand, bool) {
	k := len(t.out) - 1
	if k < 0 || i < 2 {
		return cand{}, false
	}
	x := &t.out[k]
	if x.Type != Date || x.Range == nil || x.Range.First != x.Range.Last || int(t.toks[i-2].end) != x.End {
		return cand{}, false
	}
	link, opener := t.word(i-1), t.word(t.outTok[k]-1)
	if t.punct(i-1, '-') {
		link = "-"
	}
	switch {
	case link == "-":
	case dayRangeWords[link] && opener == "from", link == "and" && opener == "between":
	default:
		return cand{}, false
	}
	// Only a span to come: a span gone by that the tense would cross
	// ("visited from Thursday to Saturday", told on a Friday) is a week
	// earlier than its first day says, which the end cannot mend.
	// Nor the new date of a postponement: "postponed from Wednesday to
	// Friday" moves it to the Friday to come.
	if ts, c := t.dateTense(i, i+1, true); ts != tenseFuture || c.moved {
		return cand{}, false
	}
	d := x.Range.Last + 1
	for isoWeekday(d) != wd {
		d++
	}
	p, ok := dayPoint(d)
	if !ok {
		return cand{}, false
	}
	return cand{end: i + 1, typ: Date, p: p, rule: "weekday/span-end",
		why: fmt.Sprintf("%s after %q (%s), the day that opens its span", weekdayNames[wd], x.Text, dayName(x.Range.Last))}, true
}

// narrativeWeekday resolves a bare weekday in a sentence whose narrative
// is set by a date written out earlier in the same clause ("The Council
// on Aug. 6 ordered an embargo and on Tuesday voted to enforce it") when
// that date lies more than a week before the anchor: the story tells that
// week, not the anchor's — as in a story filed, or dated, a week after
// its events. The weekday is the first on or after the date (after it,
// in a future clause).
func (t *tagger) narrativeWeekday(i, wd int) (cand, bool) {
	x := t.clauseDate(i)
	if x == nil || x.Range.First >= t.a.Date-7 {
		return cand{}, false
	}
	ts, _ := t.clauseTense(i, i+1)
	d := x.Range.First
	if ts == tenseFuture {
		d++
	}
	for isoWeekday(d) != wd {
		d++
	}
	p, ok := dayPoint(d)
	if !ok {
		return cand{}, false
	}
	return cand{end: i + 1, typ: Date, p: p, rule: "weekday/narrative",
		why: fmt.Sprintf("%s on or after %q (%s), the date this clause is told at; anchor %s is more than a week later",
			weekdayNames[wd], x.Text, dayName(x.Range.First), t.anchorName())}, true
}

// clauseDate returns the day written out earlier in the clause of token i
// that sets its narrative: a month and day (with or without a year) or a
// numeric date, after "on" or opening the sentence, with no clause break
// (", and", ", but") or sentence end between; nil if there is none.
func (t *tagger) clauseDate(i int) *Timex {
	for k := len(t.out) - 1; k >= 0; k-- {
		x := &t.out[k]
		if !t.sameSentence(i, x.End) {
			return nil
		}
		if !strings.HasPrefix(x.Rule, "month-day") && x.Rule != "numeric-date" || x.Range == nil || x.Range.First != x.Range.Last {
			continue
		}
		first := t.outTok[k]
		if first < 0 || t.word(first-1) != "on" && !t.sentenceStart(first) {
			return nil
		}
		for j := first + 1; j < i; j++ {
			if t.punct(j, ',') && clauseJoiners[t.word(j+1)] {
				return nil
			}
		}
		return x
	}
	return nil
}
