package extract

import (
	"fmt"
	"slices"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
	"github.com/rickb777/date/v2"
)

// This file dates events by their distance from another event: "the day
// before the Council debate" (told before), "six weeks after a visit to
// Moscow" (counted from the event of the same sentence), "ahead of the
// call" (bounded by it).

// offsetCounts and offsetUnits are vocab's offset-counts and offset-units.
var (
	offsetCounts = vocab.List("offset-counts")
	offsetUnits  = vocab.Set("offset-units")
)

// maxOffsetNoun is how many words the referenced event's noun phrase may
// have: "the Council debate".
const maxOffsetNoun = 5

// maxOffsetGap is how many words may stand between "after" or "before"
// and the event word of the phrase it opens: "six weeks after his
// previous visit", "two days after Salas's talks".
const maxOffsetGap = 4

// spanObject reads the phrase that puts the event word at lo a counted
// span away from another event of its sentence: "six weeks after a visit
// to Moscow" (n = -6, the visit is six weeks earlier), "two days before a
// summit in Rome" (n = 2). It returns the signed count, its unit (a day,
// week, month or year, as the resolver reads them) and the index of the
// count's first word; ok is false when there is no such phrase.
func spanObject(u *unit, lo int) (n int, g resolve.Granularity, at int, ok bool) {
	k := offsetPreposition(u, lo)
	if k < 2 {
		return 0, "", -1, false
	}
	n, g, ok = countedSpan(u.toks, k-2)
	if !ok {
		return 0, "", -1, false
	}
	return n, g, k - 2, true
}

// offsetPreposition is the index of the "after" or "before" whose phrase
// the event word at lo ends, at most maxOffsetGap words before it, or
// where the search stopped.
func offsetPreposition(u *unit, lo int) int {
	k := lo - 1
	for gap := 0; k >= 0 && gap < maxOffsetGap; gap++ {
		if possessiveMarks[u.toks[k].Text] && k > 0 && u.entEnd[k-1] > 0 {
			k = u.ents[u.entEnd[k-1]-1].Lo - 1 // "a week after Foreign Minister Ana Cruz's trip": the owner's name is one step
			continue
		}
		if !u.toks[k].Word || offsetSigns[u.toks[k].Lower] != 0 {
			break
		}
		k--
	}
	return k
}

// countedSpan reads a count, a unit and "after" or "before" from toks[k]
// on: "six weeks after" gives n = -6 (what follows is six weeks earlier),
// "two days before" gives n = 2; ok is false when toks[k:] opens otherwise.
func countedSpan(toks []token, k int) (n int, g resolve.Granularity, ok bool) {
	if k < 0 || k+2 >= len(toks) {
		return 0, "", false
	}
	sign := offsetSigns[toks[k+2].Lower]
	if sign == 0 {
		return 0, "", false
	}
	count, g, ok := countAndUnit(toks, k)
	if !ok {
		return 0, "", false
	}
	return sign * count, g, true
}

// countAndUnit reads a count at toks[k] and a calendar unit after it, as
// the resolver names them: "six weeks", "a day", "three months".
func countAndUnit(toks []token, k int) (int, resolve.Granularity, bool) {
	if k < 0 || k+1 >= len(toks) {
		return 0, "", false
	}
	g, ok := resolve.UnitByName(toks[k+1].Lower)
	if !ok {
		return 0, "", false
	}
	count, ok := resolve.CountByName(toks[k].Lower)
	return count, g, ok
}

// opensWithPreposition reports a sentence that opens with a word of
// preposition-openers ("During", "After"), or with a counted span before
// "after" or "before": "A day after talks with X, …", "Two weeks before
// the summit, …".
func opensWithPreposition(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	if prepositionOpeners[toks[0].Lower] {
		return true
	}
	_, _, ok := countedSpan(toks, 0)
	return ok
}

// dateBySpanFromEvent dates an undated event word that a counted span
// sets apart from a dated event of its sentence (date/span-from-event):
// in "Modi traveled to Kyiv on Friday …, six weeks after a visit to
// Moscow", the visit to Moscow is in the week six weeks before that
// Friday. The date has the span's unit for granularity: a day for days,
// an ISO week for weeks, a month for months and a year for years, since a
// count of weeks says nothing of the day. The other event is the nearest
// dated one of the sentence outside the phrase; in the headline and lead,
// which tell the day's news, it may be the news itself, dated by the
// publication day ("A day after talks with Salas, Reyes said …").
func (x *extraction) dateBySpanFromEvent() {
	for i, d := range x.drafts {
		if d.m.When != nil {
			continue
		}
		u := &x.units[d.unit]
		n, g, at, ok := spanObject(u, d.lo)
		if !ok {
			if !x.dateBySpanToEvent(d, u) {
				x.dateByFewDays(i, d, u)
			}
			continue
		}
		from, what, ok := x.spanFrom(i, at, u)
		if !ok {
			continue
		}
		day := from.Range.First
		if n > 0 {
			day = from.Range.Last
		}
		value, r, ok := resolve.PeriodFrom(day, n, g)
		if !ok {
			continue
		}
		phrase := joinText(u.toks[at:d.hi])
		d.m.When = &timeline.MentionDate{When: timeline.When{Value: value, Range: r, Granularity: g}, Basis: timeline.FromReference,
			Explain: fmt.Sprintf("%s: counted from %s %s: %s", phrase, what, from.Value, value)}
		d.m.Source.Explain = d.m.When.Explain
		d.why.date = because("date/span-from-event", phrase, what, from.Value)
		x.setStatus(d)
	}
}

// dateBySpanToEvent dates an undated event that a counted span phrase
// right after it sets away from a dated event of its sentence: "will meet
// B two days after his talks with C on Monday" is Wednesday
// (date/span-to-event). It reports whether it dated d.
func (x *extraction) dateBySpanToEvent(d *draft, u *unit) bool {
	at := max(d.hi, d.end)
	if at >= len(u.toks) || !isCount(u.toks[at].Lower) {
		return false
	}
	for _, o := range x.drafts {
		if o.unit != d.unit || o == d || o.m.When == nil {
			continue
		}
		n, g, oat, ok := spanObject(u, o.lo)
		if !ok || oat != at {
			continue
		}
		day := o.m.When.Range.First
		if -n > 0 {
			day = o.m.When.Range.Last
		}
		value, r, ok := resolve.PeriodFrom(day, -n, g)
		if !ok {
			return false
		}
		phrase := joinText(u.toks[at:o.hi])
		d.m.When = &timeline.MentionDate{When: timeline.When{Value: value, Range: r, Granularity: g}, Basis: timeline.FromReference,
			Explain: fmt.Sprintf("%s: counted from the %s %s: %s", phrase, o.m.Kind, o.m.When.Value, value)}
		d.m.Source.Explain = d.m.When.Explain
		d.why.date = because("date/span-to-event", phrase, string(o.m.Kind), o.m.When.Value)
		x.setStatus(d)
		return true
	}
	return false
}

// fewDays is how many days "days after" or "days before" may mean: two
// to this many.
const fewDays = 6

// dateByFewDays dates an undated event that "days after" or "days
// before" sets a few days from a dated event of its sentence (or, in the
// headline and lead, the day's news): "The call came days after Erdogan
// hosted Zelenskyy" puts the visit two to six days before the call
// (date/few-days-from-event), a span of days no count gives.
func (x *extraction) dateByFewDays(i int, d *draft, u *unit) {
	k := offsetPreposition(u, d.lo)
	if k < 1 || u.toks[k-1].Lower != "days" || k >= 2 && isCount(u.toks[k-2].Lower) {
		return
	}
	from, what, ok := x.spanFrom(i, k-1, u)
	if !ok {
		return
	}
	r := resolve.Range{First: from.Range.First - fewDays, Last: from.Range.First - 2}
	if u.toks[k].Lower == "before" {
		r = resolve.Range{First: from.Range.Last + 2, Last: from.Range.Last + fewDays}
	}
	phrase := joinText(u.toks[k-1 : d.hi])
	value := r.First.String()
	d.m.When = &timeline.MentionDate{When: timeline.When{Value: value, Range: r, Granularity: resolve.GranDay}, Basis: timeline.FromReference,
		Explain: fmt.Sprintf("%s: two to %d days from %s %s: %s to %s", phrase, fewDays, what, from.Value, r.First, r.Last)}
	d.m.Source.Explain = d.m.When.Explain
	d.why.date = because("date/few-days-from-event", phrase, what, from.Value)
	x.setStatus(d)
}

// spanFrom is the date a span phrase starting at token at of draft i's
// sentence counts from, and what it is: the nearest dated event of the
// sentence (spanAnchor), else, in the headline and lead, the day's news.
func (x *extraction) spanFrom(i, at int, u *unit) (timeline.When, string, bool) {
	if o := x.spanAnchor(i, at); o != nil {
		return o.m.When.When, "the " + string(o.m.Kind) + " of the same sentence", true
	}
	if tx := clauseDateBefore(u, at); tx != nil {
		// "signed an accord on Thursday, two days after they met": the
		// day of the clause the span phrase follows
		return fromTimex(*tx).When, "'" + tx.Text + "', the day of its sentence's clause,", true
	}
	if (u.headline || u.lead) && x.a.Published != date.Zero {
		return timeline.Day(x.a.Published), "the article's news, published", true
	}
	return timeline.When{}, "", false
}

// clauseDateBefore is the timex of u nearest before the span phrase at
// token at, in its sentence and with a day of its own ("on Thursday"),
// that no period opener leads ("since 2019"); nil for none.
func clauseDateBefore(u *unit, at int) *resolve.Timex {
	var best *resolve.Timex
	for ti, k := range u.txTok {
		tx := &u.txs[ti]
		if k >= at || tx.End > u.toks[at].Start || !usableTimex(tx) || k > 0 && periodOpeners[u.toks[k-1].Lower] {
			continue
		}
		if slices.ContainsFunc(u.toks[k:at], func(t token) bool { return t.Text == "." || t.Text == ";" }) {
			continue
		}
		best = tx
	}
	return best
}

// isCount reports a word that counts: "two", "3", "a".
func isCount(w string) bool {
	_, ok := resolve.CountByName(w)
	return ok
}

// spanAnchor is the dated draft of draft i's sentence that a span phrase
// starting at token at counts from: the nearest one before the phrase,
// else the nearest one after the event word; nil for none.
func (x *extraction) spanAnchor(i, at int) *draft {
	d := x.drafts[i]
	var before, after *draft
	for j, o := range x.drafts {
		if j == i || o.unit != d.unit || o.m.When == nil {
			continue
		}
		switch {
		case o.hi <= at:
			if before == nil || o.lo > before.lo {
				before = o
			}
		case o.lo >= d.hi:
			if after == nil || o.lo < after.lo {
				after = o
			}
		}
	}
	if before != nil {
		return before
	}
	return after
}

// boundByEvents narrows dates bounded by another event: "ahead of the
// call", "after the talks".
func (x *extraction) boundByEvents() {
	for i, d := range x.drafts {
		if d.bound != boundNone && d.m.When != nil {
			x.applyBound(i, d)
		}
	}
}

// dateByEventOffset dates an undated mention by its distance in days from
// an event the article dated before: "The day before the Council debate,
// the UN General Assembly adopted a resolution" is the day before the
// debate told earlier ("took part in a UN Security Council debate on 24
// February"), "on the eve of the summit" the day before the summit
// (date/event-offset). The event is the nearest earlier dated mention whose
// sentence has the phrase's head noun.
func (x *extraction) dateByEventOffset() {
	for _, d := range x.drafts {
		if d.m.When != nil || d.ref {
			continue
		}
		u := &x.units[d.unit]
		days, at, phrase := eventOffset(u)
		if days == 0 {
			continue
		}
		head := u.toks[at].Lower
		ref := x.lastDatedBefore(d.unit, func(o *draft) bool { return x.sentenceHasWord(o, head) })
		if ref == nil {
			// "met on 2 March … Two days after the meeting": the event of
			// the noun's kind told before
			info, _ := lex.triggers.match(u.toks, at)
			if summitBackNouns[u.toks[at].Lower] {
				info.Kind = timeline.Summit // "on the eve of the gathering": the summit told before
			}
			ref = x.lastDatedBefore(d.unit, func(o *draft) bool { return o.m.Kind == info.Kind })
		}
		if ref == nil {
			continue
		}
		day := ref.m.When.Range.First + date.Date(days)
		if days > 0 {
			day = ref.m.When.Range.Last + date.Date(days)
		}
		w := timeline.Day(day)
		d.m.When = &timeline.MentionDate{When: w, Basis: timeline.FromReference,
			Explain: fmt.Sprintf("%s: %d day(s) from the %s of %q", phrase, days, head, clip(x.sentenceText(ref), 80))}
		d.m.Source.Explain = d.m.When.Explain
		d.why.date = because("date/event-offset", phrase, x.sentenceText(ref))
	}
}

// lastDatedBefore is the draft of the latest unit before ui (the last of
// that unit) dated by its own text that keep accepts; nil for none.
func (x *extraction) lastDatedBefore(ui int, keep func(o *draft) bool) *draft {
	var ref *draft
	for _, o := range x.drafts {
		if o.unit < ui && o.m.When != nil && o.m.When.Basis == timeline.FromText && keep(o) && (ref == nil || o.unit >= ref.unit) {
			ref = o
		}
	}
	return ref
}

// spelledCount is the count a word spells before a unit of days: "a"
// and "an" one, a word of offset-counts its place in them ("two" two);
// 0 for any other word.
func spelledCount(w string) int {
	if w == "a" || w == "an" {
		return 1
	}
	return slices.Index(offsetCounts, w) + 1
}

// summitBackNouns stand, in a phrase of an offset from an event, for the
// summit told before: "on the eve of the gathering" (vocab's
// summit-back-nouns).
var summitBackNouns = vocab.Set("summit-back-nouns")

// eventOffset reads, in the unit, "the day before the debate", "two days
// after the talks", "the eve of the summit": the signed count of days, the
// index of the head noun of the event (an event word or a word of
// session-parts or summit-back-nouns) and the phrase; 0 days when there is none.
func eventOffset(u *unit) (days, headAt int, phrase string) {
	for k := 0; k+3 < len(u.toks); k++ {
		n := spelledCount(u.toks[k].Lower)
		if u.toks[k].Lower == "the" {
			n = 1 // "the day before"
		}
		if n == 0 || !offsetUnits[u.toks[k+1].Lower] {
			continue
		}
		sign := 0
		switch u.toks[k+2].Lower {
		case "before":
			sign = -1
		case "after":
			sign = 1
		case "of":
			if u.toks[k+1].Lower == "eve" {
				sign = -1
			}
		}
		if sign == 0 {
			continue
		}
		j := k + 3
		if j < len(u.toks) && (u.toks[j].Lower == "the" || u.toks[j].Lower == "this" || u.toks[j].Lower == "that") {
			j++
		}
		for e := j; e < len(u.toks) && e < j+maxOffsetNoun && u.toks[e].Word; e++ {
			if _, m := lex.triggers.match(u.toks, e); m > 0 || sessionParts[u.toks[e].Lower] || summitBackNouns[u.toks[e].Lower] {
				if e+1 < len(u.toks) && u.toks[e+1].Word && u.toks[e+1].Lower != "of" {
					continue // "the summit meeting": the last word heads it
				}
				return sign * n, e, joinText(u.toks[k : e+1])
			}
		}
	}
	return 0, -1, ""
}

// maxMeasureReach is how many words after the event word a measure of it
// may start: "met in Hamburg on Monday night for two days of talks".
const maxMeasureReach = 12

// spanMeasuredEvent spans the single day of d's own date over the days a
// measure later in its clause gives the event ("met in Hamburg on Monday
// night for two days of informal talks" runs Monday and Tuesday;
// date/measure-length): the day is the first of them. A measure of
// hours, weeks or more, or none, leaves the date as it is.
func spanMeasuredEvent(u *unit, d *draft) {
	if d.tx == nil || d.tx.Range == nil || d.tx.Range.First != d.tx.Range.Last {
		return
	}
	for k := d.hi; k+3 < len(u.toks) && k < d.hi+maxMeasureReach && !u.brk[k]; k++ {
		if u.toks[k].Lower != "days" || u.toks[k+1].Lower != "of" {
			continue
		}
		n, ok := resolve.CountByName(u.toks[k-1].Lower)
		if !ok || n < 2 || n > maxTripDays {
			return
		}
		for e := k + 2; e < len(u.toks) && e <= k+4; e++ {
			if info, m := lex.triggers.match(u.toks, e); m > 0 && info.Noun {
				span := *d.tx
				span.Range, _ = lengthRange(d.tx.Range.First, n, false)
				span.Value = span.Range.First.String()
				phrase := joinText(u.toks[k-1 : e+m])
				d.tx, d.txWhy = &span, because("date/measure-length", span.Text, phrase)
				return
			}
		}
		return
	}
}

// maxGatheringLengthReach is how many words before a gathering's noun its
// length may stand: "a two-day summit", "the two-day leaders' summit".
const maxGatheringLengthReach = 4

// spanGatheringLength stretches the one day of a summit, talks or a
// meeting over the length written before its noun, when a word between
// the noun and the date says the day is the first or the last: "a
// two-day summit that began on Monday" is Monday and Tuesday, "the
// three-day talks, which ended on Friday" Wednesday to Friday. Without
// such a word the day may be any of them ("a two-day summit on Monday"
// that is under way), and stays one day.
func (x *extraction) spanGatheringLength(u *unit, d *draft) {
	if d.m.Kind == timeline.Visit || d.m.Kind == timeline.Call || d.lo == 0 || d.tx == nil || d.tx.Range == nil ||
		d.tx.Range.First != d.tx.Range.Last || d.tx.Start < u.toks[d.hi-1].End {
		return
	}
	first, last := false, false
	for k := d.hi; k < len(u.toks) && u.toks[k].End <= d.tx.Start; k++ {
		if u.brk[k] && !relativeOpeners[u.toks[k].Lower] {
			return // ("the two-day talks, which ended on Thursday": its own clause)
		}
		first = first || tripStartWords[u.toks[k].Lower]
		last = last || tripEndWords[u.toks[k].Lower]
	}
	days, length, _ := x.lengthBefore(u, d.lo, maxGatheringLengthReach)
	if days == 0 {
		return
	}
	if !first && !last {
		// "ended two days of talks in Geneva on Friday", "began three
		// days of talks on Monday": the verb before the measured noun
		first, last = verbOfLength(u, d.lo)
	}
	if first == last {
		return
	}
	span := *d.tx
	var which string
	span.Range, which = lengthRange(d.tx.Range.First, days, last)
	span.Value = span.Range.First.String()
	d.tx, d.txWhy = &span, because("date/gathering-length", span.Text, which, length+" "+joinText(u.toks[d.lo:d.hi]))
}

// maxLengthVerbReach is how many words may stand between a verb of start
// or end and the event noun it measures: "wrapped up two days of talks".
const maxLengthVerbReach = 6

// verbOfLength reports a word of trip-start-words or trip-end-words
// before the noun phrase of the event noun at lo, with only the words of
// that phrase and a particle between: "ended two days of talks",
// "concluded two-day talks", "wrapped up two days of talks".
func verbOfLength(u *unit, lo int) (first, last bool) {
	for k := lo - 1; k >= 0 && lo-k <= maxLengthVerbReach; k-- {
		t := &u.toks[k]
		if tripStartWords[t.Lower] {
			return true, false
		}
		if tripEndWords[t.Lower] {
			return false, true
		}
		if u.brk[k] || u.entAt[k] > 0 || t.Word && t.Cap {
			return false, false
		}
	}
	return false, false
}

// lengthBefore reads the length in days written in the noun phrase before
// the noun at toks[noun], at most reach words before it ("a three-day
// official visit", "a two-day summit"): the days (0 for none, or for
// fewer than two or more than maxTripDays), the text that says so, and
// the first token of the phrase read.
func (x *extraction) lengthBefore(u *unit, noun, reach int) (int, string, int) {
	from := max(0, noun-reach)
	for k := noun - 1; k > from; k-- {
		if !u.toks[k].Word && u.toks[k].Text != "-" && u.toks[k].Text != "'" || u.entAt[k] > 0 || offsetSigns[u.toks[k].Lower] != 0 {
			from = k + 1 // the length is in the noun's own phrase (not "two days after his talks": an offset)
			break
		}
	}
	if from >= noun {
		return 0, "", noun
	}
	days, length := 0, ""
	for _, t := range resolve.Tag(u.text[u.toks[from].Start:u.toks[noun-1].End], x.anchor) {
		if n, ok := dayCount(t.Value); ok && n >= 2 && n <= maxTripDays && t.Type == resolve.Duration {
			days, length = n, t.Text
		}
	}
	return days, length, from
}

// offsetSigns put a counted span before an event away from it instead of
// measuring it ("two days after his talks", "a week before the summit"),
// and say which way: what follows "after" is earlier (-1), what follows
// "before" later (+1).
var offsetSigns = map[string]int{"after": -1, "before": 1}

// maxDuringWhichReach is how many words before ", during which" the date
// of the trip it refers to may end: "a four-day trip to Europe starting
// Saturday, during which".
const maxDuringWhichReach = 8

// dateDuringWhich dates an event told in a relative clause that opens
// with "during which" by the date of what the clause refers to, written
// right before its comma, over the length of the trip or stay named
// there: in "will make a four-day trip to Europe starting Saturday,
// during which she will visit France and Italy" each visit is Saturday
// to Tuesday (date/during-which).
func (x *extraction) dateDuringWhich(u *unit, d *draft) {
	c := duringWhichComma(u, d.lo)
	if c < 0 {
		return
	}
	if trip := x.tripEndingAt(d.unit, c); trip != nil {
		// "arrived in Santiago on Thursday evening on a two-day official
		// visit, during which he will hold talks": the trip's days and
		// place
		tx := *trip.tx
		d.tx, d.txWhy = &tx, because("date/during-which", tx.Text)
		if d.m.Place == "" && trip.m.Place != "" {
			d.m.Place, d.why.place = trip.m.Place, because("place/during-trip", trip.m.Place, x.sentenceText(trip))
		}
		return
	}
	ti := -1
	for i, at := range u.txTok {
		if at < c && at >= c-maxDuringWhichReach && u.txs[i].Range != nil && u.txs[i].Type == resolve.Date {
			ti = i
		}
	}
	if ti < 0 {
		return
	}
	tx := u.txs[ti]
	d.tx, d.txWhy = &tx, because("date/during-which", tx.Text)
	if tx.Range.First != tx.Range.Last {
		return
	}
	for noun := u.txTok[ti] - 1; noun >= 0 && noun >= c-maxDuringWhichReach-maxLengthReach; noun-- {
		if !tripNouns[u.toks[noun].Lower] {
			continue
		}
		if days, length, _ := x.lengthBefore(u, noun, maxLengthReach); days > 0 {
			span := tx
			span.Range, _ = lengthRange(tx.Range.First, days, false)
			span.Value = span.Range.First.String()
			d.tx, d.txWhy = &span, because("date/during-which", span.Text+" ("+length+")")
		}
		return
	}
}

// tripEndingAt is the dated visit of unit ui whose trip noun stands
// right before the comma at c ("… on a two-day official visit, during
// which"), with no other event word between them; nil for none.
func (x *extraction) tripEndingAt(ui, c int) *draft {
	u := &x.units[ui]
	noun := -1
	for k := c - 1; k >= 0 && k >= c-3; k-- {
		if tripNouns[u.toks[k].Lower] {
			noun = k
			break
		}
	}
	if noun < 0 {
		return nil
	}
	var trip *draft
	for _, o := range x.drafts {
		if o.unit == ui && o.m.Kind == timeline.Visit && o.tx != nil && o.lo <= noun && (trip == nil || o.lo > trip.lo) {
			trip = o
		}
	}
	if trip == nil {
		return nil
	}
	for k := trip.hi; k < noun; k++ {
		if _, n := lex.triggers.match(u.toks, k); n > 0 && k+n <= noun {
			return nil // "visited Lima and held talks on a visit, during which": which one's?
		}
	}
	return trip
}

// duringWhichComma finds, before the event word at lo and in its
// sentence, the comma of ", during which" that opens its clause, with no
// clause break after it: its index, or -1.
func duringWhichComma(u *unit, lo int) int {
	for k := lo - 1; k >= 2; k-- {
		if u.toks[k].Lower == "which" && u.toks[k-1].Lower == "during" && u.toks[k-2].Text == "," {
			return k - 2
		}
		if u.toks[k].Text == "," || u.brk[k] {
			return -1
		}
	}
	return -1
}

// dateInSpanFromWriting dates a planned event that its clause says will
// happen "in two weeks" or "in three days' time": that many days, weeks,
// months or years after the day of writing, with the unit for granularity
// as dateBySpanFromEvent counts (date/in-span): a count of weeks names the
// ISO week, not a day.
func (x *extraction) dateInSpanFromWriting() {
	for _, d := range x.drafts {
		if d.tx != nil || d.m.When != nil || d.ref || d.cue != timeline.Planned || x.anchor.Date == date.Zero {
			continue
		}
		u := &x.units[d.unit]
		at, n, g := spanFromNow(u, d.lo, max(d.hi, d.end))
		if at < 0 {
			x.dateWithinStretch(d, u)
			continue
		}
		value, r, ok := resolve.PeriodFrom(x.anchor.Date, n, g)
		if !ok {
			continue
		}
		phrase := joinText(u.toks[at : at+3])
		d.m.When = &timeline.MentionDate{When: timeline.When{Value: value, Range: r, Granularity: g}, Basis: timeline.FromText,
			Explain: fmt.Sprintf("%s: counted from the day of writing %s: %s", phrase, x.anchor.Date, value)}
		d.m.Source.DateText = phrase
		d.m.Source.Explain = d.m.When.Explain
		d.m.Source.DateStart = u.toks[at].Start - u.start
		d.m.Source.DateEnd = u.toks[at+2].End - u.start
		d.why.date = because("date/in-span", phrase, x.anchor.Date.String())
	}
}

// maxSpanFromNowReach is how far from the event word, in its clause,
// "in two weeks" may stand.
const maxSpanFromNowReach = 8

// spanFromNow finds "in" with a count and a unit in the clause of the
// event word at lo..hi ("will visit Peru in two weeks", "In three days'
// time, Salas will …") and returns the index of "in", the count and the
// unit; at is -1 for none. "In two days of talks" is a length, not a date.
func spanFromNow(u *unit, lo, hi int) (at, n int, g resolve.Granularity) {
	first := max(0, lo-maxSpanFromNowReach)
	for k := lo - 1; k > first; k-- {
		if u.brk[k] {
			first = k + 1
			break
		}
	}
	if first > 0 && u.toks[0].Lower == "in" {
		first = 0 // "In two weeks, Salas will …": a frame of the sentence
	}
	for k := first; k+2 < len(u.toks) && k <= hi+maxSpanFromNowReach; k++ {
		if k >= hi && u.brk[k] {
			break
		}
		if u.toks[k].Lower != "in" {
			continue
		}
		count, unitG, ok := countAndUnit(u.toks, k+1)
		if !ok || k+3 < len(u.toks) && (u.toks[k+3].Lower == "of" || u.toks[k+3].Lower == "ago") {
			continue
		}
		return k, count, unitG
	}
	return -1, 0, ""
}
