package extract

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dateline/dateline/timeline"
)

// Extraction is a set of named rules. Each rule sets one field of a
// mention (its kind, a participant, its status, its date or its place)
// and leaves a Reason behind: the rule's name and one line that says why,
// in the words of the sentence, as the resolver does for every date.
//
// A rule is a row of Rules. Its Explain is a template filled with the
// words the rule read ("'%s' reports a %s"); reasons are kept as the rule
// and its words while the article is read, and written out only for the
// mentions that are kept.

// RuleDoc documents one extraction rule.
type RuleDoc struct {
	// Name is the value of timeline.Reason.Rule: "field/what".
	Name string
	// Explain is the template of the reason's one line; its verbs are
	// filled with the words the rule read, in order.
	Explain string
}

// Rules lists every extraction rule by field, in the order they are tried.
// `dateline show` and the timeline JSON name them; TestRulesDocumented
// checks that every reason extraction gives names a rule of this table.
var Rules = []RuleDoc{
	// Kind.
	{"kind/trigger", "'%s' reports an event of kind %s"},
	{"kind/remote-cue", "'%s' with '%s' in the sentence is a call"},
	{"kind/purpose", "'%s' says what '%s' was held for: talks"},
	{"kind/headline-call", "'%s' in a story whose headline speaks of a call"},
	{"kind/remote-meeting", "'%s' with '%s' in its clause is a meeting held at a distance: a call"},
	{"kind/format", "'%s' is a named format; its sessions are of kind %s"},
	{"kind/format-shared-noun", "'%s' names the %s, its plural noun shared with another format; its sessions are of kind %s"},
	{"kind/venue", "talks at %s, named as a venue of diplomacy"},
	{"kind/antecedent", "the %s that '%s' refers to"},
	{"kind/organisation-session", "a meeting of %s alone is a session of it"},
	{"kind/bilateral-summit", "'%s' of two sides and no organisation is a meeting (GUIDE: a summit is multilateral)"},
	{"kind/attends-abroad", "'%s' something held in '%s', abroad: a visit"},
	{"kind/present-abroad", "'%s in %s': the subject is abroad, a visit"},
	{"kind/leads-delegation", "'%s' a delegation to '%s', abroad: a visit"},
	{"kind/attends-ceremony", "'%s' a ceremony of a leader of %s, held there: a visit"},
	{"kind/sidelines-gathering", "'%s' is a gathering others meet on the sidelines of: multilateral, a summit"},
	{"kind/session-of", "a meeting of %s is a session of it (GUIDE: summit)"},

	// Participants: the groups around the event word.
	{"party/subject", "'%s' is the subject of '%s'"},
	{"party/side-heads", "%s heads one of the two sides: %q"},
	{"party/participle", "'%s' is named after '%s by' that follows the event word"},
	{"party/body-session", "'%s' owns the body whose '%s' it is"},
	{"party/with", "'%s' is named after '%s'"},
	{"party/together-with", "'%s' is named after '%s' in the event's clause, and takes part too"},
	{"party/joined", "'%s' is the subject of '%s', whose object holds the event"},
	{"party/of-owner", "'%s' is named after the 'of' of '%s', before 'with' names the other side"},
	{"party/object", "'%s' is the object of '%s'"},
	{"party/spoken-to", "'%s' is spoken to"},
	{"party/two-countries", "%s is one of '%s': the two the headline names, else those of the event told before"},
	{"party/plural-antecedent", "%s took part in the event told before, which '%s' stands for"},
	{"party/sidelines-subject", "%s took part in the event held on the sidelines of the '%s'"},
	{"party/return-visit", "%s is where the visit '%s' returns one from"},
	{"party/mediator", "'%s' is named after '%s by' as the event's mediator"},
	{"party/event-subject", "%s took part in the event told before, which opens the sentence that tells '%s'"},
	{"party/named-pair", "%s is one of the two people named just before, whom '%s' stands for"},
	{"party/roster", "'%s' is listed after %q"},
	{"party/included", "'%s' is among those the gathering %s"},
	{"party/copular-subject", "'%s' names the office of the pronoun subject, who is %s"},
	{"party/present", "'%s' is told as present at the gathering: '%s'"},
	{"party/attended-by", "'%s' is listed as attending the summit told before: %q"},
	{"party/delegation-head", "'%s' led %s, which stands for its country in the event told before"},
	{"party/one-by-one", "'%s', one of several people named after '%s', each with an event of their own"},
	{"party/whom", "'%s' is the one 'whom' stands for"},
	{"party/visited", "'%s' is the place visited, in %s"},
	{"party/visited-person", "'%s' is the one visited"},
	{"party/visitor", "'%s' makes the %s (named after 'by' or 'of')"},
	{"party/remarks", "'%s' gives the remarks the headline places around the event"},
	{"party/told-in-call", "'%s' told '%s' something in the call"},
	{"party/adjunct-subject", "'%s' is the subject of the clause that '%s' is the setting of"},
	{"party/adjunct-object", "'%s' is the one the clause's verb addresses, in the setting of '%s'"},
	{"party/pronoun-partner", "'%s' in '… and %s' stands for %s"},
	{"party/first-person-pair", "'%s' and 'I', who is %s"},
	// Participants: the subject when the clause has none next to the event word.
	{"party/relative-clause", "'%s, who …' is who the clause is about"},
	{"party/opening-phrase", "'%s' is the subject of the clause the opening phrase belongs to"},
	{"party/participle-subject", "'%s' is the subject of the clause that '%s', a participle after a comma, follows"},
	{"party/trip-purpose", "%s travels for it: '%s'"},
	{"party/host-purpose", "%s is a party of '%s', the welcome that brings them to it"},
	{"party/after-phrase", "'%s' opens the sentence whose clause the '%s' of a phrase such as 'after …', 'during …' belongs to"},
	{"party/possessive", "'%s' owns the event ('%s …')"},
	{"party/narrative", "'%s' has no subject in its sentence: %s, whom the sentences before are about"},
	{"party/speaker", "'%s' has no subject in its sentence, and the sentences before are about no one: %s, who speaks"},
	{"party/first-person", "'%s' stands for %s, who speaks"},
	{"party/addressee", "'%s' is the speaker and %s, spoken to in the transcript"},
	{"party/spoken-to-owner", "'%s …' is owned by %s, spoken to in the transcript"},
	{"party/you", "'%s' is %s, spoken to in the transcript"},
	{"party/host", "%s holds the gathering ('%s by')"},
	{"party/speakers-country", "'%s' is %s, the country of %s, who speaks"},
	{"party/nearest-person", "'%s' is the nearest person named before '%s'"},
	{"party/since-first", "%s takes part in the '%s' that 'first … since' makes an earlier event of the same parties"},
	{"party/pronoun", "'%s' stands for %s, named earlier"},
	{"party/their-leaders", "%s's leader holds it: '%s'"},
	{"party/coordinated-verb", "'%s' is the subject of '%s', the event verb this one is coordinated with"},
	{"party/carried", "'%s', whom the trip takes there, stands for %s, named before"},
	{"party/office", "'%s' is %s, the one person of the article who holds that office"},
	{"party/in-attendance", "'%s' is said to be at the event: 'with … %s'"},
	{"party/joint-body", "%s is a side of the %s, which the two hold together"},
	{"party/chaired-by", "%s chaired it for %s"},
	{"party/gapped", "%s is the other party of '%s' told again with its verb left out ('… and with X on Tuesday')"},
	{"party/appositive-participle", "'%s' is named right before the participle clause of '%s', set off by commas"},
	{"party/joined-for", "'%s' %s another for the event, and takes part"},
	{"party/pair-person", "'%s', the sentence's subject, stands for %s, a side of '%s'"},
	{"party/unheld-office", "'%s' is the head of %s: the article names no one who holds that office"},
	{"party/opening-country", "'%s' opens the sentence as its subject"},
	// Participants: formats, venues and the rest of the article.
	{"party/format-member", "%s takes part in the %s"},
	{"party/attends", "'%s' takes part in the session ('%s')"},
	{"party/venue", "%s is the venue of the talks"},
	{"party/venue-country", "%s is a party the sentence names with the venue"},
	{"party/attends-abroad", "%s is the country of '%s', where the subject attends what is held"},
	{"party/ceremony-host", "%s holds the ceremony of its own leader: '%s'"},
	{"party/predecessor", "%s was part of %s until %s, after the event's day"},
	{"party/other-report", "%s is named in the article's other report of the event: %q"},
	{"party/lead", "%s is the subject of the lead, which reports the same event"},
	{"party/body-subject", "%s is the person the article's body is about"},
	{"party/antecedent", "%s took part in the %s that '%s' refers to"},
	{"party/plan-owner", "'%s' owns the plan to '%s' it"},
	{"party/object-pronoun", "'%s' stands for %s, named earlier"},
	{"party/agreed-with", "'%s' is who the first verb of the clause was with, which agreed to '%s'"},
	{"party/visiting", "'%s', called visiting, is on a visit"},
	{"party/dateline-host", "the visit is to %s, where the story is datelined (%s)"},
	{"party/visiting-host", "the visit is to %s, where the sentence says the visitor is (%s)"},
	{"party/venue-organisation", "'%s' is where the later session '%s' is held, and takes part in it"},
	{"party/trip", "%s makes the trip, as in the leg before"},
	{"party/session", "%s is named in the body's report of the same session"},

	// Status.
	{"status/cancelled", "'%s' in the clause: cancelled"},
	{"status/postponed", "'%s' in the clause: postponed"},
	{"status/future-date", "the date %s is after the article's anchor %s"},
	{"status/later-within", "'%s' is the rest of a period that holds the day of writing: planned"},
	{"status/planned", "'%s' in the clause speaks of a plan or of the future"},
	{"status/tour-stop", "'%s' speaks of the future in the trip whose day the event was made of"},
	{"status/sidelines", "'%s' speaks of the future in the event held on the gathering's sidelines"},
	{"status/after-plan", "'%s' puts it after '%s', which is still to come"},
	{"status/ahead-of", "the day's news is the clause '%s' the event is said to come after"},
	{"status/occurred", "no word of a plan, and the date is not after the article's anchor"},
	{"status/as-referent", "'%s' speaks of the future in the report this headline heads"},
	{"status/as-antecedent", "as the %s that '%s' refers to"},
	{"status/told-after", "'%s' is said of '%s', which refers back to the event right after it"},

	// Date.
	{"date/heading", "'%s' heads the paragraph, as a schedule names the day of what it lists"},
	{"date/while-clause", "'%s' opens a clause told at the time of the %s of the main clause"},
	{"date/own-clause", "'%s' is the nearest date of the event's clause"},
	{"date/sentence-frame", "'%s' opens the sentence and dates its events"},
	{"date/tour-stop", "what the '%s' of %s was made of, after 'with': that day"},
	{"date/during-event", "held during the %s '%s', which is dated"},
	{"date/back-reference", "'%s', which refers back to it, is dated '%s'"},
	{"date/sequence", "'%s' carries on the narrative of the day '%s' gave before"},
	{"date/paragraph-frame", "the sentence before, in its paragraph, opens on %s"},
	{"date/one-by-one", "'%s' dates the event word of which this is one of the events met one by one"},
	{"date/span", "'%s' bounds the event's days from first to last"},
	{"date/weekday-of-week", "'%s' is that weekday of the week named right after it"},
	{"date/ahead-of-event", "'%s' is the first such day from that of the event it comes '%s', '%s'"},
	{"date/itinerary", "a leg of the trip of '%s', dated %s by the later reports of its legs"},
	{"date/trip", "'%s', written after the trip's last leg, gives the whole trip's days"},
	{"date/trip-before", "'%s', written before the trip's legs, dates each of them"},
	{"date/relative-clause", "'%s' dates the event in the relative clause right after it ('which took place …')"},
	{"date/returned-after", "'%s' is the day of the return that ended it ('returned home on Tuesday after a three-day visit')"},
	{"date/returned-from", "'%s' is the day of the return from the place of the clause of 'where' that holds it"},
	{"date/trip-length", "'%s' is the %s day of the '%s' visit"},
	{"date/gathered-for", "'%s' dates '%s', the coming together for the gathering"},
	{"date/sidelines", "'%s' dates the event held on the gathering's sidelines, and so the gathering"},
	{"date/on-sidelines", "'%s' dates the gathering on whose sidelines the event was held, and so the event"},
	{"date/elaboration", "'%s' dates the phrase '%s …' set off after the event, which tells more of it"},
	{"date/coordinated-verb", "'%s' dates the event told before '%s', the verb coordinated with it after \"and\""},
	{"date/coordinated", "'%s' follows the names of both gatherings joined by \"and\", and dates both"},
	{"date/where-clause", "'%s' dates what happens where the trip goes, so the visitor is there that day"},
	{"date/event-offset", "'%s' counts from that event, dated before: %q"},
	{"date/framing-event", "'%s' sets the event on the day of that event, dated before: %q"},
	{"date/shifted-by", "'%s' moves the event on from '%s', the day it was planned for"},
	{"date/told-after", "'%s' is the new date that '%s', referring back to the event, was moved to"},
	{"date/during-which", "'%s' is the date of what 'during which' refers to"},
	{"date/gathering-length", "'%s' is the %s day of '%s'"},
	{"date/measure-length", "'%s' is the first of the days of '%s'"},
	{"date/in-span", "'%s' counts from the day of writing, %s"},
	{"date/within-stretch", "'%s': a stretch from the day of writing, %s, to %s"},
	{"date/deadline", "'%s': a plan due by then, from the day of writing, %s, to %s"},
	{"date/counted-from", "'%s %s': counted from that day, %s"},
	{"date/bare-sidelines", "'on the sidelines' are those of the %s told before: %q"},
	{"date/span-from-event", "'%s' counts from %s %s"},
	{"date/span-to-event", "'%s': counted from the %s of the same sentence, dated %s"},
	{"date/few-days-from-event", "'%s' puts it two to six days from %s, dated %s"},
	{"date/departure-return", "'%s' is the trip's departure and '%s' its return"},
	{"date/trip-bound", "'%s', which refers back to the trip, says it %s on '%s'"},
	{"date/list", "'%s' dates the list of formats and venues the event is part of"},
	{"date/same-event", "the same %s is dated in another sentence: %q"},
	{"date/during-trip", "held during the %s, which is dated: %q"},
	{"date/antecedent", "the date of the %s that '%s' refers to"},
	{"date/eve-of", "'%s' is the eve of it: it is on the day after, %s"},
	{"date/after-told-day", "the clause of '%s', which the event comes after, is past: between %s and the day of writing, %s"},
	{"date/publication", "no date in the text; the headline or lead reports it as news published %s"},
	{"date/under-way", "'%s' tells the event under way as the words are said: news of the article, published %s"},
	{"date/recent", "'%s' makes it news of the article, published %s"},
	{"date/recent-trip", "'%s': the trip ended by the day of writing, %s, on days the text does not give, within %s"},
	{"date/publication-length", "reported as news published %s, the %s day of the '%s' visit"},

	// Place.
	{"place/preposition", "'%s %s' in the event's clause"},
	{"place/bare-sidelines", "%s is the place of the %s on whose sidelines it was held"},
	{"place/here", "'here' in the event's clause is the story's dateline, %s"},
	{"place/after-aside", "'%s' follows the relative clause set off by commas after the event's party, and is the main clause's place"},
	{"place/city-of-venue", "'%s' is the city the event's venue, '%s', lies in"},
	{"place/named-after-noun", "'%s %s' in the event's clause"},
	{"place/welcome-to", "welcomed 'to %s'"},
	{"place/relative-clause", "'%s' is named with the date in the relative clause right after the event ('which had been scheduled for … in …')"},
	{"place/where", "'%s, where …': the clause of the event is held there"},
	{"place/visited", "'%s' is the place visited"},
	{"place/during-trip", "'%s' is the place of the trip it was held on: %q"},
	{"place/elaboration", "'%s' is the place of the phrase '%s …' set off after the event, which tells more of it"},
	{"place/same-sentence", "'%s' is the place of the same event in this sentence"},
	{"place/dateline", "the visit is to %s, the story's dateline"},
	{"place/antecedent", "'%s' is the place of the %s that '%s' refers to"},
}

// ruleExplain is Rules by name.
var ruleExplain = func() map[string]string {
	m := make(map[string]string, len(Rules))
	for _, r := range Rules {
		if _, dup := m[r.Name]; dup {
			panic("extract: rule " + r.Name + " listed twice")
		}
		m[r.Name] = r.Explain
	}
	return m
}()

// reason is a Reason before it is written out: the rule and the words it
// read. Writing the line costs a Sprintf, so it waits until the mention is
// known to be kept.
type reason struct {
	rule string
	args [maxReasonArgs]string
	n    int
}

// maxReasonArgs is the most words a rule's template takes; a fixed array
// keeps a reason free of allocation for the many drafts that are dropped.
const maxReasonArgs = 3

// because makes the reason of rule with the words it read. An unknown
// rule is a programming error that TestRulesDocumented catches; here it
// panics at once.
func because(rule string, args ...string) reason {
	if _, ok := ruleExplain[rule]; !ok {
		panic("extract: undocumented rule " + rule)
	}
	r := reason{rule: rule, n: len(args)}
	copy(r.args[:], args)
	return r
}

// set reports whether the reason was given.
func (r reason) set() bool { return r.rule != "" }

// out writes the reason out, its words clipped to a readable length.
func (r reason) out() timeline.Reason {
	var args [maxReasonArgs]string
	for i, a := range r.args[:r.n] {
		args[i] = clip(singleSpaced(a), 120)
	}
	return timeline.Reason{Rule: r.rule, Explain: explain(ruleExplain[r.rule], args[:r.n])}
}

// explain is fmt.Sprintf(tmpl, args...) for templates whose verbs are %s
// and %q, as those of Rules are: every kept mention writes out several
// reasons, and Sprintf would box each word and allocate its arguments.
// Any other template, or a count of words other than of verbs, goes
// through fmt, whose output for it is the reference.
func explain(tmpl string, args []string) string {
	n := len(tmpl)
	for _, a := range args {
		n += len(a)
	}
	var b strings.Builder
	b.Grow(n + 8) // room for the quotes of a %q
	k := 0
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+1 == len(tmpl) || k == len(args) {
			return sprintfStrings(tmpl, args)
		}
		switch tmpl[i+1] {
		case 's':
			b.WriteString(args[k])
		case 'q':
			b.WriteString(strconv.Quote(args[k]))
		default:
			return sprintfStrings(tmpl, args)
		}
		k++
		i++
	}
	if k != len(args) {
		return sprintfStrings(tmpl, args)
	}
	return b.String()
}

// sprintfStrings is fmt.Sprintf(tmpl, args...).
func sprintfStrings(tmpl string, args []string) string {
	boxed := make([]any, len(args))
	for i, a := range args {
		boxed[i] = a
	}
	return fmt.Sprintf(tmpl, boxed...)
}

// singleSpaced is strings.Join(strings.Fields(s), " "). Most reasons'
// words are already so (a name, a word, a phrase of the text), and for
// them s itself is the answer without splitting and joining it: every
// kept mention writes out several reasons.
func singleSpaced(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return strings.Join(strings.Fields(s), " ") // U+0085, U+00A0 and others are spaces too
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return strings.Join(strings.Fields(s), " ")
			}
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// trail is the reasons of a draft, field by field. Participants are kept
// by name: the lists are rebuilt, filtered and joined as a draft is
// completed, and a name keeps the reason it was first found for. A copy
// of a trail shares its participants' reasons (clone does not).
type trail struct {
	kind, status, date, place reason
	party                     *partyReasons
}

// partyReasons are the reasons of a draft's participants, by name in the
// order they were given. A draft names a few participants, so a list
// searched from the start (O(n) for n names) serves where a map cost more:
// the maps of the drafts were about an eleventh of the bytes a build
// allocated.
type partyReasons struct {
	list  []namedReason
	first [4]namedReason // the list's first backing array, in the same allocation
}

type namedReason struct {
	name string
	r    reason
}

func newPartyReasons(n int) *partyReasons {
	p := &partyReasons{}
	p.list = p.first[:0]
	if n > len(p.first) {
		p.list = make([]namedReason, 0, n)
	}
	return p
}

// get is the reason name has, if any; a nil list has none.
func (p *partyReasons) get(name string) (reason, bool) {
	if p == nil {
		return reason{}, false
	}
	for i := range p.list {
		if p.list[i].name == name {
			return p.list[i].r, true
		}
	}
	return reason{}, false
}

// set gives name the reason r, replacing the one it had.
func (p *partyReasons) set(name string, r reason) {
	for i := range p.list {
		if p.list[i].name == name {
			p.list[i].r = r
			return
		}
	}
	p.list = append(p.list, namedReason{name, r})
}

// all is the names and their reasons; nil for a nil list.
func (p *partyReasons) all() []namedReason {
	if p == nil {
		return nil
	}
	return p.list
}

// partyBecause records why p is a participant, unless it has a reason.
func (t *trail) partyBecause(name string, r reason) {
	if name == "" {
		return
	}
	if t.party == nil {
		t.party = newPartyReasons(0)
	}
	if _, ok := t.party.get(name); !ok {
		t.party.list = append(t.party.list, namedReason{name, r})
	}
}

// copyParties gives t the reasons o has for the names t lacks.
func (t *trail) copyParties(o *trail) {
	for _, p := range o.party.all() {
		t.partyBecause(p.name, p.r)
	}
}

// clone copies t, so that a draft made from another (a trip's next leg)
// can change its reasons without changing the other's.
func (t trail) clone() trail {
	c := t
	c.party = newPartyReasons(len(t.party.all()))
	c.party.list = append(c.party.list, t.party.all()...)
	return c
}

// why writes out the trail of a finished mention, each reason through
// the cache c (which may be nil).
func (t *trail) why(m *timeline.Mention, c *reasonCache) *timeline.Why {
	w := &timeline.Why{Kind: c.out(t.kind), Status: c.out(t.status)}
	for _, p := range m.Participants {
		r, ok := t.party.get(p.Name)
		if !ok {
			continue
		}
		w.Participants = append(w.Participants, timeline.PartyReason{Name: p.Name, Reason: c.out(r)})
	}
	if m.When != nil && t.date.set() {
		d := c.out(t.date)
		w.Date = &d
	}
	if m.Place != "" && t.place.set() {
		p := c.out(t.place)
		w.Place = &p
	}
	return w
}

// reasonCache keeps the reasons written out lately: the same rules meet
// the same words in mention after mention (a name, an office, a verb), and
// writing one out cleans, clips and formats each word. Up to
// maxCachedReasons are kept, then the cache starts again, so that it never
// grows with the corpus. The strings are shared by the mentions, which
// never change them.
type reasonCache struct{ m map[reason]timeline.Reason }

const maxCachedReasons = 4096

// out is r.out(), from the cache when r was written out lately; a nil
// cache writes every reason out.
func (c *reasonCache) out(r reason) timeline.Reason {
	if c == nil {
		return r.out()
	}
	if o, ok := c.m[r]; ok {
		return o
	}
	if c.m == nil || len(c.m) >= maxCachedReasons {
		c.m = make(map[reason]timeline.Reason, 256)
	}
	o := r.out()
	c.m[r] = o
	return o
}
