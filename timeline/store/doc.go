// Package store keeps a timeline in one SQLite file that grows as articles
// are added, so that a timeline curated over months is not rebuilt from
// scratch every morning.
//
//	s, err := store.Open("t.db", store.Create)
//	rep, err := s.Add(ctx, batch)            // articles whose content is new, and their mentions
//	tl, err := s.Timeline(ctx)               // = one build over every article added, byte for byte
//	sel, err := s.Select(ctx, filter)        // = tl.Query(filter), answered from indexes
//
// # What it keeps
//
// Articles, by the SHA-256 of their content (Hash): an article whose
// content is already in the store is not read again. Events, each with
// its sources and the mention records it was merged from (the timeline
// JSON of the event, as `dateline build -f json` writes it), filed under
// a group of mentions; and what the indexes need: days in an R*Tree,
// kind, status and place in columns, participants in a table, the folded
// text of the title, participants, place, headlines and sentences in an
// FTS5 trigram index. Aliases: an id an event had before an add changed
// it, and the id it has now. Corrections files, as given.
//
// # Adding is merging only what the new mentions touch
//
// The merge is a function of all the mentions (package merge): names are
// made canonical over all of them, and mentions that share a node (a key
// of their sides with a week, or their article) fall into one group. The
// store keeps, for every group, its node keys; for every written name, how
// often it is written and what the registry made of it (its standing,
// merge.Registry.Standing). Add then merges again only
//
//   - the groups the new mentions share a node with, directly or through
//     other mentions (and all the groups of a key some mention of which
//     has a date wide enough to be filed under the key alone);
//   - the groups of the articles those groups hold, since an article's
//     mentions look each other up;
//   - the groups naming someone whose standing the new names changed
//     ("Biden" now stands for "Joseph R. Biden, Jr.");
//   - the groups of an article whose content changed (same id, new hash).
//
// The rest of the store is untouched, and merging those groups with the
// registry of all the names gives the events one build over all the
// articles gives. Ids ("-2", "-3" among events of one kind, day and
// participants) are given again among the events that share a base id
// with an event merged again. An id that disappears becomes an alias of
// the event that took most of its mentions.
//
// Everything an Add does is one transaction: a crash or an interrupt
// leaves the store as it was before.
//
// # File format
//
// One SQLite file in WAL mode, its schema version in PRAGMA user_version;
// Open migrates an older file forward, in one transaction, and refuses a
// newer one. The SQL is confined to this package; its API speaks
// timeline.Article, timeline.Mention, timeline.Event and timeline.Filter.
package store
