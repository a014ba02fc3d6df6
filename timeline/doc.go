// Package timeline is the domain of dateline: articles and their datelines,
// the diplomatic events they report, and the merged, chronological Timeline.
//
// The work is done by the packages below it, each with one reason to
// change, in the order data flows:
//
//	article  (files, folders, JSON, JSON Lines, stdin) → []Article
//	extract  Article                                 → []Mention  (dates via package resolve)
//	merge    []Mention                               → Timeline   (one Event per real event)
//	pipeline read → extract → merge, the one entry point (pipeline.Build)
//
// and Timeline.Query selects events. Vocabulary shared by the stages is in
// package vocab, name matching in package names. Nothing here formats
// output for people: that is package render.
package timeline
