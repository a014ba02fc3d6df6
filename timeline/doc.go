// Package timeline is the domain of dateline: articles and their datelines,
// the diplomatic events they report, and the merged, chronological Timeline.
//
// The pipeline is
//
//	Read (files, folders, JSON, JSON Lines, stdin) → []Article
//	Extract(Article)                             → []Mention  (dates via package resolve)
//	Merge([]Mention)                             → Timeline   (one Event per real event)
//	Timeline.Query(Filter)                       → Timeline   (selected events)
//
// Each stage is a pure function of its input, so a corpus can be split across
// workers and the result is the same whatever the order of arrival. Nothing
// here formats output for people: that is package render.
package timeline
