package render

import (
	"fmt"
	"strings"
)

// Formats lists the names Lookup accepts, in the order help text shows them.
var Formats = []string{"json", "jsonl", "csv", "ics", "timelinejs", "md", "report-html", "html", "table"}

// Lookup returns a new Renderer for the named format, with default options.
// The result is a pointer, so a caller may set options on it:
//
//	r, err := render.Lookup("table")
//	if t, ok := r.(*render.TableRenderer); ok {
//		t.Color = isTerminal
//	}
//
// An unknown name is an error that lists the accepted ones.
func Lookup(format string) (Renderer, error) {
	switch format {
	case "json":
		return &JSONRenderer{}, nil
	case "jsonl":
		return &JSONLRenderer{}, nil
	case "csv":
		return &CSVRenderer{}, nil
	case "ics":
		return &ICSRenderer{}, nil
	case "timelinejs":
		return &TimelineJSRenderer{}, nil
	case "md":
		return &MarkdownRenderer{}, nil
	case "report-html":
		return &ReportHTMLRenderer{}, nil
	case "html":
		return &HTMLRenderer{}, nil
	case "table":
		return &TableRenderer{}, nil
	}
	return nil, fmt.Errorf("unknown format %q: accepted formats are %s", format, strings.Join(Formats, ", "))
}
