package timeline

// The merger reuses the reader's place tables rather than keeping copies:
// knownCountry maps lower-case country names and short forms ("u.s.",
// "russian federation") to one name, knownCity maps cities to their country
// (for CAMEO's "meet at a third location").
var (
	knownCountry = datelineCountries
	knownCity    = datelineCities
)
