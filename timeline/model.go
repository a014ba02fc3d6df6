package timeline

import (
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
	// Source is the publisher or domain when the source gives one.
	Source string `json:"source,omitempty"`
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

// Kind is the kind of diplomatic event.
type Kind string

// The event kinds.
const (
	Call    Kind = "call"
	Meeting Kind = "meeting"
	Visit   Kind = "visit"
	Talks   Kind = "talks"
	Summit  Kind = "summit"
)

// Kinds lists every kind, in display order.
var Kinds = []Kind{Call, Meeting, Visit, Talks, Summit}

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

// Participant is a person, country or organisation taking part in an event.
type Participant struct {
	// Name is the full, normalised name: "Volodymyr Zelenskyy", "Russia", "NATO".
	Name string `json:"name"`
	// Type is "person", "country" or "organization".
	Type string `json:"type,omitempty"`
	// Role is the office when the text gives it: "President".
	Role string `json:"role,omitempty"`
	// Country is the person's country when the text gives it.
	Country string `json:"country,omitempty"`
	// Aliases are other names the participant goes by ("Zelensky", "POTUS").
	Aliases []string `json:"aliases,omitempty"`
}

// When is the date of an event at its true granularity.
type When struct {
	// Value is the TimeML value: "2021-12-30", "2022-W02", "2022-01".
	Value string `json:"value"`
	// Start and End are the inclusive first and last day, YYYY-MM-DD.
	Start string `json:"start"`
	End   string `json:"end"`
	// Granularity is day, week, month, quarter, season, year …
	Granularity string `json:"granularity"`
}

// Source is one piece of evidence for an event: a sentence of an article.
type Source struct {
	Article   string `json:"article"`
	Headline  string `json:"headline"`
	Published string `json:"published,omitempty"`
	Sentence  string `json:"sentence"`
	// DateText is the date expression the event's date came from, if any.
	DateText string `json:"date_text,omitempty"`
	// Explain is the resolver's explanation of DateText.
	Explain string `json:"explain,omitempty"`
	// DateStart and DateEnd are the byte offsets of DateText in Sentence,
	// for highlighting; both zero when there is no date text.
	DateStart int `json:"date_start,omitempty"`
	DateEnd   int `json:"date_end,omitempty"`
}

// Event is one diplomatic event, with every source that reports it.
type Event struct {
	// ID is stable: derived from kind, participants and date.
	ID           string        `json:"id"`
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
}

// Timeline is the merged, sorted list of events.
type Timeline struct {
	Schema string  `json:"schema"`
	Events []Event `json:"events"`
}
