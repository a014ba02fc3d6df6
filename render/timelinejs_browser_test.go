package render

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBrowserTimelineJS loads the TimelineJS export into TimelineJS 3.9 as
// its users do (the npm package @knight-lab/timelinejs, its dist folder
// beside the page) in headless Chromium. It needs that folder:
//
//	npm install --prefix /tmp/tljs @knight-lab/timelinejs@3.9
//	DATELINE_TIMELINEJS=/tmp/tljs/node_modules/@knight-lab/timelinejs/dist go test ./render -run TestBrowserTimelineJS -v
//
// and skips without it (.ci/run installs it when npm is there).
func TestBrowserTimelineJS(t *testing.T) {
	dist := os.Getenv("DATELINE_TIMELINEJS")
	if dist == "" {
		t.Skip("DATELINE_TIMELINEJS is not set: see the test's comment for how to install TimelineJS 3.9")
	}
	_, err := os.Stat(filepath.Join(dist, "js", "timeline.js"))
	require.NoError(t, err, "DATELINE_TIMELINEJS must be TimelineJS's dist folder")
	browser := newBrowser(t)
	dir := t.TempDir()

	t.Run("dates", func(t *testing.T) {
		tb, requests := tljsTab(t, browser)
		page := tljsPage(t, dir, "sample.html", dist, renderString(t, "timelinejs", loadFixture(t, "sample.json")), `{font: null}`)
		tb.open(t, page, "")
		require.Equal(t, "object", eval[string](t, tb, `typeof window.timeline`), "TimelineJS loaded the data")
		// Every event is a slide, and its end is the end of its last day.
		spans := eval[map[string][]string](t, tb, `(function () {
  var out = {};
  window.timeline.config.events.forEach(function (e) {
    var iso = function (d) { var x = d.data.date_obj; return x.getFullYear() + '-' + (x.getMonth() + 1) + '-' + x.getDate() + 'T' + x.getHours() + ':' + x.getMinutes(); };
    out[e.unique_id] = [iso(e.start_date), e.end_date ? iso(e.end_date) : ''];
  });
  return out;
})()`)
		assert.Equal(t, []string{"2022-1-10T0:0", "2022-1-16T23:59"}, spans["meeting-nato-russia-council-2022-w02"], "a week ends at the end of its Sunday")
		assert.Equal(t, []string{"2021-12-1T0:0", "2021-12-31T23:59"}, spans["visit-macron-russia-2021-12"], "a month is drawn as its span")
		assert.Equal(t, []string{"2019-1-1T0:0", "2019-12-31T23:59"}, spans["visit-putin-mongolia-2019"], "a year is drawn as its span")
		assert.Equal(t, []string{"2021-12-30T0:0", ""}, spans["call-biden-putin-2021-12-30"], "a day is a point")
		assert.Len(t, spans, 10, "every dated event")
		// The slide shows what the page escaped as text, and links out.
		eval[int](t, tb, `window.timeline.goToId('call-biden-putin-2021-12-30'), 0`)
		time.Sleep(300 * time.Millisecond)
		assert.Contains(t, eval[string](t, tb, `document.querySelector('#call-biden-putin-2021-12-30 .tl-headline-date').textContent`), "Thu 30 Dec 2021")
		assert.Equal(t, "https://example.org/news/second-call", eval[string](t, tb, `document.querySelector('#call-biden-putin-2021-12-30 .tl-text-content a').href`))
		tb.clean(t)
		assert.Empty(t, offline(requests()), "with font: null TimelineJS makes no third-party request")
	})

	t.Run("hostile", func(t *testing.T) {
		tb, requests := tljsTab(t, browser)
		page := tljsPage(t, dir, "hostile.html", dist, renderString(t, "timelinejs", loadFixture(t, "hostile.json")), `{font: null}`)
		tb.open(t, page, "")
		n := eval[int](t, tb, `window.timeline.config.events.length`)
		require.Equal(t, 2, n)
		for i := 0; i <= n; i++ {
			eval[int](t, tb, fmt.Sprintf(`window.timeline.goTo(%d), 0`, i))
			time.Sleep(200 * time.Millisecond)
		}
		assert.Equal(t, "undefined", eval[string](t, tb, `typeof window.__pwned`), "no script of the data ran")
		assert.Zero(t, eval[int](t, tb, `document.querySelectorAll('.tl-timeline img, .tl-timeline script, .tl-timeline iframe').length`), "no markup from the data")
		assert.Zero(t, eval[int](t, tb, `Array.from(document.querySelectorAll('.tl-timeline *')).filter(function (e) { return Array.from(e.attributes).some(function (a) { return /^on/i.test(a.name); }); }).length`))
		assert.Contains(t, eval[string](t, tb, `Array.from(document.querySelectorAll('.tl-slide-content .tl-headline')).map(function (e) { return e.textContent; }).join(' ')`), "<script>window.__pwned=", "the headline is text")
		assert.Contains(t, eval[string](t, tb, `Array.from(document.querySelectorAll('.tl-timegroup-message, .tl-timegroup')).map(function (e) { return e.textContent; }).join(' ')`), "<script>", "the group label is text")
		assert.Empty(t, offline(requests()))
	})

	// The control: without font: null TimelineJS asks a third party for a
	// font, which the check above would see.
	t.Run("control: default options fetch a font", func(t *testing.T) {
		tb, requests := tljsTab(t, browser)
		page := tljsPage(t, dir, "default.html", dist, renderString(t, "timelinejs", loadFixture(t, "sample.json")), `{}`)
		tb.open(t, page, "")
		time.Sleep(500 * time.Millisecond)
		assert.NotEmpty(t, offline(requests()), "the default font is loaded from the network")
	})
}

// tljsTab opens a tab that records every request the page makes.
func tljsTab(t *testing.T, browser context.Context) (*tab, func() []string) {
	tb := newTab(t, browser)
	var mu sync.Mutex
	var urls []string
	go func() {
		for ev, err := range chromedp.Events(tb.ctx, network.RequestWillBeSent) {
			if err != nil {
				return
			}
			mu.Lock()
			urls = append(urls, ev.Request.URL)
			mu.Unlock()
		}
	}()
	_, err := chromedp.Call(tb.ctx, network.Enable, network.EnableParams{})
	require.NoError(t, err)
	return tb, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), urls...)
	}
}

// offline keeps the URLs that leave the machine: not file: or data:.
func offline(urls []string) []string {
	var out []string
	for _, u := range urls {
		if !strings.HasPrefix(u, "file:") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "about:") {
			out = append(out, u)
		}
	}
	return out
}

// tljsPage writes a page that loads TimelineJS from dist and shows data
// (the renderer's JSON, which escapes "<" so it can stand in a script)
// with the given options, and marks itself ready when TimelineJS is.
func tljsPage(t *testing.T, dir, name, dist, data, options string) string {
	t.Helper()
	base := (&url.URL{Scheme: "file", Path: dist}).String()
	page := `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="` + base + `/css/timeline.css">
<script src="` + base + `/js/timeline.js"></script></head>
<body><div id="tl" style="width:1000px;height:650px"></div>
<script>
var data = ` + data + `;
window.timeline = new TL.Timeline('tl', data, ` + options + `);
window.timeline.on('ready', function () { document.documentElement.setAttribute('data-ready', 'true'); });
setTimeout(function () { document.documentElement.setAttribute('data-ready', 'true'); }, 3000);
</script></body></html>`
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, []byte(page), 0o644))
	return path
}
