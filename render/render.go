// Package render writes a timeline.Timeline in the formats people and other
// tools read. It extracts and resolves nothing: every format is a function
// of the Timeline alone, so the same Timeline always renders to the same
// bytes (no clock, no map order).
//
// Lookup finds a Renderer by the name the CLI's --format flag takes:
//
//	json         the timeline JSON contract (JSONRenderer)
//	jsonl        one event object per line (JSONLRenderer)
//	csv          RFC 4180, one row per event (CSVRenderer)
//	ics          iCalendar, one all-day VEVENT per dated event (ICSRenderer)
//	timelinejs   Knight Lab TimelineJS JSON (TimelineJSRenderer)
//	md           a Markdown report (MarkdownRenderer)
//	report-html  the Markdown report as an HTML document (ReportHTMLRenderer)
//	html         a self-contained, filterable HTML timeline (HTMLRenderer)
//	table        aligned columns for a terminal (TableRenderer)
//	brief        one line per event, to paste into a briefing (BriefRenderer)
//	brief-md     the same as a Markdown list (BriefRenderer with Markdown)
//
// The display formats (md, report-html, html, table, brief, timelinejs) show
// events in date order whatever the Timeline's order, undated events last,
// and write each date at its true granularity with DisplayDate. The
// exchange formats (json, jsonl, csv, ics) keep the Timeline's order.
//
// Every string of a Timeline is untrusted, since `dateline query` renders
// any timeline JSON it is given: each format escapes every one of them for
// its own syntax (HTML, the HTML that TimelineJS writes with innerHTML,
// Markdown, iCalendar TEXT, CSV, the terminal), and the HTML pages carry a
// Content-Security-Policy that forbids every network request.
//
// Sources are counted as articles, not sentences: two sentences of one
// article are one source, and so is one story read by two paths (see
// articlesOf). Each article is shown with its outlet (Source.Publisher)
// and linked when it has an http(s) address.
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
