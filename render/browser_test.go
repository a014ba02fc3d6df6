package render

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/pipeline"
)

// The browser tests open the rendered pages in a real headless Chromium.
//
// Environment:
//
//	DATELINE_TIMELINE    a timeline JSON (as `dateline build -f json` writes)
//	                     to test instead of the page built from seeds/;
//	                     "fixture" tests testdata/render/sample.json
//	CI                   when set, a missing Chromium fails the test instead
//	                     of skipping it: CI must run it
//	DATELINE_SCREENSHOT  also save the page's screenshot (PNG) to this path
//	DATELINE_SCREENSHOT_DIR  also save the desktop, phone and print
//	                     screenshots there (timeline-desktop.png,
//	                     timeline-phone.png, timeline-print.png)

// newBrowser starts headless Chromium with networking that is not needed
// turned off (the test machine has no network) and a fresh profile, or
// skips the test when there is no Chromium.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium not installed, and CI must run the browser test: .ci/run installs it (apt-get install chromium)")
		}
		t.Skip("chromium not installed: apt-get install chromium")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		// With disable-dev-shm-usage the browser keeps its shared memory
		// in files under TMPDIR, which a killed browser leaves behind:
		// give it a folder the test removes.
		chromedp.Env("TMPDIR=" + t.TempDir()),
		chromedp.WindowSize(1200, 900),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("hide-scrollbars", true),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	t.Cleanup(cancelBrowser)
	require.NoError(t, chromedp.Do(browserCtx), "start chromium")
	return browserCtx
}

// tab is one browser tab that records what a page must not do: log a
// console error or exception, violate its CSP, or open a dialog.
type tab struct {
	ctx      context.Context
	mu       sync.Mutex
	problems []string
}

// violationRecorder runs before any page script and records CSP
// violations the page reports, in window.__csp.
const violationRecorder = `window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' blocked ' + e.blockedURI);
});`

func newTab(t *testing.T, browser context.Context) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	t.Cleanup(cancel)
	require.NoError(t, chromedp.Do(ctx))
	tb := &tab{ctx: ctx}
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: violationRecorder})
	require.NoError(t, err)
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException || m.Type == chromedp.ConsoleWarning {
				tb.record(fmt.Sprintf("console %s: %s (%s:%d)", m.Type, m.Text, m.URL, m.Line+1))
			}
		}
	}()
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			tb.record("dialog opened: " + ev.Message)
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return tb
}

func (tb *tab) record(s string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.problems = append(tb.problems, s)
}

// clean asserts that nothing went wrong in the page so far.
func (tb *tab) clean(t *testing.T) {
	t.Helper()
	// Console messages arrive asynchronously; give them a moment.
	time.Sleep(200 * time.Millisecond)
	tb.mu.Lock()
	defer tb.mu.Unlock()
	assert.Empty(t, tb.problems, "console errors, exceptions or dialogs")
	assert.Empty(t, eval[[]string](t, tb, `window.__csp || []`), "CSP violations")
}

// open navigates to a file and waits until the page script has run.
func (tb *tab) open(t *testing.T, path, fragment string) {
	t.Helper()
	// The fragment is given already encoded, as a shared link has it.
	u := (&url.URL{Scheme: "file", Path: path}).String() + "#" + fragment
	require.NoError(t, chromedp.Do(tb.ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(u)))
	require.NoError(t, chromedp.Do(tb.ctx, chromedp.WaitReady(chromedp.CSS(`html[data-ready="true"]`))))
}

// timing waits for the first paint, then reads the page's timings.
func timing(t *testing.T, tb *tab) pageTiming {
	t.Helper()
	_, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](`performance.getEntriesByName('first-contentful-paint').length > 0`, chromedp.WithPollingTimeout(10*time.Second)))
	require.NoError(t, err, "no first contentful paint")
	return eval[pageTiming](t, tb, timingJS)
}

func eval[T any](t *testing.T, tb *tab, js string, opts ...chromedp.EvaluateOption) T {
	t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](js, opts...))
	require.NoError(t, err, js)
	return v
}

// writePage renders tl in format to a file in dir.
func writePage(t *testing.T, dir, name, format string, tl *timeline.Timeline) string {
	t.Helper()
	r, err := Lookup(format)
	require.NoError(t, err)
	return writeWith(t, dir, name, r, tl)
}

// writeWith renders tl with r to a file in dir.
func writeWith(t *testing.T, dir, name string, r Renderer, tl *timeline.Timeline) string {
	t.Helper()
	var b strings.Builder
	require.NoError(t, r.Render(&b, tl))
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	return path
}

// browserTimeline is the timeline under test: by default the one built from
// seeds/ by the real pipeline (read → extract → merge), as `make demo` does.
func browserTimeline(t *testing.T) *timeline.Timeline {
	p := os.Getenv("DATELINE_TIMELINE")
	if p == "" {
		return seedsTimeline(t)
	}
	if p == "fixture" {
		return loadFixture(t, "sample.json")
	}
	{
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		var tl timeline.Timeline
		require.NoError(t, json.Unmarshal(b, &tl), p)
		t.Logf("testing the page of %s (%d events)", p, len(tl.Events))
		return &tl
	}
}

// seedsTimeline builds the timeline of ../seeds.
func seedsTimeline(t *testing.T) *timeline.Timeline {
	res, err := pipeline.Build(context.Background(), []string{filepath.Join("..", "seeds")}, pipeline.Options{
		Skipped: func(err error) { t.Errorf("reading seeds: %v", err) },
	})
	require.NoError(t, err)
	require.Positive(t, res.Stats.Read, "seeds/ has articles")
	require.NotEmpty(t, res.Timeline.Events)
	t.Logf("testing the page built from seeds/ (%d articles, %d events)", res.Stats.Read, len(res.Timeline.Events))
	return &res.Timeline
}

// visibleIDs is the data-id of every event the page shows, in page order.
const visibleIDs = `Array.from(document.querySelectorAll('article.event'))
  .filter(function (e) { return !e.closest('[hidden]'); })
  .map(function (e) { return e.getAttribute('data-id'); })`

// expectIDs lists, in page order (sections in time order, then the
// undated), the ids of the events keep accepts.
func expectIDs(tl *timeline.Timeline, keep func(*timeline.Event) bool) []string {
	dated, undated := displayOrder(tl.Events)
	var order []*timeline.Event
	for _, sec := range sections(dated) {
		for _, d := range sec.Days {
			order = append(order, d.Events...)
		}
	}
	ids := []string{}
	for _, e := range append(order, undated...) {
		if keep(e) {
			ids = append(ids, e.ID)
		}
	}
	return ids
}

type pageTiming struct {
	Script float64 `json:"script"` // navigation start → the page script starts (the HTML is parsed)
	Ready  float64 `json:"ready"`  // navigation start → the script's ready mark: filters work
	Parsed float64 `json:"parsed"` // navigation start → the whole page read: text search and sources work too
	FCP    float64 `json:"fcp"`    // first contentful paint
	Load   float64 `json:"load"`   // navigation start → load event end
}

const timingJS = `(function () {
  var nav = performance.getEntriesByType('navigation')[0];
  var ready = performance.getEntriesByName('dateline-ready')[0];
  var fcp = performance.getEntriesByName('first-contentful-paint')[0];
  var script = performance.getEntriesByName('dateline-script')[0];
  var parsed = performance.getEntriesByName('dateline-parsed')[0];
  return {script: script ? script.startTime : -1, ready: ready ? ready.startTime : -1, parsed: parsed ? parsed.startTime : -1,
    fcp: fcp ? fcp.startTime : -1, load: nav ? nav.loadEventEnd : -1};
})()`

func TestBrowser(t *testing.T) {
	browser := newBrowser(t)
	dir := t.TempDir()
	// The screenshots live as long as the test; DATELINE_SCREENSHOT_DIR
	// keeps copies (keepShot) for a reader to look at.
	shots := t.TempDir()

	t.Run("timeline", func(t *testing.T) {
		tl := browserTimeline(t)
		path := writePage(t, dir, "timeline.html", "html", tl)
		tb := newTab(t, browser)
		require.NoError(t, chromedp.Do(tb.ctx, chromedp.EmulateViewport(1200, 900)))
		tb.open(t, path, "")
		timing := timing(t, tb)
		t.Logf("first render (%d events, %d bytes): script start %.0f ms, script ready %.0f ms, first contentful paint %.0f ms, load event %.0f ms after navigation start",
			len(tl.Events), fileSize(t, path), timing.Script, timing.Ready, timing.FCP, timing.Load)

		all := expectIDs(tl, func(*timeline.Event) bool { return true })
		assert.Equal(t, all, eval[[]string](t, tb, visibleIDs), "every event, in date order")
		checkDateOrder(t, tb)
		assert.Equal(t, fmt.Sprintf("Showing all %d events", len(all)), eval[string](t, tb, `document.getElementById('count').textContent`))

		shot(t, tb, filepath.Join(shots, "timeline.png"), os.Getenv("DATELINE_SCREENSHOT"))
		keepShot(t, shots, "timeline.png", "timeline-desktop.png")

		// The compact view: events per screen, with the list's first event
		// at the top of the window (under the sticky time axis).
		density := eval[[]float64](t, tb, densityJS)
		t.Logf("compact view at 1200×900: %.0f events in the first screen of the list, %.1f events per 900 px of list", density[0], density[1])
		if len(all) >= 40 {
			// The list as a whole holds 20 events a screen; the first
			// screen may hold a few fewer, as each year or month without
			// neighbours opens with its own heading.
			assert.GreaterOrEqual(t, density[1], 20.0, "a desktop screen of the list holds at least 20 events")
			assert.GreaterOrEqual(t, density[0], 15.0, "the first screen shows at least 15 events")
		}
		eval[int](t, tb, `window.scrollTo(0, 0), 0`)

		// The time axis jumps to a month and keeps the filter in the fragment.
		tb.open(t, path, "kind="+string(tl.Events[0].Kind))
		target := eval[string](t, tb, `(function () { var a = document.querySelectorAll('.axis a[data-target]:not(.none)'); return a[a.length - 1].getAttribute('data-target'); })()`)
		require.NoError(t, chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS(`.axis a[data-target="`+target+`"]`))))
		assert.Equal(t, "#kind="+string(tl.Events[0].Kind), eval[string](t, tb, `location.hash`), "the filter stays in the fragment")
		assert.True(t, eval[bool](t, tb, `(function () { var r = document.getElementById(`+jsString(target)+`).getBoundingClientRect(); return r.top < window.innerHeight && r.bottom > 0; })()`), "the section %s is in view", target)
		assert.Equal(t, target, eval[string](t, tb, `document.activeElement.id`), "and has the focus")

		// The detailed view shows participants; the fragment keeps it.
		tb.open(t, path, "")
		assert.Equal(t, "none", eval[string](t, tb, `getComputedStyle(document.querySelector('article.event .facts')).display`), "compact: no participants line")
		require.NoError(t, chromedp.Do(tb.ctx, chromedp.Click(chromedp.ID("view"))))
		assert.NotEqual(t, "none", eval[string](t, tb, `getComputedStyle(document.querySelector('article.event .facts')).display`))
		assert.Equal(t, "#view=detailed", eval[string](t, tb, `location.hash`))
		assert.Equal(t, "true", eval[string](t, tb, `document.getElementById('view').getAttribute('aria-pressed')`))
		tb.open(t, path, "")

		// Keyboard: the first Tab reaches the skip link, every control has a label.
		require.NoError(t, chromedp.Do(tb.ctx, chromedp.KeyEvent("\t")))
		assert.Equal(t, "Skip to events", eval[string](t, tb, `document.activeElement.textContent`))
		assert.True(t, eval[bool](t, tb, `Array.from(document.querySelectorAll('#filters input, #filters select')).every(function (e) { return e.labels.length > 0; })`))

		// Type a participant's surname: the list shrinks to their events.
		who := commonSurname(tl)
		require.NotEmpty(t, who, "the test needs a participant who is not in every event")
		require.NoError(t, chromedp.Do(tb.ctx, chromedp.SendKeys(chromedp.ID("f-who"), who)))
		want := expectIDs(tl, func(e *timeline.Event) bool { return involves(e, who) })
		require.NotEmpty(t, want)
		got := eval[[]string](t, tb, visibleIDs)
		assert.Equal(t, want, got)
		assert.Less(t, len(got), len(all), "the filter shrinks the list")
		assert.Equal(t, fmt.Sprintf("Showing %d of %d events", len(want), len(all)), eval[string](t, tb, `document.getElementById('count').textContent`))
		assert.Equal(t, "none", eval[string](t, tb, `getComputedStyle(document.querySelector('article.event[hidden]')).display`), "a filtered-out event is not displayed")
		assert.Equal(t, "#who="+url.QueryEscape(who), eval[string](t, tb, `location.hash`), "the fragment keeps the filter")

		// Choose a kind as well: both filters apply.
		kind := string(tl.Events[0].Kind)
		eval[string](t, tb, `(function () { var s = document.getElementById('f-kind'); s.value = `+jsString(kind)+`; s.dispatchEvent(new Event('change', {bubbles: true})); return location.hash; })()`)
		want = expectIDs(tl, func(e *timeline.Event) bool { return involves(e, who) && string(e.Kind) == kind })
		assert.Equal(t, want, eval[[]string](t, tb, visibleIDs))

		// Clear: everything is back, the fragment is empty.
		require.NoError(t, chromedp.Do(tb.ctx, chromedp.Click(chromedp.ID("clear"))))
		time.Sleep(50 * time.Millisecond)
		assert.Equal(t, all, eval[[]string](t, tb, visibleIDs))
		assert.Equal(t, "", eval[string](t, tb, `location.hash`))

		// Open a shared view: the fragment's filter is restored on load.
		status := string(tl.Events[len(tl.Events)/2].Status)
		tb.open(t, path, "kind="+kind+"&status="+status)
		assert.Equal(t, []string{kind, status}, eval[[]string](t, tb, `[document.getElementById('f-kind').value, document.getElementById('f-status').value]`))
		want = expectIDs(tl, func(e *timeline.Event) bool { return string(e.Kind) == kind && string(e.Status) == status })
		assert.Equal(t, want, eval[[]string](t, tb, visibleIDs))

		// A date range keeps the events whose dates overlap it.
		dated, _ := displayOrder(tl.Events)
		day := dated[len(dated)/2].When.Start().String()
		tb.open(t, path, "from="+day+"&to="+day)
		want = expectIDs(tl, func(e *timeline.Event) bool {
			return e.When != nil && e.When.Start().String() <= day && e.When.End().String() >= day
		})
		assert.Equal(t, want, eval[[]string](t, tb, visibleIDs), "events overlapping %s", day)
		// Empty sections are hidden with their headings.
		assert.True(t, eval[bool](t, tb, `Array.from(document.querySelectorAll('section.month')).every(function (s) { return s.hidden === !s.querySelector('article.event:not([hidden])'); })`))

		// Free text reaches the sources' sentences.
		if len(tl.Events[0].Sources) > 0 {
			word := longestWord(tl.Events[0].Sources[0].Sentence)
			tb.open(t, path, "q="+url.QueryEscape(word))
			assert.Contains(t, eval[[]string](t, tb, visibleIDs), tl.Events[0].ID, "q=%s", word)
		}

		// Sources open on demand with the date expression marked.
		tb.open(t, path, "")
		require.NoError(t, chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS(`article.event details summary`))))
		assert.True(t, eval[bool](t, tb, `document.querySelector('article.event details').open`))
		assert.Equal(t, "mark", eval[string](t, tb, `(function () { var m = document.querySelector('article.event details blockquote mark'); return m ? m.localName : ''; })()`), "date expression highlighted")
		eval[int](t, tb, `document.querySelectorAll('article.event details').forEach(function (d) { d.open = true; }), window.scrollTo(0, document.querySelector('main').offsetTop), 0`)
		shot(t, tb, filepath.Join(shots, "timeline-sources.png"), "")

		// Printing hides the filters and the axis, and fits the events in a
		// few pages: one or two lines each, with only the sources a reader
		// opened.
		tb.open(t, path, "")
		_, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		require.NoError(t, err)
		assert.Equal(t, "none", eval[string](t, tb, `getComputedStyle(document.getElementById('filters')).display`))
		assert.Equal(t, "none", eval[string](t, tb, `getComputedStyle(document.querySelector('.axis')).display`))
		shot(t, tb, filepath.Join(shots, "timeline-print.png"), "")
		keepShot(t, shots, "timeline-print.png", "timeline-print.png")
		_, err = chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
		require.NoError(t, err)
		pdf, err := chromedp.Call(tb.ctx, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: 8.27, PaperHeight: 11.69})
		require.NoError(t, err)
		pages := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf.Data, -1))
		t.Logf("printed on A4: %d events on %d pages (%d bytes of PDF)", len(all), pages, len(pdf.Data))
		assert.LessOrEqual(t, pages, max(2, len(all)/15), "about 15 events a page at least")
		require.NoError(t, os.WriteFile(filepath.Join(shots, "timeline.pdf"), pdf.Data, 0o644))

		// Phone width: nothing overflows sideways, and the filters fold
		// away behind a button, leaving the screen to the events.
		require.NoError(t, chromedp.Do(tb.ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile)))
		tb.open(t, path, "")
		assert.True(t, eval[bool](t, tb, `document.documentElement.scrollWidth <= window.innerWidth`), "no horizontal scrolling on a phone")
		share := eval[float64](t, tb, `document.getElementById('filters').getBoundingClientRect().height / window.innerHeight`)
		t.Logf("phone: the filters take %.0f%% of the first screen", share*100)
		assert.Less(t, share, 0.15, "the filters take little of a phone's first screen")
		assert.Equal(t, "none", eval[string](t, tb, `getComputedStyle(document.getElementById('more-filters')).display`), "the other filters folded away")
		shot(t, tb, filepath.Join(shots, "timeline-phone.png"), "")
		keepShot(t, shots, "timeline-phone.png", "timeline-phone.png")
		require.NoError(t, chromedp.Do(tb.ctx, chromedp.Click(chromedp.ID("more"))))
		assert.NotEqual(t, "none", eval[string](t, tb, `getComputedStyle(document.getElementById('more-filters')).display`), "the button shows the other filters")
		assert.Equal(t, "true", eval[string](t, tb, `document.getElementById('more').getAttribute('aria-expanded')`))

		// Dark mode follows the system.
		require.NoError(t, chromedp.Do(tb.ctx, chromedp.EmulateViewport(1200, 900)))
		_, err = chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
		require.NoError(t, err)
		tb.open(t, path, "")
		assert.Equal(t, "rgb(18, 20, 23)", eval[string](t, tb, `getComputedStyle(document.body).backgroundColor`))
		shot(t, tb, filepath.Join(shots, "timeline-dark.png"), "")
		tb.clean(t)
	})

	// The page with sources in the markup, and with sources built by the
	// script from the JSON data block (as a large page has them).
	for _, lazy := range []bool{false, true} {
		name := map[bool]string{false: "malicious", true: "malicious lazy sources"}[lazy]
		t.Run(name, func(t *testing.T) { testMalicious(t, browser, dir, shots, lazy) })
	}

	// The hostile timeline (every string field a payload), as a page with
	// sources in the markup, with lazy sources, and as the HTML report.
	t.Run("hostile", func(t *testing.T) {
		tl := loadFixture(t, "hostile.json")
		for name, r := range map[string]Renderer{
			"hostile.html": HTMLRenderer{}, "hostile-lazy.html": HTMLRenderer{InlineSourcesMax: -1, MarkupEvents: -1}, "hostile-report.html": ReportHTMLRenderer{},
		} {
			path := writeWith(t, dir, name, r, tl)
			tb := newTab(t, browser)
			u := (&url.URL{Scheme: "file", Path: path}).String()
			require.NoError(t, chromedp.Do(tb.ctx, chromedp.Navigate(u)))
			time.Sleep(200 * time.Millisecond)
			if _, ok := r.(HTMLRenderer); ok {
				// Open every source, and use every filter with a payload.
				eval[int](t, tb, `document.querySelectorAll('details').forEach(function (d) { d.open = true; }), document.querySelectorAll('button.disclosure').forEach(function (b) { b.click(); }), 0`)
				eval[int](t, tb, `(function () { var q = document.getElementById('f-q'); q.value = '<script>'; q.dispatchEvent(new Event('input', {bubbles: true})); return 0; })()`)
				assert.Equal(t, 2, eval[int](t, tb, `document.querySelectorAll('article.event:not([hidden])').length`), "%s: the search finds the payload as text", name)
				assert.Equal(t, 4, eval[int](t, tb, `document.querySelectorAll('.sources blockquote').length`), "%s: every sentence shown", name)
				assert.Zero(t, eval[int](t, tb, `Array.from(document.querySelectorAll('.facts bdi, .title bdi')).filter(function (b) { return getComputedStyle(b).unicodeBidi !== 'isolate'; }).length`), "%s: user text isolated", name)
			}
			assert.Equal(t, "undefined", eval[string](t, tb, `typeof window.__pwned`), "%s: a script of the data ran", name)
			assert.Zero(t, eval[int](t, tb, `document.querySelectorAll('body img, body svg, body iframe, body object, body embed, body base, body link, body form:not(#filters)').length`), "%s: markup from the data", name)
			assert.Equal(t, 0, eval[int](t, tb, `Array.from(document.scripts).filter(function (s) { return s.type !== 'application/json' && s.textContent.indexOf('Client-side filtering') < 0; }).length`), "%s: no script but the page's own", name)
			assert.Zero(t, eval[int](t, tb, `Array.from(document.querySelectorAll('*')).filter(function (e) { return Array.from(e.attributes).some(function (a) { return /^on/i.test(a.name); }); }).length`), "%s: event handler attributes", name)
			assert.Zero(t, eval[int](t, tb, `Array.from(document.querySelectorAll('a[href]')).filter(function (a) { return !/^(https?:|#)/.test(a.getAttribute('href')); }).length`), "%s: a link that is not http(s)", name)
			assert.NotContains(t, eval[string](t, tb, `document.body.innerText`), "\x1b", "%s: control characters shown", name)
			shot(t, tb, filepath.Join(shots, name+".png"), "")
			tb.clean(t)
		}
	})

	t.Run("report-html", func(t *testing.T) {
		path := writePage(t, dir, "report.html", "report-html", loadFixture(t, "sample.json"))
		tb := newTab(t, browser)
		u := (&url.URL{Scheme: "file", Path: path}).String()
		require.NoError(t, chromedp.Do(tb.ctx, chromedp.Navigate(u)))
		assert.Equal(t, "Diplomatic timeline, December 2021 – January 2022", eval[string](t, tb, `document.querySelector('h1').textContent`))
		assert.Positive(t, eval[int](t, tb, `document.querySelectorAll('blockquote').length`))
		assert.Equal(t, "rgb(255, 255, 255)", eval[string](t, tb, `getComputedStyle(document.body).backgroundColor`), "the stylesheet applied under the CSP")
		tb.clean(t)
	})

	// The checks above can fail: a page that runs an injected handler sets
	// __pwned, and a script the CSP blocks is reported.
	t.Run("controls", func(t *testing.T) {
		tb := newTab(t, browser)
		bad := filepath.Join(dir, "control.html")
		require.NoError(t, os.WriteFile(bad, []byte(`<!doctype html><html data-ready="true"><body><img src=x onerror="window.__pwned='control'"></body></html>`), 0o644))
		tb.open(t, bad, "")
		_, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](`window.__pwned === 'control'`, chromedp.WithPollingTimeout(5*time.Second)))
		require.NoError(t, err, "the control payload runs when not escaped")

		tb = newTab(t, browser)
		blocked := filepath.Join(dir, "csp-control.html")
		require.NoError(t, os.WriteFile(blocked, []byte(`<!doctype html><html data-ready="true"><head><meta http-equiv="Content-Security-Policy" content="`+htmlCSP+`"></head><body><script>window.__pwned=1</script></body></html>`), 0o644))
		tb.open(t, blocked, "")
		time.Sleep(200 * time.Millisecond)
		assert.Equal(t, "undefined", eval[string](t, tb, `typeof window.__pwned`), "the CSP blocks an inline script it has no hash for")
		assert.NotEmpty(t, eval[[]string](t, tb, `window.__csp`), "the violation is recorded")
		tb.mu.Lock()
		assert.NotEmpty(t, tb.problems, "and logged as a console error")
		tb.mu.Unlock()
	})

	// The script builds the events of a lazy page into the markup the
	// template writes: the same elements, attributes and text.
	t.Run("lazy events as the template writes them", func(t *testing.T) {
		for _, fixture := range []string{"sample.json", "malicious.json", "hostile.json"} {
			tl := loadFixture(t, fixture)
			dom := map[bool]string{}
			for _, built := range []bool{false, true} {
				r := HTMLRenderer{InlineSourcesMax: -1, MarkupEvents: len(tl.Events)}
				if built {
					r.MarkupEvents = -1
				}
				path := writeWith(t, dir, fmt.Sprintf("as-written-%v-%s.html", built, fixture), r, tl)
				if built {
					page, err := os.ReadFile(path)
					require.NoError(t, err)
					require.NotContains(t, string(page), "<article", "%s: no event in the markup", fixture)
				}
				tb := newTab(t, browser)
				tb.open(t, path, "")
				if built {
					eval[bool](t, tb, `window.dispatchEvent(new Event("beforeprint"))`)
				}
				dom[built] = eval[string](t, tb, canonicalEvents)
				tb.clean(t)
			}
			require.NotEmpty(t, dom[false])
			if os.Getenv("DEBUGDOM") != "" {
				os.WriteFile("/tmp/dom-false-"+fixture, []byte(dom[false]), 0o644)
				os.WriteFile("/tmp/dom-true-"+fixture, []byte(dom[true]), 0o644)
			}
			assert.True(t, dom[false] == dom[true], "%s: the built events differ from the markup", fixture)
		}
	})

	t.Run("10k events", func(t *testing.T) {
		if testing.Short() {
			t.Skip("large page: skipped with -short")
		}
		tl := syntheticTimeline(loadFixture(t, "sample.json"), 10000)
		path := writePage(t, dir, "big.html", "html", tl)
		tb := newTab(t, browser)
		tb.open(t, path, "")
		timing := timing(t, tb)
		t.Logf("first render (10,000 events, %d bytes): script start %.0f ms, filters ready %.0f ms, whole page read %.0f ms, first contentful paint %.0f ms, load event %.0f ms after navigation start",
			fileSize(t, path), timing.Script, timing.Ready, timing.Parsed, timing.FCP, timing.Load)
		all := expectIDs(tl, func(*timeline.Event) bool { return true })
		assert.Equal(t, all[:DefaultMarkupEvents], eval[[]string](t, tb, visibleIDs), "a lazy page opens on its first events")
		assert.Equal(t, DefaultMarkupEvents, eval[int](t, tb, `document.querySelectorAll('article.event').length`), "and builds no other")
		assert.Equal(t, "Showing all 10000 events", eval[string](t, tb, `document.getElementById('count').textContent`))

		// The first free-text search: from the keystroke's input event to
		// the next frame painted with the result.
		word := longestWord(tl.Events[1].Sources[0].Sentence)
		searchMS := eval[[]float64](t, tb, `new Promise(function (resolve) {
  var q = document.getElementById('f-q');
  var t0 = performance.now();
  q.value = `+jsString(word)+`;
  q.dispatchEvent(new Event('input', {bubbles: true}));
  var t1 = performance.now();
  requestAnimationFrame(function () { setTimeout(function () { resolve([t1 - t0, performance.now() - t0]); }, 0); });
})`, chromedp.EvalAwaitPromise)
		t.Logf("first free-text search of 10,000 events (%q): filtered in %.0f ms, painted in %.0f ms", word, searchMS[0], searchMS[1])
		want := expectIDs(tl, func(e *timeline.Event) bool {
			return strings.Contains(foldText(searchText(e, htmlEventOf(e, ""))), foldText(word))
		})
		require.Greater(t, len(want), DefaultMarkupEvents, "the word is common enough to need more than the first events")
		assert.Equal(t, fmt.Sprintf("Showing %d of 10000 events", len(want)), eval[string](t, tb, `document.getElementById('count').textContent`),
			"the count covers every event, built or not")
		shown := eval[[]string](t, tb, visibleIDs)
		assert.Equal(t, want[:len(shown)], shown, "the first matches, in order, are shown")
		// Scrolling to the end builds the next matches, still in order.
		eval[bool](t, tb, `window.scrollTo(0, document.body.scrollHeight), true`)
		_, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](fmt.Sprintf(`document.querySelectorAll('article.event:not([hidden])').length > %d`, len(shown)),
			chromedp.WithPollingTimeout(5*time.Second)))
		require.NoError(t, err, "scrolling to the end shows more events")
		more := eval[[]string](t, tb, visibleIDs)
		assert.Equal(t, want[:len(more)], more)
		// Printing shows every match.
		eval[bool](t, tb, `window.dispatchEvent(new Event("beforeprint"))`)
		assert.Equal(t, want, eval[[]string](t, tb, visibleIDs), "before printing, every match is built and shown")

		againMS := eval[float64](t, tb, `(function () { var q = document.getElementById('f-q'); var t0 = performance.now(); q.value = ''; q.dispatchEvent(new Event('input', {bubbles: true})); return performance.now() - t0; })()`)
		t.Logf("clearing the search: %.0f ms", againMS)
		// (The page is still scrolled to its end, so the next events may
		// already be built again: the first ones, in order, at least.)
		cleared := eval[[]string](t, tb, visibleIDs)
		require.GreaterOrEqual(t, len(cleared), DefaultMarkupEvents)
		assert.Equal(t, all[:len(cleared)], cleared, "clearing goes back to the first events")
		filterMS := eval[float64](t, tb, `(function () { var t0 = performance.now(); var s = document.getElementById('f-kind'); s.value = 'call'; s.dispatchEvent(new Event('change', {bubbles: true})); return performance.now() - t0; })()`)
		t.Logf("filtering 10,000 events by kind: %.0f ms", filterMS)
		calls := expectIDs(tl, func(e *timeline.Event) bool { return e.Kind == timeline.Call })
		assert.Equal(t, fmt.Sprintf("Showing %d of 10000 events", len(calls)), eval[string](t, tb, `document.getElementById('count').textContent`))
		shown = eval[[]string](t, tb, visibleIDs)
		assert.Equal(t, calls[:len(shown)], shown)
		// Sources are built when opened, for an event of the markup and for
		// one the script built.
		for _, n := range []int{0, len(shown) - 1} {
			sel := jsString(fmt.Sprintf(`article.event[data-id=%q]`, shown[n]))
			eval[bool](t, tb, `document.querySelector(`+sel+` + ' .sources > button').click(), true`)
			assert.Equal(t, "true", eval[string](t, tb, `document.querySelector(`+sel+` + ' .sources > button').getAttribute('aria-expanded')`))
			e := eventByID(t, tl, shown[n])
			assert.Equal(t, e.Sources[0].Sentence, eval[string](t, tb, `document.querySelector(`+sel+` + ' .sources blockquote').textContent`), "sources of %s built on demand", shown[n])
		}

		// The time axis jumps to a month that is not built yet.
		last := eval[string](t, tb, `(function () { var a = document.querySelectorAll('.axis a[data-target^="m-2"]'); a = a[a.length - 1]; a.click(); return a.getAttribute('data-target'); })()`)
		assert.False(t, eval[bool](t, tb, `document.getElementById(`+jsString(last)+`).hidden`), "the month jumped to is shown")
		assert.NotZero(t, eval[int](t, tb, `document.getElementById(`+jsString(last)+`).querySelectorAll('article.event:not([hidden])').length`), "with its calls")
		tb.clean(t)
	})
}

// canonicalEvents serialises the page's events with their attributes
// sorted and the white space between elements dropped, so that markup
// written by the template and elements built by the script compare equal
// when they are the same.
const canonicalEvents = `(function () {
  function canon(n) {
    if (n.nodeType === 3) { return /^\s*$/.test(n.data) ? '' : JSON.stringify(n.data); }
    if (n.nodeType !== 1) { return ''; }
    var attrs = Array.from(n.attributes).map(function (a) { return a.name + '=' + JSON.stringify(a.value); }).sort();
    return '<' + n.localName + ' ' + attrs.join(' ') + '>' + Array.from(n.childNodes).map(canon).join('') + '</' + n.localName + '>';
  }
  return Array.from(document.querySelectorAll('article.event')).map(canon).join('\n');
})()`

// eventByID finds an event of tl by its id.
func eventByID(t *testing.T, tl *timeline.Timeline, id string) *timeline.Event {
	t.Helper()
	for i := range tl.Events {
		if tl.Events[i].ID == id {
			return &tl.Events[i]
		}
	}
	t.Fatalf("no event %s", id)
	return nil
}

func testMalicious(t *testing.T, browser context.Context, dir, shots string, lazy bool) {
	tl := loadFixture(t, "malicious.json")
	r := HTMLRenderer{}
	if lazy {
		// Every event and every source list is built by the script.
		r.InlineSourcesMax, r.MarkupEvents = -1, -1
	}
	path := writeWith(t, dir, fmt.Sprintf("malicious-%v.html", lazy), r, tl)
	tb := newTab(t, browser)
	tb.open(t, path, "")
	// Open every source list so the sources' text is in the live DOM: a
	// click on the first, as a reader would, then the rest by script.
	require.NoError(t, chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS(`article.event .sources > :first-child`))))
	eval[int](t, tb, `document.querySelectorAll('details').forEach(function (d) { d.open = true; }), document.querySelectorAll('button.disclosure[aria-expanded="false"]').forEach(function (b) { b.click(); }), 0`)
	assert.Equal(t, "undefined", eval[string](t, tb, `typeof window.__pwned`), "an injected script ran")
	assert.Equal(t, 1, eval[int](t, tb, `Array.from(document.scripts).filter(function (s) { return s.type !== 'application/json'; }).length`), "only the page's own script")
	if lazy {
		assert.Equal(t, 2, eval[int](t, tb, `document.querySelectorAll('ol[data-filled] > li').length`), "sources built when opened")
		assert.Equal(t, "on Tuesday", eval[string](t, tb, `document.querySelector('article.event blockquote mark').textContent`))
	}
	assert.Zero(t, eval[int](t, tb, `document.querySelectorAll('img, svg, iframe, object, embed, b, base, link').length`), "markup from article text")
	assert.Zero(t, eval[int](t, tb, `Array.from(document.querySelectorAll('*')).filter(function (e) { return Array.from(e.attributes).some(function (a) { return /^on/i.test(a.name); }); }).length`), "event handler attributes")
	assert.Zero(t, eval[int](t, tb, `document.querySelectorAll('a[href^="javascript"], a[href^="JAVASCRIPT"]').length`))
	assert.Equal(t, tl.Events[0].Title, eval[string](t, tb, `document.querySelector('article.event h3.title').textContent`), "title shown as text")
	// Right-to-left text is isolated: every name is in its own <bdi>.
	assert.Equal(t, "bdi", eval[string](t, tb, `(function () { var n = Array.from(document.querySelectorAll('.facts bdi')).find(function (b) { return b.textContent.indexOf('\u202e') >= 0; }); return n ? n.localName : ''; })()`))
	assert.Contains(t, eval[string](t, tb, `document.querySelector('article.event blockquote').textContent`), "<script>alert(1)</script>")
	// The filters still work with hostile values in the data.
	require.NoError(t, chromedp.Do(tb.ctx, chromedp.SendKeys(chromedp.ID("f-who"), "<img")))
	assert.Equal(t, []string{tl.Events[0].ID}, eval[[]string](t, tb, visibleIDs))
	tb.open(t, path, "q="+url.QueryEscape("<script>alert(1)</script>")+"&who="+url.QueryEscape(`"><img src=x onerror=alert(1)>`))
	assert.Equal(t, []string{"<script>alert(1)</script>", `"><img src=x onerror=alert(1)>`},
		eval[[]string](t, tb, `[document.getElementById('f-q').value, document.getElementById('f-who').value]`), "hostile fragment restored as plain values")
	assert.Equal(t, "undefined", eval[string](t, tb, `typeof window.__pwned`))
	tb.open(t, path, "q="+url.QueryEscape("<script>alert(1)</script>"))
	assert.Equal(t, []string{tl.Events[0].ID}, eval[[]string](t, tb, visibleIDs), "free text finds the sentence with the payload")
	shot(t, tb, filepath.Join(shots, fmt.Sprintf("malicious-%v.png", lazy)), "")
	tb.clean(t)
}

// checkDateOrder asserts the events the page shows under months run in
// order of first day, then last day, and the undated ones come last (the
// "During" sections stand before the months of their period).
func checkDateOrder(t *testing.T, tb *tab) {
	t.Helper()
	spans := eval[[][]string](t, tb, `Array.from(document.querySelectorAll('section.month:not(.coarse) article.event, section#m-undated article.event')).map(function (e) { return [e.getAttribute('data-start'), e.getAttribute('data-end')]; })`)
	seenUndated := false
	for i, s := range spans {
		if s[0] == "" {
			seenUndated = true
			continue
		}
		assert.False(t, seenUndated, "dated event %d after an undated one", i)
		if i > 0 && spans[i-1][0] != "" {
			prev := spans[i-1]
			assert.True(t, prev[0] < s[0] || prev[0] == s[0] && prev[1] <= s[1], "event %d %v after %v", i, s, prev)
		}
	}
}

// shot saves a PNG of the viewport to path and, when also is set, there too.
func shot(t *testing.T, tb *tab, path, also string) {
	t.Helper()
	png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, png, 0o644))
	if also != "" {
		require.NoError(t, os.WriteFile(also, png, 0o644))
		t.Logf("screenshot also saved to %s", also)
	}
}

// densityJS scrolls the list's first event to the top of the window,
// under the sticky time axis, and returns how many events are wholly in
// view, and how many events the list holds per 900 px of its height.
const densityJS = `(function () {
  var events = Array.from(document.querySelectorAll('article.event'));
  var axis = document.querySelector('.axis');
  var below = axis ? axis.getBoundingClientRect().height : 0;
  window.scrollTo(0, events[0].getBoundingClientRect().top + window.scrollY - below);
  var inView = events.filter(function (e) { var r = e.getBoundingClientRect(); return r.top >= below && r.bottom <= window.innerHeight; }).length;
  var list = document.getElementById('events').getBoundingClientRect().height;
  return [inView, events.length / (list / 900)];
})()`

// keepShot copies a screenshot to DATELINE_SCREENSHOT_DIR as name, when
// that is set (README's screenshots are made so).
func keepShot(t *testing.T, shots, from, name string) {
	t.Helper()
	dir := os.Getenv("DATELINE_SCREENSHOT_DIR")
	if dir == "" {
		return
	}
	b, err := os.ReadFile(filepath.Join(shots, from))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	t.Logf("screenshot saved to %s", filepath.Join(dir, name))
}

func fileSize(t *testing.T, path string) int64 {
	fi, err := os.Stat(path)
	require.NoError(t, err)
	return fi.Size()
}

// commonSurname is the last word of the most frequent participant's name
// that is not in every event, lower-cased, as a user would type it.
func commonSurname(tl *timeline.Timeline) string {
	dated, undated := displayOrder(tl.Events)
	for _, c := range topParticipants(append(dated, undated...), 0) {
		words := strings.Fields(c.Name)
		who := strings.ToLower(words[len(words)-1])
		if n := len(expectIDs(tl, func(e *timeline.Event) bool { return involves(e, who) })); n < len(tl.Events) {
			return who
		}
	}
	return ""
}

// involves mirrors the page's participant filter: a case-insensitive
// substring of any name or alias (the fixtures have no accents).
func involves(e *timeline.Event, who string) bool {
	for _, p := range e.Participants {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if strings.Contains(strings.ToLower(n), who) {
				return true
			}
		}
	}
	return false
}

func longestWord(s string) string {
	best := ""
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
