package extract

import (
	"sort"
	"strings"
	"sync"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
	"github.com/rickb777/date/v2"
)

// Extract finds the diplomatic event mentions of one article: calls,
// meetings, visits, talks and summits, each with its participants, place,
// status, date and the sentence that reports it. Mentions come in text
// order, the headline first; Merge joins the mentions of one real event.
//
// Dates come from package resolve, run once over the body (and once over
// the headline) with the article's anchor. A mention takes the date
// expression of its own clause; one with none takes the date of the
// mention it refers to in the same article ("the call", "talks with X"
// reported elsewhere with a date, basis FromReference); an event the
// headline or lead reports with no date at all is dated by the publication
// day (basis FromPublication). Otherwise When is nil: no date is invented.
//
// Extract never panics and is deterministic.
func Extract(a timeline.Article) []timeline.Mention {
	b := buffers.Get().(*extractBuffers)
	ms := extract(a, b)
	if b.reusable() {
		buffers.Put(b)
	}
	return ms
}

// An Extractor extracts mentions as Extract does, keeping its working
// buffers (tokens, sentences, per-token indexes) from one article to the
// next instead of taking them from a pool that every garbage collection
// empties. A program that extracts many articles on a goroutine gives it
// one Extractor. The zero value is ready to use; an Extractor must not be
// used by two goroutines at once.
type Extractor struct{ buf extractBuffers }

// Extract is like the package-level Extract.
func (e *Extractor) Extract(a timeline.Article) []timeline.Mention {
	ms := extract(a, &e.buf)
	if !e.buf.reusable() {
		e.buf = extractBuffers{} // do not keep one huge article's buffers
	}
	return ms
}

func extract(a timeline.Article, b *extractBuffers) []timeline.Mention {
	x := newExtraction(a, b)
	defer x.release()
	x.findEvents()
	x.date()
	return x.mentions()
}

// unit is a sentence (or the headline) with what was found in it.
type unit struct {
	text     string // the source text the offsets refer to (headline or body)
	toks     []token
	start    int // byte span in text
	end      int
	headline bool
	lead     bool
	// beforeSequence marks a unit among the sequenceReach before one
	// that opens with a word of sequence-openers, or a unit that opens
	// with "On <day>,": its dates may date what the narrative says next
	// (see dateBySequence, dateByFrame).
	beforeSequence bool
	narrativeDay   bool // the sentence tells a day of the narrative ("the next day")
	mayReport      bool // the sentence may report an event (see mayReportTokens)
	para           int
	ents           []entity
	entAt          []int32 // token → index+1 of the entity starting there, 0 for none
	entEnd         []int32 // token → index+1 of the entity ending there, 0 for none
	txs            []resolve.Timex
	txTok          []int // token index where each timex starts
	inTx           []bool
	brk            []bool // token ends a clause (see isClauseBreak)
}

// draft is a mention being built.
type draft struct {
	m      timeline.Mention
	unit   int
	lo, hi int // trigger tokens
	end    int // end of the trigger's phrase: the other party's name included
	ref    bool
	venue  bool
	// attended: a format's session that someone named attends ("Salas
	// will attend the G20 summit"): an event even without a date.
	attended bool
	// ahead: a format's session named as one still to come ("the
	// upcoming NATO Summit"): an event even without a date.
	ahead bool
	// sidelines is, for a gathering, 1 + the index of the event word of
	// the event held on its sidelines ("met on the sidelines of the UN
	// General Assembly"), whose date it shares; 0 for none.
	sidelines int
	bound     refBound
	boundKind timeline.Kind
	tx        *resolve.Timex
	txWhy     reason          // why tx dates the mention
	cue       timeline.Status // from the clause's words; "" for none
	cueWord   string          // the word that gave cue
	cueWhy    reason          // set when cue came from another mention
	// generic: the clause makes the event a topic or a wish ("the need
	// for talks"); kept only with a date of its own.
	generic bool
	// hypothetical: an event that may or may not be arranged ("a possible
	// visit"); never kept.
	hypothetical bool
	// trip is the first leg of the trip this visit is a leg of (see
	// nextLegs); nil for other mentions.
	trip *draft
	// afterStart marks a later leg of a trip whose sentence dates only
	// its start (see startDayFirstLeg): no rule dates it.
	afterStart bool
	// why is the reasons the rules gave for each field.
	why trail
	// absorbedBy are, for a leg of a trip, the meetings and talks held on
	// it (see tripLegOf): when one of them is kept, the visit is not an
	// event of its own.
	absorbedBy []*draft
	// gap is set on an event told again with its verb left out (see
	// gappedDrafts): where its date and that of the event it repeats are.
	gap *gapDates
	// onLeg is, for a meeting or talks, the leg of a trip it took place
	// on (see tripLegOf).
	onLeg *draft
	// oneByOne marks the events of one event word with people met one by
	// one (see oneByOne).
	oneByOne bool
	// inRelative marks an event told in a relative clause beside another
	// event of the same people ("spoke with Tajani, whom he had met in
	// February"): an earlier event, which dates no other report.
	inRelative bool
	// datedRef marks a reference with a date of its own in its noun
	// phrase ("the November 23 meeting"): another event of the same
	// parties, which keeps its kind and does not date what it follows.
	datedRef bool
}

// asWellAs reports the "as" of "as well as", which joins the items of a
// list and opens no clause.
func asWellAs(toks []token, k int) bool {
	return toks[k].Lower == "as" && (k+1 < len(toks) && toks[k+1].Lower == "well" || k > 0 && toks[k-1].Lower == "well")
}

// extractBuffers are the per-article working arrays, reused through a
// pool: tokens and per-token indexes are the bulk of what extraction
// allocates, and nothing of them outlives Extract (mentions keep strings,
// not tokens).
type extractBuffers struct {
	toks []token // the body's
	head []token // the headline's
	// low holds the lower-case forms of the capitalised words of the
	// headline's and the body's tokens. Nothing of it outlives Extract
	// either: mentions copy every string they keep (see mentions).
	low   lowerBuffer
	sents []sentence
	units []unit
	ents  []entity // of every unit, which slice it
	// unitEnts is each unit's slice of ents while the article is read.
	unitEnts [][]entity
	index    []int32
	flag     []bool
	// txs and txTok back every unit's timexes and their first tokens, as
	// ents backs the entities.
	txs   []resolve.Timex
	txTok []int
	// spans are the sentences handed to the resolver.
	spans []resolve.Span
	// datePairs is assignTimexes' scratch list of one sentence.
	datePairs []datePair
	// rescheduled is pairDates' scratch list of what each date of a
	// sentence says of a rescheduled event (see rescheduledDates).
	rescheduled []rescheduleMark
	// tagger keeps the resolver's scratch buffers (its own tokens and the
	// lower-cased text) from one article to the next; the timexes it
	// returns are fresh and owe nothing to them.
	tagger resolve.Tagger
	// reasons keeps the reasons written out lately, from one article to
	// the next (see reasonCache).
	reasons reasonCache
	// slab backs the article's drafts (newDraft): a draft is large and an
	// event-dense article keeps hundreds, which allocated one by one were
	// about a twelfth of the bytes a build allocates. No draft outlives
	// Extract: mentions copy what they keep (see mentions).
	slab draftSlab
}

// draftSlab hands out drafts from chunks kept from one article to the
// next. Chunks never move, so a draft's address holds for the article.
type draftSlab struct {
	chunks [][]draft
	used   int // drafts handed out in this article
}

// draftChunk is how many drafts a chunk of a slab holds.
const draftChunk = 32

// newDraft is a draft of the slab set to d, in O(1).
func (s *draftSlab) newDraft(d *draft) *draft {
	c := s.used / draftChunk
	if c == len(s.chunks) {
		s.chunks = append(s.chunks, make([]draft, draftChunk))
	}
	p := &s.chunks[c][s.used%draftChunk]
	*p = *d
	s.used++
	return p
}

// reset clears the drafts handed out, so that they keep nothing of the
// article alive, and makes them free again.
func (s *draftSlab) reset() {
	for c := 0; c*draftChunk < s.used; c++ {
		clear(s.chunks[c][:min(draftChunk, s.used-c*draftChunk)])
	}
	s.used = 0
}

var buffers = sync.Pool{New: func() any { return new(extractBuffers) }}

// maxPooledTokens keeps one huge article from pinning its buffers.
const maxPooledTokens = 1 << 20

func (b *extractBuffers) ints(n int) []int32 {
	if cap(b.index) < n {
		b.index = make([]int32, n)
	}
	b.index = b.index[:n]
	clear(b.index)
	return b.index
}

func (b *extractBuffers) flags(n int) []bool {
	if cap(b.flag) < n {
		b.flag = make([]bool, n)
	}
	b.flag = b.flag[:n]
	clear(b.flag)
	return b.flag
}

// release hands the buffers back for the next article, clearing most of
// what refers to this one.
func (x *extraction) release() {
	b := x.buf
	if b != nil {
		b.units = x.units
	}
	x.buf, x.units = nil, nil
	if b == nil || !b.reusable() {
		return
	}
	// Drop references to the article's text, except from the body's
	// tokens: clearing megabytes of them for every article cost more than
	// the one stale article body per buffer they keep alive (until the
	// next article overwrites them).
	b.toks = b.toks[:0]
	b.low.reset() // the tokens that refer to it are done with
	clear(b.head)
	b.head = b.head[:0]
	clear(b.sents)
	b.sents = b.sents[:0]
	clear(b.units)
	b.units = b.units[:0]
	clear(b.ents)
	b.ents = b.ents[:0]
	clear(b.unitEnts[:cap(b.unitEnts)])
	clear(b.txs)
	b.txs = b.txs[:0]
	b.slab.reset()
}

// reusable reports whether the buffers are small enough to keep for the
// next article: one huge article must not pin its buffers.
func (b *extractBuffers) reusable() bool { return cap(b.toks) <= maxPooledTokens }

// newDraft is a copy of d that lives until the article is done: from the
// buffers' slab when there are buffers.
func (x *extraction) newDraft(d *draft) *draft {
	if x.buf == nil {
		p := new(draft)
		*p = *d
		return p
	}
	return x.buf.slab.newDraft(d)
}

// reasons is the cache of written-out reasons: the buffers' when there
// are buffers.
func (x *extraction) reasons() *reasonCache {
	if x.buf == nil {
		return nil
	}
	return &x.buf.reasons
}

type extraction struct {
	buf    *extractBuffers
	a      timeline.Article
	anchor resolve.Anchor
	units  []unit
	cast   *cast
	remote bool // the headline has a phone or video cue
	drafts []*draft
	// turnList is the speaker labels of a transcript, read once (see
	// turns).
	turnList  []turn
	turnsRead bool
}

// headlineRemoteCues are the remote cues that count in a headline: there
// "call" is always the event ("… after call with Biden").
var headlineRemoteCues = vocab.Set("headline-remote-cues")

// isRemoteCue and isHeadlineRemoteCue test the two sets through their
// filters: every headline word of every article is looked up.
var isRemoteCue, isHeadlineRemoteCue = newQuickSet(remoteCues).has, newQuickSet(headlineRemoteCues).has

func newExtraction(a timeline.Article, buf *extractBuffers) *extraction {
	x := &extraction{a: a, anchor: a.DateAnchor()}
	start := a.Dateline.End
	if start < 0 || start > len(a.Body) {
		start = 0
	}
	x.buf = buf
	x.units = x.buf.units[:0]
	if h := strings.TrimSpace(a.Headline); h != "" {
		x.buf.head = tokenizeLowerInto(x.buf.head, &x.buf.low, a.Headline, 0)
		toks := x.buf.head
		if len(toks) > 0 {
			x.units = append(x.units, unit{text: a.Headline, toks: toks, start: toks[0].Start, end: toks[len(toks)-1].End, headline: true, para: -1})
			for _, t := range toks {
				if isRemoteCue(t.Lower) || isHeadlineRemoteCue(t.Lower) {
					x.remote = true
				}
			}
		}
	}
	x.buf.toks = tokenizeLowerInto(x.buf.toks, &x.buf.low, a.Body[start:], start)
	bodyToks := x.buf.toks
	if !tagEveryUnit && !mayReportTokens(bodyToks) && (len(x.units) == 0 || !mayReportTokens(x.units[0].toks)) {
		// Most news reports no diplomatic event: an article with no event
		// word, format or word of diplomacy anywhere has no mention to
		// find, and the names, dates and sentences are not worth reading.
		x.units = x.units[:0]
		return x
	}
	x.buf.sents = splitSentencesInto(x.buf.sents, bodyToks)
	sents := x.buf.sents
	if need := len(sents) + len(x.units); cap(x.units) < need {
		x.units = append(make([]unit, 0, need), x.units...)
	}
	for k, s := range sents {
		x.units = append(x.units, unit{text: a.Body, toks: s.Toks, start: s.Start, end: s.End, lead: k == 0, para: int(s.Toks[0].Para)})
	}
	// One backing array for the per-token indexes of every unit.
	total := 0
	for i := range x.units {
		total += len(x.units[i].toks) + 1
	}
	ints := x.buf.ints(2 * total)
	flags := x.buf.flags(2 * total)
	for i := range x.units {
		u := &x.units[i]
		n := len(u.toks) + 1
		u.entAt, u.entEnd = ints[:n:n], ints[n:2*n:2*n]
		u.inTx, u.brk = flags[:n-1:n-1], flags[n:2*n-1:2*n-1]
		ints, flags = ints[2*n:], flags[2*n:]
		for k := range u.toks {
			u.brk[k] = isClauseBreak(&u.toks[k]) && !asWellAs(u.toks, k)
		}
	}
	if cap(x.buf.unitEnts) < len(x.units) {
		x.buf.unitEnts = make([][]entity, len(x.units))
	}
	all := x.buf.unitEnts[:len(x.units)]
	// One pooled array for the entities of every unit (about one per 8
	// tokens in news text); each unit's slice is capped so that none can
	// grow into the next.
	ents := x.buf.ents[:0]
	if need := len(bodyToks)/8 + 8; cap(ents) < need {
		ents = make([]entity, 0, need)
	}
	for i := range x.units {
		n := len(ents)
		ents = recogniseAppend(ents, x.units[i].toks)
		all[i] = ents[n:len(ents):len(ents)]
	}
	x.buf.ents = ents
	dropUnanchoredBodies(x.units, all)
	x.attachTimexes(start)
	if len(x.units) > 0 && x.units[0].headline && isTitleCase(x.units[0].toks) {
		all[0] = trustedHeadlineNames(all[0], all[1:])
	}
	x.cast = buildCast(all)
	fillOffices(x.cast, x.units, all)
	lastOrg := "" // the organisation named last, which "the bloc" stands for
	for i := range x.units {
		u := &x.units[i]
		// A lone capitalised word is a person only as a short name of
		// someone the article names in full ("Biden"); otherwise it is a
		// sentence opener, an unknown organisation, or a typo, and must
		// not stand in a list of names.
		ents := all[i][:0]
		for _, e := range all[i] {
			if e.Kind == entPerson && !e.Titled && !strings.Contains(e.Name, " ") && x.cast.find(e) == nil {
				if e.Hi-e.Lo < 3 || u.toks[e.Hi-2].Lower != "'s" {
					continue
				}
				// "Brazil's Lula", no one the article names in full: the
				// country, as its possessive says
				e = entity{Lo: e.Lo, Hi: e.Hi, Kind: entCountry, Name: e.Country, Country: e.Country}
			}
			ents = append(ents, e)
		}
		u.ents = ents
		if d := x.orgDescriptors(u, &lastOrg); len(d) > 0 {
			u.ents = mergeEntities(u.ents, d) // "the bloc", for the organisation named before
		}
		for k, e := range u.ents {
			u.entAt[e.Lo] = int32(k + 1)
			u.entEnd[e.Hi-1] = int32(k + 1)
			// A word of a name breaks no clause: the "States" of
			// "United States" is not the reporting verb.
			clear(u.brk[e.Lo:e.Hi])
		}
	}
	x.readCopularCountries()
	return x
}

// maxNarrativeBack is how many sentences back a day of the narrative
// ("the same day", "the next day") finds the day it counts from.
const maxNarrativeBack = 8

// attachTimexes runs the resolver and gives each unit the date expressions
// that can date an event: calendar dates and times, not durations, sets or
// "now"-like values, and not the dateline.
//
// Only the units that may report an event (see mayReportTokens) are tagged, each
// as a text of its own: the dates of the others are never read, and in
// news at large most sentences report no diplomatic event. A date
// expression never spans two sentences, and the resolver reads the tense
// and the year of an expression within its own sentence, so a sentence
// tagged alone gets the dates it gets in the whole body. A sentence that
// tells a day of the narrative ("On the same day, …") is the exception: it
// is read with the sentences tagged up to maxNarrativeBack before it, so
// that the day they name carries into it.
func (x *extraction) attachTimexes(bodyStart int) {
	spans := x.buf.spans[:0]
	var head []resolve.Timex
	// before counts down the units still to tag because a unit after them
	// opens with a sequence word (see dateBySequence).
	before := 0
	narrative := false // the unit after i tells a day of the narrative
	for i := len(x.units) - 1; i >= 0; i-- {
		if i+1 < len(x.units) && sequenceOpener(x.units[i+1].toks) != "" {
			before = sequenceReach
		}
		x.units[i].beforeSequence = before > 0 || opensOnDay(x.units[i].toks) || narrative
		// (only a sentence that may report an event needs the day)
		x.units[i].mayReport = mayReportTokens(x.units[i].toks)
		narrative = !x.units[i].headline && x.units[i].mayReport && tellsNarrativeDay(x.units[i].toks)
		x.units[i].narrativeDay = narrative
		if before > 0 {
			before--
		}
	}
	headed := false // the unit before i is a day heading, tagged with i
	for i := range x.units {
		u := &x.units[i]
		if headed {
			headed = false
			continue
		}
		if isDayHeading(u) && i+1 < len(x.units) && x.units[i+1].para == u.para {
			// "MONDAY: X begins a visit": the heading's day is read with
			// the sentence it heads, whose verb gives its tense
			spans = append(spans, resolve.Span{Start: max(u.start, bodyStart), End: x.units[i+1].end})
			headed = true
			continue
		}
		if !tagEveryUnit && !u.mayReport && !bracketsDay(u.toks) && !u.beforeSequence {
			continue
		}
		if u.headline {
			head = x.buf.tagger.TagSpans(x.a.Headline, x.anchor, []resolve.Span{{Start: u.start, End: u.end}})
			continue
		}
		if len(spans) > 0 && u.narrativeDay {
			// "On 17 July, … The following day, …", "… met X the next
			// day", "On April 11, … (other paragraphs) … On the same day,
			// …": one text from the sentences tagged maxNarrativeBack
			// before, so that the day named there carries into this one
			from := x.units[max(0, i-maxNarrativeBack)].start
			j := len(spans) - 1
			for j > 0 && spans[j-1].End > from {
				j--
			}
			spans = append(spans[:j], resolve.Span{Start: spans[j].Start, End: u.end})
			continue
		}
		spans = append(spans, resolve.Span{Start: max(u.start, bodyStart), End: u.end})
	}
	x.buf.spans = spans
	var body []resolve.Timex
	if len(spans) > 0 {
		body = x.buf.tagger.TagSpans(x.a.Body, x.anchor, spans)
	}
	// Every unit's timexes go into one pooled array; each unit's slice is
	// capped so that none can grow into the next.
	txs, txTok := x.buf.txs[:0], x.buf.txTok[:0]
	for i := range x.units {
		u := &x.units[i]
		src := body
		if u.headline {
			src = head
		}
		n := len(txs)
		lo := sort.Search(len(src), func(k int) bool { return src[k].Start >= u.start })
		for k := lo; k < len(src) && src[k].Start < u.end; k++ {
			t := &src[k]
			if !usableTimex(t) || t.End > u.end {
				continue
			}
			txs = append(txs, *t)
		}
		if len(txs) == n {
			continue
		}
		u.txs = txs[n:len(txs):len(txs)]
		for _, t := range u.txs {
			first := sort.Search(len(u.toks), func(k int) bool { return u.toks[k].End > t.Start })
			txTok = append(txTok, first)
			for k := first; k < len(u.toks) && u.toks[k].Start < t.End; k++ {
				u.inTx[k] = true
				u.brk[k] = false // a dash inside a date ("February 18–20") breaks no clause
			}
			if first > 0 && periodOpeners[u.toks[first-1].Lower] {
				u.brk[first-1] = false // "met for the first time since 2019 on Friday": a preposition, no clause
			}
		}
		u.txTok = txTok[len(txTok)-len(u.txs) : len(txTok) : len(txTok)]
	}
	x.buf.txs, x.buf.txTok = txs, txTok
}

// periodOpeners are clause openers that, right before a date, are the
// preposition of the period it opens (vocab's period-openers): "since
// 2019". Such a date dates no event (see pairDates).
var periodOpeners = vocab.Set("period-openers")

// mayReportTokens reports whether toks (an article, or one unit of it)
// hold anything findEvents makes a mention of: an event word or phrase,
// the name of a format, or a word of diplomacy that venueDrafts reads. It
// may say yes for text with no mention, never no for text with one.
func mayReportTokens(toks []token) bool {
	for i := range toks {
		m := toks[i].Mask
		// A word may carry several bits ("headed" leads a delegation and
		// is a trip): each is tested on its own.
		if m&firstDiplomacy != 0 || m&firstAttendAbroad != 0 && mayAttendAbroad(toks, i) {
			return true
		}
		if m&firstPresence != 0 {
			if i+2 < len(toks) && toks[i+1].Lower == "in" && toks[i+2].Cap {
				return true // "was in Lima"
			}
			if i+4 < len(toks) && toks[i+3].Lower == "in" && toks[i+4].Cap && stayVerbs[toks[i].Lower] {
				return true // "will spend three days in Peru"
			}
		}
		if m&firstTrigger != 0 {
			if _, n := lex.triggers.match(toks, i); n > 0 || splitDestinationAhead(toks, i) {
				return true
			}
		}
		if m&firstFormat != 0 {
			if _, n := lex.formats.match(toks, i); n > 0 {
				return true
			}
		}
		if m&(firstGathering|firstSessionBody) != 0 && toks[i].Cap {
			return true // a gathering's name: "the Munich Security Conference", "the UN General Assembly"
		}
	}
	return false
}

// mayAttendAbroad is mayReportTokens' test of a word of
// attend-abroad-verbs at i: "attend" always; "represent", common in other
// senses ("represented a 5% rise"), only before a name, after "the" or
// not: "will represent Chile at the inauguration"; a verb of
// delegation-lead-verbs ("led") only before a delegation noun.
func mayAttendAbroad(toks []token, i int) bool {
	if delegationLeadVerbs[toks[i].Lower] {
		// "led", "headed": only before a delegation ("led the Chilean
		// delegation to …")
		for j := i + 2; j < len(toks) && j <= i+1+maxDelegationWords; j++ {
			if delegationNouns[toks[j].Lower] {
				return true
			}
		}
		return false
	}
	if !strings.HasPrefix(toks[i].Lower, "represent") {
		return true
	}
	j := i + 1
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	return j < len(toks) && toks[j].Cap
}

// bracketsDay reports a day of the month written in brackets ("today
// (16)"): the resolver learns from it the day a story was written, which
// dates what follows.
func bracketsDay(toks []token) bool {
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Text == "(" && toks[k+2].Text == ")" && len(toks[k+1].Text) <= 2 && isDigit(toks[k+1].Text[0]) {
			return true
		}
	}
	return false
}

// compoundAdjective reports a participle glued by a hyphen to the word
// before it ("German-speaking countries", "a long-awaited summit", "the
// US-hosted talks"): part of an adjective, not the verb of an event.
func compoundAdjective(toks []token, i int) bool {
	if i < 2 || toks[i-1].Text != "-" || toks[i-1].End != toks[i].Start || toks[i-2].End != toks[i-1].Start || !toks[i-2].Word {
		return false
	}
	w := toks[i].Lower
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")
}

// modifiesFormat reports a named format right after an event word, which
// the word then describes: "a ministerial UN Security Council debate" is
// the debate, one session, not a ministerial besides it.
func modifiesFormat(u *unit, at int) bool {
	return at < len(u.toks) && u.entAt[at] > 0 && u.ents[u.entAt[at]-1].Kind == entFormat && u.ents[u.entAt[at]-1].Lo == at
}

// tagEveryUnit makes Extract read every article and tag every unit, so
// that a test can hold its output to what it is with the shortcuts of
// mayReportTokens.
var tagEveryUnit = false

func usableTimex(t *resolve.Timex) bool {
	if t.Type != resolve.Date && t.Type != resolve.Time {
		return false
	}
	if t.Range == nil || strings.HasSuffix(t.Value, "_REF") {
		return false
	}
	return t.Range.First != date.Zero && t.Range.Last >= t.Range.First
}

// findEvents finds the triggers and named formats of every unit and turns
// each into a draft mention.
func (x *extraction) findEvents() {
	for ui := range x.units {
		u := &x.units[ui]
		before := len(x.drafts)
		for i := 0; i < len(u.toks); i++ {
			if k := u.entAt[i]; k > 0 {
				e := u.ents[k-1]
				if e.Kind == entFormat {
					x.formatDraft(ui, e)
				} else if f, ok := attendedSession(u, e); ok {
					x.formatDraft(ui, f) // "will attend the UN General Assembly"
				} else if f, ok := sittingSession(u, e); ok {
					x.formatDraft(ui, f) // "the UN Security Council adopted a resolution on 25 March"
				} else if f, ok := datedSession(u, e); ok {
					x.formatDraft(ui, f) // "ahead of the December European Council"
				}
				i = e.Hi - 1
				continue
			}
			if u.toks[i].Mask&firstTrigger == 0 {
				if u.toks[i].Mask&firstAttendAbroad != 0 {
					x.attendedAbroadDraft(ui, i) // "will attend the inauguration in Mexico City"
				}
				continue
			}
			info, n := lex.triggers.match(u.toks, i)
			if n == 0 {
				if info, hi, ok := splitDestination(u, i); ok {
					x.triggerDraft(ui, i, hi, info) // "flew on Monday to Lima"
					i = hi - 1
					continue
				}
				if u.toks[i].Lower == "in" {
					x.presenceAbroadDraft(ui, i) // "will be in Lima on Monday and Tuesday"
				}
				if u.toks[i].Mask&firstAttendAbroad != 0 {
					x.attendedAbroadDraft(ui, i) // "headed the delegation at the funeral of …" ("headed to" is a trip)
				}
			}
			if n == 2 && callOnDay(u, i, i+1) {
				info, n = lex.triggers.matchUpTo(u.toks, i, 1) // "held a call on Friday": no call on someone
			}
			if n == 0 || compoundAdjective(u.toks, i) || modifiesFormat(u, i+n) {
				continue
			}
			x.triggerDraft(ui, i, i+n, info)
			i += n - 1
		}
		x.gappedDrafts(ui, before)
		x.venueDrafts(ui, before)
		x.dedupe(before)
	}
}
