package extract

import (
	"fmt"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file dates an event whose sentence opens with a phrase that sets
// it right before or after an event told before: "Before the talks, Xi
// held a welcome ceremony for Lula" is on the talks' day.

// dateByFramingEvent dates an undated event of a sentence that opens with
// a word of same-day-frames, "the", an event noun and a comma ("Before
// the talks,", "After the meeting,", "Following the call,") by the day of
// the event of that kind the article dated before, when it is one day: a
// ceremony before talks, a lunch after them, are held that day. A count
// ("two days after the talks") is dateByEventOffset's; "ahead of" sets
// no day, only a bound.
func (x *extraction) dateByFramingEvent() {
	for _, d := range x.drafts {
		if d.m.When != nil || d.ref {
			continue
		}
		u := &x.units[d.unit]
		at, comma := framingEvent(u)
		if at < 0 || d.lo < comma {
			continue
		}
		info, _ := lex.triggers.match(u.toks, at)
		ref := x.lastDatedBefore(d.unit, func(o *draft) bool { return o.m.Kind.Family() == info.Kind.Family() })
		if ref == nil || ref.m.When.Range.First != ref.m.When.Range.Last {
			continue
		}
		phrase := joinText(u.toks[:comma])
		w := *ref.m.When
		w.Basis = timeline.FromReference
		w.Explain = fmt.Sprintf("%s: on the day of the %s of %q", phrase, ref.m.Kind, clip(x.sentenceText(ref), 80))
		d.m.When = &w
		d.m.Source.Explain = w.Explain
		d.why.date = because("date/framing-event", phrase, x.sentenceText(ref))
	}
}

// framingEvent reads "Before the talks," opening u: the index of the
// event noun and of the comma after it; -1, -1 for none. Up to
// maxFramingWords words may stand before the noun ("After the two-hour
// talks,").
func framingEvent(u *unit) (at, comma int) {
	if len(u.toks) < 4 || !sameDayFrames[u.toks[0].Lower] || u.toks[1].Lower != "the" {
		return -1, -1
	}
	at = -1
	for k := 2; k < len(u.toks) && k <= 2+maxFramingWords; k++ {
		if u.toks[k].Text == "," {
			if at < 0 {
				return -1, -1
			}
			return at, k
		}
		if !u.toks[k].Word && u.toks[k].Text != "-" || u.toks[k].Cap || u.entAt[k] > 0 || u.inTx[k] {
			return -1, -1 // a name or a date: another event than the one told before
		}
		if _, n := lex.triggers.match(u.toks, k); n > 0 {
			at = k
		}
	}
	return -1, -1
}

// maxFramingWords bounds the words of the noun phrase of framingEvent.
const maxFramingWords = 4

// sameDayFrames open, before "the" and an event noun, a phrase that sets
// an event on that event's day: "Before the talks,", "After the meeting,".
var sameDayFrames = vocab.Set("same-day-frames")

// datedByOtherEvent reports a mention dated as another event told in the
// article is: the same event (date/same-event) or one set on its day
// (date/framing-event). A trip's stop told on another day does not place
// it.
func datedByOtherEvent(d *draft) bool {
	return d.why.date.rule == "date/same-event" || d.why.date.rule == "date/framing-event"
}
