package timeline

import (
	"slices"
	"strings"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline/names"
	"github.com/rickb777/date/v2"
)

// Schema is the value of the "schema" field of the timeline JSON.
const Schema = "dateline/v1"

// Article is one news story as read from a file, a JSON object or stdin.
type Article struct {
	// ID identifies the article: its path (with "#N" for the Nth record of a
	// JSON array, line N of a JSON Lines file) or its URL when the record has one.
	ID string `json:"id"`
	// Path is the file the article was read from ("-" for stdin).
	Path string `json:"path,omitempty"`
	// URL is the article's address when the source gives one.
	URL string `json:"url,omitempty"`
	// Publisher is who published the article: the source or domain a JSON
	// record names, else the host of its URL, else the folder its file is
	// in (a folder of files is one feed). Reports of one publisher are
	// dated by one clock, which merging relies on.
	Publisher string `json:"source,omitempty"`
	// Headline is the title line.
	Headline string `json:"headline"`
	// Published is the publication date; date.Zero when unknown.
	Published date.Date `json:"-"`
	// Dateline is the place/agency/date line that opens the body, if any.
	Dateline Dateline `json:"dateline"`
	// Body is the article text, dateline included.
	Body string `json:"-"`
}

// Anchor is the day relative dates in the article are counted from: the
// dateline date when there is one, else the publication date.
func (a Article) Anchor() date.Date {
	if a.Dateline.Date != date.Zero {
		return a.Dateline.Date
	}
	return a.Published
}

// DateAnchor is the anchor the resolver needs for the article: Anchor,
// and the publication date when it differs (some expressions are only
// consistent with one of the two, see resolve.Anchor).
func (a Article) DateAnchor() resolve.Anchor {
	at := resolve.Anchor{Date: a.Anchor()}
	if a.Published != at.Date {
		at.Published = a.Published
	}
	return at
}

// Dateline is the opening of a wire story that says where and when it was
// filed: "Kiev [Ukraine], January 3 :", "MOSCOW, Jan 3 (Reuters) -".
type Dateline struct {
	// Text is the dateline exactly as it appears, without the separator.
	Text string `json:"text,omitempty"`
	// Place is the city or place named ("Kiev").
	Place string `json:"place,omitempty"`
	// Country is the country named or implied ("Ukraine").
	Country string `json:"country,omitempty"`
	// Agency is the news agency named ("Reuters", "AP", "Xinhua").
	Agency string `json:"agency,omitempty"`
	// Date is the dateline's date, its year inferred from the publication
	// date when not written; date.Zero when the dateline has no date.
	Date date.Date `json:"-"`
	// End is the byte offset in Body where the story proper starts.
	End int `json:"-"`
}

// Status says whether the event happened.
type Status string

// The event statuses.
const (
	Occurred  Status = "occurred"
	Planned   Status = "planned"
	Cancelled Status = "cancelled"
	Postponed Status = "postponed"
)

// Statuses lists every status, in display order.
var Statuses = []Status{Occurred, Planned, Cancelled, Postponed}

// PartyType says what kind of thing a participant is.
type PartyType string

// The participant types. A participant is never a topic, a place or a
// pronoun.
const (
	PersonParty       PartyType = "person"
	CountryParty      PartyType = "country"
	OrganizationParty PartyType = "organization"
)

// IsGroup reports whether t is a country or an organisation (the older
// spelling "organisation" included), that is, a side rather than a person.
func (t PartyType) IsGroup() bool {
	return t == CountryParty || t == OrganizationParty || t == "organisation"
}

// Participant is a person, country or organisation taking part in an event.
type Participant struct {
	// Name is the full, normalised name: "Volodymyr Zelenskyy", "Russia", "NATO".
	Name string `json:"name"`
	// Type is a person, a country or an organisation.
	Type PartyType `json:"type,omitempty"`
	// Role is the office when the text gives it: "President".
	Role string `json:"role,omitempty"`
	// Country is the person's country when the text gives it.
	Country string `json:"country,omitempty"`
	// Aliases are other names the participant goes by ("Zelensky", "POTUS").
	Aliases []string `json:"aliases,omitempty"`
}

// ShortName is the word of a person's name that the press uses alone
// (names.ShortName: "Biden", "Xi" of Xi Jinping, "Phuc" of Nguyen Xuan
// Phuc), or a country's or organisation's name. An alias the text itself
// used that is a run of the name's words comes first: "López Obrador" of
// Andrés Manuel López Obrador, "Lula" of Luiz Inacio Lula da Silva.
func (p Participant) ShortName() string {
	if p.Type != PersonParty {
		return p.Name
	}
	for _, a := range p.Aliases {
		if a != p.Name && wordRunOf(a, p.Name) {
			return a
		}
	}
	return names.ShortName(p.Name, p.Country)
}

// wordRunOf reports whether part is one or more whole consecutive words
// of name.
func wordRunOf(part, name string) bool {
	words, in := strings.Fields(part), strings.Fields(name)
	for i := 0; i+len(words) <= len(in) && len(words) > 0; i++ {
		if slices.Equal(words, in[i:i+len(words)]) {
			return true
		}
	}
	return false
}

// Source is one piece of evidence for an event: a sentence of an article.
type Source struct {
	Article  string `json:"article"`
	Headline string `json:"headline"`
	// Published is the article's publication day; date.Zero when unknown.
	Published date.Date `json:"published,omitempty"`
	// Publisher is who published the article (see Article.Publisher):
	// the outlet a reader is shown, "" when unknown.
	Publisher string `json:"publisher,omitempty"`
	// URL is the article's address when the source gives one.
	URL      string `json:"url,omitempty"`
	Sentence string `json:"sentence"`
	// DateText is the date expression the event's date came from, if any.
	DateText string `json:"date_text,omitempty"`
	// Explain is the resolver's explanation of DateText.
	Explain string `json:"explain,omitempty"`
	// DateStart and DateEnd are the byte offsets of DateText in Sentence,
	// for highlighting; both zero when there is no date text.
	DateStart int `json:"date_start,omitempty"`
	DateEnd   int `json:"date_end,omitempty"`
	// Why says which extraction rule set each field this source supports
	// (kind, participants, status, date, place), and why. It is named
	// "why" because "explain" already holds the date's explanation.
	Why *Why `json:"why,omitempty"`
	// Mentions are the mentions this sentence gave before merging, as
	// extraction found them (see MentionRecord): what a timeline read back
	// needs to be merged again with new articles or other timelines.
	Mentions []MentionRecord `json:"mentions,omitempty"`
}

// Event is one diplomatic event, with every source that reports it.
type Event struct {
	// ID is stable: derived from kind, participants and date.
	ID string `json:"id"`
	// Aliases are ids the event went by in a timeline it was merged from
	// (two events that became one, a date made more precise): a link to
	// an old id still finds the event. See Timeline.Find.
	Aliases      []string      `json:"aliases,omitempty"`
	Kind         Kind          `json:"kind"`
	CAMEO        string        `json:"cameo"`
	Title        string        `json:"title"`
	Format       string        `json:"format,omitempty"` // named diplomatic format, e.g. "NATO-Russia Council"
	Participants []Participant `json:"participants"`
	Place        *string       `json:"place"`
	Status       Status        `json:"status"`
	When         *When         `json:"when"`
	// Conflicts lists other dates sources gave for the event that are not
	// consistent with When. They are kept, not silently dropped.
	Conflicts []When   `json:"conflicts,omitempty"`
	Sources   []Source `json:"sources"`
	// Corrected lists the changes made to the event by hand (a corrections
	// file), after merging; empty for an event as merging made it.
	Corrected []Change `json:"corrected,omitempty"`
}

// Timeline is the merged, sorted list of events.
type Timeline struct {
	Schema string  `json:"schema"`
	Events []Event `json:"events"`
}
