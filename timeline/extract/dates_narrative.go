package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
	"github.com/rickb777/date/v2"
)

// This file holds the dating rules that read the narrative around an
// event: a date that opens a coordinated or subordinate clause, a span
// written with two bounds, the day a paragraph opens with, an event held
// during another, the events of one split, and the staleness of
// old events for a story's lead.

// dateSpan joins the date expression ti of u with its partner when the
// two bound a span: "from 28 February to 2 March", "between May 3 and
// May 5", "June 30 through July 2". The joined expression runs from the
// first day of the one to the last day of the other, keeps the first's
// value and granularity, and explains both.
func dateSpan(u *unit, ti int) (resolve.Timex, bool) {
	a, b := ti, ti+1
	if ti > 0 && spanLink(u, ti-1, ti) {
		a, b = ti-1, ti
	} else if b >= len(u.txs) || !spanLink(u, a, b) {
		return resolve.Timex{}, false
	}
	x, y := u.txs[a], u.txs[b]
	if x.Range == nil || y.Range == nil || x.Type != resolve.Date || y.Type != resolve.Date ||
		x.Granularity != y.Granularity || y.Range.First <= x.Range.Last {
		return resolve.Timex{}, false
	}
	span := x
	r := *x.Range
	r.Last = y.Range.Last
	span.Range = &r
	span.End = y.End
	span.Text = x.Text + " to " + y.Text
	span.Explain = x.Explain + "; to " + y.Explain
	return span, true
}

// spanLink reports whether the expressions a and b of u are joined as the
// bounds of a span: only a span word stands between them ("to", "until",
// "through", a dash; "and" after "between", or between two days in a
// row), and for a word other than a dash, "from" or "between" opens the
// span.
func spanLink(u *unit, a, b int) bool {
	ka, kb := u.txTok[a], u.txTok[b]
	end := ka
	for end < kb && u.inTx[end] {
		end++
	}
	if kb != end+1 {
		return false
	}
	link := u.toks[end].Lower
	if link == "-" || link == "–" {
		return true
	}
	opener := ""
	if ka > 0 {
		opener = u.toks[ka-1].Lower
	}
	switch {
	case spanWords[link]:
		// ("postponed from Thursday to next Tuesday": two dates of a
		// rescheduled event, not a span)
		return opener == "from" && rescheduleVerbBefore(u, ka-2) < 0 || opener == "between"
	case link == "and":
		// "between May 3 and May 5"; "on Sunday and Monday": two days in
		// a row are a span
		x, y := u.txs[a], u.txs[b]
		return opener == "between" || x.Range != nil && y.Range != nil && x.Granularity == resolve.GranDay &&
			y.Granularity == resolve.GranDay && y.Range.First == x.Range.Last+1
	}
	return false
}

// spanWords join the bounds of a span of dates: "from June 30 to July 2".
var spanWords = vocab.Set("span-words")

// dateDuringEvent dates an undated event held during another event of its
// sentence that has a date: "We talked with Buhari during the
// Russia-Africa Summit held in Sochi two years ago" are the summit's days.
// The other event is named after a word of during-words ("during", "at",
// "on the sidelines of") that follows the undated event in its clause.
func (x *extraction) dateDuringEvent() {
	for _, d := range x.drafts {
		if d.m.When != nil || d.ref {
			continue
		}
		u := &x.units[d.unit]
		if o := x.openingDuring(d); o != nil {
			w := *o.m.When
			d.m.When, d.why.date = &w, because("date/during-event", string(o.m.Kind), joinText(u.toks[o.lo:o.hi]))
			d.m.Source.Explain = fmt.Sprintf("held during the %s of %q: %s", o.m.Kind, joinText(u.toks[o.lo:o.hi]), w.Explain)
			continue
		}
		for k := max(d.hi, d.end); k < len(u.toks) && k < max(d.hi, d.end)+maxDateDistance && !u.brk[k]; k++ {
			if !duringWords[u.toks[k].Lower] {
				continue
			}
			for _, o := range x.drafts {
				if o == d || o.unit != d.unit || o.m.When == nil || o.lo <= k || o.lo > k+maxDuringReach || hasComma(u.toks[k:o.lo]) {
					continue
				}
				w := *o.m.When
				d.m.When, d.why.date = &w, because("date/during-event", string(o.m.Kind), joinText(u.toks[o.lo:o.hi]))
				d.m.Source.Explain = fmt.Sprintf("held during the %s of %q: %s", o.m.Kind, joinText(u.toks[o.lo:o.hi]), w.Explain)
				break
			}
			break
		}
	}
}

// openingDuring is the dated event of a phrase of during-words that opens
// d's sentence and ends with a comma before d: "During the Nov. 20-23
// trip, Yoon will hold summit talks with Sunak" are held on the trip's
// days. nil when there is none.
func (x *extraction) openingDuring(d *draft) *draft {
	u := &x.units[d.unit]
	if len(u.toks) == 0 || !duringWords[u.toks[0].Lower] {
		return nil
	}
	c := 1
	for c < len(u.toks) && c < d.lo && u.toks[c].Text != "," && !u.brk[c] {
		c++
	}
	if c >= d.lo || u.toks[c].Text != "," {
		return nil
	}
	for _, o := range x.drafts {
		if o != d && o.unit == d.unit && o.lo < c && o.m.When != nil {
			return o
		}
	}
	return nil
}

// dateTourStop dates an undated event told as what a dated day of a trip
// was made of, after "with": "wrapped up a three-nation tour of Europe on
// Thursday with a stop in Paris", "began his trip on Monday with talks in
// Berlin". The trip's day, one day read from the text, is the event's.
func (x *extraction) dateTourStop() {
	for _, d := range x.drafts {
		if d.m.When != nil || d.ref {
			continue
		}
		u := &x.units[d.unit]
		w := d.lo - 1
		for w > 0 && d.lo-w <= maxStopWords && (stopDeterminers[u.toks[w].Lower] || eventAdjectives[u.toks[w].Lower]) {
			w--
		}
		if w < 1 || u.toks[w].Lower != "with" {
			continue
		}
		for _, o := range x.drafts {
			if o == d || o.unit != d.unit || o.m.Kind != timeline.Visit || o.hi > w || o.m.When == nil ||
				o.m.When.Basis != timeline.FromText || o.m.When.Range.Days() != 1 || hasComma(u.toks[o.hi:w]) || u.brk[w] {
				continue
			}
			when := *o.m.When
			d.m.When, d.why.date = &when, because("date/tour-stop", joinText(u.toks[o.lo:o.hi]), when.Text)
			d.m.Source.Explain = fmt.Sprintf("a day of the %q: %s", joinText(u.toks[o.lo:o.hi]), when.Explain)
			if d.cue == "" && o.cue == timeline.Planned {
				// "will end his tour on Friday with a visit to Paris"
				d.cue, d.cueWord, d.cueWhy = o.cue, o.cueWord, because("status/tour-stop", o.cueWord)
			}
			break
		}
	}
}

// maxStopWords bounds the words between "with" and the event a trip's day
// was made of ("with a brief stop in Paris").
const maxStopWords = 3

// stopDeterminers may open the noun phrase after "with" of a trip's day
// (vocab's stop-determiners).
var stopDeterminers = vocab.Set("stop-determiners")

// maxDuringReach bounds the words between a word of during-words and the
// event word of the event it names: "on the sidelines of the G20 foreign
// ministers' meeting".
const maxDuringReach = 10

// duringWords set an event within another one: "during the summit", "at
// the conference", "on the sidelines of the forum".
var duringWords = vocab.Set("during-words")

// completeHeadlineSessions gives a report of an organisation's session
// that names no attendee ("… for Francophonie Ministerial Conference", "the
// 44th session of the Francophonie Ministerial Conference") the attendees
// another report of a session of that organisation in the article names:
// one event. Two sessions told in one sentence, of two named formats, or
// dated apart ("attended a summit of the bloc in February"; "a meeting of
// its foreign ministers has been postponed to June"), are two events.
func (x *extraction) completeHeadlineSessions() {
	for _, d := range x.drafts {
		if d.ref || d.m.Kind != timeline.Summit || len(d.m.Participants) != 1 || d.m.Participants[0].Type != timeline.OrganizationParty {
			continue
		}
		org := d.m.Participants[0].Name
		for _, o := range x.drafts {
			if o == d || o.ref || o.m.Kind != timeline.Summit || len(o.m.Participants) < 2 || !hasParticipant(o.m.Participants, org) ||
				o.unit == d.unit || d.m.Format != "" && o.m.Format != "" && o.m.Format != d.m.Format {
				// (but "the ASEAN-India Summit and the East Asia Summit":
				// two gatherings told side by side, or named apart)
				continue
			}
			if d.tx != nil && o.tx != nil && d.tx.Range != nil && o.tx.Range != nil && !d.tx.Range.Overlaps(*o.tx.Range) {
				continue
			}
			for _, p := range o.m.Participants {
				if p.Name != org {
					x.addParty(d, p, because("party/other-report", p.Name, x.sentenceText(o)))
				}
			}
			break
		}
	}
}

// newsWindow is how many days before the anchor an event may lie and
// still be the news a headline or lead reports.
const newsWindow = 7

// staleForNews reports a referent too old to date the headline or lead
// d: "Vladimir Putin held talks with Xi Jinping" leads a story of the day,
// not the June videoconference the transcript recalls; such a mention is
// dated as news (see datePublication).
func (x *extraction) staleForNews(d, r *draft) bool {
	u := &x.units[d.unit]
	return (u.headline || u.lead) && r.m.When != nil && r.m.When.Range.Last < x.anchor.Date-newsWindow
}

// otherDayThanLead reports an event of another kind than the lead's
// news d, dated by its own words away from the day of writing: "Putin
// held talks with Xi in the Kremlin. … Yesterday, the two leaders had an
// informal meeting" is yesterday's meeting and today's talks, two events.
func (x *extraction) otherDayThanLead(d, r *draft) bool {
	return x.units[d.unit].lead && r.m.Kind != d.m.Kind && r.m.When != nil && !r.m.When.Range.Contains(x.a.Published)
}

// rejoinOneByOne undoes a split (see oneByOne) that another report of the
// article contradicts: when the headline or another sentence reports one
// event of the family with every person met one by one ("Secretary's Call
// with Foreign Ministers A, B and C" over "spoke today with A, B and C"),
// they took part together, and the events of the split are one again.
func (x *extraction) rejoinOneByOne() {
	type word struct{ unit, lo, hi int }
	groups := map[word][]*draft{}
	var order []word
	for _, d := range x.drafts {
		if d.oneByOne {
			w := word{d.unit, d.lo, d.hi}
			if _, ok := groups[w]; !ok {
				order = append(order, w)
			}
			groups[w] = append(groups[w], d)
		}
	}
	drop := map[*draft]bool{}
	for _, w := range order {
		g := groups[w]
		if len(g) < 2 {
			continue
		}
		var all []timeline.Participant
		for _, d := range g {
			for _, p := range d.m.Participants {
				if !hasParticipant(all, p.Name) {
					all = append(all, p)
				}
			}
		}
		// A person of the split is in the joint report by name, or by the
		// country it names for them ("Call with French, German, Italian
		// and UK Counterparts").
		covers := func(o *draft, p timeline.Participant) bool {
			return hasParticipant(o.m.Participants, p.Name) || p.Country != "" && hasParticipant(o.m.Participants, p.Country)
		}
		// A country stands for one person of the split only: "meets with
		// Italian and Vatican authorities" over talks with two Italian
		// ministers sums up two meetings, it does not join them.
		oneEach := func(o *draft) bool {
			byCountry := map[string]int{}
			for _, p := range all {
				if !hasParticipant(o.m.Participants, p.Name) && p.Country != "" {
					byCountry[p.Country]++
					if byCountry[p.Country] > 1 {
						return false
					}
				}
			}
			return true
		}
		// A singular event noun with a side of several officials
		// ("Meeting with Ukrainian Officials") is one event with all of
		// them, however many of one country.
		joint := slices.ContainsFunc(x.drafts, func(o *draft) bool {
			single := x.singularEventNoun(o)
			return !o.oneByOne && !o.ref && o.unit != w.unit && o.m.Kind.Family() == g[0].m.Kind.Family() && (len(o.m.Participants) > 2 || single) &&
				!slices.ContainsFunc(all, func(p timeline.Participant) bool { return !covers(o, p) }) && (oneEach(o) || single)
		})
		if !joint {
			continue
		}
		first := g[0]
		first.m.Participants, first.oneByOne = all, false
		for _, d := range g[1:] {
			first.why.copyParties(&d.why)
			drop[d] = true
		}
	}
	if len(drop) > 0 {
		x.drafts = slices.DeleteFunc(x.drafts, func(d *draft) bool { return drop[d] })
	}
}

// dateByFrame dates an undated mention of the past by the day that the
// sentence before it, in its paragraph, opens with: "On Wednesday, 19
// April, Mr Cassis opened the embassy. Relations were the focus of
// discussions with the secretary of state …" is the 19th. A release
// tells a day in a paragraph that opens with it.
func (x *extraction) dateByFrame() {
	for _, d := range x.drafts {
		u := &x.units[d.unit]
		if d.m.When != nil || d.ref || u.headline || d.cue == timeline.Planned || mayNameDay(u.toks) {
			continue
		}
		var tx resolve.Timex
		found := false
		for j := d.unit - 1; j >= 0 && j >= d.unit-frameReach && !x.units[j].headline && x.units[j].para == u.para; j-- {
			if tx, found = openingDay(&x.units[j]); found || mayNameDay(x.units[j].toks) {
				break // the frame, or another day between
			}
		}
		if !found || tx.Range.First > x.anchor.Date {
			continue
		}
		d.m.When = fromTimex(tx)
		d.m.When.Basis = timeline.FromReference
		d.m.When.Explain = fmt.Sprintf("the paragraph opens on that day (%q): %s", tx.Text, tx.Explain)
		d.m.Source.Explain = d.m.When.Explain
		d.why.date = because("date/paragraph-frame", tx.Text)
	}
}

// frameReach is how many sentences of its paragraph a day that opens the
// first of them frames.
const frameReach = 3

// mayNameDay reports a sentence that may name a day of its own: a number,
// a month or a weekday, or a word of the resolver's relative days
// ("yesterday", "today"). A frame does not pass over it.
func mayNameDay(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if t.Text != "" && isDigit(t.Text[0]) || dayWords[t.Lower] {
			return true
		}
	}
	return false
}

// dayWords are the month and weekday names and the relative days.
var dayWords = func() map[string]bool {
	set := map[string]bool{"today": true, "yesterday": true, "tomorrow": true, "tonight": true}
	for w := range resolve.MonthWords() {
		set[w] = true
	}
	for w := range resolve.WeekdayWords() {
		set[w] = true
	}
	return set
}()

// opensOnDay reports a sentence that opens "On" and a weekday, a month or
// a day number ("On Wednesday, 19 April, …", "On 19 April, …"): a cheap
// test, made before dates are read, of what openingDay may find.
func opensOnDay(toks []token) bool {
	return len(toks) > 2 && toks[0].Lower == "on" && (toks[1].Cap || isDigit(toks[1].Text[0]))
}

// openingDay is the date expression of one day that opens u after "On"
// and ends its opening phrase (a comma follows).
func openingDay(u *unit) (resolve.Timex, bool) {
	if !opensOnDay(u.toks) || len(u.txs) == 0 || u.txTok[0] > 1 {
		return resolve.Timex{}, false
	}
	t := u.txs[0]
	if t.Range == nil || t.Range.First != t.Range.Last || t.Range.First == date.Zero {
		return resolve.Timex{}, false
	}
	if _, ok := commaAfterDate(u, u.txTok[0], len(u.toks)); !ok {
		return resolve.Timex{}, false
	}
	return t, true
}

// tellsNarrativeDay reports a phrase of narrative-day-openers anywhere in
// the sentence: "He will meet Reyes the next day" counts from the day the
// sentence before named, as "The next day, he will meet Reyes" does.
func tellsNarrativeDay(toks []token) bool {
	for k := range toks {
		// Most sentences hold no last word of a phrase ("day", "later"):
		// the phrase table is read only where one ends.
		if !toks[k].Word || !slices.Contains(narrativeDayEnds, toks[k].Lower) {
			continue
		}
		for j := max(0, k-narrativeDayWords+1); j <= k; j++ {
			if _, n := narrativeDayOpeners.match(toks, j); j+n == k+1 {
				return true
			}
		}
	}
	return false
}

// narrativeDayEnds are the last words of the phrases of
// narrative-day-openers, and narrativeDayWords the length of the longest.
var narrativeDayEnds, narrativeDayWords = func() (ends []string, most int) {
	for _, p := range vocab.List("narrative-day-openers") {
		w := strings.Fields(p)
		most = max(most, len(w))
		if !slices.Contains(ends, w[len(w)-1]) {
			ends = append(ends, w[len(w)-1])
		}
	}
	return ends, most
}()

// narrativeDayOpeners are vocab's narrative-day-openers.
var narrativeDayOpeners *phraseTable[bool]

func init() { narrativeDayOpeners = phraseSet(vocab.List("narrative-day-openers")) }

// dateSplitSiblings gives an undated event of a split (see oneByOne) the
// date a sibling got from any rule: "There, he will meet with A, B and
// Israeli President C" are all on the trip's leg that C's country dates.
func (x *extraction) dateSplitSiblings() {
	for _, d := range x.drafts {
		if d.m.When != nil || !d.oneByOne {
			continue
		}
		for _, o := range x.drafts {
			if o != d && o.oneByOne && o.m.When != nil && o.unit == d.unit && o.lo == d.lo && o.hi == d.hi {
				w := *o.m.When
				d.m.When, d.why.date = &w, because("date/one-by-one", w.Text)
				d.m.Source.Explain = w.Explain
				d.onLeg = o.onLeg
				break
			}
		}
	}
}

// subordinateBefore reports a date at k in a subordinate clause that
// ends with a comma before the event word at lo: in "as they plan for
// elections later this year, I will attend the conference" the date is the
// elections'.
func subordinateBefore(u *unit, k, lo int) bool {
	if k >= lo {
		return false
	}
	comma := false
	for j := k + 1; j < lo; j++ {
		if u.toks[j].Text == "," {
			comma = true
		}
	}
	if !comma {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		t := u.toks[j]
		if t.Text == "," || t.Text == ";" {
			return false
		}
		if subordinators[t.Lower] {
			return true
		}
	}
	return false
}

// subordinators open a subordinate clause whose dates are its own: "as
// they plan for elections later this year, …".
var subordinators = map[string]bool{"as": true, "while": true, "when": true, "whereas": true, "because": true, "since": true, "although": true, "though": true, "if": true, "unless": true}

// coordinatedAfter reports a date at k that opens a clause coordinated
// after the event ending at end: ", and tomorrow, I will meet his deputy"
// (a comma and a coordinating word right before the date, a comma right
// after it).
func coordinatedAfter(u *unit, end, k int) bool {
	if k < end+2 || u.toks[k-2].Text != "," || !coordinators[u.toks[k-1].Lower] {
		return false // ", and his delegation on December 8": no clause opens
	}
	for j := k; j < len(u.toks) && u.inTx[j]; j++ {
		if j+1 < len(u.toks) && !u.inTx[j+1] {
			return u.toks[j+1].Text == ","
		}
	}
	return false
}

// coordinators join two clauses after a comma: ", and tomorrow, …".
var coordinators = map[string]bool{"and": true, "but": true, "while": true, "whereas": true}

// shareOneByOneDate gives the events of one event word, met one by one
// (see oneByOne), the date one of them found: "meetings with the envoys
// of A and B and a delegation of C today" are all today.
func shareOneByOneDate(ds []*draft) {
	for _, d := range ds {
		if d.tx != nil {
			continue
		}
		for _, o := range ds {
			if o != d && o.tx != nil && o.lo == d.lo && o.hi == d.hi {
				d.tx, d.txWhy = o.tx, because("date/one-by-one", o.tx.Text)
				break
			}
		}
	}
}

// singularEventNoun reports a mention whose event word is a noun in the
// singular ("Meeting with Ukrainian Officials"), not a verb ("meets
// with") or a plural ("meetings").
func (x *extraction) singularEventNoun(d *draft) bool {
	u := &x.units[d.unit]
	info, n := lex.triggers.match(u.toks, d.lo)
	return n > 0 && info.Noun && !strings.HasSuffix(u.toks[d.hi-1].Lower, "s")
}

// sentenceHasWord reports whether the sentence of d has word (lower case).
func (x *extraction) sentenceHasWord(d *draft, word string) bool {
	for _, t := range x.units[d.unit].toks {
		if t.Lower == word {
			return true
		}
	}
	return false
}

// planForLead reports a plan r ("The two presidents agreed to meet in
// Astana in the first half of the year") of another kind than the lead's
// news d, told with no cue of plan ("had a telephone conversation"): the
// call the article reports is not the meeting it plans. A headline's noun
// has no tense of its own and takes its report's, but when the lead
// reports an event of the headline's kind, the headline is that one.
func (x *extraction) planForLead(d, r *draft) bool {
	if r.cue != timeline.Planned || d.cue != "" || r.m.Kind == d.m.Kind {
		return false
	}
	u := &x.units[d.unit]
	return u.lead || u.headline && slices.ContainsFunc(x.drafts, func(o *draft) bool {
		return x.units[o.unit].lead && o.m.Kind == d.m.Kind && o.cue == ""
	})
}

// plannedAfter reports a plan (d) that cannot be the event r dates in the
// past: "you and I will talk" is not the videoconference "we held in
// June", and "The leaders will meet again at the G20 summit" is not the
// call they held today, told with no cue of plan.
func (x *extraction) plannedAfter(d, r *draft) bool {
	if d.cue != timeline.Planned || r.m.When == nil {
		return false
	}
	return r.m.When.Range.Last < x.anchor.Date || r.cue == "" && r.m.When.Range.Last == x.anchor.Date
}

// doneForPlan reports an event told done (d: "where he held three days
// of talks with X") that cannot be the plan r dates ahead ("X and Y will
// meet in Geneva May 14-15"): the report of the past is another event.
func (x *extraction) doneForPlan(d, r *draft) bool {
	if d.cue != "" || r.cue != timeline.Planned || r.m.When == nil || r.m.When.Range.First <= x.anchor.Date {
		return false
	}
	return toldDone(&x.units[d.unit], d.lo)
}

// maxDoneReach is how many words before an event word its past verb may
// stand: "held three days of talks".
const maxDoneReach = 5

// toldDone reports a past form at the event word at lo or a few words
// before it in its clause: "met", "held three days of talks".
func toldDone(u *unit, lo int) bool {
	for k := lo; k >= 0 && k >= lo-maxDoneReach; k-- {
		if k < lo && u.brk[k] {
			return false
		}
		if t := u.toks[k]; t.Word && !t.Cap && resolve.IsPastCue(t.Lower) {
			return true
		}
	}
	return false
}

// maxSidelinesBack is how many sentences back the gathering of a bare "on
// the sidelines" may be told.
const maxSidelinesBack = 4

// maxSidelinesRefBack is as far back as "on the margins of the summit"
// finds the summit: the gathering the article is about.
const maxSidelinesRefBack = 12

// dateOnBareSidelines dates an undated event whose sentence says it was
// held "on the sidelines" (or "on the margins") without naming of what:
// they are those of the dated gathering told last before it, whose days
// and place it takes (date/bare-sidelines). "ASEAN leaders opened their
// summit on Tuesday. … On the sidelines, Widodo held talks with Marcos."
func (x *extraction) dateOnBareSidelines() {
	for i, d := range x.drafts {
		if d.m.When != nil || d.ref || d.m.Kind == timeline.Summit {
			continue
		}
		bare, named := bareSidelines(&x.units[d.unit])
		if !bare {
			continue
		}
		reach := maxSidelinesBack
		if named {
			reach = maxSidelinesRefBack // "of the summit": the article's gathering, further back
		}
		for j := i - 1; j >= 0; j-- {
			o := x.drafts[j]
			if d.unit-o.unit > reach || x.units[o.unit].headline {
				break
			}
			if o.ref || !gatheringDraft(o) || o.m.When == nil || !x.keep(o) {
				continue
			}
			if d.cue != timeline.Planned && o.m.When.Range.First > x.anchor.Date {
				continue // "held talks on the sidelines": not of a gathering still to come
			}
			w := *o.m.When
			w.Basis = timeline.FromReference
			d.m.When = &w
			d.why.date = because("date/bare-sidelines", string(o.m.Kind), x.sentenceText(o))
			d.m.Source.Explain = fmt.Sprintf("on the sidelines of the %s of %q: %s", o.m.Kind, clip(x.sentenceText(o), 80), w.Value)
			if d.m.Place == "" && o.m.Place != "" {
				d.m.Place, d.why.place = o.m.Place, because("place/bare-sidelines", o.m.Place, string(o.m.Kind))
			}
			break
		}
	}
}

// gatheringDraft reports a summit, or a summit of two that is a meeting
// ("A and B held a summit"): a gathering whose sidelines others meet on.
func gatheringDraft(o *draft) bool {
	return o.m.Kind == timeline.Summit || o.why.kind.rule == "kind/bilateral-summit"
}

// bareSidelines reports a sentence that says "on the sidelines" or "on
// the margins" with no "of" after it, or (named) with "of the" and a
// gathering's noun that names no gathering: "on the margins of the
// summit" is of the summit told before, as "during the summit" and "at
// the summit" are.
func bareSidelines(u *unit) (bare, named bool) {
	for k := 0; k+2 < len(u.toks); k++ {
		if (u.toks[k].Lower == "during" || u.toks[k].Lower == "at") && k > 0 && gatheringBackRef(u, k+1) {
			return true, true
		}
		if u.toks[k].Lower == "on" && u.toks[k+1].Lower == "the" && (u.toks[k+2].Lower == "sidelines" || u.toks[k+2].Lower == "margins") {
			if k+3 >= len(u.toks) || u.toks[k+3].Lower != "of" {
				return true, false
			}
			if gatheringBackRef(u, k+4) {
				return true, true
			}
		}
	}
	return false, false
}

// gatheringBackRef reports "the" at k and the noun of a summit with no
// name after it: "the summit", "the conference", or in a release's
// capitals "the Summit".
func gatheringBackRef(u *unit, k int) bool {
	if k+1 >= len(u.toks) || u.toks[k].Lower != "the" || u.entAt[k+1] > 0 {
		return false
	}
	info, n := lex.triggers.match(u.toks, k+1)
	if n == 0 || info.Kind != timeline.Summit {
		return false
	}
	end := k + 1 + n
	return end >= len(u.toks) || u.toks[end].Lower != "of" && !u.toks[end].Cap
}
