package timeline

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
