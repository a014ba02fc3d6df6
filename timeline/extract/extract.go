package extract

import (
	"slices"
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
	para     int
	ents     []entity
	entAt    []int32 // token → index+1 of the entity starting there, 0 for none
	entEnd   []int32 // token → index+1 of the entity ending there, 0 for none
	txs      []resolve.Timex
	txTok    []int // token index where each timex starts
	inTx     []bool
	brk      []bool // token ends a clause (see isClauseBreak)
}

// draft is a mention being built.
type draft struct {
	m         timeline.Mention
	unit      int
	lo, hi    int // trigger tokens
	end       int // end of the trigger's phrase: the other party's name included
	ref       bool
	venue     bool
	bound     refBound
	boundKind timeline.Kind
	tx        *resolve.Timex
	cue       timeline.Status // from the clause's words; "" for none
	// generic: the clause makes the event a topic or a wish ("the need
	// for talks"); kept only with a date of its own.
	generic bool
	// trip is the first leg of the trip this visit is a leg of (see
	// nextLegs); nil for other mentions.
	trip *draft
}

// extractBuffers are the per-article working arrays, reused through a
// pool: tokens and per-token indexes are the bulk of what extraction
// allocates, and nothing of them outlives Extract (mentions keep strings,
// not tokens).
type extractBuffers struct {
	toks  []token // the body's
	head  []token // the headline's
	sents []sentence
	units []unit
	ents  []entity // of every unit, which slice it
	index []int32
	flag  []bool
	// txs and txTok back every unit's timexes and their first tokens, as
	// ents backs the entities.
	txs   []resolve.Timex
	txTok []int
	// spans are the sentences handed to the resolver.
	spans []resolve.Span
	// tagger keeps the resolver's scratch buffers (its own tokens and the
	// lower-cased text) from one article to the next; the timexes it
	// returns are fresh and owe nothing to them.
	tagger resolve.Tagger
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
	clear(b.head)
	b.head = b.head[:0]
	clear(b.sents)
	b.sents = b.sents[:0]
	clear(b.units)
	b.units = b.units[:0]
	clear(b.ents)
	b.ents = b.ents[:0]
	clear(b.txs)
	b.txs = b.txs[:0]
}

// reusable reports whether the buffers are small enough to keep for the
// next article: one huge article must not pin its buffers.
func (b *extractBuffers) reusable() bool { return cap(b.toks) <= maxPooledTokens }

type extraction struct {
	buf    *extractBuffers
	a      timeline.Article
	anchor resolve.Anchor
	units  []unit
	cast   *cast
	remote bool // the headline has a phone or video cue
	drafts []*draft
}

// headlineRemoteCues are the remote cues that count in a headline: there
// "call" is always the event ("… after call with Biden").
var headlineRemoteCues = vocab.Set("headline-remote-cues")

func newExtraction(a timeline.Article, buf *extractBuffers) *extraction {
	x := &extraction{a: a, anchor: a.DateAnchor()}
	start := a.Dateline.End
	if start < 0 || start > len(a.Body) {
		start = 0
	}
	x.buf = buf
	x.units = x.buf.units[:0]
	if h := strings.TrimSpace(a.Headline); h != "" {
		x.buf.head = tokenizeInto(x.buf.head, a.Headline, 0)
		toks := x.buf.head
		if len(toks) > 0 {
			x.units = append(x.units, unit{text: a.Headline, toks: toks, start: toks[0].Start, end: toks[len(toks)-1].End, headline: true, para: -1})
			for _, t := range toks {
				if remoteCues[t.Lower] || headlineRemoteCues[t.Lower] {
					x.remote = true
				}
			}
		}
	}
	x.buf.toks = tokenizeInto(x.buf.toks, a.Body[start:], start)
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
			u.brk[k] = isClauseBreak(&u.toks[k])
		}
	}
	all := make([][]entity, len(x.units))
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
	for i := range x.units {
		u := &x.units[i]
		// A lone capitalised word is a person only as a short name of
		// someone the article names in full ("Biden"); otherwise it is a
		// sentence opener, an unknown organisation, or a typo, and must
		// not stand in a list of names.
		ents := all[i][:0]
		for _, e := range all[i] {
			if e.Kind == entPerson && !e.Titled && !strings.Contains(e.Name, " ") && x.cast.find(e) == nil {
				continue
			}
			ents = append(ents, e)
		}
		u.ents = ents
		for k, e := range u.ents {
			u.entAt[e.Lo] = int32(k + 1)
			u.entEnd[e.Hi-1] = int32(k + 1)
			// A word of a name breaks no clause: the "States" of
			// "United States" is not the reporting verb.
			clear(u.brk[e.Lo:e.Hi])
		}
	}
	return x
}

// anchoredBodies are organisations whose name, written bare, is also the
// name of many a national body: "the Security Council" is the UN's in a
// story about the UN, and Russia's or Ukraine's in a Kremlin readout of
// "a meeting with permanent members of the Security Council". The value is
// the word that, written in the name ("UN Security Council") or anywhere
// in the article as an organisation, makes the bare name the
// international one.
var anchoredBodies = map[string]string{
	"UN Security Council": "UN",
	"UN General Assembly": "UN",
}

// dropUnanchoredBodies removes, from the entities of every unit, the bare
// names of anchoredBodies (and the named formats that stand for them) when
// the article never names their anchor.
func dropUnanchoredBodies(units []unit, all [][]entity) {
	bodyOf := func(e *entity) string {
		switch e.Kind {
		case entOrg:
			if _, ok := anchoredBodies[e.Name]; ok {
				return e.Name
			}
		case entFormat:
			for _, p := range e.Format.Parties {
				if _, ok := anchoredBodies[p]; ok {
					return p
				}
			}
		}
		return ""
	}
	bare := func(u *unit, e *entity) bool {
		for _, t := range u.toks[e.Lo:e.Hi] {
			if t.Lower == "un" || t.Lower == "u.n." || t.Lower == "united" {
				return false
			}
		}
		return true
	}
	anchors := map[string]bool{}
	found := false
	for i := range all {
		for k := range all[i] {
			e := &all[i][k]
			if b := bodyOf(e); b != "" {
				found = true
				if !bare(&units[i], e) {
					anchors[anchoredBodies[b]] = true
				}
			} else if e.Kind == entOrg {
				anchors[e.Name] = true
			}
		}
	}
	if !found {
		return
	}
	for i := range all {
		kept := all[i][:0]
		for k := range all[i] {
			e := &all[i][k]
			if b := bodyOf(e); b != "" && !anchors[anchoredBodies[b]] && bare(&units[i], e) {
				continue
			}
			kept = append(kept, *e)
		}
		all[i] = kept
	}
}

// isTitleCase reports a headline written in Title Case ("Troops Meet Little
// Resistance"), where capitals do not mark names. A long lower-case word
// other than a preposition or conjunction ("will meet with President X")
// shows sentence case, however many names the headline holds.
func isTitleCase(toks []token) bool {
	long, caps := 0, 0
	for _, t := range toks {
		if t.Word && len(t.Text) > 3 {
			long++
			if t.Cap {
				caps++
			} else if !titleCaseMinor[t.Lower] {
				return false
			}
		}
	}
	return long >= 3 && caps*10 >= long*7
}

// titleCaseMinor are the longer words that Title Case styles may leave in
// lower case: prepositions and conjunctions.
var titleCaseMinor = vocab.Set("title-case-minor")

// trustedHeadlineNames drops the untitled names of a Title Case headline
// that the body never names: there a run of capitals is as likely a phrase
// as a person.
func trustedHeadlineNames(head []entity, body [][]entity) []entity {
	out := head[:0]
	for _, e := range head {
		if e.Kind == entPerson && !e.Titled && !namesPerson(body, e.Key) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// namesPerson reports whether any of ents is a person with surname key
// key. A headline has a name or two, so a scan of the body for each costs
// less than a set of every key the body holds.
func namesPerson(ents [][]entity, key string) bool {
	for _, s := range ents {
		for k := range s {
			if s[k].Kind == entPerson && s[k].Key == key {
				return true
			}
		}
	}
	return false
}

// attachTimexes runs the resolver and gives each unit the date expressions
// that can date an event: calendar dates and times, not durations, sets or
// "now"-like values, and not the dateline.
//
// Only the units that may report an event (see mayReportTokens) are tagged, each
// as a text of its own: the dates of the others are never read, and in
// news at large most sentences report no diplomatic event. A date
// expression never spans two sentences, and the resolver reads the tense
// and the year of an expression within its own sentence, so a sentence
// tagged alone gets the dates it gets in the whole body.
func (x *extraction) attachTimexes(bodyStart int) {
	spans := x.buf.spans[:0]
	var head []resolve.Timex
	for i := range x.units {
		u := &x.units[i]
		if !tagEveryUnit && !mayReportTokens(u.toks) {
			continue
		}
		if u.headline {
			head = x.buf.tagger.TagSpans(x.a.Headline, x.anchor, []resolve.Span{{Start: u.start, End: u.end}})
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
			}
		}
		u.txTok = txTok[len(txTok)-len(u.txs) : len(txTok) : len(txTok)]
	}
	x.buf.txs, x.buf.txTok = txs, txTok
}

// mayReportTokens reports whether toks (an article, or one unit of it)
// hold anything findEvents makes a mention of: an event word or phrase,
// the name of a format, or a word of diplomacy that venueDrafts reads. It
// may say yes for text with no mention, never no for text with one.
func mayReportTokens(toks []token) bool {
	for i := range toks {
		m := toks[i].Mask
		switch {
		case m&firstDiplomacy != 0:
			return true
		case m&firstTrigger != 0:
			if _, n := lex.triggers.match(toks, i); n > 0 {
				return true
			}
		}
		if m&firstFormat != 0 {
			if _, n := lex.formats.match(toks, i); n > 0 {
				return true
			}
		}
	}
	return false
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
				}
				i = e.Hi - 1
				continue
			}
			if u.toks[i].Mask&firstTrigger == 0 {
				continue
			}
			info, n := lex.triggers.match(u.toks, i)
			if n == 0 {
				continue
			}
			x.triggerDraft(ui, i, i+n, info)
			i += n - 1
		}
		x.venueDrafts(ui, before)
		x.dedupe(before)
	}
}

// formatDraft adds the mention of a named format unless the sentence only
// talks about it as a topic ("discussed the dialogue on strategic stability").
func (x *extraction) formatDraft(ui int, e entity) {
	u := &x.units[ui]
	if topicBefore(u, e.Lo) {
		return
	}
	for k := len(x.drafts) - 1; k >= 0 && x.drafts[k].unit == ui; k-- {
		if x.drafts[k].m.Format == e.Format.Name && !x.drafts[k].venue {
			return // the party of a call or meeting of this sentence
		}
	}
	if e.Hi < len(u.toks) && formatNotEventAfter[u.toks[e.Hi].Lower] {
		return
	}
	for k := e.Lo - 1; k >= 0 && k >= e.Lo-2; k-- {
		if formatNotEventBefore[u.toks[k].Lower] {
			return
		}
	}
	d := &draft{unit: ui, lo: e.Lo, hi: e.Hi, venue: true}
	d.m.Kind = e.Format.Kind
	d.m.Format = e.Format.Name
	if v := attendVerbBefore(u, e.Lo); v >= 0 {
		// "Putin took part in a session of the CSTO Collective Security
		// Council": the subject attends the session.
		if left := leftGroup(u, v); len(left) > 0 {
			d.m.Participants = x.participants(left, nil)
		}
	}
	for _, p := range e.Format.Parties {
		d.m.Participants = addParticipant(d.m.Participants, groupParticipant(p))
	}
	d.cue = x.statusCue(u, e.Lo, e.Hi, false)
	if d.cue == "" && isNegated(u, e.Lo) {
		return
	}
	d.m.Place = x.place(u, e.Lo, e.Hi)
	x.drafts = append(x.drafts, d)
}

// attendVerbBefore finds, a few words before a format's name at lo, the
// verb of someone taking part in its session ("took part in an
// extraordinary session of the …", "chaired the …"): the index of the
// verb's first word, or -1.
func attendVerbBefore(u *unit, lo int) int {
	for k := lo - 1; k >= 0 && k >= lo-maxAttendReach; k-- {
		if u.brk[k] {
			return -1
		}
		if _, n := attendVerbs.match(u.toks, k); n > 0 && k+n <= lo {
			return k
		}
	}
	return -1
}

// attendVerbRows are the verbs of taking part in a meeting of a format;
// attendVerbs is built from them in init, once the tokenizer's tables are
// ready (see genericCues).
var attendVerbRows = []string{
	"took part in", "take part in", "takes part in", "taking part in",
	"participated in", "participate in", "participates in", "participating in",
	"attended", "attend", "attends", "attending", "chaired", "chair", "chairs", "chairing",
	"addressed", "address", "addresses", "joined", "join", "joins",
}

var attendVerbs *phraseTable[bool]

func init() { attendVerbs = phraseSet(attendVerbRows) }

// maxAttendReach is how many words before a format's name the verb of
// attending may stand in its clause ("took part in an extraordinary
// session of the …", "joined leaders of ASEAN member states and
// representatives from Australia, … and Russia during the annual …").
const maxAttendReach = 40

// topicWords before a format make it the topic of a conversation, not an
// event of its own.
var topicWords = vocab.Set("topic-words")

func topicBefore(u *unit, lo int) bool {
	for k := lo - 1; k >= 0 && k >= lo-5; k-- {
		t := u.toks[k]
		if topicWords[t.Lower] {
			return true
		}
		if t.Text == "," || clauseOpeners[t.Lower] {
			return false
		}
	}
	return false
}

// diplomacyWords in a sentence make "at the OSCE" a venue of talks.
var diplomacyWords = vocab.Set("diplomacy-words")

// venuePrepositions introduce an organisation as the place of talks.
var venuePrepositions = vocab.Set("venue-prepositions")

// venueDrafts adds a talks mention for each organisation named as a venue
// of diplomacy in a sentence that also names formats or talks: "… with the
// Strategic Stability Dialogue, at NATO through the NATO-Russia Council, and
// at the OSCE". An organisation whose list item also names a format ("at
// NATO through the NATO-Russia Council") is that format's venue, not an
// event of its own. The venue's other parties are the countries of the
// formats listed with it, else the countries the sentence names.
func (x *extraction) venueDrafts(ui, from int) {
	u := &x.units[ui]
	cue := false
	for k := range u.toks {
		if u.toks[k].Mask&firstDiplomacy != 0 { // diplomacyWords[t.Lower], precomputed
			cue = true
			break
		}
	}
	if !cue {
		return
	}
	var countriesOfFormats []string
	for _, d := range x.drafts[from:] {
		if d.m.Format != "" {
			for _, p := range d.m.Participants {
				if p.Type == timeline.CountryParty {
					countriesOfFormats = appendUnique(countriesOfFormats, p.Name)
				}
			}
		}
	}
	for k, e := range u.ents {
		if e.Kind != entOrg || e.Lo == 0 {
			continue
		}
		p := e.Lo - 1
		if u.toks[p].Lower == "the" && p > 0 {
			p--
		}
		if !venuePrepositions[u.toks[p].Lower] {
			continue
		}
		// A format in the same list item makes the organisation its venue.
		ownFormat := false
		for j := k + 1; j < len(u.ents); j++ {
			if u.ents[j].Kind == entFormat && !hasComma(u.toks[e.Hi:u.ents[j].Lo]) {
				ownFormat = true
			}
			break
		}
		if ownFormat {
			continue
		}
		others := countriesOfFormats
		if len(others) == 0 {
			for _, o := range u.ents {
				if o.Kind == entCountry || o.Kind == entRole && o.Side {
					others = appendUnique(others, o.Country)
				}
			}
		}
		if len(others) == 0 {
			continue
		}
		d := &draft{unit: ui, lo: e.Lo, hi: e.Hi, venue: true}
		d.m.Kind = timeline.Talks
		d.m.Format = e.Name
		d.m.Participants = append(d.m.Participants, groupParticipant(e.Name))
		for _, c := range others {
			d.m.Participants = append(d.m.Participants, groupParticipant(c))
		}
		d.cue = x.statusCue(u, e.Lo, e.Hi, false)
		x.drafts = append(x.drafts, d)
	}
}

func hasComma(toks []token) bool {
	for _, t := range toks {
		if t.Text == "," || t.Text == ";" {
			return true
		}
	}
	return false
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// withWords introduce the other party of a conversation or meeting.
var withWords = vocab.Set("with-words")

// rightStops end the search for "with" after a trigger.
var rightStops = vocab.Set("right-stops")

// groupGlue may stand between the names of one list: "Biden, Macron and
// Scholz", "US President and his Ukrainian counterpart", "Russian-Serbian".
var groupGlue = vocab.Set("group-glue")

// triggerDraft builds the mention reported by the trigger toks[lo:hi].
func (x *extraction) triggerDraft(ui, lo, hi int, info triggerInfo) {
	u := &x.units[ui]
	toks := u.toks
	if lo > 0 && notEventBefore[toks[lo-1].Lower] && u.entEnd[lo-1] == 0 {
		return // a "union meeting", but an "African Union summit"
	}
	if info.Kind == timeline.Call && info.With && hi < len(toks) && notEventAfter[toks[hi].Lower] {
		return
	}
	if info.Kind == timeline.Call && info.Noun && lo > 0 && modeWords[toks[lo-1].Lower] {
		return // "talks via videoconference": the means of another event
	}
	if isNegated(u, lo) {
		return
	}
	d := &draft{unit: ui, lo: lo, hi: hi}
	d.m.Kind = info.Kind
	if info.Convertible && (sentenceRemote(u, lo, hi) || x.remote && headlineConvertible[toks[lo].Lower]) {
		d.m.Kind = remoteKind
	}

	right, with, direct := x.rightGroup(u, hi, info)
	if len(right) == 0 && (info.With || info.Object) && !info.Destination {
		if e := whomAntecedent(u, lo, info.Object); e != nil {
			right, with = []entity{*e}, true // "Saddam, with whom the king met"
		}
	}
	if len(right) > 0 {
		// "met with U.S. forces": armed forces are not a party to
		// diplomacy; an event whose only other party they are is no event.
		right = dropMilitary(u, right)
		if len(right) == 0 {
			return
		}
	}
	var dest *entity
	placeBefore := false // the destination is written before the visit noun
	if info.Destination {
		dest = destination(u, hi)
		if dest == nil && info.Noun && len(right) == 0 {
			dest = destinationBefore(u, lo) // "who is in Russia on a working visit"
			placeBefore = dest != nil
		}
		if dest != nil && dest.Kind == entPerson {
			right = append(right, *dest)
			dest = nil
		}
	}
	// "ahead of the call", "after the talks": the event is a time
	// reference for another mention of the sentence, not a mention.
	if !with && !direct && dest == nil && info.Noun {
		if b, ok := temporalReference(toks, lo); ok {
			if prev := x.lastDraftIn(ui); prev != nil {
				prev.bound, prev.boundKind = b, info.Kind
				return
			}
		}
	}
	left := leftGroup(u, lo)
	if len(left) == 0 && len(right) == 0 && !u.headline {
		left = x.firstPersonPair(ui, lo) // "Chancellor Scholz and I had a meeting"
	}
	if len(left) == 0 && u.headline && info.Noun {
		// "Remarks by President Biden and Prime Minister Kishida of
		// Japan Before Virtual Meeting": the speakers are the parties;
		// "Remarks by President Biden Before Meeting with Prime Minister
		// Kishida": the speaker is one of them.
		switch g := x.remarksGroup(lo); {
		case len(right) == 0 && len(g) >= 2:
			left, right, with = g[:1], g[1:], true
		case len(right) > 0 && len(g) >= 1:
			left = g
		}
	}
	if placeBefore {
		left = nil // the place visited, not the visitor
	}
	if len(left) == 0 && len(right) == 0 && info.Noun && d.m.Kind == timeline.Call {
		if a, b, ok := toldInCall(u, lo); ok {
			left, right, with = []entity{a}, []entity{b}, true
		}
	}
	if p := x.pronounPartner(ui, left, right); p != nil {
		left = append([]entity{*p}, left...) // "He and X met with Y"
	}
	ok := true
	switch {
	case info.Destination:
		ok = dest != nil || len(right) > 0
	case info.With:
		ok = with || len(left) >= 2
	case info.Object:
		ok = with || direct || len(left) >= 2
	}
	if !ok {
		if info.Noun && isBackRef(toks, lo) && len(left) == 0 {
			d.ref = true
			d.cue = x.statusCue(u, lo, hi, info.Base)
			x.drafts = append(x.drafts, d)
		}
		return
	}
	home := ""
	if dest != nil {
		home = dest.Country
	}
	if len(left) == 0 && !(with && len(right) >= 2 && isBetween(u, hi)) {
		left = x.impliedSubject(ui, lo, hi, right, home)
	} else if info.Kind == timeline.Summit && modifiersOnly(u, left, lo) {
		// "Biden participated in the APEC Leaders' Meeting": the
		// organisation names the summit; the subject attends it.
		left = append(x.impliedSubject(ui, left[0].Lo, hi, right, home), left...)
	}
	// A named format as the other party ("spoke with the Bucharest Nine")
	// stands for its members.
	var formatParties []string
	right, d.m.Format, formatParties = splitFormat(right)
	d.m.Participants = x.participants(left, right)
	for _, p := range formatParties {
		d.m.Participants = addParticipant(d.m.Participants, groupParticipant(p))
	}
	if dest != nil {
		if dest.Kind == entPlace {
			d.m.Place = dest.Name
		}
		host := groupParticipant(dest.Country)
		if dest.Kind == entOrg {
			host = groupParticipant(dest.Name)
		}
		d.m.Participants = addParticipant(d.m.Participants, host)
	}
	if d.m.Place == "" {
		d.m.Place = x.place(u, lo, hi)
	}
	end := hi
	for _, e := range right {
		if e.Hi > end {
			end = e.Hi
		}
	}
	d.end = end
	d.cue = x.statusCue(u, lo, end, info.Base)
	d.generic = genericMention(u, lo, end)
	x.drafts = append(x.drafts, d)
	if dest != nil {
		x.nextLegs(ui, d, *dest)
	}
}

// toldInCall reads "X told Y in a phone call", "X assured Y during a
// call": the speaker and the person spoken to are the two sides of the
// call at lo.
func toldInCall(u *unit, lo int) (speaker, hearer entity, ok bool) {
	k := lo - 1
	for k >= 0 && callArticles[u.toks[k].Lower] {
		k--
	}
	if k < 0 || k == lo-1 || !callPrepositions[u.toks[k].Lower] || k < 3 || u.entEnd[k-1] == 0 {
		return entity{}, entity{}, false
	}
	hearer = u.ents[u.entEnd[k-1]-1]
	v := hearer.Lo - 1
	if v < 1 || !(reportingVerbs[u.toks[v].Lower] || toldVerbs[u.toks[v].Lower]) || u.entEnd[v-1] == 0 {
		return entity{}, entity{}, false
	}
	speaker = u.ents[u.entEnd[v-1]-1]
	if !speaker.party() || !hearer.party() {
		return entity{}, entity{}, false
	}
	return speaker, hearer, true
}

// callPrepositions and callArticles open the phrase of a call that
// carried what someone told someone: "in a", "during their".
var (
	callPrepositions = vocab.Set("call-prepositions")
	callArticles     = vocab.Set("call-articles")
	toldVerbs        = vocab.Set("told-verbs")
)

// destinationBefore finds the place of a visit noun written after it:
// "who is in Russia on a working visit", "was in Moscow on an official
// visit". The place must follow "in" and precede "on a …visit".
func destinationBefore(u *unit, lo int) *entity {
	k := lo - 1
	for k >= 0 && (u.toks[k].Lower == "a" || u.toks[k].Lower == "an" || u.toks[k].Lower == "the") {
		k--
	}
	if k < 2 || u.toks[k].Lower != "on" || u.entEnd[k-1] == 0 {
		return nil
	}
	e := u.ents[u.entEnd[k-1]-1]
	if e.Lo < 1 || u.toks[e.Lo-1].Lower != "in" || e.Kind != entPlace && e.Kind != entCountry || e.Country == "" {
		return nil
	}
	return &e
}

// remarksGroup reads a headline of the form "Remarks by A and B Before
// Bilateral Meeting" (or After, Ahead of, At the Start of) where the event
// word starts at lo: the people whose remarks frame the event, who are its
// parties. nil for other headlines.
func (x *extraction) remarksGroup(lo int) []entity {
	u := &x.units[0]
	k := lo - 1
	for k >= 0 && (remarksFrames[u.toks[k].Lower] || u.toks[k].Lower == "the" || u.toks[k].Lower == "a" || eventModifiers[u.toks[k].Lower] || remarksKinds[u.toks[k].Lower]) {
		k--
	}
	if k == lo-1 || k < 0 || u.entEnd[k] == 0 {
		return nil
	}
	for j := 0; j+2 < len(u.toks) && j < 3; j++ {
		if !authoredBy(u, j) {
			continue
		}
		g := forwardGroup(u, j+2, 0)
		if len(g) == 0 || g[len(g)-1].Hi != k+1 {
			return nil // the list must run up to the frame word
		}
		for _, e := range g {
			if !e.individual() {
				return nil
			}
		}
		return g
	}
	return nil
}

// remarksFrames place remarks relative to the event in a headline; and
// remarksKinds qualify the event there ("Before Bilateral Meeting").
var (
	remarksFrames = vocab.Set("remarks-frames")
	remarksKinds  = vocab.Set("remarks-kinds")
)

// hostOf is the participant a destination stands for: the organisation
// visited, else the country of the place.
func hostOf(dest entity) timeline.Participant {
	if dest.Kind == entOrg {
		return groupParticipant(dest.Name)
	}
	return groupParticipant(dest.Country)
}

// nextLegs adds a visit for each further destination of a trip that the
// sentence lists after the first: "will travel to Kyiv on Monday and to
// Moscow on Tuesday" and "will travel to Kyiv, Ukraine, Berlin, Germany,
// and Geneva, Switzerland" are two and three visits, each with its own
// date when it has one (the date nearest each leg goes to it; see
// assignTimexes).
func (x *extraction) nextLegs(ui int, d *draft, dest entity) {
	u := &x.units[ui]
	toks := u.toks
	for legs := 0; legs < maxLegs; legs++ {
		k := dest.Hi
		// "Kyiv, Ukraine": the country of the place, set off by a comma.
		if k+1 < len(toks) && toks[k].Text == "," && u.entAt[k+1] > 0 {
			if e := u.ents[u.entAt[k+1]-1]; e.Kind == entCountry && e.Name == dest.Country && dest.Kind == entPlace {
				k = e.Hi
			}
		}
		for k < len(toks) && (u.inTx[k] || toks[k].Lower == "on" && k+1 < len(toks) && u.inTx[k+1]) {
			k++ // the leg's date
		}
		sep := false
		if k < len(toks) && toks[k].Text == "," {
			k, sep = k+1, true
		}
		if k < len(toks) && toks[k].Lower == "and" {
			k, sep = k+1, true
		}
		if !sep || k >= len(toks) {
			return
		}
		if legWords[toks[k].Lower] {
			k++
		}
		if k < len(toks) && toks[k].Lower == "to" {
			k++
		}
		if k < len(toks) && toks[k].Lower == "the" {
			k++ // "to Israel and the West Bank"
		}
		if k >= len(toks) || u.entAt[k] == 0 {
			return
		}
		next := u.ents[u.entAt[k]-1]
		if next.Kind != entPlace && next.Kind != entCountry || next.Country == "" || next.Hi < len(toks) && toks[next.Hi].Lower == "'s" {
			return
		}
		// Each leg spans its destination, so that the date after each
		// is nearest to it.
		d.end = max(d.end, dest.Hi)
		if d.trip == nil {
			d.trip = d
		}
		leg := *d
		leg.lo, leg.hi, leg.end = next.Lo, next.Lo+1, next.Hi
		old := hostOf(dest)
		leg.m.Participants = nil
		for _, p := range d.m.Participants {
			if p.Name != old.Name {
				leg.m.Participants = append(leg.m.Participants, p)
			}
		}
		leg.m.Participants = addParticipant(leg.m.Participants, hostOf(next))
		leg.m.Place = ""
		if next.Kind == entPlace {
			leg.m.Place = next.Name
		}
		x.drafts = append(x.drafts, &leg)
		d, dest = &leg, next
	}
}

// legWords may stand between "and" and the next leg of a trip: "and then
// to Moscow".
var legWords = vocab.Set("leg-words")

// maxLegs bounds the legs read from one sentence.
const maxLegs = 4

// whomAntecedent finds the other party of an event word in a relative
// clause that opens with "with whom" ("a message from Saddam, with whom
// the king met Monday") or, for a verb that takes an object, with "whom"
// ("Reyes, whom he met in May"): the name before the pronoun.
func whomAntecedent(u *unit, lo int, object bool) *entity {
	for k := lo - 1; k >= 1 && k >= lo-6; k-- {
		if u.toks[k].Lower != "whom" {
			continue
		}
		j := k - 1
		if withWords[u.toks[j].Lower] {
			j--
		} else if !object {
			return nil
		}
		if j < 0 {
			return nil
		}
		if u.toks[j].Text == "," && j > 0 {
			j--
		}
		if n := u.entEnd[j]; n > 0 {
			e := u.ents[n-1]
			if e.Kind == entPerson || e.Kind == entCountry || e.Kind == entOrg || e.Kind == entRole && !e.Reporter {
				return &e
			}
		}
		return nil
	}
	return nil
}

// modifiersOnly reports a left group that is one organisation or country
// written before the event word as its modifier, with at most adjectives
// in between ("the APEC Leaders' Meeting", "the EU virtual summit").
func modifiersOnly(u *unit, left []entity, lo int) bool {
	if len(left) != 1 {
		return false
	}
	e := left[0]
	if e.Kind != entOrg && e.Kind != entCountry {
		return false
	}
	for k := e.Hi; k < lo; k++ {
		if !subjectSkip[u.toks[k].Lower] {
			return false
		}
	}
	return true
}

// splitFormat takes the named format out of a group of parties: its name
// and members come back apart, the other entities stay.
func splitFormat(group []entity) (rest []entity, name string, parties []string) {
	rest = group[:0:0]
	for _, e := range group {
		if e.Kind == entFormat && e.Format != nil && name == "" {
			name, parties = e.Format.Name, e.Format.Parties
			continue
		}
		rest = append(rest, e)
	}
	return rest, name, parties
}

// dropMilitary removes the countries and organisations that stand for
// armed forces ("U.S. forces", "NATO troops") from a group of parties.
func dropMilitary(u *unit, group []entity) []entity {
	out := group[:0:0]
	for _, e := range group {
		if (e.Kind == entCountry || e.Kind == entOrg || e.Kind == entRole && e.Side) && e.Hi < len(u.toks) && militaryNouns[u.toks[e.Hi].Lower] {
			continue
		}
		out = append(out, e)
	}
	return out
}

// genericCues and genericStates are genericCueRows and genericStateRows
// compiled for matching. They are built in init, like vocab: the
// tokenizer's tables must be ready first.
var genericCues, genericStates *phraseTable[bool]

func init() {
	genericCues, genericStates = phraseSet(genericCueRows), phraseSet(genericStateRows)
}

func phraseSet(rows []string) *phraseTable[bool] {
	t := newPhraseTable[bool](false)
	for _, r := range rows {
		t.add(r, true)
	}
	return t
}

// genericReach is how many words before an event word a generic cue may
// start, and how many after its phrase a state word may.
const genericReach = 7

// genericMention reports a clause that makes the event at toks[lo:end] a
// topic, a wish or a state rather than an event: a cue of genericCueRows
// shortly before it, with no clause break or comma in between, or a word
// of genericStateRows shortly after.
func genericMention(u *unit, lo, end int) bool {
	for s := lo - 1; s >= 0 && s >= lo-genericReach; s-- {
		t := u.toks[s]
		if u.brk[s] || t.Text == "," || t.Text == "." {
			break
		}
		if _, n := genericCues.match(u.toks, s); n > 0 && s+n <= lo {
			return true
		}
	}
	for s := end; s < len(u.toks) && s < end+4; s++ {
		t := u.toks[s]
		if u.brk[s] || t.Text == "," || t.Text == "." {
			break
		}
		if _, n := genericStates.match(u.toks, s); n > 0 {
			return true
		}
	}
	return false
}

// isBetween reports whether the other party after the trigger at hi is
// introduced by "between" or "among": then both sides are in that list.
func isBetween(u *unit, hi int) bool {
	for k := hi; k < len(u.toks) && k < hi+8; k++ {
		switch u.toks[k].Lower {
		case "between", "among", "amongst":
			return true
		case "with":
			return false
		}
	}
	return false
}

func (x *extraction) lastDraftIn(ui int) *draft {
	if n := len(x.drafts); n > 0 && x.drafts[n-1].unit == ui {
		return x.drafts[n-1]
	}
	return nil
}

// sentenceRemote reports a phone or video cue in the sentence.
func sentenceRemote(u *unit, lo, hi int) bool {
	for k, t := range u.toks {
		if k >= lo && k < hi {
			continue
		}
		if remoteCues[t.Lower] {
			return true
		}
	}
	return false
}

// isNegated reports a negation in the few words before a trigger, inside
// its clause: "did not meet", "no talks", "refused to meet".
func isNegated(u *unit, lo int) bool {
	for k := lo - 1; k >= 0 && k >= lo-4; k-- {
		t := u.toks[k]
		if negations[t.Lower] {
			return true
		}
		if t.Text == "," || clauseOpeners[t.Lower] || reportingVerbs[t.Lower] {
			return false
		}
	}
	return false
}

// isBackRef reports a sentence that opens with "The call", "This visit",
// "The first meeting": a determiner as the first word and at most two
// words between it and the event noun.
func isBackRef(toks []token, lo int) bool {
	if lo == 0 || lo > 3 || !backRefs[toks[0].Lower] {
		return false
	}
	for k := 1; k < lo; k++ {
		if !toks[k].Word || toks[k].Cap {
			return false
		}
	}
	return true
}

// temporalReference reports "ahead of the call", "before the talks",
// "after the meeting" and how the other event's date is bounded.
func temporalReference(toks []token, lo int) (refBound, bool) {
	k := lo - 1
	for k >= 0 && k >= lo-3 && toks[k].Word && !definiteRefs[toks[k].Lower] {
		k--
	}
	if k < 0 || !definiteRefs[toks[k].Lower] {
		return boundNone, false
	}
	k--
	if k >= 0 && (toks[k].Lower == "of" || toks[k].Lower == "to") {
		k--
	}
	if k < 0 {
		return boundNone, false
	}
	b, ok := temporalRefs[toks[k].Lower]
	return b, ok
}

// placePrepositions introduce where an event takes place.
var placePrepositions = vocab.Set("place-prepositions")

// placeReach is how many words from its event word a place may stand.
const placeReach = 16

// place finds "in Geneva", "at the Kremlin" in the clause of a trigger.
func (x *extraction) place(u *unit, lo, hi int) string {
	best, bestDist := "", 1<<30
	for _, e := range u.ents {
		if e.Kind != entPlace || e.Lo == 0 || e.Lo < lo-placeReach || e.Lo > hi+placeReach {
			continue
		}
		p := e.Lo - 1
		if u.toks[p].Lower == "the" && p > 0 {
			p--
		}
		if !placePrepositions[u.toks[p].Lower] && !(u.toks[p].Lower == "to" && p > hi && welcomeVerbs[u.toks[lo].Lower]) {
			continue
		}
		if !sameClause(u, lo, hi, p) {
			continue
		}
		dist := p - hi
		if p < lo {
			dist = lo - e.Hi
		}
		if dist < bestDist {
			best, bestDist = e.Name, dist
		}
	}
	return best
}

// welcomeVerbs take the place of the meeting after "to": "will welcome
// Chancellor X to the White House".
var welcomeVerbs = vocab.Set("welcome-verbs")

// sameClause reports whether token k is in the clause of the trigger
// [lo, hi): no clause opener, reporting verb or semicolon in between.
func sameClause(u *unit, lo, hi, k int) bool {
	a, b := k, lo
	if k >= hi {
		a, b = hi, k
	}
	for j := a; j < b; j++ {
		if u.brk[j] {
			return false
		}
	}
	return true
}

// isClauseBreak reports a word that ends the clause of an event word: a
// clause opener, a reporting verb or a semicolon.
func isClauseBreak(t *token) bool {
	if t.Word {
		return t.Mask&firstBreak != 0
	}
	// Most marks are commas and full stops: their first byte rules them
	// out without a map lookup.
	return clauseOpenerFirstBytes[t.Text[0]] && clauseOpeners[t.Text] // ";", ":", "—"
}

// clauseOpenerFirstBytes holds the first byte of every clause opener.
var clauseOpenerFirstBytes = func() (first [256]bool) {
	for w := range clauseOpeners {
		if w != "" {
			first[w[0]] = true
		}
	}
	return first
}()

// statusCue reads the status words of a trigger's clause: up to eight words
// before it and four after. Cancelled and postponed win over planned.
func (x *extraction) statusCue(u *unit, lo, hi int, base bool) timeline.Status {
	found := timeline.Status("")
	note := func(s timeline.Status) {
		if found == "" || found == timeline.Planned {
			found = s
		}
	}
	if base && lo > 0 && u.toks[lo-1].Lower == "to" {
		note(timeline.Planned)
	}
	start := lo - 8
	if start < 0 {
		start = 0
	}
	for k := lo - 1; k >= start; k-- {
		t := u.toks[k]
		if clauseOpeners[t.Lower] || reportingVerbs[t.Lower] || t.Text == ";" {
			if futureOpeners[t.Lower] && presentVerb(u, lo) {
				note(timeline.Planned) // "until Annan visits Baghdad"
			}
			start = k + 1
			break
		}
	}
	for k := start; k < hi+4 && k < len(u.toks); k++ {
		if k >= lo && k < hi {
			continue
		}
		if k >= hi && (u.toks[k].Text == "," || u.toks[k].Text == "." || clauseOpeners[u.toks[k].Lower]) {
			break
		}
		if s, n := lex.status.match(u.toks, k); n > 0 {
			note(s)
			k += n - 1
		}
	}
	return found
}

// futureOpeners introduce a clause whose present tense speaks of the
// future: "wait until the envoy visits Baghdad", "once the king arrives in
// Washington", "before Salas meets Reyes".
var futureOpeners = vocab.Set("future-openers")

// presentVerb reports a third-person present verb as the event word at lo,
// right after its subject: "Annan visits", "the king arrives".
func presentVerb(u *unit, lo int) bool {
	if lo == 0 || !strings.HasSuffix(u.toks[lo].Lower, "s") {
		return false
	}
	return u.entEnd[lo-1] > 0 || personalPronouns[u.toks[lo-1].Lower]
}

// dedupe drops a mention that repeats an earlier one of the same sentence
// ("arrived in Russia on a working visit").
func (x *extraction) dedupe(from int) {
	kept := x.drafts[:from]
	for _, d := range x.drafts[from:] {
		dup := false
		for _, k := range kept[from:] {
			if !d.ref && !k.ref && k.m.Kind.Family() == d.m.Kind.Family() && k.m.Format == d.m.Format && sameParticipants(k.m.Participants, d.m.Participants) {
				dup = true
				if k.m.Place == "" {
					k.m.Place = d.m.Place
				}
			}
		}
		if !dup {
			kept = append(kept, d)
		}
	}
	x.drafts = kept
}

func sameParticipants(a, b []timeline.Participant) bool {
	if len(a) != len(b) {
		return false
	}
	for _, p := range a {
		if !hasParticipant(b, p.Name) {
			return false
		}
	}
	return true
}

func hasParticipant(list []timeline.Participant, name string) bool {
	for _, q := range list {
		if q.Name == name {
			return true
		}
	}
	return false
}

// keep reports whether a draft names enough parties to be an event: a
// conversation needs two sides, a visit a visitor and a host, a summit an
// organisation or format or two parties, and a named format a date.
func (x *extraction) keep(d *draft) bool {
	ps := d.m.Participants
	if len(ps) == 0 {
		return false
	}
	if d.generic && d.tx == nil {
		return false // "the need for talks": a topic, not an event
	}
	if d.m.Kind != timeline.Call && !hasStateActor(ps) && !x.statePresent(&x.units[d.unit]) {
		return false // "Smith met with Jones": a meeting, but not diplomacy
	}
	if d.m.Format != "" && d.venue && d.m.When == nil {
		// A format named without a date is usually the frame of something
		// else ("diplomacy through the Normandy format"); a format that is
		// the other party of a call or meeting is not.
		return false
	}
	if d.m.Kind == timeline.Summit || d.m.Format != "" {
		for _, p := range ps {
			if p.Type == timeline.OrganizationParty {
				return true
			}
		}
		return d.m.Format != "" || len(ps) >= 2
	}
	if len(ps) == 1 && ps[0].Type == timeline.OrganizationParty && d.m.Kind == timeline.Meeting {
		d.m.Kind = timeline.Summit
		return true
	}
	return len(ps) >= 2
}

// mentions finishes the drafts: evidence, article, index, text order.
//
// Every string a mention keeps is copied out of the article: a substring
// would keep the whole body alive for as long as the mention lives, and
// mentions live until the whole corpus is merged. With the copies, memory
// grows with the mentions kept, not with the size of the corpus.
func (x *extraction) mentions() []timeline.Mention {
	var out []timeline.Mention
	headline := ""
	for _, d := range x.drafts {
		if !x.keep(d) {
			continue
		}
		m := d.m
		u := &x.units[d.unit]
		raw := u.text[u.start:u.end]
		trimmed := strings.TrimSpace(raw)
		shift := strings.Index(raw, trimmed)
		if headline == "" {
			headline = strings.Clone(x.a.Headline)
		}
		m.Source.Article = x.a.ID
		m.Source.Headline = headline
		m.Source.Published = x.a.Published
		m.Source.Sentence = strings.Clone(trimmed)
		m.Source.DateText = strings.Clone(m.Source.DateText)
		m.Place = strings.Clone(m.Place)
		if m.When != nil {
			w := *m.When
			w.Text = strings.Clone(w.Text)
			m.When = &w
		}
		parts := make([]timeline.Participant, len(m.Participants))
		for i, p := range m.Participants {
			p.Name, p.Role, p.Country = strings.Clone(p.Name), strings.Clone(p.Role), strings.Clone(p.Country)
			p.Aliases = slices.Clone(p.Aliases)
			for j, a := range p.Aliases {
				p.Aliases[j] = strings.Clone(a)
			}
			parts[i] = p
		}
		m.Participants = parts
		if m.Source.DateEnd > 0 {
			m.Source.DateStart -= shift
			m.Source.DateEnd -= shift
		}
		m.Article = x.a.ID
		m.Publisher = x.a.Publisher
		m.Index = len(out)
		out = append(out, m)
	}
	return out
}

// statePresent reports whether a sentence names a state actor at all (a
// country, an organisation, a format, a person of a country or in a state
// office): "the meeting of EU leaders with A and B" is diplomacy even when
// the article never gives A's and B's offices.
func (x *extraction) statePresent(u *unit) bool {
	for _, e := range u.ents {
		switch e.Kind {
		case entCountry, entOrg, entFormat:
			return true
		case entPerson, entRole:
			if e.Country != "" || stateRoles[e.Role] {
				return true
			}
		}
	}
	return false
}

// stateRoles are the offices that make a person a state actor.
var stateRoles = map[string]bool{
	"President": true, "Vice President": true, "Prime Minister": true, "Deputy Prime Minister": true,
	"Monarch": true, "Pope": true, "Foreign Minister": true, "Deputy Foreign Minister": true,
	"Defense Minister": true, "Minister": true, "National Security Advisor": true, "Envoy": true,
}

// hasStateActor reports whether one of the parties acts for a state or an
// international organisation: a country or organisation, a person of a
// known country, or a person holding a state office. Meetings and talks of
// people who are none of these (companies, unions, families) are not
// diplomatic events.
func hasStateActor(ps []timeline.Participant) bool {
	for _, p := range ps {
		if p.Type != timeline.PersonParty || p.Country != "" || stateRoles[p.Role] {
			return true
		}
	}
	return false
}
