package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBuildFeedsAndPages builds the made-up RSS and Atom feeds and saved
// pages of testdata/feeds: every item is an article, the item that links
// to a saved page is told by the page's text, and no page boilerplate
// reaches the evidence.
func TestBuildFeedsAndPages(t *testing.T) {
	code, out, stderr := cli(t, "", "build", "-f", "json", "../../testdata/feeds")
	require.Equal(t, 0, code, stderr)
	golden(t, "feeds-timeline.golden.json", out)
	assert.Contains(t, stderr, "dateline: skipped ../../testdata/feeds/wire.rss: record 4: no publication date and no dated dateline (pass --default-date YYYY-MM-DD to read it anyway)\n")
	assert.Contains(t, stderr, "dateline: read 7 articles (4 files")

	var doc struct {
		Events []struct {
			ID      string `json:"id"`
			Place   *string
			Sources []struct {
				Article, Sentence string
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	events := map[string]int{}
	for i, e := range doc.Events {
		events[e.ID] = i
	}
	for _, id := range []string{
		"talks-2022-03-07-danko-hofbauer",    // RSS item + saved page
		"talks-2022-03-14-ferrer-roldan",     // RSS content:encoded
		"call-2022-03-10-koski-sand",         // RSS description with escaped HTML
		"visit-2022-03-14-holm-iceland",      // Atom HTML content
		"meeting-2022-03-10-estonia-sweden",  // Atom XHTML content
		"talks-2022-03-11-latvia-lithuania",  // Atom summary
		"meeting-2022-03-16-marquez-valente", // a saved page of its own
	} {
		_, ok := events[id]
		assert.True(t, ok, "event %s", id)
	}
	talks := doc.Events[events["talks-2022-03-07-danko-hofbauer"]]
	require.NotEmpty(t, talks.Sources)
	assert.Equal(t, "https://wire.example.com/world/2022/03/07/austria-slovakia-talks?utm_source=rss&utm_medium=feed", talks.Sources[0].Article)
	assert.Contains(t, talks.Sources[0].Sentence, "held talks with Slovak Foreign Minister Marek Danko", "the page's text, not the feed's teaser")
	for _, b := range []string{"cookies", "Related stories", "Reader42", "All rights reserved", "newsletter", "Most read", "Subscribe"} {
		assert.NotContains(t, out, b)
	}
	assert.Equal(t, 0, strings.Count(out, "The ministers discussed gas supplies"))
}
