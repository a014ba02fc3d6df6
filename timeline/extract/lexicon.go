package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/dateline/dateline/timeline/vocab"
)

// phraseTable finds multi-word phrases in a token stream. Phrases are
// tokenised like text, so "NATO-Russia Council" is matched as NATO, -,
// Russia, Council. Matching is longest first.
//
// Case: an acronym (a word with two or more capitals and no lower-case
// letters, "US", "NATO") only matches the same letters in upper case, so
// that "us" and "who" are never countries or organisations. When capital is
// set, the first word of every other phrase must be capitalised in the text.
type phraseTable[V any] struct {
	byFirst map[string][]phraseEntry[V]
	capital bool
}

type phraseEntry[V any] struct {
	lower []string
	raw   []string // text as written; compared for acronyms
	acro  []bool
	value V
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
	e := phraseEntry[V]{value: v}
	for _, tk := range toks {
		e.lower = append(e.lower, tk.Lower)
		e.raw = append(e.raw, tk.Text)
		e.acro = append(e.acro, isAcronym(tk.Text))
	}
	k := e.lower[0]
	list := append(t.byFirst[k], e)
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].lower) > len(list[j].lower) })
	t.byFirst[k] = list
}

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

// match returns the longest phrase starting at toks[i] and its length in
// tokens; n is 0 when nothing matches.
func (t *phraseTable[V]) match(toks []token, i int) (v V, n int) {
	if i >= len(toks) {
		return v, 0
	}
	list := t.byFirst[toks[i].Lower]
next:
	for _, e := range list {
		if i+len(e.lower) > len(toks) {
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
		if t.capital && !e.acro[0] && !toks[i].Cap {
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

// titleRows lists offices as written before a name. The text form is the key;
// the Role is the normalised office.
var titleRows = []struct {
	Forms []string
	Info  titleInfo
}{
	{[]string{"President", "Presidents", "President-elect", "President elect", "Presumptive President-elect", "Federal President"}, titleInfo{Role: "President", Head: true}},
	{[]string{"Vice President", "Vice-President"}, titleInfo{Role: "Vice President"}},
	{[]string{"Prime Minister", "Prime Ministers", "PM", "Premier", "Chancellor", "Federal Chancellor", "Acting Federal Chancellor", "Chief Executive", "Taoiseach"}, titleInfo{Role: "Prime Minister", Head: true}},
	{[]string{"Vice Chancellor", "Vice-Chancellor", "Deputy Prime Minister", "First Deputy Prime Minister"}, titleInfo{Role: "Deputy Prime Minister"}},
	{[]string{"King", "Queen", "Emir", "Amir", "Sultan", "Crown Prince", "Prince", "Emperor", "Grand Duke", "Supreme Leader", "Sheikh", "Shaikh"}, titleInfo{Role: "Monarch", Head: true}},
	{[]string{"Pope"}, titleInfo{Role: "Pope", Head: true}},
	{[]string{"Secretary of State", "Secretary Of State", "Foreign Minister", "Foreign Ministers", "Minister of Foreign Affairs", "Foreign Secretary", "Minister for Foreign Affairs", "Foreign Affairs Minister", "External Affairs Minister"}, titleInfo{Role: "Foreign Minister"}},
	{[]string{"Deputy Secretary of State", "Under Secretary of State", "Assistant Secretary of State", "Deputy Foreign Minister", "Vice Foreign Minister"}, titleInfo{Role: "Deputy Foreign Minister"}},
	{[]string{"Defense Secretary", "Defence Secretary", "Secretary of Defense", "Defense Minister", "Defence Minister", "Minister of Defense", "Minister of Defence"}, titleInfo{Role: "Defense Minister"}},
	{[]string{"Minister", "Ministers", "Secretary", "Treasury Secretary", "Finance Minister", "Trade Minister", "Commerce Secretary", "Interior Minister", "Energy Minister", "Economy Minister", "Health Minister"}, titleInfo{Role: "Minister"}},
	{[]string{"National Security Advisor", "National Security Adviser", "Deputy National Security Advisor", "Deputy National Security Adviser", "Security Council Secretary", "Secretary of the Security Council", "National Security Council Secretary", "Secretary of the National Security Council"}, titleInfo{Role: "National Security Advisor"}},
	{[]string{"Foreign Policy Advisor", "Foreign Policy Adviser", "Presidential Aide", "Aide", "Advisor", "Adviser", "Senior Advisor", "Senior Adviser", "Chief of Staff", "Head of the Presidential Office", "Head of Presidential Office"}, titleInfo{Role: "Advisor"}},
	{[]string{"Secretary-General", "Secretary General", "General Secretary", "Director-General", "Director General", "Commission President", "High Representative", "Chairman", "Chairwoman", "Chair", "Chairperson", "Commissioner"}, titleInfo{Role: "Head of Organization"}},
	{[]string{"Ambassador", "Envoy", "Special Envoy", "Special Representative", "Special Coordinator", "Coordinator", "Negotiator", "Chief Negotiator"}, titleInfo{Role: "Envoy"}},
	{[]string{"Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman", "Speaker", "Governor", "Gov.", "Mayor", "Lawmaker", "Opposition Leader"}, titleInfo{Role: "Politician"}},
	{[]string{"General", "Gen.", "Admiral", "Adm.", "Commander", "Colonel", "Marshal", "Field Marshal"}, titleInfo{Role: "Military Officer"}},
	{[]string{"Cardinal", "Archbishop", "Patriarch", "Bishop", "Metropolitan"}, titleInfo{Role: "Cleric"}},
	{[]string{"Press Secretary", "Spokesperson", "Spokesman", "Spokeswoman", "Chief Spokesperson", "Deputy Press Secretary", "Press Officer", "Communications Director"}, titleInfo{Role: "Spokesperson", Reporter: true}},
	{[]string{"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Sir", "Dame", "Madam"}, titleInfo{Courtesy: true}},
}

// titleModifiers may precede a title without changing the office.
var titleModifiers = vocab.Set("title-modifiers")

// genericRoles are role nouns that, after a country word, name that country's
// side without naming a person: "Russian officials", "the Ukrainian
// leader". Head marks the ones that mean the head of state or government.
var genericRoles = map[string]bool{
	"leader": true, "leaders": true, "president": true, "presidents": true, "premier": true,
	"counterpart": true, "counterparts": true, "head": true, "chancellor": true, "king": true,
	"monarch": true, "emir": true, "sultan": true, "ruler": true,
	// The rest name a side, not a head, or qualify such a noun ("Russian
	// security officials", "US senior officials").
	"officials": false, "official": false, "delegation": false, "delegations": false,
	"diplomats": false, "diplomat": false, "negotiators": false, "negotiator": false,
	"government": false, "governments": false, "side": false, "sides": false, "authorities": false,
	"envoy": false, "envoys": false, "team": false, "teams": false, "representatives": false,
	"administration": false, "foreign": false, "defense": false, "defence": false,
	"security": false, "military": false, "senior": false, "top": false, "high-level": false,
}

// handles are social-media accounts that name an office rather than a
// person; they resolve to whoever holds the office in the article.
var handles = map[string]struct{ Role, Country string }{
	"potus":           {"President", "United States"},
	"vp":              {"Vice President", "United States"},
	"statedept":       {"", "United States"},
	"mfa_russia":      {"", "Russia"},
	"kremlinrussia_e": {"President", "Russia"},
	"natosecgen":      {"Head of Organization", "NATO"},
}

// ---------------------------------------------------------------------------
// Organisations.

// orgRows are international organisations and groupings.
var orgRows = []struct {
	Name  string
	Forms []string
}{
	{"NATO", []string{"NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "North Atlantic Alliance", "Nato"}},
	{"OSCE", []string{"OSCE", "Organization for Security and Cooperation in Europe", "Organization for Security and Co-operation in Europe", "Organisation for Security and Co-operation in Europe", "Organisation for Security and Cooperation in Europe"}},
	{"United Nations", []string{"United Nations", "UN", "U.N.", "UNO"}},
	{"UN Security Council", []string{"UN Security Council", "U.N. Security Council", "United Nations Security Council", "UNSC", "Security Council"}},
	{"UN General Assembly", []string{"UN General Assembly", "U.N. General Assembly", "United Nations General Assembly", "UNGA", "General Assembly"}},
	{"European Union", []string{"European Union", "EU", "E.U."}},
	{"European Commission", []string{"European Commission"}},
	{"European Council", []string{"European Council"}},
	{"European Parliament", []string{"European Parliament"}},
	{"Council of Europe", []string{"Council of Europe"}},
	{"IAEA", []string{"IAEA", "International Atomic Energy Agency"}},
	{"WHO", []string{"WHO", "World Health Organization", "World Health Organisation"}},
	{"ASEAN", []string{"ASEAN", "Association of Southeast Asian Nations", "Association of South East Asian Nations"}},
	{"African Union", []string{"African Union", "AU"}},
	{"Arab League", []string{"Arab League", "League of Arab States"}},
	{"Gulf Cooperation Council", []string{"Gulf Cooperation Council", "GCC"}},
	{"OPEC", []string{"OPEC", "Organization of the Petroleum Exporting Countries"}},
	{"G7", []string{"G7", "G-7", "Group of Seven"}},
	{"G20", []string{"G20", "G-20", "Group of 20", "Group of Twenty"}},
	{"G8", []string{"G8", "G-8", "Group of Eight"}},
	{"BRICS", []string{"BRICS"}},
	{"APEC", []string{"APEC", "Asia-Pacific Economic Cooperation"}},
	{"CSTO", []string{"CSTO", "Collective Security Treaty Organisation", "Collective Security Treaty Organization"}},
	{"Shanghai Cooperation Organisation", []string{"SCO", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"}},
	{"Commonwealth of Independent States", []string{"CIS", "Commonwealth of Independent States"}},
	{"Eurasian Economic Union", []string{"EAEU", "Eurasian Economic Union"}},
	{"Organization of American States", []string{"OAS", "Organization of American States"}},
	{"International Monetary Fund", []string{"IMF", "International Monetary Fund"}},
	{"World Bank", []string{"World Bank"}},
	{"World Trade Organization", []string{"WTO", "World Trade Organization"}},
	{"International Committee of the Red Cross", []string{"ICRC", "International Committee of the Red Cross", "Red Cross"}},
	{"International Federation of Red Cross and Red Crescent Societies", []string{"IFRC", "International Federation of Red Cross and Red Crescent Societies", "International Federation of Red Cross and Red Crescent"}},
}

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
var notNameWords = vocab.Set("not-name-words")

// definiteOffices are office nouns that, after "the" as the subject of an
// event word, stand for the one person of the article who holds that
// office: "The monarch will meet the President on Thursday." The value is
// the normalised role (see titleRows). An office that two people of the
// article hold resolves to nobody.
var definiteOffices = map[string]string{
	"monarch": "Monarch", "king": "Monarch", "queen": "Monarch", "emir": "Monarch", "sultan": "Monarch",
	"pope": "Pope", "pontiff": "Pope",
	"president": "President", "chancellor": "Prime Minister", "premier": "Prime Minister",
	"secretary-general": "Head of Organization",
	"vice president":    "Vice President", "prime minister": "Prime Minister",
	"foreign minister": "Foreign Minister", "defense minister": "Defense Minister", "defence minister": "Defense Minister",
}
