// Package render writes a timeline.Timeline in the formats people and other
// tools read: a static HTML page, a Markdown report, JSON, JSON Lines, CSV,
// iCalendar, TimelineJS and a terminal table. It extracts and resolves
// nothing: every format is a function of the Timeline alone, so the same
// Timeline always renders to the same bytes.
package render

import (
	"io"

	"github.com/dateline/dateline/timeline"
)

// Renderer writes a Timeline in one format.
type Renderer interface {
	// Render writes tl to w. It must be deterministic: the same Timeline
	// gives the same bytes.
	Render(w io.Writer, tl *timeline.Timeline) error
}
