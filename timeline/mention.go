package timeline

import "slices"

// DateBasis says where a mention's date came from, which decides how much
// weight it carries when mentions are merged.
type DateBasis string

// Date bases, strongest first.
const (
	// FromText: a date expression in the mention's own clause.
	FromText DateBasis = "text"
	// FromReference: the mention has no date of its own and took the date of
	// the mention it refers to ("the call" → the call dated earlier).
	FromReference DateBasis = "reference"
	// FromPublication: nothing in the text dates it; the article's
	// publication date bounds it. Publication dates from different time zones
	// can differ by a day, so this is the weakest evidence.
	FromPublication DateBasis = "published"
)

// MentionDate is the resolved date of one mention: the When, where it
// came from, and the words that gave it.
type MentionDate struct {
	When
	Basis   DateBasis
	Text    string // the date expression, empty for FromPublication
	Explain string // one line: how the date was reached
}

// Mention is one report of a diplomatic event in one article, before
// merging: what extraction produces and merging consumes.
type Mention struct {
	Kind Kind
	// Format is the named diplomatic format when the text names one
	// ("Strategic Stability Dialogue", "NATO-Russia Council"), else "".
	Format       string
	Participants []Participant
	Place        string // "" when the text names none
	Status       Status
	When         *MentionDate // nil when undated
	Source       Source       // the evidence: article, headline, sentence, date text, why
	// Article is the ID of the article the mention comes from, and Index its
	// position among that article's mentions (text order).
	Article string
	Index   int
	// Publisher is the article's publisher (see Article.Publisher).
	Publisher string
}

// InPassing reports a mention of a past event that no date reaches, not
// even a year ("My visits to Turkmenistan and Tajikistan included
// substantive talks"). A timeline cannot place it, and the annotation
// guide counts a past event mentioned in passing only when the text gives
// at least a year; an article's own news is dated by its publication day,
// and a plan, a cancellation or a postponement may be undated, so neither
// is in passing. Extraction reports such mentions, as the text has them;
// the timeline is built without them (see pipeline.Build).
func (m Mention) InPassing() bool {
	return m.When == nil && m.Status == Occurred
}

// WithoutInPassing removes the mentions in passing from ms, in place, and
// returns what is left.
func WithoutInPassing(ms []Mention) []Mention {
	return slices.DeleteFunc(ms, Mention.InPassing)
}
