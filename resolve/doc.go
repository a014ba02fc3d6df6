// Package resolve finds temporal expressions in English text and resolves
// each one against an anchor date, the way a careful reader of a news story
// would: "on Thursday (local time)" in a story filed on Monday 3 January 2022
// whose verb is past tense is Thursday 30 December 2021.
//
// The package knows nothing of events, articles or output formats. Its input is
// text plus an Anchor; its output is a slice of Timex values in text order,
// each carrying its byte span, its TimeML type and value, the inclusive range
// of days it can denote, its granularity, the rule that produced it and a
// one-line explanation a person can check.
//
// # How it works
//
// The text is read paragraph by paragraph (segment.go): each paragraph is
// tokenized once (token.go) into words, numbers and punctuation with their
// byte offsets, and what the narrative rules need of the paragraphs before
// (the dates found in the last kilobyte) is carried over, so that memory
// does not grow with the text and TagReader can tag a stream. Each word is
// looked up in the vocabulary (lexicon.go), which gives its roles: month,
// weekday, number word, unit, relation ("last", "next"), and so on. At each token that can start an expression, small
// matchers (grammar.go and the files it lists) try the families of
// expressions that can begin with that kind of token; the longest match wins
// and scanning resumes after it. No regular expression runs over the text.
//
// Values follow TimeML (TIMEX3) conventions: a week is 2022-W02, a season
// 2022-SU, a decade 199, the 20th century 19, a duration P3D or PXY, a set
// P1W or XXXX-WXX-1. Precision is never invented: "next week" stays a week,
// "as soon as January" a month.
//
// # Choices a reader should know
//
// A bare weekday or month takes the direction of its clause (tense.go): the
// nearest tense cue to its left in the same sentence, else the nearest to its
// right in the same clause; past → on or before the anchor, future → after
// it; the anchor's own weekday is the anchor day. A month or day without a
// year takes the nearest occurrence on the clause's side of the anchor.
// "Earlier this week" said on a Monday (or in a story published in the week
// before the anchor) is the week that has just ended. "A year earlier" after
// a quarter is that quarter a year before; "the following year", "the next
// day" and "three days later" after a written date count from that date
// ("ago" always counts from the anchor). A line break ends a sentence, as in
// wire copy where headline, dateline and paragraphs are lines of their own.
//
// Vocabularies (month names, weekday names, number words, zone qualifiers,
// tense cues) are tables, so that adding a phrase is a one-line change with a
// test beside it.
package resolve
