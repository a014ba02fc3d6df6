package vocab

// The merger reuses the reader's place tables rather than keeping copies:
// KnownCountry maps lower-case country names and short forms ("u.s.",
// "russian federation") to one name, KnownCity maps cities to their country
// (for CAMEO's "meet at a third location").
var (
	KnownCountry = DatelineCountries
	KnownCity    = DatelineCities
)
