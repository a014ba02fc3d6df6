// Package timeml reads and writes TimeML, the XML markup in which temporal
// expressions are annotated for evaluation, and scores the resolver the way
// the TempEval-3 shared task (Task A) did.
//
// Three jobs live here:
//
//   - Writing. Annotate inserts <TIMEX3> tags into a text and changes nothing
//     else, so that a person or a diff can see what was found; WriteDocument
//     wraps the same markup into a complete <TimeML> document, escaped, that
//     XML tooling reads.
//   - Reading gold. ReadGold parses a TimeML file: the document creation time
//     (DCT), the text inside <TEXT> with all markup stripped and entities
//     decoded, and each gold <TIMEX3> as a byte span into that text.
//   - Scoring. Score matches gold and system spans one-to-one and counts
//     strict (exact span) and relaxed (overlapping span) matches and, among
//     the relaxed ones, identical values and types. Evaluate runs a system
//     over a corpus and Report.Write prints the figures.
//
// Reading and scoring follow ../shared/eval/timeml_score.py line for line, so
// that `dateline eval` and that script print the same figures for the same
// tagger output; a test checks the two agree on the fixtures in
// testdata/timeml. Where this package is stricter (a malformed file is an
// error here, while the script guesses), the doc comment says so.
package timeml
