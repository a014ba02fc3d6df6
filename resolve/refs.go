package resolve

// References without a calendar position, TimeML PRESENT_REF, PAST_REF
// and FUTURE_REF: "now", "currently", "recently", "the past", "in the
// future", "at the time", "recent years", "current".

// refPhrases are fixed phrases with a TimeML reference value; need is a
// word that must precede the phrase, left out of the span ("at the time"
// is tagged "the time").
var refPhrases = []refPhrase{
	{[]string{"right", "now"}, "", refPresent},
	{[]string{"the", "present"}, "", refPresent},
	{[]string{"present"}, "at", refPresent},
	{[]string{"the", "moment"}, "at", refPresent},
	{[]string{"this", "moment"}, "at", refPresent},
	{[]string{"this", "time"}, "at", refPresent},
	{[]string{"this", "crucial", "moment"}, "at", refPresent},
	{[]string{"this", "critical", "moment"}, "at", refPresent},
	{[]string{"this", "difficult", "moment"}, "at", refPresent},
	{[]string{"this", "delicate", "moment"}, "at", refPresent},
	{[]string{"this", "decisive", "moment"}, "at", refPresent},
	{[]string{"this", "stage"}, "at", refPresent},
	{[]string{"this", "point"}, "at", refPresent},
	{[]string{"these", "days"}, "", refPresent},
	{[]string{"the", "time"}, "at", refPast},
	{[]string{"that", "time"}, "at", refPast},
	{[]string{"the", "past"}, "", refPast},
	{[]string{"the", "future"}, "", refFuture},
	{[]string{"the", "near", "future"}, "", refFuture},
	{[]string{"the", "distant", "future"}, "", refFuture},
	{[]string{"the", "foreseeable", "future"}, "", refFuture},
	{[]string{"the", "near", "term"}, "", refFuture},
	{[]string{"the", "short", "term"}, "", refFuture},
	{[]string{"the", "long", "term"}, "", refFuture},
	{[]string{"as", "soon", "as", "possible"}, "", refFuture},
	{[]string{"a", "later", "date"}, "at", refFuture},
	{[]string{"a", "future", "date"}, "at", refFuture},
}

// refPhrase is one entry of refPhrases.
type refPhrase struct {
	words []string
	need  string
	ref   int
}

// refPhrasesByFirst holds refPhrases grouped by first word, in table
// order, so that refAt looks at only the phrases that can match.
var refPhrasesByFirst = func() map[string][]refPhrase {
	m := make(map[string][]refPhrase)
	for _, ph := range refPhrases {
		m[ph.words[0]] = append(m[ph.words[0]], ph)
	}
	return m
}()

// refAt matches PRESENT_REF, PAST_REF and FUTURE_REF expressions: "now",
// "currently", "recently", "soon", "the past", "in the future", "at the
// time", "recent years", "coming months", "current".
func (t *tagger) refAt(i int) (cand, bool) {
	if r, ok := t.is(i, cRef); ok {
		// "soon after the talks", "as soon as January": not a reference.
		if r == refFuture && (t.word(i-1) == "as" || t.word(i+1) == "after" || t.word(i+1) == "as") {
			return cand{}, false
		}
		return cand{end: i + 1, typ: Date, value: refValues[r], rule: "ref/word",
			why: t.word(i) + " refers to " + refNames[r]}, true
	}
	next := t.word(i + 1) // tested first: it rules out most phrases
	for _, ph := range refPhrasesByFirst[t.word(i)] {
		if len(ph.words) > 1 && ph.words[1] != next {
			continue
		}
		e, ok := t.matchWords(i, ph.words)
		if !ok || (ph.need != "" && t.word(i-1) != ph.need) {
			continue
		}
		// "the past two years", "the past week" are other expressions.
		if ph.ref == refPast && ph.words[1] == "past" {
			if _, _, _, ok := t.countAt(e); ok {
				return cand{}, false
			}
			if _, ok := t.is(e, cUnit); ok {
				return cand{}, false
			}
		}
		// "the future of the alliance": the prospects of something, not a time.
		if ph.ref == refFuture && ph.words[len(ph.words)-1] == "future" && t.word(e) == "of" {
			return cand{}, false
		}
		return cand{end: e, typ: Date, value: refValues[ph.ref], rule: "ref/phrase",
			why: "a fixed phrase for " + refNames[ph.ref]}, true
	}
	// "recent years", "coming weeks", "the coming months".
	j := i
	if t.word(j) == "the" {
		j++
	}
	if rel, ok := t.is(j, cRel); ok && (rel == relRecent || rel == relComing) {
		if u, ok := t.is(j+1, cUnit); ok && u&plural != 0 {
			// "in recent months": TimeML marks the stretch itself, of
			// unstated length, as a duration (PXM).
			if ui, known := unitInfos[u&^plural]; known && rel == relRecent && !ui.isTime {
				return cand{end: j + 2, typ: Duration, value: durationValue(-1, u&^plural), rule: "duration/recent",
					why: "recent " + t.word(j+1) + ": a stretch of unstated length up to the anchor"}, true
			}
			r := refPast
			if rel == relComing {
				r = refFuture
			}
			return cand{end: j + 2, typ: Date, value: refValues[r], rule: "ref/plural-unit",
				why: "an unbounded stretch of " + t.word(j+1) + " " + map[int]string{refPast: "before", refFuture: "after"}[r] + " the anchor"}, true
		}
	}
	// "in past years", "future quarters": a plural unit with no count,
	// before or after the anchor.
	if w := t.word(i); (w == "past" || w == "future") && t.word(i-1) != "the" {
		if u, ok := t.is(i+1, cUnit); ok && u&plural != 0 && u&^plural != uSecond {
			r := refPast
			if w == "future" {
				r = refFuture
			}
			return cand{end: i + 2, typ: Date, value: refValues[r], rule: "ref/plural-unit",
				why: w + " " + t.word(i+1) + ": an unbounded stretch " + map[int]string{refPast: "before", refFuture: "after"}[r] + " the anchor"}, true
		}
	}
	// "recent" before a noun: "the recent sale" refers to the past.
	if t.word(i) == "recent" && t.word(i+1) != "" {
		if _, ok := t.is(i+1, cUnit); !ok {
			return cand{end: i + 1, typ: Date, value: refValues[refPast], rule: "ref/recent",
				why: "recent refers to the past"}, true
		}
	}
	// "the then current price", "the then-current chairman": current as of
	// a time told before, which lies in the past.
	if t.word(i) == "then" {
		k := i + 1
		if t.punct(k, '-') && t.glued(k) && t.glued(k+1) {
			k++
		}
		if t.word(k) == "current" {
			return cand{end: k + 1, typ: Date, value: refValues[refPast], rule: "ref/then-current",
				why: t.text[t.toks[i].start:t.toks[k].end] + ": current at a time told before, in the past, not now"}, true
		}
	}
	// "current" before anything that is not a time unit: "current conditions".
	if t.word(i) == "current" {
		if _, ok := t.is(i+1, cUnit); !ok && t.word(i+1) != "fiscal" && t.toks[i].kind == tWord {
			return cand{end: i + 1, typ: Date, value: refValues[refPresent], rule: "ref/current",
				why: "current refers to the present"}, true
		}
	}
	return cand{}, false
}

var refNames = [...]string{"", "the present", "the past", "the future"}
