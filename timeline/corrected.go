package timeline

import "strings"

// Change is one change made to an event by hand, after merging (package
// correct applies a corrections file): which field, what it was and what
// it is now, or a note. An event changed by hand lists its changes in
// Event.Corrected, and every output format says so.
type Change struct {
	// Field is what changed: date, kind, status, place, participants,
	// title, merge (another event was merged into this one), split (this
	// event was split out of another, or had sources split out), or note.
	Field string `json:"field"`
	// From and To are the value before and after, as text; for merge and
	// split, From is the other event's id.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// Note is the corrector's note.
	Note string `json:"note,omitempty"`
	// By is where the correction is written: "corrections.yaml:12".
	By string `json:"by,omitempty"`
}

// CorrectedSummary says in one line what was changed by hand, "" when
// nothing was: "date 2021-12-30 → 2021-12-29; status planned → occurred;
// note: the Kremlin readout gives the 29th".
func (e *Event) CorrectedSummary() string {
	var parts []string
	for _, c := range e.Corrected {
		var s string
		switch {
		case c.Field == "note":
			s = "note: " + c.Note
		case c.Field == "merge":
			s = "merged with " + c.From
		case c.Field == "split" && c.From != "":
			s = "split out of " + c.From
		case c.Field == "split":
			s = "sources split out into " + c.To
		default:
			s = c.Field + " " + orNone(c.From) + " → " + orNone(c.To)
		}
		if c.Note != "" && c.Field != "note" {
			s += " (" + c.Note + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
