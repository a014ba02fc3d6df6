package timeline

import "strings"

// A Reason says which extraction rule set a field of a mention, and why,
// in one line, as the resolver's rule and explain do for a date:
//
//	{Rule: "kind/trigger", Explain: "'telephone call' reports a call"}
type Reason struct {
	Rule    string `json:"rule"`
	Explain string `json:"explain"`
}

// PartyReason is the Reason one participant of a mention was found, under
// the name the text gave.
type PartyReason struct {
	Name string `json:"name"`
	Reason
}

// Why is the explanation trail of one mention: for each field, the rule
// that set it. A field that no rule set (no place named) has no entry.
type Why struct {
	Kind         Reason        `json:"kind"`
	Participants []PartyReason `json:"participants,omitempty"`
	Status       Reason        `json:"status"`
	Date         *Reason       `json:"date,omitempty"`
	Place        *Reason       `json:"place,omitempty"`
}

// key is w as one string, for ordering sources that differ only in it.
func (w *Why) key() string {
	if w == nil {
		return ""
	}
	var b strings.Builder
	for _, r := range []*Reason{&w.Kind, &w.Status, w.Date, w.Place} {
		if r != nil {
			b.WriteString(r.Rule + "\x00" + r.Explain + "\x00")
		}
		b.WriteString("\x01")
	}
	for _, p := range w.Participants {
		b.WriteString(p.Name + "\x00" + p.Rule + "\x00" + p.Explain + "\x00")
	}
	return b.String()
}
