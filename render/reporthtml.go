package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"html/template"
	"io"

	"github.com/gomarkdown/markdown"
	mdhtml "github.com/gomarkdown/markdown/html"
	"github.com/gomarkdown/markdown/parser"

	"github.com/dateline/dateline/timeline"
)

// ReportHTMLRenderer writes the Markdown report (see MarkdownRenderer) as a
// standalone HTML document, converted with gomarkdown, for readers who
// want to print it or attach it to a mail.
//
// Defence in depth against untrusted text: the Markdown already escapes
// it; the converter also runs with SkipHTML (raw HTML is dropped) and
// Safelink (only http, https, ftp and mailto links); and a
// Content-Security-Policy forbids every script and network request, and
// allows only the page's own stylesheet, by its hash.
type ReportHTMLRenderer struct {
	// Title is the report's title; DefaultTitle when empty.
	Title string
}

// reportCSS is the report's stylesheet; its hash is in the CSP.
const reportCSS = `:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#595959;--rule:#d0d0d0;--mark:#fff3a3}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#16181c;--muted:#a8a8a8;--rule:#3a3d44;--mark:#5c4d00}}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);max-width:46rem;margin:0 auto;padding:1rem}
h1,h2,h3,h4{line-height:1.25}h2{border-bottom:1px solid var(--rule);padding-bottom:.2em;margin-top:2em}
blockquote{margin:.5em 0 1em;padding:.1em 1em;border-left:4px solid var(--rule);color:var(--muted)}
table{border-collapse:collapse}th,td{border:1px solid var(--rule);padding:.2em .6em}
a{color:inherit}strong{color:var(--fg)}
@media print{body{max-width:none;font-size:11pt}h2,h3,h4{break-after:avoid}blockquote{break-inside:avoid}}
`

// Render writes the report as one HTML document.
func (r ReportHTMLRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	title := r.Title
	if title == "" {
		title = DefaultTitle(tl)
	}
	var md bytes.Buffer
	if err := (MarkdownRenderer{Title: title}).Render(&md, tl); err != nil {
		return err
	}
	p := parser.NewCommonMarkWithExtensions(parser.Tables | parser.Strikethrough | parser.Autolink | parser.AutoHeadingIDs)
	body := markdown.ToHTML(md.Bytes(), p, mdhtml.NewRenderer(mdhtml.RendererOptions{
		Flags: mdhtml.SkipHTML | mdhtml.Safelink | mdhtml.NoopenerLinks | mdhtml.NoreferrerLinks,
	}))
	return reportPage.Execute(w, reportData{
		Title: title,
		CSP:   "default-src 'none'; style-src " + cspHash(reportCSS) + "; base-uri 'none'; form-action 'none'",
		CSS:   template.CSS(reportCSS),
		// The body comes from gomarkdown with SkipHTML over Markdown whose
		// untrusted text is escaped; it is trusted here for that reason.
		Body: template.HTML(body),
	})
}

type reportData struct {
	Title, CSP string
	CSS        template.CSS
	Body       template.HTML
}

var reportPage = template.Must(template.New("report").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="referrer" content="no-referrer">
<title>{{.Title}}</title>
<style>{{.CSS}}</style>
</head>
<body>
{{.Body}}</body>
</html>
`))

// cspHash is the CSP source expression that allows exactly the inline
// script or style whose text is s: 'sha256-<base64 digest>'.
func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}
