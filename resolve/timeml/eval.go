package timeml

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/dateline/dateline/resolve"
)

// A System is a tagger under evaluation: given a gold document it returns
// the expressions it finds in d.Text, with byte offsets into it. An error
// marks the document as failed; the spans returned with it are still scored.
type System func(d Doc) ([]Span, error)

// Resolver returns the System that runs tag — normally resolve.Tag — on
// each document's text with the document's creation time as anchor, as
// `dateline tag --anchor DCT` would.
func Resolver(tag func(text string, a resolve.Anchor) []resolve.Timex) System {
	return func(d Doc) ([]Span, error) {
		return Spans(tag(d.Text, resolve.Anchor{Date: d.DCT})), nil
	}
}

// Spans converts resolved expressions into the spans Score compares.
func Spans(timexes []resolve.Timex) []Span {
	out := make([]Span, len(timexes))
	for i, t := range timexes {
		out[i] = Span{Start: t.Start, End: t.End, Text: t.Text, Type: string(t.Type), Value: t.Value}
	}
	return out
}

// DocResult is the scoring of one document.
type DocResult struct {
	Doc Doc
	Result
	// Err is set when the system failed on the document (returned an error
	// or panicked).
	Err error
}

// Report is the scoring of a corpus.
type Report struct {
	// Docs holds one result per document, in the order given to Evaluate.
	Docs []DocResult
	// Total is the sum of the documents' counts.
	Total Counts
	// Failed is the number of documents on which the system failed.
	Failed int
}

// Evaluate runs sys on every document and scores its output against the
// gold spans. Up to jobs documents are tagged at once (at least one); the
// report does not depend on jobs. A panic in sys fails that document only.
func Evaluate(docs []Doc, sys System, jobs int) Report {
	results := make([]DocResult, len(docs))
	jobs = max(1, min(jobs, len(docs)))
	next := make(chan int)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = evaluateOne(docs[i], sys)
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()

	r := Report{Docs: results}
	for _, d := range results {
		r.Total = r.Total.Add(d.Counts)
		if d.Err != nil {
			r.Failed++
		}
	}
	return r
}

func evaluateOne(d Doc, sys System) (res DocResult) {
	var spans []Span
	var err error
	func() {
		defer func() {
			if p := recover(); p != nil {
				spans, err = nil, fmt.Errorf("panic: %v", p)
			}
		}()
		spans, err = sys(d)
	}()
	return DocResult{Doc: d, Result: Score(d.Gold, spans), Err: err}
}

// Mismatches lists every document's mismatches and failures as lines in
// the scorer's format, in document order.
func (r Report) Mismatches() []string {
	var lines []string
	for _, d := range r.Docs {
		if d.Err != nil {
			lines = append(lines, fmt.Sprintf("%s: failed: %v", d.Doc.Name, d.Err))
		}
		for _, m := range d.Result.Mismatches() {
			lines = append(lines, m.Line(d.Doc.Name, d.Doc.DCT))
		}
	}
	return lines
}

// WriteOptions choose what Report.Write prints besides the figures.
type WriteOptions struct {
	// Errors is how many mismatch lines to print (0: none).
	Errors int
	// PerDoc prints a line of counts per document.
	PerDoc bool
}

// Write prints the report as timeml_score.py does: with PerDoc a line per
// document, then the first opt.Errors mismatch lines, then the figures
//
//	docs=3 gold=11 sys=12 failed_docs=0
//	strict  P=0.3333 R=0.3636 F1=0.3478
//	relaxed P=0.5000 R=0.5455 F1=0.5217
//	value   P=0.3333 R=0.3636 F1=0.3478  (accuracy over relaxed matches 0.6667)
//	type    F1=0.4348
//	{"strict_f1": 0.3478, "relaxed_f1": 0.5217, "value_f1": 0.3478, "value_acc": 0.6667, "type_f1": 0.4348, "failed_docs": 0}
//
// (these are the figures of the fixtures in testdata/timeml/agree).
//
// The script also prints the wall-clock time on the first line; Write
// leaves it out so that the output is the same on every run.
func (r Report) Write(w io.Writer, opt WriteOptions) error {
	bw := bufio.NewWriter(w)
	if opt.PerDoc {
		for _, d := range r.Docs {
			fmt.Fprintf(bw, "%s\tgold=%d\tsys=%d\trelaxed=%d\tvalue=%d\n",
				d.Doc.Name, d.Gold, d.System, d.Relaxed, d.Value)
		}
	}
	if opt.Errors > 0 {
		lines := r.Mismatches()
		for _, l := range lines[:min(opt.Errors, len(lines))] {
			fmt.Fprintln(bw, l)
		}
	}
	t, f := r.Total, r.Total.Figures()
	fmt.Fprintf(bw, "docs=%d gold=%d sys=%d failed_docs=%d\n", len(r.Docs), t.Gold, t.System, r.Failed)
	fmt.Fprintf(bw, "strict  P=%.4f R=%.4f F1=%.4f\n", f.Strict.Precision, f.Strict.Recall, f.Strict.F1)
	fmt.Fprintf(bw, "relaxed P=%.4f R=%.4f F1=%.4f\n", f.Relaxed.Precision, f.Relaxed.Recall, f.Relaxed.F1)
	fmt.Fprintf(bw, "value   P=%.4f R=%.4f F1=%.4f  (accuracy over relaxed matches %.4f)\n",
		f.Value.Precision, f.Value.Recall, f.Value.F1, f.ValueAccuracy)
	fmt.Fprintf(bw, "type    F1=%.4f\n", f.Type.F1)
	fmt.Fprintf(bw, `{"strict_f1": %s, "relaxed_f1": %s, "value_f1": %s, "value_acc": %s, "type_f1": %s, "failed_docs": %d}`+"\n",
		pyRound4(f.Strict.F1), pyRound4(f.Relaxed.F1), pyRound4(f.Value.F1), pyRound4(f.ValueAccuracy), pyRound4(f.Type.F1), r.Failed)
	return bw.Flush()
}

// pyRound4 prints x as Python prints round(x, 4): at most four decimals,
// trailing zeros dropped, at least one decimal ("0.9", "1.0", "0.8138").
func pyRound4(x float64) string {
	s := strings.TrimRight(strconv.FormatFloat(x, 'f', 4, 64), "0")
	if strings.HasSuffix(s, ".") {
		s += "0"
	}
	return s
}
