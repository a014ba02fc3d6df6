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
// Vocabularies (month names, weekday names, number words, zone qualifiers,
// tense cues) are tables, so that adding a phrase is a one-line change with a
// test beside it.
package resolve
