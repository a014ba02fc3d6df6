package render

import (
	"fmt"
	"strings"
)

// format is one entry of the registry: its name and how to make a fresh
// Renderer with default options.
type format struct {
	name string
	make func() Renderer
}

// registry lists every format, in the order help text shows them. Adding a
// format is one line here.
var registry = []format{
	{"json", func() Renderer { return &JSONRenderer{} }},
	{"jsonl", func() Renderer { return &JSONLRenderer{} }},
	{"csv", func() Renderer { return &CSVRenderer{} }},
	{"ics", func() Renderer { return &ICSRenderer{} }},
	{"timelinejs", func() Renderer { return &TimelineJSRenderer{} }},
	{"md", func() Renderer { return &MarkdownRenderer{} }},
	{"report-html", func() Renderer { return &ReportHTMLRenderer{} }},
	{"html", func() Renderer { return &HTMLRenderer{} }},
	{"table", func() Renderer { return &TableRenderer{} }},
	{"brief", func() Renderer { return &BriefRenderer{} }},
	{"brief-md", func() Renderer { return &BriefRenderer{Markdown: true} }},
}

// Formats lists the names Lookup accepts, in the order help text shows them.
var Formats = func() []string {
	names := make([]string, len(registry))
	for i, f := range registry {
		names[i] = f.name
	}
	return names
}()

// Lookup returns a new Renderer for the named format, with default options.
// The result is a pointer, so a caller may set options on it:
//
//	r, err := render.Lookup("table")
//	if t, ok := r.(*render.TableRenderer); ok {
//		t.Color = isTerminal
//	}
//
// An unknown name is an error that lists the accepted ones.
func Lookup(name string) (Renderer, error) {
	for _, f := range registry {
		if f.name == name {
			return f.make(), nil
		}
	}
	return nil, fmt.Errorf("unknown format %q: accepted formats are %s", name, strings.Join(Formats, ", "))
}
