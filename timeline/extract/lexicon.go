package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline/vocab"
)

// phraseTable finds multi-word phrases in a token stream. Phrases are
// tokenised like text, so "NATO-Russia Council" is matched as NATO, -,
// Russia, Council. Matching is longest first.
//
// Case: an acronym (a word with two or more capitals and no lower-case
// letters, "US", "NATO") only matches the same letters in upper case, so
// that "us" and "who" are never countries or organisations. When capital is
// set, the first word of every other phrase must be capitalised in the text,
// unless the table writes the phrase in lower case and in several words: a
// description ("seven major industrial nations") is written so in text.
type phraseTable[V any] struct {
	byFirst map[string][]phraseEntry[V]
	capital bool
	// starts has, for each first byte of a key of byFirst, bit n set for
	// a key of n bytes (bit 63 for 63 and more): match is called at most
	// tokens of a text, and two loads rule out nearly all of those that
	// start no phrase before they cost a map lookup.
	starts [256]uint64
}

type phraseEntry[V any] struct {
	lower []string
	raw   []string // text as written; compared for acronyms
	acro  []bool
	// lowerForm: the table writes the phrase in lower case ("seven major
	// industrial nations"), a description that needs no capital.
	lowerForm bool
	value     V
}

func newPhraseTable[V any](capital bool) *phraseTable[V] {
	return &phraseTable[V]{byFirst: map[string][]phraseEntry[V]{}, capital: capital}
}

// add registers phrase with value. Later additions of the same phrase are
// kept too; the first one added wins a tie.
func (t *phraseTable[V]) add(phrase string, v V) {
	// Text writes the apostrophe straight or curly: "Leaders' Summit",
	// "Leaders’ Summit". Register both.
	if strings.Contains(phrase, "'") {
		t.addForm(strings.ReplaceAll(phrase, "'", "’"), v)
	}
	t.addForm(phrase, v)
}

func (t *phraseTable[V]) addForm(phrase string, v V) {
	toks := tokenize(phrase, 0)
	if len(toks) == 0 {
		return
	}
	e := phraseEntry[V]{value: v, lowerForm: phrase == strings.ToLower(phrase) && len(toks) >= minLowerPhraseWords}
	for _, tk := range toks {
		e.lower = append(e.lower, tk.Lower)
		e.raw = append(e.raw, tk.Text)
		e.acro = append(e.acro, isAcronym(tk.Text))
	}
	k := e.lower[0]
	if k != "" {
		t.starts[k[0]] |= startBit(k)
	}
	list := append(t.byFirst[k], e)
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].lower) > len(list[j].lower) })
	t.byFirst[k] = list
}

// minLowerPhraseWords is how many words a phrase written in lower case
// needs to match without a capital: one or two common words would match
// ordinary text.
const minLowerPhraseWords = 3

// startBit is the bit of phraseTable.starts for the length of w.
func startBit(w string) uint64 { return 1 << min(len(w), 63) }

func isAcronym(w string) bool {
	upper := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}

// has reports whether a phrase of the table starts at toks[i].
func (t *phraseTable[V]) has(toks []token, i int) bool {
	_, n := t.match(toks, i)
	return n > 0
}

// match returns the longest phrase starting at toks[i] and its length in
// tokens; n is 0 when nothing matches.
func (t *phraseTable[V]) match(toks []token, i int) (v V, n int) {
	return t.matchUpTo(toks, i, len(toks))
}

// matchUpTo is match among the phrases of at most max words: "call"
// where "call on" would match.
func (t *phraseTable[V]) matchUpTo(toks []token, i, max int) (v V, n int) {
	if i >= len(toks) {
		return v, 0
	}
	if w := toks[i].Lower; w != "" && t.starts[w[0]]&startBit(w) == 0 {
		return v, 0
	}
	list := t.byFirst[toks[i].Lower]
next:
	for _, e := range list {
		if i+len(e.lower) > len(toks) || len(e.lower) > max {
			continue
		}
		for k, w := range e.lower {
			tk := toks[i+k]
			if tk.Lower != w || (e.acro[k] && tk.Text != e.raw[k]) {
				continue next
			}
			if k > 0 && tk.Para != toks[i].Para {
				continue next
			}
		}
		if t.capital && !e.acro[0] && !e.lowerForm && !toks[i].Cap {
			continue
		}
		return e.value, len(e.lower)
	}
	return v, 0
}

// ---------------------------------------------------------------------------
// People: titles and roles.

// titleInfo describes an office written before a name ("Prime Minister").
type titleInfo struct {
	Role string
	// Head: a head of state or government, what "leader" refers to.
	Head bool
	// Reporter: someone whose job is to speak for others (press secretaries,
	// spokespeople); they report events and do not take part in them.
	Reporter bool
	// Courtesy: "Mr.", "Dr." — says a name follows but gives no office.
	Courtesy bool
}

// titleRows are the offices of vocab's offices table, each with the
// titles that name it before a name. The text form is the key; the Role
// is the normalised office.
var titleRows = func() (rows []titleRow) {
	for _, o := range vocab.Offices() {
		info := titleInfo{Role: o.Role, Head: o.Head, Reporter: o.Reporter, Courtesy: o.Courtesy}
		forms := slices.Clone(o.Titles)
		if !o.Courtesy {
			for _, f := range o.Titles {
				if pl := pluralTitle(f); pl != "" && !slices.Contains(forms, pl) {
					forms = append(forms, pl)
				}
			}
		}
		rows = append(rows, titleRow{Forms: forms, Info: info})
	}
	return rows
}()

// pluralTitle is the plural of a title, for lists of office holders of
// several countries ("the High Commissioners of South Africa and New
// Zealand", "the Ambassadors of Iran and Myanmar"): its last word with
// -s (-ies after a consonant and y); "" for a title written in capitals
// ("PM"), ending in s, or hyphenated.
func pluralTitle(t string) string {
	i := strings.LastIndexByte(t, ' ') + 1
	last := t[i:]
	if len(last) < 3 || strings.ToUpper(last) == last || strings.ContainsAny(last, "-'’.") || strings.HasSuffix(last, "s") {
		return ""
	}
	if strings.HasSuffix(last, "y") && !strings.ContainsRune("aeiou", rune(last[len(last)-2])) {
		return t[:i] + last[:len(last)-1] + "ies"
	}
	return t + "s"
}

// titleRow is an office and its titles.
type titleRow struct {
	Forms []string
	Info  titleInfo
}

// titleModifiers may precede a title without changing the office.
var titleModifiers = vocab.Set("title-modifiers")

// genericRoles are role nouns that, after a country word, name that country's
// side without naming a person: "Russian officials", "the Ukrainian
// leader". Head marks the ones that mean the head of state or government.
// They are vocab's role-nouns table.
var genericRoles = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range vocab.RoleNouns() {
		m[n.Noun] = n.Head
	}
	return m
}()

// handles are social-media accounts that name an office rather than a
// person; they resolve to whoever holds the office in the article.
var handles = func() map[string]struct{ Role, Country string } {
	m := map[string]struct{ Role, Country string }{}
	for _, h := range vocab.Handles() {
		m[h.Handle] = struct{ Role, Country string }{h.Role, h.Country}
	}
	return m
}()

// ---------------------------------------------------------------------------
// Organisations.

// orgRows are international organisations and groupings: vocab's table.
var orgRows = vocab.Organisations()

// ---------------------------------------------------------------------------
// Words that steer the reading of a sentence.

// reportingVerbs introduce what someone said. A date next to one ("said on
// Sunday") dates the saying, not the event; the clause before one is the
// speaker's, not the event's.
var reportingVerbs = vocab.Set("reporting-verbs")

// clauseOpeners start a new clause: the subject of an event verb is not found
// across them. "The call comes days before Russian and US officials are set
// to meet" — the officials meet; the call does not.
var clauseOpeners = vocab.Set("clause-openers")

// dateFillers may stand between a reporting verb and a date that belongs to
// it: "said in a tweet on Sunday", "said late on Monday".
var dateFillers = vocab.Set("date-fillers")

// listJoiners join participants in a list: "Biden, Macron and Scholz".
var listJoiners = vocab.Set("list-joiners")

// remoteCues say that a conversation was by phone or video; "spoke with"
// and "talks" become a call when the sentence (or the headline) has one.
var remoteCues = vocab.Set("remote-cues")

// notNameWords are words that may be capitalised but are never part of a person's
// name; a run of capitalised words containing one is not a name.
var notNameWords = func() vocab.WordSet {
	set := vocab.Set("not-name-words")
	// Month and weekday names are the resolver's calendar vocabulary;
	// their abbreviations ("Mar", "Sun") may be words of a name.
	for w, m := range resolve.MonthWords() {
		if w == strings.ToLower(m.String()) {
			set[w] = true
		}
	}
	for w, d := range resolve.WeekdayWords() {
		if w == strings.ToLower(d.String()) {
			set[w] = true
		}
	}
	return set
}()

// definiteOffices are office nouns that, after "the" as the subject of an
// event word, stand for the one person of the article who holds that
// office: "The monarch will meet the President on Thursday." The value is
// the normalised roles (the definite column of vocab's offices table):
// "the Secretary" may be of State, of Defense or General. A noun that two
// people of the article answer to resolves to nobody.
var definiteOffices = func() map[string][]string {
	m := map[string][]string{}
	for _, o := range vocab.Offices() {
		for _, d := range o.Definite {
			m[d] = append(m[d], o.Role)
		}
	}
	return m
}()
